"""Which briefings a book holds: `briefgen pdf --since/--until/--story/--tag`, and the title that
says so.

A morning book is "what came in since yesterday" or "everything on this story": the selection
picks from the analysed corpus (so a story is the same story as on the site) and the options
combine (a briefing must pass every one given). Dates bound the publication date, ends included;
a briefing with no publication date cannot be placed in a range, so a date bound leaves it out and
the cover says how many were left out that way.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefgen.records import Brief
from briefgen.stories import Story

__all__ = ["Chosen", "Selection", "SelectionError", "choose", "parse_bound"]

_BOUND = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_FORMS = "a date like 2016-07-31, a month like 2016-07 or a year like 2016"


class SelectionError(ValueError):
    """A selection that cannot be made: a bad option, or one that selects no briefing."""


def parse_bound(text: str, *, end: bool) -> date:
    """The day `text` (YYYY-MM-DD, YYYY-MM or YYYY) stands for as a range bound: its first day,
    or with `end` its last (so `--until 2016-07` includes July 31)."""
    match = _BOUND.fullmatch(text.strip())
    if not match:
        raise SelectionError(f"{text!r} is not {_FORMS}")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]  # raises for a month out of 1..12
            return date(year, month, last if end else 1)
        return date(year, month, day)
    except ValueError as exc:  # a month or day out of range
        raise SelectionError(f"{text!r} is not a real date ({exc}); give {_FORMS}") from exc


@dataclass(frozen=True, slots=True)
class Selection:
    """What a book is asked to hold; an option left as None does not narrow it."""

    since: date | None = None
    """First publication day included."""
    until: date | None = None
    """Last publication day included."""
    story: str | None = None
    """Id of a story (its page's slug on the site)."""
    tag: str | None = None
    """A tag, in any case."""

    @property
    def everything(self) -> bool:
        """True when no option narrows the book (the whole book, titled as before)."""
        return self == Selection()


@dataclass(frozen=True, slots=True)
class Chosen:
    """The briefings of a selection and how the book names them."""

    briefs: tuple[Brief, ...]
    """The briefings selected, in the order given."""
    title: str | None
    """What the book covers ("Briefings 2016-07-01 to 2016-07-31", "Story: …", "Tag: …",
    joined by " · "); None for the whole book."""
    undated_left_out: int
    """Briefings that passed every other option but were left out by a date bound for want of
    a publication date."""


def choose(briefs: Sequence[Brief], stories: Sequence[Story], selection: Selection) -> Chosen:
    """The briefings of `briefs` that `selection` asks for (`stories`: every story of the corpus);
    raises SelectionError when an option names nothing known, or when nothing is left. With no
    option given, every briefing (and no title): the whole book."""
    if selection.everything:
        return Chosen(tuple(briefs), None, 0)
    if selection.since and selection.until and selection.since > selection.until:
        raise SelectionError(
            f"--since {selection.since} is after --until {selection.until}: no day is in between"
        )
    titles: list[str] = []
    kept = list(briefs)
    if selection.story is not None:
        story = _story(stories, selection.story)
        members = {b.id for b in story.members}
        kept = [b for b in kept if b.id in members]
        titles.append(f"Story: {story.title}")
    if selection.tag is not None:
        wanted = selection.tag.strip().casefold()
        tagged = [b for b in kept if any(t.casefold() == wanted for t in b.tags)]
        if not any(t.casefold() == wanted for b in briefs for t in b.tags):
            raise SelectionError(f"no briefing is tagged {selection.tag!r}")
        name = next(t for b in tagged or briefs for t in b.tags if t.casefold() == wanted)
        kept = tagged
        titles.append(f"Tag: {name}")
    undated = 0
    if selection.since or selection.until:
        undated = sum(1 for b in kept if b.published is None)
        kept = [b for b in kept if b.published and _within(b.published, selection)]
        titles.append(_span_title(selection.since, selection.until))
    if not kept:
        what = " · ".join(titles)
        note = f" ({undated} undated briefing{_s(undated)} left out)" if undated else ""
        raise SelectionError(f"no briefing matches {what}{note}; no book written")
    return Chosen(tuple(kept), " · ".join(titles) or None, undated)


def _story(stories: Sequence[Story], wanted: str) -> Story:
    key = wanted.strip().casefold()
    for story in stories:
        if story.id.casefold() == key:
            return story
    raise SelectionError(
        f"no story {wanted!r}; a story's id is the last part of its page's address on the site "
        "(stories/ID/), or its `id` in `briefgen stories --json`"
    )


def _within(day: date, selection: Selection) -> bool:
    return (selection.since is None or day >= selection.since) and (
        selection.until is None or day <= selection.until
    )


def _span_title(since: date | None, until: date | None) -> str:
    if since and until:
        return f"Briefings of {since}" if since == until else f"Briefings {since} to {until}"
    return f"Briefings since {since}" if since else f"Briefings until {until}"


def _s(count: int) -> str:
    return "" if count == 1 else "s"
