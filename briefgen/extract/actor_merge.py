"""Merging an article's actor mentions: one actor per name, short names folded into full ones,
and mentions that are only words of a person's title taken out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from briefgen.extract import org_names
from briefgen.extract.lang import en
from briefgen.wire import ActorKind

_ACRONYM = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)+) \(([A-Z]{2,6})\)")
# a surname named far more often under one full name is that person's ("Trump" is Donald Trump
# when Melania Trump is named once); otherwise the one introduced first is meant
_DOMINANT = 3
_ORG_MAJORITY = 3


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
    kinds: list[ActorKind] = field(default_factory=list)
    """The kind each mention was found as."""

    @property
    def first(self) -> int:
        """Where the actor is first named."""
        return min((m.start for m in self.mentions), default=0)


def settled_kind(item: Found) -> ActorKind:
    """The kind the mentions agree on. The model calls a name a person in one sentence and an
    organisation in the next ("Emmerson Mnangagwa"), and a surname an organisation far more
    often than a company a person: a name is a person's unless it is an organisation's more than
    _ORG_MAJORITY times as often ("Whole Foods" 28 to 1)."""
    people = item.kinds.count("person")
    orgs = item.kinds.count("organization")
    if people and orgs:
        return "person" if people * _ORG_MAJORITY >= orgs else "organization"
    return item.kind


def merge_short_names(found: dict[str, Found], text: str) -> list[Found]:
    """The actors with a short name folded into the fuller one it stands for ("Gates" into
    "Robert Gates", "SIA" into "Singapore Airlines (SIA)")."""
    _merge_variants(found)
    people = [f for f in found.values() if f.kind == "person"]
    # a lone word is checked against people whatever the model called it: the small model often
    # labels a surname alone an organisation ("Gates detailed", "Mourinho's side"), and a person
    # named in full elsewhere in the article is who it means
    singles = [f for f in found.values() if len(f.name.split()) == 1 and f.kind != "country"]
    for short in sorted(singles, key=lambda f: len(f.name)):
        fuller = [f for f in people if f is not short and short.name in _short_forms(f.name)]
        if short.kind != "person":
            fuller = [f for f in fuller if short.name == _surname(f.name)]
        target = _likeliest(fuller)
        if target is not None:
            _fold(found, short, target)
    for short in singles:
        # a first name alone ("Jose is one of the world's best managers") is the one person of
        # the article named so in full; "the Bill" is no one's first name, and first names in a
        # list are a family's ("their sons Matthew, William and Zachary")
        if short.kind != "person" or short.name.casefold() not in found or _after_the(short):
            continue
        if any(
            m.root.dep_ == "conj" or any(c.dep_ == "conj" for c in m.root.children)
            for m in short.mentions
        ):
            continue
        fuller = [f for f in people if f is not short and _words(f.name)[0] == short.name]
        if len(fuller) == 1:
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
        if not fuller:
            fuller = [
                f
                for f in orgs
                if f is not short
                and f.name.casefold() in found
                and org_names.same_body(short.name, f.name, after_the=_after_the(short))
            ]
        if len(fuller) == 1 and short.name.casefold() in found:
            _fold(found, short, fuller[0])
    return list(found.values())


def _after_the(item: Found) -> bool:
    return any(m.start > 0 and m.doc[m.start - 1].lower_ == "the" for m in item.mentions)


def _words(name: str) -> list[str]:
    """A person's name without the suffix that closes it ("Jr.")."""
    words = name.split()
    while len(words) > 2 and words[-1].casefold() in en.NAME_SUFFIXES:
        words.pop()
    return words


def _surname_first(words: list[str]) -> bool:
    """ "Yoon Suk Yeol", "Lee Jae-myung": a family name that opens a three-word name or one
    whose given name is hyphenated."""
    return (
        len(words) >= 2
        and words[0].casefold() in en.SURNAMES_FIRST
        and (len(words) == 3 or "-" in words[1])
    )


def _bare(word: str) -> str:
    """A surname without the particle joined to it ("al-Bashir" is called "Bashir")."""
    head, _, rest = word.partition("-")
    return rest if rest and head.casefold() in en.NAME_PARTICLES else word


def _surname(name: str) -> str:
    words = _words(name)
    return words[0] if _surname_first(words) else _bare(words[-1])


def _short_forms(name: str) -> set[str]:
    """The one-word forms news copy calls a person by: a later word of the name (the surname,
    with or without its particle), or the first word of a surname-first name. Not the first
    name: "William" in "their sons Matthew, William and Zachary" is not William Cousins."""
    words = _words(name)
    forms = set(words[1:]) | {_bare(w) for w in words[1:]}
    if _surname_first(words):
        forms.add(words[0])
    return forms


def _likeliest(fuller: list[Found]) -> Found | None:
    if not fuller:
        return None
    by_count = sorted(fuller, key=lambda f: -len(f.mentions))
    if len(by_count) == 1 or len(by_count[0].mentions) >= _DOMINANT * len(by_count[1].mentions):
        return by_count[0]
    return min(fuller, key=lambda f: f.first)


def _merge_variants(found: dict[str, Found]) -> None:
    """One person under forms of the same full name: "Pat Carlineo", "Patrick W. Carlineo" and
    "Patrick Carlineo Jr." (same surname, one first name the start of the other) are folded into
    the longest."""
    people = sorted(
        (f for f in found.values() if f.kind == "person" and len(f.name.split()) > 1),
        key=lambda f: -len(f.name),
    )
    for i, longer in enumerate(people):
        if longer.name.casefold() not in found:
            continue
        for shorter in people[i + 1 :]:
            if shorter.name.casefold() in found and _variants(longer.name, shorter.name):
                # the form named more often is the name ("Donald Trump", not a caption's
                # "Virginia Donald Trump" run into it), the longer on a tie
                if len(shorter.mentions) > len(longer.mentions):
                    _fold(found, longer, shorter)
                    break
                _fold(found, shorter, longer)


def _variants(a: str, b: str) -> bool:
    """`b` is another form of the name `a`: its last words in any case ("Bin Laden" for "Osama
    bin Laden"), or the same surname after a first name that starts the other one's."""
    wa, wb = _words(a), _words(b)
    if len(wb) > 1 and [w.casefold() for w in wa[-len(wb) :]] == [w.casefold() for w in wb]:
        return True
    if _surname_first(wa) or _surname_first(wb) or _surname(a) != _surname(b):
        return False
    first_a, first_b = wa[0].casefold().rstrip("."), wb[0].casefold().rstrip(".")
    return len(min(first_a, first_b, key=len)) >= 3 and (
        first_a.startswith(first_b) or first_b.startswith(first_a)
    )


def _fold(found: dict[str, Found], short: Found, target: Found) -> None:
    """Merge the actor `short` into `target`, keeping its name as an alias."""
    target.mentions.extend(short.mentions)
    target.aliases.add(short.name)
    target.aliases.update(short.aliases)
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
