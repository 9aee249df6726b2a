"""Who: the actors the main clause's subject names, else the subject as written."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefgen.extract.event.lead import SUBJECTS, running_text
from briefgen.extract.event.stand_in import cannot_act, owner_of, stand_in
from briefgen.extract.lang import en
from briefgen.extract.spans import doc_text, evidence, names_in, parenthesised, short_phrase
from briefgen.records import Actor, Cited, Evidence, Place

_WHERE = frozenset({"GPE", "NORP", "LOC"})


def _subject(verb: Token) -> Token | None:
    """The verb's subject, not one in parentheses; a verb joined to another ("died and were
    injured") shares its subject."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            break
        asides = parenthesised(current.sent)
        found = [c for c in current.children if c.dep_ in SUBJECTS and c.idx not in asides]
        if found:
            return found[0]
        current = current.head if current.dep_ in {"conj", "xcomp", "advcl"} else None
    return None


def find_who(
    doc: Doc,
    sent: Span,
    verb: Token,
    title: str,
    actors: Sequence[Actor],
    places: Sequence[Place],
) -> tuple[Cited, ...]:
    """The actors the subject names ("Donald Trump and President Obama met"), or the one person
    it describes by the role the article gives them ("A body language expert" is "Patti Wood, a
    body language expert"); for a subject that names none ("Chocolate fans have vented their
    fury"), the headline's actors that the sentence names; else the subject as written
    ("Several people"); a collective subject ("A research team from MIT") is the organisations
    it comes from."""
    subject = _subject(verb)
    if subject is not None and subject.i < sent.start:
        subject = _last_chunk_before(sent, verb)  # the parse hung the subject on furniture
    if subject is not None and subject.pos_ == "PRON":
        pointed = _antecedent(actors, subject) if subject.lower_ in en.ANAPHORS else ()
        if pointed:
            return pointed
        subject = None  # "You get the feeling that …": the headline's actor, if named here
    core = [t for t in _core_phrase(subject) if t.i >= sent.start] if subject is not None else []
    if core:
        # only the subject's own words: "the victims of the Croydon tram crash" names no actor
        head = doc[core[0].i : core[-1].i + 1]
        named = [
            c for c in _actors_in(head, actors) if any(_covers(c.evidence[0], t) for t in core)
        ]
        if named:
            return tuple(named)
        owner = owner_of(subject, actors) if subject is not None else ()
        if owner:
            return owner
        described = _described(subject, core, actors) if subject is not None else ()
        if described:
            return described
        members = _members(subject, actors) if subject is not None else ()
        if members:
            return members
    place_names = {n.casefold() for p in places for n in (p.name, *p.aliases)}
    # a name the model did not tag ("Emirates ordered …") is still the subject's name
    name: list[Token] = []
    if (
        subject is not None
        and subject.pos_ == "PROPN"
        and subject.is_title
        and not cannot_act(subject)
    ):
        name = [t for t in _core_phrase(subject) if t.i >= sent.start]
        if name and short_phrase(name).casefold() in place_names:
            name = []
    if name and names_in([short_phrase(name)], title):
        return (_phrase(doc, name),)
    # an actor the headline names by the words used here, unless those words name a place too
    headline = [
        c
        for c in _actors_in(sent, actors)
        if names_in([_said(doc, c)], title) and _said(doc, c).casefold() not in place_names
    ]
    if headline:
        return tuple(headline)
    if name:
        return (_phrase(doc, name),)
    if subject is None:
        return ()
    if cannot_act(subject):
        replaced = stand_in(sent, subject, actors, _actors_in)
        if replaced:
            return replaced
    phrase = [t for t in _core_phrase(subject, of=True) if t.i >= sent.start]
    return (_phrase(doc, phrase),) if phrase else ()


def _described(subject: Token, core: list[Token], actors: Sequence[Actor]) -> tuple[Cited, ...]:
    """The actor a described subject is: "A body language expert has analysed …" then "Patti
    Wood, a body language expert, …" — the subject's words are the role the article gives one
    person. Several actors with that role leave it unresolved."""
    # "Austria's interior minister" is "Wolfgang Peschorn, the interior minister": the place
    # that qualifies a role need not be written in it
    words = {t.lower_ for t in core if t.is_alpha and not t.is_stop and t.ent_type_ not in _WHERE}
    if not words or subject.pos_ != "NOUN":
        return ()
    head = subject.lower_
    fitting = [
        a
        for a in actors
        if a.role
        and a.evidence
        and a.role.casefold().split()[-1:] == [head]
        and words <= {w.casefold() for w in a.role.split()}
    ]
    if len(fitting) != 1:
        return ()
    actor = fitting[0]
    return (Cited(actor.name, actor.evidence[:1]),)


def _members(subject: Token, actors: Sequence[Actor]) -> tuple[Cited, ...]:
    """The organisations a collective subject is made of or comes from: "A research team from
    MIT and the University of Sheffield has analysed …" is MIT's and Sheffield's work."""
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "at"}]
    if not preps or subject.pos_ != "NOUN":
        return ()
    doc = subject.doc
    inside = doc[
        min(t.i for p in preps for t in p.subtree) : max(t.i for p in preps for t in p.subtree) + 1
    ]
    kinds = {a.name: a.kind for a in actors}
    return tuple(c for c in _actors_in(inside, actors) if kinds.get(c.text) == "organization")


def _phrase(doc: Doc, tokens: list[Token]) -> Cited:
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return Cited(short_phrase(tokens, max_words=8), (evidence(span),))


def _last_chunk_before(sent: Span, verb: Token) -> Token | None:
    chunks = [c for c in sent.noun_chunks if c.end <= verb.i]
    return chunks[-1].root if chunks else None


def _covers(span: Evidence, token: Token) -> bool:
    return span.start <= token.idx < span.end


def _said(doc: Doc, cited: Cited) -> str:
    """The words the text uses where `cited` stands."""
    return (
        doc_text(doc)[cited.evidence[0].start : cited.evidence[0].end]
        if cited.evidence
        else cited.text
    )


def _actors_in(span: Span, actors: Sequence[Actor]) -> list[Cited]:
    """Actors named inside `span`, in the order they stand there, each cited where it stands;
    a name in parentheses is a credit or an aside ("(Melina Mara/The Washington Post)")."""
    asides = parenthesised(span)
    found: list[tuple[int, Cited]] = []
    for actor in actors:
        inside = [
            e
            for e in actor.evidence
            if span.start_char <= e.start < span.end_char and e.start not in asides
        ]
        names = (actor.name, *actor.aliases)
        inside = [e for e in inside if doc_text(span.doc)[e.start : e.end] in names] or inside
        if inside:
            found.append((inside[0].start, Cited(actor.name, (inside[0],))))
    # a junk name that swallowed a real one ("Invalid Email Christian Horner") gives way to it
    spans = [c.evidence[0] for _, c in found]
    kept = [
        (start, c)
        for start, c in found
        if not any(
            o != c.evidence[0] and c.evidence[0].start <= o.start and o.end <= c.evidence[0].end
            for o in spans
        )
    ]
    return [cited for _, cited in sorted(kept, key=lambda pair: pair[0])]


def _antecedent(actors: Sequence[Actor], pronoun: Token) -> tuple[Cited, ...]:
    """The actor a subject pronoun points back to: the last one named before it in running
    text (a person for he or she, anything else for it or they)."""
    doc = pronoun.doc
    person = pronoun.lower_ in {"he", "she"}
    before: list[tuple[int, Actor, Evidence]] = []
    for actor in actors:
        if (actor.kind == "person") != person:
            continue
        for span in actor.evidence:
            token = doc.char_span(span.start, span.end, alignment_mode="expand")
            if span.start < pronoun.idx and token is not None and running_text(token.sent):
                before.append((span.start, actor, span))
    if not before:
        return ()
    _, actor, span = max(before, key=lambda item: item[0])
    return (Cited(actor.name, (span,)),)


def _core_phrase(head: Token, of: bool = False) -> list[Token]:
    """A noun phrase without its clauses: "Several people", "Dozens of rescuers", "Donald Trump
    and President Obama"; with `of`, its "of" phrase too ("Fans of the iconic Toblerone bar")."""
    keep = {"det", "amod", "compound", "nummod", "quantmod", "poss", "case", "nmod", "advmod"}
    tokens = [head]
    for child in head.children:
        owner = (
            child.dep_ == "prep" and child.lower_ == "of" and (of or head.lower_ in en.PARTITIVES)
        )
        if child.dep_ in keep or owner:
            tokens.extend(child.subtree)
        elif child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"):
            tokens.extend(_core_phrase(child))
        elif child.dep_ == "cc":
            tokens.append(child)
    # a name never runs over a line break: a headline line glued to a dateline is two things
    doc = head.doc
    start = next((t.i + 1 for t in reversed(doc[: head.i]) if "\n" in t.text_with_ws), 0)
    end = next((t.i for t in doc[head.i :] if "\n" in t.text_with_ws), len(doc) - 1)
    tokens = sorted((t for t in tokens if start <= t.i <= end), key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].lower_ in en.ARTICLES):
        tokens.pop(0)
    return tokens
