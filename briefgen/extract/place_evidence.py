"""What the words around a name say of it as a place.

The gazetteer knows names, not uses. The words around a mention say where it lies (the place
that owns it, "Singapore's Changi Airport"; the region after it, "Mountain View, California";
the place it is in, "the embassy in London"), and whether a capital stands for its state ("Moscow
announced") rather than for the city. These rules read the parse and those words only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefgen.countries import capital_country
from briefgen.extract import gazetteer, place_context
from briefgen.extract.lang import en
from briefgen.extract.spans import cached

_PLACE_ENTS = frozenset({"GPE", "LOC"})


def anchor(span: Span) -> str | None:
    """The name of the place `span` is said to lie in, if the words around it give one: the
    owner in "Punjab's Bhatinda", the region in "Mountain View, California", the place in "the
    Ecuadorean Embassy in London". The caller checks that it is a place."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text in en.POSSESSIVE_S:
        owner = _entity_at(span, span.start - 2)
        if owner is not None:
            return owner
    after = span.end
    if after + 1 < len(doc) and doc[after].text == ",":
        region = _entity_at(span, after + 1)
        if region is not None and _region_or_country(region):
            return region
    after = _past_acronym(doc, after)
    if after + 1 < len(doc) and doc[after].lower_ == "in":
        start = after + 1 + (doc[after + 1].lower_ in en.ARTICLES)
        if start < len(doc):
            return _entity_at(span, start)
    return None


def _past_acronym(doc: Doc, i: int) -> int:
    """Past a short form in brackets after a name ("Johnson Space Center (JSC) in Houston")."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
        return i + 3
    return i


def _entity_at(span: Span, i: int) -> str | None:
    """The text of the entity that covers token `i`, if it names a place: the model's place, or
    a name the gazetteer knows whatever the model's label ("Punjab's", "in Tunis")."""
    found = cached(span.doc, "places.entity_at", _entities_by_token).get(i)
    if found is None:
        return None
    if found.label_ in _PLACE_ENTS:
        return found.text
    entry = gazetteer.lookup(found.text)
    known = entry is not None and (entry.kind != "city" or entry.population >= 50_000)
    return found.text if known else None


def _entities_by_token(doc: Doc) -> dict[int, Span]:
    return {i: e for e in doc.ents for i in range(e.start, e.end)}


def _region_or_country(name: str) -> bool:
    entry = gazetteer.lookup(name)
    return entry is not None and entry.kind in {"country", "region"}


def stands_for_state(span: Span) -> bool:
    """A capital named as the one who acts or speaks ("Moscow announced", "Washington had
    concluded") is its government, which is an actor, not a place."""
    if capital_country(span.text) is None:
        return False
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.casefold() in en.STATE_ACTS


def located(span: Span, *, by_verb: bool = False) -> bool:
    """A name used as a place: the object of a locative preposition ("from Punta Islita", "in
    the Rhine"); with `by_verb`, only where something happens ("held at the Center"), not a
    person's post ("a fellow at the Center")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in en.ARTICLES:
        i -= 1
    if i < 0 or doc[i].lower_ not in en.LOCATIVES or span.root.dep_ != "pobj":
        return False
    return not by_verb or doc[i].head.pos_ in {"VERB", "AUX"}


def entered(span: Span) -> bool:
    """The object of a verb of going in, out or to ("stormed the Bardo National Museum", "as
    I depart Abuja"): only a place is stormed, visited or left."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_.casefold() in en.PLACE_VERBS


def based(span: Span) -> bool:
    """ "Wolfsburg-based": where a company is."""
    after = span.doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based"


def acronym_town(text: str, entry: gazetteer.Entry) -> bool:
    """An acronym read as a town of the same letters ("EU" as Eu, France; "UGA" as Uga,
    Nigeria): an organisation, not a place."""
    return entry.kind == "city" and text.isupper() and len(text) <= 4 and text != entry.name


def names_several(text: str) -> bool:
    """Names joined into one ("US-China", "North and South Korea"): the model's span holds two
    places or qualifies a relation ("US-China trade talks"); each place is found on its own."""
    parts = [p for p in text.replace(" and ", "-").split("-") if p]
    if len(parts) < 2 or gazetteer.lookup(text) is not None:
        return False
    return (
        all(
            en.demonym_country(p)
            or ((e := gazetteer.lookup(p)) is not None and e.kind == "country")
            for p in parts
        )
        or " and " in text
    )


def qualifies(span: Span) -> bool:
    """The mention only qualifies a common noun ("Pacific halibut", "Mediterranean beaches")."""
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN"


def fuller(text: str, texts: list[str]) -> str:
    """The name a mention stands for among the article's place names: the state in "State of
    Texas", "South Dakota" for "SD", "Braunau am Inn" for a later "Braunau" (when no place
    called "Braunau" lies in Austria)."""
    for prefix in en.STATE_PREFIXES:
        rest = text.removeprefix(prefix)
        if rest != text and gazetteer.lookup(text) is None and gazetteer.lookup(rest):
            return rest
    if text.isupper() and 2 <= len(text) <= 4 and gazetteer.lookup(text) is None:
        spelled = [t for t in texts if "".join(w[0] for w in t.split()) == text]
        if spelled:
            return spelled[0]
    if len(text.split()) == 1 and place_context.place_word(text):
        # a place word alone ("the Gulf" after "the Gulf of Mexico", "the Strait") is the
        # short form of the longer name the article gave, not the world region of that word
        fuller_names = [t for t in texts if t.startswith(text + " ")]
        if fuller_names:
            return fuller_names[0]
    countries = {e.country for e in gazetteer.candidates(text)}
    for other in texts:
        longer = gazetteer.lookup(other) if other.startswith(text + " ") else None
        if longer is not None and longer.country not in countries:
            return other
    return text
