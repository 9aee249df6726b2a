"""Small helpers shared by the extractors: evidence from spans, cleaning entity text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from briefgen.records import Evidence

T = TypeVar("T")

_BOILERPLATE = re.compile(
    r"\b(image|images|photo|photos|picture|pictures|copyright|getty|shutterstock|caption|"
    r"share|sharing|view|subscribe|newsletter|read or share|click|cookie|advertisement)\b",
    re.IGNORECASE,
)
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
"""Month names in calendar order, lower case."""
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
"""Day names from Monday (Python's weekday 0), lower case."""
RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow"})
"""Words that name a day relative to the article's date."""
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | RELATIVE_DAYS
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "announce",
        "explain",
        "note",
        "claim",
        "insist",
        "warn",
        "report",
        "write",
        "declare",
        "confirm",
        "deny",
        "reply",
        "respond",
        "argue",
        "comment",
        "describe",
        "acknowledge",
        "ask",
        "urge",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "tweet",
        "post",
        "quote",
        "recall",
        "admit",
        "concede",
        "predict",
        "promise",
        "vow",
    }
)


def evidence(span: Span | Token) -> Evidence:
    """Evidence for a span or token of a Doc parsed from the article body."""
    if isinstance(span, Token):
        return Evidence(span.idx, span.idx + len(span.text))
    return Evidence(span.start_char, span.end_char)


def strip_span(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s"}
    ):
        end -= 1
    return doc[start:end]


def clean_name(text: str) -> str:
    """Entity text without possessive endings and with single spaces."""
    text = " ".join(text.split())
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(' ,.;:"“”')


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
        or bool(_BOILERPLATE.search(text))
        or text.casefold() in _CALENDAR
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
