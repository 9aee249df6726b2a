"""Disputed figures and headline counts compared like with like, on small hand-made briefs: the
same measure, sign-aware, for the same day or closed period, "more than N" as a bound."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest

from briefgen.partial_date import PartialDate
from briefgen.records import Brief, Event, Evidence, Figure, Place
from briefgen.stories.figures import figure_threads
from briefgen.stories.measures import Bounds

DAY = date(2016, 11, 10)
NEXT_DAY = date(2016, 11, 11)
QUALIFIERS = ("more than", "at least", "about", "nearly", "up to", "some", "fewer than")
WORDS = {"two": 2.0, "three": 3.0, "dozens": 12.0}  # "dozens" as an extractor may still read it


def brief(
    name: str,
    body: str,
    published: date | None,
    *figures: str,
    places: tuple[str, ...] = (),
    periods: tuple[tuple[str, str], ...] = (),
) -> Brief:
    """A brief over `body` whose figures are the given phrases as written ("more than 100"):
    value read from the phrase, approximate when it starts with a qualifier, no unit."""

    def at(text: str) -> tuple[Evidence, ...]:
        start = body.index(text)
        return (Evidence(start, start + len(text)),)

    def figure(text: str) -> Figure:
        number = text.split()[-1].rstrip("%")
        return Figure(
            text,
            WORDS.get(number.casefold()) or float(number),
            "%" if text.endswith("%") else None,
            approx=text.casefold().startswith(QUALIFIERS),
            evidence=at(text),
        )

    return Brief(
        id=name,
        source_path=f"seeds/{name}.md",
        title=name,
        title_generated=False,
        published=published,
        source=None,
        url=None,
        dateline=None,
        summary=body[:60],
        key_points=(),
        actors=(),
        places=tuple(Place(p, "city", "AF", evidence=at(p)) for p in places),
        figures=tuple(figure(text) for text in figures),
        timeline=tuple(
            Event(phrase, PartialDate(iso), "year" if len(iso) == 4 else "month", "", at(phrase))
            for phrase, iso in periods
        ),
        quotes=(),
        sources=(),
        tags=(),
        body=body,
        sentences=tuple(
            Evidence(body.index(s), body.index(s) + len(s)) for s in body.split(". ") if s
        ),
    )


def values(brief_list: list[Brief]) -> list[tuple[str | None, list[str], tuple[date, ...]]]:
    return [
        (t.measure, [v.figure.text for v in t.values], t.disputed)
        for t in figure_threads(brief_list)
    ]


def test_a_sign_written_twice_is_one_fall_not_a_dispute() -> None:
    first = brief("a", "The Nasdaq index has fallen by 3.16% to 2138.14", DAY, "3.16%")
    second = brief("b", "The Nasdaq index has fallen by -3.16% to 2138.14", DAY, "-3.16%")
    first = _with_place(first, "Nasdaq")
    second = _with_place(second, "Nasdaq")
    ((_, texts, disputed),) = values([first, second])
    assert texts == ["3.16%", "-3.16%"] and disputed == ()


def test_a_rise_and_a_fall_of_the_same_size_are_a_dispute() -> None:
    rose = _with_place(brief("a", "The Nasdaq index rose 3.16% on Monday", DAY, "3.16%"), "Nasdaq")
    fell = _with_place(brief("b", "The Nasdaq index fell 3.16% on Monday", DAY, "3.16%"), "Nasdaq")
    ((_, _, disputed),) = values([rose, fell])
    assert disputed == (DAY,)


def test_wounded_84_and_90_on_the_same_day_are_disputed() -> None:
    first = brief("a", "The blast killed two people and wounded 84, officials said", DAY, "84")
    second = brief("b", "At least 90 people were wounded in the attack", DAY, "At least 90")
    assert values([first, second]) == [("injured", ["84", "At least 90"], (DAY,))]


@pytest.mark.parametrize(
    ("one", "other", "disputed"),
    [
        ("84", "more than 100", True),  # the bound excludes 84
        ("90", "more than 50", False),  # 90 is more than 50
        ("at least 90", "more than 100", False),  # both hold for 120
        ("40", "more than 50", True),
        ("51", "more than 50", False),
        ("about 95", "100", False),  # within 15%
        ("nearly 100", "100", True),  # nearly 100 is under 100
        ("up to 100", "120", True),
    ],
)
def test_more_than_and_at_least_are_bounds(one: str, other: str, disputed: bool) -> None:
    first = brief("a", f"Officials said {one} people were injured in Kabul", DAY, one)
    second = brief("b", f"Doctors said {other} people were injured in Kabul", DAY, other)
    ((measure, _, days),) = values([first, second])
    assert measure == "injured" and days == ((DAY,) if disputed else ())


def test_a_toll_rising_over_days_is_a_thread_not_a_dispute() -> None:
    first = brief("a", "The bomb killed at least two people in Mazar", DAY, "at least two")
    later = brief("b", "The death toll rose to 6 on Friday in Mazar", NEXT_DAY, "6")
    assert values([first, later]) == [("killed", ["at least two", "6"], ())]


def test_the_same_counts_on_different_days_are_not_disputed() -> None:
    first = brief("a", "The blast wounded 84 people", DAY, "84")
    second = brief("b", "The blast wounded 90 people", NEXT_DAY, "90")
    assert values([first, second]) == [("injured", ["84", "90"], ())]


def test_killed_and_injured_are_two_headline_counts() -> None:
    first = brief(
        "a",
        "The attack killed 6 people and wounded 120 in Mazar",
        DAY,
        "6",
        "120",
        places=("Mazar",),
    )
    second = brief(
        "b",
        "Officials in Mazar said 6 died and 100 were wounded",
        DAY,
        "6",
        "100",
        places=("Mazar",),
    )
    assert values([first, second]) == [
        ("killed", ["6", "6"], ()),
        ("injured", ["120", "100"], (DAY,)),
    ]


def test_a_count_elsewhere_a_part_or_a_number_inside_a_word_joins_no_headline_count() -> None:
    main = brief("a", "The bomb in Mazar killed 6 people", DAY, "6", places=("Mazar",))
    elsewhere = brief(
        "b", "An attack in Kunduz left 32 civilians dead", DAY, "32", places=("Kunduz",)
    )
    part = brief(
        "c", "More than 100 were wounded, including at least 10 children", DAY, "at least 10"
    )
    word = brief("d", "Father-of-three Ali Khan was killed on the spot", DAY, "three")
    assert values([main, elsewhere, part, word]) == []


def test_figures_of_one_closed_period_dispute_across_days() -> None:
    first = brief("a", "In 2008 sales of Ford fell 20%", DAY, "20%", periods=(("2008", "2008"),))
    later = brief("b", "In 2008 sales of Ford fell 25%", date(2016, 12, 1), "25%")
    later = _with_periods(later, ("2008", "2008"))
    first, later = _with_place(first, "Ford"), _with_place(later, "Ford")
    ((_, _, disputed),) = values([first, later])
    assert disputed == (DAY,)
    undated = _with_place(brief("c", "Sales of Ford fell 25%", DAY, "25%"), "Ford")
    ((_, _, disputed),) = values([first, undated])
    assert disputed == (), "a year's figure and a figure of the day are not the same time"


def test_a_vague_quantity_is_no_value_to_dispute() -> None:
    first = brief("a", "Dozens were injured in Mazar", DAY, "Dozens")
    second = brief("b", "In Mazar 90 people were injured", DAY, "90")
    ((_, _, disputed),) = values([first, second])
    assert disputed == ()


def test_bounds_meet_only_where_a_value_fits_both() -> None:
    assert Bounds(100, math.inf, low_open=True).meets(Bounds(120, 120))
    assert not Bounds(100, math.inf, low_open=True).meets(Bounds(100, 100))
    assert Bounds(90, math.inf).meets(Bounds(90, 90))
    assert not Bounds(0, 50, high_open=True).meets(Bounds(50, math.inf))


# -- small edits of a hand-made brief ------------------------------------------------------------


def _with_place(b: Brief, name: str) -> Brief:
    start = b.body.index(name)
    place = Place(name, "other", None, evidence=(Evidence(start, start + len(name)),))
    return _replace(b, places=(place,))


def _with_periods(b: Brief, *periods: tuple[str, str]) -> Brief:
    events = []
    for phrase, iso in periods:
        start = b.body.index(phrase)
        events.append(Event(phrase, PartialDate(iso), "year", "", (Evidence(start, start + 4),)))
    return _replace(b, timeline=tuple(events))


def _replace(b: Brief, **changes: object) -> Brief:
    return replace(b, **changes)  # type: ignore[arg-type]


def test_a_count_restated_without_its_place_bridges_no_two_places() -> None:
    mazar = brief("a", "The bomb in Mazar killed 6 people", DAY, "6", places=("Mazar",))
    later = brief("b", "In Mazar the death toll rose to 8", NEXT_DAY, "8", places=("Mazar",))
    kunduz = brief("c", "An attack in Kunduz left 32 civilians dead", DAY, "32", places=("Kunduz",))
    restated = brief("d", "Some 30 civilians were killed in that attack", DAY, "Some 30")
    threads = sorted(texts for _, texts, _ in values([mazar, later, kunduz, restated]))
    assert threads == [["32", "Some 30"], ["6", "8"]]
