"""Which way a date phrase points: the tense of the clause it dates.

A day named without a year or a week ("Thursday", "May 18") is the last one before publication
in a clause about the past ("was arrested on May 18") and the next one in a clause about the
future ("will testify Thursday", "is to be held from November 20", "is set to descend this
week"). The clause decides, not the sentence: "said Friday it will start next Saturday" dates
the saying to the last Friday and the start to the coming Saturday.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from briefgen.extract.lang import en

Tense = Literal["past", "future"]
_HOPS = 6
# "is to be held", "is due to", "is set to", "is expected to": a to-infinitive under one of these
# (or under "be") looks ahead
_AHEAD = en.PLAN_LEMMAS | {"be"}


def governing_verb(span: Span) -> Token | None:
    """The verb of the clause a date phrase belongs to."""
    token = span.root
    for _ in range(_HOPS):
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def clause_tense(span: Span) -> Tense | None:
    """ "future" for a clause with a future modal or an infinitive of plan or expectation,
    "past" for a clause in a past tense, None when it does not say (present, no verb)."""
    verb = governing_verb(span)
    if verb is None:
        return None
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(h.tag_ == "MD" and h.lower_ in en.AHEAD_MODALS for h in helpers) or _looks_ahead(verb):
        return "future"
    # "will be allowed to play … on Sunday": an infinitive too takes the future it hangs on
    infinitive = verb.tag_ == "VB" and verb.dep_ == "xcomp"
    if (verb.tag_ in {"VBZ", "VBP"} or infinitive) and _under_future(verb):
        return "future"
    if verb.tag_ == "VBD" or any(h.tag_ == "VBD" for h in helpers):
        return "past"
    if verb.tag_ == "VBN" and any(h.lower_ in {"has", "have", "'ve", "had"} for h in helpers):
        return "past"
    return None


def _under_future(verb: Token) -> bool:
    """ "will become … when he travels on Sunday": a present clause inside a future one."""
    token = verb
    for _ in range(_HOPS):
        if token.head.i == token.i:
            return False
        token = token.head
        helpers = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
        if any(h.tag_ == "MD" and h.lower_ in en.AHEAD_MODALS for h in helpers):
            return True
        if token.tag_ in {"VBD", "VBN"}:
            return False
    return False


def _looks_ahead(verb: Token) -> bool:
    """ "are to travel", "is set to descend", "is likely to reach": an infinitive governed by a
    verb (or an adjective after "be") of plan or expectation in the present."""
    # "On Wednesday, they are to travel": the date hangs on "are", the plan on its infinitive
    infinitive = any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children
    )
    if verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"} and infinitive:
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am"} for c in verb.children):
        return True  # "are to travel": the parse hangs "are" on the infinitive
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in _AHEAD:
        return False
    tensed = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
    if head.dep_ == "acomp":  # "is likely to": the tense is on the copula
        tensed.append(head.head)
    return any(t.tag_ in {"VBZ", "VBP", "MD"} for t in tensed)
