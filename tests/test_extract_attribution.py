"""Attribution across sentences and paragraphs: a tag after "?", narration that leads in a
quotation standing alone, and the full name of a body that speaks."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.sources import extract_sources
from briefgen.records import Article


def _speakers(parse: Callable[[str], Doc], text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse(text), Article("t", text))]


def test_a_tag_after_a_question_mark_credits_the_quotation(parse: Callable[[str], Doc]) -> None:
    text = (
        '"Should we sit and wait, or shall we take part in this process?" Daniel Okafor asked, '
        "urging voters to register before the deadline."
    )
    assert _speakers(parse, text) == ["Daniel Okafor"]


def test_a_quotation_standing_alone_is_credited_to_the_narration_before_it(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The council met on Tuesday to discuss the budget.\n"
        "Mayor Helen Cartwright said the cuts were the only way to keep the libraries open.\n"
        '"We looked at every other option. None of them would have kept the doors open."'
    )
    assert _speakers(parse, text) == ["Helen Cartwright"]


def test_a_statement_issued_leads_in_the_quotation_after_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Senator Paul Hendricks issued a statement on the decision. "
        '"Like many people in this state, I am disappointed with the choice of the agency."'
    )
    assert _speakers(parse, text) == ["Paul Hendricks"]


def test_a_body_keeps_the_capitalised_words_of_its_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "The Texas Office of Emergency Management said in a letter that the response was "
        '"slow and badly coordinated" across the region.'
    )
    assert _speakers(parse, text) == ["Texas Office of Emergency Management"]


def test_who_said_after_an_apposition_is_the_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Reporters spoke to Maya Lindqvist, a rail safety expert from Delft University, who "
        'said "It is a pattern we have seen in older signalling systems before."'
    )
    assert _speakers(parse, text) == ["Maya Lindqvist"]


def test_an_owner_is_not_the_speaker_when_a_name_is_apposed(parse: Callable[[str], Doc]) -> None:
    text = (
        '"We are devastated and still waiting for answers," Paul Hartley\'s sister, '
        "Rachel Hartley Moss, wrote on Facebook."
    )
    assert _speakers(parse, text) == ["Rachel Hartley Moss"]


def test_she_continued_with_a_colon_credits_the_quotation(parse: Callable[[str], Doc]) -> None:
    text = (
        'Opposition leader Karin Holm said the plan was "too little, too late".\n'
        'She continued: "We have a plan to clear the backlog within a year and to hire more '
        'caseworkers."'
    )
    assert _speakers(parse, text) == ["Karin Holm", "Karin Holm"]


def test_a_letter_of_a_named_body_speaks_for_it(parse: Callable[[str], Doc]) -> None:
    text = (
        'The Home Office letter reads "we may extend the questionnaire to other claimants '
        'waiting for a decision in due course", though no plans exist.'
    )
    assert _speakers(parse, text) == ["Home Office"]


def test_an_upper_case_body_named_who_is_no_relative_pronoun(
    parse: Callable[[str], Doc],
) -> None:
    text = 'Untreated cholera can be "rapidly fatal", says WHO.'
    assert _speakers(parse, text) == ["WHO"]


def test_rejecting_as_quotes_the_words(parse: Callable[[str], Doc]) -> None:
    text = 'The Pentagon rejected the claims as "patently false" on Monday.'
    assert _speakers(parse, text) == ["Pentagon"]


def test_a_short_quotation_nobody_can_say_is_a_term(parse: Callable[[str], Doc]) -> None:
    text = (
        'Under the rules, either side may strike any number of jurors "for cause" before the trial.'
    )
    assert _speakers(parse, text) == []


def test_everyone_quoted_is_a_source(parse: Callable[[str], Doc]) -> None:
    text = (
        '"Should we sit and wait, or shall we take part in this process?" Daniel Okafor asked, '
        "urging voters to register before the deadline."
    )
    doc = parse(text)
    sources = extract_sources(doc, Article("t", text))
    assert [(s.description, s.anonymous) for s in sources] == [("Daniel Okafor", False)]


def test_a_name_apposed_to_a_title_is_the_speaker(parse: Callable[[str], Doc]) -> None:
    text = (
        '"The evidence is not strong enough to bring charges," Norway\'s deputy director of '
        "public prosecutions, Anne-Lise Berntsen, told reporters."
    )
    assert _speakers(parse, text) == ["Anne-Lise Berntsen"]


def test_summed_up_with_a_colon_credits_the_quotation(parse: Callable[[str], Doc]) -> None:
    text = (
        "Fisherman Tom Reyes summed up the journey from the boat to the store shelf: "
        '"It is the old harbour meeting the new economy."'
    )
    assert _speakers(parse, text) == ["Tom Reyes"]


def test_the_firm_said_is_the_company_the_story_is_about(parse: Callable[[str], Doc]) -> None:
    text = (
        "Investigators searched the offices of Volvo on Tuesday. Volvo is accused of rigging "
        "emissions tests, and Volvo shares fell. Rivals including Scania are suspected of the "
        "same.\n"
        'The firm said in a statement: "Our trucks were not manipulated and met every legal '
        'requirement."'
    )
    assert _speakers(parse, text) == ["Volvo"]


def test_a_participle_that_opens_the_sentence_takes_the_main_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        'Declaring "the very identity of the Coast Guard" is at stake, Admiral Linda Fagan has '
        "ordered a review of the service."
    )
    assert _speakers(parse, text) == ["Linda Fagan"]
