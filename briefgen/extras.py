"""Optional features and the extras that install them (`pip install 'briefgen[pdf]'`): a feature
asked for without its extra stops with an error that names the extra, not an ImportError."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec


@dataclass(frozen=True, slots=True)
class Extra:
    """An optional part of briefgen, installed by `pip install 'briefgen[NAME]'`."""

    name: str
    """The extra's name in pyproject.toml."""
    module: str
    """The module it installs, looked for without importing it."""
    library: str
    """What it is called in a message."""
    feature: str
    """What needs it."""


EXTRAS: dict[str, Extra] = {
    extra.name: extra
    for extra in (
        Extra("pdf", "weasyprint", "WeasyPrint", "PDF export"),
        Extra("pagefind", "pagefind", "Pagefind", "Pagefind search"),
        Extra("dask", "distributed", "Dask distributed", "extraction on a Dask cluster"),
    )
}


class MissingExtra(RuntimeError):
    """A feature was asked for whose extra is not installed."""


def missing(name: str) -> str | None:
    """Why the feature of extra `name` cannot run here (it names the extra to install), or None."""
    extra = EXTRAS[name]
    if find_spec(extra.module) is not None:
        return None
    return (
        f"{extra.feature} needs {extra.library}, which is not installed: "
        f"pip install 'briefgen[{extra.name}]'"
    )


def require(name: str) -> None:
    """Raise MissingExtra, naming the extra, unless extra `name` is installed."""
    problem = missing(name)
    if problem is not None:
        raise MissingExtra(problem)
