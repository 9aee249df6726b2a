"""Figure threads: the same counted thing followed across the briefings of a story.

Two figures from different briefings are one thread when they count the same noun ("troops"),
name the same actor or place in their sentence, and the word after them does not say they
count different things ("people killed" is not "people injured"). A thread in
which one briefing gives two different values is two things, not one, and is not joined.
Briefings published the same day that give values too far apart are flagged as disputed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen.records import Actor, Brief, Figure, Place
from briefgen.stories.records import FigureThread, FigureValue

APPROX_TOLERANCE = 0.15
"""Values this close (relative) agree when either one is qualified ("about", "nearly")."""
MAX_RATIO = 10.0
"""Values further apart than this factor are taken to count different things."""
CONTEXT_WORDS = 4
"""How many content words after a figure say what it counts."""

# durations, ages and calendar spans count different things in almost every sentence
_NOT_COUNTS = frozenset(
    {"year", "day", "hour", "minute", "second", "week", "month", "fraction", "time", "age", "old"}
)
_VAGUE_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "several"})
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")


@dataclass(frozen=True, slots=True)
class _Item:
    """One countable figure of one briefing, with what it is compared on."""

    brief: Brief
    """The briefing that gives it."""
    figure: Figure
    """The figure."""
    anchors: frozenset[str]
    """Actor and place names (and aliases) in its sentence, casefolded."""
    counted_by: str | None
    """What happens to what it counts ("died"), as a short stem; None when nothing is said."""


def figure_threads(members: Sequence[Brief]) -> tuple[FigureThread, ...]:
    """Threads of figures shared by at least two members, most values first."""
    items = [
        _Item(brief, figure, frozenset(_anchors(brief, figure)), _counted_by(brief, figure))
        for brief in members
        for figure in brief.figures
        if _countable(figure) and not _is_an_index(brief, figure)
    ]
    threads = [_thread([items[i] for i in group]) for group in _link(items)]
    return tuple(sorted(threads, key=lambda t: (-len(t.values), t.label)))


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
    by_unit: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_unit.setdefault(_unit(item.figure), []).append(index)
    pairs = sorted(
        (
            disagree(items[i].figure, items[j].figure),
            items[i].counted_by is None or items[j].counted_by is None,
            i,
            j,
        )
        for indices in by_unit.values()
        for n, i in enumerate(indices)
        for j in indices[n + 1 :]
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
    injured"; and no briefing gives different values in them ("400-gram" and "170-gram" bars)."""
    if len({item.counted_by for item in (*first, *second) if item.counted_by}) > 1:
        return False
    given: dict[int, list[Figure]] = {}
    for item in first:
        given.setdefault(id(item.brief), []).append(item.figure)
    return not any(
        disagree(figure, item.figure) for item in second for figure in given.get(id(item.brief), [])
    )


def _thread(items: list[_Item]) -> FigureThread:
    values = tuple(
        sorted(
            (FigureValue(item.brief, item.figure) for item in items),
            key=lambda v: (v.published or date.max, v.brief.source_path),
        )
    )
    named = [set(item.anchors) for item in items if item.anchors]
    anchors = set.intersection(*named) if named else None
    first = values[0].figure
    return FigureThread(
        unit=first.unit or "",
        label=first.about,
        anchor=_anchor_name(values, anchors),
        values=values,
        disputed=_disputed_dates(values),
    )


def _same_thing(a: _Item, b: _Item) -> bool:
    """Whether two figures of the same unit from different briefs may count the same thing."""
    if a.brief is b.brief:
        return False
    if not a.anchors & b.anchors:
        return False  # the same actor or place must be named beside both
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    if high > MAX_RATIO * max(low, 1e-9):
        return False  # reports of one count do not differ tenfold: these count different things
    if a.counted_by and b.counted_by:
        return a.counted_by == b.counted_by  # "people killed" is not "people injured"
    return True  # "23 passengers in Mwanza" says nothing more: it agrees with either


def disagree(a: Figure, b: Figure) -> bool:
    """True when two values of the same thing cannot both be right."""
    if a.value == b.value or _vague(a) or _vague(b):
        return False
    if a.approx or b.approx:
        high = max(abs(a.value), abs(b.value))
        return abs(a.value - b.value) > APPROX_TOLERANCE * high
    return True


def _disputed_dates(values: tuple[FigureValue, ...]) -> tuple[date, ...]:
    dates: set[date] = set()
    for i, first in enumerate(values):
        for second in values[i + 1 :]:
            if (
                first.published is not None
                and first.published == second.published
                and first.brief is not second.brief
                and disagree(first.figure, second.figure)
            ):
                dates.add(first.published)
    return tuple(sorted(dates))


def _vague(figure: Figure) -> bool:
    """ "dozens", "hundreds of": an order of magnitude, which no exact count contradicts."""
    words = figure.text.casefold().split()
    return bool(words) and words[0] in _VAGUE_WORDS


def _countable(figure: Figure) -> bool:
    words = {_singular(w) for w in _unit(figure).split()}
    return bool(figure.unit) and not words & _NOT_COUNTS and bool(figure.evidence)


def _unit(figure: Figure) -> str:
    return _singular((figure.unit or "").casefold())


def _sentence(brief: Brief, figure: Figure) -> tuple[int, int]:
    start = figure.evidence[0].start
    for sent in brief.sentences:
        if sent.start <= start < sent.end:
            return sent.start, sent.end
    return max(0, start - 200), min(len(brief.body), start + 200)


def _anchors(brief: Brief, figure: Figure) -> set[str]:
    """Actors and places named in the figure's sentence."""
    start, end = _sentence(brief, figure)
    names: set[str] = set()
    items: list[Actor | Place] = [*brief.actors, *brief.places]
    for item in items:
        if any(start <= e.start < end for e in item.evidence):
            names.add(item.name.casefold())
            names.update(alias.casefold() for alias in item.aliases)
    return names


def _counted_by(brief: Brief, figure: Figure) -> str | None:
    """The first content word after the number and its noun: what happens to what is counted.

    "12 passengers died" → "died"; "five people and injuring" → "injuring". Names are skipped
    (the anchors compare those); None when the sentence says nothing more ("23 passengers in
    Mwanza"), which agrees with any figure of the same thing about the same actor or place.
    """
    end = figure.evidence[-1].end
    sentence_end = _sentence(brief, figure)[1]
    named: list[Actor | Place] = [*brief.actors, *brief.places]
    names = {word.casefold() for item in named for word in _WORD.findall(item.name)}
    unit = _unit(figure)
    following = [w.casefold() for w in _WORD.findall(brief.body[end:sentence_end])]
    for word in following[:CONTEXT_WORDS]:
        if word in STOP_WORDS or word in names or _singular(word) == unit:
            continue
        return str(word[:5])
    return None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def _is_an_index(brief: Brief, figure: Figure) -> bool:
    """ "lap 19", "Game 7", "Route 66": a number after its noun names one, it does not count."""
    before = _WORD.findall(
        brief.body[max(0, figure.evidence[0].start - 20) : figure.evidence[0].start]
    )
    return bool(before) and _singular(before[-1].casefold()) == _unit(figure)


def _anchor_name(values: tuple[FigureValue, ...], anchors: set[str] | None) -> str | None:
    if not anchors:
        return None
    for value in values:
        items: list[Actor | Place] = [*value.brief.actors, *value.brief.places]
        for item in items:
            if item.name.casefold() in anchors:
                return item.name
    return None
