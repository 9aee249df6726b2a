"""Quotes and sources: quotations over sentences, speakers from the governing verb, pronouns, anonymity."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.sources import extract_sources
from briefgen.records import Article


def _quotes(parse: Callable[[str], Doc], text: str) -> list[tuple[str | None, str, bool]]:
    return [
        (q.speaker, q.text, q.anonymous) for q in extract_quotes(parse(text), Article("t", text))
    ]


def test_a_quotation_over_several_sentences_is_attributed_from_the_sentence_that_closes_it(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        'The mayor opened the bridge on Monday. "The river was a wall between us. Now it is a '
        'road. We waited forty years for this," a city engineer, who asked not to be named, '
        "told reporters."
    )
    [(speaker, quoted, anonymous)] = _quotes(parse, text)
    assert quoted.startswith("The river was a wall") and quoted.endswith("for this")
    assert speaker == "a city engineer" and anonymous


def test_he_said_is_the_latest_person_named_before_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Maria Lopez, the head of the port authority, visited the docks. "
        '"The cranes are too old to lift the new containers," she said.'
    )
    assert _quotes(parse, text) == [
        ("Maria Lopez", "The cranes are too old to lift the new containers", False)
    ]


def test_a_quotation_with_no_verb_carries_on_the_previous_speaker(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        '"We lost everything in the flood," said Peter Novak, a farmer. '
        '"The water came at night and nobody warned us."'
    )
    speakers = [s for s, _, _ in _quotes(parse, text)]
    assert speakers == ["Peter Novak", "Peter Novak"]


def test_the_verb_that_governs_the_quotation_wins_over_a_later_one(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        'Army spokesman Karl Brandt said the soldiers had been sent "to secure the northern '
        'road before winter," the agency reported.'
    )
    [(speaker, _, anonymous)] = _quotes(parse, text)
    assert speaker == "Karl Brandt" and not anonymous


def test_a_statement_speaks_for_its_owner(parse: Callable[[str], Doc]) -> None:
    text = (
        '"The border is calm and open to trade," the Estonian Interior Ministry\'s statement said.'
    )
    [(speaker, _, anonymous)] = _quotes(parse, text)
    assert speaker == "Estonian Interior Ministry" and not anonymous


def test_single_words_in_quotation_marks_are_not_quotations(parse: Callable[[str], Doc]) -> None:
    assert _quotes(parse, 'The so-called "reform" was delayed, officials said.') == []


def test_sources_are_named_or_described_and_a_later_the_official_is_the_same_source(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "A senior official at the Latvian customs agency told reporters that trucks were held. "
        "The queues reached the highway, the official said. "
        "According to Anna Berzina, the queues cleared by noon."
    )
    sources = {s.description: s.anonymous for s in extract_sources(parse(text), Article("t", text))}
    assert sources == {
        "A senior official at the Latvian customs agency": True,
        "Anna Berzina": False,
    }


def test_a_described_speaker_with_a_name_in_apposition_is_that_named_person(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The movement's spokesman in Doha, Karim Haddad, told reporters the envoys had met. "
        '"We discussed trade and the border," Haddad said.'
    )
    sources = {s.description: s.anonymous for s in extract_sources(parse(text), Article("t", text))}
    assert sources == {"Karim Haddad": False}
    assert [s for s, _, _ in _quotes(parse, text)] == ["Karim Haddad"]


def test_a_colon_introduction_credits_the_next_paragraph_to_its_speaker(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Tom Reed, the station manager, said the trains were late.\n"
        "Sue Patel, who lives near the station, said:\n"
        '"The noise went on all night and nobody came to help us."'
    )
    assert [s for s, _, _ in _quotes(parse, text)] == ["Sue Patel"]


def test_a_quotation_reopened_in_the_next_paragraph_keeps_its_speaker(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        '"We lost the harvest and the barn," said Peter Novak, a farmer. "The water came at night.\n'
        '"Nobody warned us that the dam would be opened so early."'
    )
    assert [s for s, _, _ in _quotes(parse, text)] == ["Peter Novak", "Peter Novak", "Peter Novak"]


def test_narration_between_two_paragraphs_quotations_is_no_quotation(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        '"The bridge is safe," the engineer said.\n'
        "He added:\n"
        '"We will check it again next week before the trucks return."'
    )
    texts = [t for _, t, _ in _quotes(parse, text)]
    assert not any("added" in t for t in texts)
    assert texts[-1].startswith("We will check it again")


def test_scare_quotes_and_titles_are_not_quotations(parse: Callable[[str], Doc]) -> None:
    text = (
        'The ship, the "Swiss Crystal," was towed away. He wrote a book called "Making the '
        'Corps Great Again In Our Time" last year. The so-called "defeat device" was found.'
    )
    assert _quotes(parse, text) == []


def test_a_partial_quotation_governed_by_a_speech_verb_is_kept(
    parse: Callable[[str], Doc],
) -> None:
    text = 'The minister said the plan was "dead in the water" after the vote.'
    assert _quotes(parse, text) == [("The minister", "dead in the water", True)]


def test_according_to_credits_the_quotation(parse: Callable[[str], Doc]) -> None:
    text = '"The talks will resume in May and we expect a deal," according to Anna Berzina.'
    assert [s for s, _, _ in _quotes(parse, text)] == ["Anna Berzina"]


def test_he_said_skips_a_name_inside_the_quotation(parse: Callable[[str], Doc]) -> None:
    text = (
        "Maria Lopez spoke at the rally.\n"
        '"People like John Carter keep telling us the port will close," she said.'
    )
    assert [s for s, _, _ in _quotes(parse, text)] == ["Maria Lopez"]
