"""Which place a name means: the candidate in the country the article is about.

A name alone is ambiguous ("Georgia", "Birmingham", "Montgomery"); the gazetteer ranks its
candidates by prominence, which picks the wrong one whenever the article is about the smaller
place. So every other place the article names votes for its country (a country named outright
and the dateline count most), and a name resolves to its candidate in the country with most
votes. Prominence still wins when the context's candidate is a village beside a metropolis
(London, Kentucky in a story about Washington), and never gives a world region ("Asia") or a US
state a town abroad.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from briefgen.extract import gazetteer
from briefgen.extract.gazetteer import Entry
from briefgen.extract.lang import en

# A candidate in the article's country loses to the best-ranked candidate when that one is a city
# this many times larger: "London" in a US story is still London, England.
_PROMINENCE = 20
_METROPOLIS = 500_000
_COUNTRY_VOTE, _DATELINE_VOTE, _PLACE_VOTE, _ALSO_VOTE = 4, 6, 2, 1
DEMONYM_VOTE = _PLACE_VOTE
# cities this large are anchors too: a name that may be one also votes for its country
_ANCHOR_POPULATION = 100_000
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern"})
_COMPASS |= {"eastern", "western", "upper", "lower", "greater", "inner", "outer"}
# words that close a place name the gazetteer holds without them ("Los Angeles County")
_GENERIC = frozenset({"county", "province", "region", "district", "state", "city", "island"})
_GENERIC |= {"islands", "beach", "valley", "area", "bay", "governorate", "prefecture"}
_GENERIC |= {"international", "constituency", "metropolitan"}


def is_us_state(entry: Entry) -> bool:
    return entry.kind == "region" and entry.country == "US"


def votes(names: Iterable[str], dateline: str | None) -> dict[str, Counter[str]]:
    """For each distinct name (by its `gazetteer.key`), the votes it gives each country."""
    given: dict[str, Counter[str]] = {}
    for name in names:
        if gazetteer.key(name) in given:
            continue
        found = gazetteer.candidates(name)
        vote: Counter[str] = Counter()
        for i, entry in enumerate(found):
            if entry.country is None:
                break  # a region spans countries: it says nothing of which one
            if i == 0 and entry.kind == "country":
                vote[entry.country] += _COUNTRY_VOTE
            elif i == 0:
                # a town's name is shared by towns everywhere: it says less than a city's
                small = entry.kind == "city" and entry.population < _ANCHOR_POPULATION
                vote[entry.country] += _ALSO_VOTE if small else _PLACE_VOTE
            elif (
                entry.kind == "country"
                or is_us_state(entry)
                or entry.population >= _ANCHOR_POPULATION
            ):
                vote[entry.country] += _ALSO_VOTE
        given[gazetteer.key(name)] = vote
    home = gazetteer.lookup(dateline) if dateline else None
    if home is not None and home.country:
        given.setdefault("\0dateline", Counter())[home.country] += _DATELINE_VOTE
    return given


def total(given: dict[str, Counter[str]]) -> Counter[str]:
    """Every name's votes together."""
    found: Counter[str] = Counter()
    for vote in given.values():
        found.update(vote)
    return found


def resolve(name: str, context: Counter[str]) -> Entry | None:
    """The place `name` stands for in an article whose other places give `context`."""
    found = gazetteer.candidates(name)
    if not found:
        return None
    if any(is_us_state(e) for e in found):
        # a US state is never a town abroad ("Virginia" in South Africa); a country may be meant
        found = tuple(e for e in found if e.country == "US" or e.kind != "city")
    best = found[0]
    if best.country is None:
        return best  # a world region, sea or continent
    local = [e for e in found if e.country and context[e.country] > 0]
    if not local:
        return best
    choice = max(local, key=lambda e: (context[e.country or ""], -found.index(e)))
    if choice is best:
        return best
    if best.kind == "country" and choice.kind == "city":
        return best  # "Jordan" the state, not a town of that name in the story's country
    if best.kind == "city" and best.population > _PROMINENCE * max(choice.population, 1):
        return best if choice.kind == "city" or _metropolis(best, name) else choice
    return choice


def _metropolis(city: Entry, name: str) -> bool:
    """A city of this size called by its own name is meant over a province of that name in
    another country, whatever else the article names: "Jerusalem" beside the West Bank is the
    city, "Manchester" in a story that names Jamaica is still Manchester, England."""
    return city.population >= _METROPOLIS and gazetteer.key(city.name) == gazetteer.key(name)


def main_country(context: Counter[str]) -> str | None:
    """The country the article is about, if one clearly leads the votes."""
    ranked = context.most_common(2)
    if len(ranked) == 1 and ranked[0][1] >= _PLACE_VOTE:
        return ranked[0][0]  # every place named lies in one country (towns, counties, streets)
    if not ranked or ranked[0][1] < _COUNTRY_VOTE:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


def by_parts(name: str, context: Counter[str]) -> Entry | None:
    """A name the gazetteer lacks, read from its known part: "North India", "Kowloon West",
    "Los Angeles County", "San Francisco Bay Area" (only the part's country is to be trusted)."""
    words = name.split()
    while len(words) > 1:
        if words[0].casefold() in _COMPASS:
            words = words[1:]
        elif words[-1].casefold() in _COMPASS | _GENERIC | en.FACILITY_WORDS:
            words = words[:-1]
        else:
            return None
        entry = resolve(" ".join(words), context)
        if entry is not None:
            return entry
    return None


def water(name: str) -> bool:
    """A sea, gulf or strait: water belongs to no one country ("Bering Sea", "Gulf of Mexico")."""
    words = name.casefold().split()
    return len(words) > 1 and (words[-1] in en.WATER_WORDS or words[0] in en.WATER_WORDS)


def place_word(name: str) -> bool:
    """A word in the name that makes it a place: a compass point, a kind of area, a site, water
    or land ("Kowloon West", "Terrigal Beach", "Tibetan Plateau")."""
    words = {w.casefold().rstrip(".") for w in name.split()}
    kinds = _COMPASS | _GENERIC | en.FACILITY_WORDS | en.WATER_WORDS | en.LAND_WORDS
    kinds |= {w.casefold().rstrip(".") for w in en.STREET_WORDS}
    return bool(words & kinds)


def water_country(name: str) -> str | None:
    """The country of water named after a region of that country ("Java Sea"); water named
    after a country or after nothing known borders several ("Gulf of Mexico", "Bering Sea")."""
    words = [w for w in name.split() if w.casefold() not in en.WATER_WORDS | {"of", "the"}]
    entry = gazetteer.lookup(" ".join(words)) if words else None
    return entry.country if entry is not None and entry.kind == "region" else None


def compass_word(name: str) -> bool:
    """A compass adjective alone ("Northern", "Central"): a direction, not a place's name."""
    return name.casefold() in _COMPASS and not compass_region(name)


def compass_region(name: str) -> bool:
    """A region of the country named by a compass word alone ("the South", "the Midwest")."""
    return name.casefold() in en.COMPASS_REGIONS
