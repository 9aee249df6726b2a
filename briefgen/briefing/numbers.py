"""By the numbers: the few figures of a briefing that carry the news, ranked.

A figure scores for where it stands (the headline, the lead, the sentence of the main event),
for sharing words with the headline, and for what it counts: the dead and injured of an event,
money, a percentage of change. Vague quantities ("dozens") and figures without a label saying
what they measure are never ranked: a box of numbers must say what each one is.
"""

from __future__ import annotations

import re

from briefgen.records import Brief, Evidence, Figure
from briefgen.stories.measures import direction, measure, vague

MOST = 5
"""The most figures the box holds."""
FEWEST = 3
"""A briefing with fewer figures that carry the news gets no box: its figures table says it."""
CARRIES = 1.0
"""The score (`score`) a figure needs to make the box."""
LEAD_SENTENCES = 5
"""Sentences of the lead: a figure there scores more the earlier it stands."""

_MONEY = frozenset({"usd", "eur", "gbp", "jpy", "cny", "inr", "dollar", "euro", "pound", "yen"})
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "age"})
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")
_MINOR = frozenset({"the", "and", "for", "with", "from", "that", "this", "has", "have", "was"})


def by_the_numbers(brief: Brief) -> tuple[Figure, ...]:
    """The 3–5 figures that carry the news, best first; () when fewer than 3 do. A value
    given twice counts once (the better-placed)."""
    ranked = sorted(  # on a tie, the one the text gives first
        ((score(brief, f), f.evidence[0].start, f) for f in brief.figures if _rankable(brief, f)),
        key=lambda c: (-c[0], c[1]),
    )
    box: list[Figure] = []
    for points, _, figure in ranked:
        if points < CARRIES or len(box) == MOST:
            break
        if not any(f.value == figure.value and f.unit in {figure.unit, None} for f in box):
            box.append(figure)
    return tuple(box) if len(box) >= FEWEST else ()


def score(brief: Brief, figure: Figure) -> float:
    """How much the figure carries the news (higher is more)."""
    points = _position(brief, figure.evidence[0])
    title = _words(brief.title)
    if figure.text.casefold() in brief.title.casefold():
        points += 3.0
    points += min(2, len(_words(figure.about) & title)) * 0.75
    if _in_main_sentence(brief, figure):
        points += 2.0
    points += _counted(brief, figure)
    return points


def _rankable(brief: Brief, figure: Figure) -> bool:
    """Labelled, exact enough, and counting something: a unit, or a headline count; not "one
    point" or "one call", where the number is little more than an article."""
    unit = (figure.unit or "").casefold().rstrip("s")
    return (
        bool(figure.evidence)
        and bool(figure.about.strip())
        and not vague(figure)
        and unit not in _DURATIONS
        and (bool(unit) or measure(brief, figure) is not None)
        and figure.value is not None
        and (figure.value != 1 or _counted(brief, figure) > 0)
    )


def _position(brief: Brief, span: Evidence) -> float:
    """2 in the first sentence, falling to 0 after the lead."""
    index = next(
        (n for n, s in enumerate(brief.sentences) if s.start <= span.start < s.end),
        LEAD_SENTENCES,
    )
    return max(0.0, 2.0 * (1 - index / LEAD_SENTENCES))


def _in_main_sentence(brief: Brief, figure: Figure) -> bool:
    if brief.event is None or not brief.event.what.evidence:
        return False
    main = brief.event.what.evidence[0].start
    start = figure.evidence[0].start
    return any(s.start <= main < s.end and s.start <= start < s.end for s in brief.sentences)


def _counted(brief: Brief, figure: Figure) -> float:
    """What it counts: the dead and injured most, then money and changes in percent."""
    if measure(brief, figure) in {"killed", "injured", "missing"}:
        return 2.5
    unit = (figure.unit or "").casefold()
    if unit.rstrip("s") in _MONEY or unit.startswith(("$", "€", "£")):
        return 1.5
    if unit in {"%", "percent", "per cent"}:
        return 1.5 if direction(brief, figure) else 0.5
    return 0.0


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)} - _MINOR
