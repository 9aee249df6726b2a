"""Key figures: numbers that matter, normalised with quantulum3, labelled from the parse."""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    # quantulum3 warns that its optional classifier is missing; its rule-based parser is what we use
    warnings.simplefilter("ignore")
    from quantulum3 import parser as quantities
from spacy.tokens import Doc, Span, Token

from briefgen.extract import amounts, figure_spans, labels, ranges, units
from briefgen.extract.lang import en
from briefgen.extract.spans import evidence
from briefgen.records import Article, Figure

_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_UNIT_WINDOW = 4
_GLUED_UNIT = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>[A-Za-z]{2,})")
_PER = re.compile(r"\s+per\s+\w+$", re.IGNORECASE)
_PARTS = frozenset(w for name in en.FRACTIONS for w in name.replace("-", " ").split()) - {"a"}
"""The words of a fraction ("quarter" of "a quarter-point"), which a number can be."""
_AND_A_HALF = re.compile(r"(?P<number>\d+|[a-z]+)[- ]and[- ]a[- ]half\b")


def unit_symbol(name: str) -> str | None:
    """The short unit briefgen reports for a quantulum3 unit name; None for a bare number."""
    return amounts.unit_symbol(name)


def extract_figures(doc: Doc, article: Article) -> tuple[Figure, ...]:
    """Figures in article order."""
    figures: list[Figure] = []
    models = figure_spans.model_numbers(doc)
    for ent in ranges.join_ranges(doc, list(doc.ents)):
        if (
            ent.label_ not in _NUMBER_LABELS
            and not figure_spans.is_duration(ent)
            and not figure_spans.is_age(ent)
            and not _AND_A_HALF.search(ent.text.lower())
        ):
            continue
        ent = figure_spans.with_half(ent)
        if figure_spans.is_not_a_figure(ent, models):
            continue
        figure = _figure(ent)
        if figure is not None:
            figures.append(figure)
    return tuple(figures)


def _figure(ent: Span) -> Figure | None:
    text = amounts.with_neighbours(ent)
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
    slashed = figure_spans.slash_fraction(ent)
    if slashed is not None:
        return slashed, _period_unit(lowered), None
    glued = _GLUED_UNIT.fullmatch(ent.text)
    if glued is not None and units.is_unit_text(glued["unit"]):
        return float(glued["number"].replace(",", "")), glued["unit"], None  # "503knts"
    age = en.AGE_NUMBER.fullmatch(ent.text)
    if age is not None:
        return float(age["age"]), f"{(age['unit'] or 'year').lower()}s", None
    period = figure_spans.a_period(ent)
    if period is not None:
        return period[0], period[1], None
    length = en.DURATION.fullmatch(" ".join(w for w in words if w not in en.QUALIFIER_WORDS))
    if length is not None and ent.label_ in {"DATE", "TIME"}:
        # a length of time is read by rule: quantulum3 reads "40 minutes" as minutes of arc
        number = length[1].replace(",", "")
        value = float(number) if number[0].isdigit() else en.NUMBER_WORDS.get(number)
        if value is not None:
            return float(value), length[2] + "s", None
    whole = _AND_A_HALF.search(lowered)
    if whole is not None:  # "4 and a half", "five-and-a-half years": not one half
        number = whole["number"]
        base = en.NUMBER_WORDS.get(number) if not number[0].isdigit() else float(number)
        if base is not None:
            return base + 0.5, _period_unit(lowered), None
    for word, value in en.FRACTIONS.items():
        if word in lowered:
            return value, "fraction", None
    plain = [w for w in words if w not in en.QUALIFIER_WORDS]
    if len(plain) == 1 and plain[0] in en.NUMBER_WORDS:
        return float(en.NUMBER_WORDS[plain[0]]), None, None
    # "108.55 per dollar": the rate's "per" part says what it is in, not how much
    written = _PER.sub("", amounts.with_neighbours(ent))
    ranged = amounts.read_range(written)
    if ranged is not None:
        return ranged.value, ranged.unit, ranged.high
    read = amounts.read_amount(written)
    measured = _measured(ent)
    if read is not None and (read.unit is not None or measured is None):
        return read.value, read.unit, None
    if measured is not None:
        return measured[0], measured[1], None
    if read is not None:
        return read.value, None, None
    # "about 2,300 tons": a unit briefgen does not report still leaves a number worth reporting
    bare = _bare_number(ent)
    return (bare, None, None) if bare is not None else None


def _bare_number(ent: Span) -> float | None:
    """The number an entity writes, its currency, scale and qualifiers kept and the words after
    it left out ("some 390 million" of "some 390 million miles"); None when it writes no digits
    or number words (the article of "a miles-thick" is not one)."""
    whole = amounts.neighbours(ent)
    numeric = [
        t for t in whole if t.like_num or t.lower_ in en.NUMBER_WORDS or amounts.is_scale(t.text)
    ]
    if not numeric:
        return None
    if any(not t.is_lower for t in whole if t.i > numeric[-1].i):
        return None  # "3170 W. County Road": a number in a name is no amount
    read = amounts.read_amount(whole.doc[whole.start : numeric[-1].i + 1].text)
    return read.value if read is not None else None


def _period_unit(text: str) -> str | None:
    """The unit of a length of time named in the text ("years"), if any."""
    found = en.DURATION_UNIT.search(text)
    return found[1].lower() + "s" if found else None


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
    if not any(t.like_num or t.lower_ in en.NUMBER_WORDS or t.lower_ in _PARTS for t in ent):
        return None  # "a miles-thick ice shell": quantulum3 reads the article as one mile
    value = float(quantity.value)
    bare = _bare_number(ent)
    if bare is not None and bare > value and any(amounts.is_scale(t.text) for t in ent):
        value = bare  # "some 390 million miles": quantulum3 reads 390 and drops the million
    unit = unit_symbol(quantity.unit.name)
    if unit is None and quantity.unit.name != "dimensionless":
        return None  # a unit it guessed (and may guess otherwise in another process)
    return value, unit


def _number_token(ent: Span) -> Token:
    """The token that carries the number (not "an" in "an additional 20,000")."""
    numbers = [t for t in ent if t.like_num or t.pos_ == "NUM" or t.lower_ in en.VAGUE]
    # "four or five buyers": the end the model hung on the noun
    counting = [t for t in numbers if t.dep_ == "nummod" and t.head.i >= ent.end]
    return counting[-1] if counting else numbers[-1] if numbers else ent.root


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
