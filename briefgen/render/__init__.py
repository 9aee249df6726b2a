"""Render briefs into site pages: Markdown with escaped HTML blocks, data files and a feed.

`render_site` runs a list of page producers, each `f(SiteContext) -> Iterable[Page]`; a new kind of
page is a new producer appended to `PRODUCERS`. Stories are computed first, because briefing
pages carry a story section (`SiteContext.sections`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime

from briefgen.corpus.view import view
from briefgen.errors import BriefgenError
from briefgen.records import Brief
from briefgen.render.brief import (
    brief_pages,
    fulltext_html,
    meta_line,
    number,
    render_brief,
    sentence_finder,
    when,
)
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
from briefgen.render.links import env, front_matter, href_from, url_of

__all__ = [
    "PRODUCERS",
    "Page",
    "SiteContext",
    "fulltext_html",
    "meta_line",
    "number",
    "render_brief",
    "render_site",
    "url_of",
    "when",
]

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
]
"""Everything the site is made of, in order."""


def build_date() -> date:
    """Today, or the date of $SOURCE_DATE_EPOCH: the date MkDocs stamps on a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


# names other modules have used since the foundation
_href_from = href_from
_front_matter = front_matter
_env = env
_meta_line = meta_line
_sentence_finder = sentence_finder


def render_site(
    briefs: Sequence[Brief],
    problems: Sequence[BriefgenError],
    *,
    folder: str,
    site_name: str,
    directory_urls: bool = True,
    site_url: str | None = None,
    pdfs: frozenset[str] = frozenset(),
) -> Iterator[Page]:
    """Every generated page and data file of the site, one at a time (a large site is not held
    in memory at once); `pdfs` are ids of briefs with a PDF."""
    from briefgen.render.stories import render_stories  # it builds on this package's helpers

    corpus = view(briefs)
    stories = render_stories(
        corpus.briefs, folder=folder, directory_urls=directory_urls, today=build_date()
    )
    site = SiteContext(
        view=corpus,
        problems=problems,
        folder=folder,
        site_name=site_name,
        directory_urls=directory_urls,
        site_url=site_url or None,
        pdfs=pdfs,
        sections=stories.sections,
    )
    for produce in PRODUCERS:
        yield from produce(site)
    yield from stories.pages
