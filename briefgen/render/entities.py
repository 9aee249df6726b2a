"""Pages for what spans briefings: one per actor and per place, and their paginated indexes."""

from __future__ import annotations

from briefgen.corpus import ActorProfile, PlaceProfile
from briefgen.records import Brief, Quote
from briefgen.render.brief import role_sentence, sentence_of
from briefgen.render.context import (
    ACTORS,
    PLACES,
    Page,
    SiteContext,
    country_name,
    country_uri,
)
from briefgen.render.links import env
from briefgen.render.maps import WORLD, around, plot_map
from briefgen.render.paging import paged_front_matter, paged_title, paginate, window


def actor_uri(profile: ActorProfile) -> str:
    """The page of an actor."""
    return f"{ACTORS}/{profile.slug}.md"


def place_uri(profile: PlaceProfile) -> str:
    """The page of a place."""
    return f"{PLACES}/{profile.slug}.md"


def latest_role(profile: ActorProfile) -> str | None:
    """The role given by the newest briefing that states one."""
    return next((m.item.role for m in profile.mentions if m.item.role), None)


def quotes_by(profile: ActorProfile) -> list[tuple[Brief, Quote]]:
    """Quotations whose speaker is the actor (by any of its names in that briefing)."""
    out: list[tuple[Brief, Quote]] = []
    for m in profile.mentions:
        names = {m.item.name.casefold(), *(a.casefold() for a in m.item.aliases)}
        out += [(m.brief, q) for q in m.brief.quotes if q.speaker and q.speaker.casefold() in names]
    return out


def actor_pages(site: SiteContext) -> list[Page]:
    """A page per actor (paginated list of briefings), and the actor index."""
    pages: list[Page] = []
    common = {
        "site": site,
        "window": window,
        "actors": f"{ACTORS}/index.md",
        "actor_uri": actor_uri,
        "sentence": sentence_of,
        "role_sentence": role_sentence,
    }
    for profile in site.view.actors:
        roles = [m for m in profile.mentions if m.item.role or m.item.affiliation]
        quotes = quotes_by(profile)
        for chunk in paginate(actor_uri(profile), profile.mentions):
            body = (
                env()
                .get_template("actor.md.j2")
                .render(
                    common,
                    profile=profile,
                    chunk=chunk,
                    roles=roles,
                    quotes=quotes,
                    href=site.href(chunk.src_uri),
                )
            )
            description = (
                f"{profile.name}: {profile.kind} named in {len(profile.mentions)} briefings"
            )
            title = paged_title(profile.name, chunk.number, chunk.total)
            pages.append(
                Page(chunk.src_uri, paged_front_matter(title, description, chunk.number) + body)
            )
    for index in paginate(f"{ACTORS}/index.md", site.view.actors):
        body = (
            env()
            .get_template("actors.md.j2")
            .render(
                common,
                chunk=index,
                total=len(site.view.actors),
                latest_role=latest_role,
                href=site.href(index.src_uri),
            )
        )
        title = paged_title("Actors", index.number, index.total)
        pages.append(
            Page(
                index.src_uri,
                paged_front_matter(title, "Actors across the briefings", index.number) + body,
            )
        )
    return pages


def place_pages(site: SiteContext) -> list[Page]:
    """A page per place (with a small map where located), and the place index."""
    pages: list[Page] = []
    page_of = {p.slug: place_uri(p) for p in site.view.places}
    common = {
        "site": site,
        "window": window,
        "places": f"{PLACES}/index.md",
        "place_uri": place_uri,
        "country_uri": country_uri,
        "country_name": country_name,
        "sentence": sentence_of,
    }
    for profile in site.view.places:
        located = profile.lat is not None and profile.lon is not None
        for chunk in paginate(place_uri(profile), profile.mentions):
            href = site.href(chunk.src_uri)
            map_ = None
            if located and chunk.number == 1:
                map_ = plot_map(
                    site.view.places,
                    around(profile.lat, profile.lon),  # type: ignore[arg-type]
                    href,
                    page_of,
                    f"{profile.name} and other places of the briefings nearby",
                    main=profile.slug,
                )
            body = (
                env()
                .get_template("place.md.j2")
                .render(
                    common,
                    profile=profile,
                    chunk=chunk,
                    map=map_,
                    coordinates=_coordinates(profile),
                    href=href,
                )
            )
            description = f"{profile.name}: named in {len(profile.mentions)} briefings"
            title = paged_title(profile.name, chunk.number, chunk.total)
            pages.append(
                Page(chunk.src_uri, paged_front_matter(title, description, chunk.number) + body)
            )
    for index in paginate(f"{PLACES}/index.md", site.view.places):
        href = site.href(index.src_uri)
        map_ = None
        if index.number == 1:
            map_ = plot_map(
                site.view.places, WORLD, href, page_of, "The most named places of the briefings"
            )
        body = (
            env()
            .get_template("places.md.j2")
            .render(common, chunk=index, total=len(site.view.places), map=map_, href=href)
        )
        title = paged_title("Places", index.number, index.total)
        pages.append(
            Page(
                index.src_uri,
                paged_front_matter(title, "Places across the briefings", index.number) + body,
            )
        )
    return pages


def _coordinates(profile: PlaceProfile) -> str:
    if profile.lat is None or profile.lon is None:
        return ""
    lat = f"{abs(profile.lat):.2f}°{'N' if profile.lat >= 0 else 'S'}"
    lon = f"{abs(profile.lon):.2f}°{'E' if profile.lon >= 0 else 'W'}"
    return f"{lat} {lon}"
