"""What scoring one brief against its gold file gives: counts per family, faults, main-event
hits and every finding, kept with the gold file and the brief for reading."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.eval import checks
from briefgen.eval.gold import Gold
from briefgen.eval.score import Finding, Score, norm
from briefgen.families import SCORED
from briefgen.records import Brief, Evidence

FAMILIES = SCORED
"""Families scored with recall and precision (the registry's `scored` names)."""
EVENT_PARTS = ("who", "where", "when")
"""Parts of the main event scored as hits against the gold `event`."""


@dataclass(slots=True)
class Result:
    """Scores of one brief against its gold file."""

    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FAMILIES})
    """Recall and precision counts per family."""
    checks: dict[str, int] = field(default_factory=lambda: dict.fromkeys(checks.CHECKS, 0))
    """Counts of faults that must be zero."""
    event: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in EVENT_PARTS})
    """Main-event hits: `found` of `gold` per part."""
    findings: list[Finding] = field(default_factory=list)
    """Every miss, wrong extraction and fault, for reading."""


@dataclass(frozen=True, slots=True)
class Scored:
    """One gold file with the brief extracted from its article and the result."""

    gold: Gold
    """The gold file."""
    brief: Brief
    """What briefgen extracted."""
    result: Result
    """How it scored."""


def first(evidence: tuple[Evidence, ...]) -> int | None:
    """Start of the first evidence span, if any."""
    return evidence[0].start if evidence else None


def same_words(a: str, b: str) -> bool:
    """True when one names the other: the same words, or one's words inside the other's."""
    x, y = norm(a), norm(b)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")
