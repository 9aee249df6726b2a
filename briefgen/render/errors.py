"""The errors page: every skipped article as `path:line: message`, linked from the home page."""

from __future__ import annotations

from briefgen.render.context import Page, SiteContext
from briefgen.render.links import env, front_matter

ERRORS_PAGE = "errors.md"
"""File name of the errors page inside the briefings folder (a briefing cannot take it)."""


def errors_uri(folder: str) -> str:
    """Docs path of the errors page."""
    return f"{folder}/{ERRORS_PAGE}"


def errors_page(site: SiteContext) -> list[Page]:
    """The page listing the articles the build skipped, and why (always there, maybe empty)."""
    body = env().get_template("errors.md.j2").render(problems=[str(p) for p in site.problems])
    title = "Articles that could not be read"
    return [Page(errors_uri(site.folder), front_matter(title, "") + body)]
