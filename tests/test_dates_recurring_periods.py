"""Timeline: periods named by their place in a year or week, dates that recur, "today" as
nowadays, and which way a weekday points when the clause does not say."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from briefgen.extract.dates import extract_timeline
from briefgen.records import Article

FRIDAY = date(2019, 11, 8)
WEDNESDAY = date(2019, 11, 20)


def _dates(parse: Callable[[str], Doc], text: str, published: date) -> dict[str, str | None]:
    events = extract_timeline(parse(text), Article("t", text, published=published))
    return {e.text: e.date for e in events}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a month of every year, not of one
        ("In November, the air over Delhi gets cool, dry, and still.", "In November", None),
        ("These pollution events happen across North India every November.", "November", None),
        ("Winter wheat is typically sown mid-November in the region.", "mid-November", None),
        # a deadline in the present simple is still one month
        (
            "The agency recommends that adults get a flu vaccine by the end of October.",
            "the end of October",
            "2019-10",
        ),
        # "today" as nowadays, and as the day
        ("London continues to suffer air quality problems today.", "today", None),
        ("Officials said today that the bill had passed.", "today", "2019-11-20"),
        ("The court rules today on the appeal.", "today", "2019-11-20"),
    ],
)
def test_recurring_dates_and_nowadays_stay_unresolved(
    parse: Callable[[str], Doc], text: str, phrase: str, expected: str | None
) -> None:
    found = _dates(parse, text, WEDNESDAY)
    assert phrase in found and found[phrase] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Experts expect rates to remain low toward the end of the year.",
            "the end of the year",
            "2019",
        ),
        ("It was also brought for a vote at the end of last year.", "the end of last year", "2018"),
        ("The ministry aims to clear the backlog by year end.", "year end", "2019-12"),
        ("Over the weekend, the president assailed the witness.", "Over the weekend", "2019-11-11"),
        ("Fans will gather in the park this weekend.", "this weekend", "2019-11-18"),
        (
            "The bank expects a loss in the final quarter of 2017.",
            "the final quarter of 2017",
            None,
        ),
        (
            "Profits have grown over the last quarter-century.",
            "over the last quarter-century",
            None,
        ),
        ("A deal was struck last summer with the regulator.", "last summer", None),
    ],
)
def test_periods_resolve_to_the_period_they_lie_in(
    parse: Callable[[str], Doc], text: str, phrase: str, expected: str | None
) -> None:
    found = _dates(parse, text, WEDNESDAY)
    assert phrase in found and found[phrase] == expected


def test_this_week_told_on_a_friday_of_what_is_to_come_is_the_next_week(
    parse: Callable[[str], Doc],
) -> None:
    text = "Another cloud of smoke is set to descend upon the city this week."
    assert _dates(parse, text, FRIDAY)["this week"] == "2019-11-11"
    assert (
        _dates(parse, "The minister met the unions this week.", FRIDAY)["this week"] == "2019-11-04"
    )


def test_a_weekday_in_a_plan_told_in_the_present_is_the_coming_one(
    parse: Callable[[str], Doc],
) -> None:
    found = _dates(parse, "Saturday is the 75th anniversary of the Social Security Act.", FRIDAY)
    assert found["Saturday"] == "2019-11-09"
    text = "She will be allowed to play her old songs at the awards on Sunday."
    assert _dates(parse, text, FRIDAY)["Sunday"] == "2019-11-10"
    # a noun's day and a possessive day are told, not planned
    text = "His appearance follows the testimony Tuesday of four officials."
    assert _dates(parse, text, WEDNESDAY)["Tuesday"] == "2019-11-19"


def test_a_weekday_before_its_date_and_may_as_a_verb_are_no_rows(
    parse: Callable[[str], Doc],
) -> None:
    text = "Webb grabbed the girl on Saturday, May 18. Later that evening, he took her to a hotel."
    found = _dates(parse, text, WEDNESDAY)
    assert "Saturday" not in found
    assert found["Later that evening"] == "2019-05-18"
    assert _dates(parse, "Babies Who Eat Peanuts Early May Avoid Allergy", WEDNESDAY) == {}


def test_a_year_naming_one_thing_and_the_end_of_a_span_of_years_are_years(
    parse: Callable[[str], Doc],
) -> None:
    text = "Lee, his rival in the 2022 presidential election, described the address as weak."
    assert _dates(parse, text, WEDNESDAY)["2022"] == "2022"
    found = _dates(parse, "From 2010 to 2015 there were 3248 cases reported worldwide.", WEDNESDAY)
    assert found["2015"] == "2015"
    assert (
        _dates(parse, "The army sent 2000 troops to the border on Monday.", WEDNESDAY).get("2000")
        is None
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Spurs have won just five matches this season.", "this season"),
        ("It had repeatedly occurred in the weeks before the crash.", "in the weeks before"),
        ("He has been in and out of prison in the years since the coup.", "in the years since"),
        ("The bill must pass before Parliament rises in a fortnight.", "in a fortnight"),
    ],
)
def test_periods_counted_from_an_event_or_a_season_stay_unresolved(
    parse: Callable[[str], Doc], text: str, phrase: str
) -> None:
    found = _dates(parse, text, WEDNESDAY)
    assert phrase in found and found[phrase] is None
