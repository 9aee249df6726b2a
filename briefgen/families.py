"""The fact families of a brief in one place: the `Brief` field each fills, its record type, and
the names evaluation scores it under. The contract, its JSON Schema, eval and the tests read this
list; a new family is a record in `records.py`, a field of `Brief` and a line here."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.records import Actor, Event, Figure, MainEvent, Outlook, Place, Quote, Source


@dataclass(frozen=True, slots=True)
class Family:
    """One kind of fact a brief holds."""

    name: str
    """The `Brief` field (and JSON key) that holds it."""
    record: type
    """The record type of one fact."""
    many: bool = True
    """True for a tuple of records; False for at most one (None when absent)."""
    scored: tuple[str, ...] = ()
    """What `briefgen eval` scores it as, with recall and precision ("roles" are actors' roles)."""


FAMILIES: tuple[Family, ...] = (
    Family("actors", Actor, scored=("actors", "roles")),
    Family("places", Place, scored=("places",)),
    Family("figures", Figure, scored=("figures",)),
    Family("timeline", Event, scored=("dates",)),
    Family("quotes", Quote, scored=("quotes",)),
    Family("sources", Source, scored=("sources",)),
    Family("outlook", Outlook),
    Family("event", MainEvent, many=False),
)
"""Every fact family, in the order of the contract."""

SCORED: tuple[str, ...] = tuple(name for family in FAMILIES for name in family.scored)
"""The families `briefgen eval` scores with recall and precision, in table order."""


def family(name: str) -> Family:
    """The family whose `Brief` field is `name`."""
    for candidate in FAMILIES:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no fact family {name!r}; the families are {[f.name for f in FAMILIES]}")
