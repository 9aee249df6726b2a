"""A small coreference step for speakers: the gender the article gives each person, and which
person named before a pronoun ("she said") it points back to.

No second model pass: it reads the parse and entities the pipeline already made. A pronoun points
back to the latest person of its gender named before it, or, when that one is named in
passing ("Yoon's declaration", "rival Joe Biden"), the subject of the sentence that names them;
news copy names a speaker as a subject ("Lee, the party leader, said …") and then quotes them
with "he said".
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import Literal, Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.roles import find_role
from briefgen.extract.spans import cached

Gender = Literal["male", "female"]
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
M = TypeVar("M", bound="Mention")


class Mention(Protocol):
    """A person or body named before a pronoun (a `voices.Voice`)."""

    @property
    def at(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def person(self) -> bool: ...
    @property
    def subject(self) -> bool: ...


def is_subject(span: Span) -> bool:
    """True when the phrase is the subject of its clause, or a name apposed to one."""
    root = span.root
    if root.dep_ in SUBJECTS:
        return True
    return root.dep_ == "appos" and root.head.dep_ in SUBJECTS


def gender_of(name: str, doc: Doc) -> Gender | None:
    """The gender the article gives the person called `name` (by its last word), if it tells."""
    return genders(doc).get(_key(name))


def genders(doc: Doc) -> dict[str, Gender]:
    """Each person's gender by the last word of their name, from the article's own words."""
    return cached(doc, "genders", _genders)


def _key(name: str) -> str:
    words = [w.casefold() for w in name.split()]
    while len(words) > 1 and words[-1] in en.NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def _genders(doc: Doc) -> dict[str, Gender]:
    votes: dict[str, Counter[Gender]] = {}
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for person in people:
        for gender in _clues(person, people):
            votes.setdefault(_key(person.text), Counter())[gender] += 1
    return {key: count.most_common(1)[0][0] for key, count in votes.items()}


def _clues(person: Span, people: Sequence[Span]) -> list[Gender]:
    """Gender clues of one mention: an honorific or a gendered noun beside it, and the first
    gendered pronoun after it in its sentence when it is the subject ("Lana Boatwright said only
    eight of the workers she needed …")."""
    doc = person.doc
    near = [doc[person.start - 1]] if person.start > 0 else []
    root = person.root
    near += [c for c in root.children if c.dep_ in {"appos", "compound", "amod"}]
    if root.dep_ == "appos":
        near.append(root.head)
    clues = [g for t in near if (g := _word_gender(t)) is not None]
    if is_subject(person):
        clues += _pronoun_after(person, people)
    return clues


def _pronoun_after(person: Span, people: Sequence[Span]) -> list[Gender]:
    others = [p.start for p in people if p.start > person.end and is_subject(p)]
    stop = min([person.sent.end, *others])
    for token in person.doc[person.end : stop]:
        if token.is_quote:
            return []  # a pronoun in a quotation speaks of someone else
        if token.pos_ == "PRON" and (gender := _word_gender(token)) is not None:
            return [gender]
    return []


def _word_gender(token: Token) -> Gender | None:
    word = token.lower_.rstrip(".")
    if word in en.MALE_WORDS:
        return "male"
    if word in en.FEMALE_WORDS:
        return "female"
    return None


def antecedent(pronoun: Span, known: Sequence[M]) -> M | None:
    """The person (or body, for "it"/"they") named before `pronoun` that it points back to."""
    word = pronoun[0].lower_
    wants_person = word in en.PERSON_PRONOUNS
    wanted = _word_gender(pronoun[0])
    table = genders(pronoun.doc)
    before = [
        m
        for m in known
        if m.at < pronoun.start_char
        and m.person == wants_person
        and (wanted is None or table.get(_key(m.name), wanted) == wanted)
    ]
    if not before:
        return None
    latest = before[-1]
    start = _sentence_start(pronoun.doc, latest.at)
    if wanted is not None and _key(latest.name) not in table:
        # "Taylor Swift's albums were bought by a company of Scooter Braun. … she described
        # this as …": a person of the pronoun's gender beats one the article gives no gender,
        # when the sentence that names the latest names them too
        sure = [m for m in before if start <= m.at and _key(m.name) in table]
        if sure:
            return sure[-1]
    if latest.subject:
        return latest
    # "Lee, the party leader, said Yoon's declaration …. "…," he said": the subject of the
    # sentence that names the latest person is the one the pronoun follows
    topic = [m for m in before if start <= m.at and m.subject]
    return topic[-1] if topic else latest


def aged_person(span: Span, known: Sequence[M]) -> M | None:
    """The person "the 56-year-old" names again: the person of the story, the one named most
    often before it (by surname), the first named (the lead's) on a tie. Not the latest person named, as
    for "he": copy names a person by age after paragraphs about others ("sacked by Manchester
    United … The 56-year-old said")."""
    before = [m for m in known if m.at < span.start_char and m.person and " " in m.name]
    if not before:
        return None
    words = Counter(t.text for t in span.doc[: span.start] if t.pos_ == "PROPN")
    return max(before, key=lambda m: words[m.name.split()[-1]])


def _sentence_start(doc: Doc, at: int) -> int:
    starts: list[int] = cached(doc, "sentence_starts", lambda d: [s.start_char for s in d.sents])
    return starts[max(0, bisect_right(starts, at) - 1)]


def described_person(span: Span) -> str | None:
    """The person named before a definite description of them ("the president said" after
    "President Barack Obama"): the latest person whose role, as the article gives it, has the
    description's head noun. None when no role matches: the description stays a description."""
    root = span.root
    if span[0].lower_ not in en.ANAPHOR_DETERMINERS or root.pos_ != "NOUN" or root.tag_ == "NNS":
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
        return None  # "the Pentagon chief", "the UN envoy": named by their body, not a role
    head = root.lemma_.lower()
    roles: list[tuple[int, str, frozenset[str]]] = cached(span.doc, "person_roles", _person_roles)
    matches = [name for at, name, words in roles if at < span.start_char and head in words]
    return matches[-1] if matches else None


def _person_roles(doc: Doc) -> list[tuple[int, str, frozenset[str]]]:
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        role = find_role(ent)
        if role is not None:
            words = frozenset(t.lemma_.lower() for t in role if t.pos_ in {"NOUN", "PROPN"})
            found.append((ent.start_char, ent.text, words))
    return found
