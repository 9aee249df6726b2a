"""Where a name stands, for the rules that judge it by its line: a headline in title case (a
related story or a kicker left in the body: "Oil from Spill Could Still Pose Major Threat"),
words set in capitals by the page layout ("MALCOLM Fraser", "ST. JOSEPH, Mich."), and the words
between quotation marks (a speaker's "America has needed" is rhetoric, not the state acting)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from briefgen.extract.lang import en
from briefgen.extract.quote_marks import Quotation, quotations
from briefgen.extract.spans import cached, doc_text

_MIN_HEADLINE_WORDS = 4
_HEADLINE_SHARE = 0.8


def in_headline(span: Span) -> bool:
    """The name's sentence is a title-case line of its own after the article's opening (a
    related story's headline): four words or more, nearly every word that is not a short
    function word capitalised, no comma, number or closing full stop."""
    sent = span.sent
    doc = span.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line_start == 0 or line != sent.text.strip():
        return False
    if sent[-1].text in {".", "!", "?", '"', "”"} or any(t.text == "," or t.like_num for t in sent):
        return False
    words = [t for t in sent if t.is_alpha and t.lower_ not in en.STOP_WORDS]
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    return sum(t.is_title or t.is_upper for t in words) >= _HEADLINE_SHARE * len(words)


def in_layout_capitals(span: Span) -> bool:
    """A person's name with a word in capitals, as page layout sets a kicker, a byline or a
    dateline ("MALCOLM Fraser —", "SUSIE O'BRIEN", "ST. JOSEPH, Mich."): people's names are
    never written so in running text."""
    return any(t.is_upper and len(t.text) >= 4 and t.is_alpha for t in span)


def quoted(span: Span) -> bool:
    """The name stands between quotation marks."""
    marks = cached(span.doc, "quotations", lambda d: quotations(doc_text(d)))
    starts = _starts(span.doc, marks)
    i = bisect_right(starts, span.start_char) - 1
    return i >= 0 and marks[i].inner_start <= span.start_char < marks[i].inner_end


def _starts(doc: Doc, marks: list[Quotation]) -> list[int]:
    return cached(doc, "quotation_starts", lambda d: [m.inner_start for m in marks])
