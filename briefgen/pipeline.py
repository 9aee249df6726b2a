"""The pipeline as data: read every article, extract every brief, then settle corpus-wide ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefgen import overrides, readers
from briefgen.config import Settings
from briefgen.corpus import assign_ids
from briefgen.errors import BriefgenError, ExtractError
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
) -> tuple[list[Brief], list[BriefgenError]]:
    """Extract a brief from each article; one that fails becomes a problem, the rest go on."""
    briefs: list[Brief] = []
    problems: list[BriefgenError] = []
    for article in articles:
        try:
            briefs.append(extractor(article, settings.model))
        except RecursionError as exc:
            problems.append(ExtractError(article.source_path, 1, _extraction_failed(exc)))
        except (RuntimeError, OSError, MemoryError):
            raise  # a missing model or a full disk is the machine's problem, not the article's
        except Exception as exc:
            # an extractor bug on odd text must not take the whole build down: report it, go on
            problems.append(ExtractError(article.source_path, 1, _extraction_failed(exc)))
    return briefs, problems


def _extraction_failed(exc: Exception) -> str:
    return (
        f"extraction failed ({type(exc).__name__}: {exc}); the article was skipped — "
        "please report this with the article attached"
    )


def build_corpus(settings: Settings, root: Path) -> Corpus:
    """Read, extract and settle the whole seeds folder of the project at `root`."""
    seeds = settings.seeds if settings.seeds.is_absolute() else root / settings.seeds
    articles, problems = read_all(readers.discover(seeds), root)
    extracted, failed = extract_all(articles, settings)
    briefs, bad_overrides = overrides.apply_all(extracted, root)
    everything = sorted([*problems, *failed, *bad_overrides], key=lambda p: (p.path, p.line or 1))
    return Corpus(tuple(assign_ids(briefs)), tuple(everything))
