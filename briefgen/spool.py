"""Spool folders: where a site build writes its generated pages for MkDocs to read one by one.

A build removes its spool when it ends, but a build that is killed (SIGKILL, a power cut) cannot,
so each spool is named after the process that made it (`briefgen-pages-PID-…`) and the next build
that opens a spool in the same folder removes those whose process is gone. The folder is the
project's cache folder when it keeps one (leftovers stay with the project, not in the machine's
temp folder), else the temp folder. A spool is only ever read by its own build: removing it never
touches the published site, whose replacement is atomic on its own (`briefgen.atomic`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

__all__ = ["PREFIX", "open_spool", "spool_parent", "sweep"]

log = logging.getLogger("briefgen.spool")

PREFIX = "briefgen-pages-"
_NAME = re.compile(re.escape(PREFIX) + r"(\d+)-\w+")


def spool_parent(root: Path, cache: Path | None) -> Path:
    """Where the project at `root` (its cache setting `cache`) keeps its spools."""
    return root / cache if cache is not None else Path(tempfile.gettempdir())


def open_spool(parent: Path) -> tempfile.TemporaryDirectory[str]:
    """A new, empty spool folder in `parent` (the temp folder when `parent` cannot be written),
    after the leftovers of dead builds there are removed. Its `cleanup()` removes it, and so does
    the interpreter's exit when the build never gets to call it."""
    try:
        parent.mkdir(parents=True, exist_ok=True)
        sweep(parent)
        return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-", dir=parent)
    except OSError as exc:
        fallback = Path(tempfile.gettempdir())
        if parent == fallback:
            raise
        log.info("%s: cannot hold the page spool (%s); using %s", parent, exc, fallback)
        return open_spool(fallback)


def sweep(parent: Path) -> list[Path]:
    """Remove the spools in `parent` whose build process no longer runs; returns them. Spools of
    running builds, and folders not named as this module names them, are left alone."""
    removed: list[Path] = []
    for path in parent.glob(f"{PREFIX}*"):
        match = _NAME.fullmatch(path.name)
        if match is None or not path.is_dir() or _running(int(match.group(1))):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
        log.info("%s: removed the page spool of a build that did not finish", path)
    return removed


def _running(pid: int) -> bool:
    """Whether a process `pid` runs on this machine (a reused pid only keeps a leftover longer)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, safe check elsewhere (os.kill would end the process): keep it
    try:
        os.kill(pid, 0)  # signal 0: no signal sent, only whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
