"""Timeline: date phrases found by our own patterns (`lang.en.DATE_PHRASES`), resolved against
the publication date (`calendar`), each with the few words of the event it dates.

A general date parser's search reads "may" and "20,000" as dates, so phrases are found here, and
the calendar parts they give are resolved and checked with `datetime` (`calendar`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.calendar import resolve
from briefgen.extract.lang import en
from briefgen.extract.spans import cached, short_phrase
from briefgen.partial_date import PartialDate
from briefgen.records import Article, Event, Evidence


def extract_timeline(doc: Doc, article: Article) -> tuple[Event, ...]:
    """Dated events, earliest first; unresolved ones last in article order.

    Worked out once per doc: the outlook extractor reads the same timeline.
    """
    return cached(doc, f"timeline:{article.published}", lambda d: _timeline(d, article))


def _timeline(doc: Doc, article: Article) -> tuple[Event, ...]:
    text = doc.text  # `Doc.text` joins every token anew on each access
    events: list[Event] = []
    taken: list[range] = []
    for kind, pattern in en.DATE_PHRASES:
        for match in pattern.finditer(text):
            if kind == "month_day" and en.is_month_may(match):
                continue
            if any(match.start() in r or match.end() - 1 in r for r in taken):
                continue
            resolved = resolve(kind, match, article.published)
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            taken.append(range(match.start(), match.end()))
            events.append(
                Event(
                    text=match.group(0).strip(),
                    date=PartialDate(resolved.date) if resolved.date else None,
                    precision=resolved.precision,
                    event=_event_label(span),
                    evidence=(Evidence(match.start(), match.end()),),
                )
            )
    return tuple(sorted(events, key=_order))


def _order(event: Event) -> tuple[int, str, int]:
    start = event.evidence[0].start if event.evidence else 0
    if event.date is None or not event.date.has_year:
        return (1, "", start)
    return (0, event.date, start)


def _event_label(span: Span) -> str:
    """A few words for what happened: the clause the date belongs to, without the date."""
    verb = _governing_verb(span.root)
    if verb is None:
        return short_phrase(
            [t for t in span.sent if t.i not in range(span.start, span.end)], max_words=10
        )
    tokens: list[Token] = []
    for child in verb.children:
        if child.dep_ in {
            "nsubj",
            "nsubjpass",
            "aux",
            "auxpass",
            "neg",
            "dobj",
            "prt",
            "attr",
            "acomp",
            "xcomp",
            "oprd",
        }:
            tokens.extend(child.subtree)
    tokens.append(verb)
    tokens = [t for t in tokens if t.i not in range(span.start, span.end)]
    return short_phrase(tokens, max_words=10)


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in {"VERB", "AUX"} else None
        current = current.head
    return None
