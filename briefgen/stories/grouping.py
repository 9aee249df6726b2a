"""Group briefs into stories: TF-IDF over words, actors and places, damped by distance in time.

Two briefs belong to one story when what they are about (their distinctive words and the actors
and places they name) is close and they were published close together: the cosine similarity of
their TF-IDF vectors is damped by the days between them. Average-linkage
clustering keeps one shared name ("Taliban", "Trump") from chaining unrelated events together.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse
from spacy.lang.en.stop_words import STOP_WORDS

from briefgen.records import Brief

MERGE_AT = 0.12
"""Average similarity at which two groups of briefs become one story."""
HALF_LIFE_DAYS = 4.0
"""News comes in bursts: similarity halves for every this many days between two briefs …"""
TIME_FLOOR = 0.3
"""… down to this share, so that only near-identical coverage joins briefs months apart."""
UNDATED = 0.5
"""The damping when either brief has no date: as if they were a few days apart."""
TITLE_WEIGHT = 3
"""A word in the headline counts as this many words of the body."""
NAME_WEIGHT = 2
"""An actor or place name counts as this many words."""
KEEP_FROM = 0.02
"""Pairs less similar than this count as unrelated (0): a corpus of thousands keeps only the
pairs that can matter, instead of every pair."""
BLOCK_ROWS = 512
"""Rows of the similarity computed at a time."""

# photo credits, share buttons and links say nothing about what a story is about
_BOILERPLATE = frozenset(
    {"getty", "images", "reuters", "afp", "pic", "twitter", "com", "http", "https", "www"}
    | {"photo", "image", "caption", "advertisement", "share", "click", "copyright", "credit"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


def story_groups(links: sparse.csr_array) -> list[list[int]]:
    """Indices grouped into stories from `story_links`; groups and members in index order."""
    return _average_linkage(links, MERGE_AT)


def story_links(briefs: Sequence[Brief]) -> sparse.csr_array:
    """Story similarity of every pair of `briefs` that reaches `KEEP_FROM` (cosine of TF-IDF
    vectors, damped for time), as a symmetric sparse matrix without its diagonal.

    Computed a block of rows at a time, so memory grows with the pairs kept, not with the
    number of briefs squared."""
    count = len(briefs)
    vectors = _tfidf([_terms(b) for b in briefs])
    days = np.array([b.published.toordinal() if b.published else -1 for b in briefs])
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    values: list[np.ndarray] = []
    transposed = vectors.T.tocsr()
    for first in range(0, count, BLOCK_ROWS):
        block = (vectors[first : first + BLOCK_ROWS] @ transposed).tocoo()
        row = block.row + first
        value = block.data * _time_damping(days[row], days[block.col])
        keep = (value >= KEEP_FROM) & (row != block.col)
        rows.append(row[keep])
        cols.append(block.col[keep])
        values.append(value[keep])
    return sparse.csr_array(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
        shape=(count, count),
    )


def _terms(brief: Brief) -> Counter[str]:
    terms: Counter[str] = Counter()
    for word in _words(brief.body):
        terms[word] += 1
    for word in _words(brief.title):
        terms[word] += TITLE_WEIGHT
    for actor in brief.actors:
        terms["@" + actor.name.casefold()] += NAME_WEIGHT * min(max(actor.mentions, 1), 3)
    for place in brief.places:
        terms["@" + place.name.casefold()] += NAME_WEIGHT
    return terms


def _words(text: str) -> list[str]:
    words = []
    for match in _WORD.finditer(text):
        word = match.group(0).casefold().strip("'’-").replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 3 or word in STOP_WORDS or word in _BOILERPLATE:
            continue
        words.append(_stem(word))
    return words


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light plural/verb-ending fold so that "victims"/"victim" and "crashed"/"crash" meet."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


def _tfidf(documents: list[Counter[str]]) -> sparse.csr_array:
    """Rows of sublinear TF-IDF weights, each of unit length; a term of one brief alone is left
    out after normalising, as it adds nothing to any pair."""
    count = len(documents)
    frequency: Counter[str] = Counter()
    for terms in documents:
        frequency.update(terms.keys())
    columns = {term: n for n, term in enumerate(t for t, f in frequency.items() if f > 1)}
    indptr, indices, data = [0], [], []
    for terms in documents:
        weights = {
            term: (1 + math.log(tf)) * (math.log((1 + count) / (1 + frequency[term])) + 1)
            for term, tf in terms.items()
            if tf > 0
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for term, weight in weights.items():
            if term in columns:
                indices.append(columns[term])
                data.append(weight / norm)
        indptr.append(len(indices))
    return sparse.csr_array(
        (np.array(data, dtype=float), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(count, max(len(columns), 1)),
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
