"""Quotes: direct quotations with their speakers, and only quotations.

A quotation is credited, in this order, to the cue in its own sentences (`attribution.cue_for`),
to a colon introduction ("Sue Patel, who lives near the station, said:"), or to the speaker of the
quotation it carries on (the same paragraph, or the paragraph before when it reopens there). A
speaker must be a name or a description of a person or a body that can speak
(`en.SPEAKER_NOUNS`); otherwise the quotation keeps no speaker, and the page says so.

Words between quotation marks that nobody is said to say are narration, not kept
(`narration`).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from briefgen.extract.attribution import Cue, colon_cue, cue_for, lead_in_cue
from briefgen.extract.lang import en
from briefgen.extract.narration import (
    MIN_WORDS,
    is_object_of_preposition,
    is_speech,
    is_title,
    is_word_of_speech,
)
from briefgen.extract.quote_marks import Quotation, quotations
from briefgen.extract.spans import cached, clean_name
from briefgen.extract.speakers import is_aged, is_named, is_pronoun
from briefgen.extract.voices import Voice, named_speakers, who
from briefgen.records import Article, Evidence, Quote

_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

_NAME_PREPS = frozenset({"of", "for", "on"})
"""Prepositions inside the name of a body; "in" starts a place ("the US Embassy in Delhi")."""

_PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "most", "none"})
"""Heads of "one of the sources": how many of a group speak."""

Speaker = tuple[str | None, bool]


def extract_quotes(doc: Doc, article: Article) -> tuple[Quote, ...]:
    """Direct quotations in article order, each with its speaker where the text gives one
    (worked out once per doc: sources read the speakers too)."""
    return cached(doc, "quotes", lambda d: _quotes(d, article))


def _quotes(doc: Doc, article: Article) -> tuple[Quote, ...]:
    body = article.body  # the parsed text itself; Doc.text is rebuilt
    marks = quotations(body)
    quoted = [range(q.inner_start, q.inner_end) for q in marks]
    # "he said" points back to a person named in the narration, not to one named inside a quotation
    known = [v for v in named_speakers(doc) if not any(v.at in r for r in quoted)]
    bodies = [
        e for e in doc.ents if e.label_ == "ORG" and not any(e.start_char in r for r in quoted)
    ]
    starts = _paragraph_starts(body)
    found: list[Quote] = []
    previous: tuple[Quotation, Speaker] | None = None
    for quote in marks:
        text = " ".join(body[quote.inner_start : quote.inner_end].split()).strip(" ,")
        words = text.split()
        if len(words) < MIN_WORDS and not is_word_of_speech(doc, quote):
            continue
        if is_title(words) and is_object_of_preposition(doc, quote):
            continue
        paragraph = range(starts[quote.paragraph], starts[quote.paragraph + 1])
        cue = cue_for(doc, quote, quoted, paragraph)
        speaker: Speaker = (None, False)
        if cue is not None:
            speaker = _speaker(cue, known, bodies)
        elif (colon := colon_cue(doc, quote, body, quoted)) is not None:
            speaker = _speaker(colon, known, bodies)
        elif previous is not None and _carries_on(previous[0], quote):
            speaker = previous[1]
        elif (lead := lead_in_cue(doc, quote, _lead_in(quote, starts), quoted)) is not None:
            speaker = _speaker(lead, known, bodies)
        if not is_speech(text, cue, speaker[0]):
            continue
        previous = (quote, speaker)
        evidence = (Evidence(quote.start, quote.end),)
        found.append(Quote(speaker[0], text.rstrip(), speaker[1], evidence))
    return tuple(found)


def _paragraph_starts(body: str) -> list[int]:
    starts = [0]
    for line in body.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _lead_in(quote: Quotation, starts: list[int]) -> range:
    """The narration a quotation with no tag follows: its paragraph up to it, or the paragraph
    before when it opens its own (empty lines skipped)."""
    start = starts[quote.paragraph]
    if not quote.opens_paragraph:
        return range(start, quote.start)
    index = quote.paragraph - 1
    while index > 0 and starts[index + 1] - starts[index] <= 1:
        index -= 1
    return range(starts[index], max(starts[index], start - 1))


def _carries_on(before: Quotation, quote: Quotation) -> bool:
    """Whether `quote` goes on with the words of the quotation before it: in the same paragraph,
    or opening the next paragraph (news style reopens a quotation there)."""
    if before.paragraph == quote.paragraph:
        return True
    return quote.opens_paragraph and quote.paragraph == before.paragraph + 1


def _speaker(cue: Cue, known: list[Voice], bodies: list[Span]) -> Speaker:
    span = cue.speaker
    if len(span) == 2 and span[0].lower_ == "the" and span[1].lemma_.lower() in en.BODY_NOUNS:
        # "the company said" names again the company the story is about: of the bodies named
        # before it, the one the article names most ("BMW", not a rival named in passing)
        before = [clean_name(e.text) for e in bodies if e.end_char <= span.start_char]
        if not before:
            return None, False
        counts = Counter(clean_name(e.text) for e in bodies)
        return max(reversed(before), key=lambda name: counts[name]), False
    span = _without_trailing_preps(span)
    surname = _known_surname(span, known)
    if surname is not None:
        return surname, False
    if not is_pronoun(span) and not is_aged(span) and not _can_speak(span):
        return None, False
    name, anonymous = who(span, known)
    if name is None or len(name.replace(" ", "")) < 2:
        return None, False
    return name, anonymous


def _known_surname(span: Span, known: list[Voice]) -> str | None:
    """The person named in full before whose surname alone is the speaker ("…," Petrides said,
    after "John Petrides"), whatever the tagger made of the word (a plural noun, "petride")."""
    if len(span) != 1 or not span[0].is_title:
        return None
    word = span[0].text
    fuller = [
        v.name
        for v in known
        if v.person
        and not v.anonymous
        and v.at < span.start_char
        and " " in v.name
        and v.name.split()[-1] == word
    ]
    return fuller[-1] if fuller else None


def _without_trailing_preps(span: Span) -> Span:
    """A name without the phrase the parse hung after it ("BMW in its statement" is BMW), but
    with the capitalised words that go on the name of a body ("Office of the Inspector General",
    "High Commissioner for Human Rights")."""
    root = span.root
    if root.pos_ != "PROPN":
        return span
    cut = min(
        (
            c.i
            for c in root.children
            if c.dep_ == "prep" and c.i > root.i and not _goes_on_name(root, c)
        ),
        default=span.end,
    )
    return span.doc[span.start : min(cut, span.end)]


def _goes_on_name(root: Token, prep: Token) -> bool:
    if root.ent_type_ == "PERSON" or prep.lower_ not in _NAME_PREPS:
        return False
    if prep.ent_iob_ == "I":
        return True
    words = [t for t in prep.subtree if t.i > prep.i]
    return bool(words) and all(
        (t.is_title and t.ent_type_ != "DATE") or t.lower_ in en.ARTICLES for t in words
    )


def _can_speak(span: Span) -> bool:
    """A named speaker, or a description whose head is a person or a body ("a police spokesman")."""
    root = span.root
    if _partitive_speaker(root):
        return True
    if root.ent_type_ in _NOT_SPEAKERS or root.lower_ in en.CALENDAR_WORDS:
        return False
    if is_named(span):
        # a lone capitalised common noun opening a sentence ("Emergency") is no name
        return not (len(span) == 1 and root.pos_ != "PROPN" and not root.ent_type_)
    lemma = root.lemma_.lower()
    return (
        lemma in en.SPEAKER_NOUNS
        or root.lower_ in en.SPEAKER_NOUNS
        or (root.pos_ == "NOUN" and lemma.endswith(en.AGENT_ENDINGS))
    )


def _partitive_speaker(root: Token) -> bool:
    """ "one of the sources": a number of people or bodies that can speak (the model labels
    "one" a cardinal, which alone is no speaker)."""
    if root.lower_ not in _PARTITIVES:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in en.SPEAKER_NOUNS for o in c.children)
        for c in root.children
    )
