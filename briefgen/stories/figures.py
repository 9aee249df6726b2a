"""Figure threads: the same counted thing followed across the briefings of a story.

Two figures from different briefings are one thread when they count the same noun ("troops"),
name the same actor or place in their sentence (or neither names one), and their labels and the
words right after them do not say they count different things ("people killed" is not "people
injured"; "passengers in Mwanza" says nothing more and agrees with either).
Briefings published the same day that give values too far apart are flagged as disputed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen.records import Actor, Brief, Figure, Place
from briefgen.stories.records import FigureThread, FigureValue

APPROX_TOLERANCE = 0.15
"""Values this close (relative) agree when either one is qualified ("about", "nearly")."""
CONTEXT_WORDS = 4
"""How many content words after a figure say what it counts."""

# durations, ages and calendar spans count different things in almost every sentence
_NOT_COUNTS = frozenset(
    {"years", "year", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "second"}
    | {"weeks", "week", "months", "month", "fraction", "time", "times", "age", "old"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")


def figure_threads(members: Sequence[Brief]) -> tuple[FigureThread, ...]:
    """Threads of figures shared by at least two members, most values first."""
    items = [
        (brief, figure, _anchors(brief, figure), _context(brief, figure))
        for brief in members
        for figure in brief.figures
        if _countable(figure)
    ]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_unit: dict[str, list[int]] = {}
    for index, (_, figure, _, _) in enumerate(items):
        by_unit.setdefault(_unit(figure), []).append(index)
    for indices in by_unit.values():
        for n, i in enumerate(indices):
            brief_a, _, anchors_a, words_a = items[i]
            for j in indices[n + 1 :]:
                brief_b, _, anchors_b, words_b = items[j]
                if brief_a is brief_b:
                    continue
                if (anchors_a or anchors_b) and not anchors_a & anchors_b:
                    continue
                if not words_a or not words_b or words_a & words_b:
                    parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    threads = []
    for indices in groups.values():
        if len({id(items[i][0]) for i in indices}) < 2:
            continue
        values = tuple(
            sorted(
                (FigureValue(items[i][0], items[i][1]) for i in indices),
                key=lambda v: (v.published or date.max, v.brief.source_path),
            )
        )
        named = [items[i][2] for i in indices if items[i][2]]
        anchors = set.intersection(*named) if named else None
        first = values[0].figure
        threads.append(
            FigureThread(
                unit=first.unit or "",
                label=first.about,
                anchor=_anchor_name(values, anchors),
                values=values,
                disputed=_disputed_dates(values),
            )
        )
    return tuple(sorted(threads, key=lambda t: (-len(t.values), t.label)))


def disagree(a: Figure, b: Figure) -> bool:
    """True when two values of the same thing cannot both be right."""
    if a.value == b.value:
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


def _countable(figure: Figure) -> bool:
    return bool(figure.unit) and _unit(figure) not in _NOT_COUNTS and bool(figure.evidence)


def _unit(figure: Figure) -> str:
    unit = (figure.unit or "").casefold()
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 and not unit.endswith("ss") else unit


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


def _context(brief: Brief, figure: Figure) -> set[str]:
    """Content words of the label and just after the number that say what it counts.

    Names are left out (the anchors compare those) and so is the counted noun itself, so an empty
    set means "nothing more is said", which agrees with any other figure of the same thing.
    """
    end = figure.evidence[-1].end
    sentence_end = _sentence(brief, figure)[1]
    named: list[Actor | Place] = [*brief.actors, *brief.places]
    names = {word.casefold() for item in named for word in _WORD.findall(item.name)}
    following = [w.casefold() for w in _WORD.findall(brief.body[end:sentence_end])]
    words = [w for w in following if w not in STOP_WORDS and w not in names][:CONTEXT_WORDS]
    words += [
        w.casefold()
        for w in _WORD.findall(figure.about)
        if w.casefold() not in STOP_WORDS and w.casefold() not in names
    ]
    return {w[:5] for w in words} - {_unit(figure)[:5]}


def _anchor_name(values: tuple[FigureValue, ...], anchors: set[str] | None) -> str | None:
    if not anchors:
        return None
    for value in values:
        items: list[Actor | Place] = [*value.brief.actors, *value.brief.places]
        for item in items:
            if item.name.casefold() in anchors:
                return item.name
    return None
