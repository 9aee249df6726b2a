"""Passing mentions: a name the article drops once, which neither acts nor is introduced.

A brief lists the story's key actors. The gold convention (tests/gold/README.md, optional_actors)
and a reader agree that an organisation or a person named once in passing ("a report by the
Interior Department's ...", "the White House in 2008") is not one of them. A single mention
still makes an actor when the name acts there (the subject of a clause or of "by" in a passive,
what a copula names ("the candidates elected were ..."), or a conjunct of one), when the article
gives it a role, when it stands in the lead, or when it is the organisation in another actor's
role ("the deputy director of the London Ambulance Service")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "attr"})


def acts(span: Span) -> bool:
    """The name acts in its clause: a subject, the agent of a passive, or a conjunct of one."""
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in _SUBJECT_DEPS:
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "by":
        return True
    return node.dep_ == "appos" and node.head.dep_ in {"nsubj", "nsubjpass"}


def is_passing(mentions: Sequence[Span], has_role: bool, lead_end: int, in_roles: set[int]) -> bool:
    """True when a name is a passing mention (see the module's doc); `lead_end` is the token
    where the first sentence ends, `in_roles` the tokens of other actors' roles."""
    if len(mentions) != 1 or has_role:
        return False
    span = mentions[0]
    return not (acts(span) or span.start < lead_end or span.root.i in in_roles)
