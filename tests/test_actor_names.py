"""Short forms of actor names across briefings ("GM" / "General Motors", "Khan" / "Sadiq Khan"),
on hand-made briefs: joined where the corpus shows they are the same, never by a shared surname."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from briefgen.analysis import analyse
from briefgen.corpus.names import initials, shortens
from briefgen.corpus.view import view
from briefgen.records import Actor, Brief, Evidence
from briefgen.render import render_site
from tests.test_site_render import brief


def org(name: str, *aliases: str) -> Actor:
    return Actor(name, "organization", aliases=aliases, evidence=(Evidence(0, 9),))


def person(name: str, *aliases: str) -> Actor:
    return Actor(name, "person", aliases=aliases, evidence=(Evidence(0, 9),))


@pytest.mark.parametrize(
    ("short", "full", "person_name", "expected"),
    [
        ("GM", "General Motors", False, True),
        ("GM", "General Motors Corporation", False, True),
        ("GM", "GM Europe", False, False),
        ("UAW", "United Auto Workers", False, True),
        ("Khan", "Sadiq Khan", True, True),
        ("Ford", "William Clay Ford Jr", True, True),
        ("Khan", "Sadiq Khan", False, False),  # an organisation is no one's surname
        ("GM", "George Miller", True, False),  # a person is not known by initials here
        ("Sadiq", "Sadiq Khan", True, False),
    ],
)
def test_initials_of_organisations_and_surnames_of_people(
    short: str, full: str, person_name: bool, expected: bool
) -> None:
    assert shortens(short, full, person=person_name) is expected


def test_initials_leave_out_minor_and_legal_words() -> None:
    assert initials("Bank of England") == "BE"
    assert initials("General Motors Company") == "GM"


def test_gm_and_general_motors_share_one_page_titled_by_the_full_name() -> None:
    both = brief(1, actors=(org("General Motors"), org("GM")))
    short = brief(2, actors=(org("GM"),))
    europe = brief(3, actors=(org("GM Europe", "GM"), org("General Motors", "GM")))
    plain = brief(4, actors=(org("General Motors"),))
    pages = pages_of([both, short, europe, plain])
    assert "actors/general-motors.md" in pages and "actors/gm.md" not in pages
    page = pages["actors/general-motors.md"]
    assert '<h1 class="bg-title">General Motors</h1>' in page and "also called GM" in page
    for n in (1, 2, 3, 4):
        assert f"brief-{n:03d}/" in page
    assert "actors/gm-europe.md" in pages
    # the briefing that names both links each row to the one page
    links = re.findall(r'href="([^"]*actors/[^"]*)"', pages["briefings/brief-001.md"])
    assert links and set(links) == {"../../actors/general-motors/"}


def test_a_surname_joins_the_one_full_name_of_its_briefing_or_story() -> None:
    full = brief(1, actors=(person("Sadiq Khan"),))
    same_story = brief(2, actors=(person("Khan"),))
    other_story = brief(3, actors=(person("Khan"),))
    two_khans = brief(4, actors=(person("Sadiq Khan"), person("Imran Khan"), person("Khan")))
    stories = {"brief-001": "tram", "brief-002": "tram", "brief-003": "cricket", "brief-004": "x"}
    profiles = {p.name: p for p in view([full, same_story, other_story, two_khans], stories).actors}
    assert [m.brief.id for m in profiles["Sadiq Khan"].mentions] == [
        "brief-004",
        "brief-002",
        "brief-001",
    ]
    assert [m.brief.id for m in profiles["Khan"].mentions] == ["brief-004", "brief-003"]
    assert [m.brief.id for m in profiles["Imran Khan"].mentions] == ["brief-004"]


def test_a_story_of_the_analysis_lets_a_short_form_find_its_full_name() -> None:
    text = "Ferry capsized on Lake Victoria near Mwanza, passengers drowned, rescue divers searched"
    first = replace(brief(1, actors=(person("Joseph Mabula"),)), body=text, sentences=())
    second = replace(brief(2, actors=(person("Mabula"),)), body=text + " again", sentences=())
    analysis = analyse([first, second])
    assert len(analysis.grouped) == 1
    (profile,) = [p for p in analysis.view.actors if "Mabula" in p.name]
    assert profile.name == "Joseph Mabula" and profile.aliases == ("Mabula",)


def pages_of(briefs: list[Brief]) -> dict[str, str]:
    site = render_site(analyse(briefs), [], briefings_dir="briefings", site_name="Test")
    return {p.src_uri: p.content for p in site}


def test_initials_with_an_ampersand_find_their_name() -> None:
    both = brief(1, actors=(org("Procter & Gamble"), org("P&G")))
    (profile,) = view([both]).actors
    assert profile.name == "Procter & Gamble" and profile.aliases == ("P&G",)
