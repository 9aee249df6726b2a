"""benchmarks/results/summary.md: the table of every measurement, made from the JSON results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TARGETS = {
    "extract_vs_bare": ">= 0.75",
    "two_vs_one": ">= 1.6",
    "warm_ratio": "<= 1.5 (1,000 articles)",
    "peak": "< 4 GB (10,000 articles)",
    "query": "< 1 MB (10,000 articles)",
    "size": "within 10 % of 1,000's",
}


def write_summary(results: Path) -> None:
    rows = ["| measurement | value | target |", "|---|---|---|"]
    extraction = _load(results / "extraction.json")
    if extraction:
        pool = extraction["pool"]
        rows += [
            f"| extraction, {extraction['articles']} articles / {extraction['words']} words: "
            f"bare spaCy `nlp.pipe` | {extraction['bare_words_per_second']} words/s | |",
            f"| end-to-end extraction (one process) | {extraction['extract_words_per_second']} "
            f"words/s | |",
            f"| **end-to-end / bare spaCy** | **{extraction['extract_vs_bare']}** | "
            f"{TARGETS['extract_vs_bare']} |",
            f"| pool of 1 / of 2 processes, models loaded | {pool['1']['seconds']} s / "
            f"{pool['2']['seconds']} s | |",
            f"| **2 processes / 1 process throughput** | **{extraction['two_vs_one_process']}** "
            f"(with start-up: {extraction['two_vs_one_process_with_startup']}) | "
            f"{TARGETS['two_vs_one']} |",
        ]
    start_up = _load(results / "start-up.json")
    if start_up:
        rows.append(
            f"| one extracting process before its first brief: imports / model / first "
            f"extraction (lazy tables) | {start_up['import_seconds']} s / "
            f"{start_up['model_load_seconds']} s / {start_up['first_extraction_seconds']} s | |"
        )
    corpora = sorted(results.glob("corpus-*.json"), key=lambda p: int(p.stem.split("-")[1]))
    for path in corpora:
        data = _load(path)
        n = data["articles"]
        rows.append(
            f"| {n} articles: cold `briefgen build` | {data['cold_build']['seconds']} s, "
            f"peak {data['cold_build']['peak_memory_mb']} MB | {TARGETS['peak']} |"
        )
        site = data["site"]
        rows.append(
            f"| {n}: site size per briefing (Material search) | "
            f"{site['bytes_per_briefing'] / 1024:.1f} KiB | |"
        )
        if "pagefind_build" in data:
            large = data["pagefind_build"]
            rows.append(
                f"| {n}: build with `search: pagefind` (warm cache) | {large['seconds']} s, "
                f"peak {large['peak_memory_mb']} MB; "
                f"{large['site_bytes_per_briefing'] / 1024:.1f} KiB per briefing | |"
            )
        for query in data.get("pagefind_queries", []):
            rows.append(
                f"| {n}: Pagefind query “{query['query']}” ({query['message']}) | "
                f"{query['bytes'] / 1024:.1f} KiB in {query['requests']} requests | "
                f"{TARGETS['query']} |"
            )
        if "warm_rebuild" in data:
            warm = data["warm_rebuild"]
            rows.append(
                f"| {n}: **warm `briefgen build` (1 article changed) / `mkdocs build` alone** | "
                f"**{warm['ratio']}** ({min(warm['briefgen_build_seconds'])} s / "
                f"{min(warm['mkdocs_build_seconds'])} s) | {TARGETS['warm_ratio']} |"
            )
    rows += _growth(results)
    text = "# Benchmark results\n\nMade by `make bench` (`python -m benchmarks.run`); "
    text += "the JSON files beside this one hold every sample.\n\n"
    runs = sorted({_load(p).get("run", "?") for p in results.glob("*.json")} - {"?"})
    if runs:
        text += f"Runs started at: {', '.join(runs)} (ratios are always within one run).\n\n"
    text += "\n".join(rows) + "\n"
    (results / "summary.md").write_text(text, encoding="utf-8")


def _growth(results: Path) -> list[str]:
    """Per-briefing cost of the largest corpus against the 1,000-article one of the same run."""
    small, large = _load(results / "corpus-1000.json"), _load(results / "corpus-10000.json")
    if not small or not large or small.get("run") != large.get("run"):
        return []
    size = large["site"]["bytes_per_briefing"] / small["site"]["bytes_per_briefing"]
    seconds = [d["cold_build"]["seconds"] / d["briefings"] for d in (small, large)]
    return [
        f"| **10,000 / 1,000: site size per briefing** | **{size:.3f}** | {TARGETS['size']} |",
        f"| 10,000 / 1,000: cold build seconds per briefing | {seconds[1] / seconds[0]:.3f} | |",
    ]


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
