"""Checks shared by the robustness tests: a brief is sound, a page's HTML holds nothing injected."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

from briefgen.contract import from_dict, to_dict
from briefgen.records import Brief

_BARE = Brief(
    id="x",
    source_path="seeds/x.txt",
    title="T",
    title_generated=False,
    published=None,
    source=None,
    url=None,
    dateline=None,
    summary="",
    key_points=(),
    actors=(),
    places=(),
    figures=(),
    timeline=(),
    quotes=(),
    sources=(),
    tags=(),
    body="Text.",
)


def bare_brief(**fields: Any) -> Brief:
    """A brief with nothing extracted; `fields` set what a test needs."""
    return replace(_BARE, **fields)


_BAD_SCHEMES = frozenset({"javascript", "data", "vbscript"})
SAFE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def assert_sound(brief: Brief) -> None:
    """Evidence inside the body, sentences in order, a safe id, and a JSON round trip."""
    n = len(brief.body)
    for family in (
        brief.actors,
        brief.places,
        brief.figures,
        brief.timeline,
        brief.quotes,
        brief.sources,
    ):
        for item in family:
            for ev in item.evidence:
                assert 0 <= ev.start < ev.end <= n, (item, n)
    if brief.event is not None:
        event = brief.event
        parts = [event.what, *event.who, *event.where, event.when, event.why, event.how]
        for part in (p for p in parts if p is not None):
            for ev in part.evidence:
                assert 0 <= ev.start < ev.end <= n, (part, n)
        assert event.when is None or event.when in brief.timeline or not event.when.evidence
        assert sum(e.main for e in brief.timeline) <= 1
    previous = 0
    for sentence in brief.sentences:
        assert previous <= sentence.start < sentence.end <= n
        previous = sentence.end
    assert SAFE_ID.match(brief.id) and len(brief.id) <= 90, brief.id
    assert brief.title.strip() and brief.summary is not None
    assert from_dict(to_dict(brief)) == brief


class Elements(HTMLParser):
    """Every start tag of a document with its attributes, and every `<script>`'s text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def injected(html: str, allowed_tags: frozenset[str]) -> list[str]:
    """What in `html` could only have come from hostile input: odd tags, handlers, js: links."""
    found: list[str] = []
    for tag, attrs in elements(html).tags:
        if tag not in allowed_tags:
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            scheme = (value or "").strip().lower().split(":", 1)[0]
            if name in {"href", "src", "action", "formaction"} and scheme in _BAD_SCHEMES:
                found.append(f"<{tag} {name}={value}>")
    return found
