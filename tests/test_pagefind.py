"""`search: pagefind`: the built site carries a Pagefind index, and its search page finds briefings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

from briefgen.mkdocs.search import searchable
from tests import browser as chromium
from tests.conftest import SEED, build, make_project

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("pagefind"), [SEED])
    config = project / "mkdocs.yml"
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    plugins = settings["plugins"]
    if isinstance(plugins, dict):
        plugins["briefgen"] = dict(plugins["briefgen"] or {}, search="pagefind")
    else:
        at = next(i for i, p in enumerate(plugins) if isinstance(p, dict) and "briefgen" in p)
        plugins[at] = {"briefgen": dict(plugins[at]["briefgen"] or {}, search="pagefind")}
    config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    assert build(project, "--strict") == 0
    return project / "site"


def test_a_pagefind_query_finds_the_seed_briefing(browser: Browser, pagefind_site: Path) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    brief = json.loads((pagefind_site / "briefings" / "briefs.json").read_text(encoding="utf-8"))[0]
    assert (pagefind_site / "pagefind" / "pagefind-entry.json").is_file()
    query = str(brief["dateline"])
    with chromium.serve(pagefind_site) as base:
        watched = chromium.watch(browser)
        page = watched.page
        page.goto(f"{base}search/")
        page.locator(".pagefind-ui__search-input").fill(query)
        # Pagefind's UI shows results one by one as their fragments load: wait for the one we
        # expect instead of reading the list when the first result appears
        wanted = page.locator(f'.pagefind-ui__result-link[href="/briefings/{brief["id"]}/"]')
        try:
            wanted.wait_for(timeout=15_000)
        except PlaywrightTimeout:
            results = page.locator(".pagefind-ui__result-link")
            hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
            pytest.fail(f"the seed's briefing is not among the results: {hrefs}")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "pagefind-search.png"))
        wanted.click()
        page.wait_for_url(f"{base}briefings/{brief['id']}/")
        assert str(brief["summary"])[:40] in page.locator("article").inner_text()
        assert watched.console_errors == [] and watched.page_errors == []
        assert watched.outside_requests == []
        page.context.close()


def test_pagefind_indexes_the_marked_pages_and_not_the_later_pages_of_lists(
    pagefind_site: Path,
) -> None:
    entry = json.loads((pagefind_site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    indexed = sum(language["page_count"] for language in entry["languages"].values())
    pages = list(pagefind_site.rglob("*.html"))
    marked = [p for p in pages if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert indexed == len(marked) > 0
    seed_page = pagefind_site / "briefings" / "index.html"
    assert seed_page in marked


def test_a_later_page_of_a_list_is_left_out_of_the_index() -> None:
    html = '<body><article class="md-content__inner md-typeset"><h1>Boeing</h1></article></body>'
    assert "data-pagefind-body" in searchable(html, "actors/boeing.md")
    assert "data-pagefind-body" in searchable(html, "briefings/index.md")
    assert searchable(html, "actors/boeing/page/2.md") == html
    assert searchable(html, "page/3.md") == html


def test_without_the_setting_there_is_no_pagefind_index(built_site: Path) -> None:
    assert not (built_site / "pagefind").exists()
    assert not (built_site / "search" / "index.html").exists()
