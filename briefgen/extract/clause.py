"""The clause a figure stands in, read from the dependency parse (see `labels`): the subject of
a change, the verb of a counted subject, a copula's subject, the noun an "of"-phrase or an
apposition describes."""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract import units
from briefgen.extract.lang import en
from briefgen.extract.phrases import (
    compact,
    first_words,
    preps,
    to_noun,
    trim,
    up_to_head,
    verbal,
)
from briefgen.extract.subjects import described, find_subject, subject_words

__all__ = ["compact", "frame", "preps", "trim"]

_NOUN = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PREDICATE_PARTS = frozenset({"prt", "acomp", "neg"})
_COMPLEMENTS = frozenset({"attr", "oprd", "acomp"})
_AUXILIARIES = frozenset({"aux", "auxpass"})


def frame(phrase: Token, inside: set[int], has_thing: bool) -> list[Token]:
    """The words of the clause the figure's phrase stands in (module doc)."""
    node = _climb(phrase, inside)
    head = node.head
    if node.dep_ in _SUBJECTS and head.pos_ in {"VERB", "AUX"}:
        return _predicate(head, passive=node.dep_ == "nsubjpass")
    if node.dep_ == "appos" and head.pos_ in _NOUN:
        return compact(head)  # "Richard Cousins, 58"
    while node.dep_ == "pobj" and head.dep_ == "conj" and head.head.pos_ == "ADP":
        head = head.head  # "by 49 percent or by 27 percent": the second "by" is the first's
    if node.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
        governor = head.head
        if governor.pos_ in _NOUN and governor.i not in inside:
            # "a mother of four", "a transfer of 40 million shekels in funding for settlements"
            rest = [c for c in governor.children if c.i > node.i and _destination(c, node)]
            # "crashes that killed a total of 346 people": the verb says what the total is of
            verb = [governor.head] if governor.dep_ == "dobj" else []
            return [
                *verb,
                *compact(governor),
                *(t for c in rest[:1] for t in trim(list(c.subtree))),
            ]
        if governor.pos_ == "ADV":
            return _adverb(governor)  # "400 kilometers north of Serhetabad", "down at 86.47"
        node = governor
    elif node.dep_ in {"attr", "acomp", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        subject = find_subject(head)
        return described(subject) if subject is not None else []
    elif head.pos_ == "ADV" and head.i not in inside:
        return _adverb(head)
    elif head.pos_ == "ADJ" and node.dep_ == "npadvmod":
        # "a deal worth $600 million": the adjective says how the figure stands to its noun
        noun = compact(head.head) if head.dep_ == "amod" and head.head.pos_ in _NOUN else []
        return [*noun, head, *first_words(preps(head), 5)]  # "eight votes short of the majority"
    else:
        node = head
    if not verbal(node):
        return []
    return [*_verb_frame(phrase, node, inside, has_thing), *_when(node, phrase)]


def _when(verb: Token, figure: Token) -> list[Token]:
    """The date a figure is for ("sales in January", "snow on Christmas Day", "in 2009"): a
    figure of business or weather copy measures a period, and the period is part of it."""
    for child in verb.children:
        if child.i < figure.i:
            continue
        if child.dep_ == "prep" and any(t.ent_type_ == "DATE" for t in child.children):
            return first_words(trim(list(child.subtree)), 4)
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return [t for t in child.subtree if t.ent_type_ == "DATE"][:3]
    return []


def _verb_frame(phrase: Token, node: Token, inside: set[int], has_thing: bool) -> list[Token]:
    """The verb part of `frame`: its subject, the verb, and where or what for."""
    subject = find_subject(node)
    verb = [node, *(c for c in node.children if c.dep_ in _PREDICATE_PARTS)]
    if node.lemma_ == "be":
        # "it was down for four straight years": what the copula says is the state measured
        verb += [c for c in node.children if c.dep_ == "advmod" and c.i == node.i + 1]
    # "a fish that can grow to 500 pounds": a modal says the figure is a possibility
    verb += [c for c in node.children if c.dep_ == "aux" and c.tag_ == "MD" and c.is_alpha]
    if has_thing and _climb(phrase, inside).dep_ == "dobj":
        # "sending 20,000 troops to the border": where the things go says more than the verb
        prep = next((c for c in node.children if _destination(c, phrase)), None)
        where = trim(list(prep.subtree)) if prep is not None else []
        who = subject_words(subject) if subject is not None else []
        return [*who, *_cause(node, inside), *verb, *where]
    if has_thing:
        # "the letter signed by seven physicians": the preposition joins the thing to the verb
        joint = [phrase.head] if phrase.dep_ == "pobj" and phrase.head.head.i == node.i else []
        # "Yau defeated Raymond Wong by 424 votes": whom the verb acted on
        done = [*_objects(node, inside), *_agent(node, phrase)]
        who = subject_words(subject) if subject is not None else []
        return [*who, *verb, *done, *joint]
    # "wring out $100 billion in savings", "pay $56,270 as compensation": what the amount is for
    figure = _climb(phrase, inside)
    prep = next((c for c in node.children if _destination(c, figure)), None)
    purpose = up_to_head(prep, 4) if prep is not None and prep.i > figure.i else []
    who = subject_words(subject) if subject is not None else []
    told = _complements(node, figure, inside)
    cause = _cause(node, inside) if figure.dep_ == "dobj" else []
    return [*who, *cause, *verb, *told, *_objects(node, inside), *purpose]


def _complements(verb: Token, figure: Token, inside: set[int]) -> list[Token]:
    """What a verb says beside an adverbial figure ("for 75 years", "within 48 hours"): a
    copula's complement ("has been ... a bedrock promise"), the verb it runs on to ("spent three
    minutes struggling to regain control") and where it goes before the figure ("return to work
    within 48 hours"). A length of time or a share in an adverbial is read with the action it
    measures; the verb alone ("spent", "return") says nothing."""
    words: list[Token] = []
    for child in verb.children:
        if child.i in inside or figure in child.subtree:
            continue
        runs_on = child.dep_ == "xcomp" and child.pos_ == "VERB" and child.i > figure.i
        if child.dep_ in _COMPLEMENTS or runs_on:
            words += to_noun(trim(list(child.subtree)), 4)
        elif child.dep_ == "prep" and verb.i < child.i < figure.i and _destination(child, verb):
            words += up_to_head(child, 3)
    return [t for t in words if t.dep_ != "det" or t.head.dep_ == "pobj"]


def _cause(verb: Token, inside: set[int]) -> list[Token]:
    """The act a participle follows from ("blew up the embassies in Kenya, killing more than 200
    people"): a toll the participle takes as its object is read with the act that caused it, the
    main verb and its object."""
    head = verb.head
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ != "VBG" or head.i >= verb.i:
        return []
    if head.pos_ != "VERB":
        return []
    return [head, *(c for c in head.children if c.dep_ == "prt"), *_objects(head, inside)]


def _agent(verb: Token, figure: Token) -> list[Token]:
    """Who a passive verb names as doing it ("defeated ... by James To")."""
    return [
        t
        for c in verb.children
        if c.dep_ == "agent" and figure not in c.subtree
        for t in c.subtree
        if t.pos_ == "PROPN"
    ]


def _climb(phrase: Token, inside: set[int]) -> Token:
    """The token whose place in the clause is the figure's: the first of conjuncts ("Morsi and 19
    others"), the amount a conversion restates ("1 million Egyptian pounds ($56,270)"), the
    measure an "of"-phrase fills ("34 inches of snow")."""
    node = phrase
    for _ in range(4):
        head = node.head
        if (node.dep_ == "conj" and head.pos_ in _NOUN) or (
            node.dep_ == "appos" and (head.like_num or units.is_unit_word(head))
        ):
            node = head
        elif node.dep_ == "pobj" and head.lower_ == "of" and head.head.i in inside:
            node = head.head
        elif node.dep_ in {"nummod", "compound"} and head.ent_type_ in {"DATE", "TIME"}:
            node = head  # "rose to at least six Friday": the model hung the number on the day
        else:
            break
    return node


def _adverb(adverb: Token) -> list[Token]:
    """A figure hung on an adverb: a change ("Brent crude was down 2.74%") measures the
    clause's subject; a place ("40 miles south of the panhandle") is the adverb's phrase."""
    if adverb.lower_ not in en.CHANGE_ADVERBS:
        # "ships more than 400 miles away": what is that far away
        # "holding people no longer than 72 hours": the verb says what is that long
        what = compact(adverb.head) if adverb.head.pos_ in _NOUN else []
        done = [adverb.head] if verbal(adverb.head) and adverb.head.i < adverb.i else []
        return [*what, *done, adverb, *preps(adverb)]
    verb = adverb.head
    subject = find_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
    return [*(subject_words(subject) if subject is not None else []), verb, adverb]


def _predicate(verb: Token, passive: bool) -> list[Token]:
    """What the clause says of a counted subject: "killed", "were absent", "fell by Tuesday"."""
    parts = [verb, *(c for c in verb.children if c.dep_ in _PREDICATE_PARTS)]
    parts += [c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]
    # "74% of the oil had been captured, burned or skimmed": every verb the subject shares
    parts += _shared_verbs(verb)
    parts += [c for c in verb.children if c.dep_ in _AUXILIARIES and c.i > verb.i - 3]
    # "had yet to be selected", "is expected to testify": the verb that says what happens
    parts += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"][:1]
    # "four were women", "39 percent of these are rated highly critical": what they are
    parts += [t for c in verb.children if c.dep_ in _COMPLEMENTS for t in trim(list(c.subtree))]
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUN:
        parts += compact(verb.head)  # "25 defendants, five of whom were fined"
    after = preps(verb)
    return parts + (after[:6] if passive or len(parts) == 1 else [])


def _shared_verbs(verb: Token) -> list[Token]:
    """The verbs listed after the first ("captured, burned or skimmed"): the model hangs each on
    the one before, so the list is a chain of conjuncts; at most three are kept."""
    found: list[Token] = []
    node = verb
    while len(found) < 3:
        nxt = next((c for c in node.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        found.append(nxt)
        node = nxt
    return found


def _objects(verb: Token, inside: set[int]) -> list[Token]:
    """The verb's direct object, when it is not the figure ("bought Whole Foods")."""
    found = [c for c in verb.children if c.dep_ == "dobj" and c.i not in inside]
    words: list[Token] = []
    for thing in found:
        if thing.lower_ in en.GENERIC_NOUNS or units.is_unit_word(thing):
            continue
        words += compact(thing)
        # "has seen a fraction of an inch of rain": what the object is a part of
        of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        words += up_to_head(of, 5) if of is not None else []
    return words


def _destination(prep: Token, after: Token) -> bool:
    """A prepositional phrase after the counted object that says where or to whom ("to the
    border"), not when ("in October": a date says nothing of what was counted)."""
    if prep.dep_ not in {"prep", "dative"} or prep.i < after.i:
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} or t.like_num for t in prep.children)
