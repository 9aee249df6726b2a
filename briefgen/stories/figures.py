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
from dataclasses import dataclass
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

MAX_RATIO = 10.0
"""Values further apart than this factor are taken to count different things."""

# durations, ages and calendar spans count different things in almost every sentence
_NOT_COUNTS = frozenset(
    {"year", "day", "hour", "minute", "second", "week", "month", "fraction", "time", "age", "old"}
)


@dataclass(frozen=True, slots=True)
class _Item:
    """One countable figure of one briefing, with what it is compared on."""

    value: FigureValue
    """The figure, its briefing, and the values it allows."""
    unit: str
    """The counted noun or unit, singular and casefolded ("" for none)."""
    measure: str | None
    """The headline count it gives ("killed"), None for other figures."""
    anchors: frozenset[str]
    """Actor and place names (and aliases) in its sentence, casefolded."""
    places: frozenset[str]
    """The place names among them."""
    counted_by: str | None
    """What happens to what it counts ("died"), as a short stem; None when nothing is said."""

    @property
    def brief(self) -> Brief:
        """The briefing that gives the figure."""
        return self.value.brief

    kind: str | None
    """The kind of person a headline count counts ("passengers"); None for people in general
    ("40 people", "two fatalities", "more than 50 injured"). Worked out once: a large story
    compares its figures pairwise, millions of times."""

    @property
    def keys(self) -> tuple[str, ...]:
        """What it may be compared with: the headline count it gives, and its counted noun
        unless that is people in general ("12 passengers died" and "the toll rose to 23
        passengers" meet on "passengers")."""
        if not self.measure:
            return (f"unit:{self.unit}",)
        noun = () if self.kind is None else (f"unit:{self.unit}",)
        return (f"measure:{self.measure}", *noun)


def figure_threads(members: Sequence[Brief]) -> tuple[FigureThread, ...]:
    """Threads of figures shared by at least two members, headline counts first, then most
    values first."""
    items = [
        item for brief in members for figure in brief.figures if (item := _item(brief, figure))
    ]
    threads = [_thread([items[i] for i in group]) for group in _link(items)]
    order = {m: n for n, m in enumerate(HEADLINE_MEASURES)}
    return tuple(
        sorted(
            threads, key=lambda t: (order.get(t.measure or "", len(order)), -len(t.values), t.label)
        )
    )


def disagree(first: FigureValue, second: FigureValue) -> bool:
    """True when two values of the same thing cannot both be right (a vague one never is)."""
    if first.bounds is None or second.bounds is None:
        return False
    return not first.bounds.meets(second.bounds)


def _item(brief: Brief, figure: Figure) -> _Item | None:
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
    return _Item(
        value=FigureValue(brief, figure, bounds(brief, figure), stated),
        unit=unit,
        measure=counted,
        anchors=frozenset(names),
        places=frozenset(places),
        counted_by=counted or counted_by(brief, figure),
        kind=None if unit in GENERIC_UNITS or harm_word(figure.unit or "") else unit,
    )


def _link(items: list[_Item]) -> list[list[int]]:
    """Groups of items that count one thing and come from at least two briefings.

    Pairs that may count the same thing are joined one at a time, agreeing values first, then
    pairs that say what the counted thing does: groups grow around what briefings agree on before
    a disagreement may join them. Whether a pair may join depends on what the two groups hold by
    then (`_may_join`), so the groups are not the connected parts of a graph of pairs: each is
    kept as the list of its members."""
    group = list(range(len(items)))
    """The label of the group each item is in: the index of one of its members."""
    members = {i: [i] for i in range(len(items))}
    by_key: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for key in item.keys:
            by_key.setdefault(key, []).append(index)
    candidates = {
        (i, j)
        for indices in by_key.values()
        for n, i in enumerate(indices)
        for j in indices[n + 1 :]
    }
    pairs = sorted(
        (
            disagree(items[i].value, items[j].value),
            items[i].counted_by is None or items[j].counted_by is None,
            i,
            j,
        )
        for i, j in candidates
        if _same_thing(items[i], items[j])
    )
    for *_, i, j in pairs:
        a, b = group[i], group[j]
        if a != b and _may_join([items[k] for k in members[a]], [items[k] for k in members[b]]):
            for k in members[b]:
                group[k] = a
            members[a] += members.pop(b)
    groups = sorted(sorted(m) for m in members.values())
    return [g for g in groups if len({id(items[k].brief) for k in g}) > 1]


def _may_join(first: list[_Item], second: list[_Item]) -> bool:
    """Whether two groups may be one thing: they say at most one thing about what is counted
    ("died"), so a figure that says nothing more cannot bridge "people killed" and "people
    injured"; they name the same places, if both name any; a headline count counts one kind of person at most ("passengers" and "people", not
    "men" and "women"); and no briefing gives values in them that cannot both hold ("400-gram"
    and "170-gram" bars)."""
    both = (*first, *second)
    if len({item.counted_by for item in both if item.counted_by}) > 1:
        return False
    places = [frozenset().union(*(item.places for item in group)) for group in (first, second)]
    if all(places) and not places[0] & places[1]:
        return False  # a count restated without its place does not bridge two places
    if len({item.kind for item in both if item.measure} - {None}) > 1:
        return False
    given: dict[int, list[FigureValue]] = {}
    for item in first:
        given.setdefault(id(item.brief), []).append(item.value)
    return not any(
        disagree(value, item.value) for item in second for value in given.get(id(item.brief), [])
    )


def _thread(items: list[_Item]) -> FigureThread:
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


def _same_thing(a: _Item, b: _Item) -> bool:
    """Whether two figures of the same measure from different briefs may count the same thing."""
    if a.brief is b.brief:
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # "32 civilians killed in Kunduz" is another attack than the one in Mazar
    if not a.anchors & b.anchors and not (a.measure and b.measure):
        return False  # the same actor or place must be named beside both, bar headline counts
    low, high = sorted((abs(a.value.figure.value or 0.0), abs(b.value.figure.value or 0.0)))
    if high > MAX_RATIO * max(low, 1e-9):
        return False  # reports of one count do not differ tenfold: these count different things
    if a.counted_by and b.counted_by:
        return a.counted_by == b.counted_by  # "people killed" is not "people injured"
    return True  # "23 passengers in Mwanza" says nothing more: it agrees with either


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
