"""Joining the records of many briefings into one: by name, by alias, and by the full name a
short form stands for; then one record per briefing, a name to show and a page name each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from briefgen.corpus.names import owners_of
from briefgen.records import Actor, Brief, Place
from briefgen.slugs import slugify, unique

T = TypeVar("T", Actor, Place)


@dataclass(frozen=True, slots=True)
class Mention(Generic[T]):
    """One brief's record of a cross-brief actor or place."""

    brief: Brief
    """The briefing that names it."""
    item: T
    """The actor or place as that briefing extracted it."""


def group_mentions(
    briefs: Sequence[Brief],
    items: Callable[[Brief], Iterable[T]],
    key: Callable[[T, str], str],
    renamed: Mapping[tuple[str, str], str],
) -> list[list[Mention[T]]]:
    """Mentions grouped by identity: same key (under the full name `renamed` gives a short form,
    by brief id and name), or one's name is another's unambiguous alias (joined as the
    connected parts of the graph of names and the aliases that link them)."""
    mentions = [Mention(b, item) for b in briefs for item in items(b)]
    if not mentions:
        return []
    number: dict[str, int] = {}
    named = [
        number.setdefault(
            key(m.item, renamed.get((m.brief.id, m.item.name), m.item.name)), len(number)
        )
        for m in mentions
    ]
    alias_owners: dict[str, dict[str, str]] = {}
    written: dict[str, str] = {}
    for m in mentions:
        for alias in m.item.aliases:
            owners = alias_owners.setdefault(key(m.item, alias), {})
            owners[m.item.name] = key(m.item, m.item.name)
            written.setdefault(key(m.item, alias), alias)
    # "Johnson" as an alias of two different full names links none of them; "GM" as an alias
    # of "General Motors" and of "GM Europe" links the one it is the initials of; "Comey" as
    # an alias of "James Comey" and "James B. Comey" links both, and them to each other
    links: list[tuple[int, int]] = []
    for alias, owners in alias_owners.items():
        found: list[int] = [number[owners[o]] for o in owners_of(written[alias], owners)]
        joined = [number[alias], *found] if alias in number else found
        links += [(joined[0], other) for other in joined[1:]]
    ends = np.array(links, dtype=np.int64).reshape(-1, 2)
    graph = sparse.coo_array(
        (np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(len(number), len(number))
    )
    _, part = csgraph.connected_components(graph, directed=False)
    merged: dict[int, list[Mention[T]]] = {}
    for m, n in zip(mentions, named, strict=True):
        merged.setdefault(int(part[n]), []).append(m)
    return list(merged.values())


def one_per_brief(mentions: list[Mention[T]], rank: Mapping[str, int]) -> list[Mention[T]]:
    """The first (most important) record per briefing, newest briefing first."""
    seen: dict[str, Mention[T]] = {}
    for m in sorted(mentions, key=lambda m: rank[m.brief.id]):  # stable: brief order kept
        seen.setdefault(m.brief.id, m)
    return list(seen.values())


def most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v), v))


def slugs(names: list[str], fallback: str) -> list[str]:
    order = sorted(range(len(names)), key=lambda i: names[i].casefold())
    ids = unique([slugify(names[i], fallback) for i in order])
    result = [""] * len(names)
    for i, slug in zip(order, ids, strict=True):
        result[i] = slug
    return result
