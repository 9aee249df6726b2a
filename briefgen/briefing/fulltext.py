"""A briefing's full text as paragraphs of sentences, each sentence numbered where it begins, so
that the site page and the PDF chapter can give every sentence an anchor that facts link to."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from briefgen.records import Brief, Evidence


class Piece(NamedTuple):
    """A piece of a paragraph: a sentence, the part of one that lies in this paragraph, or
    text between sentences."""

    text: str
    """The text as it stands in the body."""
    sentence: int | None
    """The number (1-based) of the sentence it belongs to; None between sentences."""
    first: bool
    """True on the first piece of its sentence: the one that carries the sentence's anchor."""


def paragraphs(brief: Brief) -> list[list[Piece]]:
    """The body's non-blank lines as paragraphs, each a list of pieces in order."""
    sentences = list(brief.sentences) or [Evidence(0, len(brief.body))]
    out: list[list[Piece]] = []
    offset = 0
    seen: set[int] = set()
    for line in brief.body.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        parts: list[Piece] = []
        cursor = start
        for number, sent in enumerate(sentences, start=1):
            first, last = max(sent.start, start), min(sent.end, end)
            if first >= last:
                continue
            if first > cursor:
                parts.append(Piece(brief.body[cursor:first], None, False))
            parts.append(Piece(brief.body[first:last], number, number not in seen))
            seen.add(number)
            cursor = last
        if cursor < end:
            parts.append(Piece(brief.body[cursor:end], None, False))
        out.append(parts)
    return out


def sentence_number(brief: Brief, evidence: Sequence[Evidence]) -> int | None:
    """The number (1-based) of the sentence that holds the first evidence span; None without
    evidence or sentences."""
    starts = [s.start for s in brief.sentences]
    if not evidence or not starts:
        return None
    return max(0, bisect_right(starts, evidence[0].start) - 1) + 1
