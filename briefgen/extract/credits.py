"""Credits and stamps the model takes for names: a photo credit ("Photo: Martin Ruetschi, AP",
"Steve Parsons/PA", "Image copyright Reuters"), a dateline's agency ("(AP) —") and a time zone
("at 4:15pm GMT")."""

from __future__ import annotations

from spacy.tokens import Span

from briefgen.extract.lang import en

_DASHES = frozenset({"—", "–", "-", "--"})


def is_credit(span: Span) -> bool:
    """A credit or a stamp, never an actor (see the module's doc)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2].text.lower()
    if before in en.CREDIT_BEFORE or after in en.CREDIT_AFTER:
        return True
    if span.text.upper() in en.TIME_ZONES:
        return True
    # "Photo: Martin Ruetschi": the credit word before a colon
    if before == ":" and span.start > 1 and doc[span.start - 2].lower_ in en.CREDIT_BEFORE:
        return True
    # "Steve Parsons/PA", "Melina Mara/The Washington Post": a photographer and an agency
    if "/" in span.text and " " in span.text.split("/")[0]:
        return True
    slash_after = span.end < len(doc) and doc[span.end].text == "/"
    if slash_after and len(span) > 1 and not doc[span.end - 1].whitespace_:
        return True
    # a wire agency in brackets before a dash ends a dateline: "ST. JOSEPH, Mich. (AP) —"
    closing = doc[span.end : span.end + 2]
    return (
        before == "("
        and len(closing) == 2
        and closing[0].text == ")"
        and closing[1].text in _DASHES
    )
