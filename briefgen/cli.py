"""Command line: `briefgen extract`, `stories`, `build`, `pdf` and `eval`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from briefgen import readers
from briefgen.atomic import replace_dir, staging_dir, write_bytes
from briefgen.config import DEFAULT_MODEL, Settings
from briefgen.contract import to_json
from briefgen.corpus import assign_ids
from briefgen.errors import BriefgenError
from briefgen.eval import DEFAULT_SETS as EVAL_DEFAULT_SETS
from briefgen.eval import SETS as EVAL_SETS
from briefgen.eval.explain import GROUPS as EXPLAIN_GROUPS
from briefgen.overrides import apply_all as apply_overrides
from briefgen.pipeline import build_corpus, extract_all, read_all


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


def _extract(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for path in args.files:
        files.extend(readers.discover(path) if path.is_dir() else [path])
    articles, problems = read_all(files, Path.cwd())
    for problem in problems:
        print(problem, file=sys.stderr)
    extracted, failed = extract_all(articles, Settings(model=args.model))
    briefs, bad_overrides = apply_overrides(extracted, Path.cwd())
    for problem in [*failed, *bad_overrides]:
        print(problem, file=sys.stderr)
    problems += [*failed, *bad_overrides]
    briefs = assign_ids(briefs)
    order = {a.source_path: i for i, a in enumerate(articles)}
    for brief in sorted(briefs, key=lambda b: order[b.source_path]):
        if args.json:
            print(to_json(brief))
        else:
            print(
                f"{brief.source_path}: {brief.title}\n  {brief.summary}\n"
                f"  {len(brief.actors)} actors, {len(brief.places)} places, {len(brief.figures)} figures, "
                f"{len(brief.timeline)} dates, {len(brief.quotes)} quotes, {len(brief.sources)} sources"
            )
    return 1 if problems else 0


def _stories(args: argparse.Namespace) -> int:
    from briefgen.stories import build_stories
    from briefgen.stories.contract import story_to_json

    files: list[Path] = []
    for path in args.files:
        files.extend(readers.discover(path) if path.is_dir() else [path])
    articles, problems = read_all(files, Path.cwd())
    extracted, failed = extract_all(articles, Settings(model=args.model))
    problems += failed
    for problem in problems:
        print(problem, file=sys.stderr)
    for story in build_stories(assign_ids(extracted)):
        if args.json:
            print(story_to_json(story))
        else:
            span = " – ".join(str(d) for d in dict.fromkeys([story.start, story.end]) if d)
            print(f"{story.title} ({len(story.members)} briefings{', ' + span if span else ''})")
            for brief in story.members:
                print(f"  {brief.source_path}: {brief.title}")
    return 1 if problems else 0


def _build(args: argparse.Namespace) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(handler)
    mkdocs_log.setLevel(logging.INFO)
    propagate, mkdocs_log.propagate = mkdocs_log.propagate, False
    plugins: dict[str, object] = {}
    try:
        site_dir = str(args.site_dir) if args.site_dir is not None else None
        config = load_config(str(args.config_file), strict=args.strict, site_dir=site_dir)
        plugins = dict(config.plugins)
        target = Path(config.site_dir)
        # build beside the site and swap it in: a failed or killed build leaves the old site whole
        with staging_dir(target) as staged:
            config.site_dir = str(staged)
            build(config)
            replace_dir(staged, target)
    except (MkDocsException, BriefgenError) as exc:
        print(f"briefgen: build failed: {exc}", file=sys.stderr)
        _print_summary(plugins.get("briefgen"), None)
        return 1
    finally:
        mkdocs_log.removeHandler(handler)
        mkdocs_log.propagate = propagate
    _print_summary(plugins.get("briefgen"), target)
    return 0


def _print_summary(plugin: object, site: Path | None) -> None:
    """What the build made of the seeds: built, skipped and why (the same list as the errors page)."""
    built = getattr(plugin, "built", None)
    if built is None:
        return
    where = f" into {site}" if site is not None else " (site left as it was)"
    print(
        f"briefgen: {built.briefings} briefings built{where}, "
        f"{len(built.problems)} articles skipped" + (":" if built.problems else "")
    )
    for problem in built.problems:
        print(f"  skipped {problem}")


def _pdf(args: argparse.Namespace) -> int:
    from briefgen.pdf import BOOK_NAME, render_briefings, write_book
    from briefgen.site import project_settings

    try:
        settings, root = project_settings(args.config_file)
        corpus = build_corpus(settings, root)
        out = args.output if args.output is not None else root / "pdf"
        rendered = render_briefings(corpus.briefs, site_name=settings.site_name)
        for brief_id, data in rendered.pdfs.items():
            write_bytes(out / settings.briefings_dir / f"{brief_id}.pdf", data)
        chapters = write_book(
            corpus.briefs, rendered, out / BOOK_NAME, site_name=settings.site_name
        )
    except BriefgenError as exc:
        print(f"briefgen: pdf failed: {exc}", file=sys.stderr)
        return 1
    problems = [*corpus.problems, *rendered.problems]
    for problem in problems:
        print(f"{problem} (left out of the PDFs)", file=sys.stderr)
    print(
        f"briefgen: wrote {out / BOOK_NAME} ({chapters} briefing{'' if chapters == 1 else 's'}) and "
        f"{len(rendered.pdfs)} PDFs in {out / settings.briefings_dir}"
    )
    return 1 if args.strict and problems else 0
