"""Whose voice a speaker phrase is: a name in its fullest form, a description, or a pronoun
pointing back to the latest person (or body) named before it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.coref import SUBJECTS, aged_person, antecedent, described_person, is_subject
from briefgen.extract.lang import en
from briefgen.extract.spans import cached
from briefgen.extract.speakers import (
    describe,
    full_name,
    is_aged,
    is_named,
    is_pronoun,
    named_person,
    speech_verbs,
    subject,
    unlabelled_people,
)


@dataclass(frozen=True, slots=True)
class Voice:
    at: int
    """Character offset where the speaker is named."""
    name: str
    """Name or description."""
    anonymous: bool
    """True when described, not named."""
    person: bool
    """True for one person (he/she can point to it), False for a body or many (it/they)."""
    subject: bool = False
    """True when named as the subject of a clause (a pronoun after it most likely means it)."""


def named_speakers(doc: Doc) -> list[Voice]:
    """People and speakers in text order, for resolving pronouns (worked out once per doc)."""
    return cached(doc, "speakers", _find_speakers)


def _find_speakers(doc: Doc) -> list[Voice]:
    found: list[Voice] = [
        Voice(e.start_char, full_name(e), False, True, is_subject(e))
        for e in doc.ents
        if e.label_ == "PERSON"
    ]
    found += [
        Voice(s.start_char, s.text, False, True, is_subject(s)) for s in unlabelled_people(doc)
    ]
    # a body that acts as a subject ("the Electoral Commission … issued a statement") is what a
    # later "it pointed out" points back to, though it said nothing yet
    found += [
        Voice(e.start_char, e.text, False, False, subject=True)
        for e in doc.ents
        if e.label_ == "ORG" and e.root.dep_ == "nsubj"
    ]
    for sent in doc.sents:
        for verb in speech_verbs(sent):
            span = subject(verb)
            if span is None or is_pronoun(span):
                continue
            named = is_named(span)
            person = span.root.ent_type_ == "PERSON" or (
                not named
                and span.root.lemma_.lower() in en.PERSON_NOUNS
                and span.root.tag_ != "NNS"
            )
            if named and span.root.pos_ == "PROPN" and not span.root.ent_type_:
                person = True  # an unlabelled proper name that speaks is a person ("Ajmal Jan")
            if named and named_person(span) is not None:
                person = (
                    True  # "a spokesperson, Mallam Garba Shehu", "tomato farmer Lana Boatwright"
                )
            found.append(Voice(span.start_char, describe(span), not named, person, subject=True))
    found = _people_by_surname(_bodies_by_agreement(doc, found))
    found += _surnames_as_subjects(doc, found)
    return sorted(found, key=lambda s: s.at)


def _bodies_by_agreement(doc: Doc, found: list[Voice]) -> list[Voice]:
    """A name the model took for a person that governs a plural verb on its own is a body
    ("Big Machine have twice denied it": British copy gives a company a plural verb, and no one
    person does), so "they said" after it points back to it."""
    plural = {
        doc[min((c.i for c in t.lefts if c.dep_ == "compound"), default=t.i) : t.i + 1].text
        for t in doc
        if t.dep_ == "nsubj"
        and t.pos_ == "PROPN"
        and t.tag_ == "NNP"
        and not any(c.dep_ == "conj" for c in t.children)
        and _plural_verb(t.head)
    }
    if not plural:
        return found
    return [
        Voice(v.at, v.name, v.anonymous, False, v.subject) if v.name in plural else v for v in found
    ]


def _plural_verb(verb: Token) -> bool:
    """A present-tense verb in its plural form ("have", "are", "say"), or one with such a helper."""
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    first = helpers[0] if helpers else verb
    return first.tag_ == "VBP" and first.lower_ not in {"'m", "am"}


def _people_by_surname(found: list[Voice]) -> list[Voice]:
    """A speaker named by a known person's surname is that person, whatever label the model
    gave the word ("Trump said" with "Trump" labelled an organisation)."""
    surnames = {v.name.split()[-1]: v.name for v in found if v.person and " " in v.name}
    return [
        Voice(v.at, surnames[v.name], False, True, v.subject)
        if not v.person and not v.anonymous and v.name in surnames
        else v
        for v in found
    ]


def _surnames_as_subjects(doc: Doc, found: list[Voice]) -> list[Voice]:
    """A known person's surname that the model left unlabelled where it is a subject ("Yet
    Sondland has amended his testimony", labelled a place): a pronoun after it most likely means
    that person."""
    surnames = {v.name.split()[-1]: v.name for v in found if v.person and " " in v.name}
    taken = {v.at for v in found}
    return [
        Voice(t.idx, surnames[t.text], False, True, subject=True)
        for t in doc
        if t.dep_ in SUBJECTS and t.pos_ == "PROPN" and t.text in surnames and t.idx not in taken
    ]


def who(span: Span, known: list[Voice]) -> tuple[str | None, bool]:
    """The speaker's name (or description) and whether it is anonymous."""
    if is_pronoun(span) or is_aged(span):
        voice = aged_person(span, known) if is_aged(span) else antecedent(span, known)
        if voice is None:
            return None, False
        return (voice.name, True) if voice.anonymous else (full_form(voice.name, known), False)
    if is_named(span):
        return full_form(describe(span), known), False
    described = described_person(span)
    if described is not None:
        return full_form(described, known), False
    return describe(span), True


def full_form(name: str, known: list[Voice]) -> str:
    """A short name ("Nayeem") as the fullest form the article gives ("Mohammad Nayeem")."""
    words = name.split()
    if len(words) == 1 or (len(words) == 2 and words[0].rstrip(".") in en.HONORIFICS):
        last = words[-1]
        fuller = [s.name for s in known if not s.anonymous and last in s.name.split()[1:]]
        if fuller:
            return max(fuller, key=len)
    return name.removeprefix("The ").removeprefix("the ")


def refers_to(span: Span) -> str | None:
    """The named person or body a pronoun ("he", "they") or a definite description ("the
    minister") points back to, or None when the article does not say: for any extractor that
    meets such a phrase (roles, the event's who), not only for speakers."""
    known = named_speakers(span.doc)
    if is_pronoun(span):
        voice = antecedent(span, known)
        return None if voice is None or voice.anonymous else full_form(voice.name, known)
    described = described_person(span)
    return None if described is None else full_form(described, known)
