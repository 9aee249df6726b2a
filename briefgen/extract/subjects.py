"""Who or what a figure's clause is about: the subject of its verb, found through pronouns
(the previous sentence's subject), relative clauses, appositions, auxiliaries and lists of
clauses; and the place the clause names."""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.lang import en
from briefgen.extract.phrases import compact, up_to_head, verbal

_NOUN = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUN_SUBJECTS = frozenset({"PRON", "DET"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_LINKED = frozenset({"xcomp", "conj", "ccomp", "advcl", "acomp"})
"""Clauses whose missing or pronoun subject is their head clause's."""


def actor(phrase: Token, inside: set[int]) -> list[Token]:
    """The subject of the clause the figure stands in, when the figure is not in it."""
    node = phrase
    for _ in range(8):
        if verbal(node) or node.head.i == node.i:
            break
        if node.dep_ in _SUBJECTS:
            return []
        node = node.head
    if not verbal(node):
        return []
    subject = find_subject(node)
    if subject is None or subject.i in inside or phrase in subject.subtree:
        return []
    return subject_words(subject)


def where(phrase: Token) -> list[Token]:
    """The place the figure's clause names ("killed when a shooter fired inside a church in
    Sutherland Springs"): a count of an event is read with where it happened."""
    node = phrase
    for _ in range(8):
        if verbal(node) or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ in {"advcl", "xcomp"} and verbal(node.head):
        node = node.head  # "opened fire ... in Las Vegas, killing 59 people"
    first = next((t for t in node.subtree if t.ent_type_ in _PLACES and t.i != phrase.i), None)
    if first is None:
        return []
    name = next(e for e in first.doc.ents if e.start <= first.i < e.end)
    return list(name)


def find_subject(verb: Token) -> Token | None:
    """The verb's subject, through "stands to lose" and "which also will lose" (a relative
    pronoun stands for the noun its clause describes); a personal pronoun ("it rose 5%") stands
    for the subject of the clause it hangs on, or of the sentence before; None when none is
    found."""
    node = verb
    for _ in range(4):
        subject = _subject_of(node)
        if subject is not None:
            if subject.pos_ not in _PRONOUN_SUBJECTS and not subject.like_num:
                return _named(subject)
            if node.dep_ == "relcl" and node.head.pos_ in _NOUN:
                return _named(node.head)  # "which also will lose", "five of whom were fined"
            if subject.lower_ not in en.STAND_IN_PRONOUNS:
                return None
            if node.dep_ not in _LINKED or node.head.i == node.i:
                return _antecedent(subject)
            node = node.head  # "when it disintegrated": the main clause says what "it" is
            continue
        if node.dep_ == "acl" and node.head.pos_ in _NOUN:
            return node.head  # "the letter signed by seven physicians"
        left = _stray_subject(node)
        if left is not None:
            return left
        if node.dep_ not in _LINKED or node.head.i == node.i:
            return None
        node = node.head
    return None


def _stray_subject(verb: Token) -> Token | None:
    """A noun right before a verb that has no subject, which the model hung on something
    earlier: in a list of clauses ("the Dow fell 102 points, the S&P 500 lost 1.85 points") the
    second subject is often taken for an apposition of the first clause's number."""
    if verb.i == 0 or verb.dep_ not in _LINKED:
        return None
    left = verb.doc[verb.i - 1]
    if left.pos_ in _NOUN and left.dep_ in {"appos", "conj", "npadvmod"} and left.head.i < left.i:
        return left
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's own subject, or one the model hung on its auxiliary ("Regina Ip was
    re-elected": the hyphen splits the verb)."""
    for word in (verb, *(c for c in verb.children if c.dep_ in _AUXILIARIES)):
        subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def subject_words(noun: Token) -> list[Token]:
    """A subject with the nouns joined to it ("Daimler and Volkswagen fell")."""
    words = compact(noun)
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in _NOUN:
            joint = [c for c in noun.children if c.dep_ == "cc" and c.i < child.i]
            words += [*joint[-1:], *compact(child)]
    return words


def described(noun: Token) -> list[Token]:
    """A copula's subject with what narrows it ("the average price for a new sedan was
    $31,627"): a common noun keeps its first prepositional phrase, a few words of it."""
    words = compact(noun)
    if noun.pos_ != "NOUN":
        return words
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i), None)
    return words + (up_to_head(prep, 4) if prep is not None else [])


def _named(noun: Token) -> Token:
    """The name a description stands beside ("Texas, a solid Republican state ...", "the Afghan
    war, a terrible and costly conflict")."""
    if noun.dep_ == "appos" and noun.head.pos_ in _NOUN:
        return noun.head
    return noun


def _antecedent(pronoun: Token) -> Token | None:
    """What "it" or "they" at the start of a sentence refers to: the previous sentence's
    subject, when that is a noun."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ not in _NOUN:
        return None
    return _named(subject)
