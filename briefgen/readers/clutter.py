"""Web-page clutter left in scraped copy: lines dropped before extraction.

Saved pages and copied text carry the page around the story: photo captions and credits,
gallery counters, share and newsletter prompts, related-story lists, bylines, embedded-post
trailers. None of it is the story, and each kind would otherwise become an actor ("Getty
Images"), a bottom line ("Image copyright EPA Image caption …") or a key point. A line is
dropped whole, so the body keeps its other lines exactly and every fact's offsets point into
the text as read (`Article.body`). These patterns are the English furniture of news sites;
they live here, not in `extract.lang.en`, so that reading an article needs no spaCy.
"""

from __future__ import annotations

import re

from briefgen.readers.galleries import GLUED_GALLERY, cut_gallery, gallery_openings, opening
from briefgen.readers.promos import is_bio, is_promo
from briefgen.readers.widgets import drop_counters

_AGENCIES = (
    r"(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty|Shutterstock|PA|PA Wire|Rex|"
    r"Associated Press|Agence France-?[Pp]resse|Bloomberg|NurPhoto|Xinhua|Alamy|"
    r"SOPA Images|AFP via Getty Images|The Washington Post|The New York Times)"
)
# Agencies that a story credits on a line of their own, after the writers' initials:
# "jm/dm (AFP, dpa)", "Reuters - Ap - Afp", "PTI".
_WIRES = (
    r"(?:AP|AFP|Reuters|dpa|PTI|IANS|ANI|UPI|AAP|KNA|ANSA|EFE|Kyodo|Yonhap|Xinhua|TASS|Interfax)"
)
# Buttons of a share bar, one after another on a line of their own.
_SHARE = r"(?:share|tweet|e-?mail|print|pin|whatsapp|facebook|twitter|linkedin|reddit|messenger|copy\s+link|save)"
# A whole line that is furniture; among them a summary box's heading ("Key Highlights": its items
# repeat the story), a section label with its update flag ("Business·Updated") and a related link
# in square brackets ("[Related: …]"); a share link's label ("(opens in a new tab)"), a credit in
# square brackets ("[Featured Image by X/Getty Images]"), the writer's handle ("Twitter: @x"), a
# section link ("MORE ON EDUCATION") and a bare label ("Published", "by", "Also:"). A label may end
# in a colon ("You may also like:").
_WHOLE = re.compile(
    r"""^(?:
      \d+\s*/\s*\d+ | \d+\s+of\s+\d+ | (?:\w+\s+){0,6}\d*\s*show\s+all | main\s+content
    | advertisements? | \(?opens\s+in\s+(?:a\s+)?new\s+(?:tab|window)\)? | also | by
    | \[(?:featured\s+)?(?:image|photo|picture)s?\b[^\[\]]*\] | (?:twitter|instagram)\s*:\s*@\w+
    | more\s+on\s+[\w ’'.]{1,30} | updates? | published | posted | comments? | \d+\s+comments? | other\s+\w+\s+columns | more\s*:
    | read\s+more\s*: | staff\s+reports? | slideshow\s*\(\d+\s+images?\)
    | by\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}
        (?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,3})
    | source\s*:\s*[A-Z][\w ]+ | analysis\s*:\s*[A-Z][\w .]+,\s*[A-Z][\w ,]+
    | pic\.twitter\.com/\S+
    | \((?:watch|see|photos?|video|listen|graphic|chart|interactive|related|read\s+more)\b[^()]*\)
    | don[’']?t\s+miss | most\s+(?:read|popular|viewed|shared|watched)\b.{0,40}
    | story\s+continues\s+(?:below|after)\b.{0,30} | get\s+(?:\w+\s+){0,2}alerts
    | related\s+(?:stories|articles|coverage|content|links) | trending(?:\s+now)? | recommended(?:\s+for\s+you)? | top\s+stories | you\s+may\s+also\s+like
    | (?:promoted|sponsored)(?:\s+(?:stories|content|links))? | more\s+from\s+[\w ’'.]{1,30}
    | (?:[a-z]{1,4}/)*[a-z]{1,4}\s*\(WIRE(?:\s*,\s*WIRE)*\) | WIRE(?:\s*[-–,/&|]\s*WIRE)*
    | SHARE(?:\s*[|/·•,]?\s*SHARE)*
    | \S+@\S+\.\w+ | (?:https?://|www\.)\S+ | (?:twitter|facebook|instagram)\.com/\S+
    | \[(?:related|read\s+more|see\s+also|more|watch|listen)\b[^\[\]]*\]
    | (?:key\s+)?highlights | (?:[A-Z][\w&’' ]{0,25}\s*[·•|]\s*)?updated
    | [\W_]+
    )\s*:?\s*$""".replace("WIRE", _WIRES).replace("SHARE", _SHARE),
    re.IGNORECASE | re.VERBOSE,
)
# A line that opens so is furniture to its end (a caption, a prompt, a list of links, credits, a
# pointer to a gallery or to an embedded chart that the text does not hold: "This graphic, provided
# by X, shows …"; a video is left out: "The video shows an officer firing" reports the story).
_OPENING = re.compile(
    r"""^(?:
      image\s+(?:copyright|caption) | media\s+(?:playback|caption)
    | (?:photo(?:graph)?|picture|image)s?\s*: | (?:photo|image|picture|video)s?\s+courtesy\s+of\b
    | enlarge\s+this\s+image | toggle\s+caption
    | related(?:\s+(?:stories|articles|coverage|content|links))?\s*: | read\s+more\b
    | see\s+also\s*: | also\s+on\s+\S+\.\w+ | continue\s+reading\b | skip\s+to\b
    | sign\s+up\b | subscribe\b | share\s+(?:this|on|via)\b | (?:follow|like)\s+us\b
    | click\s+here\b | invalid\s+email | we\s+pay\s+for\s+your\s+stories
    | like\s+this\s+story\b | interested\s+in\s+\w+\?
    | \(?(?:reporting|writing|editing|additional\s+reporting)\s+by\b | author\s*:
    | (?:see|view)\s+(?:all\s+|more\s+|the\s+)?(?:photos|pictures|images|gallery|slideshow)\b
    | (?:this\s+CHART(?:\s+(?:below|above))? | the\s+(?:following|below|above)\s+CHART
      | the\s+CHART\s+(?:below|above))(?:,[^,]{0,80},)?\s+(?:shows|illustrates)\b
    | reviewed\s+by\b | updated\s+(?:at\s+)?\d | play\s+slideshow\b | read\s+or\s+share\b
    )""".replace("CHART", r"(?:graphic|chart|map|infographic|graph)"),
    re.IGNORECASE | re.VERBOSE,
)
# A caption glued to the lead sentence is cut by the extractor (`lang.en.LEAD_FURNITURE`); a
# line that opens as a caption and runs longer than this holds more than the caption.
_CAPTION_WORDS = 40
# A line of a byline's length: "By X" above is furniture only this short.
_SHORT_WORDS = 14
# A caption ends with its credit: "… on Sunday. Ezequiel Becerra / Agence Francepresse",
# "(Ben Curtis/Associated Press)", "REUTERS/Jonathan Ernst", "Photo: X/Getty Images".
_CREDIT_END = re.compile(
    r"(?:\(\s*(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]*\s*/\s*" + _AGENCIES + r"\s*\)"
    r"|\("
    + _AGENCIES
    + r"\)|\b(?:[A-Z][\w.'’-]+\s+){1,3}/\s*"
    + _AGENCIES
    + r"|\b(?:REUTERS|AFP|EPA|AP|XINHUA)/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s*$"
)
# A caption that ends with its credit or date in brackets: "... (Image: GETTY)",
# "... (Source: NASA)", "... (Published Monday, Nov. 18, 2019)".
_CAPTION_END = re.compile(
    r"\((?:image|photo|picture|pictured|source|credit|published)s?\b\s*:?[^()]{0,60}\)\s*$"
    # or with its photographer and outlet: "The basement at 80 New York. (Scott Heins/Gothamist)"
    r"|\(\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\)\s*$",
    re.IGNORECASE,
)
# A list bullet before a line of links ("- Photos: Europa, Mysterious Icy Moon of Jupiter").
_BULLET = re.compile(r"^[-•*–]\s+")
# A line that ends so is a sentence; one that does not, between paragraphs, is a headline: of a
# related story, a gallery, a box or a section, never a statement of the story.
_SENTENCE_END = tuple(".!?:;\"”’')]…")
_HEADLINE_WORDS = (4, 20)
# An embedded post runs to a few lines before its trailer.
_POST_LINES = 3
# A video link: a headline glued to its running time ("… takeover of government0:35").
_VIDEO = re.compile(r"[A-Za-z]\d{1,2}:\d\d\s*$")
# A link to an embedded post's picture, a pointer to a video or gallery ("(Watch TIME's video
# …)"); the post's trailer inside a line ("— Name (@handle)
# October 13, 2016") stays: it says who posted and when.
# Widgets whose text a scraper glues into a paragraph: a sign-up form from its prompt to its error
# message ("Get daily updates directly to your inbox + Subscribe ... Invalid Email"), a video
# player's controls ("Video Loading ... Watch Next", "Skip Ad Ad Loading... x Embed x Share"),
# share buttons and links ("Click to share on X (Opens in new window)", "Read or Share this story:
# URL"), a photo credit in brackets ("(Steve Parsons/PA)").
_INLINE = re.compile(
    r"\s*pic\.twitter\.com/\S+"
    r"|\s*\((?:watch|see|photos?|pictures?|images?|video|listen|graphic)\b[^()]*\)\s*"
    r"|\s*\bget\s+(?:\w+\s+){0,3}(?:updates|news|headlines)\b[^.!?]{0,40}\binbox\b"
    r".{0,120}?\binvalid\s+email\b\s*"
    r"|\s*\bvideo\s+loading\b.{0,300}?\bwatch\s+next\b\s*"
    r"|\s*\bskip\s+ad\b(?:\s+ad\s+loading\.*)?(?:\s+x\s+(?:embed|share)\b)*\s*"
    r"|\s*\bread\s+or\s+share\s+this\s+(?:story|article)\s*:\s*\S+\s*"
    r"|\s*\(\s*(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]*\s*/\s*" + _AGENCIES + r"\s*\)\s*"
    r"|\s*\bclick\s+to\s+share\s+on\s+\w+\s*\(opens\s+in\s+new\s+window\)\s*",
    re.IGNORECASE,
)


def is_clutter(line: str) -> bool:
    """Whether one line of text is page furniture, not the story."""
    text = _BULLET.sub("", line.strip())
    if not text:
        return False
    if is_promo(text):
        return True
    if GLUED_GALLERY.match(text):
        return True
    if _WHOLE.match(text):
        return not text.lower().startswith("by ") or len(text.split()) <= _SHORT_WORDS
    if _OPENING.match(text):
        return len(text.split()) <= _CAPTION_WORDS
    if _CAPTION_END.search(text):
        return len(text.split()) <= _CAPTION_WORDS
    return bool(_CREDIT_END.search(text) or _VIDEO.search(text))


def is_headline(line: str) -> bool:
    """Whether a line reads as a headline rather than a sentence of the story.

    The story's own list items ("Sierra Nevada Corporation, Louisville, Colorado") hold two
    commas or more, and a bulleted point of the story is written as a sentence ("- The UK must
    stay in the EU ..."): a bulleted line counts only in Title Case, as link lists are. A line of
    two or three capitalised words is a byline or a label ("Maggie Haberman"), unless it ends
    in a colon: then it is a dateline that opens the next paragraph ("Washington/ New Delhi:").
    """
    text = _BULLET.sub("", line.strip())
    low, high = _HEADLINE_WORDS
    words = text.split()
    if len(words) < low and len(words) >= 2 and all(w[0].isupper() for w in words):
        dateline = text.endswith(":")
        return text == line.strip() and not dateline and not any(ch.isdigit() for ch in text)
    if not low <= len(words) <= high or text.endswith(_SENTENCE_END):
        return False
    if text.count(",") > 1 or text[0] in "—–-(@#":
        return False
    return text == line.strip() or _title_case(text)


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "nor",
        "with",
        "by",
        "from",
        "as",
        "vs",
    ]
)


def drop_clutter(text: str) -> str:
    """`text` without its clutter lines, and without links to embedded pictures inside a line."""
    lines = drop_counters(text.split("\n"))
    gallery = gallery_openings(lines)
    kept: list[str] = []
    for number, line in enumerate(lines):
        if is_clutter(line) or opening(line) in gallery:
            continue
        line = " ".join(_INLINE.sub(" ", line).split()) if _INLINE.search(line) else line
        line = cut_gallery(line)
        if kept and _between_paragraphs(kept[-1], lines[number + 1 :]) and is_headline(line):
            continue  # the first line may be the article's own headline, kept for the extractor
        kept.append(line)
    if len(kept) > 1 and is_bio(kept[-1]):
        kept.pop()
    # a text that is nothing but furniture is left as it is: the reader reports what it is
    return "\n".join(kept) if any(line.strip() for line in kept) else text


def _between_paragraphs(before: str, after: list[str]) -> bool:
    """Whether a line stands alone: not a piece of hard-wrapped text, not the text of a post.

    Copy wrapped at a fixed width breaks sentences across lines (the next line opens in lower
    case); an embedded post's text is followed by its trailer ("— Name (@handle) date").
    """
    following = [line.strip() for line in after if line.strip()][:_POST_LINES]
    if not before.rstrip().endswith(_SENTENCE_END):
        return False
    if following and following[0][0].islower():
        return False
    return not any(line[0] in "—–-" and "(@" in line for line in following)
