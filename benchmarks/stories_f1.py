"""Pairwise F1 of briefgen's story grouping against the event clusters of the Giveme5W1H articles.

Usage: .venv/bin/python benchmarks/stories_f1.py [--eval ../shared/eval/giveme5w1h] [--cache DIR]

Each article's `category` names its event cluster ("tram" and "tram victims" are one story; the
article without a category is grouped but not scored). Extracted briefs are cached as contract
JSON in --cache (default /tmp/briefgen-stories-cache) so that re-runs skip spaCy. Writes
benchmarks/results/stories_f1.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from itertools import combinations
from pathlib import Path

from briefgen.contract import from_dict, to_dict
from briefgen.extract import extract
from briefgen.records import Article, Brief
from briefgen.stories import build_stories, grouping

HERE = Path(__file__).resolve().parent
SAME_STORY = {"tram victims": "tram"}


def load(folder: Path, cache: Path) -> list[tuple[Brief, str | None]]:
    """Briefs of every article in `folder` with their gold cluster, extracting only cache misses."""
    cache.mkdir(parents=True, exist_ok=True)
    out: list[tuple[Brief, str | None]] = []
    for path in sorted(folder.glob("*.json")):
        raw = path.read_bytes()
        data = json.loads(raw)
        key = hashlib.sha256(raw + _extractor_version()).hexdigest()[:20]
        cached = cache / f"{key}.json"
        if cached.exists():
            brief = from_dict(json.loads(cached.read_text(encoding="utf-8")))
        else:
            published = data.get("date_publish")
            published = published if published and published[:4].isdigit() else None
            article = Article(
                source_path=path.name,
                body=data.get("text") or "",
                title=data.get("title"),
                published=date.fromisoformat(published[:10]) if published else None,
                source=data.get("source_domain"),
            )
            brief = extract(article)
            cached.write_text(json.dumps(to_dict(brief), ensure_ascii=False), encoding="utf-8")
        category = data.get("category")
        out.append((brief, SAME_STORY.get(category, category) if category else None))
    return out


def _extractor_version() -> bytes:
    """The extractor's source, so that a changed extractor never reads a stale cache."""
    package = Path(extract.__code__.co_filename).parent
    return b"".join(p.read_bytes() for p in sorted(package.glob("*.py")))


def pairwise_f1(predicted: dict[str, int], gold: dict[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over pairs of scored items put in the same group."""
    scored = sorted(gold)
    true_pos = false_pos = false_neg = 0
    for a, b in combinations(scored, 2):
        same_pred = predicted[a] == predicted[b]
        same_gold = gold[a] == gold[b]
        true_pos += same_pred and same_gold
        false_pos += same_pred and not same_gold
        false_neg += same_gold and not same_pred
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def sensitivity(briefs: list[Brief], gold: dict[str, str]) -> dict[str, float]:
    """F1 with the merge threshold and the time half-life moved around the settings in use:
    a result that holds only at one exact setting would be tuned to this data, not a rule."""
    saved = grouping.HALF_LIFE_DAYS
    out: dict[str, float] = {}
    try:
        for half_life in (saved * 0.75, saved, saved * 1.25):
            grouping.HALF_LIFE_DAYS = half_life
            ordered = sorted(briefs, key=lambda b: b.source_path)
            for factor in (0.9, 1.0, 1.1):
                groups = grouping.story_groups(ordered, grouping.MERGE_AT * factor)
                predicted = {
                    ordered[i].source_path: n for n, g in enumerate(groups) for i in g.members
                }
                key = f"half_life={half_life:g}d merge_at={grouping.MERGE_AT * factor:.3g}"
                out[key] = round(pairwise_f1(predicted, gold)["f1"], 4)
    finally:
        grouping.HALF_LIFE_DAYS = saved
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared/eval/giveme5w1h")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/briefgen-stories-cache"))
    parser.add_argument("--show", action="store_true", help="print each story with gold labels")
    args = parser.parse_args(argv)
    items = load(args.eval, args.cache)
    briefs = [b for b, _ in items]
    gold = {b.source_path: g for b, g in items if g is not None}
    stories = build_stories(briefs)
    predicted = {m.source_path: n for n, s in enumerate(stories) for m in s.members}
    scores = pairwise_f1(predicted, gold)
    if args.show:
        for story in stories:
            labels = [gold.get(m.source_path) for m in story.members]
            print(f"{story.title[:70]!r}: {labels}")
    result: dict[str, object] = {
        "benchmark": "story grouping, pairwise F1 against Giveme5W1H categories",
        "articles": len(briefs),
        "scored_articles": len(gold),
        "gold_clusters": len(set(gold.values())),
        "stories": len(stories),
        **{k: round(v, 4) for k, v in scores.items()},
        "figure_threads": sum(len(s.figure_threads) for s in stories),
        "disputed_threads": sum(1 for s in stories for t in s.figure_threads if t.disputed),
        "whats_next_statements": sum(len(b.outlook) for b in briefs),
        "sensitivity": sensitivity(briefs, gold),
        "command": "make bench-stories",
    }
    out = HERE / "results" / "stories_f1.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
