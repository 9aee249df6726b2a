"""Dates at the precision an article gives them, a year-less day included."""

from __future__ import annotations

import re
from datetime import date

from briefgen.wire import partial_date_schema

_FORM = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<m>\d{2})-(?P<d>\d{2})"
)


class PartialDate(str):
    """An ISO 8601 date at day, month or year precision ("2021-07-10", "2021-07", "2021"), or a
    day without a year ("--07-10", ISO 8601's year-less form) when the article names none and has
    no publication date to take one from: never a guessed year.

    The value is its ISO text, checked when made: it goes into the JSON contract as it is, and
    dates of mixed precision sort as text ("2021" < "2021-07" < "2021-07-10"), as the timeline
    needs. A `str` subclass for that reason, as `markupsafe.Markup` is.
    """

    __slots__ = ()
    __get_pydantic_core_schema__ = classmethod(partial_date_schema)  # its ISO text in JSON

    def __new__(cls, text: str) -> PartialDate:
        year, month, day = _parts(text)
        try:
            # 2000 is a leap year: a year-less February 29 exists
            date(
                2000 if year is None else year,
                1 if month is None else month,
                1 if day is None else day,
            )
        except ValueError as exc:
            raise ValueError(f"not a calendar date: {text!r} ({exc})") from None
        return super().__new__(cls, text)

    @classmethod
    def of(cls, year: int | None, month: int | None = None, day: int | None = None) -> PartialDate:
        """The date with these parts: a year alone, a year and month, a whole day, or (no year)
        a month and day."""
        if year is None:
            return cls(f"--{month or 0:02d}-{day or 0:02d}")
        if month is None:
            return cls(f"{year:04d}")
        return cls(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else ""))

    @property
    def year(self) -> int | None:
        """The year; None for a year-less day."""
        return _parts(self)[0]

    @property
    def month(self) -> int | None:
        """The month (1-12); None for a year alone."""
        return _parts(self)[1]

    @property
    def day(self) -> int | None:
        """The day of the month; None for a month or a year."""
        return _parts(self)[2]

    @property
    def has_year(self) -> bool:
        """False for a year-less day, which cannot be placed on a timeline of years."""
        return self.year is not None

    def is_before(self, day: date) -> bool:
        """True when the whole period the date names lies before `day` (never for a year-less day)."""
        return self.has_year and str(self) < day.isoformat()[: len(self)]

    def is_after(self, day: date) -> bool:
        """True when the whole period the date names lies after `day` (never for a year-less day)."""
        return self.has_year and str(self) > day.isoformat()[: len(self)]


def _parts(text: str) -> tuple[int | None, int | None, int | None]:
    match = _FORM.fullmatch(text)
    if match is None:
        raise ValueError(
            f"not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY) nor a year-less --MM-DD: {text!r}"
        )
    if match["m"] is not None:
        return None, int(match["m"]), int(match["d"])
    return (
        int(match["year"]),
        int(match["month"]) if match["month"] else None,
        int(match["day"]) if match["day"] else None,
    )
