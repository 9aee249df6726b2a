"""Timeline: date phrases found by our own patterns, resolved against the publication date.

A general date parser's search reads "may" and "20,000" as dates, so phrases are found here, and
the calendar parts they give are resolved and checked with `datetime`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from briefgen.extract.spans import MONTHS, WEEKDAYS, cached, short_phrase
from briefgen.partial_date import PartialDate
from briefgen.records import Article, Event, Evidence, Precision

_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "month_day",
        re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?"),
    ),
    (
        "day_month",
        re.compile(
            r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r"(?:,?\s+"
            + _YEAR
            + r")?"
        ),
    ),
    (
        "part_month",
        re.compile(
            r"\b(?P<part>(?:the\s+)?(?:beginning|start|end|middle)\s+of|early|late|mid-?)\s*"
            + _MONTH
            + r"(?:,?\s+"
            + _YEAR
            + r")?",
            re.IGNORECASE,
        ),
    ),
    ("month_year", re.compile(_MONTH + r",?\s+" + _YEAR)),
    (
        "weekday",
        re.compile(
            r"\b(?P<mod>(?:late|early)\s+(?:on\s+)?|last\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    # a time of day names its day as surely as "today" does: "last night" is the day before
    # publication, "this afternoon" and "tonight" the day of publication
    (
        "relative_day",
        re.compile(
            r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|"
            r"this (?:morning|afternoon|evening))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:earlier|later)\s+this|last|this|next|past)\s+(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "in_year",
        re.compile(
            r"\b(?:in|since|by|during|until|of)\s+(?:early\s+|late\s+|mid-)?" + _YEAR + r"\b"
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class _Resolved:
    date: str | None
    precision: Precision | None


def extract_timeline(doc: Doc, article: Article) -> tuple[Event, ...]:
    """Dated events, earliest first; unresolved ones last in article order.

    Worked out once per doc: the outlook extractor reads the same timeline.
    """
    return cached(doc, f"timeline:{article.published}", lambda d: _timeline(d, article))


def _timeline(doc: Doc, article: Article) -> tuple[Event, ...]:
    text = doc.text  # `Doc.text` joins every token anew on each access
    events: list[Event] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if (
                kind == "month_day"
                and match.group("month").lower().startswith("may")
                and not match.group("month")[0].isupper()
            ):
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


def resolve(kind: str, match: re.Match[str], published: date | None) -> _Resolved:
    """Resolve one matched date phrase against the publication date."""
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    month = _month_number(groups["month"]) if groups.get("month") else None
    if kind in {"month_day", "day_month"} and month is not None:
        day = int(groups["day"])
        return _day(year, month, day, published)
    if kind in {"part_month", "month_year"} and month is not None:
        if year is None:
            year = _closest_year_for_month(month, published) if published else None
        if year is None:
            return _Resolved(None, "month")
        return _Resolved(f"{year:04d}-{month:02d}", "month")
    if kind == "in_year" and year is not None:
        return _Resolved(f"{year:04d}", "year")
    if kind == "weekday":
        if published is None:
            return _Resolved(None, "day")
        target = WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - target) % 7
        if (groups.get("mod") or "").strip().lower() == "last" and back == 0:
            back = 7
        return _Resolved((published - timedelta(days=back)).isoformat(), "day")
    if kind == "relative_day":
        if published is None:
            return _Resolved(None, "day")
        rel = " ".join(groups["rel"].lower().split())
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(rel, 0)
        return _Resolved((published + timedelta(days=shift)).isoformat(), "day")
    if kind == "relative":
        return _relative(groups["rel"].lower().split()[-1], groups["unit"].lower(), published)
    return _Resolved(None, None)


def _day(year: int | None, month: int, day: int, published: date | None) -> _Resolved:
    if year is None and published is None:
        return _Resolved(PartialDate.of(None, month, day), "day")
    if year is None and published is not None:
        year = _closest_year_for_month(month, published, day)
    iso = _checked_date(f"{year:04d}-{month:02d}-{day:02d}")
    return _Resolved(iso, "day")


def _checked_date(text: str) -> str | None:
    """The ISO date if it exists on the calendar ("2021-02-30" does not)."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _closest_year_for_month(month: int, published: date | None, day: int = 15) -> int | None:
    if published is None:
        return None
    candidates = [published.year - 1, published.year, published.year + 1]

    def distance(year: int) -> int:
        try:
            return abs((date(year, month, min(day, 28)) - published).days)
        except ValueError:
            return 10**6

    return min(candidates, key=distance)


def _relative(which: str, unit: str, published: date | None) -> _Resolved:
    if published is None:
        return _Resolved(None, "week" if unit == "week" else unit)  # type: ignore[arg-type]
    step = {"last": -1, "past": -1, "this": 0, "earlier": 0, "later": 0, "next": 1}.get(which, 0)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return _Resolved(monday.isoformat(), "week")
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return _Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    return _Resolved(f"{published.year + step:04d}", "year")


def _month_number(text: str) -> int | None:
    key = text.lower().rstrip(".")[:4]
    if key in _MONTH_ABBR:
        return _MONTH_ABBR[key]
    return _MONTH_ABBR.get(key[:3])


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
