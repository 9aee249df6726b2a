"""The named: actors (by any of their names), their roles, and places with their country."""

from __future__ import annotations

from collections.abc import Iterable

from briefgen.eval.gold import Gold, GoldActor, GoldPlace
from briefgen.eval.result import Result, first
from briefgen.eval.score import Finding, close, norm
from briefgen.records import Actor, Brief, Place


def _names(actor: Actor | Place) -> set[str]:
    return {norm(actor.name), *(norm(a) for a in actor.aliases)} - {""}


def match_actor(item: GoldActor, actors: Iterable[Actor]) -> Actor | None:
    """The extracted actor that goes by one of the gold actor's names."""
    wanted = {norm(n) for n in item.names}
    return next((a for a in actors if _names(a) & wanted), None)


def actors(brief: Brief, gold: Gold, result: Result) -> None:
    actors, roles = result.scores["actors"], result.scores["roles"]
    optional = {norm(n) for n in gold.optional_actors}
    matched: dict[int, GoldActor] = {}
    for item in gold.actors:
        actors.gold += 1
        actor = match_actor(item, brief.actors)
        if actor is None:
            result.findings.append(Finding("actors", "miss", repr(item.name), needle=item.name))
        else:
            actors.found += 1
            matched.setdefault(id(actor), item)
        if item.roles and item.role_required:
            roles.gold += 1
            if actor is not None and any(close(actor.role, r) for r in item.roles):
                roles.found += 1
            else:
                got = actor.role if actor else None
                result.findings.append(
                    Finding(
                        "roles",
                        "miss",
                        f"{item.name!r}: want {item.roles[0]!r}, got {got!r}",
                        needle=item.roles[0],
                    )
                )
    for actor in brief.actors:
        twin = matched.get(id(actor))
        if twin is None and _names(actor) & optional:
            continue
        actors.extracted += 1
        actors.right += twin is not None
        if twin is None:
            result.findings.append(
                Finding(
                    "actors", "extra", f"{actor.name!r} ({actor.kind})", at=first(actor.evidence)
                )
            )
        if actor.role is not None:
            roles.extracted += 1
            right = twin is not None and any(close(actor.role, r) for r in twin.roles)
            roles.right += right
            if not right:
                result.findings.append(
                    Finding(
                        "roles",
                        "extra",
                        f"{actor.name!r}: {actor.role!r}",
                        at=first(actor.evidence),
                    )
                )


def _place_match(item: GoldPlace, place: Place) -> bool:
    return bool({norm(n) for n in item.names} & _names(place))


def places(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["places"]
    right: set[int] = set()
    for item in gold.places:
        counts.gold += 1
        named = [p for p in brief.places if _place_match(item, p)]
        hit = next((p for p in named if p.country == item.country), None)
        if hit is not None:
            counts.found += 1
            right.add(id(hit))
            continue
        got = f"; got it in {named[0].country}" if named else ""
        result.findings.append(
            Finding("places", "miss", f"{item.name!r} ({item.country}){got}", needle=item.name)
        )
    for place in brief.places:
        counts.extracted += 1
        counts.right += id(place) in right
        if id(place) not in right:
            result.findings.append(
                Finding(
                    "places", "extra", f"{place.name!r} ({place.country})", at=first(place.evidence)
                )
            )
