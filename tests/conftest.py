"""Shared fixtures: a temp project with the real seed, built once per session with the real model."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

from briefgen.cli import main
from tests import browser as chromium

if TYPE_CHECKING:
    from playwright.sync_api import Browser
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "seeds" / "000_9e35455c8a55cd95.txt"


# `make test-fast` runs the property tests with a fifth of their examples (`examples`)
settings.register_profile("fast", max_examples=20)


def examples(count: int) -> int:
    """`count` Hypothesis examples in a full run; scaled by the profile's max_examples (100 by
    default), so that `--hypothesis-profile=fast` runs a fifth of them."""
    return max(5, count * settings().max_examples // 100)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/ and briefgen/brief.schema.json from the code (review the diff)",
    )


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite the expected files instead of comparing with them."""
    return bool(request.config.getoption("--update-goldens"))


def make_project(folder: Path, articles: list[Path]) -> Path:
    """A project folder like the repository's: mkdocs.yml, docs/, seeds/ holding `articles`."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    seeds = folder / "seeds"
    seeds.mkdir()
    for article in articles:
        shutil.copy(article, seeds / article.name)
    return folder


def build(project: Path, *extra: str) -> int:
    """Run `briefgen build` in-process on `project`; returns the exit code."""
    return main(["build", "-f", str(project / "mkdocs.yml"), *extra])


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the seed and the good fixture articles."""
    project = make_project(
        tmp_path_factory.mktemp("project"), [SEED, *sorted((FIXTURES / "articles").iterdir())]
    )
    assert build(project, "--strict") == 0
    return project / "site"


@pytest.fixture(scope="session")
def seed_brief(built_site: Path) -> dict[str, Any]:
    """The seed's contract object as published in the built site."""
    briefs = json.loads((built_site / "briefings" / "briefs.json").read_text(encoding="utf-8"))
    return next(b for b in briefs if b["source_path"].endswith(SEED.name))


@pytest.fixture(autouse=True)
def _no_unexpected_warnings(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Fail a test on a warning logged by briefgen or MkDocs, unless it is marked expect_warnings."""
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("expect_warnings"):
        return
    unexpected = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.startswith(("briefgen", "mkdocs"))
    ]
    if unexpected:
        pytest.fail("unexpected warnings: " + "; ".join(r.getMessage() for r in unexpected))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the session (the only place Playwright is started)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = chromium.launch(playwright)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def parse() -> Callable[[str], Doc]:
    """Parse a small text with the real configured spaCy model (loaded once per session)."""
    from briefgen.extract import nlp

    return nlp.parse
