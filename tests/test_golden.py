"""Golden pages: a briefing page, an actor page, the home page, a story page (Markdown as handed to
MkDocs) and a briefing's PDF chapter (print HTML), rendered from three hand-made briefs (no model,
no MkDocs) and compared with tests/golden/. After an intended change, `pytest --update-goldens`
rewrites them: review the diff like code."""

from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path

import pytest

from briefgen.analysis import analyse
from briefgen.partial_date import PartialDate
from briefgen.pdf.html import chapter_html
from briefgen.records import (
    Actor,
    Brief,
    Cited,
    Event,
    Evidence,
    Figure,
    MainEvent,
    Outlook,
    Place,
    Quote,
    Source,
)
from briefgen.render import render_site

GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = date(2024, 3, 10)
PAGES = {
    "briefing.md": "briefings/ferry-capsizes-on-lake-victoria.md",
    "actor.md": "actors/grace-mushi.md",
    "home.md": "index.md",
    "story.md": "stories/ferry-capsizes-on-lake-victoria.md",
}
"""Golden file → the generated page it holds."""

CAPSIZE = (
    "MWANZA -- A ferry carrying about 200 passengers capsized on Lake Victoria on Monday, "
    "police said. Regional commissioner Grace Mushi said 44 people had been rescued. "
    '"We will not stop searching until everyone is found," Mushi said. '
    "The Tanzanian government will hold an inquiry on March 20, an official said."
)
TOLL = (
    "MWANZA -- The toll of the ferry that capsized on Lake Victoria rose to 61 on Tuesday, "
    "Regional commissioner Grace Mushi said. Divers from the Tanzanian navy joined the search. "
    '"The search goes on," Mushi said.'
)
ELECTION = (
    "LISBON -- Voters in Lisbon chose a new mayor on Sunday. Turnout was about 52 percent, "
    "according to the electoral commission."
)


def at(body: str, text: str, nth: int = 0) -> tuple[Evidence, ...]:
    """The span of the `nth` occurrence of `text` in `body`."""
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return (Evidence(start, start + len(text)),)


def sentences(body: str) -> tuple[Evidence, ...]:
    spans, start = [], 0
    for end in [i + 1 for i, c in enumerate(body) if c == "." and body[i + 1 : i + 2] in {" ", ""}]:
        spans.append(Evidence(start, end))
        start = end + 1
    return tuple(spans)


def capsize() -> Brief:
    body = CAPSIZE
    monday = Event(
        "on Monday",
        PartialDate("2024-03-04"),
        "day",
        "a ferry capsized",
        at(body, "on Monday"),
        True,
    )
    return Brief(
        id="ferry-capsizes-on-lake-victoria",
        source_path="seeds/ferry-capsizes.md",
        title="Ferry capsizes on Lake Victoria",
        title_generated=False,
        published=date(2024, 3, 5),
        source="Example Wire",
        url="https://example.org/ferry",
        dateline="Mwanza",
        summary="A ferry carrying about 200 passengers capsized on Lake Victoria; 44 were rescued.",
        key_points=("About 200 passengers were on board.", "44 people were rescued."),
        actors=(
            Actor(
                "Grace Mushi",
                "person",
                ("Mushi",),
                "Regional commissioner",
                None,
                2,
                at(body, "Grace Mushi") + at(body, "Mushi", 1),
            ),
            Actor("Tanzania", "country", ("Tanzanian",), None, None, 1, at(body, "Tanzanian")),
        ),
        places=(
            Place("Mwanza", "city", "TZ", -2.5164, 32.9175, (), at(body, "MWANZA")),
            Place("Lake Victoria", "other", None, None, None, (), at(body, "Lake Victoria")),
        ),
        figures=(
            Figure(
                "about 200",
                200.0,
                "passengers",
                True,
                "passengers on the ferry",
                at(body, "about 200"),
            ),
            Figure("44", 44.0, "people", False, "people rescued", at(body, "44")),
        ),
        timeline=(
            monday,
            Event(
                "on March 20",
                PartialDate("2024-03-20"),
                "day",
                "government will hold an inquiry",
                at(body, "on March 20"),
            ),
        ),
        quotes=(
            Quote(
                "Grace Mushi",
                "We will not stop searching until everyone is found",
                False,
                at(body, "We will not stop searching until everyone is found"),
            ),
        ),
        sources=(
            Source("police", True, at(body, "police said")),
            Source("Grace Mushi", False, at(body, "Grace Mushi")),
        ),
        tags=("Tanzania", "Grace Mushi"),
        body=body,
        sentences=sentences(body),
        author=None,
        outlook=(
            Outlook(
                "The Tanzanian government will hold an inquiry on March 20",
                "will",
                "on March 20",
                PartialDate("2024-03-20"),
                "day",
                at(body, "The Tanzanian government will hold an inquiry on March 20"),
            ),
        ),
        event=MainEvent(
            what=Cited("capsized on Lake Victoria", at(body, "capsized on Lake Victoria")),
            who=(Cited("A ferry", at(body, "A ferry")),),
            when=monday,
            where=(Cited("Lake Victoria", at(body, "Lake Victoria")),),
        ),
    )


def toll() -> Brief:
    body = TOLL
    tuesday = Event(
        "on Tuesday",
        PartialDate("2024-03-05"),
        "day",
        "toll rose to 61",
        at(body, "on Tuesday"),
        True,
    )
    return Brief(
        id="ferry-toll-rises-to-61",
        source_path="seeds/ferry-toll.md",
        title="Ferry toll rises to 61",
        title_generated=False,
        published=date(2024, 3, 6),
        source="Example Wire",
        url=None,
        dateline="Mwanza",
        summary="The toll of the ferry that capsized on Lake Victoria rose to 61.",
        key_points=("61 people died.", "The navy joined the search."),
        actors=(
            Actor(
                "Grace Mushi",
                "person",
                ("Mushi",),
                "Regional commissioner",
                None,
                2,
                at(body, "Grace Mushi") + at(body, "Mushi", 1),
            ),
            Actor(
                "Tanzanian navy",
                "organization",
                (),
                None,
                "Tanzania",
                1,
                at(body, "Tanzanian navy"),
            ),
        ),
        places=(Place("Mwanza", "city", "TZ", -2.5164, 32.9175, (), at(body, "MWANZA")),),
        figures=(Figure("61", 61.0, "people", False, "toll of the ferry", at(body, "61")),),
        timeline=(tuesday,),
        quotes=(Quote("Grace Mushi", "The search goes on", False, at(body, "The search goes on")),),
        sources=(Source("Grace Mushi", False, at(body, "Grace Mushi")),),
        tags=("Tanzania",),
        body=body,
        sentences=sentences(body),
        event=MainEvent(
            what=Cited("rose to 61", at(body, "rose to 61")),
            when=tuesday,
            where=(Cited("Lake Victoria", at(body, "Lake Victoria")),),
        ),
    )


def election() -> Brief:
    body = ELECTION
    return Brief(
        id="lisbon-chooses-a-mayor",
        source_path="seeds/lisbon.txt",
        title="Lisbon chooses a mayor",
        title_generated=True,
        published=None,
        source=None,
        url=None,
        dateline="Lisbon",
        summary="Voters in Lisbon chose a new mayor.",
        key_points=(),
        actors=(),
        places=(Place("Lisbon", "city", "PT", 38.7167, -9.1333, (), at(body, "Lisbon")),),
        figures=(
            Figure("about 52 percent", 52.0, "%", True, "turnout", at(body, "about 52 percent")),
        ),
        timeline=(
            Event("on Sunday", None, None, "voters chose a new mayor", at(body, "on Sunday")),
        ),
        quotes=(),
        sources=(Source("the electoral commission", False, at(body, "the electoral commission")),),
        tags=("Portugal",),
        body=body,
        sentences=sentences(body),
    )


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    briefs = [capsize(), toll(), election()]
    analysis = analyse(briefs, today=TODAY)
    assert [len(s.members) for s in analysis.grouped] == [2], "the two ferry briefs make a story"
    pages = {
        p.src_uri: p.content
        for p in render_site(analysis, [], briefings_dir="briefings", site_name="Briefings")
    }
    made = {name: pages[uri] for name, uri in PAGES.items()}
    made["chapter.html"] = str(
        chapter_html(next(b for b in analysis.briefs if b.id == briefs[0].id))
    )
    return made


@pytest.mark.parametrize("name", [*PAGES, "chapter.html"])
def test_rendered_page_matches_its_golden_file(
    rendered: dict[str, str], name: str, update_goldens: bool
) -> None:
    golden = GOLDEN / name
    if update_goldens:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(rendered[name], encoding="utf-8")
    assert golden.is_file(), f"{golden} missing: run `pytest --update-goldens` and review it"
    expected = golden.read_text(encoding="utf-8")
    if rendered[name] != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), rendered[name].splitlines(), f"{golden}", "rendered", lineterm=""
        )
        pytest.fail(
            "\n".join([*list(diff)[:40], "(intended? `pytest --update-goldens`, review the diff)"])
        )
