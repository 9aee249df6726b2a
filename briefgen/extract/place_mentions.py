"""Where a place is named: the model's place entities, cleaned, plus the names it labels otherwise
(a facility after "outside", a town after "in", a wire dateline left in the body)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from briefgen.extract import gazetteer, not_actors, place_evidence
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, is_boilerplate, strip_span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SITE_ENDINGS = en.FACILITY_WORDS | en.SITE_WORDS | en.STREET_NOUNS
# the model also calls a town a language ("in Tunis") or a nationality
_OTHER_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "NORP", "LANGUAGE"})


def place_mentions(doc: Doc) -> list[Span]:
    """Every span that names a place, in order, page furniture removed."""
    found = [without_furniture(span) for span in _candidates(doc)]
    return [span for span in found if span is not None]


def spelled_out(span: Span) -> str:
    """The name a mention stands for: a US state for its news-style abbreviation ("Ala.")."""
    text = clean_name(span.text)
    if text.isupper() and len(text) > 3:
        text = text.title()  # a wire dateline ("SAN JOSE")
    after = span.doc.text[span.end_char : span.end_char + 1]
    if (span.text.endswith(".") or after == ".") and text + "." in en.US_STATE_ABBREVIATIONS:
        return en.US_STATE_ABBREVIATIONS[text + "."]
    if _county_word(span):
        # "Berrien County officials", "Orange and Riverside counties": the county, not a
        # town of that name elsewhere
        county = gazetteer.lookup(f"{text} County")
        if county is not None and county.kind == "region":
            return county.name
    return text


def _county_word(span: Span) -> bool:
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


def dateline_regions(doc: Doc) -> dict[int, gazetteer.Entry]:
    """For a wire dateline's place (by its first character), the region after it ("Ore.")."""
    found: dict[int, gazetteer.Entry] = {}
    for match in en.DATELINE.finditer(doc.text):
        region = en.US_STATE_ABBREVIATIONS.get(match.group("region"), match.group("region"))
        if region and (entry := gazetteer.lookup(region)) is not None:
            found[match.start("place")] = entry
    return found


def joined(span: Span) -> Span:
    """Grow a name over hyphen-joined parts the model split off ("Mazar" + "-i-Sharif"), or
    over a particle and a word when the longer name is a known place ("Braunau" + "am Inn")."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].is_lower and doc[end + 1].is_title:
        longer = doc[span.start : end + 2]
        if gazetteer.candidates(longer.text):
            return longer
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and "-" + doc[end + 1].lower_ not in en.ORIGIN_SUFFIXES  # "Wolfsburg-based"
    ):
        end += 2
    return doc[span.start : end]


def without_furniture(span: Span) -> Span | None:
    """The place name without page furniture the model ran into it ("Sao Paulo Click to share");
    a name the gazetteer knows is kept whole ("Mountain View")."""
    end = span.end
    while (
        end > span.start
        and is_boilerplate(span.doc[end - 1].text)
        and not gazetteer.candidates(span.doc[span.start : end].text)
    ):
        end -= 1
    trimmed = Span(span.doc, span.start, end, label=span.label_)
    if not len(trimmed):
        return None
    if is_boilerplate(trimmed.text) and not gazetteer.candidates(trimmed.text):
        return None
    parts = trimmed.text.split("-")
    if all(en.demonym_country(part) for part in parts):
        return None  # "Turkmen-Afghan (border)" qualifies a border; it names no place
    return trimmed


def _dateline(doc: Doc) -> list[Span]:
    """A wire dateline left in the body ("WASHINGTON, Nov 6 (Reuters) -", "LONDON --")."""
    spans: list[Span] = []
    for match in en.DATELINE.finditer(doc.text):
        for group in ("place", "region"):
            if match.group(group) is None:
                continue
            end = match.end(group) - match.group(group).endswith(".")
            span = doc.char_span(match.start(group), end, label="GPE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _facility(span: Span) -> Span | None:
    """A named building or site after a place word ("outside Trump Tower", "at the Interlagos circuit")."""
    doc = span.doc
    start = span.start - 1
    if start >= 0 and doc[start].lower_ == "the":
        start -= 1
    if start < 0 or doc[start].lower_ not in en.FACILITY_CUES or _organisation(span):
        return None
    if span[-1].lower_ in en.FACILITY_WORDS:
        return span
    if span.end < len(doc) and doc[span.end].lower_ in en.FACILITY_WORDS:
        return doc[span.start : span.end + 1]
    return None


def _candidates(doc: Doc) -> list[Span]:
    spans: list[Span] = _dateline(doc)
    taken = {i for span in spans for i in range(span.start, span.end)}
    person_words = {
        clean_name(w).casefold()  # "Tony Abbott's office": "Abbott" is his name
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        for w in e.text.split()
    }
    place_names = {e.text.casefold() for e in doc.ents if e.label_ in PLACE_LABELS}
    for ent in doc.ents:
        if taken.intersection(range(ent.start, ent.end)):
            continue  # the dateline's own words ("SAN JOSE, Costa Rica - Investigators")
        stripped = joined(strip_span(ent))
        span = Span(doc, stripped.start, stripped.end, label=ent.label_)  # keep FAC for the kind
        if not len(span):
            continue
        if ent.label_ in PLACE_LABELS:
            if not _names_no_place(span, person_words) and not _organisation(span):
                spans.append(span)
        elif ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"} and (site := _facility(span)):
            spans.append(doc.char_span(site.start_char, site.end_char, label="FAC") or site)
        elif ent.label_ in _OTHER_LABELS:
            for part in _parts(span):
                label = _named_otherwise(part, ent.label_, person_words, place_names)
                if label is not None:
                    spans.append(Span(doc, part.start, part.end, label=label))
    for run in _unlabelled_names(doc):
        # with no label to go by, only a place use makes a proper noun a place ("in Kyiv")
        placed = place_evidence.located(run) or place_evidence.based(run)
        placed = placed or (run.root.dep_ == "compound" and run.root.head.lower_ in en.PLACE_HEADS)
        if placed and _named_otherwise(run, "", person_words, place_names) == "GPE":
            spans.append(Span(doc, run.start, run.end, label="GPE"))
    taken = {i for span in spans for i in range(span.start, span.end)}
    spans += [s for s in _streets(doc) if not taken.intersection(range(s.start, s.end))]
    spans.sort(key=lambda s: s.start)
    return spans


def _streets(doc: Doc) -> list[Span]:
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


def _parts(span: Span) -> list[Span]:
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


def _named_otherwise(
    span: Span, label: str, person_words: set[str], place_names: set[str]
) -> str | None:
    """The place label for a name the model labels otherwise (or not at all), when the words
    around it make it a place: a known town after "in" or before "-based", in a list of places,
    owned by a place ("Punjab's Bhatinda"); a site's or street's name where something is ("to
    the Adler Planetarium", "the Museum of Flight in Seattle")."""
    entry = gazetteer.lookup(span.text)
    if entry is None and _county_word(span):
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
    # a site is where something is or goes ("relocated to the Adler Planetarium")
    named_site = len(span) > 1 and span[-1].lower_ in _SITE_ENDINGS
    where = place_evidence.located(span, by_verb=True) or place_evidence.anchor(span)
    return "FAC" if named_site and not _organisation(span) and where else None


def _organisation(span: Span) -> bool:
    """ "Center for a New American Security", "Tufts University's Feinstein International
    Center": a body named after its purpose or its owner, not a site."""
    words = {w.lower_ for w in span}
    return "for" in words or bool(words & set(en.POSSESSIVE_S))


def _owned_by_place(span: Span, entry: gazetteer.Entry) -> bool:
    """ "Punjab's Bhatinda": a town the owner's country has."""
    owner = place_evidence.anchor(span)
    found = gazetteer.lookup(owner) if owner is not None else None
    return found is not None and found.country == entry.country and owner != span.text


def _unlabelled_names(doc: Doc) -> list[Span]:
    """Runs of proper nouns the model gave no label ("in Kyiv", "Sugar Land-based")."""
    runs: list[Span] = []
    start = None
    for token in doc:
        inside = token.pos_ == "PROPN" and token.ent_iob_ == "O" and token.is_title
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append(doc[start : token.i])
            start = None
    if start is not None:
        runs.append(doc[start:])
    return runs


def _names_no_place(span: Span, person_words: set[str]) -> bool:
    """A name the model calls a place that names a person or a body: a surname of someone the
    article names in full ("Modi" after "Narendra Modi", "the Bidens"), or an organisation by
    its closing word ("Friedman LLP", "Murdoch Children's Research Institute", "Air Astana")."""
    words = span.text.split()
    closer = words[-1].casefold().strip(".") in en.ORG_CLOSERS
    if (words[0] in en.ORG_OPENERS or closer) and gazetteer.lookup(span.text) is None:
        return True  # "West Bank" is a place the gazetteer knows
    text = clean_name(span.text).casefold()
    if text not in person_words and text.removesuffix("s") not in person_words:
        return False
    entry = gazetteer.lookup(span.text)
    return entry is None or not (entry.kind in {"country", "region"} or entry.population >= 100_000)
