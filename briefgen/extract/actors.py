"""Key actors: named people, organisations, groups and states, merged across mentions, with roles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefgen.countries import country_name
from briefgen.extract import bodies, gazetteer, not_actors, passing, roles
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, evidence, extend_name, is_boilerplate, strip_span
from briefgen.extract.speakers import unlabelled_people
from briefgen.records import Actor, Article, Evidence
from briefgen.wire import ActorKind

MAX_ACTORS = 40
_ACRONYM = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)+) \(([A-Z]{2,6})\)")
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
# a country acts as a state when it is a subject; "Germany's auto industry", "Japan's Nikkei"
# only say where something belongs, which makes it a place
_STATE_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_PASSING_KINDS = frozenset({"person", "organization"})


@dataclass(slots=True)
class _Found:
    name: str
    kind: ActorKind
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    role_span: Span | None = None
    subject: bool = False


def extract_actors(doc: Doc, article: Article) -> tuple[Actor, ...]:
    """Actors named in `doc`, most salient first."""
    found: dict[str, _Found] = {}
    for span, kind, name in _mentions(doc):
        item = found.setdefault(name.casefold(), _Found(name, kind))
        item.mentions.append(span)
        if kind == "country" and clean_name(span.text).casefold() != name.casefold():
            item.aliases.add(clean_name(span.text))  # "Afghan government", "U.S."
        item.subject = item.subject or span.root.dep_ in _ACTING_DEPS
        if kind in {"person", "organization"} and item.role is None:
            find = roles.find_role if kind == "person" else roles.find_description
            item.role_span = find(span)
            item.role = roles.role_text(item.role_span)
    merged = _merge_short_names(found, article.body)
    merged = _drop_title_words(merged)
    first_sentence_end = next(iter(doc.sents)).end if len(doc) else 0
    in_roles = {t.i for f in merged if f.role_span is not None for t in f.role_span}
    merged = [
        f
        for f in merged
        if f.kind not in _PASSING_KINDS
        or not passing.is_passing(f.mentions, f.role is not None, first_sentence_end, in_roles)
    ]
    ranked = sorted(merged, key=lambda f: -_salience(f, first_sentence_end))
    actors = [_to_actor(f) for f in ranked]
    return tuple(actors[:MAX_ACTORS])


def _mentions(doc: Doc) -> Iterable[tuple[Span, ActorKind, str]]:
    """Each actor mention with its kind and the name it is reported under."""
    person_names = {
        clean_name(e.text).casefold() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
    }
    place_names = {
        clean_name(e.text).casefold() for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}
    }
    for ent in doc.ents:
        span = strip_span(ent)
        if not len(span) or is_boilerplate(span.text) or _is_credit(span):
            continue
        if "(" in span.text or ")" in span.text or en.CREDIT_LINE.search(span.sent.text):
            continue  # a ticker run into a name ("Goldman (GS"), or who wrote the report
        if ent.label_ in {"GPE", "ORG", "PERSON", "NORP"}:
            body = bodies.state_body(span, ent.label_)
            if body is not None:
                yield body
                continue
            grown = bodies.grown_name(span, ent.label_)
            if grown is not None:
                yield grown, "organization", clean_name(grown.text)
                continue
        if len(span) == 1 and en.demonym_country(span.text):
            # the model calls a lone demonym a person or an organisation ("Tajik officials"):
            # it is the state where a state body is meant, otherwise not an actor by itself
            state = _demonym_state(span)
            if state is not None:
                yield span, "country", state
            continue
        if ent.label_ in {"PERSON", "ORG"}:
            span = not_actors.trim_origin(span)
            if not_actors.is_thing(span, ent.label_) or not_actors.is_title(span, ent.label_):
                continue
        if ent.label_ == "PERSON":
            span = not_actors.without_title(extend_name(span))
            if _is_place_not_person(span, person_names, place_names) or not_actors.is_place(
                span, place_names, by_gazetteer=False
            ):
                continue
            yield span, "person", clean_name(span.text)
        elif ent.label_ == "ORG":
            if not_actors.is_place(span, place_names):
                continue
            entry = gazetteer.lookup(span.text)
            if entry is not None and entry.kind == "country":
                if span.root.dep_ in _STATE_DEPS:
                    yield span, "country", entry.name
                continue
            yield span, "organization", clean_name(span.text)
        elif ent.label_ == "GPE":
            entry = gazetteer.lookup(span.text)
            if entry is not None and entry.kind == "country" and span.root.dep_ in _STATE_DEPS:
                yield span, "country", entry.name
        elif ent.label_ == "NORP":
            state = _demonym_state(span)
            if state is not None:
                yield span, "country", state
            elif span.root.dep_ in {"nsubj", "nsubjpass"}:
                yield span, "group", clean_name(span.text)
    for span in unlabelled_people(doc):
        yield span, "person", clean_name(span.text)


def _is_place_not_person(span: Span, person_names: set[str], place_names: set[str]) -> bool:
    entry = gazetteer.lookup(span.text)
    if entry is None:
        return False
    if entry.kind == "country":
        return True
    word = span.text.casefold()
    fuller = any(word in name.split() and word != name for name in person_names)
    # a name the model also calls a place elsewhere, or after "in"/"near", is that place
    # ("Delhi", "in Berrien"), unless a fuller person's name uses it
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if not fuller and (word in place_names or before in en.PLACE_CUES):
        return True
    # a province or state ranks with a large city (Mary is a Turkmen province and its capital)
    if len(span) > 1 or (entry.kind == "city" and entry.population < 50_000):
        return False
    # A lone name that is also a big city is a person only if a fuller name uses it (Mary Barra).
    word = span.text.casefold()
    return not any(word in name.split() for name in person_names)


def _demonym_state(span: Span) -> str | None:
    """The state a demonym stands for when it qualifies a state body ("Turkmen officials")."""
    code = en.demonym_country(span.root.text)
    if code is None:
        return None
    head = span.root.head
    if span.root.dep_ in {"amod", "compound", "nmod"} and head.lower_ in en.STATE_NOUNS:
        return country_name(code)
    return None


def _merge_short_names(found: dict[str, _Found], text: str) -> list[_Found]:
    people = [f for f in found.values() if f.kind == "person"]
    # a lone word is checked against people whatever the model called it: the small model often
    # labels a surname alone an organisation ("Gates detailed", "Mourinho's side"), and a person
    # named in full elsewhere in the article is who it means
    singles = [f for f in found.values() if len(f.name.split()) == 1 and f.kind != "country"]
    for short in sorted(singles, key=lambda f: len(f.name)):
        fuller = [
            f
            for f in people
            if f is not short and len(f.name.split()) > 1 and short.name in f.name.split()
        ]
        if short.kind != "person":
            fuller = [f for f in fuller if f.name.split()[-1] == short.name]
        fuller.sort(key=lambda f: -len(f.mentions))
        # "Trump" is Donald Trump when he is named far more often than Melania Trump
        if len(fuller) == 1 or (
            len(fuller) > 1 and len(fuller[0].mentions) >= 2 * len(fuller[1].mentions)
        ):
            _fold(found, short, fuller[0])
    # organisations: "China Eastern" is "China Eastern Airlines"; "SIA" is "Singapore Airlines (SIA)"
    acronyms = {m.group(2): m.group(1) for m in _ACRONYM.finditer(text)}
    orgs = [f for f in found.values() if f.kind == "organization"]
    for short in sorted(orgs, key=lambda f: len(f.name)):
        full = acronyms.get(short.name, "")
        fuller = [
            f
            for f in orgs
            if f is not short
            and f.name.casefold() in found
            and (f.name.startswith(short.name + " ") or (f.name.endswith(full) and full))
        ]
        if len(fuller) == 1 and short.name.casefold() in found:
            _fold(found, short, fuller[0])
    return list(found.values())


def _fold(found: dict[str, _Found], short: _Found, target: _Found) -> None:
    """Merge the actor `short` into `target`, keeping its name as an alias."""
    target.mentions.extend(short.mentions)
    target.aliases.add(short.name)
    target.subject = target.subject or short.subject
    target.role = target.role or short.role
    target.role_span = target.role_span or short.role_span
    found.pop(short.name.casefold(), None)


def _drop_title_words(items: list[_Found]) -> list[_Found]:
    """Mentions that are only words of a person's title ("Defense Secretary Robert Gates",
    "Secretary of State Mike Pompeo", "Chinese Foreign Ministry spokesman Hua Chunying") are
    not the organisation acting; an organisation named only so is no actor."""
    titles = {
        t.i
        for f in items
        if f.role_span is not None and any(0 <= m.start - f.role_span.end <= 1 for m in f.mentions)
        for t in f.role_span
    }
    kept = []
    for item in items:
        if item.kind != "person":
            item.mentions = [m for m in item.mentions if not all(t.i in titles for t in m)]
        if item.mentions:
            kept.append(item)
    return kept


def _salience(item: _Found, first_sentence_end: int) -> float:
    score = float(len(item.mentions))
    if any(m.start < first_sentence_end for m in item.mentions):
        score += 2
    if item.subject:
        score += 1
    if item.role:
        score += 1
    return score


def _to_actor(item: _Found) -> Actor:
    spans: list[Evidence] = sorted({evidence(m) for m in item.mentions})
    if item.role_span is not None:
        spans = sorted({*spans, evidence(item.role_span)})
    return Actor(
        name=item.name,
        kind=item.kind,
        aliases=tuple(sorted(item.aliases)),
        role=item.role,
        affiliation=roles.affiliation(item.role_span),
        mentions=len(item.mentions),
        evidence=tuple(spans),
    )


def _is_credit(span: Span) -> bool:
    """A photo credit: a name right after "copyright"/"credit" or right before "Image caption"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2].text.lower()
    return before in en.CREDIT_BEFORE or after in en.CREDIT_AFTER
