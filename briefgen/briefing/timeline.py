"""A briefing's timeline as a reader takes it: dated rows in date order, rows whose date could
not be resolved apart, and what is dated after publication under What's next instead."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.records import Brief, Event, Outlook

MAX_WORDS = 40
"""A statement under What's next is its sentence, cut after this many words."""


def dated(brief: Brief) -> tuple[Event, ...]:
    """Events with a date no later than publication, earliest first (article order on a tie)."""
    rows = [e for e in brief.timeline if e.date is not None and not _future(brief, e)]
    return tuple(sorted(rows, key=_order))


def unresolved(brief: Brief) -> tuple[Event, ...]:
    """Events whose date could not be resolved, in article order."""
    return tuple(e for e in brief.timeline if e.date is None)


def future(brief: Brief) -> tuple[Event, ...]:
    """Events dated after publication, earliest first."""
    return tuple(sorted((e for e in brief.timeline if _future(brief, e)), key=_order))


def whats_next(brief: Brief) -> tuple[Outlook, ...]:
    """The brief's statements about the future, and each future event of its timeline that
    none of them already holds, in article order."""
    covered = [_sentence(brief, o.evidence[0].start) for o in brief.outlook if o.evidence]
    extra = [
        Outlook(
            text=_shorten(brief.body[slice(*_sentence(brief, e.evidence[0].start))]),
            cue="future date",
            when=e.text,
            date=e.date,
            precision=e.precision,
            evidence=e.evidence,
        )
        for e in future(brief)
        if e.evidence and _sentence(brief, e.evidence[0].start) not in covered
    ]
    items: Sequence[Outlook] = [*brief.outlook, *extra]
    return tuple(sorted(items, key=lambda o: o.evidence[0].start if o.evidence else 0))


def _future(brief: Brief, event: Event) -> bool:
    return (
        brief.published is not None
        and event.date is not None
        and event.date.is_after(brief.published)
    )


def _order(event: Event) -> tuple[int, int, int]:
    stated = event.date
    assert stated is not None
    return (stated.year or 0, stated.month or 0, stated.day or 0)


def _sentence(brief: Brief, offset: int) -> tuple[int, int]:
    for sent in brief.sentences:
        if sent.start <= offset < sent.end:
            return sent.start, sent.end
    return offset, offset


def _shorten(text: str) -> str:
    words = text.split()
    return " ".join(words) if len(words) <= MAX_WORDS else " ".join(words[:MAX_WORDS]) + " …"
