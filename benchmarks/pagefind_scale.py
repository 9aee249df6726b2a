"""The `search: pagefind` build of a large project, and what Pagefind's exclusions save.

    python -m benchmarks.pagefind_scale PROJECT

PROJECT is a corpus project made by `benchmarks.run` (e.g. kept with `--keep`) whose extraction
cache is warm, so that the build times rendering, MkDocs and Pagefind, not spaCy. Measures in
one run: the build (time, peak memory of its process tree), Pagefind alone on the built site
with briefgen's exclusions against Pagefind indexing the whole content of the same pages (the
baseline), and the bytes three queries download. Writes benchmarks/results/pagefind-scale.json."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from benchmarks.query import query_bytes
from benchmarks.run import BIN, QUERIES, RESULTS, folder_bytes, timed
from briefgen.mkdocs.search import CONTENT, NOT_CONTENT


def pagefind_alone(site: Path, out: Path, exclude: str) -> dict[str, float]:
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out)]
    command += ["--root-selector", CONTENT, "--exclude-selectors", exclude, "--silent"]
    run = timed(command, site.parent)
    result = {
        "seconds": run.seconds,
        "peak_memory_mb": run.peak_mb,
        "bundle_bytes": folder_bytes(out),
    }
    shutil.rmtree(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    project = parser.parse_args().project.resolve()
    site = project / "site-pagefind"
    config = yaml.safe_load((project / "mkdocs-pagefind.yml").read_text(encoding="utf-8"))
    config.pop("hooks", None)  # the page dump that benchmarks.run needs for its baseline
    (project / "mkdocs-pagefind-scale.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    command = [str(BIN / "briefgen"), "build", "-f", "mkdocs-pagefind-scale.yml", "-d", str(site)]
    build = timed(command, project)
    briefings = len(json.loads((site / "briefings" / "briefs.json").read_text(encoding="utf-8")))
    result: dict[str, Any] = {
        "briefings": briefings,
        "build": {"seconds": build.seconds, "peak_memory_mb": build.peak_mb},
        "site_bytes_per_briefing": round(folder_bytes(site) / briefings),
        "queries": query_bytes(site, QUERIES),
        "pagefind_alone_with_exclusions": pagefind_alone(site, project / "pf-a", NOT_CONTENT),
        "pagefind_alone_whole_pages": pagefind_alone(site, project / "pf-b", ".headerlink"),
    }
    result["memory_exclusions_vs_whole"] = round(
        result["pagefind_alone_with_exclusions"]["peak_memory_mb"]
        / result["pagefind_alone_whole_pages"]["peak_memory_mb"],
        3,
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "pagefind-scale.json").write_text(
        json.dumps(result, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
