"""Actors: kinds, merged names, roles from appositions and titles, no places or boilerplate as people."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.actors import extract_actors
from briefgen.records import Actor, Article


def _actors(parse: Callable[[str], Doc], text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(parse(text), Article("t", text))}


def test_a_role_in_apposition_is_the_role_noun_not_the_last_place_in_it(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The talks were led by the head of the Kenyan delegation in Geneva, Samuel Otieno Mwangi. "
        "Mwangi later left the room."
    )
    actor = _actors(parse, text)["Samuel Otieno Mwangi"]
    assert actor.role == "head of the Kenyan delegation in Geneva"
    assert actor.kind == "person" and "Mwangi" in actor.aliases and actor.mentions == 2


def test_a_title_before_a_name_keeps_its_modifiers(parse: Callable[[str], Doc]) -> None:
    text = "Deputy police chief Abdul Razaq Qaderi said the road was closed."
    assert _actors(parse, text)["Abdul Razaq Qaderi"].role == "Deputy police chief"


def test_a_demonym_before_a_state_noun_is_the_state_not_a_person(
    parse: Callable[[str], Doc],
) -> None:
    text = "Tajik officials announced new checkpoints. Kyrgyz officials said nothing."
    actors = _actors(parse, text)
    assert actors["Tajikistan"].kind == "country"
    assert not any(a.kind == "person" for a in actors.values())


def test_an_unlabelled_name_with_a_personal_apposition_is_a_person(
    parse: Callable[[str], Doc],
) -> None:
    text = "Ajmal Jan, a local shopkeeper, said the force of the blast had blown his windows out."
    actor = _actors(parse, text)["Ajmal Jan"]
    assert actor.kind == "person" and actor.role == "local shopkeeper"


def test_an_acronym_in_brackets_folds_into_the_organisation(parse: Callable[[str], Doc]) -> None:
    text = "Baltic Ferry Lines (BFL) bought two ships. BFL said the deal was signed in Riga."
    actors = _actors(parse, text)
    assert "BFL" in actors["Baltic Ferry Lines"].aliases and "BFL" not in actors


def test_photo_credits_weekdays_and_numbers_are_never_actors(parse: Callable[[str], Doc]) -> None:
    text = (
        "Image copyright Reuters Image caption The bridge at night. "
        "On Tuesday, the council voted 12 to 3 to repair the bridge. Read or Share this story."
    )
    names = " ".join(_actors(parse, text))
    for word in ("Image", "copyright", "caption", "Tuesday", "12", "Read", "Share"):
        assert word not in names


def test_a_list_of_people_with_ages_gives_no_role(parse: Callable[[str], Doc]) -> None:
    text = (
        "Jonas Petraitis, 62, of Vilnius, Marta Ozola, 52, and Ivars Kalnins, 63, died in the "
        "crash, police said."
    )
    assert all(a.role is None for a in _actors(parse, text).values() if a.kind == "person")


def test_a_photo_agency_credited_is_not_an_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "Image copyright EPA Image caption The blast destroyed nearby cars. "
        "The United Nations said the convoy was hit."
    )
    names = set(_actors(parse, text))
    assert "EPA" not in names and "United Nations" in names


def test_sentences_never_cross_a_line_break(parse: Callable[[str], Doc]) -> None:
    doc = parse("EU raids automaker BMW in cartel case\nThe raid began on Tuesday, officials said.")
    assert [s.text.strip() for s in doc.sents] == [
        "EU raids automaker BMW in cartel case",
        "The raid began on Tuesday, officials said.",
    ]


def test_the_writers_of_a_report_and_ticker_residue_are_not_actors(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Goldman Sachs said profits fell. Shares of Goldman (GS fell 2%.\n"
        "Associated Press writers Jay Reeves and Dave Martin contributed to this report."
    )
    names = {a.name for a in extract_actors(parse(text), Article("t", text))}
    assert "Goldman Sachs" in names
    assert not names & {"Jay Reeves", "Dave Martin", "Goldman (GS"}
