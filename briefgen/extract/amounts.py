"""What a written number is worth: a value (or a range), read by rule where a rule is certain.

quantulum3 picks among units that match equally well by iterating a set, so its choice changes
with PYTHONHASHSEED ("737 Max jet" is 737 megayears in one process and a bare 737 in another)
and "$2 trillion" comes out as 1 "dollar to the 2e+12". Money, percentages and plain counts are
therefore read here, by rule; quantulum3 is asked only for measures (km, inches, barrels), and
its unit is kept only when it is one of `UNITS`, whose surface it found in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from briefgen.extract.lang import en

UNITS = {
    "kilometre": "km",
    "metre": "m",
    "mile": "mi",
    "mile per hour": "mph",
    "kilometre per hour": "km/h",
    "foot": "ft",
    "inch": "in",
    "centimetre": "cm",
    "millimetre": "mm",
    "kilogram": "kg",
    "gram": "g",
    "tonne": "t",
    "ton": "tons",
    "micrometre": "µm",
    "pound-mass": "lb",
    "barrel": "bbl",
    "litre": "l",
    "gallon": "gal",
    "square kilometre": "km²",
    "square mile": "sq mi",
    "hectare": "ha",
    "acre": "acres",
    "degree Celsius": "°C",
    "degree fahrenheit": "°F",
    "megawatt": "MW",
    "gigawatt": "GW",
    "hour": "hours",
    "day": "days",
    "year": "years",
    "minute": "minutes",
    "month": "months",
    "week": "weeks",
    "second": "seconds",
    "percentage": "%",
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
}
"""quantulum3's unit names briefgen reports, with the short form it shows."""

_CURRENCIES = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_CURRENCIES |= {"rs": "INR", "rs.": "INR", "a$": "AUD", "nz$": "NZD", "c$": "CAD", "hk$": "HKD"}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}
_SCALES |= {"mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "lakh": 1e5, "crore": 1e7}
_PERCENT = {"%", "percent", "per cent", "percentage points", "percentage point"}
_AMOUNT = re.compile(
    r"(?P<cur>(?:us|nz|hk|a|c)\$|rs\.?|[$£€¥₹])?\s*(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)\s*"
    r"(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k|lakh|crore)?\b\s*"
    r"(?P<pct>%|percent(?:age points?)?|per cent)?",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"^(?:between\s+|from\s+)?(?P<low>.*?\d.*?)\s*(?:\bto\b|\band\b|\bor\b|-|–|—)\s*(?P<high>.*?\d.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number read from text."""

    value: float
    """The value, scaled ("$2 trillion" is 2e12)."""
    unit: str | None
    """"USD", "%", … when the text says so."""
    high: float | None = None
    """The upper end of a range ("10 to 20 percent")."""


def read_amount(text: str) -> Amount | None:
    """The amount a money, percent or count text names ("$5.5 million", "19%", "20,000"), or
    None when it is not one of those plain forms."""
    cleaned = " ".join(w for w in text.split() if w.casefold() not in en.QUALIFIER_WORDS)
    match = _AMOUNT.fullmatch(_digits(cleaned).strip().rstrip("."))
    if match is None:
        return None
    value = float(match["num"].replace(",", ""))
    if match["scale"]:
        value *= _SCALES[match["scale"].lower()]
    unit = _CURRENCIES.get((match["cur"] or "").lower())
    if match["pct"]:
        unit = "%"
    return Amount(value, unit)


def read_range(text: str) -> Amount | None:
    """A range written out ("$5 million to $10 million", "10 to 20 percent", "between 8% and
    15.5%"): each end read alone, the low end taking the high end's scale and unit when it has
    none of its own ("$5 to $10 million" is 5 to 10 million dollars)."""
    match = _RANGE.match(_digits(text.replace("-to-", " to ")).strip())
    if match is None:
        return None
    high = read_amount(match["high"])
    low = read_amount(match["low"])
    if high is None or low is None:
        return None
    low_value = low.value
    scale = _AMOUNT.fullmatch(match["high"].strip().rstrip("."))
    low_scaled = _AMOUNT.fullmatch(match["low"].strip())
    if scale and scale["scale"] and low_scaled and not low_scaled["scale"]:
        low_value *= _SCALES[scale["scale"].lower()]
    if "," in match["high"] and "," not in match["low"] and 0 < low_value < 10 <= high.value:
        # "5-6,000 people": the low end is said in the high end's thousands
        while low_value * 10 <= high.value:
            low_value *= 10
    if low_value >= high.value:
        return None  # "2019-2020", "24-7": not a range of one measure
    return Amount(low_value, high.unit or low.unit, high.value)


def unit_symbol(name: str) -> str | None:
    """The short unit briefgen reports for a quantulum3 unit name; None for a bare number or a
    unit it does not trust (its guess for a word it does not know, such as "Max" → megayear)."""
    return UNITS.get(name)


def neighbours(ent: Span) -> Span:
    """The entity with a currency before it and a scale after it that the model left out
    ("$" + "5 billion", "Rs" + "24" + "lakh")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.is_currency or before.lower_ in _CURRENCIES):
        start -= 1
    if after is not None and after.lower_ in _SCALES and len(after) > 2:
        end += 1
    return doc[start:end]


def with_neighbours(ent: Span) -> str:
    """The text of `neighbours`."""
    return neighbours(ent).text


def is_scale(word: str) -> bool:
    """True for a scale word or letter ("million", "bn", "m")."""
    return word.lower() in _SCALES


def _digits(text: str) -> str:
    """Numbers spelled out written as digits ("sixty-six percent" → "66 percent", "ten" →
    "10"); "thousand" and "million" stay, as scales the amount pattern reads."""
    out: list[str] = []
    run: list[int] = []
    for word in text.replace("-", " - ").split():
        value = en.NUMBER_WORDS.get(word.casefold()) if word.casefold() != "thousand" else None
        if word.casefold() == "dozen" and run:
            run[-1] *= 12  # "three dozen"
            continue
        if value is not None and word.casefold() != "dozen":
            run.append(value)
            continue
        if word == "-" and run:
            continue
        if run:
            out.append(str(_spelled(run)))
            run = []
        out.append(word)
    if run:
        out.append(str(_spelled(run)))
    return " ".join(out).replace(" - ", "-")


def _spelled(values: list[int]) -> int:
    """The number a run of number words names: [60, 6] is 66, [3, 100, 20] is 320."""
    total = 0
    for value in values:
        total = total * value if value == 100 and total else total + value
    return total
