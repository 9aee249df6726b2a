"""Names the model does not label as places, or labels as one thing where there are two, that
the words around them make places: a known town after "in" or before "-based", towns in a
list closed by "counties", a site where something happens, a street in an address."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from briefgen.extract import gazetteer, not_actors, place_evidence
from briefgen.extract.lang import en

_SITE_ENDINGS = en.FACILITY_WORDS | en.SITE_WORDS | en.STREET_NOUNS


def county_word(span: Span) -> bool:
    """The name stands before "County", or in a list closed by "counties"."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.lower_ in {"county", "counties"}:
        return True
    for token in doc[span.end : span.end + 30]:
        if token.lower_ == "counties":
            return True
        if not (token.is_title or token.text == "," or token.lower_ in {"and", "or"}):
            return False
    return False


def streets(doc: Doc) -> list[Span]:
    """Streets in an address or a scene ("of 1119 Eighth St.", "near 17th Street"): capitalised
    or ordinal words closed by a street word, after a house number or "near"; the model labels
    them anything or nothing."""
    found: list[Span] = []
    for token in doc:
        if token.text not in en.STREET_WORDS or token.i == 0:
            continue
        start = token.i
        while start > 0 and _street_word(doc[start - 1]):
            start -= 1
        # an address's house number, or "near", makes it a street where something is; a
        # street named alone is often its trade ("Wall Street", "Downing Street")
        before = doc[start - 1] if start > 0 else None
        where = before is not None and (before.like_num or before.lower_ == "near")
        if start < token.i and where:
            found.append(Span(doc, start, token.i + 1, label="FAC"))
    return found


def _street_word(token: Token) -> bool:
    ordinal = token.text[:-2].isdigit() and token.text[-2:] in {"st", "nd", "rd", "th"}
    return ordinal or (token.is_title and token.is_alpha and token.lower_ not in en.STOP_WORDS)


def parts(span: Span) -> list[Span]:
    """The names in one span the model ran together: "Orange and Riverside (counties)",
    "Punjab's Bhatinda"; the whole span when it is one name or the gazetteer knows it."""
    cuts = [t.i for t in span if t.lower_ in {"and", ","} or t.text in en.POSSESSIVE_S]
    if not cuts or gazetteer.lookup(span.text) is not None:
        return [span]
    edges = [span.start, *cuts, span.end]
    found = [span.doc[a + (a in cuts) : b] for a, b in itertools.pairwise(edges)]
    found = [part for part in found if len(part)]
    # only a list of places: "U.S. Space and Rocket Center" is one name
    return found if all(gazetteer.lookup(part.text) for part in found) else [span]


def body_of_place(span: Span) -> Span | None:
    """The place in the name of its local body ("the Columbus Police Department", "the New
    South Wales Police"): the words before the body's noun, when they name a known place."""
    for token in span[1:]:
        if token.lower_ in en.LOCAL_BODIES | en.PLACE_HEADS:
            place = span.doc[span.start : token.i]
            if place[0].lower_ in en.ARTICLES:
                place = place[1:]
            entry = gazetteer.lookup(place.text) if len(place) else None
            # a country's own police is a national body, an actor rather than a place
            if (
                entry is None
                or entry.kind == "country"
                or place_evidence.acronym_town(place.text, entry)
            ):
                return None
            return place if gazetteer.key(entry.name) == gazetteer.key(place.text) else None
    return None


def owner_and_place(span: Span, found: list[Span]) -> bool:
    """ "Punjab's Bhatinda", labelled one person: a region and a town it holds, when the
    gazetteer has the town in a country of the region's."""
    if len(found) != 2 or span.doc[found[0].end].text not in en.POSSESSIVE_S:
        return False
    owners = {e.country for e in gazetteer.candidates(found[0].text) if e.kind != "city"}
    return any(e.country in owners for e in gazetteer.candidates(found[1].text))


def named_otherwise(
    span: Span, label: str, person_words: set[str], place_names: set[str]
) -> str | None:
    """The place label for a name the model labels otherwise (or not at all), when the words
    around it make it a place: a known town after "in" or before "-based", in a list of places,
    owned by a place ("Punjab's Bhatinda"); a site's or street's name where something is ("to
    the Adler Planetarium", "the Museum of Flight in Seattle")."""
    entry = gazetteer.lookup(span.text)
    if entry is None and county_word(span):
        entry = gazetteer.lookup(f"{span.text} County")  # "Cass (and Van Buren counties)"
    if label == "PERSON" and span.text.casefold() in person_words:
        return None  # "Hamilton" after "Lewis Hamilton" is the driver, not the city
    if label == "NORP" and (entry is None or entry.kind == "city"):
        return None  # "Arab states" names no town; "the Punjab province" is a province
    if label == "LANGUAGE" and (entry is None or entry.population < 50_000):
        return None  # "in English" is no town; "in Tunis" is the capital
    # another name of a town counts only for a large one, and never for an organisation's
    # name ("Google" is listed as a name of Topeka)
    own = (
        entry is not None
        and not place_evidence.acronym_town(span.text, entry)
        and (
            gazetteer.key(entry.name)
            in {gazetteer.key(span.text), gazetteer.key(span.text + "County")}
            or (label != "ORG" and entry.population >= 50_000)
        )
    )
    if label == "ORG" and _among_bodies(span):
        return None  # "managed FC Porto, Inter Milan, Chelsea": clubs, not towns
    if own and entry is not None:
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if entry.kind == "country" and not en.demonym_country(span.text):
            return "GPE"
        if len(span) == 1 and entry.population >= 50_000 and before in en.PLACE_CUES:
            return "GPE"
        if not_actors.is_place(span, place_names) or _owned_by_place(span, entry):
            return "GPE"
        if span.root.dep_ == "compound" and span.root.head.lower_ in en.PLACE_HEADS:
            return "GPE"  # "Cuyahoga Falls police", "the CBP McAllen facility"
        if entry.population >= 50_000 and place_evidence.entered(span):
            return "GPE"  # "as I depart Abuja"
    # a site is where something is or goes ("relocated to the Adler Planetarium")
    # the head noun makes a site of "the Museum of Flight" as of "the Keck Observatory"
    named_site = len(span) > 1 and (span[-1].lower_ in _SITE_ENDINGS or _site_head(span))
    where = (
        place_evidence.located(span, by_verb=True)
        or place_evidence.anchor(span) is not None
        or place_evidence.entered(span)
    )
    return "FAC" if named_site and not organisation(span) and where else None


def _site_head(span: Span) -> bool:
    """ "the Museum of Flight": a site noun heads the name and "of" what it shows follows (not
    "of McMinnville", where the place after "of" is a place of its own)."""
    root = span.root
    if root.lower_ not in en.SITE_WORDS:
        return False  # "House of Representatives" is a chamber
    shows = [c for t in root.children if t.lower_ == "of" for c in t.children if c.dep_ == "pobj"]
    return bool(shows) and all(gazetteer.lookup(c.text) is None for c in shows)


def _among_bodies(span: Span) -> bool:
    """The name stands in a list with two others the model also calls organisations: a list
    is one kind of thing."""
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    members, todo = [], [node]
    while todo:
        member = todo.pop()
        members.append(member)
        todo.extend(c for c in member.children if c.dep_ == "conj")
    others = [m for m in members if not span.start <= m.i < span.end]
    return sum(m.ent_type_ == "ORG" for m in others) >= 2


def organisation(span: Span) -> bool:
    """ "Center for a New American Security", "Tufts University's Feinstein International
    Center": a body named after its purpose or its owner, not a site."""
    words = {w.lower_ for w in span}
    return "for" in words or bool(words & set(en.POSSESSIVE_S))


def _owned_by_place(span: Span, entry: gazetteer.Entry) -> bool:
    """ "Punjab's Bhatinda": a town the owner's country has."""
    owner = place_evidence.anchor(span)
    found = gazetteer.lookup(owner) if owner is not None else None
    return found is not None and found.country == entry.country and owner != span.text


def unlabelled_names(doc: Doc) -> list[Span]:
    """Runs of proper nouns the model gave no label ("in Kyiv", "Sugar Land-based")."""
    runs: list[Span] = []
    start = None
    for token in doc:
        # "McAllen" and "DeKalb" are capitalised names that str.istitle() rejects
        capital = token.is_title or (token.text[:1].isupper() and not token.is_upper)
        inside = capital and token.ent_iob_ == "O" and token.pos_ == "PROPN"
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append(doc[start : token.i])
            start = None
    if start is not None:
        runs.append(doc[start:])
    return runs
