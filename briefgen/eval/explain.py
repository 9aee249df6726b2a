"""Error analysis: every miss and every wrong extraction with the sentence it comes from, per
family and file, so that the effect of a rule change can be read in seconds."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TextIO

from briefgen.eval.checks import CHECKS
from briefgen.eval.result import EVENT_PARTS, FAMILIES, Scored
from briefgen.eval.score import Finding
from briefgen.records import Brief

GROUPS = (*FAMILIES, "event", "checks")
"""What `--family` can ask for: a scored family, the main event, or the fault checks."""
_ORDER = (*FAMILIES, *(f"event {p}" for p in EVENT_PARTS), *CHECKS)
_LABEL = {"miss": "miss ", "extra": "wrong", "flag": "fault"}
MAX_SENTENCE = 240


def wanted(family: str, groups: Sequence[str]) -> bool:
    """Whether a finding of `family` is asked for by `groups` (empty: all)."""
    if not groups:
        return True
    return (
        family in groups
        or ("event" in groups and family.startswith("event "))
        or ("checks" in groups and family in CHECKS)
    )


def write(scored: Sequence[Scored], groups: Sequence[str], out: TextIO) -> None:
    """Print the findings of `groups` in `scored`: per family, per file, each with its sentence."""
    for family in _ORDER:
        if not wanted(family, groups):
            continue
        cases = [(item, [f for f in item.result.findings if f.family == family]) for item in scored]
        cases = [(item, found) for item, found in cases if found]
        misses = sum(1 for _, found in cases for f in found if f.kind == "miss")
        others = sum(1 for _, found in cases for f in found if f.kind != "miss")
        if not cases:
            continue
        counted = f"{misses} missed, {others} wrong" if family in FAMILIES else f"{misses + others}"
        out.write(f"\n== {family}: {counted} ==\n")
        for item, found in cases:
            out.write(f"{item.gold.path.parent.name}/{item.gold.path.name}\n")
            for finding in found:
                out.write(f"  {_LABEL[finding.kind]}  {finding.text}\n")
                sentence = evidence_sentence(item.brief, finding)
                if sentence:
                    out.write(f"         » {sentence}\n")


def evidence_sentence(brief: Brief, finding: Finding) -> str:
    """The sentence a finding comes from: where its evidence starts, else where its gold string
    first stands in the body; "" when neither is known."""
    at = finding.at
    if at is None and finding.needle:
        at = locate(brief.body, finding.needle)
        if at is None:
            return "(not in the text as read)"
    if at is None:
        return ""
    starts = [s.start for s in brief.sentences]
    if not starts:
        return _cut(brief.body, at)
    sent = brief.sentences[max(0, bisect_right(starts, at) - 1)]
    return _cut(brief.body[sent.start : sent.end], at - sent.start)


def locate(body: str, needle: str) -> int | None:
    """Offset of `needle` in `body`, ignoring case, spacing and the kind of quote marks."""
    pattern = r"\s+".join("".join(map(_char, word)) for word in needle.split())
    match = re.search(pattern, body, re.IGNORECASE) if pattern else None
    return match.start() if match else None


def _char(ch: str) -> str:
    if ch in "'’‘":
        return "['’‘]"
    if ch in '"“”':
        return '["“”]'
    return re.escape(ch)


def _cut(text: str, at: int) -> str:
    """The sentence on one line, cut around `at` when long."""
    flat = " ".join(text.split())
    if len(flat) <= MAX_SENTENCE:
        return flat
    start = max(0, min(at - MAX_SENTENCE // 3, len(flat) - MAX_SENTENCE))
    return ("…" if start else "") + flat[start : start + MAX_SENTENCE].strip() + "…"
