"""Key figures: numbers that matter, normalised with quantulum3, labelled from the parse."""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    # quantulum3 warns that its optional classifier is missing; its rule-based parser is what we use
    warnings.simplefilter("ignore")
    from quantulum3 import parser as quantities
from spacy.tokens import Doc, Span, Token

from briefgen.extract import labels
from briefgen.extract.lang import en
from briefgen.extract.spans import evidence
from briefgen.records import Article, Figure

_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_UNIT_WINDOW = 4
_UNITS = {
    "kilometre": "km",
    "metre": "m",
    "mile": "mi",
    "mile per hour": "mph",
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "percentage": "%",
    "kilogram": "kg",
    "tonne": "t",
    "hour": "hours",
    "day": "days",
    "year": "years",
    "minute": "minutes",
    "month": "months",
    "week": "weeks",
    "second": "seconds",
}


def unit_symbol(name: str) -> str | None:
    """The short unit briefgen reports for a quantulum3 unit name; None for a bare number."""
    return None if name == "dimensionless" else _UNITS.get(name, name)


def extract_figures(doc: Doc, article: Article) -> tuple[Figure, ...]:
    """Figures in article order."""
    figures: list[Figure] = []
    for ent in doc.ents:
        if (ent.label_ not in _NUMBER_LABELS and not _duration(ent)) or _is_not_a_figure(ent):
            continue
        figure = _figure(ent)
        if figure is not None:
            figures.append(figure)
    return tuple(figures)


def _is_not_a_figure(ent: Span) -> bool:
    text = ent.text.strip()
    if re.fullmatch(r"(1[5-9]|20)\d\d", text):  # a bare year
        return True
    if ent.label_ != "CARDINAL" or len(ent) != 1 or ent.root.lower_ not in en.COUNTING_WORDS:
        return False
    # "one of the sources", "the two nations": counting words that are not figures
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return after == "of" or before in en.COUNTING_DETERMINERS


def _duration(ent: Span) -> bool:
    """A DATE or TIME entity that is a length of time ("24 hours", "18 months"): a figure."""
    return ent.label_ in {"DATE", "TIME"} and bool(en.DURATION.search(ent.text))


def _figure(ent: Span) -> Figure | None:
    text = ent.text
    words = text.split()
    lead = words[0].casefold() if words else ""
    value, unit = _value_and_unit(ent)
    if value is None:
        return None
    number = _number_token(ent)
    counted = _counted_noun(ent, number)
    if unit is None and counted is not None and counted.i >= ent.end:
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
    )


def _value_and_unit(ent: Span) -> tuple[float | None, str | None]:
    lowered = ent.text.casefold()
    for word, value in en.VAGUE.items():
        if lowered.startswith(word):
            return value, None
    for word, value in en.FRACTIONS.items():
        if word in lowered:
            return value, "fraction"
    words = [w for w in lowered.replace("-", " ").split() if w not in en.QUALIFIER_WORDS]
    if len(words) == 1 and words[0] in en.NUMBER_WORDS:
        return float(en.NUMBER_WORDS[words[0]]), None
    # quantulum3 reads the unit from the words after the number, which the entity often leaves out
    # ("16.25" + "nanometers", "£" + "2,000"): parse a small window and keep what covers the number
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
        return None, None
    covering = [q for q in parsed if q.span[0] <= offset + len(ent.text) - 1 and q.span[1] > offset]
    if not covering:
        return None, None
    quantity = covering[0]
    return float(quantity.value), unit_symbol(quantity.unit.name)


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
