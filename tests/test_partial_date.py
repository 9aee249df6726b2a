"""Year-less dates are a type: checked when made, compared by what they name, and written to the
JSON contract in ISO 8601's year-less form ("--07-10")."""

from __future__ import annotations

import json
from datetime import date

import pytest

from briefgen.contract import from_dict, to_dict
from briefgen.partial_date import PartialDate
from briefgen.records import Event, Evidence
from tests.checks import bare_brief


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2021-07-10", (2021, 7, 10)),
        ("2021-07", (2021, 7, None)),
        ("2021", (2021, None, None)),
        ("--07-10", (None, 7, 10)),
        ("--02-29", (None, 2, 29)),
    ],
)
def test_parts_of_each_precision(text: str, parts: tuple[int | None, ...]) -> None:
    made = PartialDate(text)
    assert (made.year, made.month, made.day) == parts
    assert made.has_year == (parts[0] is not None)
    assert PartialDate.of(*parts) == text


@pytest.mark.parametrize("text", ["2021-13", "2021-02-30", "--00-10", "July 10", "", "21-07-10"])
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        PartialDate(text)


def test_before_and_after_a_day_at_the_date_s_own_precision() -> None:
    day = date(2021, 7, 12)
    assert PartialDate("2021-07-11").is_before(day)
    assert not PartialDate("2021-07").is_before(day)  # July is not over on the 12th
    assert PartialDate("2021-08").is_after(day)
    assert not PartialDate("2021").is_after(day)
    assert not PartialDate("--07-01").is_before(day)  # a year-less day cannot be placed
    assert not PartialDate("--08-01").is_after(day)


def test_the_contract_keeps_the_year_less_string_form() -> None:
    event = Event("July 10", PartialDate("--07-10"), "day", "talks", (Evidence(0, 4),))
    brief = bare_brief(timeline=(event,))
    data = json.loads(json.dumps(to_dict(brief)))
    assert data["timeline"][0]["date"] == "--07-10"
    again = from_dict(data).timeline[0].date
    assert isinstance(again, PartialDate) and not again.has_year
