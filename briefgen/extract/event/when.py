"""When: the main sentence's own date phrase, else a recent day the story gives the event, else
the day the story was published.

News reports what has just happened: a lead that dates nothing ("A suicide bomber has rammed a
truck into a German consulate") tells of the day it is published, so that day is the event's
unless the story names a better one. It is shown as the publication date, never as a phrase of
the text, and carries no evidence. A story that went out in the small hours was written the
evening before (overnight wire and web copy): its news is of the day before."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from spacy.tokens import Doc, Span, Token

from briefgen.extract.event.lead import running_text
from briefgen.extract.lang import en
from briefgen.extract.quote_marks import quotations
from briefgen.extract.spans import cached, doc_text
from briefgen.partial_date import PartialDate
from briefgen.records import Article, Event

PUBLISHED = "date of publication"
"""The phrase shown for an event dated by its story's publication date."""
OVERNIGHT_END = time(6)
"""A story published before this hour (on its own clock) tells of the day before."""
RECENT_DAYS = 7
"""A date later in the story is the event's only if it is at most this many days before publication."""


def find_when(sent: Span, verb: Token, article: Article, timeline: Sequence[Event]) -> Event | None:
    """The date phrase of the main sentence (the finest first); else a day the story gives the
    event where it tells it again with the same verb; else the latest day in the week before
    publication that the story itself names (not a speaker's "today", not a credit's "USA
    Today", not a caption): the news is what happened last; else a month or year of
    the main sentence; else the publication date."""
    inside = [
        e for e in timeline if e.evidence and sent.start_char <= e.evidence[0].start < sent.end_char
    ]
    # an unresolved period ("in recent weeks") dates nothing; a month or a year in the main
    # sentence gives way to a day the story names for the event ("sales in October" is background)
    # "for the first time since 1908": the start of a span, not the day of the event
    dated = [e for e in inside if e.date is not None and not e.text.lower().startswith("since ")]
    finer = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
    best = min(dated, key=lambda e: (finer[e.precision], e.evidence[0].start)) if dated else None
    if best is not None and best.precision in {"day", "week"}:
        return best
    found = _nearby_day(sent, verb, article, timeline)
    if found is None and best is None and article.published is not None:
        return publication_day(article.published, article.published_time)
    return found if found is not None else best


def publication_day(published: date, at: time | None = None) -> Event:
    """The publication date as the event's date, for a lead that names none; the day before
    for a story published overnight (before `OVERNIGHT_END`)."""
    if at is not None and at.replace(tzinfo=None) < OVERNIGHT_END:
        published -= timedelta(days=1)
    return Event(PUBLISHED, PartialDate(published.isoformat()), "day", "")


def _nearby_day(
    sent: Span, verb: Token, article: Article, timeline: Sequence[Event]
) -> Event | None:
    published = article.published.toordinal() if article.published else None
    # a day, and in a dated article one in the week before publication: not background
    days = [
        e
        for e in timeline
        if e.evidence
        and e.precision == "day"
        and e.date is not None
        and (
            published is None
            if not e.date.has_year
            else published is not None and 0 <= published - _ordinal(e.date) <= RECENT_DAYS
        )
    ]
    days = [e for e in days if _told(sent.doc, e)]
    restated = _restated(sent, verb, days)
    if restated is not None or published is None:
        return restated
    recent = days

    def distance(event: Event) -> int:
        at = event.evidence[0].start
        return at - sent.end_char if at >= sent.end_char else 2 * (sent.start_char - at)

    # the latest day the story names is the news; of several mentions, the nearest
    return min(recent, key=lambda e: (-_ordinal(e.date or ""), distance(e))) if recent else None


def _restated(sent: Span, verb: Token, timeline: Sequence[Event]) -> Event | None:
    """A date the story gives the event where it tells it again with the same verb: "have
    visited Ashgabat and held talks …" then "the talks were held on July 10"."""
    doc = sent.doc
    lemmas = {t.lemma_.lower() for t in (verb, *verb.conjuncts) if t.pos_ == "VERB"}
    lemmas -= {*en.PLAIN_VERBS, *en.SPEECH_VERBS}
    in_text_order = sorted((e for e in timeline if e.evidence), key=lambda e: e.evidence[0].start)
    for event in in_text_order:
        if event.evidence[0].start < sent.end_char or event.date is None:
            continue
        span = doc.char_span(
            event.evidence[0].start, event.evidence[0].end, alignment_mode="expand"
        )
        head = span.root if span is not None else None
        for _ in range(6):
            if head is None or head.pos_ == "VERB" or head.head.i == head.i:
                break
            head = head.head
        if head is not None and head.lemma_.lower() in lemmas:
            return event
    return None


def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _told(doc: Doc, event: Event) -> bool:
    """Whether a date phrase is the story's own telling: not inside a quotation (a speaker's
    "today" is the day they spoke), not part of a name ("USA Today Sports" in a photo credit),
    and in running text rather than a caption or a list of links."""
    start = event.evidence[0].start
    quoted = cached(doc, "quotations", lambda d: quotations(doc_text(d)))
    if any(q.inner_start <= start < q.inner_end for q in quoted):
        return False
    span = doc.char_span(start, event.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART", "FAC"} for t in span):
        return False
    return running_text(span.sent)
