"""Offices named after the one who holds them: "the Prime Minister's Bureau", "California
Governor's Office of Emergency Services", "the U.S. Attorney's Office for the Western District
of New York". The small model labels such a name in part or not at all (the possessive breaks
its entity), so a rule-based spaCy Matcher finds the whole name: capitalised words ending in a
title, the possessive, an office word, and the capitalised "of"/"for" phrase that closes it."""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from briefgen.extract.lang import en

OFFICE = "briefgen-office"
"""The `kb_id` of an office's span: its full name may run past the word limit of a name."""
_MATCHERS: dict[int, Matcher] = {}
_POSSESSIVE = {"IN": ["'s", "’s"]}


def _matcher(vocab: Vocab) -> Matcher:
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        # anchored on the title (a leading "any capitalised words" makes the matcher try every
        # token); the capitalised words before it are taken in office_names
        holder: list[dict[str, Any]] = [
            {"LOWER": {"IN": sorted(en.ROLE_NOUNS | en.TITLE_WORDS)}, "IS_TITLE": True},
            {"ORTH": _POSSESSIVE},
            {"LOWER": {"IN": sorted(en.OFFICE_WORDS)}, "IS_TITLE": True},
        ]
        tail: list[dict[str, Any]] = [
            {"LOWER": {"IN": ["of", "for"]}},
            {"LOWER": "the", "OP": "?"},
            {"IS_TITLE": True, "OP": "+"},
        ]
        more: list[dict[str, Any]] = [{"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]
        matcher = Matcher(vocab)
        matcher.add("OFFICE", [holder, holder + tail, holder + tail + more], greedy="LONGEST")
        _MATCHERS[id(vocab)] = matcher
    return matcher


def office_names(doc: Doc) -> list[Span]:
    """The offices named after their holder in `doc`, labelled ORG, longest first where two
    overlap; capitalised words before the title ("U.S.", a state) are part of the name."""
    found = [Span(doc, start, end, label="ORG") for _, start, end in _matcher(doc.vocab)(doc)]
    spans = []
    for span in filter_spans(found):
        start = span.start
        while (
            start > 0
            and not doc[start - 1].is_stop
            and (doc[start - 1].is_title or doc[start - 1].text in {"US", "UK"})
        ):
            start -= 1  # "California Governor's ...", "U.S. Attorney's ..." (not "In", "The")
        spans.append(Span(doc, start, span.end, label="ORG", kb_id=OFFICE))
    return spans


def around(ents: list[Span], offices: list[Span]) -> list[Span]:
    """The entities with the offices in place of what they overlap: an entity inside an office
    goes, one that runs into it keeps its part before it ("Financial Conduct Authority and
    Information Commissioner's Office" keeps "Financial Conduct Authority")."""
    if not offices:
        return ents
    out: list[Span] = list(offices)
    for ent in ents:
        office = next((o for o in offices if o.start < ent.end and ent.start < o.end), None)
        if office is None:
            out.append(ent)
            continue
        end = office.start
        while end > ent.start and ent.doc[end - 1].lower_ in {"and", ",", "the", "&"}:
            end -= 1
        if ent.start < office.start and end > ent.start:
            out.append(Span(ent.doc, ent.start, end, label=ent.label_))
    return sorted(out, key=lambda s: s.start)
