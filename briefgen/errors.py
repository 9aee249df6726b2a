"""Errors that point at the input: every message reads `path:line: what is wrong`."""

from __future__ import annotations


class BriefgenError(Exception):
    """A problem with user input, located in a file and line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}:{self.line or 1}: {self.message}"


class ReadError(BriefgenError):
    """An article file that cannot be read as an article."""


class ReadWarning(BriefgenError):
    """Something the reader left out of an article it still built (an ambiguous date)."""


def skipped(problems: tuple[BriefgenError, ...] | list[BriefgenError]) -> list[BriefgenError]:
    """The problems that left an article out (warnings aside)."""
    return [p for p in problems if not isinstance(p, ReadWarning)]


class ExtractError(BriefgenError):
    """An article that was read but whose facts could not be extracted."""


class OverridesError(BriefgenError):
    """An overrides file that is not valid."""


class ConfigError(BriefgenError):
    """A setting that is missing or has the wrong type."""
