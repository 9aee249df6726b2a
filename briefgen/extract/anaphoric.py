"""Dates counted from the date told just before: "the next day", "two days later", "a year
earlier", "the previous year", "the year before".

They name no period of their own: the period is the one the story last dated (in the same
sentence or the one before), moved by the count. With no such date before them they stay
unresolved; the publication date is not what they count from.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.calendar import Resolved
from briefgen.extract.lang import en
from briefgen.partial_date import PartialDate
from briefgen.records import Precision

_FINER: dict[str | None, int] = {"day": 0, "week": 1, "month": 2, "year": 3}


def resolve_from(
    match: re.Match[str], anchor: PartialDate | None, at: Precision | None
) -> Resolved:
    """The date `match` names, counted from `anchor` (a date at precision `at`)."""
    groups = match.groupdict()
    unit = (groups["unit"] or groups["unit2"] or groups["unit3"] or "").lower()
    way = (groups["which"] or groups["dir"] or groups["dir3"] or "").lower()
    count = (groups.get("n") or "").lower()
    n = (
        1
        if count in {"", "a", "an"}
        else int(count)
        if count.isdigit()
        else en.NUMBER_WORDS.get(count)
    )
    precision: Precision = "week" if unit == "week" else unit  # type: ignore[assignment]
    if groups.get("qual"):
        return Resolved(None, None)  # "almost nine years later" names no period we can give
    if anchor is None or not anchor.has_year or n is None or at is None:
        return Resolved(None, precision)
    if _FINER[at] > _FINER[unit]:
        return Resolved(None, precision)  # "in 2016 … two days later": no day to count from
    step = n * en.ANAPHORIC_STEPS.get(way, 0)
    year, month, day = anchor.year or 0, anchor.month or 1, anchor.day or 1
    if unit == "year":
        return Resolved(f"{year + step:04d}", "year")
    if unit == "month":
        index = year * 12 + month - 1 + step
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    start = date(year, month, day)
    if unit == "week":
        monday = start - timedelta(days=start.weekday()) + timedelta(weeks=step)
        return Resolved(monday.isoformat(), "week")
    return Resolved((start + timedelta(days=step)).isoformat(), "day")
