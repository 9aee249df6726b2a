"""Extraction time on the 76 giveme5w1h articles against the bare spaCy pipeline, same run.

Run: .venv/bin/python benchmarks/extract_speed.py  (from the repository root; reads ../shared/eval)
Writes benchmarks/results/extract_speed.json. Target (issue 12): throughput at least 0.75x bare
spaCy, i.e. ratio <= 1/0.75 = 1.333.
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time
from pathlib import Path

from briefgen.config import DEFAULT_MODEL
from briefgen.eval.articles import from_news_please
from briefgen.extract import extract, gazetteer, nlp

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "giveme5w1h"
RESULTS = ROOT / "benchmarks" / "results" / "extract_speed.json"
ROUNDS = 3
TARGET_RATIO = round(1 / 0.75, 3)
"""Issue 12: extraction keeps at least 0.75x the throughput of bare spaCy."""


def main() -> int:
    paths = sorted(DATA.glob("*.json"))
    if not paths:
        print(f"no articles in {DATA}", file=sys.stderr)
        return 1
    articles = [from_news_please(json.loads(p.read_text(encoding="utf-8")), p.name) for p in paths]
    texts = [a.body for a in articles]
    model = nlp.load(DEFAULT_MODEL)
    # warm both paths: model loaded, gazetteer index built, quantulum3 imported
    list(model.pipe(texts[:3]))
    for article in articles[:3]:
        extract(article)
    gazetteer.lookup("Ashgabat")
    # CPU time is the headline: the machine is shared, and wall time swings with other load
    bare, full, bare_wall, full_wall = [], [], [], []
    for _ in range(ROUNDS):  # interleaved so that load on the machine hits both alike
        cpu, wall = time.process_time(), time.perf_counter()
        list(model.pipe(texts))
        bare.append(time.process_time() - cpu)
        bare_wall.append(time.perf_counter() - wall)
        cpu, wall = time.process_time(), time.perf_counter()
        for article in articles:
            extract(article)
        full.append(time.process_time() - cpu)
        full_wall.append(time.perf_counter() - wall)
    result = {
        "articles": len(articles),
        "characters": sum(len(t) for t in texts),
        "bare_spacy_cpu_seconds": round(min(bare), 3),
        "extract_cpu_seconds": round(min(full), 3),
        "ratio": round(min(full) / min(bare), 3),
        "bare_spacy_wall_seconds": round(min(bare_wall), 3),
        "extract_wall_seconds": round(min(full_wall), 3),
        "wall_ratio": round(min(full_wall) / min(bare_wall), 3),
        "target_ratio": TARGET_RATIO,
        "rounds": ROUNDS,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "model": DEFAULT_MODEL,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    tmp = RESULTS.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    tmp.replace(RESULTS)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
