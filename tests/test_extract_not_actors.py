"""Names that are no actors, judged by where they stand or what they are: layout capitals, a
country only in a speaker's words, a people or a faith at large, a feast, a model number, a
related story's headline."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract import actor_lines
from briefgen.extract.actors import extract_actors
from briefgen.records import Actor, Article


def _actors(parse: Callable[[str], Doc], text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(parse(text), Article("t", text))}


def test_a_dateline_in_capitals_is_no_person(parse: Callable[[str], Doc]) -> None:
    text = "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth death."
    assert not any(a.kind == "person" for a in _actors(parse, text).values())


def test_a_country_only_in_a_quotation_is_not_the_state_acting(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        'Defense Secretary Robert Gates ordered a review. "It is a capability that America has '
        'needed in this past decade," Gates said.'
    )
    assert "United States" not in _actors(parse, text)


def test_a_people_or_a_faith_at_large_is_no_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "More than 600,000 Israelis live in settlements in the West Bank. "
        "Islamists failed to improve a slumping economy."
    )
    actors = _actors(parse, text)
    assert "Israelis" not in actors and "Islamists" not in actors


def test_a_feast_and_a_model_number_are_no_actors(parse: Callable[[str], Doc]) -> None:
    text = (
        "The day after Easter, Bassi and his crew loaded up the boat. Sales were hit by two "
        "crashes of its popular 737 Max jet."
    )
    actors = _actors(parse, text)
    assert "Easter" not in actors and "Max" not in actors


def test_a_title_case_line_after_the_opening_is_a_headline(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Airline chiefs met on Monday to discuss delays.\n"
        "Heathrow Bosses Warn Of Summer Chaos As Strikes Loom\n"
        "The talks went on late into the night."
    )
    headline = next(s for s in doc.sents if "Bosses" in s.text)
    running = next(iter(doc.sents))
    assert actor_lines.in_headline(headline[0:1])
    assert not actor_lines.in_headline(running[0:1])


def test_a_local_body_of_a_people_is_not_the_state(parse: Callable[[str], Doc]) -> None:
    text = (
        "The bill includes a one-time security grant to Israeli local government authorities "
        "in the West Bank."
    )
    assert "Israel" not in _actors(parse, text)


def test_names_on_lines_of_their_own_are_no_one_person(parse: Callable[[str], Doc]) -> None:
    text = "The census will shift seats to the South.\nMaggie Haberman\nShira Toeplitz"
    assert not any("\n" in a.name or " Shira" in a.name for a in _actors(parse, text).values())


def test_photo_credits_and_time_zones_are_no_actors(parse: Callable[[str], Doc]) -> None:
    text = (
        "(Photo: Martin Ruetschi, AP) The UK has a chocolate crisis on its hands. "
        "A passenger looks at the overturned tram (Steve Parsons/PA) on Wednesday. "
        "The motorcade arrived at 4:15pm GMT and left an hour later."
    )
    actors = _actors(parse, text)
    assert not {"Martin Ruetschi", "Steve Parsons/PA", "Steve Parsons", "GMT"} & set(actors)


def test_one_member_of_a_party_is_no_group(parse: Callable[[str], Doc]) -> None:
    text = "The Republican is due to be sworn in on 20 January, taking over from Mr Obama."
    assert "Republican" not in _actors(parse, text)


def test_a_country_in_a_subjects_list_acts_but_not_in_a_dateline(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Traders cited the uncertainty over whether the United States and China could agree to "
        "end the trade war."
    )
    assert "China" in _actors(parse, text)
    dateline = (
        "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal "
        "to purchase 30 jets."
    )
    assert "United Arab Emirates" not in _actors(parse, dateline)
