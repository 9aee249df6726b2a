"""Ranges as one figure: "242 to 330 passengers", "four or five buyers", "about 5-6,000 people"
are one quantity with a low and a high end, though the model often tags each end alone; and
"increased from 9 to 10" is two figures (a change), though the model may tag it as one."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import doc_text

_BETWEEN = re.compile(r"\s*(?:-to-|–|—|-|\bto\b|\bor\b)\s*", re.IGNORECASE)
"""What joins the two ends of a range."""


def join_ranges(doc: Doc, ents: list[Span]) -> list[Span]:
    """The number entities with the two ends of a range joined, and a change split (module
    doc)."""
    out: list[Span] = []
    skip_to = -1
    for index, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        change = _split_change(ent)
        if change:
            out.extend(change)
            continue
        joined = _joined(doc, ent, ents[index + 1 :])
        if joined is not None:
            out.append(joined)
            skip_to = joined.end
            continue
        out.append(ent)
    return out


def _joined(doc: Doc, ent: Span, rest: list[Span]) -> Span | None:
    """`ent` with the number that closes its range ("242" + " to " + "330"), if one does."""
    between = _BETWEEN.match(doc_text(doc), ent.end_char)
    if between is None or between.end() == ent.end_char or not ent[-1].like_num:
        return None
    if _from_or_by(ent[0]) and not _ranges_over(ent[0]):
        return None  # "rose from 9 to 10", "down by 30 to 126": a change, two figures
    upper = next((t for t in doc[ent.end : ent.end + 4] if t.idx >= between.end()), None)
    if upper is None or upper.idx != between.end() or not upper.like_num:
        return None
    after = upper.i + 1
    nxt = next((e for e in rest if e.start <= upper.i < e.end), None)
    if nxt is not None:
        after = nxt.end
    elif after < len(doc) and doc[after].lower_ in {"thousand", "million", "billion"}:
        after += 1
    if after < len(doc) and doc[after].lower_ == "or" and "," in doc[ent.end : upper.i].text:
        return None  # "25, 40 or 60": a list, not a range of two
    label = nxt.label_ if nxt is not None else ent.label_
    return Span(doc, ent.start, after, label=label)


def _split_change(ent: Span) -> list[Span]:
    """ "from 9 to 10" after a verb of change: the two values, each a figure."""
    joint = next((t for t in ent if t.lower_ == "to" and t.i > ent.start), None)
    if joint is None or joint.i + 1 >= ent.end or not _from_or_by(ent[0]):
        return []
    if _ranges_over(ent[0]) or (not ent[0].like_num and ent[0].lower_ not in en.NUMBER_WORDS):
        return []
    return [
        Span(ent.doc, ent.start, joint.i, ent.label_),
        Span(ent.doc, joint.i + 1, ent.end, ent.label_),
    ]


def _from_or_by(first: Token) -> bool:
    doc = first.doc
    return first.i > 0 and doc[first.i - 1].lower_ in en.CHANGE_PREPOSITIONS


def _ranges_over(first: Token) -> bool:
    """ "range from ten to 32 pages": a verb that spans a range, not a change."""
    before = first.doc[first.i - 1]
    return before.head.lemma_ in en.RANGE_VERBS
