"""Print HTML for the PDFs: a chapter per briefing, the book around them, one page per briefing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

from briefgen.briefing import briefing_view
from briefgen.briefing.fulltext import paragraphs, sentence_number
from briefgen.records import Brief
from briefgen.stories import Story
from briefgen.templates import render
from briefgen.urls import web_address

__all__ = ["BookPart", "book_html", "book_parts", "briefing_html", "chapter_html", "date_range"]


@dataclass(frozen=True, slots=True)
class BookPart:
    """Chapters the book puts under one heading: a story's, or the briefings that stand alone."""

    id: str
    """Anchor of the part heading."""
    title: str | None
    """The story's title; "Other briefings" after stories; None when the book has no stories."""
    briefs: tuple[Brief, ...]
    """Its briefings in the order of their chapters."""
    story: bool
    """True for a story's part."""
    of: int = 0
    """The story's briefings in all, when the book holds only some of them (a selection)."""


@lru_cache(maxsize=1)
def _css() -> str:
    return render("print.css")


def chapter_html(brief: Brief) -> Markup:
    """One briefing as a print chapter: every section (What's next included), then the full
    text, whose sentences the chapter's figures, quotes and dates link to (`#ch-ID-sN`)."""
    html = render(
        "chapter.html.j2",
        brief=brief,
        shown=briefing_view(brief),
        paragraphs=paragraphs(brief),
        sentence=sentence_number,
        url=web_address(brief.url),
    )
    return Markup(html)  # built by the autoescaping template above


def date_range(briefs: Sequence[Brief]) -> str:
    """The span of publication dates ("2021-07-12 – 2021-07-14"), or "" when none is dated."""
    dates = sorted(b.published for b in briefs if b.published)
    if not dates:
        return ""
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    return first if first == last else f"{first} – {last}"


def book_parts(briefs: Sequence[Brief], stories: Sequence[Story]) -> list[BookPart]:
    """`briefs` grouped for the book: a part per story of two or more of them (newest story
    first, its briefings in order of publication), then the briefings that stand alone, in the
    order given (newest first)."""
    included = {b.id for b in briefs}
    parts: list[BookPart] = []
    told: set[str] = set()
    for story in stories:
        members = tuple(b for b in story.members if b.id in included)
        if len(story.members) < 2 or not members:
            continue
        whole = len(story.members)
        parts.append(
            BookPart(
                f"part-{story.id}",
                story.title,
                members,
                story=True,
                of=whole if len(members) < whole else 0,
            )
        )
        told.update(b.id for b in members)
    alone = tuple(b for b in briefs if b.id not in told)
    if alone:
        title = "Other briefings" if parts else None
        parts.append(BookPart("part-other-briefings", title, alone, story=False))
    return parts


def book_html(
    parts: Sequence[BookPart],
    chapters: Mapping[str, Markup],
    *,
    site_name: str,
    undated: int,
    title: str | None = None,
    left_out: int = 0,
) -> str:
    """The whole book: cover, contents with page numbers, then each part's heading and
    `chapters` (by brief id). `title` says what a selected book covers (None: every briefing);
    `left_out` counts the undated briefings its date bounds left out."""
    briefs = [b for part in parts for b in part.briefs]
    return render(
        "book.html.j2",
        css=Markup(_css()),
        site_name=site_name,
        title=title,
        left_out=left_out,
        briefs=briefs,
        parts=parts,
        chapters=chapters,
        dates=date_range(briefs),
        undated=undated,
        span=lambda part: date_range(part.briefs),
    )


def briefing_html(brief: Brief, chapter: Markup, *, site_name: str) -> str:
    """A single briefing as its own document."""
    return render(
        "briefing.html.j2", css=Markup(_css()), site_name=site_name, brief=brief, chapter=chapter
    )
