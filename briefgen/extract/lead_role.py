"""A person the lead describes before naming: "An Ohio man threatened to kill his wife ..."
with "Wei Li, 38," named only later. The description is that person's role; news copy names
the lead's unnamed subject as the story's main person, so it goes to the person named most
often who has no role and is not named in the lead."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefgen.extract.actor_merge import Found
from briefgen.extract.lang import en
from briefgen.extract.spans import short_phrase


def lead_description(doc: Doc) -> Span | None:
    """The lead's subject when it is an unnamed person ("An Ohio man", "a 14-year-old boy")."""
    lead = next(iter(doc.sents), None)
    if lead is None:
        return None
    for token in lead:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ not in en.LEAD_PEOPLE:
            continue
        words = [t for t in token.subtree if t.i <= token.i]
        if (
            words
            and words[0].lower_ in {"a", "an"}
            and not any(t.ent_type_ == "PERSON" for t in words)
        ):
            return doc[words[0].i : token.i + 1]
    return None


def role_of(description: Span) -> str:
    """The description as a role, without its article ("Ohio man")."""
    return short_phrase(list(description)[1:])


def describe_lead_person(doc: Doc, items: list[Found], lead_end: int) -> None:
    """The lead's unnamed person ("An Ohio man threatened ...") is the person named most often
    later who has no role of their own (see the module's doc)."""
    description = lead_description(doc)
    people = [f for f in items if f.kind == "person" and f.mentions]
    if description is None or not people:
        return
    main = max(people, key=lambda f: len(f.mentions))
    if main.role is None and main.first >= lead_end:
        main.role, main.role_span = role_of(description), description
