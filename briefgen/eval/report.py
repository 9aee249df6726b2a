"""Run the evaluations and print one short table; with `explain`, every miss and wrong extraction
with the sentence it comes from, grouped by family and file."""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from briefgen.errors import BriefgenError
from briefgen.eval import DEFAULT_SETS, GOLD_SETS, articles, checks, explain, shared
from briefgen.eval.families import EVENT_PARTS, FAMILIES, Result, score
from briefgen.eval.gold import SPLITS, Gold, gold_files
from briefgen.eval.gold_format import load
from briefgen.eval.result import Scored
from briefgen.eval.score import Score
from briefgen.pipeline import extract_article as extract
from briefgen.records import Article, Brief


@dataclass(slots=True)
class Totals:
    """Scores of one gold set, summed over its files."""

    files: int = 0
    """Gold files scored."""
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FAMILIES})
    """Recall and precision counts per family."""
    checks: dict[str, int] = field(default_factory=lambda: dict.fromkeys(checks.CHECKS, 0))
    """Faults per check."""
    event: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in EVENT_PARTS})
    """Main-event hits per part."""

    def add(self, result: Result) -> None:
        """Count one file's result in."""
        self.files += 1
        for family, s in result.scores.items():
            self.scores[family].add(s)
        for name, n in result.checks.items():
            self.checks[name] += n
        for part, s in result.event.items():
            self.event[part].add(s)


def run(
    gold_dir: Path,
    shared_dir: Path,
    out: TextIO,
    model: str | None = None,
    sets: tuple[str, ...] = DEFAULT_SETS,
    explain_families: tuple[str, ...] | None = None,
    file_pattern: str | None = None,
) -> int:
    """Score the extractor and print the table; with `explain_families` (empty: all) print every
    finding of those families too. Returns 0, or 2 when asked to explain the dev split."""

    def extractor(article: Article) -> Brief:
        return extract(article, model) if model else extract(article)

    if explain_families is not None and ("dev" in sets or "all" in sets):
        out.write(
            "briefgen eval: --explain reads misses, and dev files are only reported, never read "
            "for tuning (tests/gold/README.md); use --set train\n"
        )
        return 2
    started = time.perf_counter()
    totals: dict[str, Totals] = {}
    scored: list[Scored] = []
    for name in (s for s in GOLD_SETS if s in sets):
        splits = SPLITS if name == "all" else (name,)
        files = _matching(gold_files(gold_dir, splits), file_pattern)
        totals[name] = Totals()
        for path in files:
            item = score_file(load(path), gold_dir, extractor)
            totals[name].add(item.result)
            scored.append(item)
    _gold_table(totals, out)
    fivew = shared_dir / "giveme5w1h"
    if "giveme5w1h" in sets and fivew.is_dir():
        scores, _ = shared.giveme5w1h(fivew, extractor)
        out.write(
            f"{'giveme5w1h':<16} "
            + "  ".join(f"{k} {_ratio(s.found, s.gold)}" for k, s in scores.items())
            + "  (in actors, places, timeline)\n"
        )
    quantities = shared_dir / "quantities" / "quantities.json"
    if "quantities" in sets and quantities.is_file():
        s, _ = shared.quantities(quantities, extractor)
        out.write(
            f"{'quantities':<16} value+unit recall {_ratio(s.found, s.gold)}  "
            f"precision {_ratio(s.right, s.extracted)}\n"
        )
    out.write(f"({time.perf_counter() - started:.1f} s)\n")
    if explain_families is not None:
        explain.write(scored, explain_families, out)
    return 0


def score_file(gold: Gold, gold_dir: Path, extractor: Callable[[Article], Brief]) -> Scored:
    """Extract the gold file's article and score the brief."""
    path = article_path(gold, gold_dir)
    if not path.is_file():
        raise BriefgenError(str(gold.path), 1, f"article {gold.article!r} not found")
    brief = extractor(articles.load(path, gold.article))
    return Scored(gold, brief, score(brief, gold))


def article_path(gold: Gold, gold_dir: Path) -> Path:
    """The gold file's article: its path is from the repository root (the working folder, or the
    folder two up from tests/gold)."""
    here = Path.cwd() / gold.article
    if here.exists():
        return here
    return gold_dir.resolve().parent.parent / gold.article


def _matching(paths: list[Path], pattern: str | None) -> list[Path]:
    if not pattern:
        return paths
    glob = pattern if any(c in pattern for c in "*?[") else f"*{pattern}*"
    return [p for p in paths if fnmatch.fnmatch(p.name, glob)]


def _gold_table(totals: dict[str, Totals], out: TextIO) -> None:
    if not totals:
        return
    names = list(totals)
    out.write("gold files: " + ", ".join(f"{n} {totals[n].files}" for n in names) + "\n")
    out.write(
        f"{'family':<16}" + "".join(f" {n + ' recall':>15} {n + ' prec.':>15}" for n in names)
    )
    out.write("\n")
    for family in FAMILIES:
        out.write(f"{family:<16}")
        for name in names:
            s = totals[name].scores[family]
            out.write(f" {_ratio(s.found, s.gold):>15} {_ratio(s.right, s.extracted):>15}")
        out.write("\n")
    for name in (n for n in names if totals[n].files):
        t = totals[name]
        faults = " · ".join(f"{k} {v}" for k, v in t.checks.items())
        event = "  ".join(f"{k} {_ratio(s.found, s.gold)}" for k, s in t.event.items())
        out.write(f"{name + ' checks':<16} {faults}\n{name + ' event':<16} {event}\n")


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f} ({num}/{den})" if den else "-"
