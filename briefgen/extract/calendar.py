"""Date phrases resolved against the publication date: which day, week, month or year a
matched phrase names, at what precision. A phrase with no year in an article with no publication
date stays year-less; nothing is guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.extract.lang import en
from briefgen.extract.periods import PERIODS
from briefgen.extract.tense import Tense
from briefgen.partial_date import PartialDate
from briefgen.records import Precision


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a date phrase names."""

    date: str | None
    """ISO date at its precision, or a year-less day; None when it cannot be pinned down."""
    precision: Precision | None
    """day, week, month or year; None when the phrase names none."""


_FRIDAY = 4
_UNPINNED = frozenset({"decade", "century", "vague", "quarter"})
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1)}
_HOLIDAYS |= {"new year's eve": (12, 31), "boxing day": (12, 26)}


def resolve(
    kind: str,
    match: re.Match[str],
    published: date | None,
    *,
    future: bool = False,
    tense: Tense | None = None,
) -> Resolved:
    """Resolve one matched date phrase against the publication date; `future` when its sentence
    speaks of what is to come (a bare month is then the next one, not the last); `tense` the way
    its own clause points (a weekday or a day without a year is then the next or the last one)."""
    groups = match.groupdict()
    if kind in _UNPINNED:
        return Resolved(None, None)
    if kind == "holiday":
        # "New Year's Day", "New Years' Day", "New Years Day" are one day
        name = re.sub(r"new years?['’]?s? ", "new year's ", groups["holiday"].lower())
        on_month, on_day = _HOLIDAYS[name]
        return _day(
            int(groups["year"]) if groups.get("year") else None, on_month, on_day, published, tense
        )
    if kind == "month":
        return _month(groups, published, future)
    if kind in PERIODS:
        return Resolved(*PERIODS[kind](groups, published, future or tense == "future"))
    if kind == "named_day":
        return Resolved(en.NAMED_DAYS[groups["named"]], "day")
    if kind == "month_rel":  # "May this year", "in March last year"
        named = _month_number(groups["month"])
        if published is None or named is None:
            return Resolved(None, "month")
        return Resolved(f"{published.year + en.STEPS[groups['rel']]:04d}-{named:02d}", "month")
    if kind == "ago":
        return _ago(groups, published)
    if kind == "year":
        return Resolved(groups["year"], "year")
    year = int(groups["year"]) if groups.get("year") else None
    month = _month_number(groups["month"]) if groups.get("month") else None
    if kind in {"month_day", "day_month"} and month is not None:
        day = int(groups["day"])
        return _day(year, month, day, published, tense)
    if kind in {"part_month", "month_year"} and month is not None:
        if year is None:
            year = _closest_year_for_month(month, published) if published else None
        if year is None:
            return Resolved(None, "month")
        return Resolved(f"{year:04d}-{month:02d}", "month")
    if kind == "in_year" and year is not None:
        return Resolved(f"{year:04d}", "year")
    if kind == "weekday":
        if published is None:
            return Resolved(None, "day")
        target = en.WEEKDAYS.index(groups["weekday"].lower())
        mod = " ".join((groups.get("mod") or "").lower().split())
        if mod == "next" or (tense == "future" and mod not in {"last", "this past"}):
            ahead = (target - published.weekday()) % 7 or 7 * (mod == "next")
            return Resolved((published + timedelta(days=ahead)).isoformat(), "day")
        back = (published.weekday() - target) % 7
        if mod in {"last", "this past"} and back == 0:
            back = 7
        return Resolved((published - timedelta(days=back)).isoformat(), "day")
    if kind == "relative_day":
        if published is None:
            return Resolved(None, "day")
        rel = " ".join(groups["rel"].lower().split())
        shift = en.DAY_SHIFTS.get(rel, 0)
        return Resolved((published + timedelta(days=shift)).isoformat(), "day")
    if kind == "relative":
        which = groups["rel"].lower().split()[-1]
        return _relative(which, groups["unit"].lower(), published, tense == "future")
    return Resolved(None, None)


def _day(
    year: int | None, month: int, day: int, published: date | None, tense: Tense | None = None
) -> Resolved:
    """A day of a month; without a year, the last one before publication in a clause about the
    past, the next one in a clause about the future, else the nearest."""
    if year is None and published is None:
        return Resolved(PartialDate.of(None, month, day), "day")
    if year is None and published is not None:
        year = _closest_year_for_month(month, published, day)
        if year is not None and tense is not None:
            passed = (month, day) <= (published.month, published.day)
            year = published.year - (not passed) if tense == "past" else published.year + passed
            if tense == "future" and (month, day) == (published.month, published.day):
                year = published.year
    iso = _checked_date(f"{year:04d}-{month:02d}-{day:02d}")
    return Resolved(iso, "day")


def _checked_date(text: str) -> str | None:
    """The ISO date if it exists on the calendar ("2021-02-30" does not)."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _closest_year_for_month(month: int, published: date | None, day: int = 15) -> int | None:
    if published is None:
        return None
    candidates = [published.year - 1, published.year, published.year + 1]

    def distance(year: int) -> int:
        try:
            return abs((date(year, month, min(day, 28)) - published).days)
        except ValueError:
            return 10**6

    return min(candidates, key=distance)


def _month(groups: dict[str, str | None], published: date | None, future: bool) -> Resolved:
    """A month named without a year ("sales in October", "last July"): the last one on or
    before publication, the next one in a sentence about the future; none without a date."""
    month = _month_number(groups["month"] or "")
    if month is None or published is None:
        return Resolved(None, "month")
    mod = (groups.get("mod") or "").strip().lower()
    year = published.year
    if mod == "last":
        year -= month >= published.month
    elif mod == "next" or (future and mod != "this"):
        year += month < published.month if future and mod != "next" else month <= published.month
    elif mod != "this":
        year -= month > published.month
    return Resolved(f"{year:04d}-{month:02d}", "month")


def _ago(groups: dict[str, str | None], published: date | None) -> Resolved:
    """ "two years ago": the period that many units before publication; a hedged count ("more
    than two years ago") or decades name no period we can give."""
    unit = (groups["unit"] or "").lower()
    count = (groups["n"] or "").lower().strip("[]")
    n = 1 if count in {"a", "an"} else int(count) if count.isdigit() else en.NUMBER_WORDS.get(count)
    if published is None or groups.get("qual") or unit == "decade" or n is None:
        return Resolved(None, None)
    if unit == "year":
        return Resolved(f"{published.year - n:04d}", "year")
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) - timedelta(weeks=n)
        return Resolved(monday.isoformat(), "week")
    return Resolved((published - timedelta(days=n)).isoformat(), "day")


def _relative(which: str, unit: str, published: date | None, ahead: bool = False) -> Resolved:
    """ "last week", "next month" …; "this week" told from Friday on of what is still to come
    is the coming week: little is left of the week it is written in."""
    if published is None:
        return Resolved(None, "week" if unit == "week" else unit)  # type: ignore[arg-type]
    step = en.STEPS.get(which, 0)
    if unit == "week" and which == "this" and ahead and published.weekday() >= _FRIDAY:
        step = 1
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return Resolved(monday.isoformat(), "week")
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    return Resolved(f"{published.year + step:04d}", "year")


def _month_number(text: str) -> int | None:
    key = text.lower().rstrip(".")[:4]
    if key in en.MONTH_NUMBERS:
        return en.MONTH_NUMBERS[key]
    return en.MONTH_NUMBERS.get(key[:3])
