"""What a date dates: the clause around a date phrase as a readable row (subject, verb, object).

A timeline row of a bare verb ("overturned", "signed") or of "Officials said" says nothing, so
the row is the governing verb with its subject (or, for a participle or a relative clause, the
noun it describes: "the Social Security Act, signed into law …"), its object or what was said,
cut at the clause's edge (a comma, a relative clause) and at twelve words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.lang import en
from briefgen.extract.spans import short_phrase

MAX_WORDS = 12
MIN_WORDS = 3
_CORE = frozenset({"aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "oprd", "dative"})
_CONTENT = frozenset({"ccomp", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_BORROWS_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "case"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def event_label(span: Span) -> str:
    """The clause that `span` (a date phrase) dates, without the date, in a few words."""
    skip = set(range(span.start, span.end))
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        skip.add(span.end)  # "Wednesday's crash": the possessive belongs to the date
    verb = _governing_verb(span.root)
    if verb is None:
        return _fallback(span, skip)
    tokens = [verb, *_subject(verb, skip)]
    objects = [c for c in verb.children if c.dep_ in _CORE or c.dep_ in _CONTENT]
    for child in verb.children:
        if child.dep_ in _CORE or child.dep_ in _CONTENT:
            tokens.extend(_clause_part(child, skip))
    if not any(c.dep_ in {"dobj", "attr", "acomp", "oprd"} for c in objects):
        # "died in a crash", "signed into law": the first phrase after the verb says what
        first = next((c for c in verb.children if _says_what(c, verb, skip)), None)
        if first is not None:
            tokens.extend(_clause_part(first, skip))
    text = _text(tokens, skip, verb)
    if len(text.split()) < MIN_WORDS:
        return _fallback(span, skip)
    return text


def _says_what(child: Token, verb: Token, skip: set[int]) -> bool:
    """A phrase after the verb that is not the date's own ("held on July 10")."""
    return (
        child.dep_ in {"prep", "agent"}
        and child.i > verb.i
        and not any(t.i in skip for t in child.subtree)
    )


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _subject(verb: Token, skip: set[int]) -> list[Token]:
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in _RELATIVE and node.dep_ == "relcl":
                return _noun(node.head, skip)
            return _clause_part(subject, skip)
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return _noun(node.head, skip)  # "the Act, signed into law …"
        if node.dep_ not in _BORROWS_SUBJECT or node.head.i == node.i:
            return []
        node = node.head
    return []


def _noun(noun: Token, skip: set[int]) -> list[Token]:
    """A noun with the words that make it up ("the Social Security Act"), no clauses."""
    tokens = [noun]
    for child in noun.children:
        if child.dep_ in _NOUN_MODIFIERS and child.i < noun.i:
            tokens.extend(t for t in child.subtree if t.i not in skip)
    return tokens


def _clause_part(token: Token, skip: set[int]) -> list[Token]:
    """A phrase of the clause without the clauses and asides hung inside it."""
    return [t for t in token.subtree if t.i not in skip and not _inside_aside(t, token)]


def _inside_aside(token: Token, top: Token) -> bool:
    node = token
    while node.i != top.i:
        if node.dep_ in {"relcl", "appos", "advcl", "parataxis"}:
            return True
        node = node.head
    return False


def _text(tokens: list[Token], skip: set[int], verb: Token) -> str:
    """The tokens in order, cut at a comma or dash that ends the clause after the verb."""
    ordered = sorted({t.i: t for t in tokens if t.i not in skip}.values(), key=lambda t: t.i)
    kept: list[Token] = []
    for token in ordered:
        if token.i > verb.i and token.text in {",", ";", "—", "–", "(", ":"} and len(kept) >= 4:
            break
        if token.is_quote or token.is_bracket or (token.tag_ == "POS" and not kept):
            continue
        if token.text == "," and kept and kept[-1].text == ",":
            kept.pop()  # the two commas of an aside left out: "the spokesman, [name], told"
            continue
        kept.append(token)
    while kept and (kept[0].is_punct or kept[0].lower_ in en.LABEL_OPENERS - {"the", "a", "an"}):
        kept.pop(0)
    return short_phrase(kept, max_words=MAX_WORDS)


def _fallback(span: Span, skip: set[int]) -> str:
    """No readable clause: the sentence's words around the date, up to the limit."""
    sent = span.sent
    before = [t for t in sent if t.i < span.start and t.i not in skip]
    after = [t for t in sent if t.i >= span.end and t.i not in skip]
    words = [t for t in (before[-6:] + after[:8]) if not t.is_quote]
    return short_phrase(words, max_words=MAX_WORDS)
