"""The pipeline as data: look every article up in the cache, read and extract the misses (in
parallel), then settle corpus-wide ids."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefgen import overrides, readers
from briefgen.cache import Cache, open_cache
from briefgen.config import Settings
from briefgen.corpus.ids import assign_ids
from briefgen.errors import BriefgenError, ExtractError
from briefgen.executor import attempt, extract_many
from briefgen.records import Article, Brief

log = logging.getLogger("briefgen.pipeline")


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
    extractor: Callable[[Article, str], Brief] | None = None,
) -> tuple[list[Brief], list[BriefgenError]]:
    """Extract a brief from each article, with the executor `settings` ask for (or `extractor`,
    one article at a time); one that fails becomes a problem, the rest go on."""
    if extractor is None:
        outcomes = extract_many(articles, settings)
    else:
        outcomes = [attempt(partial(extractor, a, settings.model)) for a in articles]
    briefs: list[Brief] = []
    problems: list[BriefgenError] = []
    for article, outcome in zip(articles, outcomes, strict=True):
        if isinstance(outcome, Brief):
            briefs.append(outcome)
        else:
            problems.append(ExtractError(article.source_path, 1, _extraction_failed(outcome)))
    return briefs, problems


def _extraction_failed(reason: str) -> str:
    return (
        f"extraction failed ({reason}); the article was skipped — "
        "please report this with the article attached"
    )


def build_corpus(settings: Settings, root: Path) -> Corpus:
    """Read, extract and settle the whole seeds folder of the project at `root`."""
    seeds = settings.seeds if settings.seeds.is_absolute() else root / settings.seeds
    paths = readers.discover(seeds)
    cache = open_cache(root / settings.cache, settings.model) if settings.cache else None
    keys, hits, misses = look_up(cache, paths, root) if cache else ({}, [], paths)
    articles, problems = read_all(misses, root)
    fresh, failed = extract_all(articles, settings)
    if cache:
        for brief in fresh:
            cache.put(keys[brief.source_path], brief)
        cache.prune(set(keys.values()))
        log.info("%d briefs from the cache, %d extracted", len(hits), len(fresh))
    # overrides apply after extraction, so the cache holds what extraction made
    briefs, bad_overrides = overrides.apply_all(hits + fresh, root)
    everything = sorted([*problems, *failed, *bad_overrides], key=lambda p: (p.path, p.line or 1))
    return Corpus(tuple(assign_ids(briefs)), tuple(everything))


def look_up(
    cache: Cache, paths: list[Path], root: Path
) -> tuple[dict[str, str], list[Brief], list[Path]]:
    """Each article's cache key (by display path), the briefs found, and the paths to extract."""
    keys: dict[str, str] = {}
    hits: list[Brief] = []
    misses: list[Path] = []
    for path in paths:
        shown = display_path(path, root)
        keys[shown] = cache.key(path, shown)
        brief = cache.get(keys[shown])
        if brief is None:
            misses.append(path)
        else:
            hits.append(brief)
    return keys, hits, misses
