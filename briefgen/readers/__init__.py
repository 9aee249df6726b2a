"""Readers turn one input file into an Article; `read` picks the reader by file suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefgen.errors import ReadError
from briefgen.readers import html, markdown, text
from briefgen.records import Article

__all__ = ["OVERRIDES_SUFFIX", "READERS", "discover", "read"]

READERS: dict[str, Callable[[Path, str], Article]] = {
    ".txt": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
}
OVERRIDES_SUFFIX = ".overrides.yaml"


def read(path: Path, display_path: str | None = None) -> Article:
    """Read the article at `path`; errors name `display_path` (default: the path as given)."""
    shown = display_path if display_path is not None else str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(
            shown, 1, f"unknown article type {path.suffix!r}; use one of {', '.join(READERS)}"
        )
    try:
        return reader(path, shown)
    except OSError as exc:
        raise ReadError(shown, 1, f"cannot read file: {exc.strerror or exc}") from exc


def discover(folder: Path) -> list[Path]:
    """Article files in `folder` and below, in a stable order; hidden files and overrides skipped."""
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in READERS
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())
