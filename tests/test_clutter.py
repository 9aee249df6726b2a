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
