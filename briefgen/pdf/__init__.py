"""PDF export: print HTML that briefgen writes itself, rendered with WeasyPrint."""

from __future__ import annotations

from briefgen.pdf.html import BookPart, book_html, book_parts, briefing_html, chapter_html
from briefgen.pdf.write import (
    BOOK_NAME,
    PdfError,
    Rendered,
    render_briefings,
    write_book,
    write_briefings,
)

__all__ = [
    "BOOK_NAME",
    "BookPart",
    "PdfError",
    "Rendered",
    "book_html",
    "book_parts",
    "briefing_html",
    "chapter_html",
    "render_briefings",
    "write_book",
    "write_briefings",
]
