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


@pytest.mark.parametrize(
    "line",
    [
        # follow, listen and newsletter prompts
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Follow AP's full coverage of the election at https://apnews.com/Election2020",
        "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
        "Get the day's top headlines delivered to your inbox every morning by subscribing to "
        "our newsletter.",
        # the writer's address and bio
        "Email Jane Roe at jroe@example.com or follow her @janeroe.",
        "Reach the reporter on Twitter at http://twitter.com/JaneRoeAP",
        "Jane Roe's book about deep-sea mining is out now. Follow her on Twitter @janeroe.",
        "jane.roe@example.com",
        "twitter.com/janeroe",
        # credits and notices
        "Associated Press writers Jay Reeves and Dave Martin contributed to this report.",
        "jm/dm (AFP, dpa)",
        "Reuters - Ap - Afp",
        "PTI",
        "© 2019 Associated Press. All Rights Reserved. This material may not be published.",
        "Copyright 2019 Hawaii News Now. All rights reserved.",
        "This copy is for your personal, non-commercial use only.",
        "We use cookies to improve your experience on our site.",
        "November 20, 2019 - 11:28 AMT",
        "Updated 4:05 PM ET, Mon November 18, 2019",
        # related-story boxes and teasers
        "DON'T MISS",
        "Most read in world news",
        "Story continues below gallery",
        "Plane passengers quarantined after flu outbreak [NEWS]",
        "(Graphic: Global currencies vs. dollar - here)",
        "Tech Enabled: CNET chronicles tech's role in accessibility. Check it out here.",
        "Share Tweet Email",
        "Related Stories",
        "Read or Share this story: http://usat.ly/2fcLZ18",
        # captions closed by their credit or date
        "A plume rises above the icy moon, seen by a probe in 2007. (Source: NASA)",
        "Rescuers search the rubble on Sunday (Image: GETTY)",
        # an explainer box glued into one line
        "SET UP FRAUD ALERTS The bank is offering a free service to those affected by the breach.",
    ],
)
def test_a_promotion_credit_or_notice_line_is_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Police said the man followed the woman on Twitter for months before the attack.",
        "The agency said it would publish the data here next week, and in Brussels.",
        "Three people were killed at 11:30 on Monday, police said.",
        "Reuters reported that the company would cut 4,000 jobs.",
        "WASHINGTON (AP) — The Senate voted on Tuesday to end the shutdown.",
        "The newspaper's newsletter, read by 2 million people, was shut down by the government.",
        "Follow-up talks are planned for March, the ministry said.",
        "The court heard that Smith contributed to the fund for years.",
    ],
)
def test_a_story_sentence_that_looks_like_a_promotion_is_kept(line: str) -> None:
    assert not is_clutter(line)


def test_a_related_headline_between_paragraphs_is_dropped() -> None:
    text = (
        "The state paid the agency $449,000 for the campaign.\n"
        "South Dakota spends $449K on new anti-meth ad campaign\n"
        "Maggie Haberman\n"
        "The governor said the campaign was working."
    )
    assert drop_clutter(text) == (
        "The state paid the agency $449,000 for the campaign.\n"
        "The governor said the campaign was working."
    )


def test_a_bulleted_list_of_links_is_dropped_and_the_story_s_own_list_kept() -> None:
    text = (
        "The newly selected five are:\n"
        "- Sierra Nevada Corporation, Louisville, Colorado\n"
        "- The UK must stay in the EU to have influence on the world stage\n"
        "The companies can now bid.\n"
        "- NASA Europa Mission Could Potentially Spot Signs of Alien Life\n"
        "- Photos: Europa, Mysterious Icy Moon of Jupiter"
    )
    assert drop_clutter(text).split("\n") == [
        "The newly selected five are:",
        "- Sierra Nevada Corporation, Louisville, Colorado",
        "- The UK must stay in the EU to have influence on the world stage",
        "The companies can now bid.",
    ]


def test_hard_wrapped_text_and_an_embedded_post_are_not_headlines() -> None:
    text = (
        "Life-threatening peanut allergies have mysteriously been\n"
        "doubling, the study says.\n"
        "The minister posted on Twitter.\n"
        "Delhi has turned into a gas chamber due to smoke from crop burning\n"
        "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019"
    )
    assert drop_clutter(text) == text


def test_the_first_line_may_be_the_headline_and_is_kept() -> None:
    text = "Cat found in New Mexico after going missing in Oregon\nA cat was found."
    assert drop_clutter(text) == text


def test_a_real_page_s_related_box_and_promotions_are_dropped() -> None:
    express = readers.read(
        ARTICLES / "zyte-clutter" / "ba4dfe2d3e-express-china-plague-third-case.html"
    )
    assert "[INSIGHT]" not in express.body and "DON'T MISS" not in express.body
    assert "Fan Mengguang, deputy director" in express.body
    bbc = readers.read(ARTICLES / "zyte-clutter" / "70cb2d5bca-bbc-taylor-swift-ama-row.html")
    assert "Follow Newsbeat" not in bbc.body and "Listen to Newsbeat" not in bbc.body
    assert bbc.body.endswith('We have no further comment," they said.')


def test_widgets_glued_into_a_paragraph_are_cut_and_the_paragraph_kept() -> None:
    text = (
        "The tram overturned on Wednesday. Get daily updates directly to your inbox + Subscribe "
        "Thank you for subscribing! Could not subscribe, try again later Invalid Email At least "
        "seven passengers died. Watch: officials speak Video Loading Video Unavailable Click to "
        "play Tap to play The video will start in 8 Cancel Play now Watch Next (Photo: PA) "
        "Police arrested the driver."
    )
    assert drop_clutter(text) == (
        "The tram overturned on Wednesday. At least seven passengers died. Watch: officials "
        "speak Police arrested the driver."
    )


def test_a_gallery_glued_into_the_text_is_cut() -> None:
    gallery = (
        "UK news in pictures 3 show all UK news in pictures 1/3 The Palm House is lit up Getty "
        "2/3 Protesters march in London PA 3/3"
    )
    assert is_clutter(gallery + " A lorry crosses a bridge AFP")
    text = "Police said two men were arrested. " + gallery + " A crowd gathers Reuters"
    assert drop_clutter(text) == "Police said two men were arrested. A crowd gathers Reuters"


def test_a_player_a_share_link_and_a_bracketed_credit_are_cut_from_a_paragraph() -> None:
    text = (
        "Skip Ad Ad Loading... x Embed x Share The bar changed shape. Rescuers at the scene "
        "(Steve Parsons/PA) said five were trapped. Read or Share this story: http://usat.ly/x1"
    )
    assert drop_clutter(text) == (
        "The bar changed shape. Rescuers at the scene said five were trapped."
    )


def test_the_clutter_check_spares_a_listed_actor_and_a_rule_line(tmp_path: Path) -> None:
    from briefgen.eval import checks
    from briefgen.eval.gold_format import load
    from briefgen.records import Actor
    from tests.checks import bare_brief

    gold_file = tmp_path / "x.yaml"
    gold_file.write_text(
        "article: a.txt\noptional_actors: [PTI]\nclutter: [PTI, '-', Most read in world news]\n",
        encoding="utf-8",
    )
    gold = load(gold_file)
    brief = bare_brief(
        body="PTI said the plane landed - late.",
        summary="PTI said the plane landed - late.",
        actors=(Actor("PTI", "organization"), Actor("Most read in world news", "organization")),
    )
    found = [f.text for f in checks.run(brief, gold) if f.family == "clutter"]
    # the agency in the summary is still the clutter line's words; as an actor it is listed
    assert found == ["'PTI' in summary", "'Most read in world news' in actor name"]


def test_the_writer_s_bio_closing_the_text_is_dropped_and_a_journalist_in_the_story_kept() -> None:
    story = "Danny Fenster is a journalist at Frontier Myanmar who was jailed in May."
    bio = "Jane Roe is a senior reporter at Example News covering energy and climate."
    assert drop_clutter(f"{story}\nThe court met on Friday.\n{bio}") == (
        f"{story}\nThe court met on Friday."
    )


def test_a_subhead_glued_after_a_sentence_keeps_its_paragraph() -> None:
    line = (
        "Polls showed the race tightening. DEMOCRATS NOT LETTING GO The latest emails were "
        "found on a laptop, officials said."
    )
    assert not is_clutter(line)
    box = "Here is what to do if you are affected: CHECK YOUR CREDIT SCORE Check your file."
    assert is_clutter(box)
