"""Places: named locations resolved against the offline gazetteer, spelling variants merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefgen.extract import gazetteer
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, evidence, is_boilerplate, strip_span
from briefgen.records import Article, Evidence, Place, PlaceKind

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


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
    # a loose spelling match is trusted only inside a country the article names outright
    # ("Serhetabad" in a story about Turkmenistan), never for a stray "Ferrari"
    exact = {span.start: gazetteer.lookup(clean_name(span.text)) for span in mentions}
    countries = {e.country for e in exact.values() if e is not None}
    if article.dateline and (entry := gazetteer.lookup(article.dateline)) is not None:
        countries.add(entry.country)
    for span in mentions:
        text = clean_name(span.text)
        entry = exact[span.start]
        if entry is None and span.label_ in _PLACE_LABELS:
            loose = gazetteer.lookup(text, loose=True)
            entry = loose if loose is not None and loose.country in countries else None
        if entry is None and text.isupper():
            entry = gazetteer.lookup(text.title())
        kind: PlaceKind = entry.kind if entry else ("facility" if span.label_ == "FAC" else "other")
        name = entry.name if entry else text
        k = gazetteer.variant_key(name)
        item = found.setdefault(k, _Found(name, kind, entry))
        if text != item.name:
            item.aliases.add(text)
        item.spans.append(evidence(span))
    if article.dateline:
        entry = gazetteer.lookup(article.dateline)
        name = entry.name if entry else article.dateline
        found.setdefault(
            gazetteer.variant_key(name), _Found(name, entry.kind if entry else "other", entry)
        )
    return tuple(_to_place(item) for item in found.values())


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


def _dateline(doc: Doc) -> list[Span]:
    """A wire dateline left in the body ("WASHINGTON, Nov 6 (Reuters) -", "LONDON --")."""
    spans: list[Span] = []
    for match in en.DATELINE.finditer(doc.text):
        span = doc.char_span(match.start("place"), match.end("place"), label="GPE")
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
    person_words = {
        w.casefold()
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        for w in e.text.split()
    }
    for ent in doc.ents:
        stripped = _joined(strip_span(ent))
        span = Span(doc, stripped.start, stripped.end, label=ent.label_)  # keep FAC for the kind
        if not len(span):
            continue
        if ent.label_ in _PLACE_LABELS:
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
