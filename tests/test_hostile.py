"""Hostile articles: script, event handlers, javascript: links, raw HTML, Markdown, Jinja and
admonition syntax in text, titles and front matter all come out as text — in the HTML files, in
the search index, and in a real Chromium that opens and searches the site."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

from tests import browser as chromium
from tests.checks import elements, injected
from tests.conftest import FIXTURES, build, make_project

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.slow

HOSTILE = FIXTURES / "hostile"
# Every tag our templates and Material's theme write into a page; anything else was injected.
PAGE_TAGS = frozenset(
    [
        "html",
        "head",
        "meta",
        "title",
        "link",
        "script",
        "style",
        "body",
        "input",
        "label",
        "div",
        "header",
        "nav",
        "a",
        "span",
        "svg",
        "path",
        "form",
        "button",
        "main",
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "p",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "blockquote",
        "code",
        "br",
        "footer",
        "aside",
        "hr",
        "small",
        "em",
        "strong",
        "img",
        "section",
        "figure",
        "figcaption",
        "time",
        "circle",
        "line",
        "rect",
        "text",
        "dl",
        "dt",
        "dd",
    ]
)
CONTENT_TAGS = frozenset(
    [
        "article",
        "div",
        "h1",
        "h2",
        "h3",
        "p",
        "span",
        "a",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "blockquote",
        "code",
        "br",
        "nav",
        "section",
        "figure",
        "figcaption",
        "strong",
        "time",
        "svg",
        "circle",
        "line",
        "rect",
        "text",
        "title",
        "dl",
        "dt",
        "dd",
    ]
)  # (svg is ours, and the event's dl: a hostile one would still show up by its attributes)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"), sorted(HOSTILE.iterdir()))
    # a hostile file name too: it is skipped (empty), so it shows on the errors page
    (project / "seeds" / "<img src=x onerror=window.__pwned=30>.txt").write_bytes(b"")
    assert build(project) == 0
    return project / "site"


def _briefs(site: Path) -> list[dict[str, object]]:
    return json.loads((site / "briefings" / "briefs.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _pages(site: Path) -> list[Path]:
    """The pages briefgen generates (the project's own docs/ pages are not article text)."""
    return [site / "index.html", *sorted((site / "briefings").rglob("*.html"))]


def test_hostile_text_reaches_the_pages_only_as_text(hostile_site: Path) -> None:
    briefs = _briefs(hostile_site)
    assert len(briefs) == 2
    for page in _pages(hostile_site):
        html = page.read_text(encoding="utf-8")
        assert "__pwned" not in "".join(elements(html).scripts), page
        content = html[html.index('<article class="md-content__inner') :]
        content = content[: content.index("</article>")]
        assert injected(content, CONTENT_TAGS) == [], page
        assert injected(html, PAGE_TAGS) == [], page
        assert "admonition danger" not in html and "49" not in elements(html).scripts
    md_brief = next(b for b in briefs if str(b["source_path"]).endswith(".md"))
    md_page = hostile_site / "briefings" / str(md_brief["id"]) / "index.html"
    text = md_page.read_text(encoding="utf-8")
    # the markup is shown as the characters the article wrote
    assert "{{ config.site_name }}" in text and "{% if true %}" in text
    assert "&lt;script&gt;window.__pwned=15&lt;/script&gt;" in text
    meta_line = text.split('class="bg-meta"')[1].split("</p>")[0]
    assert (
        'href="https://example.org/a?q=&lt;script&gt;window.__pwned=4&lt;/script&gt;&#34; onclick=&#34;window.__pwned=4"'
        in meta_line
    )


def test_meta_title_and_description_cannot_break_out(hostile_site: Path) -> None:
    for page in _pages(hostile_site):
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        parsed = elements(head)
        for tag, attrs in parsed.tags:
            assert not any(name.startswith("on") for name in attrs), (page, tag)
            if tag == "meta":
                assert set(attrs) <= {"name", "content", "charset", "http-equiv", "property"}
                assert attrs.get("http-equiv") in {None, "x-ua-compatible"}
        title = head.split("<title>")[1].split("</title>")[0]
        assert "<" not in title and ">" not in title, page


def test_search_index_and_json_keep_the_text(hostile_site: Path) -> None:
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = [d for d in index["docs"] if d["location"].startswith(("briefings/", "#"))]
    assert len(docs) > 10
    for doc in docs:
        # Material's search shows titles and text as HTML: the index must hold only our markup
        assert injected(doc["title"] + doc["text"], CONTENT_TAGS) == [], doc
    for brief in _briefs(hostile_site):
        assert brief["url"] is None or str(brief["url"]).startswith("https://")
    md_brief = next(b for b in _briefs(hostile_site) if str(b["source_path"]).endswith(".md"))
    assert "<script>window.__pwned=15</script>" in str(md_brief["body"])  # data stays data


def test_front_matter_of_generated_pages_is_plain_yaml(hostile_site: Path) -> None:
    # MkDocs reads this front matter with a safe loader; it must hold plain strings only
    from briefgen.analysis import analyse
    from briefgen.contract import from_dict
    from briefgen.render import render_site

    pages = render_site(
        analyse([from_dict(b) for b in _briefs(hostile_site)]),
        [],
        briefings_dir="briefings",
        site_name="S",
    )
    for page in pages:
        if page.src_uri.endswith(".md"):
            meta = yaml.safe_load(page.content.split("---\n")[1])
            for value in meta.values():
                for text in value if isinstance(value, list) else [value]:
                    assert isinstance(text, str)
                    assert not set(text) & set('<>"'), text


@pytest.mark.browser
def test_no_script_runs_in_a_real_browser(browser: Browser, hostile_site: Path) -> None:
    briefs = _briefs(hostile_site)
    urls = ["", "briefings/", "briefings/errors/"] + [f"briefings/{b['id']}/" for b in briefs]
    with chromium.serve(hostile_site) as base:
        watched = chromium.watch(browser)
        page = watched.page
        for url in urls:
            page.goto(base + url)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None, url
            assert page.title() != "PWNED", url  # what the payloads would set
            own = page.evaluate(
                "[...document.querySelectorAll('.md-content script, .md-content img,"
                " .md-content svg, .md-content iframe, .md-content [onerror], .md-content [onclick],"
                " .md-content a[href^=javascript], .md-content .admonition.danger')].length"
            )
            assert own == 0, url
        # search shows titles and snippets as HTML: search for the payloads
        page.goto(base + f"briefings/{briefs[0]['id']}/")
        search = page.locator("input.md-search__input")
        search.click()
        for query in ("Talks", "script", "onerror", "pwned", "img"):
            search.fill("")
            search.press_sequentially(query, delay=20)  # Material listens to key events
            page.wait_for_selector(".md-search-result__item", timeout=15_000)
            assert page.evaluate("window.__pwned") is None, query
            assert (
                page.evaluate(
                    "document.querySelectorAll('.md-search-result img, .md-search-result script,"
                    " .md-search-result svg, .md-search-result [onerror]').length"
                )
                == 0
            ), query
        ARTIFACTS = Path(__file__).parent / "artifacts"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "hostile-search.png"))
        md_brief = next(b for b in briefs if str(b["source_path"]).endswith(".md"))
        page.goto(base + f"briefings/{md_brief['id']}/")
        page.screenshot(path=str(ARTIFACTS / "hostile-briefing.png"), full_page=True)
        assert page.evaluate("window.__pwned") is None
        page.goto(base + "briefings/errors/")
        assert "seeds/<img src=x onerror=window.__pwned=30>.txt:1:" in page.inner_text(
            ".md-content"
        )
        assert page.evaluate("window.__pwned") is None
        assert watched.page_errors == []
        assert watched.outside_requests == []
        page.context.close()
