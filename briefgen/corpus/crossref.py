"""Actors, places, tags and countries across briefings. Actors and places are merged from the
records of every briefing that names them, by name and alias ("Stanikzai" in one article, "Sher
Mohammad Abbas Stanikzai" with that alias in another) and, for places, by country; each has a
page name (slug) of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from briefgen.countries import country_label
from briefgen.records import Actor, ActorKind, Brief, Place, PlaceKind, Quote
from briefgen.slugs import slugify, unique

T = TypeVar("T", Actor, Place)


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

    @property
    def role(self) -> str | None:
        """The role given by the newest briefing that states one."""
        return next((m.item.role for m in self.mentions if m.item.role), None)

    @property
    def quotes(self) -> list[tuple[Brief, Quote]]:
        """Quotations whose speaker is the actor (by any of its names in that briefing)."""
        found: list[tuple[Brief, Quote]] = []
        for m in self.mentions:
            names = {m.item.name.casefold(), *(a.casefold() for a in m.item.aliases)}
            found += [
                (m.brief, q) for q in m.brief.quotes if q.speaker and q.speaker.casefold() in names
            ]
        return found


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
class TagProfile:
    """A tag and the briefings that carry it."""

    slug: str
    """Page name, unique among tags."""
    name: str
    """The tag as most briefings write it."""
    briefs: tuple[Brief, ...]
    """Briefings with the tag, newest first."""


@dataclass(frozen=True, slots=True)
class CountryProfile:
    """A country and the briefings that name a place in it."""

    code: str
    """ISO 3166-1 alpha-2 code."""
    name: str
    """English name (the code when unknown)."""
    briefs: tuple[Brief, ...]
    """Briefings naming a place in it, newest first."""


def countries_of(brief: Brief) -> list[str]:
    """ISO codes of the countries a brief's places lie in, first named first."""
    return list(dict.fromkeys(p.country for p in brief.places if p.country))


def merge_countries(briefs: Sequence[Brief]) -> tuple[CountryProfile, ...]:
    """Countries of the places of `briefs` (newest first), in the most briefings first."""
    by_code: dict[str, list[Brief]] = {}
    for brief in briefs:
        for code in countries_of(brief):
            by_code.setdefault(code, []).append(brief)
    profiles = [CountryProfile(code, country_label(code), tuple(b)) for code, b in by_code.items()]
    return tuple(sorted(profiles, key=lambda c: (-len(c.briefs), c.name)))


def _group(
    briefs: Sequence[Brief], items: Callable[[Brief], Iterable[T]], key: Callable[[T, str], str]
) -> list[list[Mention[T]]]:
    """Mentions grouped by identity: same key, or one's name is another's unambiguous alias
    (joined as the connected parts of the graph of names and the aliases that link them)."""
    mentions = [Mention(b, item) for b in briefs for item in items(b)]
    if not mentions:
        return []
    number: dict[str, int] = {}
    named = [number.setdefault(key(m.item, m.item.name), len(number)) for m in mentions]
    alias_owners: dict[str, set[str]] = {}
    for m in mentions:
        for alias in m.item.aliases:
            alias_owners.setdefault(key(m.item, alias), set()).add(key(m.item, m.item.name))
    # "Johnson" as an alias of two different full names links neither of them
    links = [
        (number[alias], number[next(iter(owners))])
        for alias, owners in alias_owners.items()
        if alias in number and len(owners) == 1
    ]
    ends = np.array(links, dtype=np.int64).reshape(-1, 2)
    graph = sparse.coo_array(
        (np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(len(number), len(number))
    )
    _, part = csgraph.connected_components(graph, directed=False)
    merged: dict[int, list[Mention[T]]] = {}
    for m, n in zip(mentions, named, strict=True):
        merged.setdefault(int(part[n]), []).append(m)
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


def merge_actors(briefs: Sequence[Brief], rank: Mapping[str, int]) -> tuple[ActorProfile, ...]:
    """Actors merged across `briefs` (`rank`: brief id → place newest first), most named first."""
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


def merge_places(briefs: Sequence[Brief], rank: Mapping[str, int]) -> tuple[PlaceProfile, ...]:
    """Places merged across `briefs` by name, alias and country, most named first."""
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


def merge_tags(briefs: Sequence[Brief]) -> tuple[TagProfile, ...]:
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
