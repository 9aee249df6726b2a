"""Build one project with two briefgen checkouts and compare the sites file by file.

A refactor should leave `briefgen build` byte-identical: this builds the same project (this
repository's mkdocs.yml and docs/, with the seed and the Wikinews articles of ../shared/eval as
seeds) once with a baseline checkout's Python and once with this one's, both with the same
SOURCE_DATE_EPOCH (the sitemap and the "What's next" page stamp the build date), then lists every
file that is only in one site or differs. With `--pdf` it also makes both briefing books and
compares their text, page by page.

    git worktree add --detach /tmp/base b676ca1 && python3 -m venv /tmp/base/.venv \
        && /tmp/base/.venv/bin/pip install -e /tmp/base
    .venv/bin/python benchmarks/compare_builds.py --base /tmp/base/.venv/bin/python [--pdf]

The projects live in --work (kept, so each side's extraction cache makes a rerun quick); a
summary is written to benchmarks/results/compare_builds.json. Exit code 0 when the sites are
identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "compare_builds.json"
WIKINEWS = ROOT.parent / "shared" / "eval" / "wikinews"
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z
SHOWN_LINES = 12
"""Lines of unified diff shown per differing text file."""
_PAGE_NUMBER = re.compile(r"\s*\.*\s*\d+$")
"""A contents line's leader dots and page number."""
_FOOTER = re.compile(r"\d+ / \d+")
"""The page footer ("12 / 255")."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="Python of the baseline checkout")
    parser.add_argument("--head", type=Path, default=Path(sys.executable), help="Python to compare")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefgen-compare"))
    parser.add_argument("--articles", type=Path, default=WIKINEWS, help="folder of extra seeds")
    parser.add_argument("--epoch", default=EPOCH, help="SOURCE_DATE_EPOCH of both builds")
    parser.add_argument("--pdf", action="store_true", help="also compare the briefing books")
    parser.add_argument(
        "--no-build", action="store_true", help="compare what the last run left in --work"
    )
    args = parser.parse_args(argv)

    seeds = sorted((ROOT / "seeds").glob("*.txt")) + sorted(args.articles.glob("*.md"))
    summary: dict[str, Any] = {"seeds": len(seeds), "epoch": args.epoch}
    sites: dict[str, Path] = {}
    for side, python in (("base", args.base), ("head", args.head)):
        sites[side] = args.work / side / "site"
        if args.no_build:
            continue
        project = _project(args.work / side, seeds)
        started = time.perf_counter()
        _run(python, project, args.epoch, "build", "-f", str(project / "mkdocs.yml"))
        summary[f"{side}_build_seconds"] = round(time.perf_counter() - started, 1)
        if args.pdf:
            _run(python, project, args.epoch, "pdf", "-f", str(project / "mkdocs.yml"))
    only_base, only_head, differing, same = _compare(sites["base"], sites["head"])
    summary.update(
        files_identical=same,
        only_in_base=only_base,
        only_in_head=only_head,
        differing=differing,
    )
    print(f"{same} files identical, {len(differing)} differ")
    for name in only_base:
        print(f"only in base: {name}")
    for name in only_head:
        print(f"only in head: {name}")
    for name in differing:
        print(f"differs: {name}")
        print(_diff(sites["base"] / name, sites["head"] / name))
    if args.pdf:
        summary["book"] = _compare_books(args.work)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0 if not (only_base or only_head or differing) else 1


def _project(folder: Path, seeds: list[Path]) -> Path:
    """`folder` set up as a project: this repository's mkdocs.yml and docs/, and `seeds`."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.rmtree(folder / "docs", ignore_errors=True)
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.rmtree(folder / "seeds", ignore_errors=True)
    (folder / "seeds").mkdir()
    for seed in seeds:
        shutil.copy(seed, folder / "seeds" / seed.name)
    return folder


def _run(python: Path, project: Path, epoch: str, *command: str) -> None:
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, PYTHONHASHSEED="0")
    done = subprocess.run(
        [str(python), "-m", "briefgen", *command], cwd=project, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{python} -m briefgen {' '.join(command)}: exit {done.returncode}")


def _files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def _compare(base: Path, head: Path) -> tuple[list[str], list[str], list[str], int]:
    ours, theirs = _files(base), _files(head)
    both = sorted(ours & theirs)
    differing = [n for n in both if (base / n).read_bytes() != (head / n).read_bytes()]
    return sorted(ours - theirs), sorted(theirs - ours), differing, len(both) - len(differing)


def _diff(base: Path, head: Path) -> str:
    try:
        before = base.read_text(encoding="utf-8").splitlines()
        after = head.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return "  (binary)"
    lines = list(difflib.unified_diff(before, after, "base", "head", n=1, lineterm=""))
    shown = [f"  {line[:200]}" for line in lines[:SHOWN_LINES]]
    more = len(lines) - SHOWN_LINES
    return "\n".join(shown + ([f"  … {more} more diff lines"] if more > 0 else []))


def _compare_books(work: Path) -> dict[str, Any]:
    """The text of both briefing books as a multiset of lines, without what moves when a chapter
    grows (page numbers, the running title and footer of each page): pages, and the lines only
    one of them has."""
    import pypdf

    pages: dict[str, int] = {}
    lines: dict[str, Counter[str]] = {}
    for side in ("base", "head"):
        reader = pypdf.PdfReader(work / side / "pdf" / "briefing-book.pdf")
        pages[side] = len(reader.pages)
        lines[side] = Counter()
        for page in reader.pages:
            text = [line.strip() for line in (page.extract_text() or "").splitlines()]
            if text and _FOOTER.fullmatch(text[-1]):
                text = text[:-2]  # the footer, and the running title above it
            lines[side].update(_PAGE_NUMBER.sub("", line) for line in text if line)
    removed = lines["base"] - lines["head"]
    added = lines["head"] - lines["base"]
    print(f"book: {pages['base']} pages before, {pages['head']} after")
    print(f"book: {removed.total()} lines only before, {added.total()} only after")
    for sign, only in (("-", removed), ("+", added)):
        for line, count in only.most_common(SHOWN_LINES):
            print(f"  {sign}{count}× {line[:150]}")
    return {
        "base_pages": pages["base"],
        "head_pages": pages["head"],
        "lines_only_in_base": removed.total(),
        "lines_only_in_head": added.total(),
        "whats_next_headings": {side: lines[side]["What's next"] for side in lines},
    }


if __name__ == "__main__":
    raise SystemExit(main())
