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

_AGENCIES = (
    r"(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty|Shutterstock|PA|PA Wire|Rex|"
    r"Associated Press|Agence France-?[Pp]resse|Bloomberg|NurPhoto|Xinhua|Alamy|"
    r"SOPA Images|AFP via Getty Images|The Washington Post|The New York Times)"
)
# A whole line that is furniture.
_WHOLE = re.compile(
    r"""^(?:
      \d+\s*/\s*\d+ | \d+\s+of\s+\d+ | (?:\w+\s+){0,6}\d*\s*show\s+all | main\s+content
    | advertisement | comments? | \d+\s+comments? | other\s+\w+\s+columns | more\s*:
    | read\s+more\s*: | staff\s+reports? | slideshow\s*\(\d+\s+images?\)
    | by\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}
        (?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,3})
    | source\s*:\s*[A-Z][\w ]+ | analysis\s*:\s*[A-Z][\w .]+,\s*[A-Z][\w ,]+
    | pic\.twitter\.com/\S+
    | \((?:watch|see|photos?|video|listen)\b[^()]*\)
    | [\W_]+
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that opens so is furniture to its end (a caption, a prompt, a list of links, credits).
_OPENING = re.compile(
    r"""^(?:
      image\s+(?:copyright|caption) | media\s+(?:playback|caption) | (?:photo|picture)s?\s*:
    | enlarge\s+this\s+image | toggle\s+caption
    | related(?:\s+(?:stories|articles|coverage|content|links))?\s*: | read\s+more\b
    | see\s+also\s*: | also\s+on\s+\S+\.\w+ | continue\s+reading\b | skip\s+to\b
    | sign\s+up\b | subscribe\b | share\s+(?:this|on|via)\b | (?:follow|like)\s+us\b
    | click\s+here\b | invalid\s+email | we\s+pay\s+for\s+your\s+stories
    | like\s+this\s+story\b | interested\s+in\s+\w+\?
    | (?:reporting|writing|editing|additional\s+reporting)\s+by\b | author\s*:
    | reviewed\s+by\b | updated\s+(?:at\s+)?\d
    )""",
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
# A video link: a headline glued to its running time ("… takeover of government0:35").
_VIDEO = re.compile(r"[A-Za-z]\d{1,2}:\d\d\s*$")
# A link to an embedded post's picture, a pointer to a video or gallery ("(Watch TIME's video
# …)"); the post's trailer inside a line ("— Name (@handle)
# October 13, 2016") stays: it says who posted and when.
_INLINE = re.compile(
    r"\s*pic\.twitter\.com/\S+|\s*\((?:watch|see|photos?|video|listen)\b[^()]*\)\s*",
    re.IGNORECASE,
)
# A gallery repeats its title before every caption ("Port of Duisburg turns 300 …").
_GALLERY_WORDS, _GALLERY_LINES = 5, 3


def is_clutter(line: str) -> bool:
    """Whether one line of text is page furniture, not the story."""
    text = line.strip()
    if not text:
        return False
    if _WHOLE.match(text):
        return not text.lower().startswith("by ") or len(text.split()) <= _SHORT_WORDS
    if _OPENING.match(text):
        return len(text.split()) <= _CAPTION_WORDS
    return bool(_CREDIT_END.search(text) or _VIDEO.search(text))


def drop_clutter(text: str) -> str:
    """`text` without its clutter lines, and without links to embedded pictures inside a line."""
    lines = text.split("\n")
    gallery = _gallery_openings(lines)
    kept = []
    for line in lines:
        if is_clutter(line) or _opening(line) in gallery:
            continue
        kept.append(_INLINE.sub(" ", line).strip() if _INLINE.search(line) else line)
    # a text that is nothing but furniture is left as it is: the reader reports what it is
    return "\n".join(kept) if any(line.strip() for line in kept) else text


def _opening(line: str) -> str:
    words = line.split()
    return " ".join(words[:_GALLERY_WORDS]) if len(words) > 2 * _GALLERY_WORDS else ""


def _gallery_openings(lines: list[str]) -> set[str]:
    counts: dict[str, int] = {}
    for line in lines:
        if opening := _opening(line):
            counts[opening] = counts.get(opening, 0) + 1
    return {o for o, n in counts.items() if n >= _GALLERY_LINES}
