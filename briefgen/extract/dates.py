"""Timeline: date phrases found by our own patterns (`lang.en.DATE_PHRASES`), resolved against
the publication date (`calendar`), each with the few words of the event it dates.

A general date parser's search reads "may" and "20,000" as dates, so phrases are found here, and
the calendar parts they give are resolved and checked with `datetime` (`calendar`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefgen.extract.anaphoric import resolve_from
from briefgen.extract.calendar import Resolved, resolve
from briefgen.extract.clauses import event_label
from briefgen.extract.habitual import is_nowadays, is_recurring, is_scheduled
from briefgen.extract.lang import en
from briefgen.extract.spans import cached
from briefgen.extract.tense import clause_tense
from briefgen.partial_date import PartialDate
from briefgen.records import Article, Event, Evidence, Precision

_JOINERS = frozenset({"and", "or", "to", "between"})
_FUTURE_WORDS = frozenset({"due", "scheduled", "upcoming", "expected"})
_BARE_YEAR = next(p for k, p in en.DATE_PHRASES if k == "year")
_RANGE_WORDS = frozenset({"to", "and", "through", "until", "-", "–"})
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
_SAME_DAY = next(p for k, p in en.DATE_PHRASES if k == "same_day")
_FULL_DATE_AFTER = re.compile(
    r",?\s+(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d\b|[0-3]?\d\s+[A-Z][a-z]{2,8})"
)
# phrases whose day depends on which way their clause points ("Thursday", "May 18")
_POINTED = frozenset({"weekday", "month_day", "day_month", "holiday", "relative", "weekend"})


def extract_timeline(doc: Doc, article: Article) -> tuple[Event, ...]:
    """Dated events, earliest first; unresolved ones last in article order.

    Worked out once per doc: the outlook extractor reads the same timeline.
    """
    return cached(doc, f"timeline:{article.published}", lambda d: _timeline(d, article))


def _timeline(doc: Doc, article: Article) -> tuple[Event, ...]:
    text = doc.text  # `Doc.text` joins every token anew on each access
    events: list[Event] = []
    counted: list[tuple[re.Match[str], Span, str]] = []  # "the next day": resolved after the rest
    taken: list[range] = []
    for kind, pattern in en.DATE_PHRASES:
        for match in pattern.finditer(text):
            if kind == "month_day" and en.is_month_may(match):
                continue
            if any(match.start() in r or match.end() - 1 in r for r in taken):
                continue
            start = match.start()
            if kind == "month" and (match.group("mod") or "").strip().lower() in _JOINERS:
                start = match.start("month")  # "between May and July": the month alone
            span = doc.char_span(start, match.end(), alignment_mode="expand")
            if span is None or (
                kind in {"year", "in_year"} and not _is_year_here(span, match, text)
            ):
                continue
            if kind in {"anaphoric", "same_day"}:
                taken.append(range(match.start(), match.end()))
                counted.append((match, span, event_label(span)))
                continue
            if _not_a_date(kind, match, span, text):
                continue
            tense = clause_tense(span) if kind in _POINTED or kind == "month" else None
            if kind == "weekday" and tense is None and is_scheduled(span):
                tense = "future"  # "Saturday is the 75th anniversary": news tells a plan so
            resolved = resolve(
                kind,
                match,
                article.published,
                future=_is_future(span.sent) or (kind == "month" and tense == "future"),
                tense=tense if kind in _POINTED else None,
            )
            if is_recurring(kind, span) or (kind == "relative_day" and is_nowadays(span)):
                resolved = Resolved(None, None)
            label = event_label(span)
            taken.append(range(match.start(), match.end()))
            if not label:
                continue  # a date standing alone (a dateline or a byline's date) dates nothing
            events.append(_event(text, start, match.end(), resolved, label))
    for match, span, label in sorted(counted, key=lambda item: item[0].start()):
        anchor = _anchor(events, span)
        if match.re is _SAME_DAY:  # "later that evening": the day told before, if one was
            at_day = anchor is not None and anchor[1] == "day"
            resolved = Resolved(anchor[0] if anchor and at_day else None, "day")
        else:
            resolved = resolve_from(match, *(anchor or (None, None)))
        if label:  # as above: a date standing alone dates nothing
            events.append(_event(text, match.start(), match.end(), resolved, label))
    return tuple(sorted(events, key=_order))


def _not_a_date(kind: str, match: re.Match[str], span: Span, text: str) -> bool:
    """ "Early May Avoid" in a title-case headline: "May" tagged as a modal or before a bare
    verb is no month; a
    weekday just before the date it names ("on Saturday, May 18") is that date, told once."""
    if "month" in match.groupdict() and match.group("month") and match.group("month")[:3] == "May":
        month = span.doc.char_span(match.start("month"), match.end("month"))
        after = month.doc[month.end] if month is not None and month.end < len(month.doc) else None
        if month is not None and (month[0].tag_ == "MD" or (after and after.tag_ == "VB")):
            return True
    return kind == "weekday" and _FULL_DATE_AFTER.match(text, match.end()) is not None


def _anchor(events: list[Event], span: Span) -> tuple[PartialDate, Precision | None] | None:
    """The date told last before `span`, in its sentence or the one before."""
    sent = span.sent
    previous = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    before = [
        e
        for e in events
        if e.date is not None
        and e.date.has_year
        and e.evidence
        and previous.start_char <= e.evidence[0].start < span.start_char
    ]
    if not before:
        return None
    last = max(before, key=lambda e: e.evidence[0].start)
    return (last.date, last.precision) if last.date is not None else None


def _event(text: str, start: int, end: int, resolved: Resolved, label: str) -> Event:
    return Event(
        text=text[start:end].strip(),
        date=PartialDate(resolved.date) if resolved.date else None,
        precision=resolved.precision,
        event=label,
        evidence=(Evidence(start, end),),
    )


def _is_year_here(span: Span, match: re.Match[str], text: str) -> bool:
    """Not a copyright notice ("© 2019 Associated Press") nor a house number ("of 1909 Jolinda
    Drive"); a bare number also as `_is_year` says."""
    if en.NOT_YEAR_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
        return False
    year = span[-1]
    before = span.doc[year.i - 1].lower_ if year.i > 0 else ""
    after = span.doc[year.i + 1] if year.i + 1 < len(span.doc) else None
    if after is not None and after.pos_ == "PROPN" and year.dep_ == "nummod" and before != "the":
        return False  # "of 1909 Jolinda Drive"; but "the 1967 Six-Day War" is a year
    return match.re is not _BARE_YEAR or _is_year(span)


def _is_year(span: Span) -> bool:
    """A bare four-digit number is a year where the model reads a date (or names an event by
    it: "the 1967 Six-Day War") and it counts nothing ("2000 troops" counts troops; "the 2014
    protests" does not: a count after "the" would be written "2,014")."""
    root = span.root
    doc = root.doc
    after_the = root.i > 0 and doc[root.i - 1].lower_ == "the"
    counts = root.dep_ == "nummod" and root.head.tag_ in {"NNS", "NNPS"} and not after_the
    if after_the and root.dep_ == "nummod" and root.head.tag_ in {"NN", "NNP"}:
        return True  # "the 2022 presidential election": no count goes with one election
    if (
        root.i > 1
        and doc[root.i - 1].lower_ in _RANGE_WORDS
        and _YEARISH.fullmatch(doc[root.i - 2].text)
    ):
        return True  # "from 2010 to 2015": the end of a span of years is a year as its start is
    return root.ent_type_ in {"DATE", "EVENT"} and not counts


def _is_future(sent: Span) -> bool:
    """Whether a sentence speaks of what is to come ("will", "is due to", "is scheduled")."""
    return any(
        (t.tag_ == "MD" and t.lower_ in en.FUTURE_MODALS) or t.lower_ in _FUTURE_WORDS for t in sent
    )


def _order(event: Event) -> tuple[int, str, int]:
    start = event.evidence[0].start if event.evidence else 0
    if event.date is None or not event.date.has_year:
        return (1, "", start)
    return (0, event.date, start)
