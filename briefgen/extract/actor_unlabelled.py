"""Organisations the small model leaves unlabelled, found by the words around them: a name right
after the noun that says what it is ("beauty company Coty", "investor SoftBank", "carrier
SunExpress"), and a name owned by a person ("Elon Musk's SpaceX"). The model labels names it
has seen; a young company's name it has not is a bare proper noun, and these two constructions
are how news copy introduces one."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import cached

_POSSESSIVE = frozenset({"'s", "’s"})
_RECURRING = 3


def unlabelled_orgs(doc: Doc) -> list[Span]:
    """Names of organisations the model left unlabelled (cached per doc)."""
    return cached(doc, "unlabelled_orgs", _find)


def _find(doc: Doc) -> list[Span]:
    found = []
    for token in doc:
        if token.i == 0 or not _bare_name_word(token) or _bare_name_word(doc[token.i - 1]):
            continue
        end = token.i + 1
        while end < len(doc) and _bare_name_word(doc[end]):
            end += 1
        span = doc[token.i : end]
        if span[-1].lemma_.lower() in en.ROLE_NOUNS or span[-1].lower_ in en.TITLE_WORDS:
            continue  # "Musk's Chief of Staff": a title
        before = doc[token.i - 1]
        described = before.pos_ == "NOUN" and before.is_lower and before.lemma_ in en.ORG_NOUNS
        owner = doc[token.i - 2] if token.i > 1 else None
        owned = before.text in _POSSESSIVE and owner is not None and owner.ent_type_ == "PERSON"
        if described or owned:
            found.append(Span(doc, span.start, span.end, label="ORG"))
    return found + _recurring_subjects(doc, {t.i for s in found for t in s})


def _recurring_subjects(doc: Doc, taken: set[int]) -> list[Span]:
    """A one-word name the model never labels that the article keeps using and makes act
    ("reason Facebook was able to acquire Oculus", "a takeover offer from Facebook"): named
    _RECURRING times or more, at least once as a subject, never opening its sentence (where a
    capital says nothing)."""
    uses: dict[str, list[Token]] = {}
    for token in doc:
        if token.i in taken or not _bare_name_word(token) or token.is_sent_start:
            continue
        if _bare_name_word(doc[token.i - 1]) or (
            token.i + 1 < len(doc) and _bare_name_word(doc[token.i + 1])
        ):
            continue  # a word of a longer name
        uses.setdefault(token.text, []).append(token)
    return [
        Span(doc, t.i, t.i + 1, label="ORG")
        for tokens in uses.values()
        if len(tokens) >= _RECURRING and any(t.dep_ in {"nsubj", "nsubjpass"} for t in tokens)
        for t in tokens
    ]


def _bare_name_word(token: Token) -> bool:
    """A proper noun no entity holds, written as a name ("Coty", "SpaceX", "SUNEXPRESS")."""
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in en.TITLE_WORDS
    )
