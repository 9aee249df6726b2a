"""Key actors: named people, organisations, groups and states, merged across mentions, with roles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefgen.countries import country_name
from briefgen.extract import gazetteer
from briefgen.extract.spans import clean_name, evidence, is_boilerplate, short_phrase, strip_span
from briefgen.extract.speakers import unlabelled_people
from briefgen.records import Actor, ActorKind, Article, Evidence

MAX_ACTORS = 12
_ACRONYM = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)+) \(([A-Z]{2,6})\)")

_ROLE_BREAKS = frozenset({",", ";", "(", ")", ":", "—", "–", "|"})
# Lower-case words that are titles before a name ("deputy police chief Abdul Razaq Qaderi").
_ROLE_NOUNS = frozenset(
    [
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "leader",
        "director",
        "driver",
        "footballer",
        "player",
        "singer",
        "actor",
        "actress",
        "president",
        "secretary",
        "official",
        "commander",
        "head",
        "chairman",
        "chairwoman",
        "ceo",
        "manager",
        "coach",
        "rival",
        "analyst",
        "expert",
        "professor",
        "mayor",
        "governor",
        "senator",
        "lawmaker",
        "ambassador",
        "envoy",
        "general",
        "colonel",
        "captain",
        "officer",
        "judge",
        "lawyer",
        "attorney",
        "editor",
        "correspondent",
        "reporter",
        "founder",
        "owner",
        "boss",
        "musician",
        "star",
        "champion",
        "teammate",
        "father",
        "mother",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "candidate",
        "nominee",
        "adviser",
        "advisor",
        "aide",
        "deputy",
        "member",
        "mp",
    ]
)
# Nouns that make a demonym stand for its state: "Turkmen officials", "the Tajik government".
_STATE_NOUNS = frozenset(
    [
        "government",
        "side",
        "officials",
        "official",
        "authorities",
        "authority",
        "forces",
        "troops",
        "army",
        "ministry",
        "president",
        "leadership",
        "embassy",
        "diplomats",
        "military",
        "state",
        "regime",
        "police",
    ]
)
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})


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
        item.subject = item.subject or span.root.dep_ in _ACTING_DEPS
        if kind == "person" and item.role is None:
            item.role_span = _role(span)
            item.role = _role_text(item.role_span)
    merged = _merge_short_names(found, article.body)
    first_sentence_end = next(iter(doc.sents)).end if len(doc) else 0
    ranked = sorted(merged, key=lambda f: -_salience(f, first_sentence_end))
    actors = [_to_actor(f) for f in ranked]
    return tuple(actors[:MAX_ACTORS])


def _mentions(doc: Doc) -> Iterable[tuple[Span, ActorKind, str]]:
    """Each actor mention with its kind and the name it is reported under."""
    person_names = {
        clean_name(e.text).casefold() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
    }
    for ent in doc.ents:
        span = strip_span(ent)
        if not len(span) or is_boilerplate(span.text) or _is_credit(span):
            continue
        if len(span) == 1 and gazetteer.demonym_country(span.text):
            # the model calls a lone demonym a person or an organisation ("Tajik officials"):
            # it is the state where a state body is meant, otherwise not an actor by itself
            state = _demonym_state(span)
            if state is not None:
                yield span, "country", state
            continue
        if ent.label_ == "PERSON":
            span = _extend_name(span)
            if _is_place_not_person(span, person_names):
                continue
            yield span, "person", clean_name(span.text)
        elif ent.label_ == "ORG":
            entry = gazetteer.lookup(span.text)
            if entry is not None and entry.kind == "country":
                if span.root.dep_ in _ACTING_DEPS:
                    yield span, "country", entry.name
                continue
            yield span, "organization", clean_name(span.text)
        elif ent.label_ == "GPE":
            entry = gazetteer.lookup(span.text)
            if entry is not None and entry.kind == "country" and span.root.dep_ in _ACTING_DEPS:
                yield span, "country", entry.name
        elif ent.label_ == "NORP":
            state = _demonym_state(span)
            if state is not None:
                yield span, "country", state
            elif span.root.dep_ in {"nsubj", "nsubjpass"}:
                yield span, "group", clean_name(span.text)
    for span in unlabelled_people(doc):
        yield span, "person", clean_name(span.text)


def _extend_name(span: Span) -> Span:
    """Grow a person's name over following proper nouns the model left out ("Sher Mohammad Abbas" + "Stanikzai")."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].ent_type_ in {"", "PERSON"}
    ):
        end += 1
    return doc[span.start : end]


def _is_place_not_person(span: Span, person_names: set[str]) -> bool:
    entry = gazetteer.lookup(span.text)
    if entry is None:
        return False
    if entry.kind == "country":
        return True
    if len(span) > 1 or entry.population < 50_000:
        return False
    # A lone name that is also a big city is a person only if a fuller name uses it (Mary Barra).
    word = span.text.casefold()
    return not any(word in name.split() for name in person_names)


def _demonym_state(span: Span) -> str | None:
    """The state a demonym stands for when it qualifies a state body ("Turkmen officials")."""
    code = gazetteer.demonym_country(span.root.text)
    if code is None:
        return None
    head = span.root.head
    if span.root.dep_ in {"amod", "compound", "nmod"} and head.lemma_.lower() in _STATE_NOUNS:
        return country_name(code)
    return None


def _role(span: Span) -> Span | None:
    """The role or title the article gives a person: apposition or title words before the name."""
    role = _role_candidate(span)
    if role is None:
        return None
    cut = next((t.i for t in role if t.text in _ROLE_BREAKS), role.end)
    role = role.doc[role.start : cut]
    # a role headed by another name, or holding an age, is a list of people the parse joined
    if not len(role) or role.root.ent_type_ == "PERSON" or any(t.like_num for t in role):
        return None
    if any("@" in t.text or "/" in t.text for t in role):
        return None  # a social-media handle or a link
    if role.root.pos_ not in {"NOUN", "PROPN"}:
        return None  # "harshly criticized Trump": words before a name that are no title
    return role


def _role_candidate(span: Span) -> Span | None:
    root = span.root
    doc = span.doc
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"} and root.head.i < span.start:
        head = root.head
        # "the chief of the Taliban's political office in Qatar, Stanikzai": the parser hangs the
        # name on the nearest noun (Qatar); the role is the common noun that heads the chain
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
            head = head.head.head
        tokens = [t for t in head.subtree if t.i < span.start]
        return _trim(doc, tokens)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN":
            return _trim(doc, list(child.subtree))
    titles = [
        t
        for t in doc[max(0, span.start - 4) : span.start]
        if t.head.i in range(span.start, span.end) and t.dep_ in {"compound", "amod", "nmod"}
    ]
    if titles:
        # "local police chief Sayed Kamal Sadat": the title word keeps its own modifiers, back to
        # the nearest conjunction or other name
        start = min(u.i for t in titles for u in t.subtree)
        for t in doc[start : span.start]:
            if t.dep_ in {"cc", "conj"} or t.ent_type_ == "PERSON" or t.text in _ROLE_BREAKS:
                start = t.i + 1
        title = doc[span.start - 1] if span.start > 0 else None
        # a title word is capitalised ("U.S. President") or a known role noun ("police chief");
        # "heavy crash Lewis Hamilton" is a caption running into a name, not a title
        if title is None or not (title.is_title or title.lemma_.lower() in _ROLE_NOUNS):
            return None
        return _trim(doc, list(doc[start : span.start]))
    return None


def _trim(doc: Doc, tokens: list[Token]) -> Span | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None


def _role_text(span: Span | None) -> str | None:
    if span is None:
        return None
    text = short_phrase(list(span), max_words=12)
    return text or None


def _merge_short_names(found: dict[str, _Found], text: str) -> list[_Found]:
    people = [f for f in found.values() if f.kind == "person"]
    for short in sorted(people, key=lambda f: len(f.name)):
        words = short.name.split()
        if len(words) != 1:
            continue
        fuller = [f for f in people if f is not short and short.name in f.name.split()]
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


def _salience(item: _Found, first_sentence_end: int) -> float:
    score = float(len(item.mentions))
    if any(m.start < first_sentence_end for m in item.mentions):
        score += 2
    if item.subject:
        score += 1
    if item.role:
        score += 1
    return score


def _affiliation(role_span: Span | None) -> str | None:
    if role_span is None:
        return None
    for ent in role_span.ents:
        if ent.label_ in {"ORG", "GPE", "NORP"}:
            return clean_name(strip_span(ent).text) or None
    return None


def _to_actor(item: _Found) -> Actor:
    spans: list[Evidence] = sorted({evidence(m) for m in item.mentions})
    if item.role_span is not None:
        spans = sorted({*spans, evidence(item.role_span)})
    return Actor(
        name=item.name,
        kind=item.kind,
        aliases=tuple(sorted(item.aliases)),
        role=item.role,
        affiliation=_affiliation(item.role_span),
        mentions=len(item.mentions),
        evidence=tuple(spans),
    )


def _is_credit(span: Span) -> bool:
    """A photo credit: a name right after "copyright"/"credit" or right before "Image caption"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2].text.lower()
    return before in {"copyright", "credit", "credits", "©", "photo", "photograph"} or after in {
        "image caption",
        "image copyright",
    }
