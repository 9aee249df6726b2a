"""Entity spans made right before they become actor mentions: names the model cut in two or ran
together, and organisations named with their owner."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefgen.extract import actor_offices
from briefgen.extract.lang import en


def whole_names(doc: Doc) -> list[Span]:
    """The doc's entities, with an organisation's name the model cut at "and" or a comma made
    whole again: "American Academy of Allergy, Asthma and Immunology" comes out as "American
    Academy of Allergy" and "Asthma and Immunology", "Center on Poverty and Inequality" as
    "Center on Poverty" and "Inequality". The first part ends in an "of"/"on"/"for" phrase and
    the rest is capitalised words only, joined by nothing but "and" or a comma."""
    ents = actor_offices.around(list(doc.ents), actor_offices.office_names(doc))
    names = {e.text for e in ents}
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and any(t.lower_ in {"of", "on", "for"} for t in ent[1:])
            and all(t.text in {",", "and", "&"} for t in doc[ent.end : nxt.start])
            and nxt.start > ent.end
            and all(t.is_title or t.lower_ == "and" for t in nxt)
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        for part in _split_pair(ent, names):
            out.extend(_split_owner(part))
        i += 1
    return out


def _split_pair(ent: Span, names: set[str]) -> list[Span]:
    """Two names the model ran into one ("Whole Foods and QFC"), split at "and" when the first
    is a name the article uses on its own."""
    cut = next((t.i for t in ent if t.lower_ == "and"), None)
    if cut is None or cut in (ent.start, ent.end - 1) or ent.doc[ent.start : cut].text not in names:
        return [ent]
    doc = ent.doc
    return [
        Span(doc, ent.start, cut, label=ent.label_),
        Span(doc, cut + 1, ent.end, label=ent.label_),
    ]


def _split_owner(ent: Span) -> list[Span]:
    """A person's name the model ran into what the person owns ("Jeff Bezos's Blue Origin" as
    one PERSON): the person, and the capitalised name after the possessive as an organisation."""
    cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if ent.label_ != "PERSON" or cut is None or not ent.doc[cut + 1].text[:1].isupper():
        return [ent]
    doc = ent.doc
    return [Span(doc, ent.start, cut, label="PERSON"), Span(doc, cut + 1, ent.end, label="ORG")]


def owned(span: Span) -> Span:
    """An organisation named with its owner ("India's Supreme Court", "NASA's Office of the
    Inspector General") goes by its own name; the whole phrase stays an alias."""
    owner_end = next((t.i for t in span[:-1] if t.tag_ == "POS"), None)
    if owner_end is None or owner_end == span.start:
        return span
    # an office named after the one who holds it ("Information Commissioner's Office", "the
    # Prime Minister's Bureau") is that name whole: the office-holder is no owner of its own
    if span.doc[owner_end - 1].lemma_.lower() in en.ROLE_NOUNS | en.TITLE_WORDS:
        return span
    return span.doc[owner_end + 1 : span.end]
