"""What happened, and why and how where the main clause says so: the event verb with its
objects and complements, a cause ("because …", "due to …") and a means ("by …", "using …")."""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.lang import en
from briefgen.extract.spans import evidence, short_phrase
from briefgen.records import Cited, Evidence

MAX_WHAT_WORDS = 12
"""`what` is cut to this many words, dropping whole phrases first."""
# Children of the event verb that belong in `what`: its objects and complements, not its
# subject, side clauses or the date.
_WHAT_DEPS = frozenset(
    {"aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "xcomp", "oprd", "dative", "ccomp"}
)


def find_what(verb: Token) -> Cited:
    """The verb with its objects and complements, without the date ("met for the first time")."""
    dates = {t.i for t in verb.sent if t.ent_type_ in {"DATE", "TIME"}}

    def dated(child: Token) -> bool:  # "on Tuesday night": a phrase that is only a date
        return all(t.i in dates or t.pos_ == "ADP" for t in child.subtree)

    kept = [
        c for c in verb.children if (c.dep_ in _WHAT_DEPS or _is_object_prep(c)) and not dated(c)
    ]
    tokens = [verb, *(t for c in kept for t in c.subtree if t.i not in dates)]
    while len(tokens) > MAX_WHAT_WORDS and kept:
        kept.pop()  # drop the last whole phrase, never cut one in half
        tokens = [verb, *(t for c in kept for t in c.subtree if t.i not in dates)]
    tokens = sorted(tokens, key=lambda t: t.i)[: MAX_WHAT_WORDS + 4]
    text = short_phrase(tokens, max_words=MAX_WHAT_WORDS)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Cited(text, (Evidence(start, end),))


def _is_object_prep(token: Token) -> bool:
    """The first prepositional phrase after the verb when it is its object ("met with Obama")."""
    return (
        token.dep_ in {"prep", "agent"}
        and token.i > token.head.i
        and not any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in token.subtree)
        and token == next((c for c in token.head.rights if c.dep_ in {"prep", "agent"}), None)
    )


def find_why(verb: Token) -> Cited | None:
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in en.CAUSE_MARKS for m in child.children
        ):
            return _cited(child)
        if child.dep_ == "prep":
            phrase = " ".join(t.lower_ for t in child.subtree)
            if any(phrase.startswith(p + " ") for p in en.CAUSE_PREPS):
                return _cited(child)
    return None


def find_how(verb: Token) -> Cited | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "using", "with"}:
            objects = [c for c in child.children if c.dep_ in {"pcomp", "pobj"}]
            if child.lower_ == "by" and objects and objects[0].tag_ == "VBG":
                return _cited(child)
            if child.lower_ == "using" and objects:
                return _cited(child)
        if child.dep_ == "advcl" and child.lower_ == "using":
            return _cited(child)
    return None


def _cited(token: Token) -> Cited:
    tokens = list(token.subtree)
    span = token.doc[tokens[0].i : tokens[-1].i + 1]
    return Cited(short_phrase(tokens, max_words=15), (evidence(span),))
