"""Date phrases that name no one day or month: a month of every year ("every November", "In
November, the air gets cool") and "today" meaning nowadays ("one of the hottest trends today").

Both are told in the present simple, the tense of what recurs or holds; news of one event is told
in the past ("was arrested in May") or the future ("will testify in May"). Such a phrase stays on
the timeline unresolved rather than being pinned to the month or day of publication.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.lang import en
from briefgen.extract.tense import clause_tense, governing_verb

_PRESENT = frozenset({"VBZ", "VBP"})
_DEADLINE_WORDS = frozenset({"by", "until", "till", "before", "after", "since", "from", "through"})
# a month or a day said to come round again
_RECURRING_KINDS = frozenset({"month", "part_month", "month_day", "day_month"})


def is_recurring(kind: str, span: Span) -> bool:
    """A month or a day without a year that recurs: next to "every", "each", or in a clause with
    "typically", "usually" …; a bare month also in a present-simple clause ("In November, the
    air gets cool"; "With a late October harvest, farmers have a month")."""
    if kind not in _RECURRING_KINDS:
        return False
    verb = governing_verb(span)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in en.HABITUAL_WORDS:
        return True
    if verb is not None and any(c.lower_ in en.HABITUAL_WORDS for c in verb.children):
        return True
    # "get a vaccine by the end of October" is a deadline, not a month of every year
    deadline = before in _DEADLINE_WORDS or span[0].lower_ in _DEADLINE_WORDS
    present = verb is not None and _present_simple(span, verb)
    return kind in {"month", "part_month"} and present and not deadline


def is_nowadays(span: Span) -> bool:
    """ "today" as nowadays: in a present-simple clause of state ("which today is primarily
    cloud computing", "continues to suffer … today") or hung on a noun with no verb of its own ("the
    hottest gadget trends today"); not "today's announcement", the day of publication."""
    today = span[0]
    if today.lower_ != "today" or len(span) != 1 or today.dep_ == "poss":
        return False
    if today.i + 1 < len(span.doc) and span.doc[today.i + 1].tag_ == "POS":
        return False
    verb = governing_verb(span)
    if verb is None:
        return today.head.pos_ in {"NOUN", "PROPN"}
    # "the court rules today" is news of the day: only a verb of state says what holds now
    state = verb.head if verb.tag_ == "VB" and verb.dep_ == "xcomp" else verb
    return state.lemma_.lower() in en.STATE_VERBS and _present_simple(span, verb)


def is_scheduled(span: Span) -> bool:
    """A weekday in a present-simple clause: news tells what is planned for a coming day so
    ("Saturday is the 75th anniversary", "the Senate votes Tuesday"); a past day is told in the
    past."""
    verb = governing_verb(span)
    root = span.root
    if verb is None or root.dep_ == "poss":
        return False  # "Monday's announcement": the day of a thing told, not of a plan
    # the verb's own date ("Saturday is", "votes Tuesday", "votes on Tuesday"), not a noun's
    # ("follows the testimony Tuesday")
    own = root.head == verb or (root.head.dep_ == "prep" and root.head.head == verb)
    return own and _present_simple(span, verb)


def _present_simple(span: Span, verb: Token) -> bool:
    """The clause is in the present simple: a present verb with no helper (not "is meeting",
    "has said", "is to vote"), or an infinitive under one ("continues to suffer"); not a
    clause that points ahead or back."""
    if clause_tense(span) is not None:
        return False
    if verb.tag_ == "VB" and verb.dep_ == "xcomp":
        verb = verb.head
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ not in _PRESENT and not (
        verb.tag_ == "VBN" and any(h.tag_ in _PRESENT for h in helpers)
    ):
        return False
    return not any(h.tag_ in {"MD", "VBD", "TO"} for h in helpers)
