"""Property tests (hypothesis): readers never crash, extraction keeps its offsets inside the body,
briefs round-trip through JSON, and a page rendered from any text holds no markup of the text."""

from __future__ import annotations

import json
import string
import unicodedata
from pathlib import Path
from tempfile import TemporaryDirectory
from xml.etree import ElementTree

import jinja2
import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from briefgen import readers
from briefgen.analysis import analyse
from briefgen.config import Settings
from briefgen.contract import from_dict, to_dict
from briefgen.corpus.ids import assign_ids
from briefgen.errors import BriefgenError
from briefgen.extract import extract
from briefgen.records import Actor, Brief, Event, Evidence, Figure, Place, Quote, Source
from briefgen.render import render_site
from briefgen.render.links import bracket_free
from tests.checks import assert_sound, elements, injected
from tests.conftest import examples

FRAGMENTS = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "</div>",
    "</p>\n\n<p>",
    '"',
    "'",
    "&lt;b&gt;",
    "&#60;i&#62;",
    "&",
    "{{ 7*7 }}",
    "{% raw %}",
    "\n!!! danger\n    ",
    "[x](javascript:alert(1))",
    "![i](x)",
    "{: onclick=x }",
    "<!--",
    "-->",
    "\n---\n",
    "    <iframe>",
    "\n\n",
    "\u2028",
    "`",
    "*_|#",
    "<svg/onload=alert(1)>",
    "\x02wzxhzdk:0\x03",
]
hostile = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), max_size=8).map(
    "".join
)
some_hostile = hostile.filter(lambda s: s.strip() != "")
# Tags our templates write; anything else in a rendered page came from the text.
TEMPLATE_TAGS = frozenset(
    [
        "a",
        "blockquote",
        "br",
        "code",
        "div",
        "h1",
        "h2",
        "h3",
        "li",
        "ol",
        "p",
        "section",
        "span",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
        "figure",
        "figcaption",
        "nav",
        "strong",
        "time",
        "svg",
        "circle",
        "line",
        "rect",
        "text",
        "title",
    ]
)  # (svg is ours: hostile svg would still show up by its onload attribute)
MD = markdown.Markdown(extensions=["admonition", "attr_list", "toc"])


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    body = draw(some_hostile)
    whole = (Evidence(0, len(body)),)
    cut = draw(st.integers(min_value=1, max_value=len(body)))
    sentences = (Evidence(0, cut), Evidence(cut, len(body))) if cut < len(body) else whole
    return Brief(
        id=draw(st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True)),
        source_path=draw(hostile),
        title=draw(some_hostile),
        title_generated=draw(st.booleans()),
        published=None,
        source=draw(st.none() | hostile),
        url=draw(st.none() | hostile | hostile.map(lambda s: "https://x.org/" + s)),
        dateline=draw(st.none() | hostile),
        summary=draw(hostile),
        key_points=tuple(draw(st.lists(hostile, max_size=3))),
        actors=(Actor(draw(hostile), "person", (draw(hostile),), draw(hostile), None, 1, whole),),
        places=(Place(draw(hostile), "city", None, None, None, (draw(hostile),), whole),),
        figures=(Figure(draw(hostile), 3.5, draw(hostile), True, draw(hostile), whole),),
        timeline=(Event(draw(hostile), None, None, draw(hostile), whole),),
        quotes=(Quote(draw(st.none() | hostile), draw(hostile), True, whole),),
        sources=(Source(draw(hostile), False, whole),),
        tags=tuple(draw(st.lists(hostile, max_size=3))),
        body=body,
        sentences=sentences,
        author=draw(st.none() | hostile),
    )


@settings(max_examples=examples(150), deadline=None)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md"]))
def test_readers_never_crash_on_bytes(data: bytes, suffix: str) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / f"a{suffix}"
        path.write_bytes(data)
        try:
            article = readers.read(path, f"seeds/a{suffix}")
        except BriefgenError as exc:
            assert str(exc).startswith(f"seeds/a{suffix}:") and exc.line and exc.line >= 1
            return
        assert article.body.strip() and "\r" not in article.body and "\x00" not in article.body


def _printable(text: str) -> bool:
    # control characters are dropped by the reader, so only printable titles come back unchanged
    return all(c in "\n\t" or unicodedata.category(c) not in {"Cc", "Cs", "Zl", "Zp"} for c in text)


@settings(max_examples=examples(60), deadline=None)
@given(title=some_hostile.filter(_printable), body=some_hostile.filter(_printable))
def test_markdown_front_matter_keeps_any_title_as_text(title: str, body: str) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        meta = yaml.safe_dump({"title": title}, allow_unicode=True)
        path.write_text(f"---\n{meta}---\n{body}\n", encoding="utf-8")
        try:
            article = readers.read(path, "a.md")
        except BriefgenError as exc:
            assert str(exc).startswith("a.md:") and "no body text" in str(exc), str(exc)
            return
        assert article.title == (" ".join(title.split()) or None)


@settings(max_examples=examples(25), deadline=None)
@given(data=st.binary(max_size=400))
def test_html_reader_never_crashes(data: bytes) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "a.html"
        path.write_bytes(b"<html><body><article><p>" + data + b"</p></article></body></html>")
        try:
            readers.read(path, "a.html")
        except BriefgenError as exc:
            assert str(exc).startswith("a.html:")


WORDS = [
    "Kabul",
    "Ashgabat",
    "the",
    "minister",
    "Mohammad",
    "Nayeem",
    "said",
    "on",
    "July",
    "10",
    "20,000",
    "troops",
    "about",
    "one-third",
    "Taliban",
    '"',
    "“",
    "”",
    ",",
    ".",
    "\n",
    "-",
    "(",
    ")",
    "km",
    "Monday",
    "%",
    "$5",
    "UN",
    "é",
    "Ташкент",
    "🚚",
]


@settings(
    max_examples=examples(20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_extraction_keeps_evidence_inside_the_body(words: list[str]) -> None:
    text = " ".join(words)
    with TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text(text, encoding="utf-8")
        try:
            article = readers.read(path, "a.txt")
        except BriefgenError:
            assert not text.strip(string.whitespace)
            return
    brief = assign_ids([extract(article, Settings().model)])[0]
    assert_sound(brief)
    assert json.loads(json.dumps(to_dict(brief))) == to_dict(brief)


@settings(max_examples=examples(80), deadline=None)
@given(brief=briefs())
def test_json_round_trips(brief: Brief) -> None:
    assert from_dict(json.loads(json.dumps(to_dict(brief), ensure_ascii=False))) == brief


@settings(max_examples=examples(60), deadline=None)
@given(brief=briefs(), directory_urls=st.booleans())
def test_rendered_pages_hold_no_markup_from_the_text(brief: Brief, directory_urls: bool) -> None:
    pages = render_site(
        analyse([brief]),
        [],
        briefings_dir="briefings",
        site_name="S",
        directory_urls=directory_urls,
    )
    for page in pages:
        if not page.src_uri.endswith(".md"):
            continue
        content, meta = get_data(page.content)  # front matter read the way MkDocs reads it
        for value in meta.values():
            for text in value if isinstance(value, list) else [value]:
                assert not set(str(text)) & set('<>"'), page.src_uri
        html = MD.reset().convert(content)
        assert injected(html, TEMPLATE_TAGS) == [], (page.src_uri, html)


@settings(max_examples=examples(30), deadline=None)
@given(briefs=st.lists(briefs(), min_size=1, max_size=3))
def test_index_pages_hold_no_markup_from_the_text(briefs: list[Brief]) -> None:
    briefs = assign_ids(briefs)
    problems = [BriefgenError(b.source_path, 1, b.title) for b in briefs]
    for page in render_site(analyse(briefs), problems, briefings_dir="briefings", site_name="S"):
        if page.src_uri.endswith(".json"):
            json.loads(page.content)
            continue
        if page.src_uri.endswith(".xml"):
            ElementTree.fromstring(page.content)  # the feed stays well-formed XML
            continue
        content, _ = get_data(page.content)
        assert injected(MD.reset().convert(content), TEMPLATE_TAGS) == [], page.src_uri


# Material's theme prints page meta in a Jinja environment without autoescaping, in these forms.
MATERIAL_EXPRESSIONS = jinja2.Environment(autoescape=False).from_string(
    "<title>{{ t | striptags }} - S</title><title>{{ t }} - S</title><span>{{ t }}</span>"
    '<meta name="description" content="{{ d }}"><meta name="x" content="{{ t }}">'
)


@settings(max_examples=examples(150), deadline=None)
@given(title=some_hostile, description=hostile)
def test_front_matter_values_are_inert_in_material_templates(title: str, description: str) -> None:
    html = MATERIAL_EXPRESSIONS.render(t=bracket_free(title), d=bracket_free(description))
    parsed = elements(html)
    assert [tag for tag, _ in parsed.tags] == ["title", "title", "span", "meta", "meta"], html
    assert all(set(attrs) <= {"name", "content"} for _, attrs in parsed.tags), html
