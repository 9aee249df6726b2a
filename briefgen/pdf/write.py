"""Print HTML to PDF with WeasyPrint: one file per briefing and the book; a bad briefing is left out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from markupsafe import Markup

from briefgen.atomic import write_bytes
from briefgen.errors import BriefgenError
from briefgen.extras import require
from briefgen.pdf.html import book_html, book_parts, briefing_html, chapter_html
from briefgen.records import Brief
from briefgen.stories import Story

__all__ = ["BOOK_NAME", "PdfError", "Rendered", "render_briefings", "write_book", "write_briefings"]

BOOK_NAME = "briefing-book.pdf"


class PdfError(BriefgenError):
    """A briefing that could not be rendered as PDF."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """The PDFs made from a set of briefs, and the briefs that could not be rendered."""

    pdfs: dict[str, bytes]
    """PDF file content of each rendered brief, by brief id."""
    chapters: dict[str, Markup]
    """Print HTML chapter of each rendered brief, by brief id (what the book is made of)."""
    problems: tuple[PdfError, ...]
    """One error per brief left out, naming its source file."""


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    # The print HTML is self-contained; nothing an article says may make the renderer fetch a URL.
    raise ValueError(f"briefgen PDFs load no external resources ({url})")


def _pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported here: WeasyPrint needs Pango, which plain builds do not

    pdf: bytes = HTML(string=html, url_fetcher=_no_fetch).write_pdf()  # bytes: no target given
    return pdf


def render_briefings(briefs: Sequence[Brief], *, site_name: str) -> Rendered:
    """Render each brief as its own PDF; a brief that fails is reported and left out."""
    require("pdf")
    pdfs: dict[str, bytes] = {}
    chapters: dict[str, Markup] = {}
    problems: list[PdfError] = []
    for brief in briefs:
        try:
            chapter = chapter_html(brief)
            pdfs[brief.id] = _pdf(briefing_html(brief, chapter, site_name=site_name))
        except Exception as exc:  # any failure of one briefing must not stop the others
            problems.append(
                PdfError(
                    brief.source_path,
                    None,
                    f"cannot render its PDF ({type(exc).__name__}: {exc}); "
                    "fix the article or remove it from the seeds",
                )
            )
            continue
        chapters[brief.id] = chapter
    return Rendered(pdfs, chapters, tuple(problems))


def write_briefings(pdfs: Mapping[str, bytes], folder: Path) -> None:
    """Write each briefing's PDF (`pdfs`: by brief id) into `folder` as `ID.pdf`."""
    for brief_id, data in pdfs.items():
        write_bytes(folder / f"{brief_id}.pdf", data)


def write_book(
    briefs: Sequence[Brief],
    rendered: Rendered,
    path: Path,
    *,
    site_name: str,
    stories: Sequence[Story] = (),
    title: str | None = None,
    left_out: int = 0,
) -> int:
    """Write the briefing book of every brief of `briefs` that rendered: a part per story of
    `stories` (story title as its heading), then the briefings of no story in the order of
    `briefs` (the analysis gives them newest first); returns its chapter count. `title` and
    `left_out`: what a selection covers and how many undated briefings it left out."""
    included = [b for b in briefs if b.id in rendered.chapters]
    html = book_html(
        book_parts(included, stories),
        rendered.chapters,
        site_name=site_name,
        undated=sum(1 for b in included if b.published is None),
        title=title,
        left_out=left_out,
    )
    write_bytes(path, _pdf(html))
    return len(included)
