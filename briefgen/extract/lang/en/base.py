"""English shared by every word list: how the lists are written, articles, possessive endings."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as STOP_WORDS


def _words(text: str) -> list[str]:
    """The words of `text`, in order."""
    return text.split()


def _wordset(text: str) -> frozenset[str]:
    """The words of `text`, as a set."""
    return frozenset(text.split())


def _codes(text: str) -> dict[str, str]:
    """Comma-separated `name CODE` entries as a mapping, in order."""
    return {" ".join(e.split()[:-1]): e.split()[-1] for e in text.split(",")}


ARTICLES = _wordset("the a an")
"""Words that open a noun phrase and are dropped from a name or a phrase's edge."""
POSSESSIVE_S = ("'s", "’s")
POSSESSIVE_ENDINGS = (*POSSESSIVE_S, "'", "’")
"""Endings of a possessive ("Taliban's", "officials'"), dropped from a name."""
