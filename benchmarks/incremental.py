"""Incremental builds at corpus scale: a clean build, then one article added, one edited and one
deleted, each rebuilt with `briefgen build`; with Material's search and with `search: pagefind`.

    python -m benchmarks.incremental --articles 1000 [--project DIR] [--keep]

The clean build has no previous site and no page store, but a warm extraction cache (a cold
extraction of N articles times spaCy, not the site; `benchmarks.run` measures it): it is what
every rebuild cost before incremental builds. Each step records wall time and the peak of the
summed RSS of the build's process tree (psutil, children included, sampled every 0.2 s), its
CPU time (user + system, children included: on a machine shared with other work the wall time
says more about the others), and its ratios to the clean build of the same run. Writes benchmarks/results/incremental-N.json.
--project reuses a project made by an earlier run (its seeds are put back as they were).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil
import yaml

from benchmarks.corpus import bases, change_one, write_article
from benchmarks.run import BIN, _plugins, make_project, save

TARGET_SECONDS = 60.0
TARGET_RATIO = 0.15
TARGET_MB = 2048.0
CONFIGS = {"material": "mkdocs.yml", "pagefind": "mkdocs-incremental-pagefind.yml"}


def timed_rss(command: list[str], cwd: Path) -> dict[str, Any]:
    """Run `command`; its wall time and the peak summed RSS of its process tree, in MB."""
    log = cwd / "last-command.log"
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    with log.open("w") as out:
        start = time.perf_counter()
        proc = psutil.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc))
            time.sleep(0.2)
        seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{log.read_text()[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (used.ru_utime + used.ru_stime)
    unchanged = [line for line in log.read_text().splitlines() if "pages unchanged" in line]
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": round(peak / 2**20, 1),
        "log": unchanged[-1].split("briefgen: ", 1)[-1] if unchanged else "",
    }


def _tree_rss(proc: psutil.Process) -> int:
    try:
        tree = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in tree:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def pagefind_config(project: Path) -> None:
    """mkdocs.yml with `search: pagefind` and no Material search, building into site-pagefind."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = _plugins(config["plugins"], drop="search", pagefind=True)
    config["site_dir"] = "site-pagefind"
    text = yaml.safe_dump(config, sort_keys=False)
    (project / CONFIGS["pagefind"]).write_text(text, encoding="utf-8")


def briefing_pages(site: Path) -> set[str]:
    return {p.parent.name for p in (site / "briefings").glob("*/index.html")}


def measure(project: Path, search: str, count: int) -> dict[str, Any]:
    config = CONFIGS[search]
    site = project / ("site" if search == "material" else "site-pagefind")
    command = [str(BIN / "briefgen"), "build", "-f", config]
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(project / ".briefgen-cache" / "pages", ignore_errors=True)
    for leftover in project.glob(f".briefgen-*-{site.name}*"):  # staging, spare, retired
        shutil.rmtree(leftover, ignore_errors=True)
    result: dict[str, Any] = {"clean": timed_rss(command, project)}
    result["unchanged"] = timed_rss(command, project)
    seeds = project / "seeds"
    paths = sorted(seeds.glob("*.md"))

    added = write_article(seeds, count, bases())  # the next article of the corpus
    before = briefing_pages(site)
    result["add"] = timed_rss(command, project)
    result["add"]["briefings_added"] = len(briefing_pages(site) - before)

    edited = paths[len(paths) // 2]
    original = edited.read_text(encoding="utf-8")
    change_one(edited, 1)
    result["edit"] = timed_rss(command, project)
    edited.write_text(original, encoding="utf-8")

    deleted = paths[len(paths) // 3]
    kept = deleted.read_bytes()
    before = briefing_pages(site)
    deleted.unlink()
    result["delete"] = timed_rss(command, project)
    result["delete"]["briefing_pages_gone"] = sorted(before - briefing_pages(site))
    deleted.write_bytes(kept)
    (seeds / added.name).unlink()

    clean = result["clean"]
    for step in ("unchanged", "add", "edit", "delete"):
        run = result[step]
        run["ratio_to_clean"] = round(run["seconds"] / clean["seconds"], 3)
        run["cpu_ratio_to_clean"] = round(run["cpu_seconds"] / clean["cpu_seconds"], 3)
        run["meets_target"] = (
            run["seconds"] <= TARGET_SECONDS
            and run["ratio_to_clean"] <= TARGET_RATIO
            and run["peak_rss_mb"] < TARGET_MB
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--project", type=Path, help="a project of an earlier run to reuse")
    parser.add_argument("--search", choices=list(CONFIGS), action="append")
    parser.add_argument("--keep", action="store_true", help="keep the temp project")
    args = parser.parse_args()
    if len(bases()) == 0:
        raise SystemExit("no base articles: ../shared/eval is missing")
    work = Path(tempfile.mkdtemp(prefix="briefgen-incremental-"))
    project = args.project or make_project(work / f"corpus-{args.articles}", args.articles)
    pagefind_config(project)
    if not args.project:  # extract every article once, untimed: every clean build below is warm
        print("warming the extraction cache", flush=True)
        timed_rss([str(BIN / "briefgen"), "build", "-f", CONFIGS["material"]], project)
    name = f"incremental-{args.articles}"
    results: dict[str, Any] = {
        "articles": args.articles,
        "note": "clean = no previous site, no page store, warm extraction cache; "
        "targets: <= 60 s, <= 0.15x clean, peak RSS < 2 GB",
    }
    try:
        for search in args.search or list(CONFIGS):
            print(f"{search}: measuring", flush=True)
            results[search] = measure(project, search, args.articles)
            save(name, results)
            print(json.dumps(results[search], indent=1), flush=True)
    finally:
        if args.keep or args.project:
            print(f"kept {project}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
