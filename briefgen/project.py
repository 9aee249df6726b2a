"""A project as its mkdocs.yml describes it (its folder and its Settings), read without MkDocs.

MkDocs' own reading is followed where it matters for the `briefgen` block: `INHERIT:` merges a
parent file under the child (mappings key by key, anything else replaced), `!ENV` reads an
environment variable, and `plugins:` may be a list or a mapping. Tags for other plugins
(`!!python/name:…`, `!relative`) are read as nothing: only the block and `site_name` are used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from briefgen.config import Settings, Where, load_settings
from briefgen.errors import ConfigError

PLUGIN = "briefgen"


@dataclass(frozen=True, slots=True)
class Project:
    """Where a project lives and how it is set up."""

    root: Path
    """The folder of mkdocs.yml: seeds and cache paths are relative to it."""
    settings: Settings
    """The `briefgen` block, checked."""


def read_project(config_file: Path) -> Project:
    """The project whose config file is `config_file`."""
    document, where = _read(config_file)
    plugins = _plugins(document.get("plugins"), str(config_file))
    if PLUGIN not in plugins:
        raise ConfigError(str(config_file), None, f"no `{PLUGIN}` plugin under `plugins:`")
    block = plugins[PLUGIN] or {}
    if not isinstance(block, dict):
        raise ConfigError(str(config_file), None, f"the `{PLUGIN}` plugin's settings: a mapping")
    if "site_name" not in document:
        raise ConfigError(str(config_file), None, "'site_name' is missing")
    settings = load_settings(block, str(config_file), where, site_name=document["site_name"])
    return Project(config_file.resolve().parent, settings)


def setting_lines(config_file: Path) -> Where:
    """Where the `briefgen` block of `config_file` (or a file it inherits) sets each key; empty
    when the file cannot be read (its reader reports that)."""
    try:
        return _read(config_file)[1]
    except (ConfigError, OSError):
        return {}


def _read(path: Path) -> tuple[dict[str, Any], dict[str, tuple[str, int]]]:
    """The document of `path` merged over what it inherits, and where its block's keys are set."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        document = yaml.load(text, Loader=_Loader) or {}  # a safe loader: see _Loader below
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except OSError as exc:
        raise ConfigError(str(path), None, f"cannot read the config file: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(str(path), line, f"not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise ConfigError(str(path), 1, "a config file is a mapping of settings")
    where = {key: (str(path), line) for key, line in _block_lines(node).items()}
    parent = document.pop("INHERIT", None)
    if parent is None:
        return document, where
    inherited, inherited_where = _read(path.parent / str(parent))
    return _merge(inherited, document), {**inherited_where, **where}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        both = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = _merge(merged[key], value) if both else value
    return merged


def _plugins(value: Any, origin: str) -> dict[str, Any]:
    """`plugins:` as a mapping of plugin name to its settings (None when it has none)."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    if not isinstance(value, list):
        raise ConfigError(origin, None, "`plugins:` must be a list or a mapping")
    found: dict[str, Any] = {}
    for item in value:
        if isinstance(item, str):
            found[item] = None
        elif isinstance(item, dict):
            found.update(item)
    return found


def _block_lines(root: yaml.Node | None) -> dict[str, int]:
    """The line of each key of the `briefgen` block in the document `root`."""
    plugins = _value_of(root, "plugins")
    block = _value_of(plugins, PLUGIN)
    if isinstance(plugins, yaml.SequenceNode):
        block = next((_value_of(i, PLUGIN) for i in plugins.value if _value_of(i, PLUGIN)), None)
    if not isinstance(block, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in block.value}


def _value_of(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if k.value == key), None)


class _Loader(yaml.SafeLoader):
    """The safe loader, with MkDocs' `!ENV` and every other tag read as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)  # type: ignore[arg-type]
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    for name in names:
        if str(name) in os.environ:
            return yaml.safe_load(os.environ[str(name)])
    return default


def _nothing(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("!", _nothing)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _nothing)
