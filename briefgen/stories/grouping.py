"""Group briefs into stories: TF-IDF over words, actors and places, damped by distance in time.

Two briefs belong to one story when what they are about (their distinctive words and the actors
and places they name) is close and they were published close together: the cosine similarity of
their TF-IDF vectors is damped by the days between them. Average-linkage
clustering keeps one shared name ("Taliban", "Trump") from chaining unrelated events together.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

import numpy as np
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

# photo credits, share buttons and links say nothing about what a story is about
_BOILERPLATE = frozenset(
    {"getty", "images", "reuters", "afp", "pic", "twitter", "com", "http", "https", "www"}
    | {"photo", "image", "caption", "advertisement", "share", "click", "copyright", "credit"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


def story_groups(similarity: np.ndarray) -> list[list[int]]:
    """Indices grouped into stories from `similarity_matrix`; groups and members in index order."""
    if not len(similarity):
        return []
    return _average_linkage(similarity, MERGE_AT)


def similarity_matrix(briefs: Sequence[Brief]) -> np.ndarray:
    """Pairwise story similarity of `briefs` (cosine of TF-IDF vectors, damped for time)."""
    similarity = _cosine([_terms(b) for b in briefs])
    damped: np.ndarray = similarity * _time_damping([b.published for b in briefs])
    return damped


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


def _cosine(documents: list[Counter[str]]) -> np.ndarray:
    """Cosine similarity of sublinear TF-IDF vectors, summed term by term over shared terms only,
    so that memory grows with the number of briefs squared, not with the vocabulary."""
    count = len(documents)
    frequency: Counter[str] = Counter()
    for terms in documents:
        frequency.update(terms.keys())
    postings: dict[str, list[tuple[int, float]]] = {}
    for row, terms in enumerate(documents):
        weights = {
            term: (1 + math.log(tf)) * (math.log((1 + count) / (1 + frequency[term])) + 1)
            for term, tf in terms.items()
            if tf > 0
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for term, weight in weights.items():
            if frequency[term] > 1:  # a term of one brief adds nothing to any pair
                postings.setdefault(term, []).append((row, weight / norm))
    similarity = np.zeros((count, count))
    for entries in postings.values():
        rows = np.array([r for r, _ in entries])
        values = np.array([w for _, w in entries])
        similarity[np.ix_(rows, rows)] += np.outer(values, values)
    np.fill_diagonal(similarity, 1.0)
    return similarity


def _time_damping(published: list[date | None]) -> np.ndarray:
    days = np.array([d.toordinal() if d else 0 for d in published], dtype=float)
    apart = np.abs(days[:, None] - days[None, :])
    damping: np.ndarray = np.maximum(TIME_FLOOR, 0.5 ** (apart / HALF_LIFE_DAYS))
    undated = np.array([d is None for d in published])
    # an undated brief may be close in time or far: its content must say
    damping[undated, :] = UNDATED
    damping[:, undated] = UNDATED
    np.fill_diagonal(damping, 1.0)
    return damping


def _average_linkage(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Merge the two closest groups while their average similarity reaches `threshold`."""
    groups: list[list[int]] = [[i] for i in range(len(similarity))]
    link = similarity.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    alive = np.ones(len(groups), dtype=bool)
    while alive.sum() > 1:
        i, j = np.unravel_index(int(np.argmax(link)), link.shape)
        if link[i, j] < threshold:
            break
        a, b = min(int(i), int(j)), max(int(i), int(j))
        size_a, size_b = len(groups[a]), len(groups[b])
        merged = (link[a] * size_a + link[b] * size_b) / (size_a + size_b)
        link[a, :] = merged
        link[:, a] = merged
        link[a, a] = -np.inf
        link[b, :] = -np.inf  # b is now part of a
        link[:, b] = -np.inf
        alive[b] = False
        groups[a] = sorted(groups[a] + groups[b])
    return [groups[i] for i in range(len(groups)) if alive[i]]
