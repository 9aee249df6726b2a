"""Who speaks: the subject of a speech verb, described as a name or an anonymous description."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import cached, extend_name, short_phrase

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def speech_verbs(sent: Span, skip: range = range(0)) -> list[Token]:
    """Speech verbs of `sent` outside the character range `skip` (a quotation's own words)."""
    return [
        t
        for t in sent
        if t.lemma_.lower() in en.SPEECH_VERBS
        and t.pos_ in {"VERB", "AUX"}
        and t.idx not in skip
        and any(c.dep_ == "nsubj" for c in t.children)
    ]


def subject(verb: Token) -> Span | None:
    """The noun phrase that is the subject of `verb`, without relative clauses and asides."""
    # a passive subject ("seven people are confirmed") is what is said, not who says it
    for child in verb.children:
        if child.dep_ == "nsubj":
            return noun_phrase(child)
    return None


def noun_phrase(token: Token) -> Span:
    """The phrase headed by `token`, cut at a comma or quotation mark after it and before it."""
    doc = token.doc
    tokens = [t for t in token.subtree if not _in_clause(t, token)]
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    for t in doc[start : token.i]:
        if t.is_quote or t.text in {"'", "’", "‘"} or t.is_bracket or t.lower_ in en.CAPTION_WORDS:
            start = t.i + 1
    cut = next((t.i for t in doc[token.i : end] if t.text in {",", "(", "—", "–"}), None)
    if cut is not None:
        end = cut
    return doc[start:end]


def _in_clause(t: Token, head: Token) -> bool:
    node = t
    while node.i != head.i:
        if node.dep_ in {"relcl", "acl", "appos"}:
            return True
        node = node.head
    return False


def unlabelled_people(doc: Doc) -> list[Span]:
    """Names the model left unlabelled that the parse shows are people (cached per doc)."""
    return cached(doc, "unlabelled_people", lambda d: list(_unlabelled_people(d)))


def _unlabelled_people(doc: Doc) -> Iterable[Span]:
    """Names the model left unlabelled that the parse shows are people: a proper-noun name with a
    personal apposition ("Ajmal Jan, a local shopkeeper,") or that speaks ("Ajmal Jan said")."""
    for token in doc:
        if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title:
            continue
        if token.dep_ not in {"nsubj", "nsubjpass", "pobj", "dobj"}:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = doc[start : token.i + 1]
        if (
            len(span) < 2
            or any(t.ent_type_ for t in span)
            or not span.text.replace(" ", "").isalpha()
        ):
            continue
        appositive = any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token.i for c in token.children
        )
        speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in en.SPEECH_VERBS
        if appositive or speaks:
            yield span


def is_pronoun(span: Span) -> bool:
    """True when the speaker is a bare pronoun ("he said")."""
    return len(span) == 1 and span[0].lower_ in en.PRONOUNS


def is_aged(span: Span) -> bool:
    """True when the speaker is named again by age ("the 56-year-old said"), which points back
    like "he" does."""
    return len(span) <= 8 and en.AGED_ONE.fullmatch(span.text) is not None


def is_named(span: Span) -> bool:
    """True when the phrase names its speaker (a person, or an institution with a proper name)."""
    root = span.root
    if named_person(span) is not None or root.pos_ == "PROPN":
        return True
    if root.ent_type_ in {"ORG", "GPE", "NORP"}:
        return True
    if root.tag_ in {"NNP", "NNPS"}:
        return True  # a proper name the model did not label ("The Taliban said")
    lemma = root.lemma_.lower()
    if lemma in en.SPEAKING_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children
    ):
        return True  # "the Home Office letter" speaks for the Home Office
    if lemma in en.PERSON_NOUNS or root.lower_ in en.PERSON_NOUNS:
        return lemma in en.SPEAKING_NOUNS and _owner(span) is not None and _owner_is_person(span)
    proper = any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in span)
    return lemma in en.INSTITUTION_NOUNS and proper


def _owner(span: Span) -> Token | None:
    return next((c for c in span.root.children if c.dep_ == "poss"), None)


def _owner_is_person(span: Span) -> bool:
    owner = _owner(span)
    return owner is not None and owner.ent_type_ == "PERSON"


def _people(span: Span) -> list[Span]:
    """PERSON entities in the span that are not demonyms the model mistook ("Tajik officials")."""
    if not any(t.ent_type_ == "PERSON" for t in span):
        return []
    # `span.ents` walks every entity of the doc on each call; index the doc's people once
    people: list[Span] = cached(span.doc, "people", _doc_people)
    return [e for e in people if span.start <= e.start and e.end <= span.end]


def _doc_people(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == "PERSON" and not en.demonym_country(e.text)]


def _apposed_person(span: Span) -> Span | None:
    """The name in apposition to the phrase ("the Taliban's spokesman in Qatar, Mohammad Nayeem")."""
    lemma = span.root.lemma_.lower()
    person_head = lemma in en.PERSON_NOUNS or lemma in en.ROLE_NOUNS  # "deputy director, X"
    for token in span:
        for child in token.children:
            if child.dep_ != "appos" or child.i < span.end or child.pos_ != "PROPN":
                continue
            if child.ent_type_ == "PERSON":
                return next(e for e in span.doc.ents if e.start <= child.i < e.end)
            # the model may label a name after "spokesman" as a place; two proper nouns are a name
            start = min((c.i for c in child.lefts if c.dep_ == "compound"), default=child.i)
            if person_head and child.i > start:
                return span.doc[start : child.i + 1]
    return None


def describe(span: Span) -> str:
    """How the speaker is reported: a person's full name, an owner's name, or the phrase."""
    person = named_person(span)
    if person is not None:
        return full_name(person)
    owner = _owner(span)
    if owner is not None and span.root.lemma_.lower() in en.SPEAKING_NOUNS:
        # "the Turkmen Foreign Ministry's statement" speaks for the ministry
        owned = [t for t in owner.subtree if t.tag_ != "POS"]
        return short_phrase(owned, 10)
    named = [t for t in span if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if named and span.root.lemma_.lower() in en.SPEAKING_NOUNS:
        return short_phrase(named, 10)  # "The Home Office letter reads" is the Home Office
    return short_phrase(list(span), 14)


def named_person(span: Span) -> Span | None:
    """The person a speaker phrase names: a name in it that is not only an owner ("Bruce
    Steinberg's sister, Tamara Steinberg Jacobson" is Tamara), a name apposed to it, a name
    after a title; an owner last, unless the phrase is a person of theirs ("his sister")."""
    people = _people(span)
    own = [p for p in people if p.root.dep_ != "poss"]
    person = own[0] if own else _apposed_person(span) or titled_name(span)
    if person is None and people and span.root.lemma_.lower() not in en.PERSON_WORDS:
        person = people[0]
    return person


def titled_name(span: Span) -> Span | None:
    """The name in a phrase that gives a person's title before it ("tomato farmer Lana
    Boatwright", which the model may label an organisation): the name alone."""
    root, doc = span.root, span.doc
    if root.pos_ != "PROPN" or root.ent_type_ in _PLACE_TYPES:
        return None
    if root.i + 1 < span.end and doc[root.i + 1].ent_iob_ == "I":
        return None  # the name goes on past its head: a body ("Joint Committee on Intelligence")
    start = root.i
    while start > span.start and (
        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title) or doc[start - 1].text == "-"
    ):
        start -= 1  # "Ofeibea Quist-Arcton": a hyphen goes on the name
    titled = False
    while start < root.i and doc[start].lower_ in en.ROLE_NOUNS:
        start, titled = start + 1, True  # "Farmer Chad Smith": a title opening the sentence
    titled = titled or any(
        t.lower_ in en.ROLE_NOUNS or t.lower_ in en.SPEAKER_NOUNS or t.tag_ == "POS"
        for t in doc[span.start : start]
    )  # "NPR's Ofeibea Quist-Arcton": a name owned by a body is one of its people
    return doc[start : root.i + 1] if titled and root.i > start else None


def full_name(ent: Span) -> str:
    """A person's name grown over proper nouns the model left out of the entity."""
    doc, end = ent.doc, extend_name(ent, across_entities=True).end
    start = ent.start
    while start < end and (doc[start].lower_ in en.ARTICLES or doc[start].is_punct):
        start += 1
    while end - start > 2 and doc[start].lower_ in en.ROLE_NOUNS:
        start += 1  # "Farmer Chad Smith": the model took the title into the name
    words = doc[start:end].text.split()
    while words and words[-1] in en.POSSESSIVE_S:
        words.pop()
    name = " ".join(words)
    for ending in en.POSSESSIVE_S:
        name = name.removesuffix(ending)
    return name
