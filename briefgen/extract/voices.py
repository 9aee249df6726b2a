"""Whose voice a speaker phrase is: a name in its fullest form, a description, or a pronoun
pointing back to the latest person (or body) named before it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from briefgen.extract.lang import en
from briefgen.extract.spans import cached
from briefgen.extract.speakers import (
    describe,
    full_name,
    is_named,
    is_pronoun,
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


def named_speakers(doc: Doc) -> list[Voice]:
    """People and speakers in text order, for resolving pronouns (worked out once per doc)."""
    return cached(doc, "speakers", _find_speakers)


def _find_speakers(doc: Doc) -> list[Voice]:
    found: list[Voice] = [
        Voice(e.start_char, full_name(e), False, True) for e in doc.ents if e.label_ == "PERSON"
    ]
    found += [Voice(s.start_char, s.text, False, True) for s in unlabelled_people(doc)]
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
            found.append(Voice(span.start_char, describe(span), not named, person))
    return sorted(found, key=lambda s: s.at)


def who(span: Span, known: list[Voice]) -> tuple[str | None, bool]:
    """The speaker's name (or description) and whether it is anonymous."""
    if is_pronoun(span):
        wants_person = span[0].lower_ in en.PERSON_PRONOUNS
        before = [s for s in known if s.at < span.start_char and s.person == wants_person]
        if not before:
            return None, False
        return before[-1].name, before[-1].anonymous
    if is_named(span):
        return full_form(describe(span), known), False
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
