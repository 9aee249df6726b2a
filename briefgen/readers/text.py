"""Read a plain-text article: optional front matter, a wire dateline at its start becomes
`Article.dateline`, clutter lines dropped."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.errors import ReadError
from briefgen.readers import front_matter
from briefgen.readers._decode import check_length, decode
from briefgen.readers.clutter import drop_clutter
from briefgen.readers.headline import drop_headline
from briefgen.records import Article

# "ASHGABAT -- ", "KABUL (Reuters) - ", "NEW YORK, July 4 (AP) — ": an upper-case place, an
# optional date and agency, then a dash. Only at the very start of the text.
_DATELINE = re.compile(
    r"""\A\s*
    (?P<place>[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*){0,3})   # upper-case place name
    (?:,[ ][A-Za-z.]+[ ]\d{1,2})?                          # optional ", July 4"
    (?:[ ]?\((?P<agency>[^()\n]{1,40})\))?                   # optional "(Reuters)"
    [ ]?(?:--|—|–|-)[ ]+""",
    re.VERBOSE,
)


def split_dateline(text: str) -> tuple[str | None, str]:
    """Return (dateline place in title case, text after the dateline)."""
    match = _DATELINE.match(text)
    if match is None or len(match.group("place")) < 3:
        return None, text
    place = " ".join(part.capitalize() for part in match.group("place").split(" "))
    return place, text[match.end() :]


def read(path: Path, display_path: str) -> Article:
    """Read a .txt article."""
    text = decode(display_path, path.read_bytes())
    check_length(display_path, text)
    # a .txt article may open with the same front matter as a .md one (title, date, source …)
    meta, text = front_matter.split(display_path, text)
    dateline, body = split_dateline(drop_headline(drop_clutter(text.strip("\n")), meta.title))
    if not body.strip():
        raise ReadError(display_path, 1, "article has front matter but no body text")
    return meta.article(display_path, body, dateline)
