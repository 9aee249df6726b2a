"""What needs every brief at once: unique ids, newest-first order, and the cross-brief view.

The cross-brief view merges actors across briefs by name and alias ("Stanikzai" in one article,
"Sher Mohammad Abbas Stanikzai" with that alias in another), merges places by name and country,
lays every dated event on one timeline and relates briefs that share actors or places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Generic, TypeVar

import numpy as np
from scipy import sparse

from briefgen.records import Actor, ActorKind, Brief, Event, Place, PlaceKind
from briefgen.slugs import slugify, unique, unique_stable

MAX_RELATED = 5
"""Related briefings shown at the end of a briefing page."""
_BLOCK_ROWS = 256
"""Briefs whose shared names are counted at a time."""

T = TypeVar("T", Actor, Place)


def assign_ids(briefs: list[Brief]) -> list[Brief]:
    """Give every brief a unique, stable id; briefs sharing a title are told apart by their path."""
    ordered = sorted(briefs, key=lambda b: b.source_path)
    ids = unique_stable([_base_id(b) for b in ordered], [b.source_path for b in ordered])
    return [replace(b, id=i) for b, i in zip(ordered, ids, strict=True)]


def _base_id(brief: Brief) -> str:
    # a title in a script with no ASCII letters (Cyrillic, Arabic, Chinese …) slugs to nothing:
    # the file name is the next best stable name
    own = slugify(brief.id, fallback="")
    if own and (own != "briefing" or slugify(brief.title, fallback="")):
        return own
    return slugify(PurePosixPath(brief.source_path).stem)


def newest_first(briefs: Sequence[Brief]) -> list[Brief]:
    """Briefs by publication date, newest first; undated ones last, by title."""
    dated = sorted(
        (b for b in briefs if b.published), key=lambda b: (b.published, b.id), reverse=True
    )
    undated = sorted((b for b in briefs if not b.published), key=lambda b: b.title.casefold())
    return dated + undated


@dataclass(frozen=True, slots=True)
class Mention(Generic[T]):
    """One brief's record of a cross-brief actor or place."""

    brief: Brief
    """The briefing that names it."""
    item: T
    """The actor or place as that briefing extracted it."""


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """An actor merged across every briefing that names it."""

    slug: str
    """Page name, unique among actors."""
    name: str
    """The name most briefings use (the longest on a tie)."""
    kind: ActorKind
    """The kind most briefings give it."""
    aliases: tuple[str, ...]
    """Every other name used for it, in any briefing."""
    mentions: tuple[Mention[Actor], ...]
    """One per briefing, newest briefing first."""


@dataclass(frozen=True, slots=True)
class PlaceProfile:
    """A place merged across every briefing that names it."""

    slug: str
    """Page name, unique among places."""
    name: str
    """Canonical name."""
    kind: PlaceKind
    """The kind most briefings give it."""
    country: str | None
    """ISO 3166-1 alpha-2 code, if known."""
    lat: float | None
    """Latitude in degrees, if known."""
    lon: float | None
    """Longitude in degrees, if known."""
    aliases: tuple[str, ...]
    """Other spellings used in any briefing."""
    mentions: tuple[Mention[Place], ...]
    """One per briefing, newest briefing first."""


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event of one briefing placed on the corpus timeline."""

    brief: Brief
    """The briefing it comes from."""
    event: Event
    """The event, with a date that has a year."""


@dataclass(frozen=True, slots=True)
class Related:
    """A briefing related to another, and why."""

    brief: Brief
    """The related briefing."""
    shared: tuple[str, ...]
    """Names of the actors and places both briefings name, actors first."""


@dataclass(frozen=True, slots=True)
class TagProfile:
    """A tag and the briefings that carry it."""

    slug: str
    """Page name, unique among tags."""
    name: str
    """The tag as most briefings write it."""
    briefs: tuple[Brief, ...]
    """Briefings with the tag, newest first."""


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
    """Every event with a dated year, newest first."""
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


def view(briefs: Sequence[Brief]) -> CorpusView:
    """The cross-brief view of `briefs`."""
    ordered = newest_first(briefs)
    rank = {b.id: i for i, b in enumerate(ordered)}
    actors = _merge_actors(ordered, rank)
    places = _merge_places(ordered, rank)
    actor_slugs = {(m.brief.id, m.item.name): p.slug for p in actors for m in p.mentions}
    place_slugs = {(m.brief.id, m.item.name): p.slug for p in places for m in p.mentions}
    tags = _tags(ordered)
    return CorpusView(
        briefs=tuple(ordered),
        actors=actors,
        places=places,
        timeline=_timeline(ordered),
        related=_related(ordered, actors, places),
        actor_slugs=actor_slugs,
        place_slugs=place_slugs,
        tags=tags,
        tag_slugs={t.name.casefold(): t.slug for t in tags},
    )


class _Groups:
    """Union-find over string keys: names that turn out to denote the same thing."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _group(
    briefs: Sequence[Brief], items: Callable[[Brief], Iterable[T]], key: Callable[[T, str], str]
) -> list[list[Mention[T]]]:
    """Mentions grouped by identity: same key, or one's name is another's unambiguous alias."""
    mentions = [Mention(b, item) for b in briefs for item in items(b)]
    names = {key(m.item, m.item.name) for m in mentions}
    alias_owners: dict[str, set[str]] = {}
    for m in mentions:
        for alias in m.item.aliases:
            alias_owners.setdefault(key(m.item, alias), set()).add(key(m.item, m.item.name))
    groups = _Groups()
    for alias, owners in alias_owners.items():
        # "Johnson" as an alias of two different full names links neither of them
        if alias in names and len(owners) == 1:
            groups.join(alias, next(iter(owners)))
    merged: dict[str, list[Mention[T]]] = {}
    for m in mentions:
        merged.setdefault(groups.find(key(m.item, m.item.name)), []).append(m)
    return list(merged.values())


def _one_per_brief(mentions: list[Mention[T]], rank: Mapping[str, int]) -> list[Mention[T]]:
    """The first (most important) record per briefing, newest briefing first."""
    seen: dict[str, Mention[T]] = {}
    for m in sorted(mentions, key=lambda m: rank[m.brief.id]):  # stable: brief order kept
        seen.setdefault(m.brief.id, m)
    return list(seen.values())


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v), v))


def _slugs(names: list[str], fallback: str) -> list[str]:
    order = sorted(range(len(names)), key=lambda i: names[i].casefold())
    ids = unique([slugify(names[i], fallback) for i in order])
    result = [""] * len(names)
    for i, slug in zip(order, ids, strict=True):
        result[i] = slug
    return result


def _merge_actors(briefs: Sequence[Brief], rank: Mapping[str, int]) -> tuple[ActorProfile, ...]:
    groups = _group(briefs, lambda b: b.actors, lambda _a, name: name.casefold())
    groups.sort(key=lambda g: (-len({m.brief.id for m in g}), _most_common(m.item.name for m in g)))
    names = [_most_common(m.item.name for m in g) for g in groups]
    profiles = []
    for group, name, slug in zip(groups, names, _slugs(names, "actor"), strict=True):
        aliases = {m.item.name for m in group} | {a for m in group for a in m.item.aliases}
        profiles.append(
            ActorProfile(
                slug=slug,
                name=name,
                kind=Counter(m.item.kind for m in group).most_common(1)[0][0],
                aliases=tuple(sorted(aliases - {name}, key=str.casefold)),
                mentions=tuple(_one_per_brief(group, rank)),
            )
        )
    return tuple(profiles)


def _merge_places(briefs: Sequence[Brief], rank: Mapping[str, int]) -> tuple[PlaceProfile, ...]:
    groups = _group(
        briefs, lambda b: b.places, lambda p, name: f"{name.casefold()}|{p.country or ''}"
    )
    groups.sort(key=lambda g: (-len({m.brief.id for m in g}), _most_common(m.item.name for m in g)))
    names = [_most_common(m.item.name for m in g) for g in groups]
    profiles = []
    for group, name, slug in zip(groups, names, _slugs(names, "place"), strict=True):
        located = next((m.item for m in group if m.item.lat is not None), group[0].item)
        aliases = {m.item.name for m in group} | {a for m in group for a in m.item.aliases}
        profiles.append(
            PlaceProfile(
                slug=slug,
                name=name,
                kind=Counter(m.item.kind for m in group).most_common(1)[0][0],
                country=located.country,
                lat=located.lat,
                lon=located.lon,
                aliases=tuple(sorted(aliases - {name}, key=str.casefold)),
                mentions=tuple(_one_per_brief(group, rank)),
            )
        )
    return tuple(profiles)


def _tags(briefs: Sequence[Brief]) -> tuple[TagProfile, ...]:
    """Tags merged case-insensitively, most carried first."""
    by_key: dict[str, list[tuple[str, Brief]]] = {}
    for brief in briefs:
        for key, tag in {t.casefold(): t for t in reversed(brief.tags)}.items():
            by_key.setdefault(key, []).append((tag, brief))
    groups = sorted(by_key.values(), key=lambda g: (-len(g), g[0][0].casefold()))
    names = [_most_common(tag for tag, _ in g) for g in groups]
    return tuple(
        TagProfile(slug, name, tuple(b for _, b in g))  # one entry per brief: tags deduplicated
        for g, name, slug in zip(groups, names, _slugs(names, "tag"), strict=True)
    )


def _timeline(briefs: Sequence[Brief]) -> tuple[DatedEvent, ...]:
    """Events whose date has a year, newest first; ISO dates of mixed precision sort as text."""
    events = [
        DatedEvent(b, e)
        for b in briefs
        for e in b.timeline
        if e.date is not None and e.date.has_year
    ]
    # within one date, the newer briefing's account first (`briefs` is newest first; sort is stable)
    return tuple(sorted(events, key=lambda d: d.event.date or "", reverse=True))


def _related(
    briefs: Sequence[Brief],
    actors: Sequence[ActorProfile],
    places: Sequence[PlaceProfile],
) -> dict[str, tuple[Related, ...]]:
    """For each brief, others sharing actors or places, most shared first, then by id.

    Shared names are counted as a product of sparse brief-by-name matrices, a block of briefs
    at a time: a name in a thousand briefs makes a million pairs, too many for Python loops."""
    ordered = sorted(briefs, key=lambda b: b.id)
    row_of = {b.id: n for n, b in enumerate(ordered)}
    too_common = max(50, len(briefs) // 4)  # a name in most briefs relates nothing
    profiles: list[ActorProfile | PlaceProfile] = [*actors, *places]
    owners = [p for p in profiles if len(p.mentions) <= too_common]
    held: list[list[int]] = [[] for _ in ordered]
    """The owners (names) of each brief, in the order shared names are listed."""
    for number, owner in enumerate(owners):
        for mention in owner.mentions:
            held[row_of[mention.brief.id]].append(number)
    rows = np.repeat(np.arange(len(ordered)), [len(h) for h in held])
    cols = np.array([n for h in held for n in h], dtype=np.int64)
    names = sparse.csr_array(
        (np.ones(len(cols), np.int32), (rows, cols)), shape=(len(ordered), max(len(owners), 1))
    )
    of_name = names.T.tocsr()
    found: dict[str, tuple[Related, ...]] = {}
    for first in range(0, len(ordered), _BLOCK_ROWS):
        for offset, shared in enumerate((names[first : first + _BLOCK_ROWS] @ of_name).toarray()):
            row = first + offset
            shared[row] = 0
            others = np.flatnonzero(shared)
            best = others[np.lexsort((others, -shared[others]))][:MAX_RELATED]
            related = []
            for other in best.tolist():
                theirs = set(held[other])
                both = tuple(owners[n].name for n in held[row] if n in theirs)
                related.append(Related(ordered[other], both))
            found[ordered[row].id] = tuple(related)
    return {b.id: found[b.id] for b in briefs}


def related(briefs: list[Brief]) -> dict[str, list[tuple[Brief, int]]]:
    """For each brief id, other briefs sharing actors or places, most shared first."""
    return {
        key: [(r.brief, len(r.shared)) for r in value]
        for key, value in view(briefs).related.items()
    }
