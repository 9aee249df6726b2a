"""Precision and recall counts, and the text normalisation that matching uses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(slots=True)
class Score:
    """Counts for one fact family: how many gold items were found, how many extracted were right."""

    found: int = 0
    """Gold items the extractor found."""
    gold: int = 0
    """Gold items in all."""
    right: int = 0
    """Extracted items that match a gold item."""
    extracted: int = 0
    """Extracted items in all (those the gold file speaks about)."""

    @property
    def recall(self) -> float | None:
        """Share of gold items found."""
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """Share of extracted items that are right."""
        return self.right / self.extracted if self.extracted else None

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.found += other.found
        self.gold += other.gold
        self.right += other.right
        self.extracted += other.extracted


def norm(text: str | None) -> str:
    """Lower-case words without accents, dots, quotes or a leading article, single-spaced."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace(".", "")
    text = re.sub(r"[^\w'&/ -]+", " ", text)
    words = text.split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def same(a: str | None, b: str | None) -> bool:
    """True when two names or phrases are the same after normalisation."""
    return bool(a) and norm(a) == norm(b)


def close(a: str | None, b: str | None, slack: int = 3) -> bool:
    """True when one phrase contains the other and they differ by at most `slack` words."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    return f" {short} " in f" {long} " and len(long.split()) - len(short.split()) <= slack


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of error analysis: a gold item missed, an extracted item wrong, or a fault flagged."""

    family: str
    """Fact family or check it belongs to ("quotes", "junk actors", "event when" …)."""
    kind: str
    """"miss" (gold item not found), "extra" (extracted, not in gold) or "flag" (a fault)."""
    text: str
    """What is wrong, in one line."""
    needle: str | None = None
    """A gold string whose sentence shows the case (for a miss)."""
    at: int | None = None
    """Offset into the body of the extracted item's evidence (for an extra or a flag)."""
