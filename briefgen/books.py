"""`briefgen pdf`: the briefing book of a project, or of a selection of its briefings, and a PDF
per briefing; the corpus is built and analysed as for the site (`briefgen.pipeline`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefgen.analysis import analyse
from briefgen.config import Settings
from briefgen.errors import BriefgenError
from briefgen.pdf import BOOK_NAME, render_briefings, write_book, write_briefings
from briefgen.pdf.select import Selection, SelectionError, choose
from briefgen.pipeline import build_corpus


@dataclass(frozen=True, slots=True)
class Book:
    """The PDFs `write_pdfs` wrote."""

    path: Path
    """The briefing book."""
    chapters: int
    """Briefings in the book."""
    folder: Path
    """The folder of the PDFs of single briefings."""
    pdfs: int
    """PDFs of single briefings written."""
    problems: tuple[BriefgenError, ...]
    """Articles skipped, then briefings that could not be rendered."""


def write_pdfs(
    settings: Settings, root: Path, out: Path, selection: Selection | None = None
) -> Book:
    """The briefing book of the project at `root`, and a PDF per briefing, written into `out`;
    with a `selection`, of only the briefings it picks (SelectionError, and nothing written,
    when it picks none). The whole corpus is analysed first, so stories are the site's."""
    corpus = build_corpus(settings, root)
    analysis = analyse(corpus.briefs)
    chosen = choose(analysis.briefs, analysis.stories, selection or Selection())
    rendered = render_briefings(chosen.briefs, site_name=settings.site_name)
    if not rendered.pdfs and chosen.title:
        first = rendered.problems[0] if rendered.problems else "no reason given"
        raise SelectionError(f"no briefing of {chosen.title} could be rendered ({first})")
    folder = out / settings.briefings_dir
    write_briefings(rendered.pdfs, folder)
    book = out / BOOK_NAME
    chapters = write_book(
        chosen.briefs,
        rendered,
        book,
        site_name=settings.site_name,
        stories=analysis.grouped,
        title=chosen.title,
        left_out=chosen.undated_left_out,
    )
    return Book(book, chapters, folder, len(rendered.pdfs), (*corpus.problems, *rendered.problems))
