"""The pipeline as data: read every article, extract every brief, then settle corpus-wide ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefgen import overrides, readers
from briefgen.config import Settings
from briefgen.corpus import assign_ids
from briefgen.errors import BriefgenError
from briefgen.extract import extract
from briefgen.records import Article, Brief


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything built from a seeds folder: the briefs, and the inputs that could not be used."""

    briefs: tuple[Brief, ...]
    """Extracted briefs with unique ids, ordered by source path."""
    problems: tuple[BriefgenError, ...]
    """One error per input that was skipped, each naming its path and line."""


def display_path(path: Path, root: Path) -> str:
    """`path` relative to `root` where it lies inside it, else as given."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def read_all(paths: list[Path], root: Path) -> tuple[list[Article], list[BriefgenError]]:
    """Read every path; a bad one becomes a problem, the rest go on."""
    articles: list[Article] = []
    problems: list[BriefgenError] = []
    for path in paths:
        try:
            articles.append(readers.read(path, display_path(path, root)))
        except BriefgenError as exc:
            problems.append(exc)
    return articles, problems


def extract_all(
    articles: list[Article],
    settings: Settings,
    extractor: Callable[[Article, str], Brief] = extract,
) -> list[Brief]:
    """Extract a brief from each article."""
    return [extractor(article, settings.model) for article in articles]


def build_corpus(settings: Settings, root: Path) -> Corpus:
    """Read, extract and settle the whole seeds folder of the project at `root`."""
    seeds = settings.seeds if settings.seeds.is_absolute() else root / settings.seeds
    articles, problems = read_all(readers.discover(seeds), root)
    briefs, bad_overrides = overrides.apply_all(extract_all(articles, settings), root)
    return Corpus(tuple(assign_ids(briefs)), (*problems, *bad_overrides))
