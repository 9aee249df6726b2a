"""Quotes and sources: direct quotations with their speakers, and who the article relies on.

Quotations are found over the whole body, so a quotation may span sentences; it is attributed from
the speech verb outside its own words in the sentences that open and close it ("…," one of the
sources told RFE/RL). A pronoun speaker ("he said") is the latest speaker or person named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import cached, evidence
from briefgen.extract.speakers import (
    describe,
    full_name,
    is_named,
    is_pronoun,
    noun_phrase,
    speech_verbs,
    subject,
    unlabelled_people,
)
from briefgen.records import Article, Evidence, Quote, Source

_QUOTE = re.compile(r"“(?P<curly>[^“”]{2,1500})”|\"(?P<straight>[^\"]{2,1500})\"")
_MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Speaker:
    at: int
    """Character offset where the speaker is named."""
    name: str
    """Name or description."""
    anonymous: bool
    """True when described, not named."""
    person: bool
    """True for one person (he/she can point to it), False for a body or many (it/they)."""


def extract_quotes(doc: Doc, article: Article) -> tuple[Quote, ...]:
    """Direct quotations in article order, each with its speaker where the text gives one."""
    sents = list(doc.sents)
    known = _named_speakers(doc)
    quotes: list[Quote] = []
    last_close = -10
    last: tuple[str | None, bool] = (None, False)
    for match in _QUOTE.finditer(article.body):  # the parsed text itself; Doc.text is rebuilt
        text = " ".join((match.group("curly") or match.group("straight")).split()).strip(" ,")
        if len(text.split()) < _MIN_WORDS:
            continue
        inner = range(match.start(), match.end())
        first, final = (
            _sentence_index(sents, match.start()),
            _sentence_index(sents, match.end() - 1),
        )
        cue = _attribution(sents, first, final, inner)
        if cue is not None:
            speaker, anonymous = _who(cue, known)
        elif first <= last_close + 1:
            speaker, anonymous = last  # a quotation that carries on the previous speaker's words
        else:
            speaker, anonymous = None, False
        last, last_close = (speaker, anonymous), final
        quotes.append(Quote(speaker, text, anonymous, (Evidence(match.start(), match.end()),)))
    return tuple(quotes)


def extract_sources(doc: Doc, article: Article) -> tuple[Source, ...]:
    """Who the article relies on: named and described subjects of speech verbs, 'according to'."""
    known = _named_speakers(doc)
    found: dict[str, Source] = {}
    for sent in doc.sents:
        for span in _source_spans(sent):
            if is_pronoun(span):
                continue
            name, anonymous = _who(span, known)
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
    return tuple(found.values())


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


def _sentence_index(sents: list[Span], char: int) -> int:
    for i, sent in enumerate(sents):
        if sent.start_char <= char < sent.end_char:
            return i
    return len(sents) - 1


def _attribution(sents: list[Span], first: int, final: int, inner: range) -> Span | None:
    """The speaker phrase for a quotation between sentences `first` and `final`."""
    candidates: list[tuple[Token, Span]] = []
    for index in dict.fromkeys((final, first)):
        sent = sents[index]
        for verb in speech_verbs(sent, inner):
            span = subject(verb)
            if span is not None and span.start_char not in inner:
                candidates.append((verb, span))
        for token in sent:
            if token.idx not in inner and (span := _according_to(token)) is not None:
                candidates.append((token, span))
    if not candidates:
        return None
    # The verb that governs the quoted words wins ("said that … '…,' Reuters reported").
    inside = [t for s in (sents[first], sents[final]) for t in s if t.idx in inner]
    for verb, span in candidates:
        if any(verb in t.ancestors for t in inside):
            return span
    middle = (inner.start + inner.stop) // 2
    return min(candidates, key=lambda c: abs(c[0].idx - middle))[1]


def _named_speakers(doc: Doc) -> list[_Speaker]:
    """People and speakers in text order, for resolving pronouns (worked out once per doc)."""
    return cached(doc, "speakers", _find_speakers)


def _find_speakers(doc: Doc) -> list[_Speaker]:
    found: list[_Speaker] = [
        _Speaker(e.start_char, full_name(e), False, True) for e in doc.ents if e.label_ == "PERSON"
    ]
    found += [_Speaker(s.start_char, s.text, False, True) for s in unlabelled_people(doc)]
    for sent in doc.sents:
        for verb in speech_verbs(sent):
            span = subject(verb)
            if span is None or is_pronoun(span):
                continue
            named = is_named(span)
            person = span.root.ent_type_ == "PERSON" or (
                not named
                and span.root.lemma_.lower() in en.PERSON_NOUNS
                and span.root.tag_ != "NNS"
            )
            if named and span.root.pos_ == "PROPN" and not span.root.ent_type_:
                person = True  # an unlabelled proper name that speaks is a person ("Ajmal Jan")
            found.append(_Speaker(span.start_char, describe(span), not named, person))
    return sorted(found, key=lambda s: s.at)


def _who(span: Span, known: list[_Speaker]) -> tuple[str | None, bool]:
    """The speaker's name (or description) and whether it is anonymous."""
    if is_pronoun(span):
        wants_person = span[0].lower_ in en.PERSON_PRONOUNS
        before = [s for s in known if s.at < span.start_char and s.person == wants_person]
        if not before:
            return None, False
        return before[-1].name, before[-1].anonymous
    if is_named(span):
        return _full_form(describe(span), known), False
    return describe(span), True


def _full_form(name: str, known: list[_Speaker]) -> str:
    """A short name ("Nayeem") as the fullest form the article gives ("Mohammad Nayeem")."""
    words = name.split()
    if len(words) == 1 or (len(words) == 2 and words[0].rstrip(".") in en.HONORIFICS):
        last = words[-1]
        fuller = [s.name for s in known if not s.anonymous and last in s.name.split()[1:]]
        if fuller:
            return max(fuller, key=len)
    return name.removeprefix("The ").removeprefix("the ")
