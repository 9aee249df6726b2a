"""What a reader sees in a real headless Chromium: the seed's briefing page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests import browser as chromium

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"


def test_clicking_a_figure_highlights_its_sentence(
    browser: Browser, built_site: Path, seed_brief: dict[str, Any]
) -> None:
    with chromium.serve(built_site) as base:
        watched = chromium.watch(browser)
        page = watched.page
        page.goto(f"{base}briefings/{seed_brief['id']}/")
        page.get_by_role("link", name="800-kilometer").click()
        target = page.locator(".bg-s:target")
        assert "800-kilometer border with Afghanistan" in target.inner_text()
        # the highlight fades in (a 0.3 s transition): wait for it rather than read its first frame
        page.wait_for_function(
            "() => !['rgba(0, 0, 0, 0)', 'transparent']"
            ".includes(getComputedStyle(document.querySelector('.bg-s:target')).backgroundColor)",
            timeout=5000,
        )
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-briefing.png"), full_page=False)
        assert watched.console_errors == [] and watched.page_errors == []
        assert watched.outside_requests == []
        page.context.close()
