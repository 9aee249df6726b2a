"""Where a place is named: the model's place entities, cleaned, plus the names it labels otherwise
(a facility after "outside", a town after "in", a wire dateline left in the body)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefgen.extract import gazetteer, place_context, place_evidence, place_otherwise
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name, doc_text, is_boilerplate, strip_span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
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
    after = doc_text(span.doc)[span.end_char : span.end_char + 1]
    if (span.text.endswith(".") or after == ".") and text + "." in en.US_STATE_ABBREVIATIONS:
        return en.US_STATE_ABBREVIATIONS[text + "."]
    if place_otherwise.county_word(span):
        # "Berrien County officials", "Orange and Riverside counties": the county, not a
        # town of that name elsewhere
        county = gazetteer.lookup(f"{text} County")
        if county is not None and county.kind == "region":
            return county.name
    return text


def dateline_regions(doc: Doc) -> dict[int, gazetteer.Entry]:
    """For a wire dateline's place (by its first character), the region after it ("Ore.")."""
    found: dict[int, gazetteer.Entry] = {}
    for match in en.DATELINE.finditer(doc_text(doc)):
        region = en.US_STATE_ABBREVIATIONS.get(match.group("region"), match.group("region"))
        if region and (entry := gazetteer.lookup(region)) is not None:
            found[match.start("place")] = entry
    return found


def joined(span: Span) -> Span:
    """Grow a name over hyphen-joined parts the model split off ("Mazar" + "-i-Sharif"), over
    a particle and a word when the longer name is a known place ("Braunau" + "am Inn"), or over
    a comma and a name when the whole is one place's name ("Washington, D.C.")."""
    doc, end = span.doc, span.end
    if (whole := _comma_name(span)) is not None:
        return whole
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


def _comma_name(span: Span) -> Span | None:
    """ "Washington, D.C.": the model labels the city and the district apart, and the district
    alone would be a second place; the gazetteer holds the two as one name."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].ent_iob_ != "B":
        return None
    after = end + 2
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1
    longer = doc[span.start : after]
    found = gazetteer.candidates(longer.text)
    here = gazetteer.candidates(span.text)
    # the joined name must be a name of the very place the first part names, not a region
    # after a town ("Mountain View, California" stays a town and its state)
    return longer if found and here and found[0].name in {e.name for e in here} else None


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
    """A wire dateline left in the body ("WASHINGTON, Nov 6 (Reuters) -", "LONDON --",
    "NEW DELHI: " opening a paragraph)."""
    spans: list[Span] = []
    text = doc_text(doc)
    for match in [*en.DATELINE.finditer(text), *en.COLON_DATELINE.finditer(text)]:
        for group in ("place", "region"):
            if match.groupdict().get(group) is None:
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
    if start < 0 or doc[start].lower_ not in en.FACILITY_CUES or place_otherwise.organisation(span):
        return None
    if span[-1].lower_ in en.FACILITY_WORDS:
        return span
    if span.end < len(doc) and doc[span.end].lower_ in en.FACILITY_WORDS:
        return doc[span.start : span.end + 1]
    return None


def _candidates(doc: Doc) -> list[Span]:
    spans: list[Span] = _dateline(doc)
    taken = {i for span in spans for i in range(span.start, span.end)}
    # "Tony Abbott's office": "Abbott" is his name; a "person" with an "'s" inside ("Punjab's
    # Bhatinda") is an owner and what it owns, and says nothing of people's names
    person_words = {
        clean_name(w).casefold()
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e) > 1
        and not any(t.text in en.POSSESSIVE_S for t in e[:-1])
        for w in e.text.split()
    }
    place_names = {e.text.casefold() for e in doc.ents if e.label_ in PLACE_LABELS}
    for ent in doc.ents:
        if taken.intersection(range(ent.start, ent.end)):
            continue  # the dateline's own words, or a name joined to the one before it
        stripped = joined(strip_span(ent))
        taken.update(range(stripped.start, stripped.end))
        span = Span(doc, stripped.start, stripped.end, label=ent.label_)  # keep FAC for the kind
        if not len(span):
            continue
        if ent.label_ in PLACE_LABELS:
            if not _names_no_place(span, person_words) and not place_otherwise.organisation(span):
                spans.append(span)
        elif ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"} and (site := _facility(span)):
            spans.append(doc.char_span(site.start_char, site.end_char, label="FAC") or site)
        elif ent.label_ == "ORG" and (place := place_otherwise.body_of_place(span)):
            spans.append(Span(doc, place.start, place.end, label="GPE"))
        elif ent.label_ in _OTHER_LABELS:
            found = place_otherwise.parts(span)
            owned = place_otherwise.owner_and_place(span, found)
            for part in found:
                label = "GPE" if owned else None
                label = label or place_otherwise.named_otherwise(
                    part, ent.label_, person_words, place_names
                )
                if label is not None:
                    spans.append(Span(doc, part.start, part.end, label=label))
    for run in place_otherwise.unlabelled_names(doc):
        # with no label to go by, only a place use makes a proper noun a place ("in Kyiv")
        placed = place_evidence.located(run) or place_evidence.based(run)
        placed = placed or (run.root.dep_ == "compound" and run.root.head.lower_ in en.PLACE_HEADS)
        if placed and place_otherwise.named_otherwise(run, "", person_words, place_names) == "GPE":
            spans.append(Span(doc, run.start, run.end, label="GPE"))
    taken = {i for span in spans for i in range(span.start, span.end)}
    spans += [
        s for s in place_otherwise.streets(doc) if not taken.intersection(range(s.start, s.end))
    ]
    spans.sort(key=lambda s: s.start)
    return spans


def _cut_from_longer(span: Span) -> bool:
    """The model labelled only the end of a longer name ("Real" + "Madrid", "Deepwater" +
    "Horizon"): a capitalised word it left out, that the parse makes part of the name, turns a
    place into a club, a ship or a firm; a place word ("Lake", "Greater") or a known longer
    place keeps it a place."""
    doc = span.doc
    if _opens_longer(span):
        return True
    i = span.start - 1
    if i < 0 or doc[i].is_sent_start or doc[i].ent_iob_ != "O" or doc[i].pos_ != "PROPN":
        return False
    word = doc[i]
    if not word.is_title or word.dep_ != "compound" or not span.start <= word.head.i < span.end:
        return False
    if place_context.place_word(word.text) or en.demonym_country(word.text):
        return False
    return not gazetteer.candidates(doc[i : span.end].text)


def _opens_longer(span: Span) -> bool:
    """The model labelled only the start of a longer name ("Georgia" of "Georgia Sea Grant"):
    capitalised words it left out, that the place qualifies, name a body or a thing; a title
    ("Texas Governor"), a body of the place ("Ohio Police") or a place word keeps the place."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "O":
        if doc[end].pos_ != "PROPN" or doc[end].lower_ in _KEEPS_PLACE:
            return False
        end += 1
    if end == span.end or span.root.dep_ != "compound" or not span.end <= span.root.head.i < end:
        return False
    rest = doc[end - 1].text  # the word that closes the longer name
    return not place_context.place_word(rest) and not gazetteer.candidates(
        doc[span.start : end].text
    )


_KEEPS_PLACE = en.ROLE_NOUNS | en.TITLE_WORDS | en.STATE_NOUNS | en.LOCAL_BODIES | en.PLACE_NOUNS


def _names_no_place(span: Span, person_words: set[str]) -> bool:
    """A name the model calls a place that names a person or a body: a surname of someone the
    article names in full ("Modi" after "Narendra Modi", "the Bidens"), or an organisation by
    its closing word ("Friedman LLP", "Murdoch Children's Research Institute", "Air Astana")."""
    if _cut_from_longer(span):
        return True
    words = span.text.split()
    closer = words[-1].casefold().strip(".") in en.ORG_CLOSERS
    if (words[0] in en.ORG_OPENERS or closer) and gazetteer.lookup(span.text) is None:
        return True  # "West Bank" is a place the gazetteer knows
    text = clean_name(span.text).casefold()
    if text not in person_words and text.removesuffix("s") not in person_words:
        return False
    entry = gazetteer.lookup(span.text)
    return entry is None or not (entry.kind in {"country", "region"} or entry.population >= 100_000)
