"""The one driver behind every entry point (`briefgen build` through the MkDocs plugin, `extract`,
`stories`, `pdf` and `eval`), in phases over the whole corpus:

    read → extract (through the cache) → overrides → ids      `build_corpus` → Corpus
    → analyse (corpus view, stories, What's next)             `briefgen.analysis.analyse`
    → outputs: site pages (`build_site`), PDFs (`briefgen.books.write_pdfs`), JSON (`briefgen.contract`)

Each stage is a plain function over typed records; an input that fails a stage becomes a located
problem and the others go on.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from briefgen import overrides, readers
from briefgen.analysis import analyse
from briefgen.cache import Cache, open_cache
from briefgen.config import DEFAULT_MODEL, Settings
from briefgen.corpus.ids import assign_ids
from briefgen.errors import BriefgenError, ExtractError, ReadWarning
from briefgen.pdf import render_briefings
from briefgen.records import Article, Brief
from briefgen.render import Page, render_site
from briefgen.stories import StoryMemo

log = logging.getLogger("briefgen.pipeline")


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything built from the articles: the briefs, and the inputs that could not be used."""

    briefs: tuple[Brief, ...]
    """Extracted, corrected briefs with unique ids, ordered by source path."""
    problems: tuple[BriefgenError, ...]
    """One error per input that was skipped (or whose overrides were), and each `ReadWarning` of
    an article built anyway, by path and line."""
    fingerprints: Mapping[str, str] = field(default_factory=dict)
    """By brief id, a digest that changes whenever the brief may: of its article's cache key
    (its bytes, path and the extraction pipeline) and its id. Only for briefs no overrides file
    changed and only with a cache; an incremental build tells unchanged pages by it without
    digesting every brief's content."""


def build_corpus(settings: Settings, root: Path, paths: Sequence[Path] | None = None) -> Corpus:
    """Read, extract, correct and name the articles at `paths` (default: every article in the
    seeds folder) of the project at `root`; extraction goes through the cache if `settings` keep one."""
    if paths is None:
        paths = readers.discover(root / settings.seeds)  # an absolute `seeds` stays as it is
    cache = open_cache(root / settings.cache, settings.model) if settings.cache else None
    keys, hits, misses = look_up(cache, paths, root) if cache else ({}, [], list(paths))
    articles, problems = read_all(misses, root)
    # an article read with a warning is read again on every build, so that the warning (and
    # `--strict`) never goes quiet because the brief came from the cache
    warned = {a.source_path for a in articles if a.warnings}

    def keep(brief: Brief) -> None:
        # each brief is cached as it comes back: a long first build that is stopped keeps
        # what it has extracted
        if cache and brief.source_path not in warned:
            cache.put(keys[brief.source_path], brief)

    fresh, failed = extract_all(articles, settings, on_brief=keep)
    if cache:
        cache.prune(set(keys.values()))
        log.info("%d briefs from the cache, %d extracted", len(hits), len(fresh))
    # overrides apply after extraction, so the cache holds what extraction made
    extracted = hits + fresh
    briefs, bad_overrides = overrides.apply_all(extracted, root)
    as_extracted = {
        b.source_path for b, before in zip(briefs, extracted, strict=True) if b is before
    }
    everything = sorted([*problems, *failed, *bad_overrides], key=lambda p: (p.path, p.line or 1))
    named = assign_ids(briefs)
    fingerprints = {
        b.id: _fingerprint(keys[b.source_path], b.id)
        for b in named
        if b.source_path in as_extracted and b.source_path in keys
    }
    return Corpus(tuple(named), tuple(everything), fingerprints)


def _fingerprint(key: str, brief_id: str) -> str:
    return hashlib.blake2b(f"{key}\0{brief_id}".encode(), digest_size=16).hexdigest()


def display_path(path: Path, root: Path) -> str:
    """`path` relative to `root` where it lies inside it, else as given."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def look_up(
    cache: Cache, paths: Sequence[Path], root: Path
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


def read_all(paths: Sequence[Path], root: Path) -> tuple[list[Article], list[BriefgenError]]:
    """Read every path; a bad one becomes a problem, the rest go on."""
    articles: list[Article] = []
    problems: list[BriefgenError] = []
    for path in paths:
        try:
            article = readers.read(path, display_path(path, root))
        except BriefgenError as exc:
            problems.append(exc)
            continue
        articles.append(article)
        problems.extend(ReadWarning(article.source_path, n, text) for n, text in article.warnings)
    return articles, problems


def extract_all(
    articles: list[Article],
    settings: Settings,
    extractor: Callable[[Article, str], Brief] | None = None,
    on_brief: Callable[[Brief], None] | None = None,
) -> tuple[list[Brief], list[BriefgenError]]:
    """Extract a brief from each article, with the executor `settings` ask for (or `extractor`,
    one article at a time); one that fails becomes a problem, the rest go on. `on_brief` is
    called with each brief as soon as it is made."""
    if not articles:
        return [], []  # a build that extracts nothing never imports spaCy (seconds of start-up)
    from briefgen.executor import attempt, extract_many

    outcomes: Iterable[Brief | str]
    if extractor is None:
        outcomes = extract_many(articles, settings)
    else:
        outcomes = (attempt(partial(extractor, a, settings.model)) for a in articles)
    briefs: list[Brief] = []
    problems: list[BriefgenError] = []
    for article, outcome in zip(articles, outcomes, strict=True):
        if isinstance(outcome, Brief):
            briefs.append(outcome)
            if on_brief is not None:
                on_brief(outcome)
        else:
            problems.append(ExtractError(article.source_path, 1, _extraction_failed(outcome)))
    return briefs, problems


def _extraction_failed(reason: str) -> str:
    return (
        f"extraction failed ({reason}); the article was skipped — "
        "please report this with the article attached"
    )


def extract_article(article: Article, model: str = DEFAULT_MODEL) -> Brief:
    """The extraction stage alone, for one article (what `briefgen eval` scores): no cache, no
    overrides, no id."""
    from briefgen.extract import extract

    return extract(article, model)


@dataclass(frozen=True, slots=True)
class SiteBuild:
    """A site build's share of the work before MkDocs writes the site."""

    briefings: int
    """Briefings built."""
    problems: tuple[BriefgenError, ...]
    """One error per article skipped."""
    pdfs: dict[str, bytes]
    """By brief id, the PDF to write beside its page (with `pdf: true`)."""
    pdf_problems: tuple[BriefgenError, ...]
    """One error per briefing whose PDF could not be made."""
    pages: Iterator[Page]
    """Every generated page and data file, rendered as it is taken: once they are all taken,
    the briefs are let go."""


def build_site(
    settings: Settings, root: Path, *, directory_urls: bool, site_url: str | None
) -> SiteBuild:
    """The seeds of the project at `root` made into site pages (and PDFs, if `settings` ask)."""
    corpus = build_corpus(settings, root)
    # beside the extraction cache, whose keys the fingerprints are made of
    memo = (
        StoryMemo(root / settings.cache / "stories", corpus.fingerprints)
        if settings.cache
        else None
    )
    analysis = analyse(corpus.briefs, memo=memo)
    rendered = (
        render_briefings(analysis.briefs, site_name=settings.site_name) if settings.pdf else None
    )
    pages = render_site(
        analysis,
        corpus.problems,
        briefings_dir=settings.briefings_dir,
        site_name=settings.site_name,
        directory_urls=directory_urls,
        site_url=site_url,
        pdfs=frozenset(rendered.pdfs) if rendered else frozenset(),
        fingerprints=[
            (b, corpus.fingerprints[b.id]) for b in corpus.briefs if b.id in corpus.fingerprints
        ],
    )
    return SiteBuild(
        briefings=len(corpus.briefs),
        problems=corpus.problems,
        pdfs=rendered.pdfs if rendered else {},
        pdf_problems=rendered.problems if rendered else (),
        pages=pages,
    )
