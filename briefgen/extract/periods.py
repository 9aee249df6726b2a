"""Periods named by their place in a year, month or week rather than by a date: "the end of the
year", "the rest of the month", "year-end", "this weekend".

Each resolves against the publication date to the period it lies in (the year, the month, the
week of the weekend), at that precision: "the end of the year" is dated as the year, not as a
guessed December day; "year-end" is December, the month it names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from briefgen.records import Precision

Found = tuple[str | None, Precision | None]
_STEP = {"the": 0, "this": 0, "last": -1, "next": 1}
_SATURDAY = 5


def period_part(groups: dict[str, str | None], published: date | None, future: bool) -> Found:
    """ "the end of the year" (this year), "the start of next month", "the end of last week"."""
    unit = (groups["unit"] or "").lower()
    precision: Precision = "week" if unit == "week" else "month" if unit == "month" else "year"
    if published is None:
        return None, precision
    step = _STEP.get((groups["rel"] or "").lower(), 0)
    if unit == "year":
        return f"{published.year + step:04d}", "year"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    return monday.isoformat(), "week"


def year_end(groups: dict[str, str | None], published: date | None, future: bool) -> Found:
    """ "by year-end": December of the publication year."""
    return (f"{published.year:04d}-12" if published else None), "month"


def weekend(groups: dict[str, str | None], published: date | None, future: bool) -> Found:
    """ "over the weekend", "this weekend": the week (from its Monday) of the last weekend on or
    before publication; "next weekend", "the coming weekend" or "this weekend" in a clause about
    the future: the week of the next one."""
    if published is None:
        return None, "week"
    mod = " ".join((groups["mod"] or "").lower().split())
    ahead = mod in {"next", "the coming"} or (future and mod == "this")
    if ahead:
        saturday = published + timedelta(days=(_SATURDAY - published.weekday()) % 7)
    else:
        saturday = published - timedelta(days=(published.weekday() - _SATURDAY) % 7)
    return (saturday - timedelta(days=_SATURDAY)).isoformat(), "week"


PERIODS: dict[str, Callable[[dict[str, str | None], date | None, bool], Found]] = {
    "period_part": period_part,
    "year_end": year_end,
    "weekend": weekend,
}
"""How each kind of period phrase (`lang.en.DATE_PHRASES`) resolves."""
