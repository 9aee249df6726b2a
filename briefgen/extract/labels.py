"""Labels for figures: what a number counts or measures, read from the parse, in a few words."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.lang import en

MAX_LABEL_WORDS = 12
_CALENDAR = frozenset(en.WEEKDAYS) | en.RELATIVE_DAYS
_NOUN = frozenset({"NOUN", "PROPN"})
_KEEP_BEFORE = frozenset({"amod", "compound", "nmod", "poss"})


def is_calendar(token: Token) -> bool:
    """True for a day word or a date entity, which a number before it does not count."""
    return token.lower_ in _CALENDAR or token.ent_type_ in {"DATE", "TIME"}


def label(ent: Span, number: Token, counted: Token | None) -> str:
    """A short label: the counted noun with its modifiers and what it belongs to, or the clause."""
    inside = range(ent.start, ent.end)
    if counted is not None and counted.i not in inside and counted.lower_ not in en.GENERIC_NOUNS:
        tokens = _noun_phrase(counted, inside)
        tokens += _predicate(counted, inside)
        return _text(tokens, inside)
    if counted is not None and counted.lower_ in en.GENERIC_NOUNS:
        subject = _copula_subject(counted)
        if subject is not None:
            return _text(_noun_phrase(subject, inside), inside)
    anchor = counted if counted is not None else number
    head = anchor.head
    if (
        head.i not in inside
        and head.pos_ in _NOUN
        and not is_calendar(head)
        and anchor.dep_ in {"amod", "compound", "nummod"}
    ):
        return _text(_noun_phrase(head, inside), inside)  # "800-kilometer border with Afghanistan"
    if head.i not in inside and head.pos_ == "ADV":
        return _text([head, *_preps(head)], inside)  # "400 kilometers north of Serhetabad"
    if counted is not None and counted.lower_ in en.GENERIC_NOUNS:
        return _text([*_noun_phrase(counted, inside), *_predicate(counted, inside)], inside)
    return _clause(number, inside)


def _noun_phrase(noun: Token, inside: range) -> list[Token]:
    tokens = [noun]
    for child in noun.children:
        if child.i in inside:
            continue
        if (child.dep_ in _KEEP_BEFORE and child.i < noun.i) or (
            child.dep_ == "prep" and child.i > noun.i
        ):
            tokens.extend(child.subtree)
    return tokens


def _preps(token: Token) -> list[Token]:
    return [t for c in token.children if c.dep_ == "prep" and c.i > token.i for t in c.subtree]


def _predicate(noun: Token, inside: range) -> list[Token]:
    """What the clause says of the counted noun: "others wounded", "troops … to … border"."""
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return [verb, *(_preps(verb)[:6] if noun.dep_ == "nsubjpass" else [])]
    if noun.dep_ == "dobj":
        first = next((c for c in verb.children if c.dep_ == "prep" and c.i > noun.i), None)
        return list(first.subtree) if first is not None else []
    return []


def _copula_subject(noun: Token) -> Token | None:
    """For "population is … 100,000 people", the subject ("population") of the copula."""
    if noun.dep_ not in {"attr", "acomp", "oprd"}:
        return None
    node = noun
    for _ in range(4):
        node = node.head
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject if subject.pos_ in _NOUN else None
        if node.head.i == node.i:
            break
    return None


def _clause(number: Token, inside: range) -> str:
    """No counted noun: the verb with its subject ("death toll rose") or with what follows it."""
    node = number
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        node = node.head
    verb = node
    in_subject = any(
        c.dep_ in {"nsubj", "nsubjpass"} and number in c.subtree for c in verb.children
    ) or number.dep_ in {"nsubj", "nsubjpass"}
    if in_subject:
        return _text([verb, *_preps(verb)], inside)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.pos_ in _NOUN:
        compact = [t for t in subject.children if t.dep_ in {"compound", "amod"}]
        return _text([*compact, subject, verb], inside)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i not in inside]
    tokens = [verb, *(t for o in objects for t in _noun_phrase(o, inside))]
    return _text(tokens, inside)


def _text(tokens: list[Token], inside: range) -> str:
    """Tokens in order, without the number itself, cut at a comma, a clause or a determiner start."""
    ordered = sorted({t.i: t for t in tokens if t.i not in inside}.values(), key=lambda t: t.i)
    words: list[str] = []
    previous: Token | None = None
    for token in ordered:
        if token.text in {",", ";", "(", "—", "–"} or token.dep_ == "relcl":
            break
        if previous is not None and (previous.whitespace_ or token.i - previous.i > 1):
            words.append(" ")
        words.append(token.text)
        previous = token
    text = "".join(words).strip().strip(" ,.;:\"“”'")
    parts = text.split()
    while parts and parts[0].lower() in en.LABEL_OPENERS:
        parts = parts[1:]
    return " ".join(parts[:MAX_LABEL_WORDS])
