"""Actors named once: which single mentions make a key actor (they act, a clause says what they
do, their people act, a named person belongs to them) and which are passing."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.actors import extract_actors
from briefgen.records import Actor, Article

LEAD = "Voters went to the polls on Sunday in a tense election. "


def _actors(parse: Callable[[str], Doc], text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(parse(text), Article("t", text))}


def test_people_in_a_list_under_a_subject_are_actors(parse: Callable[[str], Doc]) -> None:
    text = LEAD + (
        "Two veteran politicians, Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL, "
        "were defeated in this constituency."
    )
    actors = _actors(parse, text)
    assert {"Lee Cheuk-yan", "Frederick Fung"} <= set(actors)


def test_a_party_a_named_person_belongs_to_is_an_actor(parse: Callable[[str], Doc]) -> None:
    text = LEAD + "Other candidates elected were Gary Chan of DAB and Eunice Yung of NWSC."
    assert "NWSC" in _actors(parse, text)


def test_a_person_a_relative_clause_describes_is_an_actor(parse: Callable[[str], Doc]) -> None:
    text = LEAD + (
        "The tactic failed with Evan Spiegel, who famously rebuffed a takeover offer in 2013."
    )
    assert "Evan Spiegel" in _actors(parse, text)


def test_a_body_whose_officials_speak_is_an_actor(parse: Callable[[str], Doc]) -> None:
    text = LEAD + (
        "Berrien County Health Department officials said Monday the victim was one of two people "
        "who contracted the virus. A spokesperson for the British Foreign Office reiterated the "
        "position."
    )
    actors = _actors(parse, text)
    assert "Berrien County Health Department" in actors
    assert "British Foreign Office" in actors


def test_a_body_named_once_in_passing_is_still_left_out(parse: Callable[[str], Doc]) -> None:
    text = LEAD + "Reporters waited outside the Interior Department for the results."
    assert "Interior Department" not in _actors(parse, text)


def test_a_ticker_in_brackets_is_no_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "Major European banks Barclays (BCS), Credit Suisse (CS) and UBS (UBS) have indicated "
        "the new tax rules could cost them $1 billion each."
    )
    actors = _actors(parse, text)
    assert "BCS" not in actors and "CS" not in actors
    assert all("CS" not in a.aliases for a in actors.values())
