"""The clause a figure stands in, read from the dependency parse (see `labels`): the subject of
a change, the verb of a counted subject, a copula's subject, the noun an "of"-phrase or an
apposition describes."""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract import units
from briefgen.extract.lang import en

_NOUN = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PREDICATE_PARTS = frozenset({"prt", "acomp", "neg"})
_PRONOUN_SUBJECTS = frozenset({"PRON", "DET"})
_NUMBERS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_COMPLEMENTS = frozenset({"attr", "oprd", "acomp"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_LINKED = frozenset({"xcomp", "conj", "ccomp", "advcl", "acomp"})
"""Clauses whose missing or pronoun subject is their head clause's."""


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
            return [*verb, *compact(governor), *(t for c in rest[:1] for t in trim(list(c.subtree)))]
        if governor.pos_ == "ADV":
            return _adverb(governor)  # "400 kilometers north of Serhetabad", "down at 86.47"
        node = governor
    elif node.dep_ in {"attr", "acomp", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        subject = _subject(head)
        return _described(subject) if subject is not None else []
    elif head.pos_ == "ADV" and head.i not in inside:
        return _adverb(head)
    else:
        node = head
    if not _verbal(node):
        return []
    return [*_verb_frame(phrase, node, inside, has_thing), *_when(node, phrase)]


def actor(phrase: Token, inside: set[int]) -> list[Token]:
    """The subject of the clause the figure stands in, when the figure is not in it."""
    node = phrase
    for _ in range(8):
        if _verbal(node) or node.head.i == node.i:
            break
        if node.dep_ in _SUBJECTS:
            return []
        node = node.head
    if not _verbal(node):
        return []
    subject = _subject(node)
    if subject is None or subject.i in inside or phrase in subject.subtree:
        return []
    return compact(subject)


def where(phrase: Token) -> list[Token]:
    """The place the figure's clause names ("killed when a shooter fired inside a church in
    Sutherland Springs"): a count of an event is read with where it happened."""
    node = phrase
    for _ in range(8):
        if _verbal(node) or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ in {"advcl", "xcomp"} and _verbal(node.head):
        node = node.head  # "opened fire ... in Las Vegas, killing 59 people"
    first = next((t for t in node.subtree if t.ent_type_ in _PLACES and t.i != phrase.i), None)
    if first is None:
        return []
    name = next(e for e in first.doc.ents if e.start <= first.i < e.end)
    return list(name)


def _verbal(token: Token) -> bool:
    """A verb, or a word with an auxiliary the model took for a noun ("was last trading")."""
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_ in _AUXILIARIES for c in token.children)


def _when(verb: Token, figure: Token) -> list[Token]:
    """The date a figure is for ("sales in January", "snow on Christmas Day", "in 2009"): a
    figure of business or weather copy measures a period, and the period is part of it."""
    for child in verb.children:
        if child.i < figure.i:
            continue
        if child.dep_ == "prep" and any(t.ent_type_ == "DATE" for t in child.children):
            return _words(trim(list(child.subtree)), 4)
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return [t for t in child.subtree if t.ent_type_ == "DATE"][:3]
    return []


def _verb_frame(phrase: Token, node: Token, inside: set[int], has_thing: bool) -> list[Token]:
    """The verb part of `frame`: its subject, the verb, and where or what for."""
    subject = _subject(node)
    verb = [node, *(c for c in node.children if c.dep_ in _PREDICATE_PARTS)]
    if has_thing and _climb(phrase, inside).dep_ == "dobj":
        # "sending 20,000 troops to the border": where the things go says more than the verb
        prep = next((c for c in node.children if _destination(c, phrase)), None)
        where = trim(list(prep.subtree)) if prep is not None else []
        return [*(compact(subject) if subject is not None else []), *verb, *where]
    if has_thing:
        # "the letter signed by seven physicians": the preposition joins the thing to the verb
        joint = [phrase.head] if phrase.dep_ == "pobj" and phrase.head.head.i == node.i else []
        # "Yau defeated Raymond Wong by 424 votes": whom the verb acted on
        done = [*_objects(node, inside), *_agent(node, phrase)]
        who = compact(subject) if subject is not None else []
        return [*who, *verb, *done, *joint]
    # "wring out $100 billion in savings", "pay $56,270 as compensation": what the amount is for
    figure = _climb(phrase, inside)
    prep = next((c for c in node.children if _destination(c, figure)), None)
    purpose = _words(trim(list(prep.subtree)), 4) if prep is not None and prep.i > figure.i else []
    who = compact(subject) if subject is not None else []
    return [*who, *verb, *_objects(node, inside), *purpose]


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
        what = compact(adverb.head) if adverb.head.pos_ in _NOUN else []
        return [*what, adverb, *preps(adverb)]
    verb = adverb.head
    subject = _subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
    return [*(compact(subject) if subject is not None else []), verb, adverb]


def _predicate(verb: Token, passive: bool) -> list[Token]:
    """What the clause says of a counted subject: "killed", "were absent", "fell by Tuesday"."""
    parts = [verb, *(c for c in verb.children if c.dep_ in _PREDICATE_PARTS)]
    parts += [c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]
    # "had yet to be selected", "is expected to testify": the verb that says what happens
    parts += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"][:1]
    # "four were women", "39 percent of these are rated highly critical": what they are
    parts += [t for c in verb.children if c.dep_ in _COMPLEMENTS for t in trim(list(c.subtree))]
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUN:
        parts += compact(verb.head)  # "25 defendants, five of whom were fined"
    after = preps(verb)
    return parts + (after[:6] if passive or len(parts) == 1 else [])


def _subject(verb: Token) -> Token | None:
    """The verb's subject, through "stands to lose" and "which also will lose" (a relative
    pronoun stands for the noun its clause describes); a personal pronoun ("it rose 5%") stands
    for the subject of the clause it hangs on, or of the sentence before; None when none is
    found."""
    node = verb
    for _ in range(4):
        subject = _subject_of(node)
        if subject is not None:
            if subject.pos_ not in _PRONOUN_SUBJECTS and not subject.like_num:
                return _named(subject)
            if node.dep_ == "relcl" and node.head.pos_ in _NOUN:
                return _named(node.head)  # "which also will lose", "five of whom were fined"
            if subject.lower_ not in en.STAND_IN_PRONOUNS:
                return None
            if node.dep_ not in _LINKED or node.head.i == node.i:
                return _antecedent(subject)
            node = node.head  # "when it disintegrated": the main clause says what "it" is
            continue
        if node.dep_ == "acl" and node.head.pos_ in _NOUN:
            return node.head  # "the letter signed by seven physicians"
        left = _stray_subject(node)
        if left is not None:
            return left
        if node.dep_ not in _LINKED or node.head.i == node.i:
            return None
        node = node.head
    return None


def _stray_subject(verb: Token) -> Token | None:
    """A noun right before a verb that has no subject, which the model hung on something
    earlier: in a list of clauses ("the Dow fell 102 points, the S&P 500 lost 1.85 points") the
    second subject is often taken for an apposition of the first clause's number."""
    if verb.i == 0 or verb.dep_ not in _LINKED:
        return None
    left = verb.doc[verb.i - 1]
    if left.pos_ in _NOUN and left.dep_ in {"appos", "conj", "npadvmod"} and left.head.i < left.i:
        return left
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's own subject, or one the model hung on its auxiliary ("Regina Ip was
    re-elected": the hyphen splits the verb)."""
    for word in (verb, *(c for c in verb.children if c.dep_ in _AUXILIARIES)):
        subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _described(noun: Token) -> list[Token]:
    """A copula's subject with what narrows it ("the average price for a new sedan was
    $31,627"): a common noun keeps its first prepositional phrase, a few words of it."""
    words = compact(noun)
    if noun.pos_ != "NOUN":
        return words
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i), None)
    return words + (_words(trim(list(prep.subtree)), 4) if prep is not None else [])


def _named(noun: Token) -> Token:
    """The name a description stands beside ("Texas, a solid Republican state ...", "the Afghan
    war, a terrible and costly conflict")."""
    if noun.dep_ == "appos" and noun.head.pos_ in _NOUN:
        return noun.head
    return noun


def _antecedent(pronoun: Token) -> Token | None:
    """What "it" or "they" at the start of a sentence refers to: the previous sentence's
    subject, when that is a noun."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ not in _NOUN:
        return None
    return _named(subject)


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
        words += _words(trim(list(of.subtree)), 5) if of is not None else []
    return words


def compact(noun: Token) -> list[Token]:
    """A noun with the modifiers before it ("Dow Jones Industrial Average"), no article."""
    return [
        t
        for t in noun.subtree
        if (t.i <= noun.i or _names_with(t, noun))
        and (t.dep_ not in {"det", "punct", "predet"} or _joins_a_word(t))
        and (t.ent_type_ not in _NUMBERS or _in_name(t))
    ]


def _in_name(token: Token) -> bool:
    """A number that is part of a name ("S&P 500", "pan-European STOXX 600 index")."""
    doc = token.doc
    return token.head.pos_ == "PROPN" or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN")


def _names_with(token: Token, noun: Token) -> bool:
    """A number right after a name that is part of it ("S&P 500", "STOXX 600")."""
    return token.i == noun.i + 1 and token.like_num and noun.pos_ == "PROPN" and token.head == noun


def _joins_a_word(token: Token) -> bool:
    """A hyphen inside a word ("Wai-ching", "pan-democrats"), which the word keeps."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def trim(tokens: list[Token]) -> list[Token]:
    """A phrase cut before a relative clause or a parenthesis it carries."""
    cut = [t.i for t in tokens if t.dep_ in {"relcl", "appos"} or t.text in {",", "(", "—"}]
    return [t for t in tokens if not cut or t.i < min(cut)]


def preps(token: Token) -> list[Token]:
    return [
        t
        for c in token.children
        if c.dep_ == "prep" and c.i > token.i
        for t in trim(list(c.subtree))
    ]


def _destination(prep: Token, after: Token) -> bool:
    """A prepositional phrase after the counted object that says where or to whom ("to the
    border"), not when ("in October": a date says nothing of what was counted)."""
    if prep.dep_ not in {"prep", "dative"} or prep.i < after.i:
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} or t.like_num for t in prep.children)


def _words(tokens: list[Token], limit: int) -> list[Token]:
    """The first `limit` words of a phrase, its hyphens and punctuation not counted."""
    kept: list[Token] = []
    for token in tokens:
        if len([t for t in kept if not t.is_punct]) >= limit and not token.is_punct:
            break
        kept.append(token)
    return kept
