"""Gold files (tests/gold/*.yaml): what a careful reader finds in one article, and how a brief scores."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import BriefgenError
from briefgen.eval.score import Score, close, norm, same
from briefgen.records import Actor, Brief

FAMILIES = ("actors", "roles", "figures", "dates", "quotes", "anonymous sources", "named sources")
# Words that mark a name as page furniture rather than an actor; kept apart from the extractor's list.
_BOILERPLATE = re.compile(
    r"\b(image|copyright|caption|photo|getty|share|read|subscribe|click|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\d",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Result:
    """Scores of one brief against its gold file."""

    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FAMILIES})
    """Counts per fact family."""
    places_as_people: list[str] = field(default_factory=list)
    """Extracted people that the gold file lists as places."""
    boilerplate: list[str] = field(default_factory=list)
    """Extracted actors whose names are page furniture."""
    misses: list[str] = field(default_factory=list)
    """One line per gold item not found, for reading."""


def load(path: Path) -> dict[str, Any]:
    """The gold mapping in `path`; its `article` is resolved against the repository root."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "article" not in data:
        raise BriefgenError(str(path), 1, "a gold file is a mapping with an 'article' path")
    return data


def score(brief: Brief, gold: dict[str, Any]) -> Result:
    """Compare `brief` with `gold`, family by family."""
    result = Result()
    _actors(brief, gold, result)
    _figures(brief, gold, result)
    _dates(brief, gold, result)
    _quotes(brief, gold, result)
    _sources(brief, gold, result)
    return result


def _names(item: dict[str, Any]) -> list[str]:
    return [item["name"], *item.get("aliases", [])]


def _match_actor(item: dict[str, Any], actors: tuple[Actor, ...]) -> Actor | None:
    wanted = {norm(n) for n in _names(item)}
    for actor in actors:
        if {norm(actor.name), *(norm(a) for a in actor.aliases)} & wanted:
            return actor
    return None


def _actors(brief: Brief, gold: dict[str, Any], result: Result) -> None:
    actors_score, roles_score = result.scores["actors"], result.scores["roles"]
    golds = gold.get("actors", [])
    optional = {norm(n) for n in gold.get("optional_actors", [])}
    matched: set[int] = set()
    for item in golds:
        actors_score.gold += 1
        actor = _match_actor(item, brief.actors)
        if actor is None:
            result.misses.append(f"actor {item['name']!r}")
        else:
            actors_score.found += 1
            matched.add(id(actor))
        if item.get("role"):
            roles_score.gold += 1
            roles = [item["role"], *item.get("roles", [])]
            if actor is not None and any(close(actor.role, r) for r in roles):
                roles_score.found += 1
            else:
                result.misses.append(
                    f"role of {item['name']!r}: want {item['role']!r}, got {actor.role if actor else None!r}"
                )
    for actor in brief.actors:
        if norm(actor.name) in optional and id(actor) not in matched:
            continue
        actors_score.extracted += 1
        actors_score.right += id(actor) in matched
        if actor.role is not None:
            roles_score.extracted += 1
            roles_score.right += any(
                close(actor.role, r)
                for item in golds
                if _match_actor(item, (actor,)) is not None
                for r in [item.get("role"), *item.get("roles", [])]
                if r
            )
    places = {norm(p) for p in gold.get("places", [])}
    result.places_as_people += [
        a.name for a in brief.actors if a.kind == "person" and norm(a.name) in places
    ]
    result.boilerplate += [a.name for a in brief.actors if _BOILERPLATE.search(a.name)]


def _figures(brief: Brief, gold: dict[str, Any], result: Result) -> None:
    figures = result.scores["figures"]

    def matches(item: dict[str, Any], value: float, about: str) -> bool:
        want = float(item["value"])
        words = [norm(w) for w in item.get("label", [])]
        return abs(value - want) <= 1e-6 * max(1.0, abs(want)) and all(
            w in norm(about) for w in words
        )

    for item in gold.get("figures", []):
        figures.gold += 1
        if any(matches(item, f.value, f.about) for f in brief.figures):
            figures.found += 1
        else:
            got = [(f.value, f.about) for f in brief.figures if f.value == float(item["value"])]
            result.misses.append(f"figure {item['value']} {item.get('label')}: got {got}")
    for fig in brief.figures:
        figures.extracted += 1
        figures.right += any(
            matches(item, fig.value, fig.about) for item in gold.get("figures", [])
        )


def _dates(brief: Brief, gold: dict[str, Any], result: Result) -> None:
    dates = result.scores["dates"]

    def matches(item: dict[str, Any], text: str, value: str | None) -> bool:
        want = None if item["date"] is None else str(item["date"])
        return close(text, item["text"], slack=4) and value == want

    for item in gold.get("dates", []):
        dates.gold += 1
        if any(matches(item, e.text, e.date) for e in brief.timeline):
            dates.found += 1
        else:
            got = [(e.text, e.date) for e in brief.timeline if close(e.text, item["text"], 4)]
            result.misses.append(f"date {item['text']!r} = {item['date']}: got {got}")
    for event in brief.timeline:
        dates.extracted += 1
        dates.right += any(matches(item, event.text, event.date) for item in gold.get("dates", []))


def _quotes(brief: Brief, gold: dict[str, Any], result: Result) -> None:
    quotes = result.scores["quotes"]

    def matches(item: dict[str, Any], text: str, speaker: str | None) -> bool:
        speakers = [item["speaker"], *item.get("speakers", [])]
        return norm(text).startswith(norm(item["text"])) and any(
            close(speaker, s, slack=2) for s in speakers
        )

    for item in gold.get("quotes", []):
        quotes.gold += 1
        if any(matches(item, q.text, q.speaker) for q in brief.quotes):
            quotes.found += 1
        else:
            got = [q.speaker for q in brief.quotes if norm(q.text).startswith(norm(item["text"]))]
            result.misses.append(f"quote {item['text']!r} by {item['speaker']!r}: got {got}")
    for quote in brief.quotes:
        quotes.extracted += 1
        quotes.right += any(
            matches(item, quote.text, quote.speaker) for item in gold.get("quotes", [])
        )


def _sources(brief: Brief, gold: dict[str, Any], result: Result) -> None:
    for anonymous, family in ((True, "anonymous sources"), (False, "named sources")):
        counts = result.scores[family]
        golds = [s for s in gold.get("sources", []) if bool(s.get("anonymous")) == anonymous]

        def matches(item: dict[str, Any], description: str) -> bool:
            names = [item["description"], *item.get("aliases", [])]
            return any(close(description, n, slack=6) or same(description, n) for n in names)

        for item in golds:
            counts.gold += 1
            if any(matches(item, s.description) for s in brief.sources if s.anonymous == anonymous):
                counts.found += 1
            else:
                result.misses.append(f"source {item['description']!r} (anonymous={anonymous})")
        for source in brief.sources:
            if source.anonymous != anonymous:
                continue
            counts.extracted += 1
            counts.right += any(matches(item, source.description) for item in golds)
