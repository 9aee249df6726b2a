"""`briefgen pdf --since/--until` on the seed and the Wikinews articles of ../shared/eval: the
book holds only the briefings of those dates, and its cover and PDF title say the range."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml

from briefgen.cli import main
from briefgen.pdf import BOOK_NAME
from tests.conftest import ROOT, SEED, make_project

WIKINEWS = ROOT.parent / "shared" / "eval" / "wikinews"
DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not WIKINEWS.is_dir(), reason="needs ../shared/eval/wikinews"),
]


def flat(text: str) -> str:
    return " ".join(text.split())


def dated_titles(first: str, last: str) -> set[str]:
    """The titles of the Wikinews articles published from `first` to `last` (ISO days)."""
    titles = set()
    for path in WIKINEWS.glob("*.md"):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if first <= str(front["date"]) <= last:
            titles.add(flat(front["title"]))
    return titles


def chapters(outline: Sequence[Any]) -> list[str]:
    """The chapter titles of the book's outline: the entries under a part heading (an entry
    followed by a list), or at the top level when the book has no parts; not "Contents"."""
    found: list[str] = []
    for n, item in enumerate(outline):
        if isinstance(item, list):
            found.extend(flat(str(entry.title)) for entry in item)
        elif not (n + 1 < len(outline) and isinstance(outline[n + 1], list)):
            found.append(flat(str(getattr(item, "title", ""))))
    return [title for title in found if title != "Contents"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed (undated) and the 90 Wikinews articles (one, 120578, with the ambiguous date
    03-02-2009, which builds undated with a warning)."""
    return make_project(tmp_path_factory.mktemp("wikinews"), [SEED, *sorted(WIKINEWS.glob("*.md"))])


def test_a_month_makes_a_book_of_only_that_months_briefings(project: Path) -> None:
    out = project / "june"
    args = ["pdf", "-f", str(project / "mkdocs.yml"), "-o", str(out)]
    assert main([*args, "--since", "2009-06", "--until", "2009-06"]) == 0
    expected = dated_titles("2009-06-01", "2009-06-30")
    assert len(expected) >= 3
    reader = pypdf.PdfReader(out / BOOK_NAME)
    assert reader.metadata is not None
    assert reader.metadata.title == "Briefings 2009-06-01 to 2009-06-30 (Briefings)"
    pages = [flat(page.extract_text()) for page in reader.pages]
    cover, contents = pages[0], pages[1]
    assert "Briefings 2009-06-01 to 2009-06-30" in cover
    assert f"{len(expected)} briefings" in cover
    assert "2 undated briefings left out" in cover  # the seed and the ambiguous 03-02-2009
    days = DAY.findall(contents)
    assert len(days) == len(expected) and all(d.startswith("2009-06-") for d in days)
    titles = chapters(reader.outline)
    assert sorted(titles) == sorted(expected)
    assert len(list((out / "briefings").glob("*.pdf"))) == len(expected)
    named = reader.named_destinations
    for page in reader.pages:  # every internal link lands on something in this book
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            if link.get("/Subtype") == "/Link" and "/Dest" in link:
                assert str(link["/Dest"]) in named, link["/Dest"]


def test_since_alone_runs_to_the_newest_and_an_empty_range_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(project / "mkdocs.yml")
    out = project / "since"
    assert main(["pdf", "-f", config, "-o", str(out), "--since", "2011"]) == 0
    expected = dated_titles("2011-01-01", "9999-12-31")
    reader = pypdf.PdfReader(out / BOOK_NAME)
    assert reader.metadata is not None and reader.metadata.title is not None
    assert reader.metadata.title.startswith("Briefings since 2011-01-01")
    contents = flat(reader.pages[1].extract_text())
    days = DAY.findall(contents)
    assert len(days) == len(expected) and all(d >= "2011-01-01" for d in days)
    for title in expected:
        assert title[:40] in contents, title
    capsys.readouterr()
    empty = project / "empty"
    assert main(["pdf", "-f", config, "-o", str(empty), "--since", "2014"]) == 1
    err = capsys.readouterr().err
    assert "no briefing matches Briefings since 2014-01-01" in err and "no book written" in err
    assert not empty.exists()
