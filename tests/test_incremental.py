"""An incremental build equals a clean build byte for byte: after an article is added, edited or
deleted and after the theme's configuration changes, with Material's search and with Pagefind.
Unchanged pages are really reused (hard-linked from the previous site), and a deleted article's
pages are gone."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from briefgen.extras import missing
from tests.conftest import FIXTURES, SEED, build, make_project

pytestmark = pytest.mark.slow

CORPUS = sorted((FIXTURES / "corpus").iterdir())
ADDED = FIXTURES / "articles" / "minister-visit.md"


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _clean_build(project: Path) -> Path:
    """The same project built from nothing: no previous site, no page store."""
    clean = project / "site-clean"
    shutil.rmtree(clean, ignore_errors=True)
    shutil.rmtree(project / ".briefgen-cache" / "pages", ignore_errors=True)
    assert build(project, "--strict", "-d", str(clean)) == 0
    shutil.rmtree(project / ".briefgen-cache" / "pages", ignore_errors=True)
    return clean


def _set_search(config: Path, search: str) -> None:
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["plugins"]["briefgen"] = dict(settings["plugins"]["briefgen"] or {}, search=search)
    if search == "pagefind":
        settings["plugins"].pop("search", None)
    config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")


def _incremental_equals_clean(project: Path) -> tuple[dict[str, str], int]:
    """Build incrementally, save the store, build clean, compare; returns the incremental tree
    and how many of its pages share their file with the site before this build."""
    site = project / "site"
    before = {p: p.stat().st_ino for p in site.rglob("*.html")} if site.exists() else {}
    store = project / ".briefgen-cache" / "pages"
    assert build(project, "--strict") == 0
    kept = shutil.copytree(store, project / "store-kept")
    shutil.rmtree(store)
    reused = sum(1 for p in site.rglob("*.html") if before.get(p) == p.stat().st_ino)
    tree = _tree(site)
    assert tree == _tree(_clean_build(project))
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(kept, store)
    shutil.rmtree(kept)
    return tree, reused


@pytest.mark.parametrize("search", ["material", "pagefind"])
def test_incremental_builds_equal_clean_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    if search == "pagefind" and missing("pagefind"):
        pytest.skip(str(missing("pagefind")))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    project = make_project(tmp_path, [SEED, *CORPUS])
    config = project / "mkdocs.yml"
    _set_search(config, search)
    assert build(project, "--strict") == 0
    pages = len(list((project / "site").rglob("*.html")))

    shutil.copy(ADDED, project / "seeds" / ADDED.name)  # added
    tree, reused = _incremental_equals_clean(project)
    assert reused > pages // 2, (reused, pages)

    edited = project / "seeds" / CORPUS[0].name  # edited
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nThe ministry said more inspections would follow.\n",
        encoding="utf-8",
    )
    _, reused = _incremental_equals_clean(project)
    assert reused > pages // 2

    # a correction changes a brief whose article did not change: the pages that show it are
    # rendered again (a brief stands in page digests by its article's cache key only when no
    # overrides file changed it)
    pinned = "Envoys agreed to meet again on the border question."
    (project / "seeds" / f"{SEED.stem}.overrides.yaml").write_text(
        f"summary: {pinned}\ntags: [border security]\n", encoding="utf-8"
    )
    corrected, reused = _incremental_equals_clean(project)
    assert reused > pages // 2
    assert corrected != tree
    briefings = (project / "site" / "briefings").rglob("index.html")
    assert any(pinned in page.read_text(encoding="utf-8") for page in briefings)

    gone = project / "seeds" / CORPUS[1].name  # deleted
    gone.unlink()
    after, reused = _incremental_equals_clean(project)
    assert reused > pages // 2
    lost = [uri for uri in set(tree) - set(after) if uri.startswith("briefings/")]
    assert lost, "the deleted article's briefing page is gone"

    settings = yaml.safe_load(config.read_text(encoding="utf-8"))  # the theme changed
    settings["theme"]["features"].append("navigation.footer")
    config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    _, reused = _incremental_equals_clean(project)
    assert reused == 0
