"""A brief against its gold file, family by family: recall and precision counts, and a Finding
for every miss and every wrong extraction, so that `briefgen eval --explain` can show each case.
One module per group of families: the named (actors, roles, places), the numbers (figures,
dates), the spoken (quotes, sources), and the main event."""

from __future__ import annotations

from briefgen.eval import checks
from briefgen.eval.families import event, named, numbers, spoken
from briefgen.eval.gold import Gold
from briefgen.eval.result import EVENT_PARTS, FAMILIES, Result
from briefgen.records import Brief

__all__ = ["EVENT_PARTS", "FAMILIES", "Result", "score"]


def score(brief: Brief, gold: Gold) -> Result:
    """Compare `brief` with `gold`, family by family, then run the checks."""
    result = Result()
    named.actors(brief, gold, result)
    if gold.places_scored:
        named.places(brief, gold, result)
    numbers.figures(brief, gold, result)
    numbers.dates(brief, gold, result)
    spoken.quotes(brief, gold, result)
    spoken.sources(brief, gold, result)
    event.main_event(brief, gold, result)
    for finding in checks.run(brief, gold):
        result.checks[finding.family] += 1
        result.findings.append(finding)
    return result
