"""Checks on a candidate role: words before or around a name that are no role after all (another
person's title and name, a place's or a body's name, an age standing alone)."""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.lang import en
from briefgen.extract.titles import names_a_job


def titled_person(token: Token) -> bool:
    """The first word of another person's name right after a job word ("lawyer Omar Haddad")."""
    doc = token.doc
    if token.ent_type_ != "PERSON" or token.i == 0 or doc[token.i - 1].ent_type_ == "PERSON":
        return False
    before = doc[token.i - 1]
    return names_a_job(before) or before.lemma_.lower() in en.ROLE_NOUNS


def names_a_place_or_body(root: Token) -> bool:
    """A role is headed by a job, not by a place's or an organisation's name; the model at
    times takes a title into an organisation ("Defense Secretary"), so a job word stays one."""
    lemma = root.lemma_.lower()
    if lemma in en.ROLE_NOUNS or lemma in en.TITLE_WORDS or names_a_job(root):
        return False
    return root.ent_type_ in {"GPE", "LOC", "ORG", "FAC"}


def a_number(token: Token) -> bool:
    """A number of its own (an age in a list: "Kevin King, 63,"), not one inside a hyphenated
    description ("a 14-year-old boy from Irving", "a 30-year veteran")."""
    doc = token.doc
    joined = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    return token.like_num and not joined
