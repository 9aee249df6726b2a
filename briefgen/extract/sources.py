"""Sources: who the article relies on, named or described, from speech verbs and "according to"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.spans import evidence
from briefgen.extract.speakers import is_pronoun, noun_phrase, speech_verbs, subject
from briefgen.extract.voices import named_speakers, who
from briefgen.records import Article, Quote, Source


def extract_sources(doc: Doc, article: Article) -> tuple[Source, ...]:
    """Who the article relies on: named and described subjects of speech verbs, 'according to'."""
    known = named_speakers(doc)
    found: dict[str, Source] = {}
    for sent in doc.sents:
        for span in _source_spans(sent):
            if is_pronoun(span):
                continue
            name, anonymous = who(span, known)
            if not name or (anonymous and not _is_informant(span)):
                continue
            if anonymous and _is_anaphor(span):
                # "the official" after "a senior official at …" is the same source again
                words = {t.lower_ for t in span[1:]}
                earlier = [
                    s
                    for s in found.values()
                    if s.anonymous
                    and _head(s.description) == span.root.lower_
                    and words <= set(s.description.casefold().split())
                ]
                if (
                    not earlier
                    and len(span) == 2
                    and span.root.lemma_.lower() in en.INSTITUTION_NOUNS
                ):
                    continue  # "the company said": a named body spoken of again, not a new source
                if earlier:
                    name = earlier[-1].description
            key = name.casefold()
            old = found.get(key)
            spans = (*old.evidence, evidence(span)) if old else (evidence(span),)
            found[key] = Source(name, anonymous, spans)
    _add_quoted(found, extract_quotes(doc, article))
    return tuple(found.values())


_QUOTED_WORDS = 2
"""A quotation of this many words makes its speaker a source (one word is a label: a "disgrace")."""


def _add_quoted(found: dict[str, Source], quotes: tuple[Quote, ...]) -> None:
    """Everyone quoted is a source too: a speaker found only through a quotation ("…," she
    wrote; "X asked:") is added, unless a source already names them ("Obama" is "Barack Obama")."""
    for quote in quotes:
        if quote.speaker is None or len(quote.text.split()) < _QUOTED_WORDS:
            continue  # one word ("called it a "disgrace"") is a label, not testimony
        key = quote.speaker.casefold()
        words = set(key.split())
        if key in found or any(words <= set(k.split()) or set(k.split()) <= words for k in found):
            continue
        found[key] = Source(quote.speaker, quote.anonymous, quote.evidence)


def _is_anaphor(span: Span) -> bool:
    return span[0].lower_ in en.ANAPHOR_DETERMINERS and all(
        t.dep_ in {"det", "amod", "compound"} or t.i == span.root.i for t in span
    )


def _head(description: str) -> str:
    words = description.casefold().split()
    for stop in (f" {word} " for word in en.DESCRIPTION_STOPS):
        if stop in f" {description.casefold()} ":
            words = f" {description.casefold()} ".split(stop)[0].split()
            break
    return words[-1] if words else ""


def _is_informant(span: Span) -> bool:
    lemma = span.root.lemma_.lower()
    return (
        lemma in en.PERSON_NOUNS
        or lemma in en.INSTITUTION_NOUNS
        or span.root.lower_ in en.PERSON_NOUNS
    )


def _source_spans(sent: Span) -> list[Span]:
    spans = [s for verb in speech_verbs(sent) if (s := subject(verb)) is not None]
    spans += [s for s in (_according_to(t) for t in sent) if s is not None]
    return spans


def _according_to(token: Token) -> Span | None:
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
    return noun_phrase(objects[0]) if objects else None
