"""Phrases of the parse that labels are made of: a noun with its modifiers, a phrase cut
before a relative clause, the prepositional phrases of a word, the first words of a phrase."""

from __future__ import annotations

from spacy.tokens import Token

_NUMBERS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_AUXILIARIES = frozenset({"aux", "auxpass"})


def compact(noun: Token) -> list[Token]:
    """A noun with the modifiers before it ("Dow Jones Industrial Average"), no article."""
    return [
        t
        for t in noun.subtree
        if (t.i <= noun.i or _names_with(t, noun))
        and (t.dep_ not in {"det", "punct", "predet"} or _joins_a_word(t))
        and (t.ent_type_ not in _NUMBERS or _in_name(t))
    ]


def _in_name(token: Token) -> bool:
    """A number that is part of a name ("S&P 500", "pan-European STOXX 600 index")."""
    doc = token.doc
    return token.head.pos_ == "PROPN" or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN")


def _names_with(token: Token, noun: Token) -> bool:
    """A number right after a name that is part of it ("S&P 500", "STOXX 600")."""
    return token.i == noun.i + 1 and token.like_num and noun.pos_ == "PROPN" and token.head == noun


def _joins_a_word(token: Token) -> bool:
    """A hyphen inside a word ("Wai-ching", "pan-democrats"), which the word keeps."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def trim(tokens: list[Token]) -> list[Token]:
    """A phrase cut before a relative clause or a parenthesis it carries."""
    # a relative clause is cut where it starts ("the total oil that actually made it"), not at
    # its verb, which would keep "that actually"
    cut = [t.left_edge.i for t in tokens if t.dep_ in {"relcl", "appos"}]
    cut += [t.i for t in tokens if t.text in {",", "(", "—"}]
    first = tokens[0].i if tokens else 0
    cut = [i for i in cut if i > first] or [i for i in cut if i == first and tokens[0].is_punct]
    return [t for t in tokens if not cut or t.i < min(cut)]


def preps(token: Token) -> list[Token]:
    return [
        t
        for c in token.children
        if c.dep_ == "prep" and c.i > token.i
        for t in trim(list(c.subtree))
    ]


def first_words(tokens: list[Token], limit: int) -> list[Token]:
    """The first `limit` words of a phrase, its hyphens and punctuation not counted."""
    kept: list[Token] = []
    for token in tokens:
        if len([t for t in kept if not t.is_punct]) >= limit and not token.is_punct:
            break
        kept.append(token)
    return kept


def to_noun(words: list[Token], limit: int) -> list[Token]:
    """The first `limit` words, carried on to the noun of a prepositional phrase they cut into
    ("made it into the water", not "made it into the"), by at most three words."""
    kept = words[:limit]
    if len(words) <= limit:
        return kept
    last = kept[-1].i
    ends = [
        o.i
        for t in kept
        if t.dep_ == "prep"
        for o in t.children
        if o.dep_ == "pobj" and last < o.i <= last + 3
    ]
    return [t for t in words if t.i <= max(ends)] if ends else kept


def up_to_head(prep: Token, limit: int) -> list[Token]:
    """A prepositional phrase cut after its noun, at most about `limit` words: "for West Bank
    first aid stations", "in a one-time security grant", "from the life expectancies of 660
    million people". Cutting at a count of words instead kept "for West Bank first" and lost the
    noun that says what it is."""
    words = trim(list(prep.subtree))
    noun = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if noun is None:
        return first_words(words, limit)
    # "of an inch of rain": a measure's own "of"-phrase says what it measures
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    end = inner.i if inner is not None else noun.i
    kept = [t for t in words if t.i <= end]
    if len([t for t in kept if not t.is_punct]) <= limit + 2:
        return kept
    short = [prep, *(t for t in kept if noun.i - 3 < t.i <= noun.i)]
    if of is not None and inner is not None:
        short += [of, *(t for t in kept if max(inner.i - 3, of.i) < t.i <= inner.i)]
    return short


def verbal(token: Token) -> bool:
    """A verb, or a word with an auxiliary the model took for a noun ("was last trading")."""
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_ in _AUXILIARIES for c in token.children)
