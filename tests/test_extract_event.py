"""The main event (5W1H) and the order of actors and places, on small texts with the real model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from spacy.tokens import Doc

from briefgen.corpus.ids import assign_ids
from briefgen.extract import extract_doc
from briefgen.records import Article, Brief
from tests.checks import assert_sound


def brief_of(
    parse: Callable[[str], Doc],
    body: str,
    title: str | None = None,
    published: date | None = date(2019, 11, 20),
    dateline: str | None = None,
    at: time | None = None,
) -> Brief:
    article = Article(
        "t.txt", body, title=title, published=published, dateline=dateline, published_time=at
    )
    # ids are the pipeline's to give, once the corpus is known: give this one the same way
    brief = assign_ids([extract_doc(parse(body), article)])[0]
    assert_sound(brief)
    return brief


def test_the_lead_gives_who_what_where_and_when(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "Emirates ordered 30 Boeing 787 jets at the Dubai Airshow on Wednesday, the airline "
        "said. The order is worth $8.8 billion. Tim Clark, president of Emirates Airline, said "
        "the jets would arrive in 2023.",
        title="Emirates orders 30 Boeing 787 jets",
    )
    event = brief.event
    assert event is not None
    assert [c.text for c in event.who] == ["Emirates"]
    assert event.what.text.startswith("ordered 30 Boeing 787 jets")
    assert event.when is not None and (event.when.text, event.when.date) == (
        "Wednesday",
        "2019-11-20",
    )
    assert [e.text for e in brief.timeline if e.main] == ["Wednesday"]
    body = brief.body
    assert all(body[e.start : e.end] == c.text for c in event.who for e in c.evidence)


def test_a_reported_event_is_the_event_not_the_saying(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "A tram derailed in Croydon early on Wednesday, killing seven people, police said.",
        title="Seven killed as tram derails in Croydon",
    )
    assert brief.event is not None
    assert brief.event.what.text.startswith("derailed")
    assert [c.text for c in brief.event.where] == ["Croydon"]


def test_a_credit_or_byline_is_never_the_main_actor(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "By Sam Meredith\n(Melina Mara/The Washington Post) Hillary Clinton blamed the FBI "
        "director for her defeat in a call with donors on Saturday. Clinton said the letter "
        "stopped her momentum.",
        title="Clinton blames FBI director for election loss",
        published=date(2016, 11, 13),
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.who] == ["Hillary Clinton"]
    assert brief.actors[0].name == "Hillary Clinton"
    assert brief.event.when is not None and brief.event.when.date == "2016-11-12"


def test_a_place_that_only_qualifies_a_noun_is_not_where(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "Hillary Clinton has blamed her defeat in the US presidential election on the FBI "
        "director.",
        title="Clinton blames FBI for defeat",
    )
    assert brief.event is not None and brief.event.where == ()


def test_the_dateline_is_where_when_the_verb_names_no_place(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "Taliban representatives held talks with officials as the militants continue "
        "offensives in northern Afghanistan.",
        dateline="Ashgabat",
        published=None,
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.where] == ["Ashgabat"]
    assert brief.event.when is None  # no date phrase, and no publication date to guess from


def test_no_sentence_no_event(parse: Callable[[str], Doc]) -> None:
    assert brief_of(parse, "Share this").event is None


def test_a_lead_that_dates_nothing_is_dated_by_publication(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "A suicide bomber has rammed a truck into a consulate in Mazar-i-Sharif, killing six "
        "people, officials said. The attack was the deadliest in the city for a long time.",
        title="Deadly attack on consulate",
        published=date(2016, 11, 11),
    )
    assert brief.event is not None and brief.event.when is not None
    assert (brief.event.when.date, brief.event.when.evidence) == ("2016-11-11", ())
    assert brief.event.when.text == "date of publication"
    assert not any(e.main for e in brief.timeline)  # no phrase of the text is claimed


def test_a_story_published_overnight_tells_of_the_day_before(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "A suicide bomber has rammed a truck into a consulate in Mazar-i-Sharif, killing six "
        "people, officials said."
    )
    overnight = brief_of(parse, text, published=date(2016, 11, 11), at=time(3, 34))
    morning = brief_of(parse, text, published=date(2016, 11, 11), at=time(9, 15))
    assert overnight.event is not None and overnight.event.when is not None
    assert morning.event is not None and morning.event.when is not None
    assert (overnight.event.when.date, morning.event.when.date) == ("2016-11-10", "2016-11-11")


def test_an_undated_article_gets_no_invented_when(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "A suicide bomber has rammed a truck into a consulate in Mazar-i-Sharif, killing six "
        "people, officials said.",
        published=None,
    )
    assert brief.event is not None and brief.event.when is None


def test_a_quoted_today_or_a_credit_does_not_date_the_event(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "The Chicago Cubs have won the World Series for the first time since 1908.\n"
        "Cubs players celebrate on the field. (Photo: Ken Blaze-USA TODAY Sports)\n"
        'Manager Joe Maddon said: "I am so happy today. The fans deserve it."',
        title="Cubs win the World Series",
        published=date(2016, 11, 3),
    )
    assert brief.event is not None and brief.event.when is not None
    assert brief.event.when.text == "date of publication"


def test_a_country_gives_way_to_the_town_the_next_sentence_names(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "A suicide bomber has rammed a truck into a German consulate in Afghanistan, killing at "
        "least six civilians, officials said. Gunmen attacked the building after the blast, in "
        "the city of Mazar-i-Sharif. Berlin condemned the attack.",
        title="Fatal attack on German consulate",
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.where] == ["Mazar-i-Sharif"]


def test_a_described_subject_is_the_person_given_that_role(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "A body language expert has analysed Barack Obama and Donald Trump's mannerisms during "
        "their meeting at the White House. Patti Wood, a body language expert, said Mr Obama "
        "looked resigned.",
        title="Donald Trump meets Barack Obama: what the body language tells us",
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.who] == ["Patti Wood"]


def test_a_forecast_is_not_the_event_the_saying_is(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "U.S. President Donald Trump said on Monday that Japan would shoot North Korean missiles "
        "out of the sky if it bought the U.S. weaponry needed for doing so.",
        title="Trump says Japan would shoot down North Korean missiles",
    )
    assert brief.event is not None
    assert brief.event.what.text.startswith("said")
    assert [c.text for c in brief.event.who] == ["Donald Trump"]


def test_a_caption_printed_twice_is_not_the_lead(parse: Callable[[str], Doc]) -> None:
    caption = "The streets of Chicago were flooded with fans after the Cubs won the World Series."
    brief = brief_of(
        parse,
        f"{caption}\n{caption}\nThe Chicago Cubs won the World Series in Cleveland on Wednesday "
        "night, beating the Indians 8-7 in ten innings.",
        title="The Cubs are World Series champions",
        published=date(2016, 11, 3),
    )
    assert brief.event is not None and brief.event.when is not None
    assert brief.event.what.text.startswith("won the World Series")
    assert brief.event.when.date == "2016-11-02"


def test_a_team_from_named_institutions_is_their_work(parse: Callable[[str], Doc]) -> None:
    brief = brief_of(
        parse,
        "A research team from the Massachusetts Institute of Technology and the University of "
        "Sheffield has analysed the effects of ozone pollution on the production of wheat.",
        title="Ozone and warming threaten crops, study finds",
    )
    assert brief.event is not None
    names = [c.text for c in brief.event.who]
    assert "Massachusetts Institute of Technology" in names and len(names) == 2, names


def test_a_country_the_headline_names_is_where_when_the_lead_names_none(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "President Muhammadu Buhari says 21 of the schoolgirls abducted by the militant group "
        "Boko Haram have been released. The girls were taken from their school in 2014. Talks "
        "went on for months. The group still holds many more girls in Nigeria.",
        title="Nigeria says 21 schoolgirls abducted by Boko Haram have been released",
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.where] == ["Nigeria"]
