"""Pages for what spans briefings: one per actor and per place, and their paginated indexes."""

from __future__ import annotations

from typing import Any

from briefgen.corpus.crossref import ActorProfile, PlaceProfile
from briefgen.countries import country_label
from briefgen.render.brief import role_sentence
from briefgen.render.context import (
    ACTORS,
    PLACES,
    Page,
    SiteContext,
    country_uri,
)
from briefgen.render.links import Href, sentence_anchor
from briefgen.render.maps import WORLD, around, plan_map
from briefgen.render.paging import Chunk, paged_pages


def actor_uri(profile: ActorProfile) -> str:
    """The page of an actor."""
    return f"{ACTORS}/{profile.slug}.md"


def place_uri(profile: PlaceProfile) -> str:
    """The page of a place."""
    return f"{PLACES}/{profile.slug}.md"


def actor_pages(site: SiteContext) -> list[Page]:
    """A page per actor (paginated list of briefings), and the actor index."""
    pages: list[Page] = []
    common: dict[str, Any] = {
        "actors": f"{ACTORS}/index.md",
        "actor_uri": actor_uri,
        "sentence": sentence_anchor,
        "role_sentence": role_sentence,
    }
    for profile in site.view.actors:
        pages += paged_pages(
            site,
            actor_uri(profile),
            profile.mentions,
            template="actor.md.j2",
            title=profile.name,
            description=f"{profile.name}: {profile.kind} named in {len(profile.mentions)} briefings",
            profile=profile,
            roles=[m for m in profile.mentions if m.item.role or m.item.affiliation],
            quotes=profile.quotes,
            **common,
        )
    pages += paged_pages(
        site,
        f"{ACTORS}/index.md",
        site.view.actors,
        template="actors.md.j2",
        title="Actors",
        description="Actors across the briefings",
        **common,
    )
    return pages


def place_pages(site: SiteContext) -> list[Page]:
    """A page per place (with a small map where located), and the place index."""
    pages: list[Page] = []
    page_of = {p.slug: place_uri(p) for p in site.view.places}
    common: dict[str, Any] = {
        "places": f"{PLACES}/index.md",
        "place_uri": place_uri,
        "country_uri": country_uri,
        "country_name": country_label,
        "sentence": sentence_anchor,
    }
    for profile in site.view.places:

        def place_map(
            chunk: Chunk[Any], href: Href, profile: PlaceProfile = profile
        ) -> dict[str, Any]:
            if profile.lat is None or profile.lon is None or chunk.number != 1:
                return {"map": None}
            frame = around(profile.lat, profile.lon)
            caption = f"{profile.name} and other places of the briefings nearby"
            return {
                "map": plan_map(site.view.places, frame, href, page_of, caption, main=profile.slug)
            }

        pages += paged_pages(
            site,
            place_uri(profile),
            profile.mentions,
            template="place.md.j2",
            title=profile.name,
            description=f"{profile.name}: named in {len(profile.mentions)} briefings",
            per_chunk=place_map,
            profile=profile,
            coordinates=_coordinates(profile),
            **common,
        )

    def world_map(chunk: Chunk[Any], href: Href) -> dict[str, Any]:
        caption = "The most named places of the briefings"
        return {
            "map": plan_map(site.view.places, WORLD, href, page_of, caption)
            if chunk.number == 1
            else None
        }

    pages += paged_pages(
        site,
        f"{PLACES}/index.md",
        site.view.places,
        template="places.md.j2",
        title="Places",
        description="Places across the briefings",
        per_chunk=world_map,
        **common,
    )
    return pages


def _coordinates(profile: PlaceProfile) -> str:
    if profile.lat is None or profile.lon is None:
        return ""
    lat = f"{abs(profile.lat):.2f}°{'N' if profile.lat >= 0 else 'S'}"
    lon = f"{abs(profile.lon):.2f}°{'E' if profile.lon >= 0 else 'W'}"
    return f"{lat} {lon}"
