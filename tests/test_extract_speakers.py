"""Speakers of quotations: names the tagger misreads, people named again by age, the verb that
opens a quotation, participles, titles that are no speech, and bodies given a plural verb."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.quotes import extract_quotes
from briefgen.records import Article


def _quotes(parse: Callable[[str], Doc], text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(parse(text), Article("t", text))]


def test_a_surname_the_tagger_takes_for_a_noun_is_the_person_named_before(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The deal could start a new trend for consumer stocks, says John Petrides, a portfolio "
        "manager at Tocqueville Asset Management.\n"
        '"I would expect more acquisitions like this going forward because it could be the new '
        'model for companies to acquire top-line growth by partnering up with key influencers," '
        "Petrides said."
    )
    assert [s for s, _ in _quotes(parse, text)] == ["John Petrides"]


def test_the_person_named_again_by_age_is_the_person_of_the_story(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager.\n"
        "Pochettino was sacked last night after five years in charge.\n"
        "Talks between the club and Mourinho's agents went on into the night.\n"
        "The Portuguese coach had been out of work since being sacked by Manchester United.\n"
        'The 56-year-old said after his appointment: "I am excited to be joining a club with '
        'such a great heritage and such passionate supporters."'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["Jose Mourinho"]


def test_the_speech_verb_that_opens_the_quotation_wins_a_tie(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "It quoted critics like immigration barrister Colin Yeo, and Joint Council for the "
        'Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating: "People fleeing '
        "desperate circumstances clearly need this government to make quicker and fairer asylum "
        'decisions."'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["Caitlin Boswell"]


def test_a_participle_after_a_that_clause_speaks_for_the_sentence_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The Prime Minister's Bureau rejected any claims that the transfer of funds had anything "
        "to do with Netanyahu's meeting on Tuesday, stating, \"The decision has no connection to "
        'the meeting with the rabbis."'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["Prime Minister's Bureau"]


def test_a_title_after_a_preposition_is_no_quotation(parse: Callable[[str], Doc]) -> None:
    text = (
        '"This is a stock that until this year had been getting clobbered," Maley said on '
        'CNBC\'s "Trading Nation" on Monday.'
    )
    assert [t for _, t in _quotes(parse, text)] == [
        "This is a stock that until this year had been getting clobbered"
    ]


def test_they_said_points_back_to_a_body_given_a_plural_verb(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Senator Elizabeth Warren criticised the label and the effect big businesses can have.\n"
        "Big Machine have twice denied doing anything wrong.\n"
        '"At no point did we say Taylor could not perform on the AMAs," they said in a statement.'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["Big Machine"]


def test_one_of_the_sources_can_speak(parse: Callable[[str], Doc]) -> None:
    # the model labels "one" a cardinal, which alone names nobody
    text = (
        "Several sources close to the ministry told reporters that the talks were held.\n"
        '"The hosts asked the delegation to keep the talks a secret. They did not want to '
        'irritate the government," one of the sources, who was not authorized to talk to the '
        "media, told reporters."
    )
    [(speaker, _)] = _quotes(parse, text)
    assert speaker == "one of the sources"


def test_a_tag_with_the_verb_first_credits_the_name_after_it(
    parse: Callable[[str], Doc],
) -> None:
    # '…", added KCNA': the parse reads the agency as the object of "added"
    text = (
        'North Korea fired shells at a loudspeaker on the border. "Commanders were dispatched '
        'to the front-line troops to command military operations within 48 hours", added KCNA.'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["KCNA"]


def test_an_order_shouted_is_a_quotation_of_who_orders(parse: Callable[[str], Doc]) -> None:
    text = (
        "Police used a ram to force open the door of the motel room.\n"
        '"Hands! Let me see your hands!" an officer ordered.'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["an officer"]


def test_it_points_back_to_a_body_that_acted_before_it_spoke(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "In a reflection of the confusion, the Electoral Commission, which regulates campaign "
        "finances, issued a statement on Monday. Critically, however, it pointed out that it "
        'does not have "a role in regulating election campaign content."'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["Electoral Commission"]


def test_a_body_named_with_of_on_and_keeps_its_whole_name(parse: Callable[[str], Doc]) -> None:
    # "Parliament's Joint Committee" is no title before a person's name: the name goes on
    text = (
        "But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, the "
        "power would also be used “for the purpose of determining the identity of a journalist’s "
        "sources”."
    )
    [(speaker, _)] = _quotes(parse, text)
    assert speaker is not None and speaker.endswith("Joint Committee on Intelligence and Security")


def test_she_prefers_a_woman_named_in_the_same_sentence_to_a_person_of_unknown_gender(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Maria Keller said on Monday that she would leave the label.\n"
        "Maria Keller's first six albums were sold to a fund run by investor Daniel Brandt.\n"
        'In a post at the time she described the sale as "the worst case scenario for any '
        'artist who writes her own songs".'
    )
    assert [s for s, _ in _quotes(parse, text)] == ["Maria Keller"]
