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


def test_a_site_whose_name_holds_an_and_is_one_site(parse: Callable[[str], Doc]) -> None:
    text = "The engines went to the U.S. Space and Rocket Center in Huntsville, Alabama, officials said."
    site = _places(parse, text)["U.S. Space and Rocket Center"]
    assert site.kind == "facility" and site.country == "US"


def test_an_observatory_where_something_is_done_is_a_site(parse: Callable[[str], Doc]) -> None:
    text = "Paganini and his colleagues used the W.M. Keck Observatory in Hawaii to study Europa."
    assert _places(parse, text)["W.M. Keck Observatory"].kind == "facility"


def test_a_site_noun_heading_the_name_makes_a_site(parse: Callable[[str], Doc]) -> None:
    places = _places(parse, "The Museum of Flight in Seattle, Washington was also proposed.")
    assert places["Museum of Flight"].kind == "facility"
    text = "Lawmakers in the House of Representatives in Canberra voted on Tuesday."
    assert "House of Representatives" not in _places(parse, text)


def test_a_short_form_in_brackets_does_not_hide_where_a_site_is(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Senator John Cornyn issued a statement regarding the rejection of Johnson Space "
        "Center (JSC) in Houston, Texas as a location."
    )
    assert _places(parse, text)["Johnson Space Center"].country == "US"


def test_a_country_named_without_its_article(parse: Callable[[str], Doc]) -> None:
    text = "The plague still circulates in the Democratic Republic of Congo, officials said."
    [congo] = _places(parse, text).values()
    assert congo.country == "CD" and "Democratic Republic of Congo" in congo.aliases


def test_what_is_stormed_or_left_is_a_place(parse: Callable[[str], Doc]) -> None:
    text = "The attackers stormed the Bardo National Museum on Wednesday afternoon."
    assert _places(parse, text)["Bardo National Museum"].kind == "facility"
    text = "As I depart Abuja for Germany on an Official Visit, I welcome the release."
    assert _places(parse, text)["Abuja"].country == "NG"


def test_a_name_capitalised_inside_is_still_a_name(parse: Callable[[str], Doc]) -> None:
    text = "A flu outbreak at the CBP McAllen facility affected nearly three dozen immigrants."
    assert _places(parse, text)["McAllen"].country == "US"


def test_a_place_opening_a_longer_name_is_no_place(parse: Callable[[str], Doc]) -> None:
    text = "Charles Hopkinson, director of Georgia Sea Grant at UGA, disagreed."
    assert "Georgia" not in _places(parse, text)
    assert "Texas" in _places(parse, "Texas Governor Greg Abbott said so on Monday.")


def test_a_colon_dateline_opening_a_paragraph_is_a_place(parse: Callable[[str], Doc]) -> None:
    text = "Their flight was late.\nNEW DELHI: Nearly 150 deportees returned home on Wednesday."
    assert _places(parse, text)["Delhi"].country == "IN"


def test_the_place_in_a_local_body_s_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Officers from the Columbus Police Department arrested her, said a detective from "
        "the New South Wales Police. The Nigeria Police declined to comment."
    )
    places = _places(parse, text)
    assert places["Columbus"].country == "US" and places["New South Wales"].country == "AU"
    assert "Nigeria" not in places


def test_a_town_s_name_in_a_list_of_organisations_is_one_of_them(
    parse: Callable[[str], Doc],
) -> None:
    text = "He has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United."
    assert _places(parse, text) == {}
