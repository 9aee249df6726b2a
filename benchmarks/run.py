"""Measure briefgen at corpus scale; every ratio is taken against a baseline measured in the same run.

    python -m benchmarks.run --sizes 100 1000 [10000] [--skip-extraction]

Writes one JSON file per measurement to benchmarks/results/ as soon as it is taken, and
benchmarks/results/summary.md from all of them."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

import psutil
import yaml

from benchmarks.corpus import change_one, make_corpus
from benchmarks.query import query_bytes
from benchmarks.summary import write_summary
from briefgen import readers
from briefgen.config import DEFAULT_MODEL
from briefgen.executor import BATCH_SIZE, chunks, extract_batch
from briefgen.extract import nlp
from briefgen.records import Article

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BIN = Path(sys.executable).parent
QUERIES = ["Boeing", "tram crash", "Kettering University"]
RUN = datetime.now(UTC).isoformat(timespec="seconds")
"""When this run started: results of one run carry the same value."""


@dataclass(frozen=True, slots=True)
class Run:
    """One timed command."""

    seconds: float
    """Wall-clock time."""
    peak_mb: float
    """Peak of the summed PSS of the command's process tree, in MB."""


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `command`, sampling the memory of its process tree; fails loudly if it fails."""
    log = cwd / "last-command.log"
    with log.open("w") as out:
        start = time.perf_counter()
        proc = psutil.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_pss(proc))
            time.sleep(0.25)
        seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{log.read_text()[-3000:]}")
    return Run(round(seconds, 2), round(peak / 2**20, 1))


def _tree_pss(proc: psutil.Process) -> int:
    total = 0
    try:
        tree = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in tree:
        try:
            total += member.memory_full_info().pss
        except psutil.Error:
            continue
    return total


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def save(name: str, data: dict[str, Any]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"run": RUN, "measured_at": datetime.now(UTC).isoformat(timespec="seconds"), **data}
    data["machine"] = {"cores": os.cpu_count(), "load_average": os.getloadavg()}
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    write_summary(RESULTS)
    print(f"wrote benchmarks/results/{name}.json", flush=True)


# --- extraction: end to end against bare spaCy, and 1 against 2 processes -------------------


def measure_extraction(work: Path, count: int) -> None:
    paths = make_corpus(work / "extraction", count)
    articles = [readers.read(p, p.name) for p in paths]
    texts = [a.body for a in articles]
    words = sum(len(t.split()) for t in texts)
    language = nlp.load(DEFAULT_MODEL)
    extract_batch(articles[:2], DEFAULT_MODEL)  # warm every lazy table once
    bare, full = [], []
    for _ in range(2):  # alternate, so that load from other processes hits both alike
        start = time.perf_counter()
        for _doc in language.pipe(texts, batch_size=BATCH_SIZE):
            pass
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        extract_batch(articles, DEFAULT_MODEL)
        full.append(time.perf_counter() - start)
    # alternate 1 and 2 processes twice and keep each one's best: other load on the machine
    # comes and goes, and would otherwise decide the ratio
    samples = [_pool_throughput(articles, n) for n in (1, 2, 1, 2)]
    pools = {
        n: min((s for s in samples if s["processes"] == n), key=lambda s: s["seconds"])
        for n in (1, 2)
    }
    save(
        "extraction",
        {
            "articles": count,
            "words": words,
            "bare_spacy_seconds": [round(s, 2) for s in bare],
            "extract_seconds": [round(s, 2) for s in full],
            "bare_words_per_second": round(words / min(bare)),
            "extract_words_per_second": round(words / min(full)),
            "extract_vs_bare": round(min(bare) / min(full), 3),
            "pool": pools,
            "pool_samples": samples,
            "two_vs_one_process": round(pools[1]["seconds"] / pools[2]["seconds"], 3),
            "two_vs_one_process_with_startup": round(
                pools[1]["seconds_with_startup"] / pools[2]["seconds_with_startup"], 3
            ),
        },
    )


def _pool_throughput(articles: list[Article], processes: int) -> dict[str, float]:
    """Throughput of a pool once every process has loaded the model, and with the start-up."""
    import multiprocessing

    start = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        processes, context, initializer=nlp.load, initargs=(DEFAULT_MODEL,)
    ) as pool:
        # one tiny task per process, so that each has loaded the model before the clock starts
        list(pool.map(_hold, [[articles[0]]] * processes, repeat(1.0)))
        warm = time.perf_counter()
        parts = pool.map(extract_batch, chunks(articles, processes), repeat(DEFAULT_MODEL))
        done = sum(len(p) for p in parts)
        end = time.perf_counter()
    assert done == len(articles)
    return {
        "processes": processes,
        "seconds": round(end - warm, 2),
        "seconds_with_startup": round(end - start, 2),
        "start_up_seconds": round(warm - start, 2),
    }


def _hold(articles: list[Article], seconds: float) -> int:
    extract_batch(articles, DEFAULT_MODEL)
    time.sleep(seconds)  # keeps this process busy so the next warm-up task goes to another
    return os.getpid()


# What one extracting process pays before its first brief: a warm rebuild pays it once.
_START_UP = """
import json, time
start = time.perf_counter()
import briefgen.mkdocs.plugin
from briefgen.executor import extract_batch
from briefgen.extract import nlp
from briefgen.records import Article
imported = time.perf_counter()
nlp.load(MODEL)
loaded = time.perf_counter()
extract_batch([Article(source_path="a.txt", body="Officials in Ottawa said on Monday that "
               "3,000 buses were bought.")], MODEL)
first = time.perf_counter()
print(json.dumps({"import_seconds": round(imported - start, 2),
                  "model_load_seconds": round(loaded - imported, 2),
                  "first_extraction_seconds": round(first - loaded, 2)}))
"""


def measure_start_up() -> None:
    code = _START_UP.replace("MODEL", repr(DEFAULT_MODEL))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    save("start-up", json.loads(done.stdout.strip().splitlines()[-1]))


# --- a corpus of N articles: cold build, warm rebuild against mkdocs alone, size, search ----


def make_project(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "docs", folder / "docs")
    make_corpus(folder / "seeds", count)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    # the way a large hosted site is set up: Pagefind instead of Material's one-file index
    large = dict(config, hooks=[str(ROOT / "benchmarks" / "dump_pages.py")])
    large["plugins"] = _plugins(config["plugins"], drop="search", pagefind=True)
    (folder / "mkdocs-pagefind.yml").write_text(yaml.safe_dump(large), encoding="utf-8")
    return folder


def _plugins(plugins: Any, drop: str, pagefind: bool = False) -> dict[str, Any]:
    """mkdocs.yml's plugins (a list or a mapping) as a mapping, without `drop`."""
    if isinstance(plugins, list):
        plugins = dict(p.popitem() if isinstance(p, dict) else (p, {}) for p in plugins)
    result = {name: dict(options or {}) for name, options in plugins.items() if name != drop}
    if pagefind:
        result["briefgen"]["search"] = "pagefind"
    return result


def baseline_project(project: Path, pages: Path) -> Path:
    """The same generated pages as plain docs, built by MkDocs with no briefgen plugin."""
    folder = project / "baseline"
    shutil.copytree(project / "docs", folder / "docs")
    shutil.copytree(pages, folder / "docs", dirs_exist_ok=True)
    (folder / "docs" / "search.md").unlink(missing_ok=True)  # only the Pagefind build has it
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = _plugins(config["plugins"], drop="briefgen")
    config["extra_css"] = ["assets/briefgen.css"]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return folder


def measure_corpus(work: Path, count: int, rounds: int) -> None:
    project = make_project(work / f"corpus-{count}", count)
    result: dict[str, Any] = {"articles": count}
    briefgen = [str(BIN / "briefgen"), "build", "-f"]
    cold = timed([*briefgen, "mkdocs.yml"], project)
    site = project / "site"
    briefings = len(json.loads((site / "briefings" / "briefs.json").read_text(encoding="utf-8")))
    result["cold_build"] = {"seconds": cold.seconds, "peak_memory_mb": cold.peak_mb}
    result["briefings"] = briefings
    index = site / "search" / "search_index.json"
    result["site"] = {
        "bytes": folder_bytes(site),
        "bytes_per_briefing": round(folder_bytes(site) / briefings),
        "material_search_index_bytes": index.stat().st_size if index.exists() else None,
        # where the bytes are: briefing pages grow with the briefings, entity pages with the
        # actors, places and tags the corpus names
        "bytes_per_briefing_by_folder": {
            part.name: round(folder_bytes(part) / briefings)
            for part in sorted(site.iterdir())
            if part.is_dir()
        },
    }
    save(f"corpus-{count}", result)

    dump = project / "generated"
    env = dict(os.environ, BRIEFGEN_BENCH_DUMP=str(dump))
    large = timed([*briefgen, "mkdocs-pagefind.yml", "-d", "site-pagefind"], project, env)
    pagefind_site = project / "site-pagefind"
    result["pagefind_build"] = {
        "note": "warm cache, Material search plugin off, search: pagefind",
        "seconds": large.seconds,
        "peak_memory_mb": large.peak_mb,
        "site_bytes_per_briefing": round(folder_bytes(pagefind_site) / briefings),
        "pagefind_bundle_bytes": folder_bytes(pagefind_site / "pagefind"),
    }
    result["pagefind_queries"] = query_bytes(pagefind_site, QUERIES)
    save(f"corpus-{count}", result)

    baseline = baseline_project(project, dump)
    mkdocs_times, warm_times = [], []
    seeds = sorted((project / "seeds").glob("*.md"))
    # the target is on 1,000 articles; above that one round says how it grows, at less cost
    for round_ in range(rounds if count <= 1000 else 1):
        mkdocs_times.append(timed([str(BIN / "mkdocs"), "build", "-q"], baseline).seconds)
        change_one(seeds[len(seeds) // 2 + round_], round_)
        warm_times.append(timed([*briefgen, "mkdocs.yml"], project).seconds)
    result["warm_rebuild"] = {
        "note": "one article changed; mkdocs = plain `mkdocs build` on the same generated pages",
        "briefgen_build_seconds": warm_times,
        "mkdocs_build_seconds": mkdocs_times,
        "ratio": round(min(warm_times) / min(mkdocs_times), 3),
    }
    save(f"corpus-{count}", result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--extraction-articles", type=int, default=166)
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores", flush=True)
    work = Path(tempfile.mkdtemp(prefix="briefgen-bench-"))
    try:
        if not args.skip_extraction:
            measure_start_up()
            measure_extraction(work, args.extraction_articles)
        for size in args.sizes:
            measure_corpus(work, size, args.rounds)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
