"""Figure threads: the same counted thing followed across the briefings of a story.

Two figures from different briefings are one thread when they measure the same thing: the same
headline count of the event ("killed", "injured": `measures.measure`, whatever noun is counted),
or else the same counted noun ("troops") with the same actor or place named in their sentence and
no word after them saying they count different things ("people killed" is not "people injured").
Figures whose sentences name different places count different things. A thread in which one
briefing gives two values that cannot both hold is two things, not one, and is not joined.
Values for the same day (or the same closed period) that cannot both hold are disputed
(`measures.Bounds`: "84" and "more than 100" cannot, "at least 90" and "more than 100" can).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefgen.records import Brief, Figure
from briefgen.stories.context import (
    anchor_name,
    anchors,
    counted_by,
    in_a_word,
    is_an_index,
    singular,
    unit_of,
)
from briefgen.stories.linking import Item, disagree, link
from briefgen.stories.measures import (
    GENERIC_UNITS,
    HEADLINE_MEASURES,
    bounds,
    harm_word,
    measure,
    period,
    same_time,
)
from briefgen.stories.records import FigureThread, FigureValue

# durations, ages and calendar spans count different things in almost every sentence
_NOT_COUNTS = frozenset(
    {"year", "day", "hour", "minute", "second", "week", "month", "fraction", "time", "age", "old"}
)


def figure_threads(members: Sequence[Brief]) -> tuple[FigureThread, ...]:
    """Threads of figures shared by at least two members, headline counts first, then most
    values first."""
    if len(members) < 2:
        return ()  # a thread follows a figure across briefings
    items = [
        item for brief in members for figure in brief.figures if (item := _item(brief, figure))
    ]
    threads = [_thread([items[i] for i in group]) for group in link(items)]
    order = {m: n for n, m in enumerate(HEADLINE_MEASURES)}
    return tuple(
        sorted(
            threads, key=lambda t: (order.get(t.measure or "", len(order)), -len(t.values), t.label)
        )
    )


def _item(brief: Brief, figure: Figure) -> Item | None:
    """The figure as compared, or None when it counts nothing a thread can follow."""
    if not figure.evidence or is_an_index(brief, figure) or in_a_word(brief, figure):
        return None
    stated = period(brief, figure)
    unit = unit_of(figure)
    if {singular(word) for word in unit.split()} & _NOT_COUNTS:
        return None  # "42-year-old", "three days": ages and durations
    # a headline count of a closed period before ("in 1959 two passengers died") is history
    counted = measure(brief, figure) if stated is None else None
    if counted is None and not unit:
        return None
    names, places = anchors(brief, figure)
    return Item(
        value=FigureValue(brief, figure, bounds(brief, figure), stated),
        unit=unit,
        measure=counted,
        anchors=frozenset(names),
        places=frozenset(places),
        counted_by=counted or counted_by(brief, figure),
        kind=None if unit in GENERIC_UNITS or harm_word(figure.unit or "") else unit,
    )


def _thread(items: list[Item]) -> FigureThread:
    values = tuple(
        sorted(
            (item.value for item in items),
            key=lambda v: (v.published or date.max, v.brief.source_path),
        )
    )
    named = [set(item.anchors) for item in items if item.anchors]
    anchors = set.intersection(*named) if named else None
    first = values[0].figure
    counted = items[0].measure
    # a headline count is named by the one kind of person it counts, if a briefing says which
    kinds = [item.value.figure.unit for item in items if item.kind is not None]
    return FigureThread(
        unit=(kinds[0] or "" if kinds else "people") if counted else first.unit or "",
        label=counted or first.about,
        anchor=anchor_name(values, anchors),
        values=values,
        disputed=_disputed_dates(values),
        measure=counted,
    )


def _disputed_dates(values: tuple[FigureValue, ...]) -> tuple[date, ...]:
    """The days on which values of different briefings for the same time cannot both hold."""
    dates: set[date] = set()
    for i, first in enumerate(values):
        for second in values[i + 1 :]:
            if (
                first.brief is not second.brief
                and same_time((first.published, first.period), (second.published, second.period))
                and disagree(first, second)
            ):
                day = min(d for d in (first.published, second.published) if d is not None)
                dates.add(day)
    return tuple(sorted(dates))
