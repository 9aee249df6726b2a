"""The JSON contract: a Brief to and from the plain objects of DESIGN.md."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from briefgen.partial_date import PartialDate
from briefgen.records import (
    Actor,
    Brief,
    Cited,
    Event,
    Evidence,
    Figure,
    MainEvent,
    Outlook,
    Place,
    Quote,
    Source,
)


def to_dict(brief: Brief) -> dict[str, Any]:
    """The contract object for `brief`; evidence as [start, end] pairs."""
    data = asdict(brief)
    data["published"] = brief.published.isoformat() if brief.published else None
    data["sentences"] = [[s.start, s.end] for s in brief.sentences]
    for family in ("actors", "places", "figures", "timeline", "quotes", "sources", "outlook"):
        data[family] = list(data[family])
        for item in data[family]:
            item["evidence"] = [[e["start"], e["end"]] for e in item["evidence"]]
            for key, value in item.items():
                if isinstance(value, tuple):
                    item[key] = list(value)
    for family in ("figures",):
        for item in data[family]:
            for key in ("value", "high"):
                number = item[key]
                if number is not None and float(number).is_integer() and abs(number) < 2**53:
                    item[key] = int(number)
    data["event"] = _event_to_dict(brief.event)
    for key in ("key_points", "tags"):
        data[key] = list(data[key])
    return data


def to_json(brief: Brief) -> str:
    """One line of JSON Lines for `brief`."""
    return json.dumps(to_dict(brief), ensure_ascii=False, sort_keys=False)


def from_dict(data: dict[str, Any]) -> Brief:
    """Rebuild a Brief from its contract object (the inverse of `to_dict`)."""

    def ev(items: list[list[int]]) -> tuple[Evidence, ...]:
        return tuple(Evidence(int(s), int(e)) for s, e in items)

    def rows(name: str) -> list[dict[str, Any]]:
        return [dict(item, evidence=ev(item["evidence"])) for item in data[name]]

    def dated(name: str) -> list[dict[str, Any]]:
        return [dict(r, date=PartialDate(r["date"]) if r.get("date") else None) for r in rows(name)]

    return Brief(
        id=data["id"],
        source_path=data["source_path"],
        title=data["title"],
        title_generated=bool(data["title_generated"]),
        published=date.fromisoformat(data["published"]) if data.get("published") else None,
        source=data.get("source"),
        url=data.get("url"),
        dateline=data.get("dateline"),
        summary=data["summary"],
        key_points=tuple(data["key_points"]),
        actors=tuple(Actor(**dict(r, aliases=tuple(r["aliases"]))) for r in rows("actors")),
        places=tuple(Place(**dict(r, aliases=tuple(r["aliases"]))) for r in rows("places")),
        figures=tuple(
            Figure(**dict(r, value=float(r["value"]), high=_number(r.get("high"))))
            for r in rows("figures")
        ),
        timeline=tuple(Event(**r) for r in dated("timeline")),
        quotes=tuple(Quote(**r) for r in rows("quotes")),
        sources=tuple(Source(**r) for r in rows("sources")),
        tags=tuple(data["tags"]),
        body=data["body"],
        sentences=ev(data.get("sentences", [])),
        author=data.get("author"),
        outlook=tuple(Outlook(**r) for r in dated("outlook")) if "outlook" in data else (),
        event=_event_from_dict(data.get("event")),
    )


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


def _event_to_dict(event: MainEvent | None) -> dict[str, Any] | None:
    """The main event as plain objects: each part {text, evidence}, `when` a timeline row."""
    if event is None:
        return None

    def part(item: Cited | Event | None) -> dict[str, Any] | None:
        if item is None:
            return None
        return dict(asdict(item), evidence=[[e.start, e.end] for e in item.evidence])

    return {
        "what": part(event.what),
        "who": [part(p) for p in event.who],
        "when": part(event.when),
        "where": [part(p) for p in event.where],
        "why": part(event.why),
        "how": part(event.how),
    }


def _event_from_dict(data: dict[str, Any] | None) -> MainEvent | None:
    if data is None:
        return None

    def spans(item: dict[str, Any]) -> tuple[Evidence, ...]:
        return tuple(Evidence(int(s), int(e)) for s, e in item["evidence"])

    def cited(item: dict[str, Any] | None) -> Cited | None:
        return None if item is None else Cited(item["text"], spans(item))

    when = data.get("when")
    return MainEvent(
        what=Cited(data["what"]["text"], spans(data["what"])),
        who=tuple(Cited(p["text"], spans(p)) for p in data.get("who", [])),
        when=Event(
            **dict(
                when,
                evidence=spans(when),
                date=PartialDate(when["date"]) if when.get("date") else None,
            )
        )
        if when
        else None,
        where=tuple(Cited(p["text"], spans(p)) for p in data.get("where", [])),
        why=cited(data.get("why")),
        how=cited(data.get("how")),
    )
