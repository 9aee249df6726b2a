"""The main event (5W1H) of an article and the order of its actors and places.

The main clause of the lead (`lead`) gives what happened (`what`) and who did it (`who`); the
places and date phrases around its verb give where (`where`) and when (`when`); actors and places
are then ordered by how central they are (`salience`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from briefgen.extract.event.lead import main_clause
from briefgen.extract.event.salience import rank_actors, rank_places
from briefgen.extract.event.what import find_how, find_what, find_why
from briefgen.extract.event.when import find_when
from briefgen.extract.event.where import find_where
from briefgen.extract.event.who import find_who
from briefgen.records import Actor, Article, Event, MainEvent, Place

__all__ = ["extract_event", "mark_main", "rank_actors", "rank_places"]


def extract_event(
    doc: Doc,
    article: Article,
    title: str,
    actors: Sequence[Actor],
    places: Sequence[Place],
    timeline: Sequence[Event],
) -> MainEvent | None:
    """The main event of `doc`: its sentence chosen by lead position and headline overlap."""
    clause = main_clause(doc, title)
    if clause is None:
        return None
    sent, verb = clause.region, clause.verb
    return MainEvent(
        what=find_what(verb),
        who=find_who(doc, sent, verb, title, actors, places),
        when=find_when(sent, verb, article, timeline),
        where=find_where(doc, sent, verb, article, title, places),
        why=find_why(verb),
        how=find_how(verb),
    )


def mark_main(
    timeline: Sequence[Event], event: MainEvent | None
) -> tuple[tuple[Event, ...], MainEvent | None]:
    """The timeline with the main event's row marked, and the event pointing at that row."""
    if event is None or event.when is None:
        return tuple(timeline), event
    rows = tuple(replace(e, main=True) if e == event.when else e for e in timeline)
    return rows, replace(event, when=replace(event.when, main=True))
