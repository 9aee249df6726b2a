"""YAML that remembers where each mapping stands, and typed fields read from it: a value of the
wrong shape is a `path:line: what is wrong` error, never a crash or a silent default."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import BriefgenError
from briefgen.partial_date import PartialDate


class Map(dict[str, Any]):
    """A YAML mapping that remembers its line."""

    line: int = 1


class _Loader(yaml.SafeLoader):
    pass


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Map:
    data = Map({str(k): v for k, v in loader.construct_mapping(node, deep=True).items()})
    data.line = node.start_mark.line + 1
    return data


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def _construct_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


# dates stay text, so that an impossible one is reported with its line rather than crashing YAML
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_text)


def read_yaml(path: Path) -> Any:
    """The YAML document at `path`, its mappings as `Map`s; bad YAML raises `path:line: …`."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BriefgenError(str(path), mark.line + 1 if mark else 1, f"bad YAML: {exc}") from exc


class Fields:
    """Reads typed fields out of one file's mappings, raising at the first breach."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, line: int, message: str) -> BriefgenError:
        """The error to raise for line `line` of the file."""
        return BriefgenError(str(self.path), line, message)

    def key_lines(self, data: Map) -> dict[str, int]:
        """Line of each top-level key: the line of its first item, else the mapping's own."""
        text = self.path.read_text(encoding="utf-8").splitlines()
        found: dict[str, int] = {}
        for number, line in enumerate(text, start=1):
            match = re.match(r"^([A-Za-z_]+):", line)
            if match:
                found.setdefault(match.group(1), number)
        return {key: found.get(key, data.line) for key in data}

    def items(self, data: Map, key: str, known: frozenset[str]) -> list[Map]:
        """The list of mappings under `key`, each with only `known` keys."""
        items = data.get(key) or []
        if not isinstance(items, list):
            raise self.fail(self.key_lines(data).get(key, 1), f"{key} must be a list")
        for item in items:
            if not isinstance(item, Map):
                raise self.fail(
                    self.key_lines(data).get(key, 1), f"each of {key} is a mapping, not {item!r}"
                )
            unknown = sorted(set(item) - known)
            if unknown:
                raise self.fail(item.line, f"unknown key {unknown[0]!r} in {key}")
        return items

    def strings(self, data: Map, key: str, lines: dict[str, int]) -> tuple[str, ...]:
        """The list of non-empty strings under top-level `key`."""
        items = data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(s, str) and s for s in items):
            raise self.fail(lines.get(key, 1), f"{key} must be a list of strings")
        return tuple(items)

    def text(self, item: Map, key: str, what: str, required: bool = True) -> str | None:
        """A non-empty string (a bare number is read as its text)."""
        value = item.get(key)
        if value is None and not required:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # a figure written as a bare number ("30")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(item.line, f"{what} needs a non-empty {key!r}")
        return value

    def text_list(self, item: Map, key: str) -> tuple[str, ...]:
        """A list of strings; a single string is a list of one."""
        value = item.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(item.line, f"{key!r} must be a list of strings")
        return tuple(value)

    def iso(self, value: Any, line: int, what: str) -> str | None:
        """An ISO date at its precision, or a year-less day; one that does not exist is an error."""
        if value is None:
            return None
        text = value.isoformat() if isinstance(value, date) else str(value)
        try:
            PartialDate(text)
        except ValueError:
            raise self.fail(
                line, f"{what} {text!r} is not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD)"
            ) from None
        return text
