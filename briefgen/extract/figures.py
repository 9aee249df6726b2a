"""Key figures: numbers that matter, normalised with quantulum3, labelled from the parse."""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    # quantulum3 warns that its optional classifier is missing; its rule-based parser is what we use
    warnings.simplefilter("ignore")
    from quantulum3 import parser as quantities
from spacy.tokens import Doc, Span, Token

from briefgen.extract.spans import evidence, short_phrase
from briefgen.records import Article, Figure

_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_APPROX = frozenset(
    {
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "some",
        "more",
        "over",
        "than",
        "least",
        "up",
        "less",
        "fewer",
        "hundreds",
        "thousands",
        "dozens",
        "millions",
        "estimated",
        "reportedly",
        "an",
        "additional",
    }
)
_APPROX_WORDS = re.compile(
    r"\b(about|around|approximately|roughly|nearly|almost|more than|over|"
    r"at least|up to|less than|fewer than|some|an estimated)\b",
    re.IGNORECASE,
)
_VAGUE = {"hundreds": 100.0, "thousands": 1000.0, "dozens": 12.0, "millions": 1e6, "tens": 10.0}
_FRACTIONS = {
    "half": 0.5,
    "one-half": 0.5,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "one-quarter": 0.25,
    "a quarter": 0.25,
    "three-quarters": 0.75,
    "one-fifth": 0.2,
}
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
}


def unit_symbol(name: str) -> str | None:
    """The short unit briefgen reports for a quantulum3 unit name; None for a bare number."""
    return None if name == "dimensionless" else _UNITS.get(name, name)


def extract_figures(doc: Doc, article: Article) -> tuple[Figure, ...]:
    """Figures in article order."""
    figures: list[Figure] = []
    for ent in doc.ents:
        if ent.label_ not in _NUMBER_LABELS or _is_not_a_figure(ent):
            continue
        figure = _figure(ent)
        if figure is not None:
            figures.append(figure)
    return tuple(figures)


def _is_not_a_figure(ent: Span) -> bool:
    text = ent.text.strip()
    if re.fullmatch(r"(1[5-9]|20)\d\d", text):  # a bare year
        return True
    # "one of the sources", "the two nations": counting words that are not figures
    return ent.label_ == "CARDINAL" and ent.root.lower_ in {"one", "two"} and len(ent) == 1


def _figure(ent: Span) -> Figure | None:
    text = ent.text
    words = text.split()
    lead = words[0].casefold() if words else ""
    value, unit = _value_and_unit(ent)
    if value is None:
        return None
    counted = _counted_noun(ent)
    if unit is None and counted is not None:
        unit = counted.lemma_.lower() if counted.lemma_ else counted.text.lower()
    approx = bool(_APPROX_WORDS.search(text)) or lead in _VAGUE
    return Figure(
        text=_strip_qualifiers(text),
        value=value,
        unit=unit,
        approx=approx,
        about=_label(ent, counted),
        evidence=(evidence(ent),),
    )


def _value_and_unit(ent: Span) -> tuple[float | None, str | None]:
    lowered = ent.text.casefold()
    for word, value in _VAGUE.items():
        if lowered.startswith(word):
            return value, None
    for word, value in _FRACTIONS.items():
        if word in lowered:
            return value, "fraction"
    try:
        parsed = quantities.parse(ent.text)
    except Exception:
        return None, None
    if not parsed:
        return None, None
    quantity = parsed[0]
    unit_name = quantity.unit.name
    unit = unit_symbol(unit_name)
    return float(quantity.value), unit


def _counted_noun(ent: Span) -> Token | None:
    root = ent.root
    if root.dep_ in {"nummod", "quantmod", "compound", "amod"} and root.head.pos_ in {
        "NOUN",
        "PROPN",
    }:
        return root.head
    if root.pos_ in {"NOUN", "PROPN"} and root.lower_ not in _VAGUE:
        return root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _label(ent: Span, counted: Token | None) -> str:
    if counted is None:
        return short_phrase(list(ent.sent), max_words=8)
    tokens = [counted]
    for child in counted.children:
        if (
            child.i < ent.start
            and child.dep_ in {"amod", "compound"}
            and child.i not in range(ent.start, ent.end)
        ):
            tokens.extend(child.subtree)
        if child.dep_ == "prep" and child.i > counted.i:
            tokens.extend(child.subtree)
        if child.dep_ == "poss":
            tokens.extend(child.subtree)
    tokens = [t for t in tokens if t.i not in range(ent.start, ent.end)]
    return short_phrase(tokens, max_words=12)


def _strip_qualifiers(text: str) -> str:
    return text.strip()
