"""Timeline: date phrases resolved against the publication date, never a guessed year without one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from briefgen.extract.dates import extract_timeline
from briefgen.records import Article

FRIDAY = date(2016, 11, 11)


def _dates(parse: Callable[[str], Doc], text: str, published: date | None) -> dict[str, str | None]:
    events = extract_timeline(parse(text), Article("t", text, published=published))
    return {e.text: e.date for e in events}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("late on Thursday", "2016-11-10"),
        ("on Friday", "2016-11-11"),
        ("last week", "2016-10-31"),
        ("earlier this month", "2016-11"),
        ("at the beginning of September", "2016-09"),
        ("in 2009", "2009"),
        ("on July 10", "2016-07-10"),
        ("last night", "2016-11-10"),
        ("this afternoon", "2016-11-11"),
        ("tonight", "2016-11-11"),
    ],
)
def test_phrases_resolve_against_the_publication_date(
    parse: Callable[[str], Doc], phrase: str, expected: str
) -> None:
    found = _dates(parse, f"The envoys met {phrase} in the capital.", FRIDAY)
    assert expected in found.values()


def test_without_a_publication_date_no_year_is_invented(parse: Callable[[str], Doc]) -> None:
    found = _dates(parse, "The talks were held on July 10. Troops left last week.", None)
    assert found == {"July 10": "--07-10", "last week": None}


def test_may_and_large_numbers_are_not_dates(parse: Callable[[str], Doc]) -> None:
    found = _dates(parse, "The government may send 20,000 troops.", FRIDAY)
    assert found == {}
