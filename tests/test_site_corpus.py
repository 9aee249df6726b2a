"""Cross-briefing pages of a real build of related articles (tests/fixtures/corpus) plus the seed."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import FIXTURES, SEED, build, make_project
from tests.test_site import parse

pytestmark = pytest.mark.slow

CORPUS = sorted((FIXTURES / "corpus").glob("*.md"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("corpus"), [SEED, *CORPUS])
    assert build(project, "--strict") == 0
    return project / "site"


def text_of(path: Path) -> str:
    return " ".join(" ".join(parse(path).parts).split())


def listed_briefings(path: Path) -> list[str]:
    """Ids of the briefings a page lists in its list of briefings."""
    html = path.read_text(encoding="utf-8")
    listing = html[html.index('<ul class="bg-briefings">') :]
    listing = listing[: listing.index("</ul>")]
    return re.findall(r'<li><a href="[./]*briefings/([^/"#]+)/">', listing)


def test_an_actor_page_lists_every_briefing_naming_it(site: Path) -> None:
    boeing = site / "actors" / "boeing" / "index.html"
    assert len(set(listed_briefings(boeing))) == len(CORPUS)  # every fixture article names Boeing
    calhoun = text_of(site / "actors" / "dave-calhoun" / "index.html")
    assert "a watershed moment for Boeing" in calhoun  # a quote, said as "Calhoun"
    assert "named in 2 briefings" in calhoun and "chief executive" in calhoun


def test_briefing_pages_link_actors_and_places_to_their_pages(site: Path) -> None:
    page = site / "briefings" / "inspections-ordered" / "index.html"
    if not page.exists():
        page = next((site / "briefings").glob("faa-orders-*/index.html"))
    hrefs = parse(page).hrefs
    assert "../../actors/boeing/" in hrefs and "../../places/renton/" in hrefs
    text = text_of(page)
    assert "Related briefings" in text and "shares" in text


def test_timeline_orders_events_across_briefings_newest_first(site: Path) -> None:
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    dates = re.findall(r'<th scope="row" class="bg-when"><a [^>]*>(\d{4}(?:-\d\d){0,2})</a>', html)
    assert len(dates) >= 8
    full = [d for d in dates if len(d) == 10]
    assert full == sorted(full, reverse=True)
    sources = set(
        re.findall(r'<td data-label="Briefing"><a href="\.\./briefings/([^/"]+)/">', html)
    )
    assert len(sources) >= 4
    months = re.findall(r"<h2[^>]*>([A-Z][a-z]+ \d{4})", html)
    assert (
        months[:3] == ["March 2024", "January 2024", "November 2023"] or months[0] == "March 2024"
    )


def test_place_pages_have_a_map_only_where_located(site: Path) -> None:
    tashkent = (site / "places" / "tashkent" / "index.html").read_text(encoding="utf-8")
    assert (
        tashkent.count('<figure class="bg-map">') == 1 and '<circle class="bg-map-main"' in tashkent
    )
    assert "41.26°N" in tashkent and "Uzbekistan" in tashkent
    unlocated = (site / "places" / "portland-international-airport" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "bg-map" not in unlocated and "coordinates unknown" in unlocated


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    # 404.html links from the site root (it is served at any depth)
    pages = [p for p in site.rglob("*.html") if "assets" not in p.parts and p.name != "404.html"]
    ids = {p: parse(p).ids for p in pages}
    checked = 0
    for page in pages:
        here = page.relative_to(site).parent.as_posix()
        for href in parse(page).hrefs:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("#", "mailto:")) or not parts.path:
                continue
            target = site / posixpath.normpath(posixpath.join(here, unquote(parts.path)))
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site)}: broken link {href}"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in ids[target], (
                    f"{page.relative_to(site)}: no #{parts.fragment}"
                )
            checked += 1
    assert checked > 200


def test_nav_lists_sections_not_actors_or_briefings(site: Path) -> None:
    html = (site / "actors" / "boeing" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    assert "Timeline" in nav and "Actors" in nav
    assert "Dave Calhoun" not in nav and "Uzbekistan Airways signs" not in nav


def test_countries_tags_and_home(site: Path) -> None:
    countries = text_of(site / "countries" / "index.html")
    assert "United States" in countries and "Uzbekistan" in countries
    assert "Boeing" in text_of(site / "tags" / "index.html")
    home = parse(site / "index.html")
    assert "actors/boeing/" in home.hrefs  # most mentioned actor, linked


def test_rss_feed_lists_briefings_newest_first(site: Path) -> None:
    root = ET.parse(site / "feed.xml").getroot()
    items = root.findall("./channel/item")
    assert len(items) == len(CORPUS) + 1
    titles = [i.findtext("title") for i in items]
    assert titles[0] == "Boeing chief executive Dave Calhoun to step down at the end of the year"
    for item in items:
        link = item.findtext("link") or ""
        assert (site / link / "index.html").exists()  # relative to the site root (no site_url)
