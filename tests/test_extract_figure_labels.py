"""Figures: numbers read whole, numbers that name a kind rather than count, and labels that keep
the words saying what a figure measures (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from briefgen.extract.figures import extract_figures
from briefgen.records import Article, Figure


def _figures(parse: Callable[[str], Doc], text: str) -> list[Figure]:
    return list(extract_figures(parse(text), Article("t", text)))


def _one(parse: Callable[[str], Doc], text: str, value: float) -> Figure:
    found = [f for f in _figures(parse, text) if f.value == pytest.approx(value)]
    assert found, [(f.text, f.value) for f in _figures(parse, text)]
    return found[0]


def test_a_unit_briefgen_does_not_report_keeps_the_number(parse: Callable[[str], Doc]) -> None:
    text = "The researchers said the plume carried about 2,300 tons of water into space."
    assert _one(parse, text, 2300).approx


def test_the_scale_after_a_measured_number_is_kept(parse: Callable[[str], Doc]) -> None:
    text = "The moon, located some 390 million miles away, is slightly smaller than ours."
    assert [f.value for f in _figures(parse, text)] == [pytest.approx(3.9e8)]


def test_an_article_before_a_plural_unit_is_no_number(parse: Callable[[str], Doc]) -> None:
    text = "Scientists believe there is an ocean beneath a miles-thick ice shell on the moon."
    assert _figures(parse, text) == []


def test_a_number_in_a_street_address_is_no_figure(parse: Callable[[str], Doc]) -> None:
    text = "Police arrested Victor Burton, 57, of 3170 W. County Road, on Tuesday."
    assert [f.value for f in _figures(parse, text)] == [57]


@pytest.mark.parametrize(
    "text",
    [
        "Many of these vehicles run on two-stroke engines that produce more pollution.",
        "The threats endanger the viability of a two-state solution, the spokesperson said.",
        "The jet seats 242 passengers in a two-class layout.",
    ],
)
def test_a_spelled_number_hyphened_onto_a_noun_names_a_kind(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert [f.value for f in _figures(parse, text) if f.value == 2] == []


def test_a_counted_word_or_a_fraction_hyphened_still_counts(parse: Callable[[str], Doc]) -> None:
    assert _one(parse, "Other likely one-vote losers are Illinois and Iowa.", 1)
    text = "The Federal Reserve cut its benchmark interest rate by a quarter-point last month."
    assert "interest rate" in _one(parse, text, 0.25).about


def test_a_length_keeps_the_clause_its_noun_carries(parse: Callable[[str], Doc]) -> None:
    text = "But with just 18 months left in power, he said gun control was his frustration."
    assert "left in power" in _one(parse, text, 18).about


def test_a_purpose_phrase_is_cut_after_its_noun(parse: Callable[[str], Doc]) -> None:
    text = "In addition, the Finance Ministry will allocate 5.5 million for West Bank first aid stations."
    assert "first aid stations" in _one(parse, text, 5.5e6).about
    text = "Pollution has shaved 3.2 years from the life expectancies of 660 million people."
    assert "life expectancies" in _one(parse, text, 3.2).about


def test_a_worth_says_which_noun_the_amount_values(parse: Callable[[str], Doc]) -> None:
    text = "The beauty brand took a majority stake in the company in a deal worth $600 million."
    assert "deal worth" in _one(parse, text, 6e8).about


def test_a_copula_keeps_the_state_it_reports(parse: Callable[[str], Doc]) -> None:
    text = "It was down for four straight years, and the rally has only just broken above it."
    assert "was down" in _one(parse, text, 4).about


def test_a_relative_clause_is_cut_where_it_starts_and_runs_to_its_noun(
    parse: Callable[[str], Doc],
) -> None:
    about = _one(
        parse, "But that leaves 90% of the total oil that actually made it into the water.", 90
    ).about
    assert "total oil" in about and "into the water" in about and "that" not in about.split()


def test_every_verb_of_a_list_is_kept(parse: Callable[[str], Doc]) -> None:
    text = "Officials estimated that 74% of the oil had been captured, burned or skimmed."
    assert "skimmed" in _one(parse, text, 74).about


def test_words_before_a_measured_number_say_what_it_is(parse: Callable[[str], Doc]) -> None:
    text = "Of the remaining 4.1 million bbl., about 392,000 bbl. were burned."
    assert "remaining" in _one(parse, text, 4.1e6).about
    text = "The pilots followed the correct procedure the first three times."
    about = _one(parse, text, 3).about
    assert "procedure" in about and "first" not in about


def test_a_measure_on_an_adjective_of_size_is_of_the_noun_after_it(
    parse: Callable[[str], Doc],
) -> None:
    text = "The 101 meter (330 foot) long vessel, owned by a Swiss company, sails out of Basel."
    assert all("long vessel" in f.about for f in _figures(parse, text))


def test_one_before_the_subject_of_a_quoting_verb_picks_someone_out(
    parse: Callable[[str], Doc],
) -> None:
    text = "“If we were any higher, we’d be in orbit,” one user quipped."
    assert _figures(parse, text) == []


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("Social Security has been, for 75 years, a bedrock promise.", 75, "bedrock promise"),
        ("They spent three minutes struggling to regain control.", 3, "regain control"),
        ("It ordered the striking doctors to return to work within 48 hours.", 48, "to work"),
    ],
)
def test_an_adverbial_figure_is_read_with_what_its_verb_says(
    parse: Callable[[str], Doc], text: str, value: float, words: str
) -> None:
    assert words in _one(parse, text, value).about


def test_a_toll_is_read_with_the_act_that_caused_it(parse: Callable[[str], Doc]) -> None:
    text = "In 1998, the agents blew up the United States Embassies in Kenya, killing more than 200 people."
    assert "blew up United States Embassies" in _one(parse, text, 200).about


def test_a_modal_says_a_figure_is_a_possibility(parse: Callable[[str], Doc]) -> None:
    text = "Fishermen prize halibut, a fish that can grow to 500 pounds."
    assert "can grow" in _one(parse, text, 500).about


def test_a_model_number_before_the_counted_noun_stays_in_the_label(
    parse: Callable[[str], Doc],
) -> None:
    text = "Its fleet of roughly 400 737 Max jets around the world have been grounded since March."
    assert "737 Max jets" in _one(parse, text, 400).about
