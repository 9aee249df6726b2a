"""Small helpers shared by the extractors: evidence from spans, cleaning entity text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.records import Evidence

T = TypeVar("T")


def evidence(span: Span | Token) -> Evidence:
    """Evidence for a span or token of a Doc parsed from the article body."""
    if isinstance(span, Token):
        return Evidence(span.idx, span.idx + len(span.text))
    return Evidence(span.start_char, span.end_char)


def strip_span(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in en.ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in en.POSSESSIVE_S
    ):
        end -= 1
    return doc[start:end]


def clean_name(text: str) -> str:
    """Entity text without possessive endings and with single spaces."""
    text = " ".join(text.split())
    for suffix in en.POSSESSIVE_ENDINGS:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(' ,.;:"“”')


def extend_name(span: Span, *, across_entities: bool = False) -> Span:
    """A name grown over the capitalised proper nouns after it that the model left out ("Sher
    Mohammad Abbas" + "Stanikzai"): not over a word the model gave another entity type, unless
    `across_entities` (a speaker's name as reported takes every such word)."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and (across_entities or doc[end].ent_type_ in {"", "PERSON"})
    ):
        end += 1
    return doc[span.start : end]


def short_phrase(tokens: list[Token], max_words: int = 12) -> str:
    """Text of tokens in order, trimmed of edge punctuation, at most `max_words` words."""
    words = [t.text_with_ws for t in sorted(tokens, key=lambda t: t.i)]
    text = "".join(words).strip()
    parts = text.split()
    if len(parts) > max_words:
        text = " ".join(parts[:max_words])
    return text.strip(" ,.;:\"“”'")


def is_boilerplate(text: str) -> bool:
    """Page furniture, a calendar word, a number or a lower-case phrase: never a name."""
    words = text.split()
    return (
        not words
        or len(words) > 8
        or bool(en.BOILERPLATE.search(text))
        or text.casefold() in en.CALENDAR_WORDS
        or any(ch.isdigit() for ch in text)
        or text == text.lower()
    )


def cached(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, worked out once per parsed doc (several extractors ask the same)."""
    key = f"briefgen.{name}"
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    return doc.user_data[key]  # type: ignore[no-any-return]


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once (`Doc.text` joins every token anew on each access)."""
    return cached(doc, "text", lambda d: d.text)


def names_in(names: Sequence[str], text: str) -> bool:
    """Whether one of `names` stands in `text` as whole words, in any case."""
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded) for n in names if n)


def parenthesised(span: Span) -> set[int]:
    """Character offsets of `span` that stand between parentheses."""
    inside: set[int] = set()
    for match in re.finditer(r"\([^()]*\)", span.text):
        inside.update(range(span.start_char + match.start(), span.start_char + match.end()))
    return inside
