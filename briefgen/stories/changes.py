"""What's new: for each briefing of a story, what the briefings before it did not have."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.records import Actor, Brief, Figure, Quote
from briefgen.stories.linking import disagree
from briefgen.stories.records import FigureChange, FigureThread, Update

SAME_QUOTE = 0.6
"""Share of a quotation's words found in an earlier one for it to count as already reported."""

_WORD = re.compile(r"\w+")


def updates(members: Sequence[Brief], threads: Sequence[FigureThread]) -> tuple[Update, ...]:
    """One Update per member, in the members' order; the first has everything new."""
    result: list[Update] = []
    for index, brief in enumerate(members):
        earlier = members[:index]
        changed = _changed_figures(brief, earlier, threads)
        seen_figures = {id(c.after.figure) for c in changed} | _threaded_before(
            brief, earlier, threads
        )
        result.append(
            Update(
                brief=brief,
                previous=earlier[-1] if earlier else None,
                new_actors=tuple(a for a in brief.actors if not _known_actor(a, earlier)),
                new_figures=tuple(
                    f
                    for f in brief.figures
                    if f.unit and id(f) not in seen_figures and not _known_figure(f, earlier)
                ),
                changed_figures=changed,
                new_quotes=tuple(q for q in brief.quotes if not _known_quote(q, earlier)),
            )
        )
    return tuple(result)


def _names(actor: Actor) -> set[str]:
    names = {actor.name.casefold(), *(a.casefold() for a in actor.aliases)}
    if actor.kind == "person" and actor.name.split():  # a blank name has no surname
        names.add(actor.name.split()[-1].casefold())  # "Clinton" is "Hillary Clinton"
    return names


def _known_actor(actor: Actor, earlier: Sequence[Brief]) -> bool:
    names = _names(actor)
    return any(names & _names(other) for brief in earlier for other in brief.actors)


def _known_figure(figure: Figure, earlier: Sequence[Brief]) -> bool:
    return any(
        other.value == figure.value and other.unit == figure.unit
        for brief in earlier
        for other in brief.figures
    )


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _known_quote(quote: Quote, earlier: Sequence[Brief]) -> bool:
    words = _words(quote.text)
    if not words:
        return True
    return any(
        len(words & _words(other.text)) >= SAME_QUOTE * len(words)
        for brief in earlier
        for other in brief.quotes
    )


def _changed_figures(
    brief: Brief, earlier: Sequence[Brief], threads: Sequence[FigureThread]
) -> tuple[FigureChange, ...]:
    changes: list[FigureChange] = []
    earlier_ids = {id(b) for b in earlier}
    for thread in threads:
        before = [v for v in thread.values if id(v.brief) in earlier_ids]
        now = [v for v in thread.values if v.brief is brief]
        if not before or not now:
            continue
        latest = before[-1]
        for value in now:
            if disagree(latest, value):
                changes.append(FigureChange(before=latest, after=value))
                break
    return tuple(changes)


def _threaded_before(
    brief: Brief, earlier: Sequence[Brief], threads: Sequence[FigureThread]
) -> set[int]:
    """Figures of `brief` in a thread an earlier member is in: not new, at most changed."""
    earlier_ids = {id(b) for b in earlier}
    seen: set[int] = set()
    for thread in threads:
        if any(id(v.brief) in earlier_ids for v in thread.values):
            seen.update(id(v.figure) for v in thread.values if v.brief is brief)
    return seen
