"""Paths stay inside: any title or id becomes one safe path segment; ids are distinct and stable."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analysis import analyse
from briefgen.corpus.ids import assign_ids
from briefgen.records import Brief
from briefgen.render import render_site
from briefgen.slugs import MAX_SLUG, slugify
from tests.checks import SAFE_ID, bare_brief
from tests.conftest import examples


def _brief(title: str, path: str) -> Brief:
    return bare_brief(id=slugify(title), source_path=path, title=title)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("/etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("..", "briefing"),
        ("index", "briefing-index"),
        ("Errors", "briefing-errors"),
        ("briefs", "briefing-briefs"),
        ("CON", "briefing-con"),
        ("lpt1", "briefing-lpt1"),
        ("Dérapage à Genève — ça s’est passé", "derapage-a-geneve-ca-sest-passe"),
        ("Встреча в Ташкенте", "briefing"),
        ("a/b\x00c", "a-b-c"),
        ("word " * 60, ("word-" * 16).rstrip("-")),
    ],
)
def test_slugify_gives_one_safe_segment(title: str, slug: str) -> None:
    assert slugify(title) == slug


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_any_text_slugs_to_a_safe_bounded_segment(text: str) -> None:
    slug = slugify(text)
    assert SAFE_ID.match(slug) and len(slug) <= MAX_SLUG
    assert posixpath.normpath(f"briefings/{slug}.md") == f"briefings/{slug}.md"


def test_same_titles_get_distinct_ids_that_stay_when_another_is_added() -> None:
    two = assign_ids([_brief("Border talks", "seeds/b.txt"), _brief("Border talks", "seeds/d.txt")])
    ids = {b.source_path: b.id for b in two}
    assert len(set(ids.values())) == 2
    # a third with the same title, sorting before, between and after the others
    for new in ("seeds/a.txt", "seeds/c.txt", "seeds/e.txt"):
        three = assign_ids([*two, _brief("Border talks", new)])
        now = {b.source_path: b.id for b in three}
        assert len(set(now.values())) == 3
        assert {p: now[p] for p in ids} == ids, new


def test_a_unique_title_keeps_its_plain_slug_and_ids_ignore_input_order() -> None:
    briefs = [_brief("Border talks", "seeds/b.txt"), _brief("Dam repaired", "seeds/a.txt")]
    first = {b.source_path: b.id for b in assign_ids(briefs)}
    second = {b.source_path: b.id for b in assign_ids(list(reversed(briefs)))}
    assert first == second == {"seeds/b.txt": "border-talks", "seeds/a.txt": "dam-repaired"}


def test_titles_without_latin_letters_are_named_after_their_file() -> None:
    briefs = assign_ids(
        [_brief("Встреча в Ташкенте", "seeds/tashkent-2021.txt"), _brief("会谈", "seeds/新闻.txt")]
    )
    assert sorted(b.id for b in briefs) == ["briefing", "tashkent-2021"]


def test_hostile_ids_never_leave_the_briefings_folder() -> None:
    titles = ["../../x", "/abs/path", "index", "errors", "a" * 500, "ü" * 50, "..", "\\..\\x"]
    briefs = assign_ids([_brief(t, f"seeds/{i}.txt") for i, t in enumerate(titles)])
    pages = render_site(analyse(briefs), [], briefings_dir="briefings", site_name="S")
    uris = [p.src_uri for p in pages]
    assert len(uris) == len(set(uris))
    for uri in uris:
        assert posixpath.normpath(uri) == uri and not uri.startswith(("/", ".."))
    assert {"briefings/index.md", "briefings/errors.md", "briefings/briefs.json"} <= set(uris)
    assert all(SAFE_ID.match(b.id) for b in briefs)
