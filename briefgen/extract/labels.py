"""Labels for figures: what a number counts or measures, read from the parse, in a few words.

A label has two parts, both found through the dependency parse from the figure's phrase:

- the *thing*: the noun the number counts ("troops", "border" in "800-kilometer border"), with
  its modifiers and what it belongs to ("of the oil", "with Afghanistan"); a unit ("miles",
  "percent", "Egyptian pounds") or a word that says nothing alone ("people", "others") is part of
  the figure, not the thing;
- the *frame*: where the phrase stands in its clause. The subject of a change or an event is
  what a figure in the object or adverbial slot measures ("the Dow fell 102 points", "Amazon
  bought Whole Foods for $13.7 billion"); the verb is what happened to a counted subject ("26
  people were killed"); a copula's subject is what its complement measures ("the approval rating
  was 13%"); a noun with an "of"-phrase or an apposition is what its number describes ("a
  country of 50 million people", "Richard Cousins, 58").

Business and wire copy put the measured thing in the subject and the number after the verb, so
a label read only from the number's own noun phrase says "points" or "percent"; the frame is
what makes such a figure readable on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract import units
from briefgen.extract.lang import en

MAX_LABEL_WORDS = 12
_CALENDAR = frozenset(en.WEEKDAYS) | en.RELATIVE_DAYS
_NOUN = frozenset({"NOUN", "PROPN"})
_KEEP_BEFORE = frozenset({"amod", "compound", "nmod", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PREDICATE_PARTS = frozenset({"prt", "acomp", "neg"})
_MODIFIER_SLOTS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod", "quantmod"})
_PRONOUN_SUBJECTS = frozenset({"PRON", "DET"})
_NUMBERS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def is_calendar(token: Token) -> bool:
    """True for a day word or a date entity, which a number before it does not count."""
    return token.lower_ in _CALENDAR or token.ent_type_ in {"DATE", "TIME"}


def is_part_of_figure(token: Token) -> bool:
    """True for a noun that only says how the number is counted (a unit, "people", "others"):
    it belongs with the figure, and a label that repeats it says nothing."""
    return token.lower_ in en.GENERIC_NOUNS or units.is_unit_word(token)


def label(ent: Span, number: Token, counted: Token | None) -> str:
    """A short label: the thing the number counts and the clause it stands in (module doc)."""
    inside = set(range(ent.start, ent.end))
    phrase = ent.root
    generic = counted is not None and counted.lower_ in en.GENERIC_NOUNS
    if counted is not None and counted.i not in inside:
        phrase = counted
        if units.is_unit_word(counted):
            # "30,000 Egyptian pounds": the unit and its own modifiers go with the number
            inside |= {t.i for t in counted.subtree if t.i < counted.i} | {counted.i}
    head = phrase.head
    if phrase.dep_ in _MODIFIER_SLOTS and head.pos_ in _NOUN and head.i > phrase.i:
        phrase = phrase if is_calendar(head) else head  # "a $1 billion contract", "12-day trip"
    thing = [] if phrase.i in inside else _noun_phrase(phrase, inside)
    if not generic and any(t.i > phrase.i for t in thing):
        return _text(thing, inside)  # "border with Belarus", "contract to build the plant"
    of = _of_phrase(ent, inside)
    # "people" counts, but says too little alone: the clause says who they are
    frame = _frame(phrase, inside, bool(of) or (bool(thing) and not generic))
    text = _text(thing + of + frame, inside)
    if _is_age(ent) and text:
        return f"age of {text}"  # "Richard Cousins, 58", "Cosby, who is 79 years old"
    return text or _text(_clause(phrase, inside), inside)


def _is_age(ent: Span) -> bool:
    """A person's age: "79 years old", "a 14-year-old", or a bare number in apposition."""
    if en.AGE.search(ent.text):
        return True
    return ent.root.dep_ == "appos" and ent.root.head.ent_type_ == "PERSON" and len(ent) == 1


def _clause(phrase: Token, inside: set[int]) -> list[Token]:
    """The nearest verb with what follows it, when nothing closer says what the figure is."""
    node = phrase
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        node = node.head
    return [node, *_preps(node)[:6]] if node.i not in inside else []


def _of_phrase(ent: Span, inside: set[int]) -> list[Token]:
    """What a share or a part is of: "74% of the oil", "five of the dead"."""
    for token in ent:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i not in inside:
                return _trim(list(child.subtree))
    return []


def _frame(phrase: Token, inside: set[int], has_thing: bool) -> list[Token]:
    """The words of the clause the figure's phrase stands in (module doc)."""
    node = phrase
    while node.dep_ == "conj" and node.head.pos_ in _NOUN:
        node = node.head  # "Morsi and 19 others": the frame of the first conjunct
    head = node.head
    if node.dep_ in _SUBJECTS and head.pos_ in {"VERB", "AUX"}:
        return _predicate(head, passive=node.dep_ == "nsubjpass")
    while node.dep_ == "appos" and (head.like_num or units.is_unit_word(head)):
        node, head = head, head.head  # "1 million Egyptian pounds ($56,270)": the same amount
    if node.dep_ == "appos" and head.pos_ in _NOUN:
        return _compact(head)  # "Richard Cousins, 58"
    if node.dep_ == "pobj" and head.dep_ == "prep":
        governor = head.head
        if governor.pos_ in _NOUN and governor.i not in inside:
            return _compact(governor)  # "a mother of four", "a country of 50 million people"
        if governor.pos_ == "ADV":
            return [governor, *_preps(governor)]  # "400 kilometers north of Serhetabad"
        node = governor
    elif node.dep_ in {"attr", "acomp", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        subject = _subject(head)
        return _compact(subject) if subject is not None else []
    elif head.pos_ == "ADV" and head.lower_ in en.CHANGE_ADVERBS:
        # "Brent crude was down 2.74%": what changed is the clause's subject
        subject = _subject(head.head) if head.head.pos_ in {"VERB", "AUX"} else None
        return [*(_compact(subject) if subject is not None else []), head.head, head]
    elif head.pos_ == "ADV" and head.i not in inside:
        return [head, *_preps(head)]
    else:
        node = head
    if node.pos_ not in {"VERB", "AUX"}:
        return []
    subject = _subject(node)
    verb = [node, *(c for c in node.children if c.dep_ in _PREDICATE_PARTS)]
    if has_thing and phrase.dep_ == "dobj":
        # "sending 20,000 troops to the border": where the things go says more than the verb
        prep = next((c for c in node.children if c.dep_ == "prep" and c.i > phrase.i), None)
        where = _trim(list(prep.subtree)) if prep is not None else []
        if where or subject is None:
            return where or verb
        return [*_compact(subject), *verb]
    if subject is None:
        return verb if has_thing else [*verb, *_objects(node, inside)]
    return [*_compact(subject), *verb, *([] if has_thing else _objects(node, inside))]


def _predicate(verb: Token, passive: bool) -> list[Token]:
    """What the clause says of a counted subject: "killed", "were absent", "fell by Tuesday"."""
    parts = [verb, *(c for c in verb.children if c.dep_ in _PREDICATE_PARTS)]
    parts += [c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]
    preps = _preps(verb)
    return parts + (preps[:6] if passive or len(parts) == 1 else [])


def _subject(verb: Token) -> Token | None:
    """The verb's subject, through "stands to lose" and "which also will lose" (a relative
    pronoun stands for the noun its clause describes); None for a bare pronoun."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
                return node.head if node.head.pos_ in _NOUN else None
            return None if subject.pos_ in _PRONOUN_SUBJECTS else subject
        if node.dep_ not in {"xcomp", "conj", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _objects(verb: Token, inside: set[int]) -> list[Token]:
    """The verb's direct object, when it is not the figure ("bought Whole Foods")."""
    found = [c for c in verb.children if c.dep_ == "dobj" and c.i not in inside]
    return [t for o in found if not is_part_of_figure(o) for t in _compact(o)]


def _compact(noun: Token) -> list[Token]:
    """A noun with the modifiers before it ("Dow Jones Industrial Average"), no article."""
    return [
        t
        for t in noun.subtree
        if t.i <= noun.i
        and t.dep_ not in {"det", "punct", "predet"}
        and t.ent_type_ not in _NUMBERS
    ]


def _noun_phrase(noun: Token, inside: set[int]) -> list[Token]:
    tokens = [noun]
    for child in noun.children:
        if child.i in inside:
            continue
        if child.dep_ in _KEEP_BEFORE and child.i < noun.i:
            tokens.extend(child.subtree)
        elif child.dep_ in {"prep", "acl"} and child.i > noun.i:
            tokens.extend(_trim(list(child.subtree)))  # "contract to build the plant"
    return tokens


def _trim(tokens: list[Token]) -> list[Token]:
    """A phrase cut before a relative clause or a parenthesis it carries."""
    cut = [t.i for t in tokens if t.dep_ in {"relcl", "appos"} or t.text in {",", "(", "—"}]
    return [t for t in tokens if not cut or t.i < min(cut)]


def _preps(token: Token) -> list[Token]:
    return [
        t
        for c in token.children
        if c.dep_ == "prep" and c.i > token.i
        for t in _trim(list(c.subtree))
    ]


def _text(tokens: list[Token], inside: set[int]) -> str:
    """Tokens in order, without the number itself or punctuation, at most `MAX_LABEL_WORDS`."""
    ordered = sorted({t.i: t for t in tokens if t.i not in inside}.values(), key=lambda t: t.i)
    words: list[str] = []
    previous: Token | None = None
    for token in ordered:
        if (token.is_punct and token.text not in {"&", "-", "'s", "’s"}) or token.is_currency:
            continue
        if previous is not None and (previous.whitespace_ or token.i - previous.i > 1):
            words.append(" ")
        words.append(token.text)
        previous = token
    text = "".join(words).strip().strip(" ,.;:\"“”'")
    parts = text.split()
    while parts and parts[0].lower() in en.LABEL_OPENERS:
        parts = parts[1:]
    return " ".join(parts[:MAX_LABEL_WORDS])
