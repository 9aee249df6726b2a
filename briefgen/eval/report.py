"""Run every evaluation and print one table of precision and recall per family."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from briefgen.eval import articles, gold, shared
from briefgen.eval.score import Score
from briefgen.pipeline import extract_article as extract
from briefgen.records import Article, Brief


def run(
    gold_dir: Path,
    shared_dir: Path,
    out: TextIO,
    verbose: bool = False,
    model: str | None = None,
    sets: tuple[str, ...] = ("gold", "giveme5w1h", "quantities"),
) -> int:
    """Score the extractor; print the table (and every miss when `verbose`). Returns 0."""

    def extractor(article: Article) -> Brief:
        return extract(article, model) if model else extract(article)

    started = time.perf_counter()
    rows: list[tuple[str, str, Score]] = []
    misses: list[str] = []
    if "gold" in sets:
        rows += _gold_rows(gold_dir, extractor, misses, out)
    fivew = shared_dir / "giveme5w1h"
    if "giveme5w1h" in sets and fivew.is_dir():
        scores, missed = shared.giveme5w1h(fivew, extractor)
        rows += [("giveme5w1h", family, s) for family, s in scores.items()]
        misses += missed
    quantities = shared_dir / "quantities" / "quantities.json"
    if "quantities" in sets and quantities.is_file():
        score, missed = shared.quantities(quantities, extractor)
        rows.append(("quantities", "value+unit", score))
        misses += missed
    out.write(f"{'set':<12} {'family':<18} {'recall':>14} {'precision':>14}\n")
    for where, family, s in rows:
        out.write(
            f"{where:<12} {family:<18} {_ratio(s.found, s.gold):>14} {_ratio(s.right, s.extracted):>14}\n"
        )
    out.write(f"({time.perf_counter() - started:.1f} s)\n")
    if verbose:
        out.write("\nmisses:\n" + "".join(f"  {m}\n" for m in misses))
    return 0


def _gold_rows(
    gold_dir: Path,
    extractor: Callable[[Article], Brief],
    misses: list[str],
    out: TextIO,
) -> list[tuple[str, str, Score]]:
    totals = {family: Score() for family in gold.FAMILIES}
    places_as_people: list[str] = []
    boilerplate: list[str] = []
    files = sorted(gold_dir.glob("*.yaml"))
    for path in files:
        data = gold.load(path)
        article_path = (Path.cwd() / data["article"]).resolve()
        brief = extractor(articles.load(article_path, data["article"]))
        result = gold.score(brief, data)
        for family, s in result.scores.items():
            totals[family].add(s)
        places_as_people += result.places_as_people
        boilerplate += result.boilerplate
        misses += [f"{path.name}: {m}" for m in result.misses]
    out.write(
        f"gold files: {len(files)}; places labelled as people: {places_as_people or 'none'}; "
        f"boilerplate actors: {boilerplate or 'none'}\n"
    )
    return [("gold", family, s) for family, s in totals.items()]


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f} ({num}/{den})" if den else "-"
