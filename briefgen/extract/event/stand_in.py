"""Who, when the main clause's subject is not who acted: an act ("Russia's announcement"),
whose doer is its owner; or a subject that cannot act: an occasion ("the potentially title-deciding
Brazilian Grand Prix", "the meeting"), or a word the parse mistook for a subject ("well").

Such a subject says when or what, not who; the person the sentence names (first, in running
text) is the one the event is about, and stands in for it; with none there, the person the
story names most often.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import evidence
from briefgen.records import Actor, Cited

_OCCASIONS = frozenset({"EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})


def cannot_act(subject: Token) -> bool:
    """Whether a subject names no one who could act: not a noun or pronoun, an event or work
    the model labels so, or a noun of an occasion."""
    if subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return True
    if subject.ent_type_ in _OCCASIONS:
        return True
    return subject.lemma_.lower() in en.EVENT_NOUNS


def stand_in(
    sent: Span,
    subject: Token,
    actors: Sequence[Actor],
    actors_in: Callable[[Span, Sequence[Actor]], list[Cited]],
) -> tuple[Cited, ...]:
    """The person the sentence names outside the subject, first in it; else the story's most
    often named person."""
    inside = range(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    kinds = {a.name: a.kind for a in actors}
    named = [c for c in actors_in(sent, actors) if c.evidence and c.evidence[0].start not in inside]
    people = [c for c in named if kinds.get(c.text) == "person"]
    if people:
        return tuple(people[:1])
    # none in the sentence: the person the story names most often, first named of equals
    persons = [a for a in actors if a.kind == "person" and a.evidence]
    if not persons:
        return ()
    best = max(persons, key=lambda a: (len(a.evidence), -a.evidence[0].start))
    return (Cited(best.name, best.evidence[:1]),)


def owner_of(subject: Token, actors: Sequence[Actor]) -> tuple[Cited, ...]:
    """The actor whose act the subject names: "Russia's announcement that it will help Iran is
    raising questions" is Russia's doing. Only a noun made from a verb of acting or saying."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in en.ACT_NOUNS:
        return ()
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners:
        return ()
    doc = subject.doc
    span = doc[min(t.i for t in owners[0].subtree) : owners[0].i + 1]
    # the actor by its name: a possessive mention is not always among an actor's evidence
    said = span.text.casefold()
    for actor in actors:
        if said in {n.casefold() for n in (actor.name, *actor.aliases)}:
            return (Cited(actor.name, (evidence(span),)),)
    return ()
