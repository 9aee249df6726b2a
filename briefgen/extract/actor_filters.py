"""Names that are no actors, judged by the words next to them: a title with no name ("army
Cmdr."), a thing given a name ("a liquid known as AdBlue"), a family's first names, and a town
in capitals that opens a dateline; and a title that makes a person of a town's name."""

from __future__ import annotations

from spacy.tokens import Span

from briefgen.extract import gazetteer
from briefgen.extract.lang import en
from briefgen.extract.not_actors import conjuncts

_NAMING_WORDS = frozenset({"called", "dubbed", "named", "known"})


def is_named_thing(span: Span) -> bool:
    """A name the article gives a thing ("a liquid known as AdBlue", "a drug called Narcan"):
    the model calls it an organisation, but what is named is neither a body nor a person."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "as":
        i -= 1
    if i < 0 or doc[i].lower_ not in _NAMING_WORDS:
        return False
    named = doc[i].head if doc[i].dep_ in {"acl", "relcl"} else None
    if named is None or named.pos_ != "NOUN":
        return False
    word = named.lemma_.lower()
    return word not in en.ORG_NOUNS and word not in en.PERSON_NOUNS and word not in en.LEAD_PEOPLE


def in_first_name_list(mentions: list[Span]) -> bool:
    """A lone first name, named once, in a list of lone first names ("their sons Matthew,
    William and Zachary"): a family named in passing, whose members a brief cannot tell apart."""
    if len(mentions) != 1 or len(mentions[0]) != 1:
        return False
    node = mentions[0].root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    members = conjuncts(node)
    return len(members) >= 3 and all(
        m.pos_ == "PROPN" and not any(c.dep_ in {"compound", "flat"} for c in m.children)
        for m in members
    )


def after_title(span: Span) -> bool:
    """A title or form of address stands right before the name ("President Bush", "Gov. Lee")."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1].text.rstrip(".")
    folded = word.casefold()
    return word[:1].isupper() and (
        folded in en.TITLE_WORDS or folded in en.TITLE_ABBREVIATIONS or word in en.HONORIFICS
    )


def is_only_title(span: Span) -> bool:
    """A "name" made only of title words ("army Cmdr." at a line's end, its name on the next
    line): a title whose person the model did not reach is no actor by itself."""
    words = [t.text.rstrip(".").casefold() for t in span if not t.is_punct]
    return bool(words) and all(
        w in en.TITLE_WORDS or w in en.TITLE_ABBREVIATIONS or w in en.ROLE_NOUNS for w in words
    )


def is_dateline_town(span: Span) -> bool:
    """A town in capitals that opens a sentence before a comma ("HONOLULU, Hawaii (AP) -"): a
    dateline the reader left in the text, which the model reads as an organisation's acronym."""
    doc = span.doc
    if not span.text.isupper() or span.start != span.sent.start or span.end >= len(doc):
        return False
    entry = gazetteer.lookup(span.text.title())
    return doc[span.end].text == "," and entry is not None and entry.kind != "country"


def without_job_of(span: Span) -> Span:
    """An organisation's name without the job the model took into it ("CEO and Founder of
    Ceres Robotics Inc" labelled whole): what follows the job's "of"."""
    cut = next((t.i for t in span[1:-1] if t.lower_ == "of"), None)
    if cut is None or span[0].lemma_.lower() not in en.ROLE_NOUNS | en.TITLE_WORDS:
        return span
    if not all(
        t.lemma_.lower() in en.ROLE_NOUNS or t.lower_ == "and" for t in span[: cut - span.start]
    ):
        return span
    return span.doc[cut + 1 : span.end]
