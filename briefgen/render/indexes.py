"""Index pages: the home page, briefings, timeline, figures, countries and tags."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from briefgen.corpus.view import DatedEvent
from briefgen.records import Brief, Figure
from briefgen.render.context import (
    ACTORS,
    COUNTRIES,
    PLACES,
    STORIES,
    TAGS_DIR,
    Page,
    SiteContext,
    country_uri,
    tag_uri,
)
from briefgen.render.entities import actor_uri, place_uri
from briefgen.render.errors import errors_uri
from briefgen.render.links import front_matter, sentence_anchor
from briefgen.render.paging import paged_pages
from briefgen.templates import render

HOME_STORIES = 8
"""Stories on the home page, newest first (a briefing no other joins is a story of its own)."""
HOME_MEMBERS = 3
"""Briefings of a story listed under it on the home page, newest first."""
HOME_UPCOMING = 5
HOME_DISPUTED = 5
HOME_TOP = 10
TIMELINE = "timeline.md"
FIGURES = "figures.md"
TAGS = f"{TAGS_DIR}/index.md"
FEED = "feed.xml"


def briefing_index(site: SiteContext) -> list[Page]:
    """All briefings, newest first, 50 to a page."""
    return paged_pages(
        site,
        f"{site.briefings_dir}/index.md",
        site.view.briefs,
        template="briefings.md.j2",
        title="Briefings",
        description="All briefings",
        feed=FEED,
    )


def month_of(event: DatedEvent) -> str:
    """The timeline heading an event falls under ("July 2021", or "2021" for a year)."""
    text = event.event.date or ""
    if len(text) >= 7:
        return date(int(text[:4]), int(text[5:7]), 1).strftime("%B %Y")
    return f"{text[:4]}, no month given"


def timeline_pages(site: SiteContext) -> list[Page]:
    """Every dated event of every briefing, newest first, grouped by month."""
    events = site.view.timeline
    undated = any(e.date and not e.date.has_year for b in site.view.briefs for e in b.timeline)
    return paged_pages(
        site,
        TIMELINE,
        events,
        template="timeline.md.j2",
        title="Timeline",
        description="Every dated event of the briefings",
        per_chunk=lambda chunk, href: {
            "groups": [(k, list(g)) for k, g in groupby(chunk.items, key=month_of)]
        },
        briefs=len({e.brief.id for e in events}),
        undated=undated,
        upcoming=f"{STORIES}/upcoming.md",
        sentence=sentence_anchor,
    )


def figure_pages(site: SiteContext) -> list[Page]:
    """Every key figure of every briefing, newest briefing first."""
    figures: list[tuple[Brief, Figure]] = [(b, f) for b in site.view.briefs for f in b.figures]
    return paged_pages(
        site,
        FIGURES,
        figures,
        template="figures.md.j2",
        title="Key figures",
        description="Every key figure of the briefings",
        sentence=sentence_anchor,
    )


def country_pages(site: SiteContext) -> list[Page]:
    """A page per country listing its briefings, and the list of countries."""
    pages: list[Page] = []
    index = f"{COUNTRIES}/index.md"
    for country in site.view.countries:
        pages += paged_pages(
            site,
            country_uri(country.code),
            country.briefs,
            template="country.md.j2",
            title=country.name,
            description=f"Briefings about {country.name}",
            name=country.name,
            countries=index,
        )
    rows = [(c.name, country_uri(c.code), len(c.briefs)) for c in site.view.countries]
    body = render("countries.md.j2", countries=rows, href=site.href(index))
    pages.append(Page(index, front_matter("Countries", "Briefings by country") + body))
    return pages


def tag_pages(site: SiteContext) -> list[Page]:
    """A page per tag listing its briefings, and the list of tags, both paginated."""
    pages: list[Page] = []
    for tag in site.view.tags:
        pages += paged_pages(
            site,
            tag_uri(tag.slug),
            tag.briefs,
            template="tag.md.j2",
            title=f"Tag: {tag.name}",
            description=f"Briefings tagged {tag.name}",
            name=tag.name,
            tags=TAGS,
        )
    pages += paged_pages(
        site,
        TAGS,
        site.view.tags,
        template="tags.md.j2",
        title="Tags",
        description="Briefings by tag",
        tag_uri=tag_uri,
    )
    return pages


def home_page(site: SiteContext) -> list[Page]:
    """The home page: the latest stories with their bottom lines, what is coming up and what is
    disputed, the most mentioned actors and places, and the sections."""
    analysis = site.analysis
    briefs: Sequence[Brief] = site.view.briefs
    ahead = [u for u in analysis.upcoming if not u.past]
    body = render(
        "home.md.j2",
        site=site,
        site_name=site.site_name,
        count=len(briefs),
        stories=analysis.stories[:HOME_STORIES],
        grouped=len(analysis.grouped),
        members=HOME_MEMBERS,
        upcoming=ahead[::-1][:HOME_UPCOMING],
        upcoming_count=len(ahead),
        as_of=analysis.as_of,
        as_of_build=analysis.as_of_build,
        disputed=analysis.disputed[:HOME_DISPUTED],
        disputed_count=len(analysis.disputed),
        top_actors=site.view.actors[:HOME_TOP],
        top_places=site.view.places[:HOME_TOP],
        actor_uri=actor_uri,
        place_uri=place_uri,
        problems=[str(p) for p in site.problems],
        errors=errors_uri(site.briefings_dir),
        briefings=f"{site.briefings_dir}/index.md",
        stories_dir=STORIES,
        actors=f"{ACTORS}/index.md",
        places=f"{PLACES}/index.md",
        countries=f"{COUNTRIES}/index.md",
        timeline=TIMELINE,
        figures=FIGURES,
        tags=TAGS,
        feed=FEED,
        href=site.href("index.md"),
        fact=site.fact("index.md"),
    )
    return [Page("index.md", front_matter(site.site_name, f"{len(briefs)} briefings") + body)]
