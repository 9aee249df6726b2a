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


def test_a_surname_the_model_calls_an_organisation_is_the_person_named_in_full(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Defense Secretary Robert Gates ordered a review of the service. "
        "That prediction is in line with a larger overhaul that Gates detailed this week."
    )
    actors = _actors(parse, text)
    assert "Gates" in actors["Robert Gates"].aliases and "Gates" not in actors


def test_towns_in_a_list_of_counties_are_places_not_people(parse: Callable[[str], Doc]) -> None:
    text = (
        "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and "
        "Van Buren counties, health officials said."
    )
    assert not any(a.kind == "person" for a in _actors(parse, text).values())


def test_a_body_named_by_a_place_or_a_people_is_the_body(parse: Callable[[str], Doc]) -> None:
    text = (
        "To combat this, the Punjab government in 2009 enacted a law on groundwater. "
        "Their release came hours after the Afghan government freed three prisoners."
    )
    actors = _actors(parse, text)
    assert actors["Punjab government"].kind == "organization"
    assert "Afghan government" in actors["Afghanistan"].aliases


def test_a_name_dropped_once_in_passing_is_not_a_key_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "Acme Robotics said on Monday it would cut 300 jobs. The company cited weak demand. "
        "Sales fell after a report by analysts was published in the Daily Ledger last year. "
        "Acme Robotics said it expects a recovery."
    )
    actors = _actors(parse, text)
    assert "Acme Robotics" in actors and "Daily Ledger" not in actors


def test_titles_and_appositions_give_roles(parse: Callable[[str], Doc]) -> None:
    text = (
        "Emergency management coordinator Dale Robinson says the roads are closed. "
        "Patricio Remon, President at Equifax, said the firm was sorry. "
        "Lt. Col. Alexander Vindman told lawmakers it was his duty. "
        "Ananth Iyer, a professor at Purdue University whose research includes supply chains, "
        "said prices were low."
    )
    actors = _actors(parse, text)
    assert actors["Dale Robinson"].role == "Emergency management coordinator"
    assert actors["Patricio Remon"].role == "President at Equifax"
    assert actors["Alexander Vindman"].role == "Lt. Col"
    assert actors["Ananth Iyer"].role == "professor at Purdue University"


def test_reporters_credits_and_rows_of_headlines_are_not_actors(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "ST. JOSEPH, Mich. (AP) — The council closed the bridge on Monday, the mayor said.\n"
        "Overnight Energy: Mark Ruffalo pushes Congress on chemicals | Lawmakers spar over "
        "testimony | House Dems unveil tax plan\n"
        "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong."
    )
    actors = _actors(parse, text)
    assert not {"AP", "Mark Ruffalo", "Stella Kim"} & set(actors)


def test_a_name_the_model_calls_an_organisation_with_a_persons_job_is_a_person(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "On Chandler Mountain in north Alabama, tomato farmer Lana Boatwright said only eight "
        "workers showed up."
    )
    actor = _actors(parse, text)["Lana Boatwright"]
    assert actor.kind == "person" and actor.role == "tomato farmer"
