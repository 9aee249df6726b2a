"""Command line: `briefgen extract`, `stories`, `build`, `pdf` and `eval`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from briefgen import readers
from briefgen.books import write_pdfs
from briefgen.config import DEFAULT_MODEL, Settings
from briefgen.contract import to_json
from briefgen.errors import BriefgenError, skipped
from briefgen.eval import DEFAULT_SETS as EVAL_DEFAULT_SETS
from briefgen.eval import SETS as EVAL_SETS
from briefgen.eval.explain import GROUPS as EXPLAIN_GROUPS
from briefgen.extras import MissingExtra, require
from briefgen.pipeline import Corpus, build_corpus, display_path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    if args.command == "build":
        return _build(args)
    if args.command == "pdf":
        return _pdf(args)
    if args.command == "stories":
        return _stories(args)
    if args.command == "eval":
        return _eval(args)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefgen", description="Turn news articles into briefings."
    )
    sub = parser.add_subparsers(dest="command")
    extract = sub.add_parser("extract", help="extract briefs from article files")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument(
        "--json", action="store_true", help="print one JSON object per article (JSON Lines)"
    )
    extract.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline to use")
    stories = sub.add_parser("stories", help="group article files into stories")
    stories.add_argument("files", nargs="+", type=Path, metavar="FILE")
    stories.add_argument(
        "--json", action="store_true", help="print one JSON object per story (JSON Lines)"
    )
    stories.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline to use")
    build = sub.add_parser("build", help="build the site (runs MkDocs with the briefgen plugin)")
    build.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    build.add_argument("-d", "--site-dir", type=Path, default=None)
    build.add_argument(
        "--strict", action="store_true", help="fail if any article is skipped or MkDocs warns"
    )
    pdf = sub.add_parser("pdf", help="write the briefing book and one PDF per briefing")
    pdf.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    pdf.add_argument(
        "-o", "--output", type=Path, default=None, help="folder for the PDFs (default: pdf/)"
    )
    pdf.add_argument(
        "--strict", action="store_true", help="fail if any article or briefing is left out"
    )
    pick = pdf.add_argument_group(
        "selection", "a book of only some briefings (options combine: a briefing must pass all)"
    )
    pick.add_argument(
        "--since",
        type=_bound(end=False),
        metavar="DATE",
        help="published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY); undated ones left out",
    )
    pick.add_argument(
        "--until",
        type=_bound(end=True),
        metavar="DATE",
        help="published on or before DATE (YYYY-MM and YYYY: to the month's or year's end)",
    )
    pick.add_argument("--story", metavar="ID", help="the briefings of one story (its page's slug)")
    pick.add_argument("--tag", metavar="TAG", help="the briefings with this tag (any case)")
    evaluate = sub.add_parser("eval", help="score extraction against gold files and eval sets")
    evaluate.add_argument("--gold", type=Path, default=Path("tests/gold"), help="gold files folder")
    evaluate.add_argument(
        "--shared", type=Path, default=Path("../shared/eval"), help="shared eval data folder"
    )
    evaluate.add_argument(
        "--set",
        action="append",
        dest="sets",
        choices=list(EVAL_SETS),
        help="score only this set (repeatable): a split of the gold files (train, dev, or all "
        "of them), or a shared set; default: train, dev, giveme5w1h, quantities",
    )
    evaluate.add_argument(
        "--explain",
        action="store_true",
        help="print every miss and wrong extraction with its sentence (train files only)",
    )
    evaluate.add_argument(
        "--family",
        action="append",
        choices=list(EXPLAIN_GROUPS),
        help="with --explain: only this family (repeatable)",
    )
    evaluate.add_argument(
        "--file", metavar="PATTERN", help="only gold files whose name matches (glob or part)"
    )
    evaluate.add_argument("--model", default=None, help="installed spaCy pipeline to use")
    return parser


def _bound(*, end: bool) -> Callable[[str], date]:
    """An argparse type for a date bound: a bad one is a usage error naming the forms taken."""

    def parse(text: str) -> date:
        from briefgen.pdf.select import SelectionError, parse_bound

        try:
            return parse_bound(text, end=end)
        except SelectionError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return parse


def _eval(args: argparse.Namespace) -> int:
    from briefgen.eval.report import run

    explaining = args.explain or args.family
    sets = tuple(args.sets or (("train",) if explaining else EVAL_DEFAULT_SETS))
    try:
        return run(
            args.gold,
            args.shared,
            sys.stdout,
            model=args.model,
            sets=sets,
            explain_families=tuple(args.family or ()) if explaining else None,
            file_pattern=args.file,
        )
    except BriefgenError as exc:
        print(f"briefgen: eval failed: {exc}", file=sys.stderr)
        return 1


def _files(args: argparse.Namespace) -> tuple[list[Path], Corpus]:
    """The article files named on the command line (folders searched), and their corpus: read,
    extracted, corrected by their overrides and named as a site build would (without the cache)."""
    files: list[Path] = []
    for path in args.files:
        files.extend(readers.discover(path) if path.is_dir() else [path])
    corpus = build_corpus(Settings(model=args.model, cache=None), Path.cwd(), files)
    for problem in corpus.problems:
        print(problem, file=sys.stderr)
    return files, corpus


def _extract(args: argparse.Namespace) -> int:
    files, corpus = _files(args)
    order = {display_path(path, Path.cwd()): n for n, path in enumerate(files)}
    for brief in sorted(corpus.briefs, key=lambda b: order[b.source_path]):
        if args.json:
            print(to_json(brief))
        else:
            print(
                f"{brief.source_path}: {brief.title}\n  {brief.summary}\n"
                f"  {len(brief.actors)} actors, {len(brief.places)} places, {len(brief.figures)} figures, "
                f"{len(brief.timeline)} dates, {len(brief.quotes)} quotes, {len(brief.sources)} sources"
            )
    return 1 if skipped(corpus.problems) else 0


def _stories(args: argparse.Namespace) -> int:
    from briefgen.analysis import analyse
    from briefgen.stories.contract import story_to_json

    _, corpus = _files(args)
    for story in analyse(corpus.briefs).stories:
        if args.json:
            print(story_to_json(story))
        else:
            span = " – ".join(str(d) for d in dict.fromkeys([story.start, story.end]) if d)
            print(f"{story.title} ({len(story.members)} briefings{', ' + span if span else ''})")
            for brief in story.members:
                print(f"  {brief.source_path}: {brief.title}")
    return 1 if skipped(corpus.problems) else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _build(args: argparse.Namespace) -> int:
    from briefgen.mkdocs.build import build_site_dir

    outcome = build_site_dir(args.config_file, args.site_dir, strict=args.strict)
    if outcome.error is not None:
        print(f"briefgen: build failed: {outcome.error}", file=sys.stderr)
    built = outcome.built
    if built is not None:
        # what the build made of the seeds: the same list as the errors page
        where = f" into {outcome.site}" if outcome.site is not None else " (site left as it was)"
        left_out = skipped(built.problems)
        print(
            f"briefgen: {_count(built.briefings, 'briefing')} built{where}, "
            f"{_count(len(left_out), 'article')} skipped" + (":" if built.problems else "")
        )
        for problem in built.problems:
            print(f"  {'skipped' if problem in left_out else 'warning'} {problem}")
    return 1 if outcome.error is not None else 0


def _pdf(args: argparse.Namespace) -> int:
    from briefgen.pdf.select import Selection, SelectionError
    from briefgen.project import read_project

    selection = Selection(args.since, args.until, args.story, args.tag)
    try:
        require("pdf")  # before any extraction: say at once what to install
        project = read_project(args.config_file)
        out = args.output if args.output is not None else project.root / "pdf"
        book = write_pdfs(project.settings, project.root, out, selection)
    except (BriefgenError, MissingExtra, SelectionError) as exc:
        print(f"briefgen: pdf failed: {exc}", file=sys.stderr)
        return 1
    for problem in book.problems:
        print(f"{problem} (left out of the PDFs)", file=sys.stderr)
    print(
        f"briefgen: wrote {book.path} ({book.chapters} briefing{'' if book.chapters == 1 else 's'})"
        f" and {book.pdfs} PDF{'' if book.pdfs == 1 else 's'} in {book.folder}"
    )
    return 1 if args.strict and book.problems else 0
