"""Render the analysis of the briefs into site pages: Markdown with escaped HTML blocks, data
files and a feed. Renderers only format: what spans briefings is worked out by `analyse`.

`render_site` runs a list of page producers, each `f(SiteContext) -> Iterable[Page]`; a new kind of
page is a new producer appended to `PRODUCERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from briefgen.analysis import Analysis
from briefgen.errors import BriefgenError
from briefgen.records import Brief
from briefgen.render.brief import brief_pages, render_brief
from briefgen.render.context import Page, SiteContext
from briefgen.render.entities import actor_pages, place_pages
from briefgen.render.errors import errors_page
from briefgen.render.feeds import data_files, rss_feed
from briefgen.render.indexes import (
    briefing_index,
    country_pages,
    figure_pages,
    home_page,
    tag_pages,
    timeline_pages,
)
from briefgen.render.inputs import Digests
from briefgen.render.stories import story_pages

__all__ = ["PRODUCERS", "Page", "SiteContext", "render_brief", "render_site"]

Producer = Callable[[SiteContext], Iterable[Page]]

PRODUCERS: list[Producer] = [
    brief_pages,
    data_files,
    briefing_index,
    actor_pages,
    place_pages,
    timeline_pages,
    figure_pages,
    country_pages,
    tag_pages,
    rss_feed,
    errors_page,
    home_page,
    story_pages,
]
"""Everything the site is made of, in order."""


def render_site(
    analysis: Analysis,
    problems: Sequence[BriefgenError],
    *,
    briefings_dir: str,
    site_name: str,
    directory_urls: bool = True,
    site_url: str | None = None,
    pdfs: frozenset[str] = frozenset(),
    fingerprints: Iterable[tuple[Brief, str]] = (),
) -> Iterator[Page]:
    """Every generated page and data file of the site, one at a time (a large site is not held
    in memory at once); `pdfs` are ids of briefs with a PDF; `fingerprints` pair briefs with what
    stands for them in the digests of page inputs (see `Digests.known`; pairs, not a mapping: a
    brief's hash would read all of its content)."""
    digests = Digests()
    for brief, fingerprint in fingerprints:
        digests.known(brief, fingerprint)
    site = SiteContext(
        analysis=analysis,
        problems=problems,
        briefings_dir=briefings_dir,
        site_name=site_name,
        directory_urls=directory_urls,
        site_url=site_url or None,
        pdfs=pdfs,
        digests=digests,
    )
    for produce in PRODUCERS:
        yield from produce(site)
