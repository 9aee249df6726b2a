"""Coreference for speakers: a pronoun points back to the person of its gender who is the topic."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.coref import gender_of
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.voices import refers_to
from briefgen.records import Article


def _speakers(parse: Callable[[str], Doc], text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse(text), Article("t", text))]


def test_she_said_skips_a_man_named_after_the_woman(parse: Callable[[str], Doc]) -> None:
    text = (
        "Anna Kowalski, a lawyer for the union, told reporters that her clients had been "
        "misled by Tomas Berg. Berg declined to comment through his spokesman.\n"
        '"They were promised a pension that never existed," she said.'
    )
    assert gender_of("Anna Kowalski", parse(text)) == "female"
    assert _speakers(parse, text) == ["Anna Kowalski"]


def test_he_said_follows_the_subject_not_a_name_in_passing(parse: Callable[[str], Doc]) -> None:
    text = (
        "Park, the opposition leader, said Kim's decree had caused chaos across the country.\n"
        '"Our democracy is being wrecked by an unruly power," he said on Friday.'
    )
    assert _speakers(parse, text) == ["Park"]


def test_a_title_before_a_name_is_not_part_of_the_speaker(parse: Callable[[str], Doc]) -> None:
    text = (
        "In the hills above the valley, apple grower Martha Quigley said only a few pickers came. "
        '"My husband and I drive them to the market at night," she said.'
    )
    assert _speakers(parse, text) == ["Martha Quigley"]


def test_the_president_said_is_the_person_whose_title_is_president(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "President Amara Diallo visited the flooded districts on Sunday.\n"
        "The president also admitted that aid had been slow to arrive.\n"
        '"We did not move fast enough, and families paid for it."'
    )
    assert _speakers(parse, text) == ["Amara Diallo"]


def test_a_description_with_no_matching_role_stays_a_description(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "President Amara Diallo visited the flooded districts on Sunday. "
        '"The water rose in an hour," the engineer said.'
    )
    assert _speakers(parse, text) == ["the engineer"]


def test_refers_to_resolves_a_pronoun_for_other_extractors(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Finance Minister Rosa Alvarez, who took office in May, said the budget would pass. "
        "She spoke after a cabinet meeting."
    )
    she = next(t for t in doc if t.text == "She")
    assert refers_to(doc[she.i : she.i + 1]) == "Rosa Alvarez"
