"""A brief against its gold file, family by family: recall and precision counts, and a Finding
for every miss and every wrong extraction, so that `briefgen eval --explain` can show each case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from briefgen.eval import checks
from briefgen.eval.gold import Gold, GoldActor, GoldFigure, GoldPlace, GoldSource
from briefgen.eval.score import Finding, Score, close, norm, same
from briefgen.families import SCORED
from briefgen.records import Actor, Brief, Evidence, Figure, Place, Source

FAMILIES = SCORED
"""Families scored with recall and precision (the registry's `scored` names)."""
EVENT_PARTS = ("who", "where", "when")
"""Parts of the main event scored as hits against the gold `event`."""


@dataclass(slots=True)
class Result:
    """Scores of one brief against its gold file."""

    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FAMILIES})
    """Recall and precision counts per family."""
    checks: dict[str, int] = field(default_factory=lambda: dict.fromkeys(checks.CHECKS, 0))
    """Counts of faults that must be zero."""
    event: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in EVENT_PARTS})
    """Main-event hits: `found` of `gold` per part."""
    findings: list[Finding] = field(default_factory=list)
    """Every miss, wrong extraction and fault, for reading."""


def score(brief: Brief, gold: Gold) -> Result:
    """Compare `brief` with `gold`, family by family, then run the checks."""
    result = Result()
    _actors(brief, gold, result)
    if gold.places_scored:
        _places(brief, gold, result)
    _figures(brief, gold, result)
    _dates(brief, gold, result)
    _quotes(brief, gold, result)
    _sources(brief, gold, result)
    _event(brief, gold, result)
    for finding in checks.run(brief, gold):
        result.checks[finding.family] += 1
        result.findings.append(finding)
    return result


def first(evidence: tuple[Evidence, ...]) -> int | None:
    """Start of the first evidence span, if any."""
    return evidence[0].start if evidence else None


def _names(actor: Actor | Place) -> set[str]:
    return {norm(actor.name), *(norm(a) for a in actor.aliases)} - {""}


def match_actor(item: GoldActor, actors: Iterable[Actor]) -> Actor | None:
    """The extracted actor that goes by one of the gold actor's names."""
    wanted = {norm(n) for n in item.names}
    return next((a for a in actors if _names(a) & wanted), None)


def _actors(brief: Brief, gold: Gold, result: Result) -> None:
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


def _places(brief: Brief, gold: Gold, result: Result) -> None:
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


def _figure_match(item: GoldFigure, figure: Figure) -> bool:
    if item.value is None:
        return False

    def equal(a: float | None, b: float | None) -> bool:
        if a is None or b is None:
            return a is b
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))

    label = norm(figure.about)
    return (
        equal(figure.value, item.value)
        and equal(figure.high, item.high)
        and all(norm(w) in label for w in item.label)
    )


def _same_words(a: str, b: str) -> bool:
    x, y = norm(a), norm(b)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def _figures(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["figures"]
    vague = [f for f in gold.figures if f.value is None and f.text]
    for item in gold.figures:
        counts.gold += 1
        if item.value is None:
            numbered = [f for f in brief.figures if item.text and _same_words(f.text, item.text)]
            if numbered:
                result.findings.append(
                    Finding(
                        "figures",
                        "miss",
                        f"vague {item.text!r} got the number {numbered[0].value:g}",
                        needle=item.text,
                    )
                )
            else:
                counts.found += 1
            continue
        if any(_figure_match(item, f) for f in brief.figures):
            counts.found += 1
            continue
        same_value = [f"{f.text!r}: {f.about!r}" for f in brief.figures if f.value == item.value]
        want = f"{item.value:g}" + (f"-{item.high:g}" if item.high is not None else "")
        result.findings.append(
            Finding(
                "figures",
                "miss",
                f"{item.text or want!r} = {want} [{' '.join(item.label)}]"
                + (f"; got {', '.join(same_value)}" if same_value else ""),
                needle=item.text,
            )
        )
    for fig in brief.figures:
        counts.extracted += 1
        right = any(_figure_match(item, fig) for item in gold.figures)
        counts.right += right
        if not right:
            why = (
                " (a vague quantity)"
                if any(_same_words(fig.text, v.text or "") for v in vague)
                else ""
            )
            high = f"-{fig.high:g}" if fig.high is not None else ""
            result.findings.append(
                Finding(
                    "figures",
                    "extra",
                    f"{fig.text!r} = {fig.value:g}{high}: {fig.about!r}{why}",
                    at=first(fig.evidence),
                )
            )


def _dates(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["dates"]
    for item in gold.dates:
        counts.gold += 1
        if any(close(e.text, item.text, slack=4) and e.date == item.date for e in brief.timeline):
            counts.found += 1
            continue
        got = [f"{e.text!r}={e.date}" for e in brief.timeline if close(e.text, item.text, 4)]
        result.findings.append(
            Finding(
                "dates",
                "miss",
                f"{item.text!r} = {item.date}" + (f"; got {', '.join(got)}" if got else ""),
                needle=item.text,
            )
        )
    for event in brief.timeline:
        counts.extracted += 1
        right = any(
            close(event.text, item.text, slack=4) and event.date == item.date for item in gold.dates
        )
        counts.right += right
        if not right:
            result.findings.append(
                Finding(
                    "dates", "extra", f"{event.text!r} = {event.date}", at=first(event.evidence)
                )
            )


def _speaker_match(speaker: str | None, wanted: tuple[str | None, ...]) -> bool:
    return any(speaker is None if w is None else close(speaker, w, slack=2) for w in wanted)


def _quotes(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["quotes"]
    for item in gold.quotes:
        counts.gold += 1
        opening = norm(item.text)
        if any(
            norm(q.text).startswith(opening) and _speaker_match(q.speaker, item.speakers)
            for q in brief.quotes
        ):
            counts.found += 1
            continue
        got = [q.speaker for q in brief.quotes if norm(q.text).startswith(opening)]
        result.findings.append(
            Finding(
                "quotes",
                "miss",
                f"{item.text!r} by {item.speakers[0]!r}"
                + (f"; got speaker {got[0]!r}" if got else "; not extracted"),
                needle=item.text,
            )
        )
    for quote in brief.quotes:
        counts.extracted += 1
        right = any(
            norm(quote.text).startswith(norm(item.text))
            and _speaker_match(quote.speaker, item.speakers)
            for item in gold.quotes
        )
        counts.right += right
        if not right:
            words = quote.text.split()
            opening = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
            result.findings.append(
                Finding(
                    "quotes", "extra", f"{opening!r} by {quote.speaker!r}", at=first(quote.evidence)
                )
            )


def _source_match(item: GoldSource, source: Source) -> bool:
    return item.anonymous == source.anonymous and any(
        close(source.description, n, slack=6) or same(source.description, n)
        for n in (item.description, *item.aliases)
    )


def _sources(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["sources"]
    for item in gold.sources:
        counts.gold += 1
        if any(_source_match(item, s) for s in brief.sources):
            counts.found += 1
            continue
        kind = "anonymous" if item.anonymous else "named"
        result.findings.append(
            Finding("sources", "miss", f"{item.description!r} ({kind})", needle=item.description)
        )
    for source in brief.sources:
        counts.extracted += 1
        right = any(_source_match(item, source) for item in gold.sources)
        counts.right += right
        if not right:
            kind = "anonymous" if source.anonymous else "named"
            result.findings.append(
                Finding(
                    "sources",
                    "extra",
                    f"{source.description!r} ({kind})",
                    at=first(source.evidence),
                )
            )


def _overlaps(a: str, b: str) -> bool:
    """One names the other: the same words, or one's words inside the other's."""
    return _same_words(a, b)


def _event(brief: Brief, gold: Gold, result: Result) -> None:
    wanted = gold.event
    if wanted is None:
        return
    event = brief.event
    at = first(event.what.evidence) if event else None
    parts: dict[str, tuple[tuple[str, ...], list[str]]] = {
        "who": (wanted.who, [c.text for c in event.who] if event else []),
        "where": (wanted.where, [c.text for c in event.where] if event else []),
    }
    # a gold name also counts in the forms its actor or place entry gives it
    aliases = {norm(n): a.names for a in gold.actors for n in a.names} | {
        norm(n): p.names for p in gold.places for n in p.names
    }
    for part, (want, got) in parts.items():
        if not want:
            continue
        result.event[part].gold += 1
        forms = [f for w in want for f in aliases.get(norm(w), (w,))] + list(want)
        if any(_overlaps(g, f) for g in got for f in forms):
            result.event[part].found += 1
        else:
            result.findings.append(
                Finding(f"event {part}", "miss", f"want {list(want)}, got {got}", at=at)
            )
    if wanted.when is not None:
        result.event["when"].gold += 1
        when = event.when if event else None
        if when is not None and when.date == wanted.when:
            result.event["when"].found += 1
        else:
            got_when = f"{when.text!r}={when.date}" if when else None
            result.findings.append(
                Finding("event when", "miss", f"want {wanted.when}, got {got_when}", at=at)
            )
