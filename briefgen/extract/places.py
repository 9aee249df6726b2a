"""Places: named locations resolved against the offline gazetteer, spelling variants merged."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefgen.extract import gazetteer, place_context, place_evidence
from briefgen.extract.lang import en
from briefgen.extract.place_mentions import (
    PLACE_LABELS,
    dateline_regions,
    place_mentions,
    spelled_out,
)
from briefgen.extract.spans import clean_name, evidence
from briefgen.records import Article, Evidence, Place
from briefgen.wire import PlaceKind

# a place named in the same sentence counts this many times a place named elsewhere
_LOCAL = 4
_DATELINE_REGION = 1000  # a dateline's own region ("SAN JOSE, Costa Rica -") outweighs the rest


@dataclass(slots=True)
class _Found:
    name: str
    kind: PlaceKind
    entry: gazetteer.Entry | None
    aliases: set[str] = field(default_factory=set)
    spans: list[Evidence] = field(default_factory=list)
    placed: bool = False
    """Whether some mention uses it as a place, not only to qualify a noun."""
    sentences: set[int] = field(default_factory=set)
    """The sentences that name it, by their first token."""


def extract_places(doc: Doc, article: Article) -> tuple[Place, ...]:
    """Places named in `doc` (and the dateline), in order of first mention."""
    found: dict[str, _Found] = {}
    mentions = place_mentions(doc)
    spelled = [spelled_out(m) for m in mentions]
    texts = [place_evidence.fuller(text, spelled) for text in spelled]
    given = place_context.votes(texts, article.dateline)
    demonyms = _demonym_votes(doc)
    everywhere = place_context.total(given) + sum(demonyms.values(), Counter())
    main = place_context.main_country(everywhere)
    within = dateline_regions(doc)
    placed_in: dict[int, set[str]] = {}  # countries of the places each sentence names
    for span, text in zip(mentions, texts, strict=True):
        if _not_a_place(span, text, texts):
            continue
        context = everywhere - given[gazetteer.key(text)]
        # the place it is said to lie in ("Singapore's Changi Airport", "SAN JOSE, Costa Rica -")
        # outweighs the rest
        anchored = _anchored(span, text, everywhere)
        if (region := within.get(span.start_char)) is not None and region.country:
            anchored = region.country
        if anchored is not None:
            context[anchored] += _DATELINE_REGION
        # what is named beside it says most: "near Cowan, north of Sydney", "an Australian bureau"
        local = demonyms.get(span.sent.start, Counter()).copy()
        for other, other_span in zip(texts, mentions, strict=True):
            if other != text and other_span.sent.start == span.sent.start:
                local.update(given[gazetteer.key(other)])
        context.update({c: _LOCAL * n for c, n in local.items()})
        entry = _resolve(text, span, context, everywhere, anchored)
        kind: PlaceKind = entry.kind if entry else ("facility" if span.label_ == "FAC" else "other")
        if entry is None and span.label_ in PLACE_LABELS:
            # a name nothing places needs a place use or a place word: "Brexit", "Windows XP"
            # and "the Black Death" are no places, "from Punta Islita" and "Terrigal Beach" are
            placed = place_evidence.located(span) or place_context.place_word(text)
            entry = _unlisted(text, kind, context, main, anchored, placed)
            kind = entry.kind if entry else kind
            if entry is None and not placed:
                continue
        name = entry.name if entry else text
        k = gazetteer.variant_key(name)
        item = found.setdefault(k, _Found(name, kind, entry))
        if text != item.name:
            item.aliases.add(text)
        if (written := clean_name(span.text)) != item.name:
            item.aliases.add(written)
        item.spans.append(evidence(span))
        item.placed = item.placed or not place_evidence.qualifies(span)
        item.sentences.add(span.sent.start)
        if item.entry is not None and item.entry.country:
            placed_in.setdefault(span.sent.start, set()).add(item.entry.country)
    for item in found.values():
        if item.entry is None:
            item.entry = _beside(item, placed_in)
    # a region that only qualifies a noun ("Pacific halibut", "Gulf allies") names a kind of
    # thing, as a demonym does, not where something happens
    found = {k: item for k, item in found.items() if item.placed or _in_one_country(item)}
    # a dateline the reader took off the body is the brief's `dateline`; a place is listed only
    # where the text names it, so that every place points to a sentence
    return tuple(_to_place(item) for item in found.values())


def _beside(item: _Found, placed_in: dict[int, set[str]]) -> gazetteer.Entry | None:
    """A place nothing else placed lies where the places named beside it lie, when they all
    lie in one country ("from Punta Islita on a flight to the capital San Jose")."""
    countries = set().union(*(placed_in.get(s, set()) for s in item.sentences))
    if len(countries) != 1:
        return None
    return gazetteer.Entry(item.name, item.kind, countries.pop(), None, None, 0)


def _in_one_country(item: _Found) -> bool:
    return item.entry is not None and item.entry.country is not None


def _resolve(
    text: str, span: Span, context: Counter[str], everywhere: Counter[str], anchored: str | None
) -> gazetteer.Entry | None:
    """The gazetteer's place for a mention, read in the article's context."""
    if place_context.compass_region(text):
        return None  # "the South": a region of the article's country (`_unlisted`)
    # "Liberia, Costa Rica" is the town, not the state that shares its name
    there = [e for e in gazetteer.candidates(text) if anchored and e.country == anchored]
    if there:
        return there[0]
    entry = place_context.resolve(text, context)
    if entry is not None and place_evidence.acronym_town(text, entry):
        return None
    if entry is None and span.label_ in PLACE_LABELS:
        # a loose spelling match is trusted only inside a country the article names outright
        # ("Serhetabad" in a story about Turkmenistan), never for a stray "Ferrari"
        loose = gazetteer.lookup(text, loose=True)
        entry = loose if loose is not None and everywhere[loose.country or ""] > 0 else None
    return entry


def _not_a_place(span: Span, text: str, texts: list[str]) -> bool:
    """A mention that names no place here: a capital for its government, two places run into
    one, "the South" for South Korea in a story that names both Koreas."""
    if place_evidence.stands_for_state(span):
        return True
    # a site's name may hold an "and" ("U.S. Space and Rocket Center"): it is one site
    if span.label_ != "FAC" and place_evidence.names_several(text):
        return True
    if place_context.compass_word(text):
        return True  # "18 Northern and central California counties": a direction, no name
    if not place_context.compass_region(text):
        return False
    word = text.casefold()
    return any(
        len(other.split()) > 1
        and other.split()[0].casefold() == word
        and (entry := gazetteer.lookup(other)) is not None
        and entry.kind == "country"
        for other in texts
    )


def _anchored(span: Span, text: str, everywhere: Counter[str]) -> str | None:
    """The country of the place the words around the mention put it in, if any."""
    owner = place_evidence.anchor(span)
    if owner is None or gazetteer.key(owner) == gazetteer.key(text):
        return None
    entry = place_context.resolve(owner, everywhere)
    return entry.country if entry is not None else None


def _demonym_votes(doc: Doc) -> dict[int, Counter[str]]:
    """Per sentence (by its first token), the countries its demonyms name ("Australian")."""
    found: dict[int, Counter[str]] = {}
    for token in doc:
        if token.is_title and (code := en.demonym_country(token.text)) is not None:
            found.setdefault(token.sent.start, Counter())[code] += place_context.DEMONYM_VOTE
    return found


def _unlisted(
    text: str,
    kind: PlaceKind,
    context: Counter[str],
    main: str | None,
    anchored: str | None,
    placed: bool,
) -> gazetteer.Entry | None:
    """A place no gazetteer holds (a base, a beach, a district): its country from a known part
    of its name, or the place it is said to lie in, or the country the article is about; never
    coordinates."""
    if place_context.water(text):
        return gazetteer.Entry(text, "region", place_context.water_country(text), None, None, 0)
    if place_context.compass_region(text):
        return gazetteer.Entry(text, "region", main, None, None, 0) if main else None
    part = place_context.by_parts(text, context)
    # a single unknown word says too little to place it in the story's country ("Bagram")
    if anchored is not None:
        country: str | None = anchored  # "Singapore's Changi Airport"
    elif part is not None:
        country = part.country
    else:
        country = main if len(text.split()) > 1 and placed else None
    if part is None and country is None:
        return None
    return gazetteer.Entry(text, kind, country, None, None, 0)


def _to_place(item: _Found) -> Place:
    entry = item.entry
    return Place(
        name=item.name,
        kind=item.kind,
        country=entry.country if entry else None,
        lat=entry.lat if entry else None,
        lon=entry.lon if entry else None,
        aliases=tuple(sorted(item.aliases)),
        evidence=tuple(sorted(set(item.spans))),
    )
