"""Extract the same articles with a past revision and with the working tree, and compare the JSON.

A refactor of extraction must leave `briefgen extract --json` byte-identical. This extracts the
seed, the Wikinews articles and the Giveme5W1H articles of ../shared/eval and the gold articles
of tests/gold/articles twice, once with the code of `--base REV` (a `git archive` of it, put first
on PYTHONPATH) and once with the working tree, in the same virtual environment and on the same
input files, then compares the JSON article by article and prints every difference, field by
field.

    .venv/bin/python benchmarks/compare_extract.py --base main
    .venv/bin/python benchmarks/compare_extract.py --base 9566abe --corpus seed --corpus wikinews

Articles readers know are extracted by the command itself (`briefgen extract --json`, one call
per corpus, so ids are those of that corpus); Giveme5W1H's news-please JSON, which no reader
reads, goes through the eval loader (`briefgen.eval.articles`), extraction and `assign_ids`, as
`briefgen eval` does. Each side builds its own place gazetteer in a fresh cache folder, so a
change to the gazetteer's data shows (about 20 s per side; `--reuse-gazetteer` skips that).
Exit code 0 when everything is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
CORPORA: dict[str, tuple[Path, str]] = {
    "seed": (ROOT / "seeds", "*.txt"),
    "wikinews": (SHARED / "wikinews", "*.md"),
    "giveme5w1h": (SHARED / "giveme5w1h", "*.json"),
    "gold": (ROOT / "tests" / "gold" / "articles", "**/*"),
}
"""Each corpus: its folder and the files in it to extract."""
_ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json"})
_NOT_ARTICLES = ("SOURCE", "README", "LICENSE")
"""Notes kept beside the gold articles, not articles."""
SHOWN_CHARS = 300
"""Characters of each differing value shown."""

# Runs inside one side's code: extracts each corpus and writes {corpus: [json line, …]}, and
# {"CORPUS problems": [line, …]} with what `briefgen extract` reported of the articles it skipped.
_DRIVER = """
import contextlib, io, json, sys
from pathlib import Path


def main():
    root, spec_path, out_path = sys.argv[1:4]
    import briefgen
    here = Path(briefgen.__file__).resolve()
    if not here.is_relative_to(Path(root).resolve()):
        sys.exit(f"briefgen imported from {here}, not from {root}")
    from briefgen import cli
    from briefgen.contract import to_json
    from briefgen.corpus.ids import assign_ids
    from briefgen.eval.articles import load
    from briefgen.extract import extract

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    found = {}
    for corpus, files in spec.items():
        if all(f.endswith(".json") for f in files):
            briefs = [extract(load(Path(f), Path(f).name)) for f in files]
            found[corpus] = [to_json(b) for b in assign_ids(briefs)]
            continue
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cli.main(["extract", "--json", *files])  # exit 1 when an article was skipped
        found[corpus] = out.getvalue().splitlines()
        found[corpus + " problems"] = err.getvalue().splitlines()
    Path(out_path).write_text(json.dumps(found), encoding="utf-8")


# extraction may start worker processes, which import this file again: only the parent runs
if __name__ == "__main__":
    main()
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="git revision to compare against")
    parser.add_argument(
        "--corpus", action="append", choices=sorted(CORPORA), help="only these (repeatable)"
    )
    parser.add_argument(
        "--reuse-gazetteer",
        action="store_true",
        help="use the usual gazetteer cache on both sides instead of building one per side",
    )
    args = parser.parse_args(argv)
    spec = {name: _files(name) for name in args.corpus or CORPORA}
    for name, files in spec.items():
        if not files:
            print(f"{name}: no articles in {CORPORA[name][0]}", file=sys.stderr)
    spec = {name: files for name, files in spec.items() if files}
    with tempfile.TemporaryDirectory(prefix="briefgen-compare-") as tmp:
        work = Path(tmp)
        base_root = _checkout(args.base, work / "base")
        results = {
            side: _extract(side, code, spec, work, args.reuse_gazetteer)
            for side, code in (("base", base_root), ("head", ROOT))
        }
    return _report(args.base, spec, results["base"], results["head"])


def _files(corpus: str) -> list[str]:
    """The corpus's article files, relative to the repository root where they lie inside it."""
    folder, pattern = CORPORA[corpus]
    paths = sorted(
        p
        for p in folder.glob(pattern)
        if p.is_file() and p.suffix in _ARTICLE_SUFFIXES and not p.name.startswith(_NOT_ARTICLES)
    )
    return [os.path.relpath(p, ROOT) if p.is_relative_to(ROOT) else str(p) for p in paths]


def _checkout(rev: str, folder: Path) -> Path:
    """The tree of `rev` written to `folder` (git archive: no worktree, no change to the repo)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True, check=True
    ).stdout
    folder.mkdir(parents=True)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _extract(
    side: str, code: Path, spec: dict[str, list[str]], work: Path, reuse_gazetteer: bool
) -> dict[str, list[str]]:
    """Every corpus extracted with the briefgen package under `code`, from the repository root
    (so that both sides read the same files and name them alike)."""
    driver, spec_path, out_path = work / "driver.py", work / f"{side}.spec", work / f"{side}.out"
    driver.write_text(_DRIVER, encoding="utf-8")
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONHASHSEED="0")
    if not reuse_gazetteer:
        env["BRIEFGEN_CACHE"] = str(work / f"{side}-cache")
    started = time.perf_counter()
    # the driver's own folder, not the working directory, is first on sys.path: the base side
    # imports the archived briefgen, never this tree's
    subprocess.run(
        [sys.executable, str(driver), str(code), str(spec_path), str(out_path)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    seconds = time.perf_counter() - started
    print(f"{side}: extracted {sum(map(len, spec.values()))} articles in {seconds:.0f} s")
    found: dict[str, list[str]] = json.loads(out_path.read_text(encoding="utf-8"))
    return found


def _report(
    rev: str,
    spec: dict[str, list[str]],
    base: dict[str, list[str]],
    head: dict[str, list[str]],
) -> int:
    differing = 0
    for corpus, files in spec.items():
        problems = base.get(f"{corpus} problems", []), head.get(f"{corpus} problems", [])
        for line in problems[1]:
            print(f"{corpus}: {line}")
        if problems[0] != problems[1]:
            differing += 1
            print(f"{corpus}: the problems reported differ; base said:")
            print("\n".join(f"  {line}" for line in problems[0]) or "  nothing")
        old, new = _by_path(base[corpus]), _by_path(head[corpus])
        changed = [p for p in sorted(old.keys() | new.keys()) if old.get(p) != new.get(p)]
        same = len(old.keys() & new.keys()) - len(changed)
        skipped = len(files) - len(old.keys() | new.keys())
        print(
            f"{corpus}: {len(files)} articles, {same} identical, {len(changed)} differ"
            + (f", {skipped} skipped by both" if skipped else "")
        )
        for path in changed:
            differing += 1
            print(f"  {path}")
            for line in _field_diff(old.get(path), new.get(path)):
                print(f"    {line}")
    verdict = "identical" if not differing else f"{differing} articles (or problem lists) differ"
    print(f"extract --json, {rev} against the working tree: {verdict}")
    return 1 if differing else 0


def _by_path(lines: list[str]) -> dict[str, str]:
    """JSON lines keyed by the article's source path."""
    return {json.loads(line)["source_path"]: line for line in lines}


def _field_diff(old: str | None, new: str | None) -> list[str]:
    """The top-level fields that differ, each with its value on both sides (cut)."""
    if old is None or new is None:
        return ["only in " + ("head" if old is None else "base")]
    a, b = json.loads(old), json.loads(new)
    lines: list[str] = []
    for key in sorted(a.keys() | b.keys()):
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        lines.append(f"{key}:")
        if isinstance(x, list) and isinstance(y, list):
            # a list (actors, figures …): the items each side has that the other lacks
            lines += [f"  base {_shown(item)}" for item in x if item not in y]
            lines += [f"  head {_shown(item)}" for item in y if item not in x]
            if sorted(map(_shown, x)) == sorted(map(_shown, y)):
                lines.append("  the same items in another order")
        else:
            lines += [f"  base {_shown(x)}", f"  head {_shown(y)}"]
    return lines or ["same values, different bytes (key order or number format)"]


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + " …"


if __name__ == "__main__":
    sys.exit(main())
