"""Web-page clutter: lines of page furniture dropped by the readers, on lines and on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import readers
from briefgen.readers.clutter import drop_clutter, is_clutter

ARTICLES = Path(__file__).parent / "gold" / "articles"


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright EPA Image caption Doctors said the man was stable",
        "UK news in pictures 19 show all",
        "1/19",
        "Photo: Sam Smith/Getty Images",
        "Pedestrians pass a newspaper headline in Harare, Thursday. (Associated Press)",
        "Waiters hold drinks at a dinner in Tokyo, Japan November 6, 2017. REUTERS/Jonathan Ernst",
        "Zimbabwe capital calm despite military takeover of government0:35",
        "Sign up for free newsletters and get more CNBC delivered to your inbox",
        "Related: 34 things to know about the new tax law",
        "Read more: Duisburg – Three Travel Tips",
        "By Sam Meredith, CNBC",
        "Reporting by Rodrigo Campos; Editing by Nick Zieminski",
        "pic.twitter.com/MYwRz9euaq",
        "Invalid Email",
        "Comments",
        "___",
    ],
)
def test_a_furniture_line_is_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, officials said the talks had failed.",
        "He said the strike killed 10 people in the US/Canada border area.",
        "Photographers gathered outside the court on Monday.",
        "Subscribers to the service were told on Friday that prices would rise.",
        # an embedded post's trailer says who posted it and when
        "— The Nigerian Senate (@NGRSenate) October 9, 2018",
    ],
)
def test_a_sentence_of_the_story_is_not_clutter(line: str) -> None:
    assert not is_clutter(line)


def test_lines_are_dropped_whole_and_the_others_kept_exactly() -> None:
    text = "The council met on Monday.\nImage copyright Reuters\nIt voted 5-4 to close the road."
    assert drop_clutter(text) == "The council met on Monday.\nIt voted 5-4 to close the road."


def test_a_gallery_that_repeats_its_title_before_every_caption_is_dropped() -> None:
    captions = [
        f"Port of Duisburg turns 300 Caption number {n} says what the picture shows."
        for n in range(4)
    ]
    text = "\n".join(["The port handles 130 million tons a year.", *captions])
    assert drop_clutter(text) == "The port handles 130 million tons a year."


def test_a_text_that_is_all_furniture_is_left_for_the_reader_to_report() -> None:
    assert drop_clutter("Comments\n___") == "Comments\n___"


def test_a_saved_page_loses_its_page_furniture() -> None:
    article = readers.read(ARTICLES / "goose3" / "politico-2012-electoral-map.html")
    lines = article.body.split("\n")
    assert "Main Content" not in lines and "-" not in lines
    assert any("Census Bureau" in line for line in lines)


def test_a_scraped_caption_with_its_credit_is_dropped_and_the_story_kept() -> None:
    article = readers.read(ARTICLES / "newsplease-2016" / "255862df-costa-rica-plane-crash.md")
    assert "Agence Francepresse" not in article.body
    assert "Investigators are looking into what caused a charter aircraft" in article.body


def test_video_links_of_a_broadcaster_page_are_dropped() -> None:
    article = readers.read(ARTICLES / "newsplease-2016" / "33dbe241-zimbabwe-mugabe-talks.md")
    assert "takeover of government0:35" not in article.body
    assert "(Ben Curtis/Associated Press)" not in article.body


def test_a_hover_card_inside_a_paragraph_is_dropped_and_its_name_kept() -> None:
    from briefgen.readers.cards import drop_cards

    page = (
        "<html><body><div><p>Police said <span class='who'><a href='/p/jane'>Jane Roe</a>"
        "<span><span><img src='jane.jpg'><a href='/p/jane'>Jane Roe</a>"
        "<a href='/s/1'>Headline one | Headline two</a> <a href='/p/jane'>MORE</a>"
        "</span></span></span> (R) was <a href='/x'><img src='i.png'></a> arrested, "
        "the <b>court</b> heard.</p><figure><img src='f.jpg'><a href='/c'>Caption</a></figure>"
        "</div></body></html>"
    )
    cleaned = drop_cards(page)
    assert "Police said Jane Roe (R) was  arrested" in cleaned
    assert "Headline" not in cleaned and "MORE" not in cleaned
    assert "<b>court</b>" in cleaned and "f.jpg" in cleaned  # text and figures untouched
    assert drop_cards("<p>No image here.</p>") == "<p>No image here.</p>"


def test_a_real_page_s_hover_cards_never_reach_the_text() -> None:
    from pathlib import Path

    from briefgen.readers import read

    page = Path(__file__).parent / "gold/articles/zyte/6ebac05f63-thehill-omar-threat-plea.html"
    body = read(page).body
    assert "Rep. Ilhan Omar (D-Minn.)" in body
    assert "Hillicon" not in body and "OmarIlhan" not in body
