"""Page furniture named by its markup or its shape: captions marked in class names, live counter
widgets, box headings, section labels and gallery pointers (issue 15, collection
postlight-fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import readers
from briefgen.readers.clutter import drop_clutter, is_clutter
from briefgen.readers.markup import drop_marked
from briefgen.readers.widgets import drop_counters

PAGES = Path(__file__).parent / "gold" / "articles" / "postlight-fixtures"


def test_an_element_its_class_names_a_caption_is_dropped_before_extraction() -> None:
    page = (
        "<html><body><article><h1>Trade row</h1><img src='a.jpg'>"
        "<p class='ins_instory_dv_caption'>The president said he spoke to the premier.</p>"
        "<div class='img_cptn'>File photo of the president. (Reuters)</div>"
        "<p>The president warned of retaliation on Monday.</p></article></body></html>"
    )
    cleaned = drop_marked(page)
    assert "spoke to the premier" not in cleaned and "File photo" not in cleaned
    assert "warned of retaliation on Monday" in cleaned and "a.jpg" in cleaned


def test_a_container_whose_class_mentions_captions_keeps_its_paragraphs() -> None:
    paragraphs = "".join(f"<p>Paragraph {n} of the story.</p>" for n in range(3))
    page = f"<html><body><div class='story with-caption'>{paragraphs}</div></body></html>"
    assert "Paragraph 2 of the story." in drop_marked(page)
    assert drop_marked("<p>No markup here.</p>") == "<p>No markup here.</p>"


def test_a_counter_widget_its_heading_and_its_summary_are_dropped() -> None:
    lines = [
        "The government banned exports of the drug on March 25.",
        "World",
        "28,25,140Cases",
        "1,97,666Deaths",
        "The total confirmed cases worldwide are 28,25,140 and 1,97,666 have died as on April 25.",
        "The ministry said supplies would resume.",
    ]
    assert drop_counters(lines) == [lines[0], lines[-1]]


def test_a_numbered_list_of_the_story_is_no_counter_widget() -> None:
    lines = ["The happiest countries are:", "1. Finland", "2. Norway", "3. Australia"]
    assert drop_counters(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Key Highlights",
        "Highlights",
        "Business·Updated",
        "See photos from this story:",
        # a related-story link in square brackets, a pointer to an embedded chart
        "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",
        "This graphic, provided by Statista, shows the U.S. states where marijuana is legal.",
        "The chart below shows how prices rose after the ban.",
        "The following map shows where the fires burn.",
        # share-link labels, credits, author handles, section and related-list labels
        "(opens in a new tab)",
        "[Featured Image by Joe Raedle/Getty Images]",
        "Images: Pexels ; Hannah Burton/Bustle",
        "VIDEO COURTESY OF MONOTYPE",
        "The basement at 80 New York. (Scott Heins/Gothamist)",
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Twitter: @howardblume",
        "MORE ON EDUCATION",
        "You may also like:",
        "Also:",
        "UPDATES:",
        "Published",
        "Advertisements",
        # sign-up and notification prompts
        "Get up to speed with our Essential California newsletter, sent six days a week.",
        "Thank you for signing up to Android Central. You will receive a verification email.",
        "Click 'OK' then 'Allow' to enable notifications",
    ],
)
def test_a_box_heading_section_label_or_gallery_pointer_is_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "The highlights of the budget were a tax cut and a rail line.",
        "Updated figures from the ministry showed 40 more cases.",
        "See the full report for the committee's other findings.",
        "This video was shared two million times before it was taken down, police said.",
        "The video shows an officer firing at the car, the lawyer said.",
        "The map shows a border that both countries claim.",
        "Also, the council voted to close the road.",
        "More on the plan would be published next week, the minister said.",
        "The vote was 52-48 (Democrats/Republicans split on party lines) in the Senate.",
        "The paper published our reporter's newsletter story on Monday.",
        "Smith contributed reporting on the fraud to the inquiry before he was fired.",
        "[The company] declined to say how many jobs would go, the union said.",
    ],
)
def test_a_sentence_that_opens_like_a_label_is_kept(line: str) -> None:
    assert not is_clutter(line)


def test_a_dateline_of_its_own_after_a_paragraph_is_kept() -> None:
    text = "The government will decide today.\nWashington/ New Delhi:\nThe president said so."
    assert drop_clutter(text) == text


def test_real_pages_lose_their_widget_caption_and_labels_and_keep_the_story() -> None:
    ndtv = readers.read(PAGES / "ndtv-trump-retaliation-india-drug.html").body
    assert "28,25,140" not in ndtv and "spoke to PM Modi on Sunday" not in ndtv
    assert "Washington/ New Delhi:" in ndtv and "there may be retaliation" in ndtv
    cbc = readers.read(PAGES / "cbc-housing-market-slowdown.html").body
    assert not cbc.startswith("Business") and "Average price of a home" in cbc
    aol = readers.read(PAGES / "aol-slain-officer-teddy-bears.html").body
    assert "See photos" not in aol and "BackStoppers" in aol
