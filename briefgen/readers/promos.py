"""Lines a news page adds around the story to keep the reader on the site or reach the writer.

Follow and listen prompts, newsletter sign-ups, author contact and bio lines, contributor credits,
copyright and reprint notices, cookie consent, time-stamp lines, related-story teasers and
explainer boxes glued into one line. Like `clutter`, each is recognised by the shape every site
gives it, never by one site's words, and a line is dropped whole. The English words live here, not
in `extract.lang.en`, so that reading an article needs no spaCy.
"""

from __future__ import annotations

import re

# A promotion is short: a line that opens like one and runs longer is a paragraph of the story.
_PROMO_WORDS = 45
# An explainer box glued into one line can be long; past this it is more than a box.
_BOX_WORDS = 160

_SOCIAL = r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|snapchat|threads|x)"
# A line that opens so is a prompt to its end.
_OPENING = re.compile(
    rf"""^(?:
      follow\s+(?:\S+\s+){{0,8}}?(?:on\s+{_SOCIAL}\b|at\s+https?://|@\w)
    | listen\s+(?:to\s+(?:\S+\s+){{1,4}}?)?(?:live|back|again|now)\b
    | (?:©|\(c\)\s*\d{{4}}|copyright\s+(?:©\s*)?\d{{4}})
    | this\s+(?:material|copy|article|story)\s+(?:may\s+not\s+be|is\s+for\s+your\s+personal)
    | we\s+use\s+cookies | this\s+(?:site|website)\s+uses\s+cookies
    | by\s+(?:continuing|using|clicking)\b[^.]*\b(?:agree|consent|cookies)\b
    | we\s+(?:value|respect|care\s+about)\s+your\s+privacy
    | (?:have|got)\s+a\s+(?:news\s+|story\s+)?tip\b
    | thank\s+you\s+for\s+(?:signing\s+up|subscribing|registering)\b
    | (?:click|tap)\b[^.]{{0,40}}\benable\s+(?:push\s+)?notifications\b
    | editor[’']?s\s+note\s*:\s*this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+updated
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A sign-up anywhere in a short line: "Get the day's top headlines delivered to your inbox ...".
_NEWSLETTER = re.compile(r"\b(?:newsletters?|inbox)\b", re.IGNORECASE)
_SIGN_UP = re.compile(
    r"\b(?:sign(?:ing)?\s+up|subscrib\w*|deliver\w*|get\s+the)\b"
    # or a newsletter line addressed to the reader: "Get up to speed with our ... newsletter"
    r"|^(?:get|join|stay|try|receive)\b",
    re.IGNORECASE,
)
# The writer's address with a prompt to use it: "Email X at x@y.com or follow him @x",
# "Reach the reporters on Twitter at http://twitter.com/x", "may be reached at x@y.com".
_ADDRESS = re.compile(
    r"\S+@\S+\.\w+|(?<![\w(])@\w{2,}|https?://\S+|\b(?:twitter|facebook)\.com/\S+"
)
_REACH = re.compile(r"\b(?:follow|reach|reached|e-?mail|contact|write\s+to|tips?)\b", re.IGNORECASE)
# The writers' credit that closes a wire story: "X and Y contributed to this report."
_CONTRIBUTED = re.compile(
    r"\bcontributed(?:\s+to\s+this\s+(?:report|story|article)|\s+reporting(?:\s+from\s+[^.]{1,40})?)"
    r"\.?\s*$",
    re.IGNORECASE,
)
_RIGHTS = re.compile(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)
# A related-story link that a tabloid tags with its section: "... after eating marmot [INSIGHT]".
_TAGGED_LINK = re.compile(r"\[[A-Z]{3,}(?:\s+[A-Z]{3,})?\]\s*$")
# A pointer to elsewhere that closes a promotion: "Check it out here.", "Here."
_HERE = re.compile(
    r"(?:^|[.!?:]\s+)(?:(?:check|click|listen|watch|read|find|see|sign|get|download|catch|tap|"
    r"subscribe)\b[^.!?]*\s)?here\.?\s*$",
    re.IGNORECASE,
)
# A box's heading glued to its text, opening the line or after the box's colon: "... affected:
# CHECK YOUR CREDIT SCORE Check your file with ...". A heading after a sentence of the story
# ("... tightening. DEMOCRATS NOT LETTING COMEY OFF HOOK The latest ...") leaves the line alone.
_GLUED_HEADING = re.compile(
    r"(?:^|:\s+)[A-Z]{2,}(?:[’'][A-Z]+)?(?:\s+[A-Z]{2,}(?:[’'][A-Z]+)?){2,}\s+[A-Z][a-z]"
)
# A time stamp line: "November 20, 2019 - 11:28 AMT", "Updated 4:05 PM ET, Mon November 18, 2019".
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_STAMP_WORD = re.compile(
    r"""^(?:published|posted|updated|last|first|modified|at|on|am|pm|a\.m\.|p\.m\.|(?-i:[A-Z]{1,4})
    | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?
    | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?
    | \d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d\d(?:am|pm)?|\d{1,2}/\d{1,2}/\d{2,4}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# The writer's bio that closes a page: "Jane Roe is a senior reporter at Example News covering
# energy." Only as the text's last line: a journalist in the story is described the same way.
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer)\s+"
    r"(?:for|at|with|based|covering|who)\b"
)


def is_bio(line: str) -> bool:
    """Whether `line` (the text's last) is its writer's bio."""
    return len(line.split()) <= _PROMO_WORDS and bool(_BIO.match(line.strip()))


def is_promo(line: str) -> bool:
    """Whether `line` (stripped, one paragraph) is a promotion, notice or stamp, not the story."""
    words = len(line.split())
    if _GLUED_HEADING.search(line):
        return words <= _BOX_WORDS
    if words > _PROMO_WORDS:
        return False
    return bool(
        _OPENING.match(line)
        or (_NEWSLETTER.search(line) and _SIGN_UP.search(line))
        or (_ADDRESS.search(line) and _REACH.search(line))
        or _CONTRIBUTED.search(line)
        or _RIGHTS.search(line)
        or _TAGGED_LINK.search(line)
        or _HERE.search(line)
        or _is_stamp(line)
    )


def _is_stamp(line: str) -> bool:
    """A line of nothing but a date, a clock time and their labels."""
    if not _CLOCK.search(line):
        return False
    tokens = [t for t in re.split(r"[\s,|·•–—-]+", line.strip(" :")) if t.strip(":()")]
    return all(_STAMP_WORD.match(t.strip(":()")) for t in tokens)
