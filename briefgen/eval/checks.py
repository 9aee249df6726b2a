"""Faults that must never happen, whatever the recall: each is counted, and must count zero."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefgen.eval.gold import Gold
from briefgen.eval.score import Finding, norm
from briefgen.records import Brief, Evidence

CHECKS = (
    "places as people",
    "junk actors",
    "clutter",
    "narration quotes",
    "short events",
    "wrong country",
)
"""The checks, in the order they are reported."""

MIN_EVENT_WORDS = 3
"""A timeline row says what happened in at least this many words."""
CLUTTER_PIECE_WORDS = 6
"""A run of this many words of a clutter line counts as that clutter."""
# Names that are page furniture whatever the gold file says; kept apart from the extractor's list
# so the extractor cannot pass by sharing a blind spot with its judge.
_FURNITURE = re.compile(
    r"\b(image|copyright|caption|photo|getty|share|read|subscribe|click|newsletter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d",
    re.IGNORECASE,
)
# Double quotation marks of any glyph, paired in order within a paragraph: scraped copy mixes
# straight and curly marks and turns curly ones the wrong way ("…,“ Trump said. ”The …”, "…?”,
# “…’’), so the judge pairs marks by their order, not by their shape (a rule of its own, apart
# from the extractor's, so that the two cannot share a blind spot).
_MARK = re.compile(r"’’|''|[\"“”«»„]")


def run(brief: Brief, gold: Gold) -> Iterator[Finding]:
    """Every fault in `brief`, judged against `gold`."""
    yield from _places_as_people(brief, gold)
    yield from _junk_actors(brief, gold)
    yield from _clutter(brief, gold)
    yield from _narration(brief)
    yield from _short_events(brief)
    yield from _wrong_country(brief, gold)


def _at(evidence: tuple[Evidence, ...]) -> int | None:
    return evidence[0].start if evidence else None


def _places_as_people(brief: Brief, gold: Gold) -> Iterator[Finding]:
    places = {norm(n) for p in gold.places for n in p.names}
    people = {norm(n) for a in gold.actors if a.kind in {None, "person"} for n in a.names}
    for actor in brief.actors:
        names = {norm(n) for n in (actor.name, *actor.aliases)}
        if actor.kind == "person" and names & places and not names & people:
            yield Finding("places as people", "flag", repr(actor.name), at=_at(actor.evidence))


def _junk_actors(brief: Brief, gold: Gold) -> Iterator[Finding]:
    junk = [norm(n) for n in gold.not_actors]
    real = {norm(n) for a in gold.actors for n in a.names}
    for actor in brief.actors:
        names = [norm(n) for n in (actor.name, *actor.aliases)]
        if set(names) & real:
            continue
        hit = next((j for j in junk for n in names if j and f" {j} " in f" {n} "), None)
        if hit is None and _FURNITURE.search(actor.name):
            hit = "page furniture"
        if hit is not None:
            yield Finding("junk actors", "flag", f"{actor.name!r} ({hit})", at=_at(actor.evidence))


def _pieces(line: str) -> list[str]:
    """The clutter line, and each run of CLUTTER_PIECE_WORDS of its words if it is longer."""
    words = norm(line).split()
    if len(words) <= CLUTTER_PIECE_WORDS:
        return [" ".join(words)]
    return [
        " ".join(words[i : i + CLUTTER_PIECE_WORDS])
        for i in range(len(words) - CLUTTER_PIECE_WORDS + 1)
    ]


def _clutter(brief: Brief, gold: Gold) -> Iterator[Finding]:
    # an actor the gold file lists is no clutter, even when a clutter line names it too (an
    # agency credited on a line of its own and quoted in the story): as for junk actors
    real = {norm(n) for a in gold.actors for n in a.names} | {norm(n) for n in gold.optional_actors}
    places: list[tuple[str, str, int | None]] = [("summary", brief.summary, None)]
    places += [(f"key point {i + 1}", p, None) for i, p in enumerate(brief.key_points)]
    places += [
        ("actor name", a.name, _at(a.evidence))
        for a in brief.actors
        if not {norm(n) for n in (a.name, *a.aliases)} & real
    ]
    places += [("quote", q.text, _at(q.evidence)) for q in brief.quotes]
    for line in gold.clutter:
        # a rule line ("-", "___") has no words to find
        pieces = [p for p in _pieces(line) if re.search(r"\w", p)]
        for where, text, at in places:
            padded = f" {norm(text)} "
            if any(f" {p} " in padded for p in pieces):
                short = line if len(line) <= 60 else line[:57] + "…"
                yield Finding("clutter", "flag", f"{short!r} in {where}", needle=line, at=at)


def quoted_mask(body: str) -> list[bool]:
    """For each character of `body`, whether it stands between quotation marks.

    An opening mark with no closing one in its paragraph runs to the paragraph's end: a quotation
    that goes on into the next paragraph reopens it there, as news style does.
    """
    mask = [False] * len(body)
    offset = 0
    for line in body.split("\n"):
        marks = [m.span() for m in _MARK.finditer(line)]
        marks.append((len(line), len(line)))  # a mark left open runs to the paragraph's end
        for (start, _), (_, end) in zip(marks[::2], marks[1::2], strict=False):
            for i in range(offset + start, offset + end):
                mask[i] = True
        offset += len(line) + 1
    return mask


def _narration(brief: Brief) -> Iterator[Finding]:
    mask = quoted_mask(brief.body)
    for quote in brief.quotes:
        words = quote.text.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        start = max(0, (_at(quote.evidence) or 0) - 5)
        match = re.compile(pattern).search(brief.body, start) or re.search(pattern, brief.body)
        inside = 0 if match is None else sum(mask[match.start() : match.end()])
        span = 1 if match is None else match.end() - match.start()
        if inside / span < 0.8:
            opening = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
            yield Finding("narration quotes", "flag", repr(opening), at=_at(quote.evidence))


def _short_events(brief: Brief) -> Iterator[Finding]:
    for event in brief.timeline:
        if len(event.event.split()) < MIN_EVENT_WORDS:
            yield Finding(
                "short events", "flag", f"{event.text!r}: {event.event!r}", at=_at(event.evidence)
            )


def _wrong_country(brief: Brief, gold: Gold) -> Iterator[Finding]:
    if not gold.places_scored:
        return
    for place in brief.places:
        names = {norm(n) for n in (place.name, *place.aliases)}
        golds = [p for p in gold.places if names & {norm(n) for n in p.names}]
        if golds and all(p.country != place.country for p in golds):
            yield Finding(
                "wrong country",
                "flag",
                f"{place.name!r} in {place.country}, not {golds[0].country}",
                at=_at(place.evidence),
            )
