"""The page store: for each generated page of the last build of a site, the key its HTML was made
under, where that HTML is, and what else the page gave the build (its front matter and its
entries in Material's search index). The HTML itself stays in the built site: a page whose key is
unchanged is hard-linked from the previous site instead of being converted and rendered again.

A stored page counts only if its file in the previous site is still the one the store recorded
(same inode, size and modification time): a site edited, replaced or half-written by anything
else is rendered again, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.atomic import write_text
from briefgen.mkdocs.salt import FORMAT

log = logging.getLogger("briefgen.store")

Signature = tuple[int, int, int]
"""A file's inode, size and modification time (ns)."""


@dataclass(frozen=True, slots=True)
class Stored:
    """One page as the last build left it."""

    key: str
    """Digest of the page's Markdown, its place and the site's salt."""
    inputs: str | None
    """Digest of what the page was rendered from, its place and the salt, if its producer
    gave one (`briefgen.render.inputs`): the same inputs, the same Markdown."""
    dest: str
    """Its output file, relative to the site folder."""
    signature: Signature
    """The output file as written."""
    meta: dict[str, Any]
    """Its front matter (other plugins read it: tags)."""
    search: tuple[str, ...]
    """Its entries in Material's search index, each as JSON."""


def page_key(salt: str, src_uri: str, markdown: str, kind: str = "markdown") -> str:
    """The key of a page: the same key, the same HTML."""
    digest = hashlib.sha256(salt.encode())
    digest.update(b"\0" + src_uri.encode() + b"\0" + kind.encode() + b"\0")
    digest.update(markdown.encode("utf-8"))
    return digest.hexdigest()


def signature(path: Path) -> Signature | None:
    """What identifies the file at `path` as written, or None if there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def store_file(folder: Path, site: Path) -> Path:
    """Where the store of the site published at `site` is kept (in the cache folder)."""
    name = hashlib.sha256(str(site.resolve()).encode()).hexdigest()[:24]
    return folder / "pages" / f"{name}.json"


def load(path: Path | None) -> dict[str, Stored]:
    """The stored pages by source path; empty when there is no store or it is unreadable."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.info("%s: unreadable page store, every page is rendered (%s)", path, exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    try:
        return {
            src: Stored(key, inputs, dest, (sig[0], sig[1], sig[2]), meta, tuple(search))
            for src, (key, inputs, dest, sig, meta, search) in data["pages"].items()
        }
    except (KeyError, TypeError, ValueError, IndexError):
        return {}


def save(path: Path | None, site: Path, pages: dict[str, Stored]) -> None:
    """Write the store of the site just built at `site` (and drop stores of sites that are gone)."""
    if path is None:
        return
    rows = {
        src: [s.key, s.inputs, s.dest, list(s.signature), s.meta, list(s.search)]
        for src, s in pages.items()
    }
    data = {"format": FORMAT, "site": str(site.resolve()), "pages": rows}
    write_text(path, json.dumps(data, separators=(",", ":")), durable=False)
    _prune(path.parent, keep=path)


def _prune(folder: Path, keep: Path) -> None:
    """Stores of sites that no longer exist (`mkdocs serve` builds into a new temp folder each run)."""
    for other in folder.glob("*.json"):
        if other == keep:
            continue
        try:
            with other.open(encoding="utf-8") as handle:
                head = handle.read(512)
            site = json.loads(head[: head.index(',"pages"')] + "}")["site"]
        except (OSError, ValueError, KeyError):
            continue
        if not os.path.isdir(site):
            other.unlink(missing_ok=True)
