"""A person's name as the article writes it, from the span the model labels: without a form of
address it took in ("Mr Ryan" is Ryan), and with a first name it left out before the surname
("Mayor of London Sadiq Khan" labelled only "Khan", "Rolfe McCartney" only "McCartney")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.lang import en
from briefgen.extract.titles import names_a_job


def without_honorific(span: Span) -> Span:
    """The name without a leading "Mr", "Mrs", "Ms" or "Dr" (a title, found as such)."""
    if len(span) > 1 and span[0].text.rstrip(".") in en.HONORIFICS:
        return span.doc[span.start + 1 : span.end]
    return span


def with_hyphen_tail(span: Span) -> Span:
    """The name grown over a hyphenated part the model cut off ("Wong Kwok" + "-hing"): a
    hyphen right after the name, with no space on either side, joins it to the next word."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[span.start : end]


def with_first_name(span: Span) -> Span:
    """The name grown back over one capitalised word right before it that no entity holds and
    that is no title ("Sadiq" in "Mayor of London Sadiq Khan"), when the word before that is
    not capitalised too (then the run is an organisation's or a title's: "Refugee Council")."""
    doc = span.doc
    if span.start == 0 or len(span) != 1:
        return span
    word = doc[span.start - 1]
    before = doc[word.i - 1] if word.i > 0 else None
    # a job word's ending ("-er", "-or") rules a word out unless an entity closes right before
    # it ("Enver" after "the Refugee Council"): a title would stand after "of the Council"
    after_entity = before is not None and bool(before.ent_type_)
    if not _could_be_first_name(word, ending_checked=not after_entity):
        return span
    if (
        before is not None
        and before.is_title
        and not before.is_sent_start
        and before.pos_ == "PROPN"
        and not before.ent_type_
    ):
        return span
    # ... but when that capitalised run is an entity the model closed before the word ("CEO of
    # the Refugee Council Enver Solomon": "the Refugee Council" is labelled and "Enver" left
    # out), the word is outside it and opens the name
    return doc[word.i : span.end]


def _could_be_first_name(word: Token, *, ending_checked: bool = True) -> bool:
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and word.is_alpha
        and not word.ent_type_
        and not word.is_sent_start
        and word.lower_ not in en.TITLE_WORDS
        and word.text not in en.HONORIFICS
        and word.lemma_.lower() not in en.ROLE_NOUNS
        and not names_a_job(word)
        and not (ending_checked and word.lower_.endswith(en.AGENT_SUFFIXES))
    )
