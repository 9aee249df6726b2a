"""Numbers that name rather than count: a model ("787-9", "737 Max"), a product line ("Boeing
787"), a code ("911", "5G"), a security's tenor ("the 30-year bond"), a kind of thing ("a
two-state solution"), an idiom ("one-off"). Such a number is part of a name in the story and
measures nothing, so it is not a figure."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefgen.extract import amounts, units
from briefgen.extract.lang import en
from briefgen.extract.spans import doc_text

_NUMBER_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_LETTERED = re.compile(r"(\d{3,})[a-zA-Z]{1,2}")
_IDIOM = re.compile(r"(?:one|two)-(?:off|time|way|sided|on-one)\b", re.IGNORECASE)
"""A number inside an idiom ("one-off charges", "a one-time tax", "two-way trade")."""
_PARTS = ("th", "ths", "third", "thirds", "half", "quarter", "quarters")
"""Endings of a fraction spelled out ("one-fourth", "two-thirds")."""


def names_a_thing(ent: Span) -> bool:
    """True for a number entity that is part of a name (module doc)."""
    if _IDIOM.match(doc_text(ent.doc), ent.start_char):
        return True
    return _designator(ent) or _code(ent) or _kind(ent) or _tenor(ent)


def model_numbers(doc: Doc) -> frozenset[str]:
    """Numbers the article writes as a model's name somewhere ("787-9", "777x", "A380"): a bare
    "787" or "777" elsewhere in it names the model too, not a quantity."""
    found = set()
    for token in doc[:-1]:
        after = doc[token.i + 1]
        lettered = _LETTERED.fullmatch(token.text)
        if lettered is not None:
            found.add(lettered[1])  # "777x", written as one word
            continue
        if _named_model(token, after):
            found.add(token.text)
        if not token.is_digit or token.whitespace_ or len(token) < 3:
            continue
        if after.text == "-" and token.i + 2 < len(doc) and doc[token.i + 2].is_digit:
            found.add(token.text)  # "787-9"
        elif after.is_alpha and len(after) <= 2 and not amounts.is_scale(after.text):
            found.add(token.text)  # "777x"
    return frozenset(found)


def _named_model(token: Token, after: Token) -> bool:
    """ "its popular 737 Max jet": a number of three digits or more, written without a comma,
    between a determiner or adjective and a capitalised name it runs into."""
    if not token.is_digit or len(token) < 3 or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return (
        after.pos_ == "PROPN"
        and after.is_title
        and after.ent_type_ not in _NUMBER_TYPES
        and before.tag_ in {"DT", "PRP$", "JJ", "VBN", "POS"}
    )


def _kind(ent: Span) -> bool:
    """ "a two-state solution", "four-stroke engines", "a two-class layout": a number spelled out
    hyphened onto a noun that is no unit names a kind of thing, not a quantity in the story; "a
    12-day trip", "two-thirds" and "a 14-year-old" still measure."""
    doc = ent.doc
    first = ent[0]
    alone = len(ent) == 1 or (len(ent) == 3 and ent[1].text == "-")
    if not alone or not first.is_alpha or first.whitespace_:
        return False
    if first.lower_ not in en.NUMBER_WORDS and not amounts.is_scale(first.text):
        return False
    if first.i + 2 >= len(doc) or doc[first.i + 1].text != "-" or doc[first.i + 1].whitespace_:
        return False
    word = doc[first.i + 2]
    if not word.is_alpha or word.lower_ in en.NUMBER_WORDS or word.lower_.endswith(_PARTS):
        return False  # "twenty-five", "two-thirds", "one-fourth"
    if amounts.is_scale(first.text) or word.lower_ in en.NOT_UNIT_WORDS:
        return False  # "a billion-euro fine", "a one-vote margin": still an amount or a count
    if en.DURATION_UNIT.fullmatch(word.text) or units.is_unit_word(word):
        return False  # "five-year", "a two-mile walk"
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    noun = after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"} and after.text != "-"
    return noun or word.dep_ in {"amod", "compound"}


def _tenor(ent: Span) -> bool:
    """ "10-year notes", "the 30-year bond": a length of time that names a security, not a
    measure of anything in the story."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].dep_ in {"compound", "amod"} and doc[end].pos_ != "PROPN":
        end += 1
    noun = doc[end] if end < len(doc) else None
    return (
        noun is not None
        and "-" in ent.text
        and bool(en.DURATION_UNIT.search(ent.text))
        and noun.lemma_.lower() in en.SECURITIES
    )


def _code(ent: Span) -> bool:
    """A number that is a code, not a quantity: an emergency number one calls ("called 911",
    "911 calls") or a technology's name ("5G", "4K": a letter written onto the number)."""
    if len(ent) != 1 or not ent[0].is_digit:
        return False
    token = ent[0]
    doc = ent.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and not token.whitespace_ and after.is_alpha and len(after) <= 2:
        return not units.is_unit_word(after) and not amounts.is_scale(after.text)
    return token.head.lemma_ in en.CALL_WORDS


def _designator(ent: Span) -> bool:
    """A bare number that names a model or a product line ("Boeing 787", "737 Max", "Case
    1000"): it sits in a name (next to a proper noun it modifies or that modifies it) and
    counts nothing."""
    if len(ent) != 1 or not ent[0].is_digit:
        return False
    token = ent[0]
    doc = ent.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ not in {"DATE", "MONEY"}:
        if amounts.with_neighbours(ent) != ent.text:
            return False  # "Rs 24 lakh": a currency, not a name
        return token.dep_ in {"compound", "nmod", "appos", "nummod", "npadvmod", "ROOT"}
    # "737 Max": the number modifies the name after it; "30 Boeing jets" counts the jets
    named_after = after is not None and after.pos_ == "PROPN" and after.is_title
    return named_after and token.dep_ in {"compound", "nmod"} and token.head.pos_ == "PROPN"
