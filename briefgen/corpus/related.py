"""Related briefings: for each briefing, the others that name most of the same actors and places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from briefgen.corpus.crossref import ActorProfile, PlaceProfile
from briefgen.records import Brief

MAX_RELATED = 5
"""Related briefings shown at the end of a briefing page."""
_BLOCK_ROWS = 256
"""Briefs whose shared names are counted at a time."""


@dataclass(frozen=True, slots=True)
class Related:
    """A briefing related to another, and why."""

    brief: Brief
    """The related briefing."""
    shared: tuple[str, ...]
    """Names of the actors and places both briefings name, actors first."""


def related(
    briefs: Sequence[Brief],
    actors: Sequence[ActorProfile],
    places: Sequence[PlaceProfile],
) -> dict[str, tuple[Related, ...]]:
    """For each brief, others sharing actors or places, most shared first, then by id.

    Shared names are counted as a product of sparse brief-by-name matrices, a block of briefs
    at a time: a name in a thousand briefs makes a million pairs, too many for Python loops."""
    ordered = sorted(briefs, key=lambda b: b.id)
    row_of = {b.id: n for n, b in enumerate(ordered)}
    too_common = max(50, len(briefs) // 4)  # a name in most briefs relates nothing
    profiles: list[ActorProfile | PlaceProfile] = [*actors, *places]
    owners = [p for p in profiles if len(p.mentions) <= too_common]
    held: list[list[int]] = [[] for _ in ordered]
    """The owners (names) of each brief, in the order shared names are listed."""
    for number, owner in enumerate(owners):
        for mention in owner.mentions:
            held[row_of[mention.brief.id]].append(number)
    rows = np.repeat(np.arange(len(ordered)), [len(h) for h in held])
    cols = np.array([n for h in held for n in h], dtype=np.int64)
    names = sparse.csr_array(
        (np.ones(len(cols), np.int32), (rows, cols)), shape=(len(ordered), max(len(owners), 1))
    )
    of_name = names.T.tocsr()
    found: dict[str, tuple[Related, ...]] = {}
    for first in range(0, len(ordered), _BLOCK_ROWS):
        for offset, shared in enumerate((names[first : first + _BLOCK_ROWS] @ of_name).toarray()):
            row = first + offset
            shared[row] = 0
            others = np.flatnonzero(shared)
            best = others[np.lexsort((others, -shared[others]))][:MAX_RELATED]
            found[ordered[row].id] = tuple(
                Related(ordered[other], _shared(owners, held[row], set(held[other])))
                for other in best.tolist()
            )
    return {b.id: found[b.id] for b in briefs}


def _shared(
    owners: Sequence[ActorProfile | PlaceProfile], mine: list[int], theirs: set[int]
) -> tuple[str, ...]:
    return tuple(owners[n].name for n in mine if n in theirs)
