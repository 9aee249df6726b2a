"""The Article record: one input file as read (in its own module: `records` is full)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True, slots=True)
class Article:
    """One input file as read: its text and what is known about it."""

    source_path: str
    """Path of the file as given to the reader (relative to the project where possible)."""
    body: str
    """The article text, after dateline and boilerplate handling; all offsets point into it."""
    title: str | None = None
    """The headline given by the file, if any."""
    published: date | None = None
    """Publication date, if the file states one."""
    source: str | None = None
    """Publisher or wire service ("RFE/RL")."""
    url: str | None = None
    """Where the article was published."""
    author: str | None = None
    """Byline, if given."""
    tags: tuple[str, ...] = ()
    """Tags the file gives itself (front matter)."""
    dateline: str | None = None
    """Place of a wire dateline ("ASHGABAT -- ") taken off the start of the text."""
    published_time: time | None = None
    """Clock time of publication on the `published` day, as the file states it (with its UTC
    offset where given); None when the file gives a date alone."""
    warnings: tuple[tuple[int, str], ...] = ()
    """(line, message) of what the reader left out but still built (`path:line:` warnings)."""
