"""Roles: the role or title an article gives a person, read from the parse.

Two constructions carry a role: an apposition ("Mohammad Nayeem, the Taliban's spokesman in
Qatar," or "the chief of the Taliban's political office in Qatar, Stanikzai") and title words
before the name ("U.S. President Joe Biden", "local police chief Sayed Kamal Sadat"). The
affiliation is the organisation or state the role names ("Taliban")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en
from briefgen.extract.role_checks import a_number, names_a_place_or_body, titled_person
from briefgen.extract.spans import clean_name, short_phrase, strip_span
from briefgen.extract.titles import (
    ROLE_BREAKS,
    comma_title,
    loose_title,
    named_as,
    names_a_job,
    shared_title,
    title_before,
    title_run,
)

_PERSON_WORDS = en.ROLE_NOUNS | en.PERSON_NOUNS
_ASIDE_DEPS = frozenset({"relcl", "acl", "conj", "cc"})


def find_role(span: Span) -> Span | None:
    """The role or title the article gives a person: title words before the name, else an
    apposition. A title comes first: "Ambassador Gordon Sondland, the most anticipated witness
    in the inquiry" is an ambassador, and an apposition after a list of names ("Navy Secretary
    Ray Mabus and Gen. James Amos, the incoming Marine commandant") may belong to another."""
    candidates = (
        _title(span),
        _apposition_before(span),
        _apposition_after(span),
        _is_clause(span),
        _copula(span),
    )
    for candidate in candidates:
        role = _checked(candidate)
        if role is not None:
            return role
    post = named_as(span)
    later = (
        title_run(span),
        loose_title(span),
        comma_title(span),
        _trim(span.doc, _core(post)) if post is not None else None,
    )
    for candidate in (*later, _trim(span.doc, shared_title(span) or [])):
        role = _checked(candidate)
        if role is not None:
            return role
    return None


def _title(span: Span) -> Span | None:
    words = title_before(span)
    return _trim(span.doc, words) if words else None


def find_description(span: Span) -> Span | None:
    """What the article says an organisation is, in an apposition ("Edmunds.com, a
    California-based automobile data firm"; "the Internet security firm Secunia.com")."""
    for candidate in (_apposition_before(span), _apposition_after(span)):
        role = _checked(candidate)
        # only a description that calls it a body ("firm", "agency"): an apposition on an
        # organisation's name is often another phrase the parse hung there ("part of ...")
        if role is not None and role.root.lemma_.lower() in en.ORG_NOUNS:
            return role
    return None


def is_person_by_role(span: Span) -> bool:
    """A name the model calls an organisation that the article gives a person's job ("tomato
    farmer Lana Boatwright", "Sweden's deputy director of public prosecutions, Eva-Marie
    Persson"): a short name of capitalised words, with a job noun as its title or apposition."""
    if not 2 <= len(span) <= 4 or not all(t.is_title or t.text == "-" for t in span):
        return False
    if span[-1].lower_.strip(".") in en.ORG_CLOSERS or span[-1].lemma_.lower() in en.ORG_NOUNS:
        return False
    for candidate in (_title(span), _apposition_before(span), _apposition_after(span)):
        role = _checked(candidate)
        head = role.root if role is not None else None
        if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in _PERSON_WORDS:
            return True
    return False


def _checked(role: Span | None) -> Span | None:
    if role is None:
        return None
    cut = next((t.i for t in role if t.text in ROLE_BREAKS), role.end)
    # a caption run into a title ("Image caption FBI Director James Comey"): what follows it
    start = max(
        (t.i + 1 for t in role[: cut - role.start] if en.BOILERPLATE.match(t.text)),
        default=role.start,
    )
    role = role.doc[start:cut]
    # a role headed by another name, or holding an age, is a list of people the parse joined
    if not len(role) or role.root.ent_type_ == "PERSON" or any(a_number(t) for t in role):
        return None
    if any("@" in t.text or "/" in t.text for t in role):
        return None  # a social-media handle or a link
    if any(titled_person(t) for t in role):
        return None  # "including rights lawyer Omar Haddad and analyst Samir Nabil": another's
    if names_a_place_or_body(role.root) and names_a_place_or_body(role[-1]):
        return None  # "... at University of Texas Arlington Amneh Jafari": no title but a name
    # (a job word the tagger calls a verb still heads a title: "research team head")
    if role.root.pos_ not in {"NOUN", "PROPN"} and role.root.lower_ not in en.ROLE_NOUNS:
        return None  # "harshly criticized Trump": words before a name that are no title
    word = role[0].text.rstrip(".")
    if len(role) == 1 and word in en.HONORIFICS and word not in en.PROFESSIONAL_TITLES:
        return None  # "Mr. Trump": a form of address, not a role ("Dr." is one)
    # a plural says what a group is ("Victims: ...", "other aides, notably Dan Scavino"); only
    # a plural title right before names, or "both ...", is each one's ("councillors Ann Chiang
    # and ...", "Kevin King and Timothy Weeks, both professors at ...")
    after = role.doc[role.end] if role.end < len(role.doc) else None
    shared = role[0].lower_ in {"both", "all"} or (
        after is not None and after.ent_type_ == "PERSON"
    )
    if role.root.tag_ in {"NNS", "NNPS"} and not shared:
        return None
    return role


def _apposition_before(span: Span) -> Span | None:
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"} and root.head.i < span.start:
        head = root.head
        # "the chief of the Taliban's political office in Qatar, Stanikzai": the parser hangs the
        # name on the nearest noun (Qatar); the role is the common noun that heads the chain
        # ... but not past a noun that is itself a title ("charges against Sudan's president,
        # Omar al-Bashir": the president is the role, not the charges)
        while (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.head.pos_ == "NOUN"
            and not names_a_job(head)
        ):
            head = head.head.head
        tokens = [t for t in _core(head) if t.i < span.start]
        return _trim(span.doc, tokens)
    return None


def _apposition_after(span: Span) -> Span | None:
    for child in span.root.children:
        # "Patricio Remon, President at Equifax,": a capitalised title is a PROPN with no entity
        title_noun = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and not child.ent_type_)
        if child.dep_ == "appos" and child.i >= span.end and title_noun:
            return _trim(span.doc, _core(child))
    return None


def _is_clause(span: Span) -> Span | None:
    """ "Kevin McAleenan, who was the acting director of the Department of Homeland Security":
    what a relative clause says the person is."""
    for clause in span.root.children:
        if clause.dep_ != "relcl" or clause.lemma_ != "be" or clause.i < span.end:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in en.WHO_WORDS for c in clause.children):
            continue
        attr = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None:
            return _trim(span.doc, _core(attr))
    return None


def _copula(span: Span) -> Span | None:
    """ "Hege is the CEO of DH": a job the article states in a sentence of its own. Only a job
    noun counts ("Hamzawy is the reason ..." gives no role)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < span.end:
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and not c.ent_type_), None)
    if attr is None or not (names_a_job(attr) or attr.lemma_.lower() in en.ROLE_NOUNS):
        return None
    return _trim(span.doc, _core(attr))


def _core(head: Token) -> list[Token]:
    """The apposition's own phrase, without a relative clause, participle or second conjunct
    ("a professor at Purdue University whose research ...": "professor at Purdue University");
    a second job joined to the first stays ("Airbus President and Chief Executive Officer")."""
    cut = {
        t.i
        for node in head.subtree
        if node.dep_ in _ASIDE_DEPS and node.i > head.i and not _second_job(node)
        for t in node.subtree
    }
    return [t for t in head.subtree if t.i not in cut]


def _second_job(node: Token) -> bool:
    """A conjunct that names another job of the same person, or the "and" before it."""
    if node.dep_ == "cc":
        nxt = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
        return nxt is not None and nxt.dep_ == "conj" and _second_job(nxt)
    if node.dep_ != "conj":
        return False
    return node.lemma_.lower() in en.ROLE_NOUNS or names_a_job(node)


def _trim(doc: Doc, tokens: list[Token]) -> Span | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end and (doc[start].is_punct or doc[start].lower_ in en.ARTICLES):
        start += 1
    # a word the tokenizer split at a hyphen stays whole ("Co-founder of Google")
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None


def role_text(span: Span | None) -> str | None:
    if span is None:
        return None
    text = short_phrase(list(span), max_words=12)
    last = span[-1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if last.tag_ == "NNS" and after is not None and after.ent_type_ == "PERSON":
        # a plural title over a list of names ("pro-Beijing councillors Ann Chiang and ...")
        # is each one's title in the singular
        text = text.removesuffix(last.text) + last.lemma_
    return text or None


def affiliation(role_span: Span | None) -> str | None:
    if role_span is None:
        return None
    for ent in role_span.ents:
        if ent.label_ in {"ORG", "GPE", "NORP"}:
            return clean_name(strip_span(ent).text) or None
    return None
