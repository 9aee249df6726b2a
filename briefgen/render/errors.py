"""The errors page: every skipped article as `path:line: message`, linked from the home page."""

from __future__ import annotations

from briefgen.render.context import Page, SiteContext
from briefgen.render.links import front_matter
from briefgen.templates import render

ERRORS_PAGE = "errors.md"
"""File name of the errors page inside the briefings folder (a briefing cannot take it)."""


def errors_uri(briefings_dir: str) -> str:
    """Docs path of the errors page."""
    return f"{briefings_dir}/{ERRORS_PAGE}"


def errors_page(site: SiteContext) -> list[Page]:
    """The page listing the articles the build skipped, and why (always there, maybe empty)."""
    body = render("errors.md.j2", problems=[str(p) for p in site.problems])
    title = "Articles that could not be read"
    return [Page(errors_uri(site.briefings_dir), front_matter(title, "") + body)]
