"""Key actors: named people, organisations, groups and states, merged across mentions, with roles."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from briefgen.countries import country_name
from briefgen.extract import (
    actor_filters,
    actor_lines,
    actor_merge,
    actor_offices,
    actor_spans,
    bodies,
    credits,
    gazetteer,
    lead_role,
    name_forms,
    not_actors,
    passing,
    roles,
)
from briefgen.extract.actor_merge import Found
from briefgen.extract.actor_unlabelled import unlabelled_orgs
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, evidence, extend_name, is_boilerplate, strip_span
from briefgen.extract.speakers import unlabelled_people
from briefgen.records import Actor, Article, Evidence
from briefgen.wire import ActorKind

MAX_ACTORS = 80
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_PASSING_KINDS = frozenset({"person", "organization"})


def extract_actors(doc: Doc, article: Article) -> tuple[Actor, ...]:
    """Actors named in `doc`, most salient first."""
    found: dict[str, Found] = {}
    for span, kind, name in _mentions(doc):
        item = found.setdefault(name.casefold(), Found(name, kind))
        item.mentions.append(span)
        item.kinds.append(kind)
        if clean_name(span.text).casefold() != name.casefold():
            item.aliases.add(clean_name(span.text))  # "Afghan government", "NASA's Office of …"
        item.subject = item.subject or span.root.dep_ in _ACTING_DEPS
    for item in found.values():
        item.kind = actor_merge.settled_kind(item)
        _find_role(item)
    merged = actor_merge.merge_short_names(found, article.body)
    merged = actor_merge.drop_title_words(merged)
    first_sentence_end = next(iter(doc.sents)).end if len(doc) else 0
    in_roles = {t.i for f in merged if f.role_span is not None for t in f.role_span}
    merged = [
        f
        for f in merged
        if not (f.kind == "country" and all(actor_lines.quoted(m) for m in f.mentions))
        and not (f.kind == "person" and actor_filters.in_first_name_list(f.mentions))
        and (
            f.kind not in _PASSING_KINDS
            or not passing.is_passing(f.mentions, f.role is not None, first_sentence_end, in_roles)
        )
    ]
    lead_role.describe_lead_person(doc, merged, first_sentence_end)
    ranked = sorted(merged, key=lambda f: -_salience(f, first_sentence_end))
    actors = [_to_actor(f) for f in ranked]
    return tuple(actors[:MAX_ACTORS])


def _find_role(item: Found) -> None:
    """The role the article gives a person, or what it says an organisation is, at the first
    mention that has one."""
    if item.kind not in _PASSING_KINDS:
        return
    find = roles.find_role if item.kind == "person" else roles.find_description
    for span in item.mentions:
        item.role_span = find(span)
        item.role = roles.role_text(item.role_span)
        if item.role is not None:
            return


def _mentions(doc: Doc) -> Iterable[tuple[Span, ActorKind, str]]:
    """Each actor mention with its kind and the name it is reported under."""
    person_names = {
        clean_name(e.text).casefold() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
    }
    place_names = {
        clean_name(e.text).casefold() for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}
    }
    for ent in actor_spans.whole_names(doc):
        span = strip_span(ent)
        long_name = ent.kb_id_ == actor_offices.OFFICE and not en.BOILERPLATE.search(span.text)
        if not len(span) or (is_boilerplate(span.text) and not long_name):
            continue
        if credits.is_credit(span):
            continue
        if not_actors.is_bracketed_code(span) or actor_lines.in_headline(span):
            continue
        if not_actors.is_product_or_feast(span) or actor_filters.is_named_thing(span):
            continue
        if "(" in span.text or ")" in span.text or en.CREDIT_LINE.search(span.sent.text):
            continue  # a ticker run into a name ("Goldman (GS"), or who wrote the report
        if "\n" in span.text:
            continue  # names on lines of their own run together: a byline block
        if span.sent.text.count(" | ") >= 2:
            continue  # a row of related headlines ("A pushes B | C spar over D | ...")
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
            span = not_actors.trim_prefix(not_actors.trim_origin(span))
            span = actor_filters.without_job_of(span) if ent.label_ == "ORG" else span
            if not len(span) or not_actors.starts_lower(span):
                continue
            if not_actors.is_thing(span, ent.label_) or not_actors.is_title(span, ent.label_):
                continue
        if ent.label_ == "PERSON":
            span = not_actors.without_title(name_forms.with_hyphen_tail(extend_name(span)))
            span = name_forms.with_first_name(name_forms.without_honorific(span))
            if actor_lines.in_layout_capitals(span) or actor_filters.is_only_title(span):
                continue
            if _is_place_not_person(span, person_names, place_names) or not_actors.is_place(
                span, place_names, by_gazetteer=False
            ):
                continue
            yield span, "person", clean_name(span.text)
        elif ent.label_ == "ORG":
            if not_actors.is_place(span, place_names) or actor_filters.is_dateline_town(span):
                continue
            entry = gazetteer.lookup(span.text)
            if entry is not None and entry.kind == "country":
                if bodies.acts_as_state(span):
                    yield span, "country", entry.name
                continue
            named = name_forms.without_honorific(span)
            if named is not span:  # "Ms Wood" the model calls an organisation
                yield named, "person", clean_name(named.text)
                continue
            kind: ActorKind = "person" if roles.is_person_by_role(span) else "organization"
            yield span, kind, clean_name(actor_spans.owned(span).text)
        elif ent.label_ == "GPE":
            entry = gazetteer.lookup(span.text)
            if entry is not None and entry.kind == "country" and bodies.acts_as_state(span):
                yield span, "country", entry.name
        elif ent.label_ == "NORP":
            state = _demonym_state(span)
            if state is not None:
                yield span, "country", state
            elif span.root.dep_ in {"nsubj", "nsubjpass"} and not not_actors.is_people_at_large(
                span
            ):
                yield span, "group", clean_name(span.text)
    for span in unlabelled_people(doc):
        span = name_forms.without_honorific(span)
        if not not_actors.is_place(span, place_names, by_gazetteer=False):  # "the Dry Tortugas"
            yield span, "person", clean_name(span.text)
    for span in unlabelled_orgs(doc):
        if not is_boilerplate(span.text) and not actor_lines.in_headline(span):
            yield span, "organization", clean_name(span.text)


def _is_place_not_person(span: Span, person_names: set[str], place_names: set[str]) -> bool:
    entry = gazetteer.lookup(span.text)
    if entry is None or actor_filters.after_title(span):
        return False  # "former President Bush": a title makes a person of a town's name
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
    """The state a demonym stands for when it qualifies a body that is the whole state
    ("Turkmen officials", "the Afghan government"); "British police" or "American troops" are
    bodies of their own, and the gold convention (tests/gold/README.md) counts neither."""
    code = en.demonym_country(span.root.text)
    if code is None:
        return None
    head = span.root.head
    if any(c.lower_ in en.LOCAL_WORDS for c in head.subtree if c.i < head.i):
        return None  # "Israeli local government authorities" are a town's, not the state
    if span.root.dep_ in {"amod", "compound", "nmod"} and head.lower_ in en.STATE_WHOLE:
        return country_name(code)
    return None


def _salience(item: Found, first_sentence_end: int) -> float:
    score = float(len(item.mentions))
    if any(m.start < first_sentence_end for m in item.mentions):
        score += 2
    if item.subject:
        score += 1
    if item.role:
        score += 1
    return score


def _to_actor(item: Found) -> Actor:
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
