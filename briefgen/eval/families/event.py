"""The main event: whether its who, where and when hit the gold file's `event`."""

from __future__ import annotations

from briefgen.eval.gold import Gold
from briefgen.eval.result import Result, first, same_words
from briefgen.eval.score import Finding, norm
from briefgen.records import Brief


def _overlaps(a: str, b: str) -> bool:
    """One names the other: the same words, or one's words inside the other's."""
    return same_words(a, b)


def main_event(brief: Brief, gold: Gold, result: Result) -> None:
    wanted = gold.event
    if wanted is None:
        return
    event = brief.event
    at = first(event.what.evidence) if event else None
    parts: dict[str, tuple[tuple[str, ...], list[str]]] = {
        "who": (wanted.who, [c.text for c in event.who] if event else []),
        "where": (wanted.where, [c.text for c in event.where] if event else []),
    }
    # a gold name also counts in the forms its actor or place entry gives it
    aliases = {norm(n): a.names for a in gold.actors for n in a.names} | {
        norm(n): p.names for p in gold.places for n in p.names
    }
    for part, (want, got) in parts.items():
        if not want:
            continue
        result.event[part].gold += 1
        forms = [f for w in want for f in aliases.get(norm(w), (w,))] + list(want)
        if any(_overlaps(g, f) for g in got for f in forms):
            result.event[part].found += 1
        else:
            result.findings.append(
                Finding(f"event {part}", "miss", f"want {list(want)}, got {got}", at=at)
            )
    if wanted.when is not None:
        result.event["when"].gold += 1
        when = event.when if event else None
        if when is not None and when.date == wanted.when:
            result.event["when"].found += 1
        else:
            got_when = f"{when.text!r}={when.date}" if when else None
            result.findings.append(
                Finding("event when", "miss", f"want {wanted.when}, got {got_when}", at=at)
            )
