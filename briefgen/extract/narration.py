"""Narration or speech: which words between quotation marks are someone's words.

Words between quotation marks that nobody is said to say are narration: a scare quote, a title
or a name ("the so-called "reform"", "the "Swiss Crystal"", "on CNBC's "Trading Nation"").
A short quotation is kept only when a speech verb governs it ("said it was "distressing""), and
a longer one with no speaker only when it reads as speech (not a capitalised title).
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefgen.extract.attribution import Cue, cue_for
from briefgen.extract.quote_marks import Quotation

MIN_WORDS = 2
"""A one-word quotation is kept only when a speech verb governs it."""
_SHORT_WORDS = 4
"""A quotation of fewer words is a partial one: kept only when a speech verb governs it."""
_UNCREDITED_WORDS = 6
"""A quotation with no speaker needs this many words to be taken for speech, not a label."""


def is_word_of_speech(doc: Doc, quote: Quotation) -> bool:
    """A one-word quotation that a speech verb governs ("said he was "appalled"")."""
    cue = cue_for(doc, quote, [range(quote.inner_start, quote.inner_end)], range(0, quote.end))
    return cue is not None and cue.governs and quote.inner_end - quote.inner_start > 2


def is_title(words: list[str]) -> bool:
    """Every long word capitalised: a name or a title ("Making the Corps"), not a sentence."""
    long_words = [w for w in words if w.isalpha() and len(w) > 3]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def is_object_of_preposition(doc: Doc, quote: Quotation) -> bool:
    """Whether the quoted words stand as the object of a preposition ("said on CNBC's "Trading
    Nation"", "author of "Making the Corps""): a title in that place names a programme, a book
    or a website, even where a speaker is named in the sentence, and nobody says it."""
    span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    if span is None:
        return False
    roots = [
        t
        for t in span
        if not t.is_punct and (not span.start <= t.head.i < span.end or t.head.i == t.i)
    ]
    return len(roots) == 1 and roots[0].dep_ in {"pobj", "pcomp"}


def is_speech(text: str, cue: Cue | None, speaker: str | None) -> bool:
    """Whether quoted `text` is someone's words, given its cue and its speaker's name."""
    words = text.split()
    if len(words) < _SHORT_WORDS:
        # a short partial quotation is someone's words only when a speaker governs it; with
        # nobody who can speak ("either side may reject jurors "for cause"") it is a term
        return cue is not None and cue.governs and speaker is not None
    if speaker is not None:
        return True
    return len(words) >= _UNCREDITED_WORDS and not is_title(words)
