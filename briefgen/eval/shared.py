"""Scores against the shared eval sets: giveme5w1h (who, where, when) and quantities (value, unit)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefgen.eval.articles import from_news_please
from briefgen.eval.score import Score, norm
from briefgen.extract import figures as figure_rules
from briefgen.records import Article, Brief

Extractor = Callable[[Article], Brief]
# A `when` annotation is scored only when it holds a date phrase a reader could resolve; phrases
# such as "Brazilian Grand Prix" or "lap 48" name an event, not a date.
_DATE_WORDS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|"
    r"oct|nov|dec|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|"
    r"last (?:week|month|year)|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Annotations of who/where that name nobody ("Several people", "dozens injured") cannot be an
# actor or place; only those with a capitalised word after the first, or a first word that is
# not a plain English determiner or quantifier, are scored.
_COMMON_FIRST = frozenset(
    [
        "a",
        "an",
        "the",
        "at",
        "several",
        "dozens",
        "dozen",
        "some",
        "many",
        "five",
        "two",
        "seven",
        "one",
        "three",
        "four",
        "six",
        "people",
        "fans",
        "tram",
        "driver",
        "male",
        "seven",
        "team",
        "sports",
        "suicide",
        "in",
        "outside",
        "near",
        "underpass",
        "central",
        "rural",
        "northern",
        "afghan",
    ]
)


def named(text: str) -> bool:
    """True when an annotation names someone or somewhere (has a capitalised name word)."""
    words = re.findall(r"[\w'.-]+", text)
    return any(
        w[:1].isupper() and (i > 0 or w.casefold() not in _COMMON_FIRST)
        for i, w in enumerate(words)
    )


def _contains(outer: str, inner: str) -> bool:
    a, b = norm(outer), norm(inner)
    return bool(a and b) and f" {b} " in f" {a} "


def giveme5w1h(folder: Path, extractor: Extractor) -> tuple[dict[str, Score], list[str]]:
    """Who among actors, where among places, when resolved to the annotated date."""
    scores = {"who": Score(), "where": Score(), "when": Score()}
    misses: list[str] = []
    for path in sorted(folder.glob("*.json")):
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        brief = extractor(from_news_please(data, path.name))
        answers = data["fiveWoneH"]
        actor_names = [n for a in brief.actors for n in (a.name, *a.aliases)]
        place_names = [n for p in brief.places for n in (p.name, *p.aliases)]
        for family, names in (("who", actor_names), ("where", place_names)):
            for item in answers[family]["annotated"]:
                text = item.get("text")
                if not text or not named(text):
                    continue
                scores[family].gold += 1
                if any(_contains(text, n) or _contains(n, text) for n in names):
                    scores[family].found += 1
                else:
                    misses.append(f"{path.name[:8]} {family} {text!r}: {names[:8]}")
        for item in answers["when"]["annotated"]:
            text, parsed = item.get("text"), item.get("parsed")
            if not text or not parsed or not _DATE_WORDS.search(text):
                continue
            scores["when"].gold += 1
            if any(e.date == parsed[:10] for e in brief.timeline):
                scores["when"].found += 1
            else:
                got = [(e.text, e.date) for e in brief.timeline][:6]
                misses.append(f"{path.name[:8]} when {text!r}={parsed}: {got}")
    return scores, misses


def quantities(path: Path, extractor: Extractor) -> tuple[Score, list[str]]:
    """Value and unit of each gold quantity among the figures of its sentence."""
    score = Score()
    misses: list[str] = []
    for case in json.loads(path.read_text(encoding="utf-8")):
        brief = extractor(Article(source_path=path.name, body=case["req"]))
        golds = [(float(i["value"]), figure_rules.unit_symbol(i["unit"])) for i in case["res"]]

        def matches(gold: tuple[float, str | None], value: float | None, unit: str | None) -> bool:
            want, want_unit = gold
            return (
                value is not None
                and abs(value - want) <= 1e-6 * max(1.0, abs(want))
                and (want_unit is None or unit == want_unit)
            )

        for item, gold in zip(case["res"], golds, strict=True):
            score.gold += 1
            if any(matches(gold, f.value, f.unit) for f in brief.figures):
                score.found += 1
            else:
                got = [(f.text, f.value, f.unit) for f in brief.figures]
                misses.append(f"{item['surface']!r} = {gold}: {got}")
        for fig in brief.figures:
            score.extracted += 1
            score.right += any(matches(g, fig.value, fig.unit) for g in golds)
    return score, misses
