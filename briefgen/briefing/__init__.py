"""What a briefing's page and PDF chapter show beyond the brief's own fields: the figures that
carry the news, and the timeline split into dated rows, unresolved rows and What's next."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.briefing.numbers import by_the_numbers
from briefgen.briefing.timeline import dated, unresolved, whats_next
from briefgen.records import Brief, Event, Figure, Outlook

__all__ = ["BriefingView", "briefing_view", "by_the_numbers"]


@dataclass(frozen=True, slots=True)
class BriefingView:
    """A brief as a reader is shown it."""

    numbers: tuple[Figure, ...]
    """By the numbers: the 3–5 figures that carry the news, best first (empty: no box)."""
    timeline: tuple[Event, ...]
    """Dated events up to publication, earliest first."""
    unresolved: tuple[Event, ...]
    """Events whose date could not be resolved, in article order."""
    whats_next: tuple[Outlook, ...]
    """Statements about the future and events dated after publication, in article order."""


def briefing_view(brief: Brief) -> BriefingView:
    """How `brief` is shown."""
    return BriefingView(
        numbers=by_the_numbers(brief),
        timeline=dated(brief),
        unresolved=unresolved(brief),
        whats_next=whats_next(brief),
    )
