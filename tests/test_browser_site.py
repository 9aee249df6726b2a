"""A reader in a real headless Chromium: search, actor pages, and the offline site from file://."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests import browser as chromium
from tests.browser import expect
from tests.conftest import ROOT, SEED, build, make_project

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"


def _search(page: Page, query: str) -> Locator:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query)  # typed like a reader, key by key
    results = page.locator(".md-search-result__item a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=10_000)
    return results


def test_search_finds_the_seed_and_opens_it(
    browser: Browser, built_site: Path, seed_brief: dict[str, Any]
) -> None:
    with chromium.serve(built_site) as base:
        watched = chromium.watch(browser)
        page = watched.page
        page.goto(base)
        results = _search(page, "Stanikzai")
        hit = results.filter(has_text=str(seed_brief["title"])).first
        expect(hit).to_be_visible()
        hit.click()
        page.wait_for_url(f"**/briefings/{seed_brief['id']}/**")
        expect(page.locator("h1.bg-title")).to_contain_text(str(seed_brief["title"]))
        assert watched.console_errors == [] and watched.page_errors == []
        assert watched.outside_requests == []
        page.context.close()


def test_clicking_an_actor_opens_its_page_listing_the_briefing(
    browser: Browser, built_site: Path, seed_brief: dict[str, Any]
) -> None:
    with chromium.serve(built_site) as base:
        watched = chromium.watch(browser)
        page = watched.page
        page.goto(f"{base}briefings/{seed_brief['id']}/")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-briefing-top.png"))
        page.screenshot(path=str(ARTIFACTS / "seed-briefing-full.png"), full_page=True)
        page.locator(
            ".bg-actors table a.bg-actor", has_text="Sher Mohammad Abbas Stanikzai"
        ).click()
        page.wait_for_url("**/actors/**")
        expect(page.locator("h1.bg-title")).to_have_text("Sher Mohammad Abbas Stanikzai")
        listed = page.locator("ul.bg-briefings a", has_text=str(seed_brief["title"]))
        expect(listed).to_have_count(1)
        page.screenshot(path=str(ARTIFACTS / "actor-page.png"), full_page=True)
        # and the briefing's role link on the actor page lands on the highlighted sentence
        page.locator(".bg-roles table a.bg-fact").first.click()
        target = page.locator(".bg-s:target")
        expect(target).to_contain_text("Sher Mohammad Abbas Stanikzai")
        assert watched.console_errors == [] and watched.page_errors == []
        assert watched.outside_requests == []
        page.context.close()


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed built with mkdocs.offline.yml (Material's offline plugin, .html URLs)."""
    project = make_project(tmp_path_factory.mktemp("offline"), [SEED])
    shutil.copy(ROOT / "mkdocs.offline.yml", project / "mkdocs.offline.yml")
    assert build(project, "-f", str(project / "mkdocs.offline.yml"), "--strict") == 0
    return project / "site-offline"


def test_offline_site_searches_from_disk(
    browser: Browser, offline_site: Path, seed_brief: dict[str, Any]
) -> None:
    watched = chromium.watch(browser)
    page = watched.page
    page.goto((offline_site / "index.html").as_uri())
    results = _search(page, "Stanikzai")
    results.filter(has_text=str(seed_brief["title"])).first.click()
    page.wait_for_url(f"**/briefings/{seed_brief['id']}.html**")
    expect(page.locator("h1.bg-title")).to_contain_text(str(seed_brief["title"]))
    page.locator(".bg-actors table a.bg-actor").first.click()
    page.wait_for_url("**/actors/*.html")
    expect(page.locator("ul.bg-briefings a", has_text=str(seed_brief["title"]))).to_have_count(1)
    assert watched.console_errors == [] and watched.page_errors == []
    assert watched.outside_requests == []
    page.context.close()
