"""The previous output of `mkdocs build` and `mkdocs serve`, moved out of MkDocs' way, and the
log messages about the pages linked from it."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Container
from pathlib import Path

_PREVIOUS = ".briefgen-previous-"


def move_aside(site: Path) -> Path:
    """Rename the site folder out of MkDocs' way and give it back empty (its dotfiles kept)."""
    aside = Path(tempfile.mkdtemp(prefix=f"{_PREVIOUS}{site.name}-", dir=site.parent))
    os.rmdir(aside)
    os.replace(site, aside)
    site.mkdir()
    for entry in aside.iterdir():
        if entry.name.startswith("."):  # MkDocs keeps them too
            os.replace(entry, site / entry.name)
    return aside


class SkippedPages(logging.Filter):
    """Drops MkDocs' 'Page skipped … empty output' for the pages linked from the previous site."""

    def __init__(self, reused: Container[str]) -> None:
        super().__init__()
        self.reused = reused

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Page skipped: '"):
            return message[len("Page skipped: '") :].split("'", 1)[0] not in self.reused
        return True
