"""Merging an article's actor mentions: one actor per name, short names folded into full ones,
and mentions that are only words of a person's title taken out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from briefgen.wire import ActorKind

_ACRONYM = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)+) \(([A-Z]{2,6})\)")


@dataclass(slots=True)
class Found:
    """An actor being gathered: its name, kind, mentions and role so far."""

    name: str
    kind: ActorKind
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    role_span: Span | None = None
    subject: bool = False


def merge_short_names(found: dict[str, Found], text: str) -> list[Found]:
    """The actors with a short name folded into the fuller one it stands for ("Gates" into
    "Robert Gates", "SIA" into "Singapore Airlines (SIA)")."""
    people = [f for f in found.values() if f.kind == "person"]
    # a lone word is checked against people whatever the model called it: the small model often
    # labels a surname alone an organisation ("Gates detailed", "Mourinho's side"), and a person
    # named in full elsewhere in the article is who it means
    singles = [f for f in found.values() if len(f.name.split()) == 1 and f.kind != "country"]
    for short in sorted(singles, key=lambda f: len(f.name)):
        fuller = [
            f
            for f in people
            # news copy calls a person again by the surname, not the first name: "William" in
            # "their sons Matthew, William and Zachary" is not William Cousins
            if f is not short and short.name in f.name.split()[1:]
        ]
        if short.kind != "person":
            fuller = [f for f in fuller if f.name.split()[-1] == short.name]
        fuller.sort(key=lambda f: -len(f.mentions))
        # "Trump" is Donald Trump when he is named far more often than Melania Trump
        if len(fuller) == 1 or (
            len(fuller) > 1 and len(fuller[0].mentions) >= 2 * len(fuller[1].mentions)
        ):
            _fold(found, short, fuller[0])
    # organisations: "China Eastern" is "China Eastern Airlines"; "SIA" is "Singapore Airlines (SIA)"
    acronyms = {m.group(2): m.group(1) for m in _ACRONYM.finditer(text)}
    orgs = [f for f in found.values() if f.kind == "organization"]
    for short in sorted(orgs, key=lambda f: len(f.name)):
        full = acronyms.get(short.name, "")
        fuller = [
            f
            for f in orgs
            if f is not short
            and f.name.casefold() in found
            and (
                f.name.startswith((short.name + " ", short.name + "."))
                or (f.name.endswith(full) and full)
            )
        ]
        if len(fuller) == 1 and short.name.casefold() in found:
            _fold(found, short, fuller[0])
    return list(found.values())


def _fold(found: dict[str, Found], short: Found, target: Found) -> None:
    """Merge the actor `short` into `target`, keeping its name as an alias."""
    target.mentions.extend(short.mentions)
    target.aliases.add(short.name)
    target.subject = target.subject or short.subject
    target.role = target.role or short.role
    target.role_span = target.role_span or short.role_span
    found.pop(short.name.casefold(), None)


def drop_title_words(items: list[Found]) -> list[Found]:
    """Mentions that are only words of a person's title ("Defense Secretary Robert Gates",
    "Secretary of State Mike Pompeo", "Chinese Foreign Ministry spokesman Hua Chunying") are
    not the organisation acting; an organisation named only so is no actor."""
    titles = {
        t.i
        for f in items
        if f.role_span is not None and any(0 <= m.start - f.role_span.end <= 1 for m in f.mentions)
        for t in f.role_span
    }
    kept = []
    for item in items:
        if item.kind != "person":
            item.mentions = [m for m in item.mentions if not all(t.i in titles for t in m)]
        if item.mentions:
            kept.append(item)
    return kept
