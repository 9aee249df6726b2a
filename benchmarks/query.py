"""Bytes a Pagefind query downloads, measured in headless Chromium on the site served locally."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Request, sync_playwright

from tests import browser as chromium


def query_bytes(site: Path, queries: list[str]) -> list[dict[str, Any]]:
    """For each query typed into the `search/` page: results shown, requests and bytes it caused."""
    measured = []
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        with chromium.serve(site) as base:
            for query in queries:
                watched = chromium.watch(browser)
                page = watched.page
                page.goto(f"{base}search/")
                page.wait_for_load_state("networkidle")
                requests: list[Request] = []

                def finished(request: Request, seen: list[Request] = requests) -> None:
                    seen.append(request)

                page.on("requestfinished", finished)
                page.locator(".pagefind-ui__search-input").fill(query)
                page.locator(".pagefind-ui__message").filter(has_text=query).wait_for()
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(500)
                sizes = [(r.url, r.sizes()["responseBodySize"]) for r in requests]
                measured.append(
                    {
                        "query": query,
                        "message": page.locator(".pagefind-ui__message").inner_text(),
                        "requests": len(sizes),
                        "bytes": sum(size for _, size in sizes),
                        "largest": sorted(sizes, key=lambda s: -s[1])[:3],
                    }
                )
                page.context.close()
        browser.close()
    return measured
