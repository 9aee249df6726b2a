"""Stories across briefings: grouping, figure threads, what's new and what's next.

The rules run first on hand-made briefs (no model); then the real extractor and a real site build
run on short articles in tests/fixtures/stories (a ferry disaster told three times, two unrelated
Taliban attacks a year apart).
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from briefgen.analysis import analyse
from briefgen.cli import main
from briefgen.extract import nlp
from briefgen.extract.outlook import extract_outlook
from briefgen.records import Actor, Article, Brief, Evidence, Figure, Outlook, Place, Quote
from briefgen.render import render_site
from briefgen.stories import build_stories
from briefgen.stories.changes import updates
from briefgen.stories.figures import figure_threads
from tests import browser as chromium
from tests.conftest import FIXTURES, SEED, build, make_project
from tests.test_site import parse

if TYPE_CHECKING:
    from playwright.sync_api import Browser

STORIES = FIXTURES / "stories"


def brief(
    name: str,
    body: str,
    published: date | None,
    figures: tuple[tuple[str, float, str], ...] = (),
    actors: tuple[str, ...] = (),
    quotes: tuple[str, ...] = (),
) -> Brief:
    """A brief over `body`: figures by (text, value, unit), found at their first occurrence."""

    def at(text: str) -> tuple[Evidence, ...]:
        start = body.index(text)
        return (Evidence(start, start + len(text)),)

    return Brief(
        id=name,
        source_path=f"seeds/{name}.md",
        title=name,
        title_generated=False,
        published=published,
        source=None,
        url=None,
        dateline=None,
        summary=body[:60],
        key_points=(),
        actors=tuple(Actor(a, "person", evidence=at(a)) for a in actors),
        places=(Place("Mwanza", "city", "TZ", evidence=at("Mwanza")),) if "Mwanza" in body else (),
        figures=tuple(
            Figure(text, value, unit, about=unit, evidence=at(text))
            for text, value, unit in figures
        ),
        timeline=(),
        quotes=tuple(Quote("someone", q, evidence=at(q)) for q in quotes),
        sources=(),
        tags=(),
        body=body,
        sentences=tuple(
            Evidence(body.index(s), body.index(s) + len(s)) for s in body.split(". ") if s
        ),
    )


DAY = date(2024, 3, 4)


def test_figures_of_the_same_thing_on_the_same_day_that_disagree_are_disputed() -> None:
    first = brief(
        "a",
        "In Mwanza 12 passengers died. 40 survivors were rescued",
        DAY,
        (("12", 12, "passengers"), ("40", 40, "survivors")),
    )
    second = brief(
        "b", "Officials in Mwanza said 19 passengers died", DAY, (("19", 19, "passengers"),)
    )
    later = brief(
        "c",
        "The toll in Mwanza rose to 23 passengers",
        date(2024, 3, 6),
        (("23", 23, "passengers"),),
    )
    threads = figure_threads([first, second, later])
    assert len(threads) == 1, "survivors are not passengers who died"
    (thread,) = threads
    assert [v.figure.value for v in thread.values] == [12, 19, 23]
    assert thread.disputed == (DAY,)
    assert thread.anchor == "Mwanza"


def test_a_figure_that_changes_over_days_is_not_disputed() -> None:
    first = brief("a", "In Mwanza 12 passengers died", DAY, (("12", 12, "passengers"),))
    later = brief(
        "b", "In Mwanza 23 passengers died", date(2024, 3, 6), (("23", 23, "passengers"),)
    )
    (thread,) = figure_threads([first, later])
    assert thread.changed and thread.disputed == ()


def test_approximate_figures_that_are_close_agree() -> None:
    first = brief("a", "In Mwanza about 850 soldiers serve", DAY, (("about 850", 850, "soldiers"),))
    second = brief(
        "b", "In Mwanza nearly 900 soldiers serve", DAY, (("nearly 900", 900, "soldiers"),)
    )
    approx = replace(first, figures=(replace(first.figures[0], approx=True),))
    (thread,) = figure_threads([approx, second])
    assert thread.disputed == ()
    (exact,) = figure_threads([first, second])
    assert exact.disputed == (DAY,)


def test_killed_and_injured_people_are_different_threads() -> None:
    first = brief("a", "In Mwanza 7 people were killed", DAY, (("7", 7, "people"),))
    second = brief("b", "In Mwanza 50 people were injured", DAY, (("50", 50, "people"),))
    assert figure_threads([first, second]) == ()


def test_a_thread_never_holds_two_values_of_one_briefing() -> None:
    # one briefing gives both sizes: they are two different bars, not one disputed figure
    both = brief(
        "a",
        "In Mwanza the 400 bars and the 170 bars were sold",
        DAY,
        (("400", 400, "bars"), ("170", 170, "bars")),
    )
    big = brief("b", "In Mwanza 400 bars were sold", DAY, (("400", 400, "bars"),))
    small = brief("c", "In Mwanza 170 bars were sold", DAY, (("170", 170, "bars"),))
    threads = figure_threads([both, big, small])
    assert sorted(sorted(v.figure.value or 0 for v in t.values) for t in threads) == [
        [170, 170],
        [400, 400],
    ]
    assert all(t.disputed == () for t in threads)


def test_numbers_that_name_rather_than_count_and_unanchored_counts_make_no_thread() -> None:
    first = brief("a", "In Mwanza the crash came on lap 19", DAY, (("19", 19, "lap"),))
    second = brief("b", "In Mwanza the crash came on lap 20", DAY, (("20", 20, "lap"),))
    assert figure_threads([first, second]) == ()
    # a count that is no headline count of the event needs an actor or place named beside it
    loose = brief("c", "About 12 passengers boarded", DAY, (("12", 12, "passengers"),))
    other = brief("d", "About 19 passengers boarded", DAY, (("19", 19, "passengers"),))
    assert figure_threads([loose, other]) == ()


def test_a_vague_quantity_disputes_no_count() -> None:
    first = brief("a", "In Mwanza dozens passengers died", DAY, (("dozens", 12, "passengers"),))
    second = brief("b", "In Mwanza 30 passengers died", DAY, (("30", 30, "passengers"),))
    (thread,) = figure_threads([first, second])
    assert thread.disputed == ()


def test_what_is_new_lists_new_actors_changed_figures_and_new_quotes() -> None:
    first = brief(
        "a",
        "Joseph Mabula said 12 passengers died in Mwanza. We are searching",
        DAY,
        (("12", 12, "passengers"),),
        actors=("Joseph Mabula",),
        quotes=("We are searching",),
    )
    second = brief(
        "b",
        "Mabula and Grace Kilonzo said 23 passengers died in Mwanza. We are searching. The ferry was full",
        date(2024, 3, 6),
        (("23", 23, "passengers"),),
        actors=("Mabula", "Grace Kilonzo"),
        quotes=("We are searching", "The ferry was full"),
    )
    threads = figure_threads([first, second])
    opening, update = updates([first, second], threads)
    assert opening.previous is None
    assert update.previous is first
    assert [a.name for a in update.new_actors] == ["Grace Kilonzo"]
    assert [(c.before.figure.value, c.after.figure.value) for c in update.changed_figures] == [
        (12, 23)
    ]
    assert update.new_figures == ()
    assert [q.text for q in update.new_quotes] == ["The ferry was full"]


def test_stories_are_ordered_by_date_and_named_by_a_member() -> None:
    text = "Ferry capsized on Lake Victoria near Mwanza, passengers drowned, rescue divers searched"
    late = brief("late", text + " again", date(2024, 3, 6))
    early = brief("early", text, DAY)
    other = brief("other", "Chocolate maker changes the shape of its triangular bar", DAY)
    stories = build_stories([late, other, early])
    grouped = next(s for s in stories if len(s.members) == 2)
    assert [b.id for b in grouped.members] == ["early", "late"]
    assert (grouped.start, grouped.end) == (DAY, date(2024, 3, 6))
    assert grouped.title in {"early", "late"}


@pytest.mark.parametrize(
    ("sentence", "cue", "when"),
    [
        ("The ministry plans to reopen the border crossing next month.", "plan to", "2024-04"),
        ("Prices are expected to rise sharply.", "expect to", None),
        ("The talks will resume on March 20 in Geneva.", "will", "2024-03-20"),
        ("Parliament is due to vote on the budget.", "due to", None),
        ("Voters go to the polls on March 31.", "future date", "2024-03-31"),
    ],
)
def test_statements_about_the_future_are_whats_next(
    sentence: str, cue: str, when: str | None
) -> None:
    body = f"Officials met in Geneva on Monday. {sentence}"
    article = Article(source_path="x.md", body=body, published=DAY)
    (found,) = extract_outlook(nlp.parse(body), article)
    assert (found.cue, found.date) == (cue, when)
    assert body[found.evidence[0].start : found.evidence[0].end] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "During the campaign he promised to repeal the law.",
        "The meeting was expected to last an hour.",
        "Talks were held on March 1 in Geneva.",
        "With that deadline nearing, the group launched an offensive.",
    ],
)
def test_past_intentions_and_past_dates_are_not_whats_next(sentence: str) -> None:
    article = Article(source_path="x.md", body=sentence, published=DAY)
    assert extract_outlook(nlp.parse(sentence), article) == ()


# --- the real extractor and a real site --------------------------------------------------------


def test_stories_cli_groups_one_event_and_keeps_unrelated_attacks_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["stories", str(STORIES), "--json"]) == 0
    stories = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    groups = sorted(sorted(Path(p).stem for p in s["members"]) for s in stories)
    assert groups == [
        ["ferry-capsizes", "ferry-toll-disputed", "ferry-victims-named"],
        ["kandahar-attack"],
        ["kunduz-attack"],
    ]
    ferry = next(s for s in stories if len(s["members"]) == 3)
    assert (ferry["start"], ferry["end"]) == ("2024-03-04", "2024-03-06")
    assert {"id", "title"} <= ferry.keys()
    (thread,) = ferry["figure_threads"]
    assert [v["value"] for v in thread["values"]] == [12, 19, 23]
    assert thread["disputed"] == ["2024-03-04"]


@pytest.fixture(scope="module")
def story_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("stories"), [SEED, *sorted(STORIES.iterdir())])
    assert build(project, "--strict") == 0
    return project / "site"


def text_of(path: Path) -> str:
    return " ".join(" ".join(parse(path).parts).split())


def page(site: Path, *parts: str) -> Path:
    return site.joinpath(*parts, "index.html")


def briefing(site: Path, stem: str) -> Path:
    briefs = json.loads((site / "briefings" / "briefs.json").read_text(encoding="utf-8"))
    (found,) = [b["id"] for b in briefs if b["source_path"].endswith(f"/{stem}.md")]
    return page(site, "briefings", found)


def assert_links_reach_sentences(site: Path, source: Path) -> int:
    """Every link to a `#sN` anchor from `source` lands on an existing sentence; returns the count."""
    checked = 0
    for href in parse(source).hrefs:
        parts = urlsplit(href)
        if not parts.fragment.startswith("s") or not parts.fragment[1:].isdigit():
            continue
        target = source if not parts.path else Path(posixpath.normpath(source.parent / parts.path))
        if target.is_dir():
            target = target / "index.html"
        assert parts.fragment in parse(target).ids, href
        checked += 1
    return checked


@pytest.mark.slow
def test_disputed_figure_is_flagged_on_both_briefings_and_the_disputed_page(
    story_site: Path,
) -> None:
    for stem, own, other in (("ferry-capsizes", "12", "19"), ("ferry-toll-disputed", "19", "12")):
        path = briefing(story_site, stem)
        text = text_of(path)
        assert "Disputed figures" in text
        assert f"{own} here" in text and other in text
        assert assert_links_reach_sentences(story_site, path) >= 3
    disputed = page(story_site, "stories", "disputed")
    text = text_of(disputed)
    assert "12 in Ferry capsizes on Lake Victoria near Mwanza" in text
    assert "19 in Mwanza ferry disaster leaves many dead" in text
    assert assert_links_reach_sentences(story_site, disputed) == 3
    assert "Disputed figures" not in text_of(briefing(story_site, "kandahar-attack"))


@pytest.mark.slow
def test_story_page_lists_what_is_new_between_briefings(story_site: Path) -> None:
    index = parse(page(story_site, "stories"))
    (story_href,) = [h for h in index.hrefs if "mwanza" in h]
    story = page(story_site, "stories", story_href.strip("/").split("/")[-1])
    text = text_of(story)
    members = text.split("Briefings in order")[-1]
    order = [
        members.index(t)
        for t in ("Ferry capsizes on Lake", "Mwanza ferry disaster leaves", "Victims of the Mwanza")
    ]
    assert order == sorted(order)
    new_since = text.split("Since “Mwanza ferry disaster leaves many dead, officials say”:")[1]
    assert "Makame Mbarawa" in new_since and "Amina Juma" in new_since
    assert "19 → 23" in new_since
    assert "Those responsible for overloading the ferry" in new_since
    assert "Grace Kilonzo" in text.split("Since “Ferry capsizes on Lake Victoria near Mwanza”:")[1]
    timeline = text.split("Timeline")[-1]  # the last heading of the page
    assert "2024-03-03" in timeline  # the merged timeline holds every member's dates …
    assert "2024-04-15" not in timeline  # … up to its publication: the inquiry's date lies ahead
    assert assert_links_reach_sentences(story_site, story) >= 8


@pytest.mark.slow
def test_future_deadline_is_under_whats_next_and_on_upcoming_dates(story_site: Path) -> None:
    path = briefing(story_site, "ferry-victims-named")
    next_section = text_of(path).split("What's next")[-1].split("Places")[0]
    assert "The inquiry will report its findings by April 15" in next_section
    assert "2024-04-15" in next_section
    upcoming = page(story_site, "stories", "upcoming")
    text = text_of(upcoming)
    # built long after the date, but judged as of the newest briefing (2024-03-06): still ahead
    assert "2024-04-15" in text and "2024-04-15 past" not in text
    assert "Dates before 2024-03-06, the publication date of the newest briefing" in text
    assert "The inquiry will report its findings by April 15" in text
    assert assert_links_reach_sentences(story_site, upcoming) == 1


@pytest.mark.slow
def test_seed_withdrawal_deadline_is_under_whats_next(
    built_site: Path, seed_brief: dict[str, Any]
) -> None:
    text = text_of(page(built_site, "briefings", str(seed_brief["id"])))
    next_section = text.split("What's next")[-1].split("Places")[0]
    assert (
        "the withdrawal of U.S. forces will be completed by the beginning of September"
        in next_section
    )
    outlook = seed_brief["outlook"]
    assert any("completed by the beginning of September" in o["text"] for o in outlook)


@pytest.mark.slow
@pytest.mark.browser
def test_reader_follows_a_disputed_value_to_its_highlighted_sentence(
    browser: Browser, story_site: Path
) -> None:
    with chromium.serve(story_site) as base:
        watched = chromium.watch(browser)
        page = watched.page
        page.goto(f"{base}stories/disputed/")
        page.get_by_role("link", name="19", exact=True).click()
        target = page.locator(".bg-s:target")
        assert "19 passengers died" in target.inner_text()
        flag = page.locator(".bg-disputed")
        assert flag.is_visible() and "12" in flag.inner_text()
        assert watched.console_errors == [] and watched.page_errors == []
        assert watched.outside_requests == []
        page.context.close()


def test_article_text_cannot_inject_html_into_story_pages() -> None:
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    text = f"{evil} said 12 passengers died in Mwanza. {evil} will return"
    first = replace(
        brief("a", text, DAY, (("12", 12, "passengers"),), actors=(evil,), quotes=(evil,)),
        title=f"Ferry {evil}",
    )
    second = replace(
        brief(
            "b",
            f"{evil} again said 19 passengers died in Mwanza",
            DAY,
            (("19", 19, "passengers"),),
            actors=(evil,),
            quotes=(evil + " again",),
        ),
        title=f"Ferry {evil} again",
    )
    outlook = Outlook(text=evil, cue="will", evidence=first.figures[0].evidence)
    first = replace(first, outlook=(outlook,))
    pages = render_site(
        analyse([first, second], today=DAY), [], briefings_dir="briefings", site_name="S"
    )
    rendered = [p.content for p in pages if p.src_uri.endswith(".md")]
    assert any("disputed" in content for content in rendered)
    assert sum("&lt;script&gt;" in content for content in rendered) >= 3  # shown, escaped
    for content in rendered:
        assert "<script" not in content and "<img" not in content
