"""Merging an article's names for one actor: organisation names (initials, a state before the
name, "the Corps", department word order), forms of a person's full name, surnames that open a
name, and which full name a shared surname stands for."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.actors import extract_actors
from briefgen.extract.org_names import same_body
from briefgen.records import Actor, Article


def _actors(parse: Callable[[str], Doc], text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(parse(text), Article("t", text))}


def test_initials_name_the_organisation() -> None:
    assert same_body("U.N.", "United Nations")
    assert same_body("PG&E", "Pacific Gas & Electric Co.")
    assert same_body("EU", "European Union")
    assert not same_body("IMF", "European Union")


def test_a_state_before_a_name_is_the_same_body() -> None:
    assert same_body("Census Bureau", "U.S. Census Bureau")
    assert same_body("Senate", "Nigerian Senate")
    assert not same_body("Senate", "Student Senate")


def test_a_closing_word_is_the_body_only_after_the() -> None:
    assert same_body("Corps", "Marine Corps", after_the=True)
    assert not same_body("House", "White House")


def test_department_word_order_does_not_matter() -> None:
    assert same_body("Homeland Security Department", "Department of Homeland Security")


def test_forms_of_one_full_name_are_one_person(parse: Callable[[str], Doc]) -> None:
    text = (
        "Patrick W. Carlineo Jr. pleaded guilty on Monday. Carlineo, 55, faces ten years. "
        "His lawyer said Pat Carlineo is passionate about politics. Patrick Carlineo was arrested "
        "in March."
    )
    actors = _actors(parse, text)
    people = [a for a in actors.values() if "Carlineo" in a.name]
    assert len(people) == 1
    assert {"Pat Carlineo", "Patrick Carlineo"} <= set(people[0].aliases)


def test_a_surname_that_opens_the_name_is_its_short_form(parse: Callable[[str], Doc]) -> None:
    text = (
        "South Korean President Yoon Suk Yeol apologised on Saturday. Yoon said he would not "
        "evade responsibility. Opposition leader Lee Jae-myung called it disappointing. Lee said "
        "Yoon must resign."
    )
    actors = _actors(parse, text)
    assert "Yoon" in actors["Yoon Suk Yeol"].aliases and "Yoon" not in actors
    assert "Lee" in actors["Lee Jae-myung"].aliases and "Lee" not in actors


def test_a_shared_surname_is_the_person_named_first(parse: Callable[[str], Doc]) -> None:
    text = (
        "Zimbabwe's President Robert Mugabe met a delegation on Thursday. His wife Grace Mugabe "
        "was not seen. Mugabe has ruled since 1980. Mugabe said nothing. Grace Mugabe left."
    )
    actors = _actors(parse, text)
    assert "Mugabe" in actors["Robert Mugabe"].aliases


def test_a_surname_without_its_particle_is_the_full_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Sudan's president, Omar Hassan al-Bashir, was indicted in 2009. Officials said that "
        "Bashir must be held accountable."
    )
    actors = _actors(parse, text)
    assert "Bashir" in actors["Omar Hassan al-Bashir"].aliases and "Bashir" not in actors


def test_the_last_words_of_a_name_in_another_case_are_that_name(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Sudan once sheltered Osama bin Laden, officials said. In 1998, Bin Laden’s agents blew "
        "up two embassies."
    )
    actors = _actors(parse, text)
    assert "Bin Laden" not in actors
    assert "Bin Laden" in actors["Osama bin Laden"].aliases


def test_a_form_of_address_is_not_part_of_the_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Sue Patel, who lives near the station, heard a noise. Ms Patel, who takes the tram "
        "daily, said she was shocked."
    )
    actors = _actors(parse, text)
    assert "Ms Patel" not in actors and actors["Sue Patel"].mentions == 2


def test_a_first_name_the_model_left_out_joins_the_surname(parse: Callable[[str], Doc]) -> None:
    text = (
        "London mayor Sadiq Khan said he was in contact with emergency services. "
        "The Mayor of London Sadiq Khan visited the scene."
    )
    actors = _actors(parse, text)
    assert "Khan" not in actors and actors["Sadiq Khan"].mentions == 2


def test_a_first_name_alone_is_the_one_person_named_so(parse: Callable[[str], Doc]) -> None:
    text = (
        'Jose Mourinho has agreed a deal to manage Tottenham. The club said: "Jose is one of '
        "the world's most accomplished managers.\" Mourinho arrives on Monday."
    )
    actors = _actors(parse, text)
    assert "Jose" not in actors


def test_first_names_in_a_list_are_a_family_not_a_namesake(parse: Callable[[str], Doc]) -> None:
    text = (
        "Police named William Cousins, 25, among the dead. They identified the others as Bruce "
        "Steinberg and his sons Matthew, William and Zachary."
    )
    actors = _actors(parse, text)
    named = actors.get("William Cousins") or actors.get("Bruce Steinberg")
    assert named is not None
    assert "William" not in named.aliases


def test_the_form_named_most_often_keeps_the_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Crowds gathered in Leesburg, Virginia Donald Trump told the rally the race was rigged. "
        "Donald Trump later left for Michigan. Aides said Donald Trump was tired."
    )
    actors = _actors(parse, text)
    assert "Virginia Donald Trump" not in actors


def test_a_form_of_address_the_model_calls_an_organisation_is_a_person(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Patti Wood, a body language expert, analysed the two men. Ms Wood claims the "
        "president is subconsciously exerting his authority."
    )
    actors = _actors(parse, text)
    assert "Ms Wood" not in actors
