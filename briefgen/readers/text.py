"""Read a plain-text article: optional front matter, a wire dateline at its start becomes
`Article.dateline`, clutter lines dropped, hard-wrapped lines joined into paragraphs."""

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


_SENTENCE_ENDS = tuple('.!?:"”’)')
_WRAP_LINES = 6
"""Fewer non-empty lines than this say nothing about how a text is wrapped."""
_WRAP_WIDTHS = range(40, 101)
"""Widths that text is hard-wrapped at (e-mail and terminal copy: 60-80 columns)."""
_FULL = 0.75
"""A line at least this share of the wrap width was cut by the wrap, not by its writer."""


def unwrap(text: str) -> str:
    """`text` with hard-wrapped lines joined into paragraphs.

    Copy saved from e-mail, a terminal or a wire feed is wrapped at a fixed width: every line of
    a paragraph ends mid-sentence, so each line would be read as a paragraph of its own, a
    quotation would never meet its "…, he said" on the next line, and a sentence would be cut
    in two. Such a text shows itself by its lines: most are of about the same length, near the
    widest, and most of those end without sentence punctuation. Only then is a line joined to
    the next, by a space in place of its line break (so offsets stay those of the text read):
    every line of a block between blank lines, or, when blank lines do not part paragraphs, a
    line that is full or ends mid-sentence.
    """
    lines = text.split("\n")
    filled = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(filled) < _WRAP_LINES:
        return text
    width = filled[int(len(filled) * 0.9) - 1]
    full = [line.rstrip() for line in lines if len(line.rstrip()) >= _FULL * width]
    if width not in _WRAP_WIDTHS or filled[-1] > width * 1.2 or len(full) < len(filled) / 2:
        return text
    if sum(not line.endswith(_SENTENCE_ENDS) for line in full) < len(full) / 2:
        return text  # one sentence a line: the writer broke the lines
    blank_parted = any(not line.strip() for line in lines)
    joined = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        bare = line.rstrip()
        goes_on = (
            bool(bare.strip())
            and bool(after.strip())
            and not after.lstrip().startswith(("•", "* ", "- "))
        )
        if goes_on and not blank_parted:
            goes_on = len(bare) >= _FULL * width or not bare.endswith(_SENTENCE_ENDS)
        joined.append(line + (" " if goes_on else "\n"))
    return "".join(joined)[:-1]


def read(path: Path, display_path: str) -> Article:
    """Read a .txt article."""
    text = decode(display_path, path.read_bytes())
    check_length(display_path, text)
    # a .txt article may open with the same front matter as a .md one (title, date, source …)
    meta, text = front_matter.split(display_path, text)
    kept = drop_headline(drop_clutter(text.strip("\n")), meta.title)
    dateline, body = split_dateline(unwrap(kept))
    if not body.strip():
        raise ReadError(display_path, 1, "article has front matter but no body text")
    return meta.article(display_path, body, dateline)
