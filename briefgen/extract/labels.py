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

from briefgen.extract import amounts, figure_spans, units
from briefgen.extract.clause import compact, frame, preps, trim
from briefgen.extract.lang import en
from briefgen.extract.phrases import to_noun
from briefgen.extract.subjects import actor, where

MAX_LABEL_WORDS = 12
_RELATIVE_WORDS = 5
_CALENDAR = frozenset(en.WEEKDAYS) | en.RELATIVE_DAYS
_NOUN = frozenset({"NOUN", "PROPN"})
_KEEP_BEFORE = frozenset({"amod", "compound", "nmod", "poss"})
_MODIFIER_SLOTS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod", "quantmod"})


def is_calendar(token: Token) -> bool:
    """True for a day word or a date entity, which a number before it does not count."""
    return token.lower_ in _CALENDAR or token.ent_type_ in {"DATE", "TIME"}


def label(ent: Span, number: Token, counted: Token | None) -> str:
    """A short label: the thing the number counts and the clause it stands in (module doc)."""
    whole = amounts.neighbours(ent)  # "Rs 24 lakh": the currency and the scale are the figure's
    inside = set(range(whole.start, whole.end))
    phrase = ent.root
    generic = counted is not None and counted.lower_ in en.GENERIC_NOUNS
    if counted is not None and counted.i not in inside and counted.pos_ != "PRON":
        phrase = counted
        if units.is_unit_word(counted):
            # "30,000 Egyptian pounds": the unit and its own modifiers go with the number
            # (its words from the number on: "the remaining 4.1 million bbl" says what they are)
            inside |= {t.i for t in counted.subtree if whole.start <= t.i < counted.i}
            inside.add(counted.i)
    head = phrase.head
    if phrase.dep_ in _MODIFIER_SLOTS and head.pos_ in _NOUN and head.i > phrase.i:
        phrase = phrase if is_calendar(head) else head  # "a $1 billion contract", "12-day trip"
    thing = [] if phrase.i in inside else _noun_phrase(phrase, inside)
    if generic and len(thing) == 1 and phrase.dep_ in {"attr", "oprd"}:
        thing = []  # "population is around 100,000 people": the subject says it all
    of = _of_phrase(ent, inside)
    # "people" counts, but says too little alone: the clause says who they are
    around = frame(phrase, inside, bool(of) or (bool(thing) and not generic))
    who = [] if any(t.dep_ in {"nsubj", "nsubjpass"} for t in around) else actor(phrase, inside)
    told = _told(phrase, inside) if phrase.i in inside else []
    told = _measure_of(ent) + told
    parts = thing + told + of + who + around + _rate(ent, inside)
    if not any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in parts):
        parts += where(phrase)
    text = _text(parts, inside)
    if _is_age(ent) and text:
        return f"age of {text}"  # "Richard Cousins, 58", "Cosby, who is 79 years old"
    return text or _text(_clause(phrase, inside), inside)


def _is_age(ent: Span) -> bool:
    """A person's age: "79 years old", "a 14-year-old", or a bare number in apposition."""
    if en.AGE.search(ent.text):
        return True
    return figure_spans.is_age(ent)


def _clause(phrase: Token, inside: set[int]) -> list[Token]:
    """The nearest verb with what follows it, when nothing closer says what the figure is."""
    node = phrase
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        node = node.head
    return [node, *preps(node)[:6]] if node.i not in inside else []


def _told(head: Token, inside: set[int]) -> list[Token]:
    """What a length or a measure written as one phrase is of, told by the clause after its noun
    ("with just 18 months left in power", "at least 20 years left before retirement"): the
    entity holds the noun, so `_noun_phrase` never reads it."""
    start = min(inside)
    # "the remaining 4.1 million bbl", "the nation's 92,000 asylum claims": said before the number
    before = [
        t
        for c in head.children
        if c.dep_ in _KEEP_BEFORE
        and c.i < start
        and c.pos_ != "PRON"
        and c.ent_type_ not in {"ORDINAL", "DATE"}  # "the first three times" says which, not what
        for t in c.subtree
        if t.i < start
    ]
    for child in head.children:
        if child.dep_ in {"acl", "relcl"} and child.i > head.i and child.i not in inside:
            words = trim(list(child.subtree))
            told = [t for t in words if t.tag_ not in {"WP", "WDT"}]
            return before + to_noun(told, _RELATIVE_WORDS)
    return before


def _measure_of(ent: Span) -> list[Token]:
    """ "The 101 meter (330 foot) long vessel", "the 1,900-mile-wide (3,100 kilometers) Europa":
    a measure written onto an adjective of size is the size of the noun after it, which the model
    often hangs elsewhere; read in word order, past a hyphen and a conversion in brackets."""
    doc = ent.doc
    i = ent.end
    depth = 0
    while i < len(doc) and (doc[i].text in {"-", "(", ")"} or depth > 0):
        depth += {"(": 1, ")": -1}.get(doc[i].text, 0)
        i += 1
    if i >= len(doc) or doc[i].lower_ not in en.MEASURE_ADJECTIVES or doc[i].pos_ != "ADJ":
        return []
    adjective = doc[i]
    depth = 0
    for token in doc[i + 1 : min(i + 8, ent.sent.end)]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and token.pos_ in _NOUN and not units.is_unit_word(token):
            return [adjective, *compact(token)]
        elif depth == 0 and token.pos_ not in {"ADJ", "ADV", "DET", "PUNCT"}:
            break
    return []


def _rate(ent: Span, inside: set[int]) -> list[Token]:
    """What a price or a rate is per: "$16.99 a pound", "$119 a year", "$2 per share"."""
    for token in ent:
        for child in token.children:
            if child.i in inside or child.i < ent.end - 1:
                continue
            if child.dep_ == "npadvmod" and any(d.lower_ in en.RATE_WORDS for d in child.children):
                return [t for t in child.subtree if t.i > ent.end - 1][:3]
            if child.dep_ == "prep" and child.lower_ in en.RATE_WORDS:
                return list(child.subtree)[:3]
    return []


def _of_phrase(ent: Span, inside: set[int]) -> list[Token]:
    """What a share or a part is of, or what an amount is in or for: "74% of the oil", "five of
    the dead", "$100 billion in savings" (not a date: "20 in 2019" says nothing of the 20)."""
    doc = ent.doc
    # the unit's words too: "Rs 24 lakh in the four attempts"
    tokens = [doc[i] for i in sorted(inside | set(range(ent.start, ent.end)))]
    root = ent.root
    if root.dep_ == "appos" or (root.head.dep_ == "appos" and root.head.i in inside):
        # "2 inches (50.8 millimeters) of rain": a conversion shares what its measure is of
        converted = root if root.dep_ == "appos" else root.head
        tokens.append(converted.head)
    for token in tokens:
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ in en.NOT_AMOUNT_PREPOSITIONS:
                continue
            if child.i in inside or any(t.ent_type_ in {"DATE", "TIME"} for t in child.children):
                continue
            part = trim(list(child.subtree))
            return [] if all(t.pos_ in {"PRON", "ADP"} for t in part) else part
    return []


def _noun_phrase(noun: Token, inside: set[int]) -> list[Token]:
    tokens = [noun]
    # "two people who replaced illegal immigrants", "48 workers she needed for harvest": the
    # clause says who they are (a few words of it unless the noun says nothing alone)
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if clause is not None:
        words = list(clause.subtree)
        stop = next((t.i for t in words if t.is_punct), words[-1].i + 1)
        kept = [t for t in words if t.i < stop and t.tag_ not in {"WP", "WDT"}]
        generic = noun.lower_ in en.GENERIC_NOUNS
        tokens.extend(kept if generic else to_noun(kept, _RELATIVE_WORDS))
    for child in noun.children:
        if child.i in inside:
            continue
        if child.dep_ in _KEEP_BEFORE and child.i < noun.i:
            tokens.extend(child.subtree)
        elif child.dep_ == "nummod" and child.i < noun.i and not child.ent_type_:
            tokens.append(child)  # "400 737 Max jets": a model number no entity counts
        elif child.dep_ == "conj" and child.pos_ in _NOUN and not child.like_num:
            joint = [c for c in noun.children if c.dep_ == "cc" and c.i < child.i]
            tokens.extend([*joint[-1:], *compact(child)])  # "162 passengers and crew"
        elif child.dep_ in {"prep", "acl"} and child.i > noun.i:
            tokens.extend(trim(list(child.subtree)))  # "contract to build the plant"
    return tokens


def _text(tokens: list[Token], inside: set[int]) -> str:
    """Tokens in order, without the number itself or punctuation, at most `MAX_LABEL_WORDS`."""
    ordered = sorted({t.i: t for t in tokens if t.i not in inside}.values(), key=lambda t: t.i)
    words: list[str] = []
    previous: Token | None = None
    for token in ordered:
        if (token.is_punct and token.text not in {"&", "-", "'s", "’s"}) or token.is_currency:
            continue
        if token.text == "-" and (previous is None or previous.i != token.i - 1):
            continue  # "-long convoy": the hyphen of a number left out of the label
        if previous is not None and (previous.whitespace_ or token.i - previous.i > 1):
            words.append(" ")
        words.append(token.text)
        previous = token
    text = "".join(words).strip().strip(" ,.;:\"“”'")
    parts = text.split()
    while parts and parts[0].lower() in en.LABEL_OPENERS:
        parts = parts[1:]
    return " ".join(parts[:MAX_LABEL_WORDS])
