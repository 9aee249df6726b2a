"""The lead and its main clause: the sentence that states the event, and the verb that carries it.

News puts its event first: the lead sentence says who did what, where and when, and the headline
says it again in fewer words. So the main sentence is one of the first few sentences of running
text, the one that shares most with the headline. A story whose lead is a quotation, a caption or a
"said" clause is read through: photo credits and captions glued to the lead lose points, and in
"X did Y, police said" the event is what X did, not the saying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import cached, doc_text, parenthesised

LEAD_SENTENCES = 5
"""How many sentences of running text may hold the main event."""
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
"""Dependency labels of a clause's subject."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A candidate for the main clause: a sentence of the lead and the verb of its event."""

    sentence: Span
    """The sentence."""
    region: Span
    """Its part after any page furniture glued to its start."""
    verb: Token
    """The verb of the event it states ("derailed" in "a tram derailed, police said")."""
    index: int
    """Its place in the lead (0 for the first candidate)."""
    clean: bool
    """True for running text with no furniture at all."""


def running_text(sent: Span) -> bool:
    """A sentence of the story, not a caption, credit, headline list or button."""
    words = [t for t in sent if t.is_alpha]
    return (
        len(words) >= 6
        and any(t.pos_ in {"VERB", "AUX"} for t in sent)
        and not en.LEAD_FURNITURE.search(sent.text)
        and sent.text.rstrip()[-1:] in {".", "!", "?", '"', "”", "'", "’"}
    )


def lead_clauses(doc: Doc) -> list[Clause]:
    """Candidates for the main clause, one per sentence of the lead. A sentence that starts with
    furniture ("Could not subscribe … Invalid Email Christian Horner has described …") is
    read from where the furniture ends: a lead glued to a button is still the lead."""
    return cached(doc, "lead", _first_clauses)


def _first_clauses(doc: Doc) -> list[Clause]:
    found: list[Clause] = []
    index = 0
    for sent in doc.sents:
        furniture = list(en.LEAD_FURNITURE.finditer(sent.text))
        start = sent.start
        if furniture:
            cut = doc.char_span(
                sent.start_char + furniture[-1].start(),
                sent.start_char + furniture[-1].end(),
                alignment_mode="expand",
            )
            start = cut.end if cut is not None else sent.end
        if _repeated(doc, sent):
            continue  # a photo caption, printed on the image and again under it
        region = doc[start : sent.end]
        verb = _event_verb(region) if len([t for t in region if t.is_alpha]) >= 6 else None
        if verb is None:
            continue
        clean = not furniture and running_text(sent)
        found.append(Clause(sent, region, verb, index, clean))
        index += 1
        if index >= LEAD_SENTENCES:
            break
    return found


def _repeated(doc: Doc, sent: Span) -> bool:
    """A sentence the page prints twice is a photo caption (shown on the image and under it)."""
    text = sent.text.strip()
    return len(text) > 20 and doc_text(doc).count(text) > 1


def _stem(word: str) -> str:
    """A crude stem, enough to see "derails" and "derailed", "meets" and "meeting" as one."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


def main_clause(doc: Doc, title: str) -> Clause | None:
    """The lead clause that shares most with the headline, earlier ones first on a tie."""
    lead = lead_clauses(doc)
    if not lead:
        return None
    # the headline is not parsed: its words are compared by stem with the clause's
    title_stems = {
        _stem(w) for w in re.findall(r"[\w'-]+", title) if w.lower() not in en.STOP_WORDS
    }

    def score(clause: Clause) -> float:
        tokens = [t for t in clause.region if not t.is_stop and not t.is_punct]
        stems = {_stem(t.text) for t in tokens} | {_stem(t.lemma_) for t in tokens}
        overlap = len(stems & title_stems) / max(1, len(title_stems))
        quoted = clause.region.text.lstrip()[:1] in {'"', "“"}
        position = 1.5 * (1 - clause.index / LEAD_SENTENCES)
        return 4.0 * overlap + position - 0.5 * (not clause.clean) - 2.0 * quoted

    return max(lead, key=score)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _event_verb(region: Span) -> Token | None:
    """The verb that carries the news: the highest verb with a subject, or the clause a speech
    verb reports ("a tram derailed, police said"), unless that is only a state ("said it was")
    or what may yet happen ("said Japan would shoot")."""
    inside = range(region.start, region.end)
    asides = parenthesised(region)  # "Clinton (pictured after her speech) has blamed …"
    verbs = [
        t
        for t in region
        if t.pos_ in {"VERB", "AUX"}
        and t.idx not in asides
        and any(c.dep_ in SUBJECTS and c.i in inside for c in t.children)
    ]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: (_depth(t), t.i))
    if verb.lemma_.lower() in en.SPEECH_VERBS:
        reported = [
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"} and c.i in inside
        ]
        # "Japan would shoot the missiles down, Trump said": a forecast or a promise has not
        # happened; the news is that it was said
        modal = bool(reported) and any(
            c.tag_ == "MD" for c in reported[0].children if c.dep_ in {"aux", "auxpass"}
        )
        if reported and reported[0].lemma_ != "be" and not modal:
            return reported[0]
    return verb
