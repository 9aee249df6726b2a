"""Place names the small model cuts or joins wrongly: "Washington, D.C.", "Punjab's Bhatinda",
"the Gulf" after "the Gulf of Mexico", "Real Madrid"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefgen.extract.places import extract_places
from briefgen.records import Article, Place


def _places(parse: Callable[[str], Doc], text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(parse(text), Article("t", text))}


def test_a_city_and_its_district_after_a_comma_are_one_place(
    parse: Callable[[str], Doc],
) -> None:
    text = "Lucas Paganini is a scientist at American University in Washington, D.C., he said."
    places = _places(parse, text)
    assert list(places) == ["Washington"]
    assert places["Washington"].kind == "city"
    assert any(a.startswith("Washington, D.C") for a in places["Washington"].aliases)


def test_a_region_owning_a_town_is_not_a_person(parse: Callable[[str], Doc]) -> None:
    text = "“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Punjab’s Bhatinda."
    places = _places(parse, text)
    assert places["Punjab"].country == "IN"
    assert places["Bathinda"].country == "IN" and "Bhatinda" in places["Bathinda"].aliases


def test_a_place_word_alone_is_the_longer_name_given_before(parse: Callable[[str], Doc]) -> None:
    text = (
        "Oil spilled into the Gulf of Mexico after the explosion. "
        "The oil never entered the Gulf, the researchers said."
    )
    places = _places(parse, text)
    assert "Gulf" not in places and "Gulf" in places["Gulf of Mexico"].aliases


def test_a_club_named_after_a_city_is_no_place(parse: Callable[[str], Doc]) -> None:
    text = "He has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United."
    assert "Madrid" not in _places(parse, text)


def test_a_metropolis_is_not_a_province_of_that_name_next_door(
    parse: Callable[[str], Doc],
) -> None:
    text = "Netanyahu visited a settlement bloc in the West Bank south of Jerusalem on Tuesday."
    assert _places(parse, text)["Jerusalem"].country == "IL"
