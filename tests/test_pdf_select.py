"""`briefgen pdf --since/--until/--story/--tag`: which briefings a book holds and what its title
says, on hand-made briefs (no model, no PDF); the book itself is read in test_pdf_books.py."""

from __future__ import annotations

from datetime import date

import pytest
from markupsafe import Markup

from briefgen.cli import main
from briefgen.pdf import book_html, book_parts
from briefgen.pdf.select import Selection, SelectionError, choose, parse_bound
from briefgen.records import Brief
from briefgen.stories import Story
from tests.checks import bare_brief


def made(name: str, published: date | None, *tags: str) -> Brief:
    return bare_brief(
        id=name, title=name.replace("-", " ").title(), published=published, tags=tuple(tags)
    )


FERRY_1 = made("ferry-capsizes", date(2016, 6, 30), "Ferry")
FERRY_2 = made("toll-rises", date(2016, 7, 2), "ferry", "Lake")
FERRY_3 = made("inquiry-opens", date(2016, 8, 1), "Ferry")
BRIDGE = made("bridge-opens", date(2016, 7, 31), "Lake")
UNDATED = made("undated-note", None, "Lake")
BRIEFS = [FERRY_3, BRIDGE, FERRY_2, FERRY_1, UNDATED]  # newest first, as the analysis gives them
FERRY = Story(
    "ferry-disaster",
    "Ferry disaster on the lake",
    (FERRY_1, FERRY_2, FERRY_3),
    date(2016, 6, 30),
    date(2016, 8, 1),
)
STORIES = [
    FERRY,
    *(Story(b.id, b.title, (b,), b.published, b.published) for b in (BRIDGE, UNDATED)),
]


CHAPTERS = {b.id: Markup(f'<section id="ch-{b.id}"></section>') for b in BRIEFS}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2016-07-05", date(2016, 7, 5), date(2016, 7, 5)),
        ("2016-07", date(2016, 7, 1), date(2016, 7, 31)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),  # a leap year's February
        ("2016", date(2016, 1, 1), date(2016, 12, 31)),
        (" 2016-07 ", date(2016, 7, 1), date(2016, 7, 31)),
    ],
)
def test_a_bound_is_a_day_a_month_or_a_year(text: str, start: date, end: date) -> None:
    assert parse_bound(text, end=False) == start
    assert parse_bound(text, end=True) == end


@pytest.mark.parametrize(
    "text", ["yesterday", "2016-7-1", "01/07/2016", "2016-13", "2016-02-30", "20160701", "", "0000"]
)
def test_a_bad_bound_says_which_forms_are_taken(text: str) -> None:
    with pytest.raises(SelectionError, match="2016-07-31"):
        parse_bound(text, end=False)


def test_no_option_is_the_whole_book_untitled() -> None:
    chosen = choose(BRIEFS, STORIES, Selection())
    assert chosen.briefs == tuple(BRIEFS) and chosen.title is None and chosen.undated_left_out == 0
    assert choose([], [], Selection()).briefs == ()  # an empty project is not a selection error


def test_dates_include_both_ends_and_leave_undated_out_counted() -> None:
    july = Selection(since=date(2016, 7, 1), until=date(2016, 7, 31))
    chosen = choose(BRIEFS, STORIES, july)
    assert [b.id for b in chosen.briefs] == ["bridge-opens", "toll-rises"]
    assert chosen.title == "Briefings 2016-07-01 to 2016-07-31"
    assert chosen.undated_left_out == 1
    since = choose(BRIEFS, STORIES, Selection(since=date(2016, 7, 31)))
    assert [b.id for b in since.briefs] == ["inquiry-opens", "bridge-opens"]
    assert since.title == "Briefings since 2016-07-31"
    assert choose(BRIEFS, STORIES, Selection(until=date(2016, 6, 30))).title == (
        "Briefings until 2016-06-30"
    )
    one_day = Selection(since=date(2016, 7, 2), until=date(2016, 7, 2))
    assert choose(BRIEFS, STORIES, one_day).title == "Briefings of 2016-07-02"


def test_story_and_tag_select_and_name_the_book() -> None:
    story = choose(BRIEFS, STORIES, Selection(story="ferry-disaster"))
    assert [b.id for b in story.briefs] == ["inquiry-opens", "toll-rises", "ferry-capsizes"]
    assert story.title == "Story: Ferry disaster on the lake"
    tag = choose(BRIEFS, STORIES, Selection(tag="LAKE"))
    assert [b.id for b in tag.briefs] == ["bridge-opens", "toll-rises", "undated-note"]
    assert tag.title == "Tag: Lake" and tag.undated_left_out == 0  # the tag as briefings write it


def test_options_combine_and_every_one_narrows() -> None:
    both = Selection(since=date(2016, 7, 1), story="ferry-disaster", tag="lake")
    chosen = choose(BRIEFS, STORIES, both)
    assert [b.id for b in chosen.briefs] == ["toll-rises"]
    assert (
        chosen.title == "Story: Ferry disaster on the lake · Tag: Lake · Briefings since 2016-07-01"
    )
    assert chosen.undated_left_out == 0  # the undated briefing is of no story: not left out by date


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        (
            Selection(since=date(2017, 1, 1)),
            "no briefing matches Briefings since 2017-01-01 .1 undated",
        ),
        (Selection(story="ferry-disaster", until=date(2016, 6, 1)), "no briefing matches Story"),
        (Selection(story="no-such-story"), "no story 'no-such-story'"),
        (Selection(tag="volcano"), "no briefing is tagged 'volcano'"),
        (Selection(since=date(2016, 8, 2), until=date(2016, 8, 1)), "is after --until"),
    ],
)
def test_a_selection_of_nothing_is_an_error(selection: Selection, message: str) -> None:
    with pytest.raises(SelectionError, match=message):
        choose(BRIEFS, STORIES, selection)


def test_a_storys_part_says_how_many_of_its_briefings_the_book_holds() -> None:
    chosen = choose(BRIEFS, STORIES, Selection(since=date(2016, 7, 1)))
    parts = book_parts(chosen.briefs, [FERRY])
    assert [(p.title, [b.id for b in p.briefs], p.of) for p in parts] == [
        ("Ferry disaster on the lake", ["toll-rises", "inquiry-opens"], 3),
        ("Other briefings", ["bridge-opens"], 0),
    ]
    html = book_html(
        parts,
        CHAPTERS,
        site_name="Desk",
        undated=0,
        title=chosen.title,
        left_out=chosen.undated_left_out,
    )
    assert "<title>Briefings since 2016-07-01 (Desk)</title>" in html
    assert '<h1 class="cover-title cover-selection">Briefings since 2016-07-01</h1>' in html
    assert "1 undated briefing left out" in html
    assert "Story · 2 of 3 briefings" in html
    whole = book_html(book_parts(BRIEFS, [FERRY]), CHAPTERS, site_name="Desk", undated=1)
    assert "<title>Desk: briefing book</title>" in whole and "left out" not in whole
    assert "Story · 3 briefings" in whole


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_the_cli_refuses_a_bad_date_before_any_work(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["pdf", "-f", "no-such/mkdocs.yml", option, "2016-31"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: '2016-31' is not a real date" in err
