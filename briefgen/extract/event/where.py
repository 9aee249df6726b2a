"""Where: the most specific place the event verb's own phrases name, else the dateline."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefgen.extract.spans import doc_text, names_in
from briefgen.records import Article, Cited, Evidence, Place

_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_PLACE_DETAIL = {"facility": 0, "city": 1, "other": 2, "region": 3, "country": 4}


def find_where(
    doc: Doc,
    sent: Span,
    verb: Token,
    article: Article,
    title: str,
    places: Sequence[Place],
) -> tuple[Cited, ...]:
    """The most specific place the event verb's own phrases name, as written there (a country
    gives way to a town or site in it that the next sentences name); else the
    dateline (where wire copy was filed); else the most specific place in the rest of the main
    sentence; else a place the headline names. Nothing when none names one: a place
    named only further on is not taken to be the event's."""
    named: list[tuple[float, Evidence, str]] = []
    for place in places:
        for span in place.evidence:
            if sent.start_char <= span.start < sent.end_char:
                if _modifier(doc, span):
                    continue  # "the US presidential election" is about the US, not in it
                token = doc.char_span(span.start, span.end, alignment_mode="expand")
                attached = token is not None and _attached(token.root, verb)
                rank = (0 if attached else 10) + _PLACE_DETAIL.get(place.kind, 2)
                named.append((rank + span.start / 1e6, span, place.kind))
                break
    dateline = _dateline_place(article, places)
    if named and (dateline is None or min(r for r, _, _ in named) < 10):
        _, best, kind = min(named, key=lambda item: item[0])
        if kind == "country":
            owner = next(p for p in places if best in p.evidence)
            finer = _finer_nearby(doc, sent, owner, places)
            if finer is not None:
                return _with_holder(doc, finer, places)
        return _with_holder(doc, (best, kind), places, named)
    if dateline is not None:
        return (dateline,)
    headline = [
        Cited(doc_text(doc)[p.evidence[0].start : p.evidence[0].end], p.evidence[:1])
        for p in places
        if p.evidence and names_in((p.name, *p.aliases), title)
    ]
    return tuple(headline[:1])


NEARBY_SENTENCES = 2
"""How many sentences after the main one may still say where its event happened."""


def _with_holder(
    doc: Doc,
    found: tuple[Evidence, str],
    places: Sequence[Place],
    named: list[tuple[float, Evidence, str]] | None = None,
) -> tuple[Cited, ...]:
    """The place as written, and the wider place written right after it that holds it ("Trump
    Tower in New York City", "Baoding, Hebei province")."""
    best, kind = found
    if named is None:
        named = [(0.0, e, p.kind) for p in places for e in p.evidence]
    text = doc_text(doc)
    cited = [Cited(text[best.start : best.end], (best,))]
    for _, span, outer in sorted(named, key=lambda item: item[1].start):
        gap = text[best.end : span.start].strip().lower()
        wider = _PLACE_DETAIL.get(outer, 2) > _PLACE_DETAIL.get(kind, 2)
        if span.start > best.end and gap in {",", "in", "in the", "of", "near"} and wider:
            cited.append(Cited(text[span.start : span.end], (span,)))
            break
    return tuple(cited)


def _following(doc: Doc, sent: Span) -> tuple[int, int]:
    """Character range of the main sentence and the few after it."""
    after = [s for s in doc.sents if s.start >= sent.end][:NEARBY_SENTENCES]
    return sent.start_char, (after[-1].end_char if after else sent.end_char)


def _finer_nearby(
    doc: Doc, sent: Span, wide: Place, places: Sequence[Place]
) -> tuple[Evidence, str] | None:
    """A town or site inside `wide` that the main sentence or the next few name: "a German
    consulate in Afghanistan" then "in the city of Mazar-i-Sharif" happened in the city."""
    start, end = _following(doc, sent)
    inside = [
        (e, p.kind)
        for p in places
        if p.kind in {"city", "facility"} and p.country is not None and p.country == wide.country
        for e in p.evidence
        if start <= e.start < end and not _modifier(doc, e)
    ]
    return min(inside, key=lambda item: item[0].start) if inside else None


def _dateline_place(article: Article, places: Sequence[Place]) -> Cited | None:
    """The dateline as a place: where the story was filed, which wire copy puts first."""
    if not article.dateline:
        return None
    folded = article.dateline.casefold()
    for place in places:
        if folded in {n.casefold() for n in (place.name, *place.aliases)}:
            return Cited(article.dateline, place.evidence[:1])
    return Cited(article.dateline)


def _modifier(doc: Doc, span: Evidence) -> bool:
    token = doc.char_span(span.start, span.end, alignment_mode="expand")
    return token is not None and token.root.dep_ in _MODIFIER_DEPS


def _attached(token: Token, verb: Token) -> bool:
    """Whether `token` hangs from `verb` through prepositions and nouns only."""
    current = token
    for _ in range(6):
        if current.i == verb.i:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and current.i != verb.i:
            return False
    return False
