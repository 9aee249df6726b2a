"""How a briefing is shown, on hand-made briefs: the figures that carry the news (By the numbers),
the timeline in date order with unresolved rows apart and future rows under What's next, and
"upcoming" judged as of the newest briefing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefgen.analysis import analyse
from briefgen.briefing import briefing_view
from briefgen.briefing.numbers import CARRIES, score
from briefgen.partial_date import PartialDate
from briefgen.records import Brief, Cited, Event, Evidence, Figure, MainEvent, Outlook
from tests.checks import bare_brief

SENTENCES = (
    "A ferry capsized on Lake Victoria and 12 people died, police said.",
    "The operator's shares fell 3.5% and it faces a $5 million fine.",
    "Dozens were injured.",
    "The 42-year-old captain was arrested.",
    "He said 7 of them were friends.",
    "The ferry was built in 1990.",
    "It was refitted later.",
    "It last sailed in May.",
    "The company sold 400 bars of soap on board.",
)
BODY = " ".join(SENTENCES)


def at(text: str) -> tuple[Evidence, ...]:
    start = BODY.index(text)
    return (Evidence(start, start + len(text)),)


def figure(text: str, value: float, unit: str | None, about: str, approx: bool = False) -> Figure:
    return Figure(text, value, unit, approx, about, at(text))


def ferry(**changes: object) -> Brief:
    offsets, start = [], 0
    for sentence in SENTENCES:
        offsets.append(Evidence(start, start + len(sentence)))
        start += len(sentence) + 1
    base = bare_brief(
        id="ferry",
        title="Ferry capsizes on Lake Victoria, 12 dead",
        published=date(2024, 3, 4),
        body=BODY,
        sentences=tuple(offsets),
        figures=(
            figure("400", 400, "bars", "bars of soap sold"),
            figure("$5 million", 5_000_000, "USD", "fine the operator faces"),
            figure("Dozens", 12, None, "injured", approx=True),
            figure("42-year-old", 42, "years", "age of the captain"),
            figure("7", 7, None, ""),
            figure("3.5%", 3.5, "%", "operator's shares fell"),
            figure("12", 12, "people", "people died"),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_by_the_numbers_ranks_the_figures_that_carry_the_news() -> None:
    brief = ferry()
    numbers = briefing_view(brief).numbers
    assert [f.text for f in numbers] == ["12", "3.5%", "$5 million"]
    assert all(score(brief, f) >= CARRIES for f in numbers)
    # the soap sold deep in the text does not carry the news; vague, unlabelled and an age never rank
    assert score(brief, brief.figures[0]) < CARRIES


def test_the_main_event_sentence_lifts_a_figure() -> None:
    brief = ferry()
    sold = brief.figures[0]
    what = Cited("sold 400 bars of soap", at("sold 400 bars of soap"))
    lifted = replace(brief, event=MainEvent(what=what))
    assert score(lifted, sold) > score(brief, sold)


def test_no_box_when_fewer_than_three_figures_carry_the_news() -> None:
    brief = ferry()
    assert briefing_view(replace(brief, figures=brief.figures[:3])).numbers == ()


def test_timeline_in_date_order_unresolved_apart_and_the_future_under_whats_next() -> None:
    rows = (
        Event("in May", PartialDate("2023-05"), "month", "it last sailed", at("in May")),
        Event("later", None, None, "it was refitted", at("later")),
        Event("in 1990", PartialDate("1990"), "year", "the ferry was built", at("in 1990")),
        Event("March 20", PartialDate("2024-03-20"), "day", "the inquiry opens", at("The 42")),
    )
    plan = Outlook("He said 7 of them were friends.", "will", evidence=at("He said 7"))
    shown = briefing_view(ferry(timeline=rows, outlook=(plan,)))
    assert [e.text for e in shown.timeline] == ["in 1990", "in May"]
    assert [e.text for e in shown.unresolved] == ["later"]
    assert [(o.cue, o.when, o.date) for o in shown.whats_next] == [
        ("future date", "March 20", "2024-03-20"),
        ("will", None, None),
    ]
    assert shown.whats_next[0].text == "The 42-year-old captain was arrested."


def test_upcoming_is_judged_as_of_the_newest_briefing() -> None:
    def planning(name: str, published: date, when: str) -> Brief:
        plan = Outlook("The inquiry will report.", "will", when, PartialDate(when), "day", at("It"))
        return ferry(id=name, published=published, outlook=(plan,), figures=())

    older = planning("older", date(2016, 11, 10), "2016-11-12")
    newest = planning("newest", date(2016, 11, 20), "2016-12-01")
    analysis = analyse([older, newest], today=date(2030, 1, 1))
    assert (analysis.as_of, analysis.as_of_build) == (date(2016, 11, 20), False)
    assert {u.item.date: u.past for u in analysis.upcoming} == {
        "2016-12-01": False,
        "2016-11-12": True,
    }
    undated = analyse([replace(older, published=None)], today=date(2016, 11, 11))
    assert (undated.as_of, undated.as_of_build) == (date(2016, 11, 11), True)
