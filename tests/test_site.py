"""The built site, read as HTML: a real MkDocs Material build of a temp project."""

from __future__ import annotations

import json
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, SEED, build, make_project

pytestmark = pytest.mark.slow


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name == "href" and value:
                self.hrefs.append(value)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def parse(path: Path) -> _Text:
    return parse_html(path.read_text(encoding="utf-8"))


def parse_html(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def seed_page(site: Path, brief: dict[str, object]) -> Path:
    return site / "briefings" / str(brief["id"]) / "index.html"


def test_seed_page_shows_every_section(built_site: Path, seed_brief: dict[str, Any]) -> None:
    page = parse(seed_page(built_site, seed_brief))
    text = " ".join(" ".join(page.parts).split())
    for heading in (
        "Bottom line",
        "Key points",
        "Key actors",
        "Key figures",
        "Timeline",
        "Places",
        "Quotes",
        "Sourcing",
        "Full text",
    ):
        assert heading in text, heading
    assert str(seed_brief["summary"])[:80] in text
    assert "Mohammad Nayeem" in text and "Sher Mohammad Abbas Stanikzai" in text
    assert "800-kilometer" in text and "July 10" in text
    assert "a senior official at a Turkmen security agency" in text
    assert (
        "the Western-backed government in Kabul may collapse" in text
    )  # the full text, last sentence


def test_the_main_event_stands_under_the_bottom_line(
    built_site: Path, seed_brief: dict[str, Any]
) -> None:
    html = seed_page(built_site, seed_brief).read_text(encoding="utf-8")
    marks = ('admonition-title">Bottom line', 'class="bg-event"', 'id="key-points"')
    bottom, event, points = (html.index(mark) for mark in marks)
    assert bottom < event < points
    card = parse_html(html[event : html.index("</dl>", event)])
    text = " ".join(" ".join(card.parts).split())
    assert "What have visited Ashgabat" in text and "Who Taliban" in text
    assert "When July 10" in text and "Where Ashgabat" in text
    assert len(card.hrefs) == 4 and all(h.startswith("#s") for h in card.hrefs)
    # the timeline keeps its order and marks the event's row
    assert html.count('class="bg-main-event"') == 1 and html.count("bg-main-flag") == 1


def test_every_fact_links_to_an_existing_sentence(
    built_site: Path, seed_brief: dict[str, Any]
) -> None:
    page = parse(seed_page(built_site, seed_brief))
    fact_links = [h for h in page.hrefs if h.startswith("#s")]
    assert len(fact_links) >= 10
    assert all(h[1:] in page.ids for h in fact_links)
    sentences = {i for i in page.ids if i.startswith("s") and i[1:].isdigit()}
    assert len(sentences) == len(seed_brief["sentences"])


def test_index_home_and_data(built_site: Path, seed_brief: dict[str, Any]) -> None:
    index = " ".join(parse(built_site / "briefings" / "index.html").parts)
    assert "3 briefings" in index and "Foreign minister visits Tashkent for border talks" in index
    home = parse(built_site / "index.html")
    assert any(h.rstrip("/").endswith(f"briefings/{seed_brief['id']}") for h in home.hrefs)
    data = json.loads(
        (built_site / "briefings" / f"{seed_brief['id']}.json").read_text(encoding="utf-8")
    )
    assert data == seed_brief


def test_nav_lists_sections_not_briefings(built_site: Path, seed_brief: dict[str, Any]) -> None:
    html = seed_page(built_site, seed_brief).read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    assert "Foreign minister visits Tashkent" not in nav and "Briefings" in nav


def test_search_index_holds_the_seed(built_site: Path, seed_brief: dict[str, Any]) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = [d for d in index["docs"] if d["location"].startswith(f"briefings/{seed_brief['id']}/")]
    assert docs
    words = " ".join(d["text"] + " " + d["title"] for d in docs)
    assert "Stanikzai" in words and "Ashgabat" in words


@pytest.mark.expect_warnings
def test_bad_articles_are_reported_and_the_rest_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = sorted((FIXTURES / "broken").iterdir())
    project = make_project(tmp_path, [SEED, *broken])
    assert build(project) == 0
    err = capsys.readouterr().err
    for path, line in (("empty.txt", 1), ("binary.txt", 3), ("bad-front-matter.md", 2)):
        assert f"seeds/{path}:{line}: " in err, err
    built = list((project / "site" / "briefings").glob("*/index.html"))
    assert len(built) == 2  # the seed's briefing and the errors page
    home = " ".join(parse(project / "site" / "index.html").parts)
    assert "3 articles skipped" in home  # and linked to the errors page that lists them
    errors = " ".join(parse(project / "site" / "briefings" / "errors" / "index.html").parts)
    assert "seeds/empty.txt:1:" in errors and "seeds/binary.txt:3:" in errors

    assert build(project, "--strict") == 1
    assert "Aborted with" in capsys.readouterr().err


def test_generated_pages_are_spooled_and_the_spool_is_removed_after_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spools = tmp_path / "tmp"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    project = make_project(tmp_path, [SEED])
    assert build(project) == 0
    assert list(spools.iterdir()) == []
    assert "Stanikzai" in (project / "site" / "briefings" / "briefs.json").read_text("utf-8")
    # a build that fails after the spool was made removes it too
    (project / "docs" / "feed.xml").write_text("<rss/>", encoding="utf-8")
    assert build(project) != 0
    assert "feed.xml: generated by briefgen but also present in docs/" in capsys.readouterr().err
    assert list(spools.iterdir()) == []


def test_generated_pages_let_go_of_their_text_and_the_projects_own_pages_keep_it(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path, [SEED])
    (project / "hook.py").write_text(
        "import json, pathlib\n"
        "seen = {}\n"
        "def on_env(env, config, files):\n"
        "    seen['files'] = files\n"
        "def on_post_build(config):\n"
        "    pages = {f.src_uri: [bool(f.page.markdown), bool(f.page.content)]\n"
        "             for f in seen['files'].documentation_pages()}\n"
        "    pathlib.Path(config.config_file_path + '.json').write_text(json.dumps(pages))\n",
        encoding="utf-8",
    )
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "hooks:\n- hook.py\n", "utf-8")
    assert build(project) == 0
    held = json.loads((project / "mkdocs.yml.json").read_text(encoding="utf-8"))
    assert held["about.md"] == [True, True]  # the project's page, as MkDocs left it
    briefings = [uri for uri in held if uri.startswith("briefings/")]
    assert briefings and all(held[uri] == [False, False] for uri in briefings)
