"""The page spool: a build's own folder, removed when it ends, and by the next build when the
build was killed; never a folder of a running build or one briefgen did not name."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefgen.spool import PREFIX, open_spool, spool_parent, sweep


def _dead_pid() -> int:
    """The pid of a process that has ended (and been waited for)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_spool_is_named_after_its_process_and_removed_by_cleanup(tmp_path: Path) -> None:
    spool = open_spool(tmp_path / "cache")
    folder = Path(spool.name)
    assert folder.parent == tmp_path / "cache"
    assert folder.name.startswith(f"{PREFIX}{os.getpid()}-")
    (folder / "briefings").mkdir()
    (folder / "briefings" / "a.md").write_text("# A\n", encoding="utf-8")
    spool.cleanup()
    assert not folder.exists()


def test_the_next_spool_removes_only_the_leftovers_of_dead_builds(tmp_path: Path) -> None:
    dead = tmp_path / f"{PREFIX}{_dead_pid()}-abc123"
    (dead / "briefings").mkdir(parents=True)
    (dead / "briefings" / "a.md").write_text("# A\n", encoding="utf-8")
    mine = tmp_path / f"{PREFIX}{os.getpid()}-mine"  # e.g. `mkdocs serve`'s running build
    mine.mkdir()
    unnamed = tmp_path / f"{PREFIX}x1y2z3"  # not named by this module: not ours to judge
    unnamed.mkdir()
    other = tmp_path / "entry.json"
    other.write_text("{}", encoding="utf-8")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = tmp_path / f"{PREFIX}{sleeper.pid}-live"
        running.mkdir()
        spool = open_spool(tmp_path)
        assert not dead.exists()
        assert mine.is_dir() and unnamed.is_dir() and other.is_file() and running.is_dir()
        spool.cleanup()
    finally:
        sleeper.kill()
        sleeper.wait()
    assert sweep(tmp_path) == [running]  # its process is gone now


def test_an_unwritable_spool_folder_falls_back_to_the_temp_folder(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    spool = open_spool(blocked)
    try:
        assert Path(spool.name).parent == Path(tempfile.gettempdir())
    finally:
        spool.cleanup()


@pytest.mark.parametrize(
    ("cache", "expected"),
    [(Path(".briefgen-cache"), "/p/.briefgen-cache"), (Path("/var/cache/b"), "/var/cache/b")],
)
def test_spools_live_in_the_projects_cache_folder(cache: Path, expected: str) -> None:
    assert spool_parent(Path("/p"), cache) == Path(expected)
    assert spool_parent(Path("/p"), None) == Path(tempfile.gettempdir())
