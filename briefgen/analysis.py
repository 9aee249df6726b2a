"""Analysis: what the outputs show that takes more than one briefing to know. The corpus view
(actors, places, tags, timeline, related briefings), the stories with their figure threads and
disputed figures, and What's next across the briefings; and how each briefing is shown (its
figures that carry the news, its timeline in order). Renderers only format what this holds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from briefgen.briefing import BriefingView, briefing_view
from briefgen.briefing.timeline import whats_next
from briefgen.corpus.view import CorpusView, view
from briefgen.records import Brief, Event, Outlook
from briefgen.stories import FigureThread, Story, StoryMemo, build_stories, story_of


@dataclass(frozen=True, slots=True)
class Dated:
    """A timeline event or a statement about the future, with the briefing it comes from."""

    brief: Brief
    """Where it is stated."""
    item: Event | Outlook
    """The event or statement."""


@dataclass(frozen=True, slots=True)
class Upcoming:
    """A statement about the future that names a date with a year."""

    brief: Brief
    """Where it is stated."""
    item: Outlook
    """The statement."""
    past: bool
    """True when the whole period its date names lay before `Analysis.as_of`."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything analysis makes of the briefs. What's next of one briefing is its own
    `Brief.outlook`; `upcoming` gathers the dated statements of every briefing."""

    view: CorpusView
    """Briefs newest first, actors, places and tags across them, the timeline, related briefs."""
    stories: tuple[Story, ...]
    """Every story, newest first; a briefing no other joins is a story of its own."""
    story_of: Mapping[str, Story]
    """By brief id: the story of two or more briefings it belongs to."""
    story_timelines: Mapping[str, tuple[Dated, ...]]
    """By story id: the dated events of its briefings, by date, earliest briefing first."""
    disputed: tuple[tuple[Story, FigureThread], ...]
    """Every disputed figure thread, with its story."""
    disputes: Mapping[str, tuple[FigureThread, ...]]
    """By brief id: the disputed figure threads it gives a value in (absent when none)."""
    upcoming: tuple[Upcoming, ...]
    """Dated statements about the future of every briefing, latest date first."""
    as_of: date
    """The day the corpus speaks from, which decides what is past: the newest briefing's
    publication date (an archive's plans are judged by its own time, not by today's)."""
    as_of_build: bool
    """True when no briefing is dated, so that `as_of` is the day of the build."""
    briefings: Mapping[str, BriefingView]
    """By brief id: how the briefing is shown (By the numbers, timeline, What's next)."""

    @property
    def briefs(self) -> tuple[Brief, ...]:
        """Every brief, newest first."""
        return self.view.briefs

    @property
    def grouped(self) -> tuple[Story, ...]:
        """The stories of two or more briefings (what the site lists), newest first."""
        return tuple(s for s in self.stories if len(s.members) > 1)


def build_date() -> date:
    """Today, or the date of $SOURCE_DATE_EPOCH: the date MkDocs stamps on a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


def analyse(
    briefs: Sequence[Brief], today: date | None = None, memo: StoryMemo | None = None
) -> Analysis:
    """The analysis of `briefs` (which have their ids). Dates before the newest briefing's
    publication are past; with no dated briefing, dates before `today` (default:
    `build_date()`). `memo` keeps stories' threads and updates across builds."""
    newest = max((b.published for b in briefs if b.published), default=None)
    as_of = newest or today or build_date()
    stories = build_stories(briefs, memo)
    corpus = view(briefs, {b.id: s.id for s in stories for b in s.members})
    grouped = [s for s in stories if len(s.members) > 1]
    by_brief = story_of(grouped)
    disputes = {b.id: _disputes_of(b, by_brief.get(b.id)) for b in corpus.briefs}
    return Analysis(
        view=corpus,
        stories=stories,
        story_of=by_brief,
        story_timelines={s.id: _merged_timeline(s) for s in grouped},
        disputed=tuple((s, t) for s in grouped for t in s.figure_threads if t.disputed),
        disputes={key: threads for key, threads in disputes.items() if threads},
        upcoming=_upcoming(corpus.briefs, as_of),
        as_of=as_of,
        as_of_build=newest is None,
        briefings=BriefingViews(corpus.briefs),
    )


class BriefingViews(Mapping[str, BriefingView]):
    """How each briefing is shown, by brief id, each made when first asked for: an incremental
    build shows only the briefings it renders again, and a view is made from its brief alone."""

    def __init__(self, briefs: Sequence[Brief]) -> None:
        self._briefs = {b.id: b for b in briefs}
        self._views: dict[str, BriefingView] = {}

    def __getitem__(self, key: str) -> BriefingView:
        shown = self._views.get(key)
        if shown is None:
            shown = self._views[key] = briefing_view(self._briefs[key])
        return shown

    def __iter__(self) -> Iterator[str]:
        return iter(self._briefs)

    def __len__(self) -> int:
        return len(self._briefs)


def _merged_timeline(story: Story) -> tuple[Dated, ...]:
    """The members' events up to their publication (what lies after is What's next)."""
    items = [
        Dated(b, e)
        for b in story.members
        for e in b.timeline
        if e.date and not (b.published and e.date.is_after(b.published))
    ]
    return tuple(sorted(items, key=lambda d: (d.item.date or "", d.brief.published or date.max)))


def _upcoming(briefs: Sequence[Brief], as_of: date) -> tuple[Upcoming, ...]:
    items = [
        Upcoming(b, o, o.date.is_before(as_of))
        for b in briefs
        for o in whats_next(b)
        if o.date and o.date.has_year
    ]
    return tuple(sorted(items, key=lambda u: (u.item.date or "", u.brief.id), reverse=True))


def _disputes_of(brief: Brief, story: Story | None) -> tuple[FigureThread, ...]:
    """Disputed figure threads that `brief` gives a value in."""
    if story is None:
        return ()
    return tuple(
        t for t in story.figure_threads if t.disputed and any(v.brief is brief for v in t.values)
    )
