"""What a brief is about, for grouping: the words of its headline and body and the names of its
actors and places, counted and weighed by TF-IDF."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from briefgen.records import Brief
from briefgen.stories.stop_words import STOP_WORDS

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
    return [term for term in map(_term, _WORD.findall(text)) if term]


@lru_cache(maxsize=1 << 17)
def _term(token: str) -> str:
    """The term a word of the text counts as ("" for none); the same words recur across
    thousands of briefs, so each is folded once."""
    word = token.casefold().strip("'’-").replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) < 3 or word in STOP_WORDS or word in _BOILERPLATE:
        return ""
    return _stem(word)


def _stem(word: str) -> str:
    """A light plural/verb-ending fold so that "victims"/"victim" and "crashed"/"crash" meet."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


@dataclass(frozen=True, slots=True)
class Terms:
    """The term counts of many briefs as two small arrays each, against one vocabulary: made
    once per build, and thousands of briefs never sit in memory as dictionaries."""

    ids: list[np.ndarray]
    """Per brief, its terms' numbers in the vocabulary."""
    counts: list[np.ndarray]
    """Per brief, how often each of its terms occurs (weighted)."""

    @classmethod
    def of(cls, briefs: Sequence[Brief]) -> Terms:
        vocabulary: dict[str, int] = {}
        ids: list[np.ndarray] = []
        counts: list[np.ndarray] = []
        for brief in briefs:
            terms = _terms(brief)
            ids.append(
                np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for t in terms), np.int64)
            )
            counts.append(np.fromiter(terms.values(), float))
        return cls(ids, counts)

    def subset(self, rows: Sequence[int]) -> Terms:
        return Terms([self.ids[r] for r in rows], [self.counts[r] for r in rows])


def tfidf(terms: Terms) -> sparse.csr_array:
    """Rows of sublinear TF-IDF weights (one per brief of `terms`, by the document frequencies
    among them), each of unit length; a term of one brief alone is left out after normalising,
    as it adds nothing to any pair."""
    briefs = len(terms.ids)
    lengths = np.array([len(i) for i in terms.ids], dtype=np.int64)
    numbers = np.concatenate(terms.ids) if terms.ids else np.zeros(0, np.int64)
    # the vocabulary of these briefs alone, numbered from 0
    vocabulary, column = np.unique(numbers, return_inverse=True)
    column = column.reshape(-1)
    row = np.repeat(np.arange(briefs), lengths)
    frequency = np.bincount(column, minlength=len(vocabulary))
    idf = np.log((1 + briefs) / (1 + frequency)) + 1
    counts = np.concatenate(terms.counts) if terms.counts else np.zeros(0)
    weight = (1 + np.log(counts)) * idf[column]
    norm = np.sqrt(np.bincount(row, weights=weight * weight, minlength=briefs))
    weight /= np.where(norm > 0, norm, 1.0)[row]
    shared = frequency[column] > 1
    return sparse.csr_array(
        (weight[shared], (row[shared], column[shared])),
        shape=(briefs, max(len(vocabulary), 1)),
    )
