"""Who a quotation is credited to in the text: the cue (speech verb or "according to") and the
phrase that names or describes its speaker, read from the dependency parse.

A cue counts only outside every quotation's own words. The verb that governs the quoted words
wins ("said the soldiers had been sent "to secure the road," the agency reported" is the speaker
of "said"); otherwise the cue nearest the quotation in its sentences. A participle or infinitive
takes the subject of the clause it hangs on ("Yoon apologized …, saying they "stemmed…"",
"Chiwenga threatened to "step in""), and a relative "who said" the noun it describes.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.quote_marks import Quotation
from briefgen.extract.spans import cached
from briefgen.extract.speakers import is_aged, noun_phrase

_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "csubj", "ccomp"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_MAX_CLIMB = 4
_TAG_WORDS = 6
"""A speech tag after a quotation opens the next sentence: its verb stands within these words."""
_REPORTED = frozenset({"ccomp", "dobj", "xcomp"})
_SUBORDINATE = frozenset({"acl", "relcl", "ccomp"})
"""Clauses inside a sentence's main one: a ", saying" hung on them speaks for the main one."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue that credits a quotation, and the phrase of its speaker."""

    word: Token
    """The speech verb, or "according"."""
    speaker: Span
    """The phrase that names or describes the speaker (may be a pronoun)."""
    governs: bool
    """True when the cue governs the quoted words in the parse (not only stands near them)."""


def cue_for(doc: Doc, quote: Quotation, quoted: list[range], paragraph: range) -> Cue | None:
    """The cue of `quote` in the sentences it stands in, within its paragraph."""
    tokens = _sentence_tokens(doc, quote, paragraph)
    outside = [t for t in tokens if not any(t.idx in r for r in quoted)]
    inner = [t for t in tokens if quote.inner_start <= t.idx < quote.inner_end and not t.is_punct]
    cues = [c for t in outside if (c := _cue(t, inner)) is not None]
    if not cues:
        return _tag_after(doc, quote, paragraph)
    governing = [c for c in cues if c.governs]
    if governing:
        # the closest governor: "said" in "he said the Corps had "gotten too big"", not a verb above;
        # on a tie, the verb that opens the quotation ("…, with Boswell stating: "…"" is Boswell's,
        # though the parse also hangs the quoted verb on the sentence's "It quoted critics")
        return min(governing, key=lambda c: (_depth(inner, c.word), not _opens(c.word, quote)))
    middle = (quote.inner_start + quote.inner_end) // 2
    return min(cues, key=lambda c: abs(c.word.idx - middle))


def _tag_after(doc: Doc, quote: Quotation, paragraph: range) -> Cue | None:
    """The speech tag of a quotation that ends its own sentence ("…?" Evan Mawarire asked;
    "…!" officers announced): the parse starts a new sentence after "?" or "!", and the tag is
    that sentence's opening verb, which reports nothing else (no clause or object of its own)."""
    sents: list[Span] = cached(doc, "sentences", lambda d: list(d.sents))
    after = next((s for s in sents if quote.inner_end <= s.start_char <= quote.end + 1), None)
    if after is None or after.start_char not in paragraph:
        return None
    for token in after[:_TAG_WORDS]:
        if token.idx < quote.end:
            continue
        cue = _cue(token, [])
        if cue is not None and not any(c.dep_ in _REPORTED for c in token.children):
            return cue
    return None


def colon_cue(doc: Doc, quote: Quotation, body: str, quoted: list[range]) -> Cue | None:
    """The cue of a quotation introduced by a colon ("Sue Patel, who lives nearby, said:"), in
    its own paragraph or at the end of the one before."""
    before = body[: quote.start].rstrip(" \t•*")
    if before.endswith("\n"):
        before = before.rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    sentence = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if sentence is None:
        return None
    tokens = [t for t in sentence.sent if t.idx <= colon and not any(t.idx in r for r in quoted)]
    cues = [c for t in tokens if (c := _cue(t, [], en.LEAD_IN_VERBS)) is not None]
    return max(cues, key=lambda c: c.word.idx) if cues else None


def lead_in_cue(doc: Doc, quote: Quotation, before: range, quoted: list[range]) -> Cue | None:
    """The cue of a quotation that stands with no tag of its own after narration that names who
    speaks ("Erekat said it was only the latest move. / "They wanted us on our knees …"";
    "Senator Jane Roe issued a statement. "Like many Texans, …""): the last speech verb in the
    narration just before it, `before` (its paragraph up to it, or the paragraph before)."""
    span = doc.char_span(before.start, before.stop, alignment_mode="contract")
    if span is None:
        return None
    cues = [
        c
        for t in span
        if not any(t.idx in r for r in quoted) and (c := _cue(t, [], en.LEAD_IN_VERBS)) is not None
    ]
    return cues[-1] if cues else None


def _sentence_tokens(doc: Doc, quote: Quotation, paragraph: range) -> list[Token]:
    sents: list[Span] = cached(doc, "sentences", lambda d: list(d.sents))
    chosen = [s for s in sents if s.start_char < quote.inner_end and s.end_char > quote.start]
    return [t for s in chosen for t in s if t.idx in paragraph]


def _cue(token: Token, inner: list[Token], verbs: frozenset[str] = en.QUOTE_VERBS) -> Cue | None:
    if token.lower_ == "according":
        speaker = _according_to(token)
        return None if speaker is None else Cue(token, speaker, _governs(token, inner))
    if token.lemma_.lower() not in verbs or token.pos_ not in {"VERB", "AUX"}:
        return None
    speaker = speaker_of(token)
    return None if speaker is None else Cue(token, speaker, _governs(token, inner))


def speaker_of(verb: Token) -> Span | None:
    """The phrase of who does `verb`: its subject, or the subject of the clause it hangs on."""
    node = verb
    for _ in range(_MAX_CLIMB):
        subjects = [
            c
            for c in node.children
            if c.dep_ == "nsubj" and (c.pos_ != "ADJ" or is_aged(noun_phrase(c)))
        ]
        if subjects:
            # the parse may hang a second subject on the verb ("More: "…," Clarke said")
            subject = min(subjects, key=lambda c: abs(c.i - node.i))
            if subject.lower_ in _RELATIVE and not subject.is_upper:  # "WHO" is a body
                # "Terence Fan, an expert, who said …": the relative clause's noun speaks, and
                # the name it is apposed to names it
                if node.dep_ != "relcl":
                    return None
                head = node.head
                named = head.dep_ == "appos" and head.head.pos_ == "PROPN"
                return noun_phrase(head.head if named else head)
            return noun_phrase(subject)
        if node.i == verb.i and (inverted := _inverted_speaker(verb)) is not None:
            return inverted
        if _trailing_participle(node):
            # ", stating "…"" after a "that" clause speaks for the sentence's subject ("The Bureau
            # rejected claims that the transfer had to do with it, stating "…""), though the
            # parse hangs it on the clause's verb
            node = next(t for t in node.sent if t.dep_ == "ROOT")
            continue
        if node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN"}:
            return noun_phrase(node.head)  # "Trump, speaking after a summit, …"
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        node = node.head
    return None


def _inverted_speaker(verb: Token) -> Span | None:
    """The speaker of a tag that puts the verb first ('"…", added KCNA'), which the parse may
    read as the verb's object, or the verb as the name's modifier: a name just after the verb,
    when the verb follows a quotation's closing punctuation and has no subject of its own."""
    doc = verb.doc
    if verb.lemma_.lower() not in en.INVERTED_VERBS or verb.i == 0:
        return None
    if not (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote):
        return None
    after = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i <= verb.i + 3]
    if verb.dep_ == "amod" and verb.head.i > verb.i:
        # the verb read as a word describing the name ("added" on "KCNA"): the name alone
        head = verb.head
        return doc[verb.i + 1 : head.i + 1] if head.pos_ == "PROPN" else None
    if not after or not (after[0].pos_ == "PROPN" or after[0].ent_type_ in {"ORG", "PERSON"}):
        return None
    return noun_phrase(after[0])


def _trailing_participle(verb: Token) -> bool:
    """A participle after a comma hung on a subordinate clause (", stating" on "that … had")."""
    doc, head = verb.doc, verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and head.dep_ in _SUBORDINATE
        and head.i < verb.i
    )


def _according_to(token: Token) -> Span | None:
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
    return noun_phrase(objects[0]) if objects else None


def _opens(word: Token, quote: Quotation) -> bool:
    """True when only punctuation stands between `word` and the quotation's opening mark."""
    between = [t for t in word.doc[word.i + 1 : word.i + 4] if t.idx < quote.start]
    return word.idx < quote.start and all(t.is_punct for t in between)


def _governs(word: Token, inner: list[Token]) -> bool:
    return any(word in t.ancestors for t in inner)


def _depth(inner: list[Token], word: Token) -> int:
    """How many steps up from the quoted words `word` stands (fewer is closer)."""
    best = 10**6
    for token in inner:
        for steps, ancestor in enumerate(token.ancestors):
            if ancestor.i == word.i:
                best = min(best, steps)
                break
    return best
