"""What a figure's sentence says around it: the actors and places named beside it, what happens
to what it counts, and whether the number names something ("lap 19") rather than counting it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.records import Actor, Brief, Figure, Place
from briefgen.stories.measures import sentence_of
from briefgen.stories.records import FigureValue
from briefgen.stories.stop_words import STOP_WORDS

CONTEXT_WORDS = 4
"""How many content words after a figure say what it counts."""

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")


def unit_of(figure: Figure) -> str:
    """The counted noun or unit, singular and casefolded ("" for none)."""
    return singular((figure.unit or "").casefold())


def anchors(brief: Brief, figure: Figure) -> tuple[set[str], set[str]]:
    """Actors and places named in the figure's sentence, and the places alone."""
    start, end = sentence_of(brief, figure)

    def named(items: Sequence[Actor | Place]) -> set[str]:
        names: set[str] = set()
        for item in items:
            if any(start <= e.start < end for e in item.evidence):
                names.add(item.name.casefold())
                names.update(alias.casefold() for alias in item.aliases)
        return names

    places = named(brief.places)
    return named(brief.actors) | places, places


def counted_by(brief: Brief, figure: Figure) -> str | None:
    """The first content word after the number and its noun: what happens to what is counted.

    "12 passengers died" → "died"; "five people and injuring" → "injuring". Names are skipped
    (the anchors compare those); None when the sentence says nothing more ("23 passengers in
    Mwanza"), which agrees with any figure of the same thing about the same actor or place.
    """
    end = figure.evidence[-1].end
    sentence_end = sentence_of(brief, figure)[1]
    named: list[Actor | Place] = [*brief.actors, *brief.places]
    names = {word.casefold() for item in named for word in _WORD.findall(item.name)}
    unit = unit_of(figure)
    following = [w.casefold() for w in _WORD.findall(brief.body[end:sentence_end])]
    for word in following[:CONTEXT_WORDS]:
        if word in STOP_WORDS or word in names or singular(word) == unit:
            continue
        return str(word[:5])
    return None


def singular(word: str) -> str:
    """ "passengers" → "passenger", "bodies" → "body"; "loss" stays."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def is_an_index(brief: Brief, figure: Figure) -> bool:
    """ "lap 19", "Game 7", "Route 66": a number after its noun names one, it does not count."""
    before = _WORD.findall(
        brief.body[max(0, figure.evidence[0].start - 20) : figure.evidence[0].start]
    )
    return bool(before) and bool(figure.unit) and singular(before[-1].casefold()) == unit_of(figure)


def in_a_word(brief: Brief, figure: Figure) -> bool:
    """ "father-of-three": a number inside a hyphenated word counts nothing of the story."""
    start = figure.evidence[0].start
    return start > 1 and brief.body[start - 1] == "-" and brief.body[start - 2].isalpha()


def anchor_name(values: tuple[FigureValue, ...], anchors: set[str] | None) -> str | None:
    """The name, as a briefing writes it, of the actor or place every value names beside it."""
    if not anchors:
        return None
    for value in values:
        items: list[Actor | Place] = [*value.brief.actors, *value.brief.places]
        for item in items:
            if item.name.casefold() in anchors:
                return item.name
    return None
