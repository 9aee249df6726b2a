"""Readers: each input kind gives an Article; bad files give `path:line: message`."""

from __future__ import annotations

from datetime import UTC, date, time
from pathlib import Path

import pytest

from briefgen import readers
from briefgen.errors import ReadError
from briefgen.readers.published import published_at
from briefgen.readers.text import split_dateline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        (
            "ASHGABAT -- Taliban representatives have visited.",
            "Ashgabat",
            "Taliban representatives have visited.",
        ),
        ("KABUL (Reuters) - Fighting spread.", "Kabul", "Fighting spread."),
        ("NEW YORK — Stocks fell.", "New York", "Stocks fell."),
        (
            "Taliban representatives have visited - today.",
            None,
            "Taliban representatives have visited - today.",
        ),
        ("A -- b", None, "A -- b"),
    ],
)
def test_wire_dateline_is_split_off(text: str, place: str | None, rest: str) -> None:
    assert split_dateline(text) == (place, rest)


def test_text_article_keeps_dateline_out_of_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("ASHGABAT -- Talks were held.\nSecond paragraph.\n", encoding="utf-8")
    article = readers.read(path, "seeds/a.txt")
    assert article.dateline == "Ashgabat"
    assert article.body == "Talks were held.\nSecond paragraph."
    assert article.title is None and article.source_path == "seeds/a.txt"


def test_markdown_front_matter_and_plain_body() -> None:
    article = readers.read(FIXTURES / "articles" / "minister-visit.md", "x.md")
    assert article.title == "Foreign minister visits Tashkent for border talks"
    assert article.published == date(2021, 7, 14)
    assert article.source == "Example Wire" and article.author == "A. Reporter"
    assert article.url == "https://example.org/news/minister-visit"
    assert article.tags == ("Uzbekistan", "borders")
    assert article.dateline == "Tashkent"
    assert article.body.startswith("Uzbekistan's Foreign Minister Abdulaziz Kamilov met")
    assert '"We will keep the border open for trade," Kamilov told reporters' in article.body


def test_markdown_markup_becomes_text(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text(
        "# Heading\n\nSome *emphasis* and a [link](http://x.org) and `code`.\n\n"
        "<div>raw <b>html</b><script>alert(1)</script></div>\n",
        encoding="utf-8",
    )
    body = readers.read(path).body
    assert body == "Heading\nSome emphasis and a link and code.\nraw html"


def test_html_page_main_text_and_metadata() -> None:
    article = readers.read(FIXTURES / "articles" / "saved-page.html", "page.html")
    assert article.title == "Dam repairs finished ahead of flood season"
    assert article.published == date(2019, 3, 2)
    assert "Engineers in Nurek finished repairs" in article.body
    assert "Share on Facebook" not in article.body
    assert "Read or Share this story" not in article.body


@pytest.mark.parametrize(
    ("name", "line", "fragment"),
    [
        ("empty.txt", 1, "empty"),
        ("binary.txt", 3, "binary"),  # the first NUL byte is on line 3
        ("bad-front-matter.md", 2, "front matter is not valid YAML"),
    ],
)
def test_bad_article_reports_path_and_line(name: str, line: int, fragment: str) -> None:
    with pytest.raises(ReadError) as caught:
        readers.read(FIXTURES / "broken" / name, f"seeds/{name}")
    message = str(caught.value)
    assert message.startswith(f"seeds/{name}:{line}: "), message
    assert fragment in message


def test_other_encodings_are_detected(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a visité Kaboul à l'été, déclaré l'agence.".encode("latin-1"))
    assert "visité" in readers.read(latin).body
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Officials met in Ashgabat.".encode("utf-16"))
    assert readers.read(utf16).body == "Officials met in Ashgabat."


def test_discover_skips_hidden_files_and_overrides(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", ".hidden.txt", "a.overrides.yaml", "notes.pdf"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in readers.discover(tmp_path)] == ["a.md", "b.txt"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2009-02-03", date(2009, 2, 3)),
        ("'13-02-2009'", date(2009, 2, 13)),
        ("02/13/2009", date(2009, 2, 13)),
        ("February 3, 2009", date(2009, 2, 3)),
        ("3 Feb 2009", date(2009, 2, 3)),
        ("03-03-2009", date(2009, 3, 3)),
    ],
)
def test_front_matter_dates_that_name_one_day(tmp_path: Path, written: str, read: date) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: T\ndate: {written}\n---\nBody text.\n", encoding="utf-8")
    article = readers.read(path, "seeds/a.md")
    assert article.published == read and not article.warnings


def test_an_ambiguous_front_matter_date_builds_the_article_undated_with_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\ndate: 03-02-2009\n---\nBody text.\n", encoding="utf-8")
    article = readers.read(path, "seeds/a.md")
    assert article.published is None and article.body == "Body text."
    [(line, message)] = article.warnings
    assert line == 3 and "03-02-2009" in message and "YYYY-MM-DD" in message


def test_a_text_article_may_open_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "---\ntitle: Talks in Kabul\ndate: 2021-07-12\nsource: RFE/RL\n---\n"
        "KABUL -- Talks were held on Sunday.\n",
        encoding="utf-8",
    )
    article = readers.read(path, "seeds/a.txt")
    assert (article.title, article.published, article.source) == (
        "Talks in Kabul",
        date(2021, 7, 12),
        "RFE/RL",
    )
    assert article.dateline == "Kabul" and article.body == "Talks were held on Sunday."


def test_a_build_reports_the_warning_at_its_line_and_keeps_the_article(tmp_path: Path) -> None:
    from briefgen.config import Settings
    from briefgen.errors import ReadWarning, skipped
    from briefgen.pipeline import build_corpus

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "---\ndate: 03-02-2009\n---\nThe council met on Monday.\n", encoding="utf-8"
    )
    corpus = build_corpus(Settings(cache=None), tmp_path)
    assert len(corpus.briefs) == 1 and corpus.briefs[0].published is None
    [problem] = corpus.problems
    assert isinstance(problem, ReadWarning) and str(problem).startswith("seeds/a.txt:2: ")
    assert skipped(corpus.problems) == []


@pytest.mark.parametrize(
    ("written", "clock"),
    [
        ("2021-07-12T03:10:00Z", time(3, 10, tzinfo=UTC)),
        ("'2021-07-12 21:30:00'", time(21, 30)),
        ("2021-07-12", None),
        ("July 12, 2021", None),
    ],
)
def test_front_matter_keeps_the_hour_of_a_date_time(
    tmp_path: Path, written: str, clock: time | None
) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: {written}\n---\nThe council met.\n", encoding="utf-8")
    article = readers.read(path, "a.md")
    assert (article.published, article.published_time) == (date(2021, 7, 12), clock)


def test_a_page_publication_tag_gives_the_day_and_the_hour() -> None:
    page = (
        '<html><head><meta property="article:modified_time" content="2019-11-20T09:00:00Z">'
        '<meta name="pubdate" content="2019-11-19T02:34:30Z"></head><body>'
        '<time datetime="2019-11-18">Monday</time></body></html>'
    )
    assert published_at(page) == (date(2019, 11, 19), time(2, 34, 30, tzinfo=UTC))
    assert published_at("<html><body><p>No dates here.</p></body></html>") is None
    # a content system's empty value is no date
    assert published_at('<meta itemprop="datePublished" content="0001-01-01T00:00:00">') is None


def test_a_page_without_publication_tags_is_dated_by_its_canonical_address() -> None:
    page = (
        '<html><head><link rel="canonical" '
        'href="http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html">'
        "</head><body><p>&copy; 2011 Cable News Network.</p></body></html>"
    )
    assert published_at(page) == (date(2010, 8, 13), None)


def test_the_headline_repeated_as_the_first_line_is_dropped() -> None:
    from briefgen.readers.headline import drop_headline

    body = "Cat found in New Mexico after going missing\nSANTA FE, N.M. (AP) — A cat was found."
    assert drop_headline(body, "Cat found in New Mexico after going missing") == (
        "SANTA FE, N.M. (AP) — A cat was found."
    )
    # a page's title often carries its site or bylines after the headline
    assert drop_headline(body, "Cat found in New Mexico after going missing - Express-News") == (
        "SANTA FE, N.M. (AP) — A cat was found."
    )
    # a first line that only starts like the title, or a short label, stays
    assert (
        drop_headline("Cat found\nA cat was found.", "Cat found") == "Cat found\nA cat was found."
    )
    assert drop_headline(body, "Cat found in New Mexico") == body
    assert drop_headline(body, None) == body


_WRAPPED = """Flood waters rose through the night in the river town of Kessel, and by
morning the main road to the coast was closed to all traffic, officials
said on Tuesday.

"We have never seen the water come up this fast, not in forty years of
living here," said Anna Vogel, who runs a bakery near the old bridge. "The
cellar was full before we could move anything."

The regional government said it would send pumps and two hundred soldiers
to help clear the streets once the water had gone down."""


def test_a_hard_wrapped_text_article_is_read_as_paragraphs(tmp_path: Path) -> None:
    # every line of a paragraph ends mid-sentence: each line read as a paragraph cut the
    # quotation from its "said Anna Vogel"
    path = tmp_path / "flood.txt"
    path.write_text(_WRAPPED, encoding="utf-8")
    body = readers.read(path).body
    paragraphs = [p for p in body.split("\n") if p.strip()]
    assert len(paragraphs) == 3
    assert "forty years of living here" in paragraphs[1]
    assert len(body) == len(_WRAPPED)  # a line break becomes a space: offsets stay


def test_lines_that_each_end_a_sentence_are_not_joined(tmp_path: Path) -> None:
    text = "\n".join(
        f"Line {n} of the notice says the road to the coast stays closed today." for n in range(8)
    )
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    assert readers.read(path).body.count("\n") == 7
