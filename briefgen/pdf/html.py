"""Print HTML for the PDFs: a chapter per briefing, the book around them, one page per briefing."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markupsafe import Markup

from briefgen.records import Brief
from briefgen.templates import render
from briefgen.urls import web_address

__all__ = ["book_html", "briefing_html", "chapter_html", "date_range"]


@lru_cache(maxsize=1)
def _css() -> str:
    return render("print.css")


def chapter_html(brief: Brief) -> Markup:
    """One briefing as a print chapter: every section (What's next included), then the full text."""
    paragraphs = [p for p in brief.body.split("\n") if p.strip()]
    html = render("chapter.html.j2", brief=brief, paragraphs=paragraphs, url=web_address(brief.url))
    return Markup(html)  # built by the autoescaping template above


def date_range(briefs: Sequence[Brief]) -> str:
    """The span of publication dates ("2021-07-12 – 2021-07-14"), or "" when none is dated."""
    dates = sorted(b.published for b in briefs if b.published)
    if not dates:
        return ""
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    return first if first == last else f"{first} – {last}"


def book_html(
    briefs: Sequence[Brief], chapters: Sequence[Markup], *, site_name: str, undated: int
) -> str:
    """The whole book: cover, contents with page numbers, then `chapters` (one per brief, same order)."""
    return render(
        "book.html.j2",
        css=Markup(_css()),
        site_name=site_name,
        briefs=briefs,
        chapters=chapters,
        dates=date_range(briefs),
        undated=undated,
    )


def briefing_html(brief: Brief, chapter: Markup, *, site_name: str) -> str:
    """A single briefing as its own document."""
    return render(
        "briefing.html.j2", css=Markup(_css()), site_name=site_name, brief=brief, chapter=chapter
    )
