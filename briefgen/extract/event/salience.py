"""The order of actors and places by how central they are: the main event's first, then those
the headline and the lead name, then by mentions in running text; a byline or a name seen only
in page furniture or related-story links last."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefgen.extract.event.lead import lead_clauses, running_text
from briefgen.extract.lang import en
from briefgen.extract.spans import cached, doc_text, names_in
from briefgen.records import Actor, Article, Evidence, MainEvent, Place


def _running_sentences(doc: Doc) -> tuple[list[int], list[bool]]:
    """Start offsets of the sentences, and whether each is running text (worked out once)."""
    sents = list(doc.sents)
    return [s.start_char for s in sents], [running_text(s) for s in sents]


def _mention_weight(doc: Doc, spans: Sequence[Evidence], author: str | None) -> tuple[int, bool]:
    """Mentions in running text, and whether the name is a byline ("By Sam Meredith")."""
    starts, running = cached(doc, "running", _running_sentences)
    text = doc_text(doc)
    count = 0
    byline = False
    for span in spans:
        index = bisect_right(starts, span.start) - 1
        count += index >= 0 and running[index]
        line_start = text.rfind("\n", 0, span.start) + 1
        if en.BYLINE.fullmatch(text[line_start : span.start]):
            byline = True
    if author and any(text[s.start : s.end] in author for s in spans):
        byline = True
    return count, byline


def _centrality(
    doc: Doc,
    article: Article,
    title: str,
    main: Span | None,
    names: Sequence[str],
    spans: Sequence[Evidence],
    in_event: bool,
) -> float:
    running, byline = _mention_weight(doc, spans, article.author)
    if byline or not running:
        return -1.0  # a byline or a name only in furniture or related links: never first
    in_title = names_in(names, title)
    in_main = main is not None and any(main.start_char <= s.start < main.end_char for s in spans)
    first = min((s.start for s in spans), default=len(doc_text(doc)))
    lead = lead_clauses(doc)
    early = bool(lead) and first < lead[-1].sentence.end_char
    return (
        8.0 * in_event + 3.0 * in_title + 2.0 * in_main + 1.0 * early + 2.0 * math.log2(1 + running)
    )


def rank_actors(
    doc: Doc, article: Article, title: str, actors: Sequence[Actor], event: MainEvent | None
) -> tuple[Actor, ...]:
    """Actors most central first: the main event's, then those in the headline and the lead,
    then by mentions in running text; a byline or a name seen only in page furniture last."""
    main = _main_span(doc, event)
    who = {c.text for c in event.who} if event else set()
    scores = {
        id(a): _centrality(
            doc, article, title, main, (a.name, *a.aliases), a.evidence, a.name in who
        )
        for a in actors
    }
    return tuple(sorted(actors, key=lambda a: -scores[id(a)]))


def rank_places(
    doc: Doc, article: Article, title: str, places: Sequence[Place], event: MainEvent | None
) -> tuple[Place, ...]:
    """Places most central first, by the same measure as actors; the dateline counts as a lead."""
    main = _main_span(doc, event)
    where = {n.casefold() for c in event.where for n in (c.text,)} if event else set()
    scores: dict[int, float] = {}
    for place in places:
        names = (place.name, *place.aliases)
        in_event = bool(where & {n.casefold() for n in names})
        if not place.evidence:  # only the dateline names it
            scores[id(place)] = 3.0 + 8.0 * in_event
            continue
        scores[id(place)] = _centrality(doc, article, title, main, names, place.evidence, in_event)
    return tuple(sorted(places, key=lambda p: -scores[id(p)]))


def _main_span(doc: Doc, event: MainEvent | None) -> Span | None:
    if event is None or not event.what.evidence:
        return None
    token = doc.char_span(
        event.what.evidence[0].start, event.what.evidence[0].end, alignment_mode="expand"
    )
    return token.sent if token is not None else None
