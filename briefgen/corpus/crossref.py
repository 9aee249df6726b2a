"""Actors, places, tags and countries across briefings. Actors and places are merged from the
records of every briefing that names them, by name and alias ("Stanikzai" in one article, "Sher
Mohammad Abbas Stanikzai" with that alias in another) and, for places, by country; each has a
page name (slug) of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefgen.corpus.merging import Mention, group_mentions, most_common, one_per_brief, slugs
from briefgen.corpus.names import full_names, title
from briefgen.countries import country_label
from briefgen.records import Actor, Brief, Place, Quote
from briefgen.wire import ActorKind, PlaceKind


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
    records: tuple[Mention[Actor], ...] = ()
    """Every record merged into it, two from a briefing that names it twice ("GM" and
    "General Motors")."""

    @property
    def role(self) -> str | None:
        """The role given by the newest briefing that states one."""
        return next((m.item.role for m in self.mentions if m.item.role), None)

    @property
    def quotes(self) -> list[tuple[Brief, Quote]]:
        """Quotations whose speaker is the actor (by any of its names in that briefing)."""
        names: dict[str, set[str]] = {}
        for m in self.records or self.mentions:
            names.setdefault(m.brief.id, set()).update(
                {m.item.name.casefold(), *(a.casefold() for a in m.item.aliases)}
            )
        return [
            (m.brief, q)
            for m in self.mentions
            for q in m.brief.quotes
            if q.speaker and q.speaker.casefold() in names[m.brief.id]
        ]


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


def merge_actors(
    briefs: Sequence[Brief], rank: Mapping[str, int], story_of: Mapping[str, str]
) -> tuple[ActorProfile, ...]:
    """Actors merged across `briefs` (`rank`: brief id → place newest first; `story_of`: brief
    id → story id, where short forms are looked up), most named first; each titled by the
    name most briefings use that is not the initials or surname of another."""
    renamed = full_names(briefs, story_of)
    groups = group_mentions(briefs, lambda b: b.actors, lambda _a, name: name.casefold(), renamed)
    titles = [most_common(title([m.item.name for m in g]) or [g[0].item.name]) for g in groups]
    order = sorted(
        range(len(groups)), key=lambda i: (-len({m.brief.id for m in groups[i]}), titles[i])
    )
    groups, names = [groups[i] for i in order], [titles[i] for i in order]
    profiles = []
    for group, name, slug in zip(groups, names, slugs(names, "actor"), strict=True):
        aliases = {m.item.name for m in group} | {a for m in group for a in m.item.aliases}
        profiles.append(
            ActorProfile(
                slug=slug,
                name=name,
                kind=Counter(m.item.kind for m in group).most_common(1)[0][0],
                aliases=tuple(sorted(aliases - {name}, key=_alias_order)),
                mentions=tuple(one_per_brief(group, rank)),
                records=tuple(group),
            )
        )
    return tuple(profiles)


def merge_places(briefs: Sequence[Brief], rank: Mapping[str, int]) -> tuple[PlaceProfile, ...]:
    """Places merged across `briefs` by name, alias and country, most named first."""
    groups = group_mentions(
        briefs, lambda b: b.places, lambda p, name: f"{name.casefold()}|{p.country or ''}", {}
    )
    groups.sort(key=lambda g: (-len({m.brief.id for m in g}), most_common(m.item.name for m in g)))
    names = [most_common(m.item.name for m in g) for g in groups]
    profiles = []
    for group, name, slug in zip(groups, names, slugs(names, "place"), strict=True):
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
                aliases=tuple(sorted(aliases - {name}, key=_alias_order)),
                mentions=tuple(one_per_brief(group, rank)),
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
    names = [most_common(tag for tag, _ in g) for g in groups]
    return tuple(
        TagProfile(slug, name, tuple(b for _, b in g))  # one entry per brief: tags deduplicated
        for g, name, slug in zip(groups, names, slugs(names, "tag"), strict=True)
    )


def _alias_order(alias: str) -> tuple[str, str]:
    # by case-folded name, then as written: "X Government" and "X government" come from a set,
    # and without the second key their order (and so the page) would change from run to run
    return (alias.casefold(), alias)
