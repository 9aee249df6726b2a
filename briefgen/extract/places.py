"""Places: named locations resolved against the offline gazetteer, spelling variants merged."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefgen.extract import gazetteer, place_context
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, evidence, is_boilerplate, strip_span
from briefgen.records import Article, Evidence, Place
from briefgen.wire import PlaceKind

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
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


def extract_places(doc: Doc, article: Article) -> tuple[Place, ...]:
    """Places named in `doc` (and the dateline), in order of first mention."""
    found: dict[str, _Found] = {}
    mentions = [m for m in map(_without_furniture, _place_mentions(doc)) if m is not None]
    texts = [_spelled_out(m) for m in mentions]
    given = place_context.votes(texts, article.dateline)
    demonyms = _demonym_votes(doc)
    everywhere = place_context.total(given) + sum(demonyms.values(), Counter())
    main = place_context.main_country(everywhere)
    within = _dateline_regions(doc)
    for span, text in zip(mentions, texts, strict=True):
        context = everywhere - given[gazetteer.key(text)]
        if (region := within.get(span.start_char)) is not None and region.country:
            context[region.country] += _DATELINE_REGION
        # what is named beside it says most: "near Cowan, north of Sydney", "an Australian bureau"
        local = demonyms.get(span.sent.start, Counter()).copy()
        for other, other_span in zip(texts, mentions, strict=True):
            if other != text and other_span.sent.start == span.sent.start:
                local.update(given[gazetteer.key(other)])
        context.update({c: _LOCAL * n for c, n in local.items()})
        entry = _resolve(text, span, context, everywhere)
        kind: PlaceKind = entry.kind if entry else ("facility" if span.label_ == "FAC" else "other")
        if entry is None and span.label_ in _PLACE_LABELS:
            entry = _unlisted(text, kind, context, main)
            kind = entry.kind if entry else kind
        name = entry.name if entry else text
        k = gazetteer.variant_key(name)
        item = found.setdefault(k, _Found(name, kind, entry))
        if text != item.name:
            item.aliases.add(text)
        if (written := clean_name(span.text)) != item.name:
            item.aliases.add(written)
        item.spans.append(evidence(span))
    if article.dateline:
        entry = place_context.resolve(article.dateline, everywhere)
        name = entry.name if entry else article.dateline
        found.setdefault(
            gazetteer.variant_key(name), _Found(name, entry.kind if entry else "other", entry)
        )
    return tuple(_to_place(item) for item in found.values())


def _resolve(
    text: str, span: Span, context: Counter[str], everywhere: Counter[str]
) -> gazetteer.Entry | None:
    """The gazetteer's place for a mention, read in the article's context."""
    if place_context.compass_region(text):
        return None  # "the South": a region of the article's country (`_unlisted`)
    entry = place_context.resolve(text, context)
    if entry is None and span.label_ in _PLACE_LABELS:
        # a loose spelling match is trusted only inside a country the article names outright
        # ("Serhetabad" in a story about Turkmenistan), never for a stray "Ferrari"
        loose = gazetteer.lookup(text, loose=True)
        entry = loose if loose is not None and everywhere[loose.country or ""] > 0 else None
    return entry


def _demonym_votes(doc: Doc) -> dict[int, Counter[str]]:
    """Per sentence (by its first token), the countries its demonyms name ("Australian")."""
    found: dict[int, Counter[str]] = {}
    for token in doc:
        if token.is_title and (code := en.demonym_country(token.text)) is not None:
            found.setdefault(token.sent.start, Counter())[code] += place_context.DEMONYM_VOTE
    return found


def _spelled_out(span: Span) -> str:
    """The name a mention stands for: a US state for its news-style abbreviation ("Ala.")."""
    text = clean_name(span.text)
    if text.isupper() and len(text) > 3:
        text = text.title()  # a wire dateline ("SAN JOSE")
    after = span.doc.text[span.end_char : span.end_char + 1]
    if (span.text.endswith(".") or after == ".") and text + "." in en.US_STATE_ABBREVIATIONS:
        return en.US_STATE_ABBREVIATIONS[text + "."]
    return text


def _unlisted(
    text: str, kind: PlaceKind, context: Counter[str], main: str | None
) -> gazetteer.Entry | None:
    """A place no gazetteer holds (a base, a beach, a district): its country from a known part
    of its name, or the country the article is about; never coordinates."""
    if place_context.water(text):
        return gazetteer.Entry(text, "region", None, None, None, 0)
    if place_context.compass_region(text):
        return gazetteer.Entry(text, "region", main, None, None, 0) if main else None
    part = place_context.by_parts(text, context)
    # a single unknown word says too little to place it in the story's country ("Bagram")
    country = part.country if part is not None else (main if len(text.split()) > 1 else None)
    if part is None and country is None:
        return None
    return gazetteer.Entry(text, kind, country, None, None, 0)


def _joined(span: Span) -> Span:
    """Grow a name over hyphen-joined parts the model split off ("Mazar" + "-i-Sharif")."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[span.start : end]


def _without_furniture(span: Span) -> Span | None:
    """The place name without page furniture the model ran into it ("Sao Paulo Click to share")."""
    end = span.end
    while end > span.start and is_boilerplate(span.doc[end - 1].text):
        end -= 1
    trimmed = Span(span.doc, span.start, end, label=span.label_)
    if not len(trimmed) or is_boilerplate(trimmed.text):
        return None
    parts = trimmed.text.split("-")
    if all(en.demonym_country(part) for part in parts):
        return None  # "Turkmen-Afghan (border)" qualifies a border; it names no place
    return trimmed


def _dateline_regions(doc: Doc) -> dict[int, gazetteer.Entry]:
    """For a wire dateline's place (by its first character), the region after it ("Ore.")."""
    found: dict[int, gazetteer.Entry] = {}
    for match in en.DATELINE.finditer(doc.text):
        region = en.US_STATE_ABBREVIATIONS.get(match.group("region"), match.group("region"))
        if region and (entry := gazetteer.lookup(region)) is not None:
            found[match.start("place")] = entry
    return found


def _dateline(doc: Doc) -> list[Span]:
    """A wire dateline left in the body ("WASHINGTON, Nov 6 (Reuters) -", "LONDON --")."""
    spans: list[Span] = []
    for match in en.DATELINE.finditer(doc.text):
        for group in ("place", "region"):
            if match.group(group) is None:
                continue
            end = match.end(group) - match.group(group).endswith(".")
            span = doc.char_span(match.start(group), end, label="GPE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _facility(span: Span) -> Span | None:
    """A named building or site after a place word ("outside Trump Tower", "at the Interlagos circuit")."""
    doc = span.doc
    start = span.start - 1
    if start >= 0 and doc[start].lower_ == "the":
        start -= 1
    if start < 0 or doc[start].lower_ not in en.FACILITY_CUES:
        return None
    if span[-1].lower_ in en.FACILITY_WORDS:
        return span
    if span.end < len(doc) and doc[span.end].lower_ in en.FACILITY_WORDS:
        return doc[span.start : span.end + 1]
    return None


def _place_mentions(doc: Doc) -> list[Span]:
    spans: list[Span] = _dateline(doc)
    taken = {i for span in spans for i in range(span.start, span.end)}
    person_words = {
        w.casefold()
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        for w in e.text.split()
    }
    for ent in doc.ents:
        if taken.intersection(range(ent.start, ent.end)):
            continue  # the dateline's own words ("SAN JOSE, Costa Rica - Investigators")
        stripped = _joined(strip_span(ent))
        span = Span(doc, stripped.start, stripped.end, label=ent.label_)  # keep FAC for the kind
        if not len(span):
            continue
        if ent.label_ in _PLACE_LABELS:
            if not _names_no_place(span, person_words):
                spans.append(span)
        elif ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"} and (site := _facility(span)):
            spans.append(doc.char_span(site.start_char, site.end_char, label="FAC") or site)
        elif ent.label_ in {"PERSON", "ORG", "WORK_OF_ART", "NORP"}:
            entry = gazetteer.lookup(span.text)
            if entry is None or (ent.label_ == "PERSON" and span.text.casefold() in person_words):
                continue  # "Hamilton" after "Lewis Hamilton" is the driver, not the city
            before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
            if (entry.kind == "country" and not en.demonym_country(span.text)) or (
                len(span) == 1 and entry.population >= 50_000 and before in en.PLACE_CUES
            ):
                spans.append(span)
    return spans


def _names_no_place(span: Span, person_words: set[str]) -> bool:
    """A name the model calls a place that names a person or a body: a surname of someone the
    article names in full ("Modi" after "Narendra Modi", "the Bidens"), or an organisation by
    its closing word ("Friedman LLP", "Murdoch Children's Research Institute", "Air Astana")."""
    words = span.text.split()
    if words[0] in en.ORG_OPENERS or words[-1].casefold().strip(".") in en.ORG_CLOSERS:
        return True
    text = clean_name(span.text).casefold()
    if text not in person_words and text.removesuffix("s") not in person_words:
        return False
    entry = gazetteer.lookup(span.text)
    return entry is None or not (entry.kind in {"country", "region"} or entry.population >= 100_000)


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
