"""Key figures: numbers that matter, normalised with quantulum3, labelled from the parse."""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    # quantulum3 warns that its optional classifier is missing; its rule-based parser is what we use
    warnings.simplefilter("ignore")
    from quantulum3 import parser as quantities
from spacy.tokens import Doc, Span, Token

from briefgen.extract import amounts, labels
from briefgen.extract.lang import en
from briefgen.extract.spans import evidence
from briefgen.records import Article, Figure

_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_UNIT_WINDOW = 4
_SHARE = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_COUNTER = re.compile(r"\d+\s*/\s*\d+")
"""A gallery's "1/19": a position, not a figure."""
_IDIOM = re.compile(r"(?:one|two)-(?:off|time|way|sided|on-one)\b", re.IGNORECASE)
"""A number inside an idiom ("one-off charges", "a one-time tax", "two-way trade")."""
_LIST_MARK = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
"""A number that opens a line and is followed by a dot: the position of a list item."""
_SPAN_OPENERS = frozenset({"the", "previous", "past", "last", "next", "coming", "first"})
"""Words before a length of time that make it a period ("the previous 24 hours"), not a figure."""


def unit_symbol(name: str) -> str | None:
    """The short unit briefgen reports for a quantulum3 unit name; None for a bare number."""
    return amounts.unit_symbol(name)


def extract_figures(doc: Doc, article: Article) -> tuple[Figure, ...]:
    """Figures in article order."""
    figures: list[Figure] = []
    for ent in doc.ents:
        if ent.label_ not in _NUMBER_LABELS and not _duration(ent) and not _age(ent):
            continue
        if _is_not_a_figure(ent):
            continue
        figure = _figure(ent)
        if figure is not None:
            figures.append(figure)
    return tuple(figures)


def _is_not_a_figure(ent: Span) -> bool:
    text = ent.text.strip()
    if re.fullmatch(r"(1[5-9]|20)\d\d", text) or _COUNTER.fullmatch(text):  # a year, "1/19"
        return True
    if _duration(ent) and ent.start > 0 and ent[0].lower_ in _SPAN_OPENERS:
        return True  # "the previous 24 hours" names a period, not a quantity
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if ent[-1].lower_ in en.DATE_ENDINGS or (_duration(ent) and after in en.DATE_ENDINGS):
        return True  # "two years ago", "two days later": a date phrase, dated by the timeline
    line = doc.text.rfind("\n", 0, ent.start_char) + 1
    if _LIST_MARK.match(doc.text, line) and not doc.text[line : ent.start_char].strip():
        return True  # "1. Finland": a list's numbering
    if _IDIOM.match(doc.text, ent.start_char) or _designator(ent):
        return True
    if ent.label_ != "CARDINAL" or len(ent) != 1 or ent.root.lower_ not in en.COUNTING_WORDS:
        return False
    # "one of the sources", "the two nations": counting words that are not figures; "two of
    # his workers" is a count, but "one of" only picks something out
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (after == "of" and ent.root.lower_ == "one") or before in en.COUNTING_DETERMINERS


def _designator(ent: Span) -> bool:
    """A bare number that names a model or a product line ("Boeing 787", "737 Max", "Case
    1000"): it sits in a name (next to a proper noun it modifies or that modifies it) and
    counts nothing."""
    if len(ent) != 1 or not ent[0].is_digit:
        return False
    token = ent[0]
    doc = ent.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ != "DATE":
        return token.dep_ in {"compound", "nmod", "appos", "nummod", "npadvmod", "ROOT"}
    # "737 Max": the number modifies the name after it; "30 Boeing jets" counts the jets
    named_after = after is not None and after.pos_ == "PROPN" and after.is_title
    return named_after and token.dep_ in {"compound", "nmod"} and token.head.pos_ == "PROPN"


def _age(ent: Span) -> bool:
    """A bare number the model took for a date, in apposition to a person ("Richard Cousins,
    58,"): an age, which gold and readers count as a figure."""
    root = ent.root
    return (
        ent.label_ == "DATE"
        and len(ent) == 1
        and root.like_num
        and root.dep_ == "appos"
        and root.head.ent_type_ == "PERSON"
    )


def _duration(ent: Span) -> bool:
    """A DATE or TIME entity that is a length of time ("24 hours", "18 months") or a share the
    model took for a date ("Between 10 and 20 percent"): a figure."""
    return ent.label_ in {"DATE", "TIME"} and bool(
        en.DURATION.search(ent.text) or _SHARE.search(ent.text) or _a_period(ent) is not None
    )


def _a_period(ent: Span) -> tuple[float, str] | None:
    """ "nearly a decade", "about a month": a length of time written with an article; only with
    a qualifier or after "for"/"after", since a bare "a year" is as often a rate ("$119 a year")."""
    match = en.A_PERIOD.fullmatch(ent.text.strip())
    if match is None:
        return None
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if not match["qual"] and before not in en.PERIOD_PREPOSITIONS:
        return None
    return en.PERIODS[match["unit"].lower()]


def _figure(ent: Span) -> Figure | None:
    text = ent.text
    words = text.split()
    lead = words[0].casefold() if words else ""
    found = _value_and_unit(ent)
    if found is None:
        return None
    value, unit, high = found
    number = _number_token(ent)
    counted = _counted_noun(ent, number)
    if unit is None and counted is not None and counted.i >= ent.end and counted.pos_ != "PRON":
        # the counted noun as written ("troops", "Afghans"), as DESIGN's "20000 troops"
        unit = counted.text if counted.pos_ == "PROPN" else counted.text.lower()
    approx = bool(en.APPROX_WORDS.search(text)) or lead in en.VAGUE
    return Figure(
        text=_strip_qualifiers(text),
        value=value,
        unit=unit,
        approx=approx,
        about=labels.label(ent, number, counted),
        evidence=(evidence(ent),),
        high=high,
    )


def _value_and_unit(ent: Span) -> tuple[float | None, str | None, float | None] | None:
    """(value, unit, upper end) of a number entity; value None for a vague quantity ("dozens"
    names no number); None when it cannot be read at all."""
    lowered = ent.text.casefold()
    words = lowered.replace("-", " ").split()
    if any(w in en.VAGUE for w in words):
        return None, None, None
    period = _a_period(ent)
    if period is not None:
        return period[0], period[1], None
    for word, value in en.FRACTIONS.items():
        if word in lowered:
            return value, "fraction", None
    plain = [w for w in words if w not in en.QUALIFIER_WORDS]
    if len(plain) == 1 and plain[0] in en.NUMBER_WORDS:
        return float(en.NUMBER_WORDS[plain[0]]), None, None
    doc = ent.doc
    currency = doc[ent.start - 1].text if ent.start > 0 and doc[ent.start - 1].is_currency else ""
    written = currency + ent.text
    ranged = amounts.read_range(written)
    if ranged is not None:
        return ranged.value, ranged.unit, ranged.high
    read = amounts.read_amount(written)
    measured = _measured(ent)
    if read is not None and (read.unit is not None or measured is None):
        return read.value, read.unit, None
    if measured is not None:
        return measured[0], measured[1], None
    return (read.value, None, None) if read is not None else None


def _measured(ent: Span) -> tuple[float, str | None] | None:
    """quantulum3's reading of a measure ("800-kilometer", "24.5 inches"), its unit kept only
    when briefgen trusts it (`amounts.UNITS`)."""
    # quantulum3 reads the unit from the words after the number, which the entity often leaves out
    # ("16.25" + "nanometers"): parse a small window and keep what covers the number
    doc = ent.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].is_currency else ent.start
    end = min(ent.end + _UNIT_WINDOW, ent.sent.end)
    window = doc[start:end]
    offset = ent.start_char - window.start_char
    try:
        parsed = quantities.parse(window.text)
    except (
        Exception
    ):  # quantulum3 raises assorted errors on odd input; a number it cannot read is skipped
        return None
    covering = [q for q in parsed if q.span[0] <= offset + len(ent.text) - 1 and q.span[1] > offset]
    if not covering:
        return None
    quantity = covering[0]
    written = amounts.read_amount(ent.text)
    if written is not None and abs(written.value - float(quantity.value)) > 1e-9 * written.value:
        return None  # quantulum3 averaged a range it saw in the window ("242 to 330" → 286)
    unit = unit_symbol(quantity.unit.name)
    if unit is None and quantity.unit.name != "dimensionless":
        return None  # a unit it guessed (and may guess otherwise in another process)
    return float(quantity.value), unit


def _number_token(ent: Span) -> Token:
    """The token that carries the number (not "an" in "an additional 20,000")."""
    numbers = [t for t in ent if t.like_num or t.pos_ == "NUM" or t.lower_ in en.VAGUE]
    return numbers[-1] if numbers else ent.root


def _counted_noun(ent: Span, number: Token) -> Token | None:
    """The noun the number counts ("troops"), or the unit it measures ("kilometers")."""
    for token in (number, *ent):
        # "one-third of the 421 districts", "Hundreds of Afghans"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= ent.end:
                objects: list[Token] = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    head = number.head
    if number.dep_ in {"nummod", "quantmod", "compound", "amod", "npadvmod"} and head.pos_ in {
        "NOUN",
        "PROPN",
    }:
        return None if labels.is_calendar(head) else head
    if number.pos_ in {"NOUN", "PROPN"} and number.lower_ not in en.VAGUE:
        return number
    return None


def _strip_qualifiers(text: str) -> str:
    return text.strip()
