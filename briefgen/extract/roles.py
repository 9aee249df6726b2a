"""Roles: the role or title an article gives a person, read from the parse.

Two constructions carry a role: an apposition ("Mohammad Nayeem, the Taliban's spokesman in
Qatar," or "the chief of the Taliban's political office in Qatar, Stanikzai") and title words
before the name ("U.S. President Joe Biden", "local police chief Sayed Kamal Sadat"). The
affiliation is the organisation or state the role names ("Taliban")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, short_phrase, strip_span

_ROLE_BREAKS = frozenset({",", ";", "(", ")", ":", "—", "–", "|"})


def find_role(span: Span) -> Span | None:
    """The role or title the article gives a person: apposition or title words before the name."""
    role = _role_candidate(span)
    if role is None:
        return None
    cut = next((t.i for t in role if t.text in _ROLE_BREAKS), role.end)
    role = role.doc[role.start : cut]
    # a role headed by another name, or holding an age, is a list of people the parse joined
    if not len(role) or role.root.ent_type_ == "PERSON" or any(t.like_num for t in role):
        return None
    if any("@" in t.text or "/" in t.text for t in role):
        return None  # a social-media handle or a link
    if role.root.pos_ not in {"NOUN", "PROPN"}:
        return None  # "harshly criticized Trump": words before a name that are no title
    return role


def _role_candidate(span: Span) -> Span | None:
    root = span.root
    doc = span.doc
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"} and root.head.i < span.start:
        head = root.head
        # "the chief of the Taliban's political office in Qatar, Stanikzai": the parser hangs the
        # name on the nearest noun (Qatar); the role is the common noun that heads the chain
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
            head = head.head.head
        tokens = [t for t in head.subtree if t.i < span.start]
        return _trim(doc, tokens)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN":
            return _trim(doc, list(child.subtree))
    titles = [
        t
        for t in doc[max(0, span.start - 4) : span.start]
        if t.head.i in range(span.start, span.end) and t.dep_ in {"compound", "amod", "nmod"}
    ]
    if titles:
        # "local police chief Sayed Kamal Sadat": the title word keeps its own modifiers, back to
        # the nearest conjunction or other name
        start = min(u.i for t in titles for u in t.subtree)
        for t in doc[start : span.start]:
            if t.dep_ in {"cc", "conj"} or t.ent_type_ == "PERSON" or t.text in _ROLE_BREAKS:
                start = t.i + 1
        title = doc[span.start - 1] if span.start > 0 else None
        # a title word is capitalised ("U.S. President") or a known role noun ("police chief");
        # "heavy crash Lewis Hamilton" is a caption running into a name, not a title
        if title is None or not (title.is_title or title.lemma_.lower() in en.ROLE_NOUNS):
            return None
        return _trim(doc, list(doc[start : span.start]))
    return None


def _trim(doc: Doc, tokens: list[Token]) -> Span | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end and (doc[start].is_punct or doc[start].lower_ in en.ARTICLES):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None


def role_text(span: Span | None) -> str | None:
    if span is None:
        return None
    text = short_phrase(list(span), max_words=12)
    return text or None


def affiliation(role_span: Span | None) -> str | None:
    if role_span is None:
        return None
    for ent in role_span.ents:
        if ent.label_ in {"ORG", "GPE", "NORP"}:
            return clean_name(strip_span(ent).text) or None
    return None
