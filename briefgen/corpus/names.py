"""Short forms of actor names across briefings: initials ("GM" for "General Motors") and surnames
("Khan" for "Sadiq Khan").

A short form is joined to a full name only where the corpus shows they are the same: the short
form is the initials (of an organisation) or the surname (of a person) of exactly one full name
named in the same briefing, or else in the same story. A surname shared by two people of the
briefing or story ("Johnson" beside Boris and Lyndon Johnson) joins neither, and a short form
seen nowhere near a full name stays as it is: "Khan" in another story may be someone else.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from briefgen.records import Actor, Brief

# words initials skip: "Bank of England" is BoE/BE, "General Motors Corporation" is GM
_MINOR = frozenset({"of", "the", "and", "for", "de", "du", "la", "le", "&"})
_LEGAL = frozenset(
    {"corporation", "corp", "co", "company", "inc", "incorporated", "ltd", "limited", "llc"}
    | {"plc", "group", "holdings", "sa", "ag", "gmbh", "nv"}
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]?[A-Z&]{0,5}")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def initials(name: str) -> str:
    """The capital initials of a name's words, minor and legal words left out ("GM")."""
    words = [w for w in _WORD.findall(name) if w.casefold().strip(".") not in _MINOR]
    while len(words) > 1 and words[-1].casefold().strip(".") in _LEGAL:
        words.pop()
    return "".join(w[0].upper() for w in words)


def surname(name: str) -> str | None:
    """The last word of a name of two words or more, suffixes ("Jr") left out."""
    words = _WORD.findall(name)
    while len(words) > 2 and words[-1].casefold().strip(".") in _SUFFIXES:
        words.pop()
    return words[-1] if len(words) > 1 else None


def shortens(short: str, full: str, *, person: bool | None = None) -> bool:
    """True when `short` is the initials of `full` (not for a person) or its surname (only for
    a person); `person` None allows either."""
    if short == full or len(short.split()) != 1:
        return False
    if (
        person is not True
        and _ACRONYM.fullmatch(short)
        and initials(full) == short.replace("&", "")
    ):
        return len(short) > 1
    return person is not False and surname(full) == short


def identity(name: str, *, person: bool) -> tuple[str, ...]:
    """What two spellings of one name share: a person's first name and surname ("Donald J.
    Trump" is "Donald Trump"), an organisation's words without legal ones ("General Motors
    Corporation" is "General Motors")."""
    words = [w.casefold().strip(".") for w in _WORD.findall(name)]
    if not person:
        return tuple(w for w in words if w not in _LEGAL)
    words = [w for w in words if w not in _HONORIFICS]
    suffix = [words.pop()] if len(words) > 2 and words[-1] in _SUFFIXES else []
    return (words[0], words[-1], *suffix) if len(words) > 1 else tuple(words)


def spellings_of_one(short: str, names: Iterable[str], *, person: bool | None) -> list[str]:
    """The names among `names` that `short` shortens, if they are spellings of one name
    ("Donald Trump", "Donald J. Trump"); empty when none are, or names of several."""
    found: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(set(names)):
        if shortens(short, name, person=person):
            fit = person if person is not None else surname(name) == short
            found.setdefault(identity(name, person=fit), []).append(name)
    return next(iter(found.values())) if len(found) == 1 else []


class _ShortForms:
    """The full names of some actors by the short forms they may go by: persons by surname,
    organisations by initials; so that a story of thousands of names is searched once."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self._names: dict[tuple[bool, str], set[str]] = {}
        for actor in actors:
            person = actor.kind == "person"
            short = surname(actor.name) if person else initials(actor.name)
            if short and len(_WORD.findall(actor.name)) > 1:
                self._names.setdefault((person, short), set()).add(actor.name)

    def full_name(self, short: Actor) -> str | None:
        """The one full name `short` shortens (an organisation's initials, a person's surname:
        both of one kind), None when none or several do."""
        person = short.kind == "person"
        named = self._names.get(
            (person, short.name if person else short.name.replace("&", "")), set()
        )
        return next(iter(spellings_of_one(short.name, named, person=person)), None)


def full_names(briefs: Sequence[Brief], story_of: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(brief id, actor name) → the full name a short form stands for, from the same briefing or
    else the same story (`story_of`: brief id → story id)."""
    members: dict[str, list[Actor]] = {}
    for brief in briefs:
        members.setdefault(story_of.get(brief.id, brief.id), []).extend(brief.actors)
    stories = {story: _ShortForms(actors) for story, actors in members.items()}
    found: dict[tuple[str, str], str] = {}
    for brief in briefs:
        shorts = [a for a in brief.actors if len(a.name.split()) == 1]
        if not shorts:
            continue
        own, story = _ShortForms(brief.actors), stories[story_of.get(brief.id, brief.id)]
        for actor in shorts:
            full = own.full_name(actor) or story.full_name(actor)
            if full is not None:
                found[brief.id, actor.name] = full
    return found


def owners_of(alias: str, owners: Collection[str]) -> list[str]:
    """The full names an alias stands for: the only one that gives it, or those it is the
    initials or surname of when they are spellings of one name ("GM" for "General Motors" and
    "General Motors Corporation", not "GM Europe"); never a surname of two people ("Johnson")."""
    if len(owners) == 1:
        return list(owners)
    return spellings_of_one(alias, owners, person=None)


def title(names: Collection[str]) -> list[str]:
    """The names a page may be titled by: those that are not the initials or surname of
    another of `names`."""
    return [n for n in names if not any(shortens(n, other) for other in names)]
