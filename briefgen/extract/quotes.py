"""Quotes and sources: direct quotations with their speakers, and who the article relies on."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefgen.extract.spans import SPEECH_VERBS, evidence, short_phrase
from briefgen.records import Article, Evidence, Quote, Source

_QUOTE = re.compile(r"[\"“](?P<text>[^\"“”]{12,}?)[\"”]")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words that make a subject a source rather than any actor: people and bodies that inform.
_SOURCE_NOUNS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "participant",
        "participants",
        "diplomat",
        "diplomats",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "ministry",
        "statement",
        "police",
        "report",
        "reports",
        "service",
        "agency",
        "person",
        "people",
    ]
)


def extract_quotes(doc: Doc, article: Article) -> tuple[Quote, ...]:
    """Direct quotations in article order, each with its speaker where the sentence names one."""
    quotes: list[Quote] = []
    last_person: str | None = None
    for sent in doc.sents:
        speaker_span = _speaker(sent)
        speaker, anonymous = _describe(speaker_span, last_person)
        if speaker_span is not None and not anonymous and speaker_span.root.ent_type_ == "PERSON":
            last_person = speaker
        for match in _QUOTE.finditer(doc.text, sent.start_char, sent.end_char):
            text = " ".join(match.group("text").split()).strip(" ,")
            quotes.append(
                Quote(
                    speaker=speaker,
                    text=text,
                    anonymous=anonymous,
                    evidence=(Evidence(match.start(), match.end()),),
                )
            )
        for ent in sent.ents:
            if ent.label_ == "PERSON":
                last_person = last_person if speaker_span is not None else _full(ent)
    return tuple(quotes)


def extract_sources(doc: Doc, article: Article) -> tuple[Source, ...]:
    """Who the article relies on: subjects of speech verbs and 'according to' phrases."""
    found: dict[str, Source] = {}
    for sent in doc.sents:
        for span in _source_spans(sent):
            description, anonymous = _describe(span, None)
            if description is None or description.lower() in _PRONOUNS:
                continue
            if not anonymous and not _is_named(span):
                continue
            if anonymous and not any(t.lemma_.lower() in _SOURCE_NOUNS for t in span):
                continue
            key = description.casefold()
            if key in found:
                old = found[key]
                found[key] = Source(old.description, old.anonymous, (*old.evidence, evidence(span)))
            else:
                found[key] = Source(description, anonymous, (evidence(span),))
    return tuple(found.values())


def _source_spans(sent: Span) -> list[Span]:
    spans: list[Span] = []
    for token in sent:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
            subject = _subject(token)
            if subject is not None:
                spans.append(subject)
        if (
            token.lower_ == "according"
            and token.i + 1 < len(sent.doc)
            and sent.doc[token.i + 1].lower_ == "to"
        ):
            objects = [c for c in sent.doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                spans.append(_np(objects[0]))
    return spans


def _speaker(sent: Span) -> Span | None:
    for token in sent:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
            subject = _subject(token)
            if subject is not None:
                return subject
        if token.lower_ == "according" and token.i + 1 < len(sent.doc):
            objects = [c for c in sent.doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return _np(objects[0])
    return None


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return _np(child)
    return None


def _np(token: Token) -> Span:
    """The noun phrase headed by `token`, without trailing relative clauses set off by commas."""
    doc = token.doc
    tokens = [
        t
        for t in token.subtree
        if not (
            t.dep_ == "relcl"
            or any(a.dep_ == "relcl" for a in t.ancestors if a.i != token.i and a in token.subtree)
        )
    ]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    span = doc[start:end]
    cut = next((t.i for t in span if t.text == "," and t.i > token.i), None)
    if cut is not None:
        span = doc[start:cut]
    return span


def _describe(span: Span | None, last_person: str | None) -> tuple[str | None, bool]:
    if span is None:
        return None, False
    if len(span) == 1 and span[0].lower_ in _PRONOUNS:
        return last_person, False
    if _is_named(span):
        names = [e for e in span.ents if e.label_ in _NAMED_LABELS]
        person = next((e for e in names if e.label_ == "PERSON"), None)
        return (_full(person) if person is not None else short_phrase(list(span), 14)), False
    return short_phrase(list(span), 14), True


def _is_named(span: Span) -> bool:
    return any(e.label_ == "PERSON" for e in span.ents) or (
        any(e.label_ in {"ORG", "GPE"} for e in span.ents)
        and not any(
            t.lemma_.lower() in {"source", "official", "participant", "diplomat"} for t in span
        )
    )


def _full(ent: Span) -> str:
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return " ".join(doc[ent.start : end].text.split())
