"""Titles before a name: a double title, an acronym title, a lower-case title the model calls a
proper noun, a hyphenated title, "Dr.", a plural title over a list, and a post a person is
named to."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.actors import extract_actors
from briefgen.records import Article


def _role(parse: Callable[[str], Doc], text: str, name: str) -> str | None:
    actors = {a.name: a for a in extract_actors(parse(text), Article("t", text))}
    return actors[name].role


def test_a_double_title_keeps_both_jobs(parse: Callable[[str], Doc]) -> None:
    text = "Whole Foods co-founder and CEO John Mackey said in an internal memo that prices fell."
    role = _role(parse, text, "John Mackey")
    assert role is not None and role.endswith("co-founder and CEO")


def test_an_acronym_is_a_title(parse: Callable[[str], Doc]) -> None:
    text = (
        "The strategies did not work on Snapchat CEO Evan Spiegel, who famously rebuffed a "
        "takeover offer in 2013."
    )
    assert _role(parse, text, "Evan Spiegel") == "CEO"


def test_a_lower_case_title_is_a_title(parse: Callable[[str], Doc]) -> None:
    text = "“These concerns cannot be addressed,” says president David Weisbrot."
    assert _role(parse, text, "David Weisbrot") == "president"


def test_a_hyphenated_title_is_a_title(parse: Callable[[str], Doc]) -> None:
    text = "Officials said they had briefed President-elect Donald J. Trump’s transition team."
    assert _role(parse, text, "Donald J. Trump") == "President-elect"


def test_doctor_is_a_title_mister_is_not(parse: Callable[[str], Doc]) -> None:
    text = (
        "Dr. Joneigh Khaldun of the state health department says the risk continues. "
        "Mr. Tom Harris said nothing."
    )
    assert _role(parse, text, "Joneigh Khaldun") == "Dr"
    assert _role(parse, text, "Tom Harris") is None


def test_a_plural_title_before_a_list_is_each_ones(parse: Callable[[str], Doc]) -> None:
    text = (
        "In the Kowloon West constituency, pro-Beijing councillors Ann Chiang of DAB and "
        "Priscilla Leung of BPA were successfully re-elected."
    )
    assert _role(parse, text, "Priscilla Leung") == "pro-Beijing councillor"


def test_the_post_a_person_is_named_to_is_the_role(parse: Callable[[str], Doc]) -> None:
    text = "McAleenan resigned and Chad Wolf has been named new DHS acting secretary."
    assert _role(parse, text, "Chad Wolf") == "new DHS acting secretary"


def test_a_plural_is_no_ones_role(parse: Callable[[str], Doc]) -> None:
    text = (
        "Jared Kushner and other aides, notably Dan Scavino, walked across the Rose Garden on "
        "Thursday."
    )
    actors = extract_actors(parse(text), Article("t", text))
    assert all(a.role != "other aides" for a in actors)


def test_a_caption_run_into_a_title_is_cut_off(parse: Callable[[str], Doc]) -> None:
    text = (
        "Image caption FBI Director James Comey's latest letter cleared her. "
        "Comey said his investigators had worked around the clock."
    )
    assert _role(parse, text, "James Comey") == "FBI Director"


def test_the_leads_unnamed_person_is_described_so(parse: Callable[[str], Doc]) -> None:
    text = (
        "An Ohio man threatened to kill his wife and carry out mass shootings, the FBI said "
        "Thursday. Wei Li, 38, was arrested on Wednesday. Li sent the messages in June. "
        "Li remains in custody."
    )
    assert _role(parse, text, "Wei Li") == "Ohio man"
