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


def test_a_month_in_a_sentence_about_the_future_is_the_next_one(
    parse: Callable[[str], Doc],
) -> None:
    text = "The new line will open in March. Sales fell in October."
    rows = extract_timeline(parse(text), Article("t", text, published=date(2019, 11, 20)))
    assert {(r.text, r.date) for r in rows} == {("in March", "2020-03"), ("in October", "2019-10")}


def test_timeline_rows_are_clauses_not_fragments(parse: Callable[[str], Doc]) -> None:
    text = (
        "Saturday is the anniversary of the Social Security Act, signed into law by President "
        "Franklin Roosevelt on August 14, 1935. Officials said Sunday that the bridge had "
        "collapsed. Wednesday's crash is believed to be the worst in years."
    )
    rows = extract_timeline(parse(text), Article("t", text, published=date(2010, 8, 13)))
    events = {r.text: r.event for r in rows}
    assert all(len(e.split()) >= 3 for e in events.values()), events
    assert "Act" in events["August 14, 1935"]
    assert "bridge" in events["Sunday"]
    assert not events["Wednesday"].startswith("s ")


def test_a_timeline_row_without_its_aside_keeps_no_stray_commas(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The group's spokesman in Doha, Ahmad Karimi, told reporters on July 11 that talks began."
    )
    rows = extract_timeline(parse(text), Article("t", text, published=date(2021, 7, 12)))
    (row,) = rows
    assert ", ," not in row.event and ",," not in row.event, row.event
    assert "spokesman" in row.event and "told" in row.event


def test_a_bare_number_is_no_year_and_a_bare_year_is(parse: Callable[[str], Doc]) -> None:
    text = "The army sent 2000 troops. The company was founded in 1998 and grew until 2004."
    rows = extract_timeline(parse(text), Article("t", text, published=date(2019, 1, 1)))
    assert {r.date for r in rows} == {"1998", "2004"}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a weekday in a clause about the future is the coming one, the saying's is the last one
        (
            "Russia said Friday it will start loading fuel next Saturday.",
            "next Saturday",
            "2016-11-12",
        ),
        ("Russia said Friday it will start loading fuel next Saturday.", "Friday", "2016-11-11"),
        ("Hill, who will testify Tuesday, declined to comment.", "Tuesday", "2016-11-15"),
        (
            "On Wednesday, Mohamed and his father are to travel to New York.",
            "Wednesday",
            "2016-11-16",
        ),
        ("The weather should ease by Thursday morning, officials said.", "Thursday", "2016-11-17"),
        # a day without a year: the last one in a clause about the past, the next one ahead
        ("He was arrested in April for a March 21 phone call.", "March 21", "2016-03-21"),
        (
            "The referendum is to be held from November 20 to December 11.",
            "November 20",
            "2016-11-20",
        ),
    ],
)
def test_the_clause_says_which_way_a_day_points(
    parse: Callable[[str], Doc], text: str, phrase: str, expected: str
) -> None:
    assert _dates(parse, text, FRIDAY).get(phrase) == expected


def test_would_in_reported_speech_is_not_read_as_ahead(parse: Callable[[str], Doc]) -> None:
    text = "Johnson is under fire over his vow that Britain would leave the EU on Oct. 31."
    assert _dates(parse, text, date(2019, 11, 20)).get("Oct. 31") == "2019-10-31"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "A poll released on Friday put him at 13%, down from 19% a week earlier.",
            "a week earlier",
            "2016-10-31",
        ),
        ("Sales fell in October, down from 6.2 percent a year earlier.", "a year earlier", "2015"),
        (
            "The plane vanished on December 28. Wreckage was found two days later.",
            "two days later",
            "2015-12-30",
        ),
        (
            "Dealers sold 303,417 vehicles in 2017, up 4 percent from the previous year.",
            "the previous year",
            "2016",
        ),
        (
            "They were seized in 2016. The next year, the group released two videos.",
            "The next year",
            "2017",
        ),
        # hedged, or with nothing told before it: no period to give
        (
            "Almost nine years later, 20,000 troops are still there.",
            "Almost nine years later",
            None,
        ),
        ("Prices rose two days later.", "two days later", None),
    ],
)
def test_a_date_counted_from_the_one_before(
    parse: Callable[[str], Doc], text: str, phrase: str, expected: str | None
) -> None:
    found = _dates(parse, text, FRIDAY)
    assert phrase in found
    assert found[phrase] == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Israel seized the territories in the 1967 Six-Day War.", "1967"),
        ("The previous election was held before the 2014 protests.", "2014"),
        ("Indonesia saw such an accident on New Years' Day 2007 near Sulawesi.", "2007-01-01"),
    ],
)
def test_a_year_that_names_an_event_is_a_date(
    parse: Callable[[str], Doc], text: str, year: str
) -> None:
    assert year in _dates(parse, text, FRIDAY).values()


def test_a_count_of_two_thousand_is_not_a_year(parse: Callable[[str], Doc]) -> None:
    assert _dates(parse, "The US sent 2000 troops to the region.", FRIDAY) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The force has functioned like a second army since 9/11.", {"9/11": "2001-09-11"}),
        ("In May this year, travellers were stranded in Mongolia.", {"May this year": "2016-05"}),
        ("The license is now set to expire in February.", {"in February": "2017-02"}),
        # a copyright notice and a house number are not dates
        ("Police said the story is © 2019 Associated Press.", {}),
        ("Officers stopped a car driven by Jonathan Blair, 29, of 1909 Jolinda Drive.", {}),
    ],
)
def test_named_days_month_of_this_year_and_numbers_that_are_not_years(
    parse: Callable[[str], Doc], text: str, expected: dict[str, str]
) -> None:
    assert _dates(parse, text, FRIDAY) == expected
