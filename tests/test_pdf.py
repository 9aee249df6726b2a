"""The PDFs as a reader gets them: a real build and `briefgen pdf`, opened with PDF libraries."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from briefgen.cli import main
from briefgen.contract import from_dict
from briefgen.pdf import BOOK_NAME, render_briefings, write_book
from briefgen.records import Brief, Evidence, Figure
from tests.conftest import FIXTURES, SEED, build, make_project

NONLATIN = FIXTURES / "pdf" / "border-summit.md"
ARTICLES = [SEED, FIXTURES / "articles" / "minister-visit.md", NONLATIN]


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_text(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def with_pdf(config_text: str) -> str:
    """mkdocs.yml with `pdf: true` under the briefgen plugin (whatever its indentation)."""
    changed, count = re.subn(
        r"^(\s+)briefings_dir: briefings\n",
        r"\1briefings_dir: briefings\n\1pdf: true\n",
        config_text,
        count=1,
        flags=re.M,
    )
    assert count == 1, "no briefings_dir setting to add pdf: true beside"
    return changed


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of three articles, built with `pdf: true`, and its `briefgen pdf` output."""
    folder = make_project(tmp_path_factory.mktemp("pdf-project"), ARTICLES)
    config = folder / "mkdocs.yml"
    config.write_text(with_pdf(config.read_text(encoding="utf-8")), encoding="utf-8")
    assert build(folder, "--strict") == 0
    assert main(["pdf", "-f", str(config), "--strict"]) == 0
    return folder


@pytest.fixture(scope="module")
def briefs(project: Path) -> list[Brief]:
    data = json.loads((project / "site" / "briefings" / "briefs.json").read_text(encoding="utf-8"))
    return [from_dict(item) for item in data]


def by_source(briefs: list[Brief], article: Path) -> Brief:
    return next(b for b in briefs if b.source_path.endswith(article.name))


@pytest.mark.slow
def test_book_reads_cover_contents_then_chapters(project: Path, briefs: list[Brief]) -> None:
    pages = pages_text(project / "pdf" / BOOK_NAME)
    cover = pages[0]
    assert "Briefing book" in cover.title() or "BRIEFING BOOK" in cover
    assert "Briefings" in cover and "3 briefings" in cover and "1 undated" in cover
    assert "2021-07-14 – 2023-03-02" in cover  # the dated articles' range
    contents = pages[1]
    assert contents.startswith("Contents")
    starts: dict[str, int] = {}
    for brief in briefs:
        entry = re.search(re.escape(flat(brief.title)) + r"[ .]*?(\d+)(?!\d)", contents)
        assert entry, f"{brief.title!r} missing from the contents: {contents}"
        starts[brief.id] = int(entry.group(1))
    for brief in briefs:
        first = pages[starts[brief.id] - 1]
        opening = flat(brief.summary)[:80]
        # the chapter's title and bottom line are on the page the contents name, not the one before
        assert flat(brief.title)[:40] in first and opening in first, brief.title
        assert opening not in pages[starts[brief.id] - 2]
    assert sorted(starts.values()) == list(starts.values())  # chapters in contents order
    seed = by_source(briefs, SEED)
    text = " ".join(pages[starts[seed.id] - 1 :])
    title_at = text.index(flat(seed.title))
    actor_at = text.index("Mohammad Nayeem", title_at)
    assert text.index("800", actor_at) > actor_at  # key figures follow the actors
    assert "800-kilometer" in text


@pytest.mark.slow
def test_each_chapter_carries_its_title_as_running_header(
    project: Path, briefs: list[Brief]
) -> None:
    pages = pages_text(project / "pdf" / BOOK_NAME)
    seed = by_source(briefs, SEED)
    seed_pages = [p for p in pages if "Turkmenistan shares an 800-kilometer border" in p]
    assert seed_pages
    for page in seed_pages:  # a page of full text, away from the chapter's own heading
        assert flat(seed.title)[:30] in page
        assert re.search(r"\b\d+ / \d+\b", page)  # page numbers


@pytest.mark.slow
def test_every_briefing_has_a_pdf_linked_from_its_page(project: Path, briefs: list[Brief]) -> None:
    site = project / "site"
    for brief in briefs:
        pdf = site / "briefings" / f"{brief.id}.pdf"
        assert flat(brief.title)[:40] in pages_text(pdf)[0]
        page = site / "briefings" / brief.id / "index.html"
        hrefs = re.findall(r'<a href="([^"]+)" class="bg-pdf">PDF</a>', page.read_text("utf-8"))
        assert hrefs and (page.parent / hrefs[0]).resolve() == pdf.resolve()
        assert (project / "pdf" / "briefings" / f"{brief.id}.pdf").is_file()


@pytest.mark.slow
def test_plain_build_makes_no_pdf(built_site: Path) -> None:
    assert not list(built_site.rglob("*.pdf"))
    page = next((built_site / "briefings").glob("*/index.html")).read_text("utf-8")
    assert "bg-pdf" not in page


@pytest.mark.slow
def test_non_latin_names_render_with_embedded_fonts(project: Path, briefs: list[Brief]) -> None:
    brief = by_source(briefs, NONLATIN)
    path = project / "site" / "briefings" / f"{brief.id}.pdf"
    text = " ".join(pages_text(path))
    for name in ("Сергей Лавров", "محمد نعیم", "Recep Tayyip Erdoğan", "Şanlıurfa"):
        assert name in text, name
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = font.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/DescendantFonts" in font
                else font["/FontDescriptor"]
            )
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


@pytest.mark.slow
def test_long_addresses_wrap_inside_the_page(project: Path, briefs: list[Brief]) -> None:
    brief = by_source(briefs, NONLATIN)
    with pdfplumber.open(project / "site" / "briefings" / f"{brief.id}.pdf") as pdf:
        text = ""
        for page in pdf.pages:
            assert page.chars
            inside = 40  # points: all text stays within the side margins (18 mm = 51 pt)
            assert all(c["x0"] >= inside and c["x1"] <= page.width - inside for c in page.chars)
            assert all(c["top"] >= 0 and c["bottom"] <= page.height for c in page.chars)
            text += page.extract_text()
    joined = "".join(text.split())
    assert "trade-crossings-harvest-customs-office-statement-and-annexes-in-full.pdf" in joined


def _long_table_brief(seed: Brief) -> Brief:
    figures = tuple(
        Figure(f"{n} tonnes", float(n), "tonnes", False, f"shipment number {n}", (Evidence(0, 5),))
        for n in range(1, 121)
    )
    return replace(
        seed,
        id="long-table",
        title="Shipments <script>alert(1)</script> & <b>more</b>",
        figures=figures,
    )


@pytest.mark.slow
def test_long_tables_break_across_pages_with_repeated_headers(briefs: list[Brief]) -> None:
    rendered = render_briefings([_long_table_brief(by_source(briefs, SEED))], site_name="T")
    reader = pypdf.PdfReader(__import__("io").BytesIO(rendered.pdfs["long-table"]))
    table_pages = [flat(p.extract_text()) for p in reader.pages]
    table_pages = [p for p in table_pages if "shipment number" in p]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "Figure Value Unit What it measures" in page
    assert "shipment number 120" in table_pages[-1]
    assert "Shipments <script>alert(1)</script> & <b>more</b>" in table_pages[0]  # printed, not run


@pytest.mark.slow
def test_a_briefing_that_fails_is_reported_and_the_book_made_without_it(
    tmp_path: Path, briefs: list[Brief]
) -> None:
    # A contract file can carry a lone surrogate ("\ud800" in JSON): no PDF can encode it.
    bad = replace(
        briefs[0],
        id="broken",
        source_path="seeds/broken.json",
        title=json.loads('"Broken \\ud800 headline"'),
    )
    rendered = render_briefings([*briefs, bad], site_name="Briefings")
    assert [str(p).split(": ")[0] for p in rendered.problems] == ["seeds/broken.json:1"]
    assert "cannot render" in str(rendered.problems[0])
    assert set(rendered.pdfs) == {b.id for b in briefs}
    book = tmp_path / "book.pdf"
    assert write_book([*briefs, bad], rendered, book, site_name="Briefings") == len(briefs)
    text = " ".join(pages_text(book))
    assert "Broken" not in text and f"{len(briefs)} briefings" in text


@pytest.mark.slow
@pytest.mark.expect_warnings
def test_cli_reports_skipped_articles_and_strict_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(
        tmp_path, [FIXTURES / "articles" / "minister-visit.md", FIXTURES / "broken" / "empty.txt"]
    )
    config = str(project / "mkdocs.yml")
    out = tmp_path / "out"
    assert main(["pdf", "-f", config, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"^seeds/empty\.txt:\d+: .+", err, re.M)
    assert "1 briefing" in " ".join(pages_text(out / BOOK_NAME)[:1])
    assert main(["pdf", "-f", config, "-o", str(out), "--strict"]) == 1


def test_print_html_escapes_every_article_string() -> None:
    from briefgen.partial_date import PartialDate
    from briefgen.pdf import book_html, book_parts, chapter_html
    from briefgen.records import Actor, Cited, Event, MainEvent, Place, Quote, Source

    evil = "<i>x</i>"
    ev = (Evidence(0, 1),)
    brief = Brief(
        id="evil",
        source_path=f"seeds/{evil}.md",
        title=evil,
        title_generated=True,
        published=None,
        source=evil,
        url="javascript:alert(1)",
        dateline=evil,
        summary=evil,
        key_points=(evil,),
        actors=(Actor(evil, "person", (evil,), evil, evil, 1, ev),),
        places=(Place(evil, "city", evil, None, None, (evil,), ev),),
        figures=(Figure(evil, 1.0, evil, False, evil, ev),),
        timeline=(Event(evil, PartialDate("2021-07-10"), "day", evil, ev, main=True),),
        quotes=(Quote(evil, evil, False, ev),),
        sources=(Source(evil, True, ev),),
        tags=(evil,),
        body=f"{evil}\n{evil}",
        author=evil,
        event=MainEvent(
            Cited(evil, ev),
            (Cited(evil, ev),),
            Event(evil, PartialDate("2021-07-10"), "day", evil, ev, main=True),
            (Cited(evil),),
            Cited(evil),
            Cited(evil),
        ),
    )
    chapter = chapter_html(brief)
    assert chapter.count("main event") == 1 and "<th>Why</th>" in chapter
    html = book_html(book_parts([brief], []), {brief.id: chapter}, site_name=evil, undated=1)
    assert "<i>" not in html and "&lt;i&gt;x&lt;/i&gt;" in html
    assert "javascript:" not in html  # only http(s) addresses are printed


@pytest.mark.slow
@pytest.mark.expect_warnings
def test_site_build_reports_a_briefing_without_pdf_and_strict_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefgen.pdf import write

    render = write._pdf

    def fail_on_seed(html: str) -> bytes:
        if "Ashgabat" in html:  # stands in for any renderer failure on this one article
            raise ValueError("renderer failed")
        return render(html)

    monkeypatch.setattr(write, "_pdf", fail_on_seed)
    project = make_project(tmp_path, [SEED, FIXTURES / "articles" / "minister-visit.md"])
    config = project / "mkdocs.yml"
    config.write_text(with_pdf(config.read_text("utf-8")), encoding="utf-8")
    assert build(project) == 0
    warned = capsys.readouterr().err
    assert f"seeds/{SEED.name}:1: cannot render its PDF (ValueError: renderer failed)" in warned
    pdfs = sorted(p.name for p in (project / "site" / "briefings").glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].startswith("foreign-minister")
    pages = {
        p.parent.name: p.read_text("utf-8")
        for p in (project / "site" / "briefings").glob("*/index.html")
    }
    assert [name for name, html in pages.items() if "bg-pdf" in html] == [pdfs[0][:-4]]
    assert build(project, "--strict") == 1


def test_each_chapter_says_what_is_next() -> None:
    from briefgen.partial_date import PartialDate
    from briefgen.pdf import chapter_html
    from briefgen.records import Outlook
    from tests.checks import bare_brief

    body = "Talks resume on July 20. The envoy will return in August."
    brief = bare_brief(
        body=body,
        outlook=(
            Outlook("Talks resume on July 20.", "future date", "July 20", PartialDate("--07-20")),
            Outlook("The envoy will return in August.", "will", "August", PartialDate("2021-08")),
        ),
    )
    chapter = flat(chapter_html(brief))
    assert "<h2>What's next</h2>" in chapter
    assert 'Talks resume on July 20. <span class="aside">future date · July 20</span>' in chapter
    assert "will · August (2021-08)" in chapter  # a date is shown only when it has a year
    assert "No statements about the future" in flat(chapter_html(bare_brief()))


def _link_targets(path: Path) -> tuple[pypdf.PdfReader, list[str]]:
    """The reader and the named destination of every internal link, page by page."""
    reader = pypdf.PdfReader(path)
    targets = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            if link.get("/Subtype") == "/Link" and "/Dest" in link:
                targets.append(str(link["/Dest"]))
    return reader, targets


def test_figures_and_quotes_link_to_their_sentence_in_the_chapter(
    project: Path, briefs: list[Brief]
) -> None:
    from briefgen.briefing.fulltext import sentence_number

    seed = by_source(briefs, SEED)
    for path in (project / "pdf" / "briefings" / f"{seed.id}.pdf", project / "pdf" / BOOK_NAME):
        reader, targets = _link_targets(path)
        named = reader.named_destinations
        facts = [f.evidence for f in seed.figures] + [q.evidence for q in seed.quotes]
        assert len(facts) >= 10
        for evidence in facts:
            assert f"ch-{seed.id}-s{sentence_number(seed, evidence)}" in targets
        for target in targets:  # every link lands on a sentence that is there
            assert target in named, target
        # the link of the 800-kilometer figure goes to the page holding its sentence
        (border,) = [f for f in seed.figures if f.text == "800-kilometer"]
        number = sentence_number(seed, border.evidence)
        assert number is not None
        page = reader.get_destination_page_number(named[f"ch-{seed.id}-s{number}"])
        assert page is not None
        sentence = seed.sentences[number - 1]
        words = flat(seed.body[sentence.start : sentence.end])[:40]
        assert words in flat(reader.pages[page].extract_text()), words


def _titles(items: list[Any]) -> list[Any]:
    """The outline's titles, nested as the outline is."""
    return [_titles(item) if isinstance(item, list) else str(item.title) for item in items]


def test_the_book_puts_a_storys_chapters_under_its_title(tmp_path: Path) -> None:
    from datetime import date

    from briefgen.stories import Story
    from tests.checks import bare_brief

    def made(name: str, day: int) -> Brief:
        body = f"{name} happened on the lake. Rescuers searched the water."
        return bare_brief(
            id=name.casefold().replace(" ", "-"),
            title=name,
            summary=body,
            body=body,
            published=date(2024, 3, day),
        )

    first, second, alone = made("Ferry capsizes", 4), made("Toll rises", 6), made("Bridge opens", 7)
    story = Story(
        "ferry", "Ferry disaster on the lake", (first, second), date(2024, 3, 4), date(2024, 3, 6)
    )
    rendered = render_briefings([alone, second, first], site_name="Book")
    path = tmp_path / BOOK_NAME
    assert (
        write_book([alone, second, first], rendered, path, site_name="Book", stories=[story]) == 3
    )
    outline = _titles(pypdf.PdfReader(path).outline)
    assert outline == [
        "Contents",
        "Ferry disaster on the lake",
        ["Ferry capsizes", "Toll rises"],
        "Other briefings",
        ["Bridge opens"],
    ]
    contents = pages_text(path)[1]
    order = [
        contents.index(t)
        for t in (
            "Ferry disaster on the lake",
            "Ferry capsizes",
            "Toll rises",
            "Other briefings",
            "Bridge opens",
        )
    ]
    assert order == sorted(order)
