"""Rendering and cross-brief merging on hand-made briefs: no spaCy, no MkDocs, fast."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from briefgen.analysis import analyse
from briefgen.corpus.view import view
from briefgen.partial_date import PartialDate
from briefgen.records import Actor, Brief, Cited, Event, Evidence, MainEvent, Place, Quote
from briefgen.render import render_site
from briefgen.render.indexes import HOME_MEMBERS, HOME_STORIES
from briefgen.render.paging import MAX_PER_PAGE, MIN_PER_PAGE, bounds

BODY = "Acme Corp opened a plant in Tashkent on May 3. It cost $5 million."


def brief(n: int, **changes: object) -> Brief:
    base = Brief(
        id=f"brief-{n:03d}",
        source_path=f"seeds/{n:03d}.md",
        title=f"Briefing number {n}",
        title_generated=False,
        published=date(2024, 1, 1) + timedelta(days=n),
        source="Example Wire",
        url=None,
        dateline=None,
        summary="Acme Corp opened a plant in Tashkent.",
        key_points=("Acme Corp opened a plant.",),
        actors=(Actor("Acme Corp", "organization", evidence=(Evidence(0, 9),)),),
        places=(Place("Tashkent", "city", "UZ", 41.26, 69.22, evidence=(Evidence(28, 36),)),),
        figures=(),
        timeline=(
            Event(
                "May 3",
                PartialDate(f"{2024 + n % 3}-05-03"),
                "day",
                "plant opened",
                (Evidence(40, 45),),
            ),
        ),
        quotes=(),
        sources=(),
        tags=("Uzbekistan", "Acme Corp"),
        body=BODY,
        sentences=(Evidence(0, 46), Evidence(47, len(BODY))),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def pages_of(briefs: list[Brief], **options: Any) -> dict[str, str]:
    site = render_site(analyse(briefs), [], briefings_dir="briefings", site_name="Test", **options)
    return {p.src_uri: p.content for p in site}


def test_long_lists_are_paginated() -> None:
    pages = pages_of([brief(n) for n in range(120)])
    assert {"briefings/index.md", "briefings/page/2.md"} <= set(pages)
    last = max(int(u.split("/")[-1][:-3]) for u in pages if u.startswith("briefings/page/"))
    for uri in (
        "briefings/index.md",
        f"briefings/page/{last}.md",
        "actors/acme-corp.md",
        "places/tashkent/page/2.md",
    ):
        listed = re.findall(r'<li><a href="[^"]*brief-\d{3}/">', pages[uri])
        assert 0 < len(listed) <= MAX_PER_PAGE, uri
        assert len(listed) >= MIN_PER_PAGE or uri.endswith(f"/{last}.md"), uri
    assert "actors/acme-corp/page/2.md" in pages and "tags/acme-corp/page/2.md" in pages
    assert (
        'rel="next"' in pages["briefings/index.md"]
        and 'rel="prev"' in pages[f"briefings/page/{last}.md"]
    )
    assert (
        "search:\n  exclude: true" in pages["briefings/page/2.md"]
    )  # later pages stay out of search
    home = pages["index.md"]  # a few stories, never the whole list
    assert len(set(re.findall(r"brief-\d{3}/", home))) <= HOME_STORIES + HOME_MEMBERS


def test_pager_links_work_without_directory_urls() -> None:
    pages = pages_of([brief(n) for n in range(60)], directory_urls=False)
    assert 'href="page/2.html" rel="next"' in pages["briefings/index.md"]
    assert 'href="../index.html" rel="prev"' in pages["briefings/page/2.md"]


def test_actors_merge_by_alias_but_not_by_a_shared_surname() -> None:
    a = brief(1, actors=(Actor("Stanikzai", "person"),))
    b = brief(2, actors=(Actor("Sher Mohammad Abbas Stanikzai", "person", aliases=("Stanikzai",)),))
    c = brief(
        3,
        actors=(Actor("Boris Johnson", "person", aliases=("Johnson",)), Actor("Johnson", "person")),
    )
    d = brief(4, actors=(Actor("Lyndon Johnson", "person", aliases=("Johnson",)),))
    e = brief(5, actors=(Actor("Johnson", "person"),))
    profiles = {p.name: p for p in view([a, b, c, d, e]).actors}
    assert {m.brief.id for m in profiles["Sher Mohammad Abbas Stanikzai"].mentions} == {a.id, b.id}
    assert "Stanikzai" not in profiles
    # c's own "Johnson" is its Boris Johnson; e's, with no full name beside it, is nobody's
    assert [m.brief.id for m in profiles["Boris Johnson"].mentions] == [c.id]
    assert [m.brief.id for m in profiles["Lyndon Johnson"].mentions] == [d.id]
    assert [m.brief.id for m in profiles["Johnson"].mentions] == [e.id]


def test_quotes_are_credited_to_the_actor_page() -> None:
    quoted = brief(
        1, quotes=(Quote("Acme Corp", "We are here to stay", evidence=(Evidence(0, 9),)),)
    )
    pages = pages_of([quoted, brief(2)])
    assert "We are here to stay" in pages["actors/acme-corp.md"]
    assert 'href="../../briefings/brief-001/#s1"' in pages["actors/acme-corp.md"]


def test_timeline_is_newest_first_and_grouped_by_month() -> None:
    # published in the summer of 2026, each telling of a May 3 of 2024, 2025 or 2026
    pages = pages_of([brief(n, published=date(2026, 6, 1) + timedelta(days=n)) for n in range(6)])
    dates = re.findall(r'class="bg-fact" title="[^"]*">(\d{4}-\d\d-\d\d)<', pages["timeline.md"])
    assert dates == sorted(dates, reverse=True) and len(dates) == 6
    assert re.findall(r"^## (.+)$", pages["timeline.md"], re.M) == [
        "May 2026",
        "May 2025",
        "May 2024",
    ]


def test_a_date_after_publication_is_whats_next_not_timeline() -> None:
    # published in January 2024, "May 3" of 2025 lies ahead of it
    ahead = brief(1)
    pages = pages_of([ahead])
    assert "No dated events yet" in pages["timeline.md"]
    page = pages["briefings/brief-001.md"]
    timeline, whats_next = page.split("## What's next")
    assert "2025-05-03" not in timeline.split("## Timeline")[1]
    assert "Acme Corp opened a plant in Tashkent on May 3." in whats_next.split("## ")[0]
    upcoming = pages["stories/upcoming.md"]
    assert "2025-05-03" in upcoming and 'class="bg-past"' not in upcoming


def test_article_text_never_becomes_markup() -> None:
    evil = "<script>alert(1)</script>"
    hostile = brief(
        1,
        title=f'Title {evil}" onload="x',
        summary=f"Summary {evil}",
        url="javascript:alert(1)",
        actors=(Actor('<img src=x onerror=alert(1)> "Name', "person", role=evil),),
        places=(Place(f"Place {evil}", "city", "UZ", 41.0, 69.0),),
        quotes=(Quote(evil, evil),),
        tags=('tag"><script>x</script>',),
        body=f"{evil} body",
        sentences=(Evidence(0, 10),),
    )
    pages = pages_of([hostile, brief(2)])
    ET.fromstring(pages["feed.xml"])  # still well-formed XML
    for uri, content in pages.items():
        if not uri.endswith(".md"):
            continue  # JSON and XML carry the text as data, escaped by their writers
        assert "<script" not in content and "<img" not in content, uri
        assert "javascript:" not in content, uri
        if content.startswith("---\n"):
            front = content.split("---\n")[1]
            assert "<" not in front and '"' not in front.replace('\\"', ""), uri


def test_rss_has_absolute_links_with_a_site_url_and_survives_control_characters() -> None:
    odd = brief(1, title="Bell \x07 & <ring>", url="https://example.org/a?x=1&y=2")
    feed = pages_of([odd, brief(2)], site_url="https://briefs.example.org/sub")["feed.xml"]
    root = ET.fromstring(feed)
    items = root.findall("./channel/item")
    assert [i.findtext("link") for i in items] == [
        "https://briefs.example.org/sub/briefings/brief-002/",
        "https://briefs.example.org/sub/briefings/brief-001/",
    ]
    assert items[1].findtext("title") == "Bell  & <ring>"
    assert items[0].findtext("pubDate") == "Wed, 03 Jan 2024 00:00:00 +0000"


def test_a_map_only_for_located_places() -> None:
    nowhere = brief(1, places=(Place("Atlantis", "other"),))
    pages = pages_of([nowhere, brief(2)])
    assert (
        "<svg" not in pages["places/atlantis.md"]
        and "coordinates unknown" in pages["places/atlantis.md"]
    )
    assert pages["places/tashkent.md"].count("<svg") == 1
    assert "<svg" in pages["places/index.md"]  # the overview map


def test_front_matter_stays_one_line_and_entity_free() -> None:
    tricky = brief(1, title="Line one\n---\nscript: &lt;b&gt; & more", summary="A & B")
    front = pages_of([tricky, brief(2)])["briefings/brief-001.md"].split("---\n")[1]
    assert "title: 'Line one --- script: ＆lt;b＆gt; ＆ more'\n" in front
    assert "description: A & B\n" in front  # a bare ampersand starts no entity: kept


def test_an_event_dated_by_publication_links_no_sentence() -> None:
    when = Event("date of publication", PartialDate("2024-01-02"), "day", "")
    event = MainEvent(what=Cited("opened a plant", (Evidence(10, 24),)), when=when)
    page = next(v for k, v in pages_of([brief(1, event=event)]).items() if "brief-001" in k)
    shown = page[page.index("<dt>When</dt>") :][:300]
    assert "2024-01-02" in shown and "(date of publication)" in shown and "href" not in shown


def test_a_new_item_at_the_top_of_a_list_changes_only_the_first_page() -> None:
    items = [brief(n) for n in range(400)]
    before = bounds(items)
    after = bounds([brief(999), *items])
    assert len(before) >= 4
    # page breaks come from the items themselves: past the first page, every page holds the
    # same items as before (shifted by the one new item)
    assert [(s + 1, e + 1) for s, e in before[1:]] == after[1:]
