"""`briefgen build`: MkDocs builds the site beside the old one, and the new site is swapped in only
when the build succeeds, so a failed or killed build leaves the old site whole."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mkdocs import utils as mkdocs_utils
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from briefgen.atomic import prune_empty_dirs, replace_dir, staging_dir
from briefgen.errors import BriefgenError
from briefgen.mkdocs.plugin import BriefgenPlugin, Built


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a build went."""

    built: Built | None
    """What the plugin made of the seeds, if it got that far."""
    site: Path | None
    """The site written; None when the build failed (and the old site was left as it was)."""
    error: str | None = None
    """Why the build failed."""


def build_site_dir(config_file: Path, site_dir: Path | None, *, strict: bool) -> Outcome:
    """Build the project of `config_file` (into `site_dir`, default: its own) atomically."""
    plugins: dict[str, object] = {}
    with _mkdocs_log_to_stderr():
        try:
            config = load_config(
                str(config_file), strict=strict, site_dir=str(site_dir) if site_dir else None
            )
            plugins = dict(config.plugins)
            target = Path(config.site_dir)
            briefgen = plugins.get("briefgen")
            if isinstance(briefgen, BriefgenPlugin):
                # the published site is the previous one: unchanged pages are linked from it
                briefgen.incremental.publish_to = target
            with staging_dir(target, spare=True) as staged, _folders_kept(staged):
                config.site_dir = str(staged)
                build(config)
                prune_empty_dirs(staged)  # folders of pages that are gone, kept from the spare
                replace_dir(staged, target, spare=True)
        except (MkDocsException, BriefgenError) as exc:
            return Outcome(getattr(plugins.get("briefgen"), "built", None), None, str(exc))
    return Outcome(getattr(plugins.get("briefgen"), "built", None), target)


@contextmanager
def _folders_kept(staged: Path) -> Iterator[None]:
    """MkDocs leaves the folders of `staged` alone: `staging_dir` has removed its files already
    and keeps its folders for the pages to come (MkDocs would remove and make them all again)."""
    original = mkdocs_utils.clean_directory

    def clean_directory(directory: str) -> None:
        if Path(directory) != staged:
            original(directory)

    mkdocs_utils.clean_directory = clean_directory
    try:
        yield
    finally:
        mkdocs_utils.clean_directory = original


@contextmanager
def _mkdocs_log_to_stderr() -> Iterator[None]:
    """MkDocs' messages on stderr, as `mkdocs build` prints them."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(handler)
    mkdocs_log.setLevel(logging.INFO)
    propagate, mkdocs_log.propagate = mkdocs_log.propagate, False
    try:
        yield
    finally:
        mkdocs_log.removeHandler(handler)
        mkdocs_log.propagate = propagate
