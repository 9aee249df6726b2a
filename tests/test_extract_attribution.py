"""Attribution across sentences and paragraphs: a tag after "?", narration that leads in a
quotation standing alone, and the full name of a body that speaks."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.quotes import extract_quotes
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
