"""The one template environment (the site's Markdown pages and the PDFs' print HTML alike, from
`briefgen/templates/`) and the formats both show facts in."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

import jinja2

from briefgen.records import Event, Figure
from briefgen.stories import FigureThread


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The environment every page and print template renders in; autoescaped, because every
    article string is untrusted."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("briefgen", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(number=number, amount=amount, when=when, counted=counted)
    return env


def render(template: str, /, **context: Any) -> str:
    """`template` rendered with `context` (and the formats `number`, `when` and `counted`)."""
    return environment().get_template(template).render(**context)


def number(value: float | None) -> str:
    """A figure's value for display: integers with thousands separators, fractions short; a
    vague quantity ("dozens") shows no number."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1 else f"{value:,.2f}"


def amount(figure: Figure) -> str:
    """A figure's value as a table shows it: "≈ 20,000", a range "5–10", or "—" for a vague
    quantity ("dozens"), which names no number."""
    if figure.value is None:
        return "—"
    shown = number(figure.value) + (f"–{number(figure.high)}" if figure.high is not None else "")
    return f"≈ {shown}" if figure.approx else shown


def when(event: Event) -> str:
    """An event's date for display; a year-less date stays year-less ("July 10")."""
    stated = event.date
    if stated is None:
        return ""
    if not stated.has_year and stated.month and stated.day:
        return date(2000, stated.month, stated.day).strftime("%B ") + str(stated.day)
    if event.precision == "week":
        return f"week of {stated}"
    return str(stated)


def counted(thread: FigureThread) -> str:
    """What a figure thread counts: "people injured" for a headline count, else its label."""
    if thread.measure:
        return f"{thread.unit or 'people'} {thread.measure}"
    return thread.label or thread.unit
