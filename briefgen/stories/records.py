"""The typed records of stories: a story groups briefs; threads follow one figure across them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefgen.partial_date import PartialDate
from briefgen.records import Actor, Brief, Figure, Quote
from briefgen.stories.measures import Bounds


@dataclass(frozen=True, slots=True)
class FigureValue:
    """One value of a figure thread, as one briefing gives it."""

    brief: Brief
    """The briefing that states the value."""
    figure: Figure
    """The figure as extracted (value, text, evidence)."""
    bounds: Bounds | None = None
    """The values it allows, signed by its direction ("more than 100": above 100); None for a
    vague quantity ("dozens"), which no count contradicts."""
    period: PartialDate | None = None
    """A closed month or year its sentence says it counts over; None: it speaks for the day
    its briefing was published."""

    @property
    def published(self) -> date | None:
        """Publication date of the briefing that states the value."""
        return self.brief.published


@dataclass(frozen=True, slots=True)
class FigureThread:
    """Figures that count the same thing (the same headline count of the event, or the same
    counted noun about the same actor or place) across a story."""

    unit: str
    """The counted noun or unit shared by every value ("troops", "km"; "people" for a headline
    count of people in general)."""
    label: str
    """What the figures measure: the headline count, else the first value's label."""
    anchor: str | None
    """The actor or place the figures are about, if one is named beside them."""
    values: tuple[FigureValue, ...]
    """Every value in order of publication."""
    disputed: tuple[date, ...] = ()
    """Publication dates on which briefings disagree about the value."""
    measure: str | None = None
    """The headline count of the event the values give ("killed", "injured" …), else None."""

    @property
    def changed(self) -> bool:
        """True when the value is not the same in every briefing."""
        return len({v.bounds for v in self.values}) > 1

    @property
    def days(self) -> tuple[tuple[date | None, tuple[FigureValue, ...]], ...]:
        """The values by day of publication, in order, each value given once a day ("at least
        seven" in four briefings of one day is one value of that day)."""
        result: list[tuple[date | None, list[FigureValue]]] = []
        for value in self.values:
            if not result or result[-1][0] != value.published:
                result.append((value.published, []))
            same = [v for v in result[-1][1] if _same_value(v, value)]
            if not same:
                result[-1][1].append(value)
        return tuple((day, tuple(values)) for day, values in result)


def _same_value(first: FigureValue, second: FigureValue) -> bool:
    if first.bounds is None or second.bounds is None:  # vague: the same words
        return first.figure.text.casefold() == second.figure.text.casefold()
    return first.bounds == second.bounds


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure whose value differs from what an earlier briefing of the story gave."""

    before: FigureValue
    """The latest earlier value."""
    after: FigureValue
    """The value in this briefing."""


@dataclass(frozen=True, slots=True)
class Update:
    """What one briefing adds to the briefings of its story published before it."""

    brief: Brief
    """The briefing."""
    previous: Brief | None
    """The briefing just before it in the story, None for the first."""
    new_actors: tuple[Actor, ...] = ()
    """Actors no earlier briefing names."""
    new_figures: tuple[Figure, ...] = ()
    """Figures whose counted thing no earlier briefing gives."""
    changed_figures: tuple[FigureChange, ...] = ()
    """Figures whose value differs from the latest earlier one."""
    new_quotes: tuple[Quote, ...] = ()
    """Quotations no earlier briefing carries."""


@dataclass(frozen=True, slots=True)
class Story:
    """Briefings about one event or development, in order of publication."""

    id: str
    """Stable slug, unique among the stories."""
    title: str
    """Headline of the briefing most central to the story."""
    members: tuple[Brief, ...]
    """Briefings in order of publication (undated last)."""
    start: date | None
    """Earliest publication date of a member."""
    end: date | None
    """Latest publication date of a member."""
    figure_threads: tuple[FigureThread, ...] = ()
    """Figures followed across members."""
    updates: tuple[Update, ...] = ()
    """For each member, what is new since the briefings before it."""

    @property
    def latest(self) -> Brief:
        """The newest dated member (the last one when none is dated): the story's latest word."""
        dated = [b for b in self.members if b.published]
        return dated[-1] if dated else self.members[-1]
