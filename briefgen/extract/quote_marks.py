"""Quotation marks paired within paragraphs: where each quotation's words start and end.

Scraped copy mixes straight and curly marks and sometimes turns a curly mark the wrong way
(`…equipment,“ Trump said`), so a mark is read from where it stands (after a space it opens, before
a space or punctuation it closes) before its glyph. Marks never pair across a paragraph: a
quotation left open at a paragraph's end runs to that end, and news style reopens it in the next
paragraph (`open_end`), which is how a quotation that goes on over paragraphs is written. Pairing
the whole body at once instead paired one paragraph's closing mark with the next one's opening
mark and turned the narration between them ("He added:") into a quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

_MARKS = frozenset('"“”«»„')
_OPENING_GLYPHS = frozenset("“«„")
_CLOSING_GLYPHS = frozenset("”»")
_BEFORE_OPENING = frozenset(" \t\n([{—–-:/•")
_AFTER_CLOSING = frozenset(" \t\n,.;:!?)]}—–-…'’")
_BULLETS = frozenset(" \t•*-–—")


@dataclass(frozen=True, slots=True)
class Quotation:
    """The words between one pair of quotation marks (or from an opening mark to its paragraph's end)."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark (or the paragraph's end)."""
    inner_start: int
    """Offset of the first quoted character."""
    inner_end: int
    """Offset just after the last quoted character."""
    paragraph: int
    """Index of the paragraph (a line of the body) it stands in."""
    open_end: bool
    """True when no mark closes it in its paragraph: it goes on in the next one."""
    opens_paragraph: bool
    """True when the paragraph starts with it (after a bullet): the quotation stands alone."""


def quotations(body: str) -> list[Quotation]:
    """Every quotation of `body` in order."""
    found: list[Quotation] = []
    offset = 0
    for index, line in enumerate(body.split("\n")):
        found.extend(_in_paragraph(line, offset, index))
        offset += len(line) + 1
    return found


def _in_paragraph(line: str, offset: int, index: int) -> list[Quotation]:
    found: list[Quotation] = []
    opened: int | None = None
    lead = len(line) - len(line.lstrip("".join(_BULLETS)))
    # two right single marks close a double quotation in some copy ("voters,’’ Will Moy told")
    scan = line.replace("’’", "”’")
    for i, ch in enumerate(scan):
        if ch not in _MARKS:
            continue
        before = scan[i - 1] if i > 0 else " "
        after = scan[i + 1] if i + 1 < len(scan) else " "
        opens = before in _BEFORE_OPENING or before in _MARKS
        closes = after in _AFTER_CLOSING or after in _MARKS
        if opened is None:
            if before.isdigit() and not after.isalnum():
                continue  # 5" (inches), not a quotation mark
            if closes and not opens and ch not in _OPENING_GLYPHS:
                continue  # a closing mark with nothing open: its opening mark was lost
            opened = i
            continue
        if opens and not closes and ch in _OPENING_GLYPHS and i > opened + 1:
            # a new quotation opens while one is open: the first lost its closing mark
            found.append(_make(line, offset, index, opened, i, lead, open_end=False))
            opened = i
            continue
        found.append(_make(line, offset, index, opened, i + 1, lead, open_end=False))
        opened = None
    if opened is not None and opened + 1 < len(line.rstrip()):
        found.append(_make(line, offset, index, opened, len(line.rstrip()), lead, open_end=True))
    return [q for q in found if q.inner_end > q.inner_start]


def _make(
    line: str, offset: int, index: int, start: int, end: int, lead: int, *, open_end: bool
) -> Quotation:
    inner_end = end if open_end or line[end - 1] not in _MARKS | {"’"} else end - 1
    inner_start = start + 1
    while inner_start < inner_end and line[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and line[inner_end - 1].isspace():
        inner_end -= 1
    return Quotation(
        start=offset + start,
        end=offset + end,
        inner_start=offset + inner_start,
        inner_end=offset + inner_end,
        paragraph=index,
        open_end=open_end,
        opens_paragraph=start == lead,
    )
