"""The view of the corpus a reader of many briefings needs: briefings newest first, actors,
places and tags across them, one timeline, and related briefings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefgen.corpus.crossref import (
    ActorProfile,
    CountryProfile,
    PlaceProfile,
    TagProfile,
    merge_actors,
    merge_countries,
    merge_places,
    merge_tags,
)
from briefgen.corpus.related import Related, related
from briefgen.records import Brief, Event


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event of one briefing placed on the corpus timeline."""

    brief: Brief
    """The briefing it comes from."""
    event: Event
    """The event, with a date that has a year."""


@dataclass(frozen=True, slots=True)
class CorpusView:
    """Everything a reader of many briefings needs that no single briefing gives."""

    briefs: tuple[Brief, ...]
    """Every brief, newest first."""
    actors: tuple[ActorProfile, ...]
    """Actors, named in the most briefings first."""
    places: tuple[PlaceProfile, ...]
    """Places, named in the most briefings first."""
    timeline: tuple[DatedEvent, ...]
    """Every event with a dated year up to its briefing's publication, newest first."""
    related: Mapping[str, tuple[Related, ...]]
    """For each brief id, the briefs sharing most actors and places, best first."""
    actor_slugs: Mapping[tuple[str, str], str]
    """(brief id, actor name in that brief) → actor page slug."""
    place_slugs: Mapping[tuple[str, str], str]
    """(brief id, place name in that brief) → place page slug."""
    tags: tuple[TagProfile, ...] = ()
    """Tags, carried by the most briefings first."""
    tag_slugs: Mapping[str, str] = field(default_factory=dict)
    """Tag (case-folded) → tag page slug."""
    countries: tuple[CountryProfile, ...] = ()
    """Countries of the briefings' places, named in the most briefings first."""


def view(briefs: Sequence[Brief], story_of: Mapping[str, str] | None = None) -> CorpusView:
    """The cross-brief view of `briefs` (which have their ids); `story_of` (brief id → story id)
    says where a short name ("GM", "Khan") may find its full name beyond its own briefing."""
    ordered = newest_first(briefs)
    rank = {b.id: i for i, b in enumerate(ordered)}
    actors = merge_actors(ordered, rank, story_of or {})
    places = merge_places(ordered, rank)
    tags = merge_tags(ordered)
    return CorpusView(
        briefs=tuple(ordered),
        actors=actors,
        places=places,
        timeline=_timeline(ordered),
        related=related(ordered, actors, places),
        actor_slugs={(m.brief.id, m.item.name): p.slug for p in actors for m in p.records},
        place_slugs={(m.brief.id, m.item.name): p.slug for p in places for m in p.mentions},
        tags=tags,
        tag_slugs={t.name.casefold(): t.slug for t in tags},
        countries=merge_countries(ordered),
    )


def newest_first(briefs: Sequence[Brief]) -> list[Brief]:
    """Briefs by publication date, newest first; undated ones last, by title."""
    dated = sorted(
        (b for b in briefs if b.published), key=lambda b: (b.published, b.id), reverse=True
    )
    undated = sorted((b for b in briefs if not b.published), key=lambda b: b.title.casefold())
    return dated + undated


def _timeline(briefs: Sequence[Brief]) -> tuple[DatedEvent, ...]:
    """Events whose date has a year, up to their briefing's publication (what lies after is
    What's next), newest first; ISO dates of mixed precision sort as text."""
    events = [
        DatedEvent(b, e)
        for b in briefs
        for e in b.timeline
        if e.date and e.date.has_year and not (b.published and e.date.is_after(b.published))
    ]
    # within one date, the newer briefing's account first (`briefs` is newest first; sort is stable)
    return tuple(sorted(events, key=lambda d: d.event.date or "", reverse=True))
