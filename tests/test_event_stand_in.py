"""Who, when the main clause's subject is an occasion that cannot act."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.test_extract_event import brief_of


def test_an_occasion_as_subject_gives_way_to_the_person_the_story_is_about(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "The penultimate race of the season was halted on Sunday after a series of crashes. "
        "Max Verstappen drove a remarkable race in the rain. Verstappen passed three cars on "
        "the last lap. Lewis Hamilton won the race.",
        title="Rain halts race",
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.who] == ["Max Verstappen"]


def test_a_named_occasion_as_subject_gives_way_to_the_person_the_story_is_about(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "The potentially title-deciding Brazilian Grand Prix was halted after 20 laps on Sunday. "
        "Kimi Raikkonen crashed on the straight. Raikkonen was unhurt, his team said. "
        "Raikkonen had started fifth.",
        title="Rain halts Brazilian Grand Prix",
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.who] == ["Kimi Raikkonen"]


def test_a_role_qualified_by_its_country_is_the_person_given_that_role(
    parse: Callable[[str], Doc],
) -> None:
    brief = brief_of(
        parse,
        "The house where the dictator was born will be turned into a police station, Austria's "
        "interior minister said on Tuesday. Wolfgang Peschorn, the interior minister, told "
        "reporters the decision was final.",
        title="Dictator's birth house to become police station",
    )
    assert brief.event is not None
    assert [c.text for c in brief.event.who] == ["Wolfgang Peschorn"]
