"""Which number entities are figures: a length of time or an age the model took for a date, a
half it left out; not a year, a list's numbering, a model number, an idiom or a date phrase."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefgen.extract import amounts, units
from briefgen.extract.figure_names import model_numbers, names_a_thing
from briefgen.extract.lang import en
from briefgen.extract.spans import doc_text

__all__ = ["model_numbers"]

_SHARE = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_NUMBER_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_COUNTER = re.compile(r"(?:\d+-)?\d+\s*/\s*\d+")
_FRACTION = re.compile(r"(?:(?P<whole>\d+)-)?(?P<part>\d+)/(?P<over>\d+)")
"""A gallery's "1/19": a position, not a figure."""
_HALF_AFTER = re.compile(
    r"[- ]and[- ]a[- ]half(?:[- ](?:second|minute|hour|day|week|month|year)s?)?\b"
)
_LIST_MARK = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
"""A number that opens a line and is followed by a dot: the position of a list item."""


def is_not_a_figure(ent: Span, models: frozenset[str] = frozenset()) -> bool:
    """True for a number entity that measures nothing (see the module doc); `models` are the
    numbers the article writes as model names (`model_numbers`)."""
    text = ent.text.strip()
    if text in models or _identifier(ent) or en.NOT_A_COUNT.search(_around(ent)):
        return True
    if re.fullmatch(r"(1[5-9]|20)\d\d", text):  # a year
        return True
    if _COUNTER.fullmatch(text) and slash_fraction(ent) is None:  # "1/19"
        return True
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if ent[-1].lower_ in en.DATE_ENDINGS or (is_duration(ent) and after in en.DATE_ENDINGS):
        return True  # "two years ago", "two days later": a date phrase, dated by the timeline
    text = doc_text(doc)
    line = text.rfind("\n", 0, ent.start_char) + 1
    if _LIST_MARK.match(text, line) and not text[line : ent.start_char].strip():
        return True  # "1. Finland": a list's numbering
    if names_a_thing(ent):
        return True
    if ent.label_ != "CARDINAL" or len(ent) != 1 or ent.root.lower_ not in en.COUNTING_WORDS:
        return False
    # "one of the sources", "the two nations": counting words that are not figures; "two of
    # his workers" is a count, but "one of" only picks something out
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if ent.root.lower_ == "one" and _a_certain(ent.root, before):
        return True
    return (after == "of" and ent.root.lower_ == "one") or before in en.COUNTING_DETERMINERS


def _identifier(ent: Span) -> bool:
    """A number that names one of a kind ("posts 542 and 543", "#2", "No. 3"): written after the
    noun or the sign it identifies, it counts nothing."""
    first = ent[0]
    if len(ent) != 1 or not first.is_digit:
        return False
    if first.dep_ == "conj" and first.head.is_digit and first.head.i < first.i:
        first = first.head  # "542 and 543"
    doc = ent.doc
    before = doc[first.i - 1] if first.i > 0 else None
    if before is None:
        return False
    if before.text in en.NUMBER_SIGNS or before.lower_ in en.NUMBER_SIGNS:
        return True
    return (
        before.tag_ in {"NN", "NNS"}
        and before.is_lower
        and before.lower_ not in en.AGE_NOUNS
        and not units.is_unit_word(before)
        and not amounts.is_scale(before.text)
        and not (first.dep_ == "nummod" and first.head.i > first.i)
    )


def _around(ent: Span) -> str:
    """The entity with three words either side, for the idioms of `en.NOT_A_COUNT`."""
    doc = ent.doc
    return doc[max(ent.start - 3, 0) : min(ent.end + 3, len(doc))].text


def _a_certain(one: Token, before: str) -> bool:
    """ "One analyst said", "one user quipped", "one Namibian newspaper reported": "one" before the
    singular subject of a verb that gives words (any that may introduce a quotation) or before a described noun picks one out ("a certain analyst"); "one woman
    was selected" still counts."""
    head = one.head
    if one.dep_ != "nummod" or head.tag_ not in {"NN", "NNP"} or before in en.ONLY_WORDS:
        return False
    if head.dep_ == "nsubj" and head.head.lemma_ in en.QUOTE_VERBS:
        return True
    # "one Namibian newspaper", "one campaign video": "one" before a described noun picks one
    # out, unless other numbers in the phrase make it a count ("one juror and six alternates")
    described = any(c.dep_ in {"amod", "compound"} and one.i < c.i < head.i for c in head.children)
    counted = any(t.like_num and t.i != one.i for t in head.subtree)
    return described and not counted


def with_half(ent: Span) -> Span:
    """ "five" + "-and-a-half years": the model leaves the half out of the number."""
    found = _HALF_AFTER.match(doc_text(ent.doc), ent.end_char)
    if found is None:
        return ent
    span = ent.doc.char_span(ent.start_char, found.end(), ent.label_, alignment_mode="expand")
    return span if span is not None else ent


def slash_fraction(ent: Span) -> float | None:
    """ "rose 7/32 in price", "a near 1-1/2 year trade war": a fraction written with a slash
    inside a clause (a verb governs it or it modifies a noun), unlike a gallery's "1/19"."""
    text = ent.text.strip()
    match = _FRACTION.match(text)
    if match is None or int(match["over"]) <= int(match["part"]):
        return None
    if text[match.end() :].strip() and not en.DURATION_UNIT.fullmatch(text[match.end() :].strip()):
        return None
    root = ent.root
    if root.head.pos_ not in {"VERB", "NOUN"} or root.head.i == root.i:
        return None
    return int(match["whole"] or 0) + int(match["part"]) / int(match["over"])


def is_age(ent: Span) -> bool:
    """A bare number the model took for a date, in apposition to a name ("Richard Cousins,
    58,", "Yoon, 63,"): an age, which gold and readers count as a figure."""
    root = ent.root
    return (
        ent.label_ in {"DATE", "CARDINAL"}
        and len(ent) == 1
        and root.is_digit
        and 0 < int(root.text) < 120
        and root.dep_ == "appos"
        and root.head.pos_ == "PROPN"
        and root.head.ent_type_ not in _NUMBER_TYPES  # the model calls some names places
    ) or bool(en.AGE_NUMBER.fullmatch(ent.text))


def is_duration(ent: Span) -> bool:
    """A DATE or TIME entity that is a length of time ("24 hours", "18 months") or a share the
    model took for a date ("Between 10 and 20 percent"): a figure."""
    return ent.label_ in {"DATE", "TIME"} and bool(
        en.DURATION.search(ent.text) or _SHARE.search(ent.text) or a_period(ent) is not None
    )


def a_period(ent: Span) -> tuple[float, str] | None:
    """ "nearly a decade", "about a month": a length of time written with an article; only with
    a qualifier or after "for"/"after", since a bare "a year" is as often a rate ("$119 a year")."""
    match = en.A_PERIOD.fullmatch(ent.text.strip())
    if match is None:
        return None
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if not match["qual"] and before not in en.PERIOD_PREPOSITIONS and after != "of":
        return None
    return en.PERIODS[match["unit"].lower()]
