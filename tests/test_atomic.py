"""Nothing lost: atomic files, a build killed with SIGKILL leaves the old site, the next one
recovers, overrides are never touched, and two builds of the same input are byte-identical."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen import atomic
from tests.conftest import FIXTURES, SEED, build, make_project


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the hash of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _usable(site: Path) -> None:
    """The home page and every page it links to locally exist, with their CSS and scripts."""
    home = (site / "index.html").read_text(encoding="utf-8")
    refs = [
        re.split(r"[#?]", ref)[0]
        for ref in re.findall(r'(?:href|src)="([^"]+)"', home)
        if ":" not in ref and not ref.startswith("#")
    ]
    assert len(refs) > 5
    for ref in refs:
        target = site / ref
        assert target.exists() or (target / "index.html").exists(), ref


def test_write_text_replaces_whole_files_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.json"
    atomic.write_text(target, "old")
    atomic.write_text(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]


@pytest.mark.slow
def test_a_build_killed_between_the_two_renames_gets_its_site_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    retired = tmp_path / ".briefgen-retired-site-abc"
    retired.mkdir()
    (retired / "index.html").write_text("old site", encoding="utf-8")
    staging = tmp_path / ".briefgen-staging-site-xyz"
    staging.mkdir()
    atomic.recover_dir(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def _start_build(project: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefgen", "build", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
@pytest.mark.expect_warnings
def test_sigkill_mid_build_leaves_the_old_site_and_the_next_build_recovers(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path, [SEED])
    overrides = project / "seeds" / f"{SEED.stem}.overrides.yaml"
    overrides.write_text("# a human's corrections, kept as written\n", encoding="utf-8")
    before_overrides = overrides.stat().st_mtime_ns, overrides.read_bytes()
    assert build(project) == 0
    site = project / "site"
    old = _tree(site)

    # a second article, then a build that is killed once it has begun writing the new site
    (project / "seeds" / "minister-visit.md").write_bytes(
        (FIXTURES / "articles" / "minister-visit.md").read_bytes()
    )
    process = _start_build(project, {})
    staged: list[Path] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        staged = [p for p in project.glob(".briefgen-staging-site-*") if any(p.iterdir())]
        if staged:
            break
        time.sleep(0.005)
    assert process.poll() is None, process.stderr.read() if process.stderr else ""
    process.send_signal(signal.SIGKILL)
    process.wait()
    if process.stderr:
        process.stderr.close()
    assert staged, "the build never started writing"
    cache = project / ".briefgen-cache"
    assert list(cache.glob("briefgen-pages-*")), "the killed build's page spool"

    assert _tree(site) == old  # the previous site, byte for byte
    _usable(site)

    assert build(project) == 0
    # the half-built folder is gone (the extraction cache beside it is meant to stay, and the
    # site it replaced is kept as the spare the next build builds into)
    assert sorted(p.name for p in project.glob(".briefgen-*")) == [
        ".briefgen-cache",
        ".briefgen-spare-site",
    ]
    assert not list(cache.glob("briefgen-pages-*"))  # the spools, the killed one's too
    assert (site / "briefings" / "foreign-minister-visits-tashkent-for-border-talks").is_dir()
    _usable(site)
    assert (overrides.stat().st_mtime_ns, overrides.read_bytes()) == before_overrides


@pytest.mark.slow
@pytest.mark.expect_warnings
def test_two_builds_of_the_same_input_are_byte_identical(tmp_path: Path) -> None:
    articles = [SEED, *sorted((FIXTURES / "articles").iterdir())]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = make_project(tmp_path / "a", articles), make_project(tmp_path / "b", articles)
    for project in (first, second):  # with a site_url the sitemap carries build dates
        config = project / "mkdocs.yml"
        config.write_text("site_url: https://example.org/\n" + config.read_text("utf-8"), "utf-8")
    # different hash seeds: nothing may depend on set or dict order of strings
    runs = [
        _start_build(first, {"PYTHONHASHSEED": "1", "SOURCE_DATE_EPOCH": "1700000000"}),
        _start_build(second, {"PYTHONHASHSEED": "2", "SOURCE_DATE_EPOCH": "1700000000"}),
    ]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err.decode()
    a, b = _tree(first / "site"), _tree(second / "site")
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []
    # the build's dates come from SOURCE_DATE_EPOCH (2023-11-14), not from the clock; what is
    # past on the upcoming page, from the newest briefing (2021-07-14), not from either
    assert "<lastmod>2023-11-14</lastmod>" in (first / "site" / "sitemap.xml").read_text("utf-8")
    upcoming = (first / "site" / "stories" / "upcoming" / "index.html").read_text("utf-8")
    assert "Dates before 2021-07-14, the publication date of the newest briefing" in upcoming


def test_written_files_are_readable_like_any_other(tmp_path: Path) -> None:
    """A temp file is private; the file it becomes must have the usual mode so a web server can read it."""
    mask = os.umask(0o022)
    try:
        atomic.write_bytes(tmp_path / "page.pdf", b"%PDF-1.7")
        atomic.write_bytes(tmp_path / "entry.json", b"{}", durable=False)
    finally:
        os.umask(mask)
    for name in ("page.pdf", "entry.json"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644


def test_the_replaced_site_is_the_spare_built_into_next_without_touching_the_live_site(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    with atomic.staging_dir(site, spare=True) as staged:
        for page in ("a", "gone"):
            (staged / page).mkdir()
            (staged / page / "index.html").write_text("first", encoding="utf-8")
        atomic.replace_dir(staged, site, spare=True)
    with atomic.staging_dir(site, spare=True) as staged:  # "gone" is gone; "a" is unchanged
        (staged / "a").mkdir()
        os.link(site / "a" / "index.html", staged / "a" / "index.html")
        atomic.replace_dir(staged, site, spare=True)
    assert (tmp_path / ".briefgen-spare-site" / "gone" / "index.html").exists()
    with atomic.staging_dir(site, spare=True) as staged:
        # the spare's folders are kept, its files are gone (unlinked: the live site keeps its own)
        assert (staged / "gone").is_dir() and not list(staged.rglob("*.html"))
        assert (site / "a" / "index.html").read_text(encoding="utf-8") == "first"
        (staged / "a" / "index.html").write_text("third", encoding="utf-8")
        atomic.prune_empty_dirs(staged)
        assert not (staged / "gone").exists() and (staged / "a").is_dir()
        atomic.replace_dir(staged, site, spare=True)
    assert (site / "a" / "index.html").read_text(encoding="utf-8") == "third"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".briefgen-spare-site", "site"]
