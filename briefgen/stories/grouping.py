"""Group briefs into stories: TF-IDF over words, actors and places, damped by distance in time.

Two briefs belong to one story when what they are about (their distinctive words and the actors
and places they name) is close and they were published close together: the cosine similarity of
their TF-IDF vectors is damped by the days between them. Average-linkage
clustering keeps one shared name ("Taliban", "Trump") from chaining unrelated events together.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from briefgen.records import Brief
from briefgen.stories.terms import Terms, tfidf

MERGE_AT = 0.12
"""Average similarity at which two groups of briefs become one story."""
HALF_LIFE_DAYS = 4.0
"""News comes in bursts: similarity halves for every this many days between two briefs …"""
TIME_FLOOR = 0.3
"""… down to this share, so that only near-identical coverage joins briefs months apart."""
UNDATED = 0.5
"""The damping when either brief has no date: as if they were a few days apart."""
KEEP_FROM = 0.02
"""Pairs less similar than this count as unrelated (0): a corpus of thousands keeps only the
pairs that can matter, instead of every pair."""
BLOCK_ROWS = 256
"""Rows of the similarity computed at a time."""


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """Briefs that make one story, by their index in the list grouped."""

    members: tuple[int, ...]
    """Indices, ascending."""
    central: int
    """The member closest to all the others (its headline names the story)."""


def story_groups(briefs: Sequence[Brief], merge_at: float = MERGE_AT) -> list[StoryGroup]:
    """`briefs` grouped into stories by average linkage, groups in order of their first member.

    Two groups merge only if their average similarity reaches `merge_at`, which needs at least
    one pair of briefs that reaches it. So no story crosses the connected parts of the graph of
    such pairs, and each part is clustered alone: a corpus of thousands never needs all pairs
    at once, only the pairs within each part."""
    terms = Terms.of(briefs)  # once per brief: each story's own weights reuse them
    vectors = tfidf(terms)
    days = np.array([b.published.toordinal() if b.published else -1 for b in briefs])
    _, part_of = csgraph.connected_components(_links(vectors, days, merge_at), directed=False)
    parts: dict[int, list[int]] = {}
    for index, part in enumerate(part_of.tolist()):
        parts.setdefault(part, []).append(index)
    groups = []
    for part in parts.values():
        if len(part) == 1:
            groups.append(StoryGroup((part[0],), part[0]))
            continue
        links = _links(vectors[part], days[part], KEEP_FROM)
        for group in _average_linkage(links, merge_at):
            members = [part[i] for i in group]
            central = _central(terms.subset(members), days[members])
            groups.append(StoryGroup(tuple(members), members[central]))
    return sorted(groups, key=lambda g: g.members[0])


def _central(members: Terms, days: np.ndarray) -> int:
    """The member (by its terms) closest to the others, weighing words by the members' own texts
    only: with the corpus's weights, adding or deleting an unrelated article could rename the
    story (its title and address) and so every page that shows it."""
    links = _links(tfidf(members), days, 0.0)
    # rounded: members as close as each other (copies, follow-ups) are a tie, which the first
    # member wins, whatever order the sums were added up in
    closeness = np.round(links.sum(axis=1), 9)
    return max(range(len(members.ids)), key=lambda n: (float(closeness[n]), -n))


def story_links(briefs: Sequence[Brief], keep_from: float = KEEP_FROM) -> sparse.csr_array:
    """Story similarity of every pair of `briefs` that reaches `keep_from` (cosine of TF-IDF
    vectors, damped for time), as a symmetric sparse matrix without its diagonal."""
    vectors = tfidf(Terms.of(briefs))
    days = np.array([b.published.toordinal() if b.published else -1 for b in briefs])
    return _links(vectors, days, keep_from)


def _links(vectors: sparse.csr_array, days: np.ndarray, keep_from: float) -> sparse.csr_array:
    """The pairs of rows of `vectors` whose damped cosine reaches `keep_from`, computed a block
    of rows at a time, so that memory grows with the pairs kept, not with the rows squared."""
    count = vectors.shape[0]
    rows: list[np.ndarray] = [np.zeros(0, np.int64)]
    cols: list[np.ndarray] = [np.zeros(0, np.int64)]
    values: list[np.ndarray] = [np.zeros(0)]
    transposed = vectors.T.tocsr()
    for first in range(0, count, BLOCK_ROWS):
        block = (vectors[first : first + BLOCK_ROWS] @ transposed).tocoo()
        row = block.row + first
        value = block.data * _time_damping(days[row], days[block.col])
        keep = (value >= keep_from) & (row != block.col)
        rows.append(row[keep])
        cols.append(block.col[keep])
        values.append(value[keep])
    return sparse.csr_array(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
        shape=(count, count),
    )


def _time_damping(days_a: np.ndarray, days_b: np.ndarray) -> np.ndarray:
    """Damping of each pair from the days between them (-1: undated)."""
    apart = np.abs(days_a - days_b)
    damping: np.ndarray = np.maximum(TIME_FLOOR, 0.5 ** (apart / HALF_LIFE_DAYS))
    # an undated brief may be close in time or far: its content must say
    damping[(days_a < 0) | (days_b < 0)] = UNDATED
    return damping


def _average_linkage(links: sparse.csr_array, threshold: float) -> list[list[int]]:
    """Merge the two groups of highest average similarity while it reaches `threshold`.

    A group keeps the summed similarity to each group it has links to; a pair not in `links`
    counts as 0. Candidate merges wait in a heap; an entry made stale by a later merge is
    recognised by the groups' merge counts and skipped. Ties go to the lowest indices."""
    count = links.shape[0]
    members: list[list[int]] = [[i] for i in range(count)]
    sums: list[dict[int, float]] = [{} for _ in range(count)]
    pairs = sparse.triu(links, k=1).tocoo()
    for i, j, value in _pairs(pairs):
        sums[i][j] = sums[j][i] = value
    merges = [0] * count
    heap = [(-v, i, j, 0, 0) for i, j, v in _pairs(pairs) if v >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b, seen_a, seen_b = heapq.heappop(heap)
        if merges[a] != seen_a or merges[b] != seen_b or not members[a] or not members[b]:
            continue  # stale: one side has merged since
        for other, total in sums[b].items():  # b joins a
            if other == a:
                continue
            sums[a][other] = sums[a].get(other, 0.0) + total
            sums[other][a] = sums[a][other]
            del sums[other][b]
        del sums[a][b]
        sums[b] = {}
        members[a] = sorted(members[a] + members[b])
        members[b] = []
        merges[a] += 1
        size = len(members[a])
        for other, total in sums[a].items():
            average = total / (size * len(members[other]))
            if average >= threshold:
                low, high = min(a, other), max(a, other)
                heapq.heappush(heap, (-average, low, high, merges[low], merges[high]))
    return [group for group in members if group]


def _pairs(pairs: sparse.coo_array) -> Iterator[tuple[int, int, float]]:
    return zip(pairs.row.tolist(), pairs.col.tolist(), pairs.data.tolist(), strict=True)
