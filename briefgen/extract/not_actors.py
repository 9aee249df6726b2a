"""Entities the small model labels ORG or PERSON that are not actors: places and things.

The model reads capitalisation more than meaning, so a town in a list ("Berrien, Cass and Van
Buren counties"), a town after "in" ("in Montgomery"), a place that qualifies another word
("Wolfsburg-based", "the Rukban camp") and a named thing ("Social Security Act", "Hang Seng
Index") come out as organisations or people. The parse and the words around the name say which
it is, so these rules read those, never a list of particular names."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract import gazetteer
from briefgen.extract.lang import en


def is_thing(span: Span, label: str) -> bool:
    """A named thing, not a body: a law, an index, a league, a vehicle ("Space Shuttle Atlantis")."""
    if any(t.lower_ in en.VEHICLE_WORDS for t in span):
        return True
    # only the closing word: "Bill Clinton" and "Nathan Law" are people
    return label == "ORG" and span[-1].lower_ in en.THING_WORDS


def is_place(span: Span, place_names: set[str], *, by_gazetteer: bool = True) -> bool:
    """A name that stands for a place where the model says organisation or person; the
    gazetteer's cues (a known town after "in") only when `by_gazetteer` (most surnames are a
    town somewhere, so a person's name is judged by the parse alone)."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based":
        return True  # "Wolfsburg-based VW": where the company is, not an actor
    if _qualifies_place_noun(span.root) or _compass_of(span):
        return True
    if not by_gazetteer:
        # a person's name never ends in a site's or a district's word ("Steven F. Udvar-Hazy
        # Center", "Yobe North") nor follows "in" (an organisation may: "in the Senate")
        last = span[-1].lower_
        site = last in en.FACILITY_WORDS or last in en.SITE_WORDS or last in en.COMPASS_REGIONS
        if len(span) > 1 and site:
            return True
        # nor follows an article: "the Bill would require", "loaded up the Polaris"
        word_before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return word_before in en.ARTICLES or _after_place_preposition(span)
    entry = gazetteer.lookup(span.text)
    if entry is None or entry.kind == "country":
        return False
    if span.text.casefold() in place_names or _after_place_preposition(span):
        return True  # the model calls it a place elsewhere, or it follows "in" ("in Harare")
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    # "all of Scarsdale", "32, of Franklin": "of" after a person or an age gives a home town
    return (
        before.lower_ == "of"
        and before.head.ent_type_ in {"PERSON", "CARDINAL", ""}
        and (before.i > 0 and (doc[before.i - 1].text == "," or doc[before.i - 1].lower_ == "all"))
    )


def _compass_of(span: Span) -> bool:
    """ "west of the Florida Keys": a direction from the name makes it a place."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in en.ARTICLES:
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in en.COMPASS_WORDS


def _after_place_preposition(span: Span) -> bool:
    """ "in Montgomery", "in the Dry Tortugas", "near Harare": the object of "in" or "near"."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in en.ARTICLES:
        i -= 1
    return i >= 0 and doc[i].lower_ in en.PLACE_PREPS and span.root.dep_ == "pobj"


def _qualifies_place_noun(root: Token) -> bool:
    """The name is a modifier of a place noun, or stands in a list of places ("Barry, Berrien,
    Calhoun, Cass and Van Buren counties", "the Rukban camp", "Jolinda Drive")."""
    if root.lower_ in en.STREET_NOUNS:
        return True
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"compound", "amod", "nmod"} and node.head.lower_ in en.PLACE_NOUNS:
        return True
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in en.PLACE_NOUNS:
        return True  # "the town of Chibok"
    if node.i == root.i and not any(c.dep_ == "conj" for c in root.children):
        return False  # not in a list
    # a list is one kind of thing: with places the model recognised (two, as it also mistakes
    # a person for a place), or closed by a place noun ("... and Van Buren counties"), every
    # name in it is a place
    members = conjuncts(node)
    if sum(t.ent_type_ in {"GPE", "LOC"} for t in members) >= 2:
        return True
    return any(c.lower_ in en.PLACE_NOUNS for m in members for c in m.children)


def conjuncts(first: Token) -> list[Token]:
    """The members of the list `first` opens (conjuncts of conjuncts, not words inside them)."""
    members, todo = [], [first]
    while todo:
        node = todo.pop()
        members.append(node)
        todo.extend(c for c in node.children if c.dep_ == "conj")
    return members


def trim_origin(span: Span) -> Span:
    """The name without an origin suffix the tokenizer kept in the entity ("Kroger-owned")."""
    text = span.text
    for suffix in en.ORIGIN_SUFFIXES:
        if text.endswith(suffix) and len(span) > 2:
            return span.doc[span.start : span.end - 2]
    return span


def is_title(span: Span, label: str) -> bool:
    """An organisation label on a person's title ("House of Representatives Speaker"): the
    name ends in a role noun."""
    return label == "ORG" and span[-1].lemma_.lower() in en.ROLE_NOUNS


def without_title(span: Span) -> Span:
    """A person's name without a role noun the model took into it ("Farmer Chad Smith")."""
    if len(span) > 2 and span[0].lemma_.lower() in en.ROLE_NOUNS:
        return span.doc[span.start + 1 : span.end]
    return span


def trim_prefix(span: Span) -> Span:
    """A name without the prefixed adjective the model took into it ("Pro-Beijing DAB",
    "Pan-democrat Lam Cheuk-ting", "Ex-BEA boss"): "pro-", "pan-", "ex-" ... and what they join."""
    doc = span.doc
    start = span.start
    while (
        start + 2 < span.end
        and doc[start].lower_ in en.NAME_PREFIXES
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
    ):
        start += 3
    return doc[start : span.end]


def starts_lower(span: Span) -> bool:
    """A name opening on a lower-case word that no name opens with ("pro-Beijing" left over)."""
    first = span[0].text
    return first[:1].islower() and first.rstrip("-") not in en.NAME_PARTICLES


def is_bracketed_code(span: Span) -> bool:
    """A ticker or abbreviation in brackets right after a name ("Barclays (BCS)", "Singapore
    Airlines (SIA)"): another form of that name, never an actor of its own (a later "SIA" is
    folded into the full name by the acronym it stands beside)."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or not span.text.replace(".", "").isupper():
        return False
    name_before = doc[span.start - 2]
    return (
        doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and (bool(name_before.ent_type_) or name_before.pos_ == "PROPN")
    )


def is_people_at_large(span: Span) -> bool:
    """A people or a faith as a whole ("Israelis live in settlements", "radical Muslims"), a
    prefixed adjective left alone ("pro-Beijing") or one member ("the Republican"): neither a
    state nor a group that acts."""
    word = span.text
    return (
        not word.endswith("s")  # "the Republican is due to be sworn in": one person, not a group
        or en.demonym_country(word) is not None
        or en.demonym_country(word.removesuffix("s")) is not None
        or word.casefold() in en.FAITH_GROUPS
        or word[:1].islower()
    )


def is_product_or_feast(span: Span) -> bool:
    """A model after its type number ("the 737 Max jet", not "30 Airbus jets") or a feast
    ("Easter"): a word the model takes for a name."""
    doc = span.doc
    if span.text.casefold() in en.HOLIDAYS:
        return True
    before = doc[span.start - 1].text if span.start > 0 else ""
    return len(span) == 1 and before.isdigit() and len(before) >= 3
