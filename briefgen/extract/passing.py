"""Passing mentions: a name the article drops once, which neither acts nor is introduced.

A brief lists the story's key actors. The gold convention (tests/gold/README.md, optional_actors)
and a reader agree that an organisation or a person named once in passing ("a report by the
Interior Department's ...", "the White House in 2008") is not one of them. A single mention
still makes an actor when the name acts there (the subject of a clause or of "by" in a passive,
what a copula names ("the candidates elected were ..."), or a conjunct or apposition of one),
when a relative clause says what it does ("Evan Spiegel, who rebuffed an offer"), when its
people act ("Health Department officials said", "a spokesperson for the Foreign Office
reiterated"), when it is the party or body a named person belongs to ("Gary Chan of DAB",
"Demosisto's Nathan Law"), when the article gives it a role, when it stands in the lead, or
when it is the organisation in another actor's role ("the deputy director of the London
Ambulance Service")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefgen.extract.lang import en

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "attr"})
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss"})


def acts(span: Span) -> bool:
    """The name acts in its clause: a subject, the agent of a passive, or a conjunct or
    apposition of one (a list of people: "councillors A of X, B of Y and C were elected")."""
    node = _top_of_list(span.root)
    if node.dep_ in _SUBJECT_DEPS:
        return True
    return node.dep_ == "pobj" and _party_preposition(node.head)


def _party_preposition(prep: Token) -> bool:
    """A preposition whose object is a party to what happens: the agent, the other side of an
    interview, a lawsuit or a deal ("worked with the FBI", "bids from carrier SunExpress"), or
    who receives ("two to Biman Bangladesh Airlines", "sold to SoftBank"). News copy names such
    a party once and it is still an actor; "to" after a motion verb ("took him to the White
    House") names where, so "to" counts only after a number or a word of giving."""
    word = prep.lower_
    if word in en.PARTY_PREPS:
        return True
    head = prep.head
    return word == "to" and (head.pos_ == "NUM" or head.lemma_.lower() in en.TRANSFER_WORDS)


def list_head(span: Span) -> Token:
    """The head of the list or apposition chain the name stands in ("the United States and
    China could agree": China stands in the subject's list)."""
    return _top_of_list(span.root)


def _top_of_list(token: Token) -> Token:
    """The head of the list or apposition chain `token` stands in. The parser often hangs the
    next name of a list on the previous one's party ("A of the Labour Party and B"): a conjunct
    of the object of "of" after a person's name belongs to that person's list."""
    node = token
    for _ in range(len(token.doc)):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in {"conj", "appos"}:
            node = head
        elif node.dep_ == "pobj" and head.lower_ in en.AFFILIATION_PREPS and _is_person(head.head):
            node = head.head
        else:
            break
    return node


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _described(span: Span) -> bool:
    """A relative clause says what the name does: "Justin Bassi, who advises the minister"."""
    return any(
        c.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in en.WHO_WORDS for g in c.children)
        for c in span.root.children
    )


def _people_act(span: Span) -> bool:
    """The body's people act: "Berrien County Health Department officials said", "officers
    from the Joint Narcotics Enforcement Team executed", "a spokesperson for the Foreign Office"."""
    root = span.root
    member: Token | None = None
    if root.dep_ in _MODIFIER_DEPS:
        member = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in en.AFFILIATION_PREPS:
        member = root.head.head
    if member is None or member.pos_ != "NOUN" or member.lower_ not in en.MEMBER_NOUNS:
        return False
    return _top_of_list(member).dep_ in _SUBJECT_DEPS


def _affiliation(span: Span) -> bool:
    """The body a named person belongs to: "Gary Chan of DAB", "Demosisto's Nathan Law"."""
    root = span.root
    if root.dep_ == "poss":
        return _is_person(root.head) and root.head.i >= span.end
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in en.AFFILIATION_PREPS
        and _is_person(root.head.head)
    )


def is_passing(mentions: Sequence[Span], has_role: bool, lead_end: int, in_roles: set[int]) -> bool:
    """True when a name is a passing mention (see the module's doc); `lead_end` is the token
    where the first sentence ends, `in_roles` the tokens of other actors' roles."""
    if len(mentions) != 1 or has_role:
        return False
    span = mentions[0]
    if span.start < lead_end or span.root.i in in_roles:
        return False
    return not (acts(span) or _described(span) or _people_act(span) or _affiliation(span))
