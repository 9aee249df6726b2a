"""State bodies named by a place, a people or a leader: "the Punjab government", "Afghan
officials", "Forest Hill police", "the Trump administration".

The model labels only the name ("Punjab", "Afghan", "Trump") and never the body, so the name
alone would come out as a place, nothing, or the wrong actor. The parse hangs the name on the
body's noun (compound, amod or possessive), which is what these rules read. A body that stands
for the whole state (its government, officials, authorities) is the country when the name is a
country or its demonym, with the phrase kept as an alias; any other is an organisation named by
the phrase as the article writes it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.countries import country_name
from briefgen.extract import gazetteer
from briefgen.extract.lang import en
from briefgen.extract.spans import clean_name
from briefgen.wire import ActorKind

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# a country acts as a state when it is a subject; "Germany's auto industry", "Japan's Nikkei"
# only say where something belongs, which makes it a place
_STATE_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_MAX_BETWEEN = 1  # "Mexican immigration authorities": one word may stand between


def state_body(span: Span, label: str) -> tuple[Span, ActorKind, str] | None:
    """The body `span` names, as (phrase, kind, name), or None when it names none (then the
    name is judged on its own: "U.S. President Joe Biden" is a title, "US troops" the state)."""
    noun = _body_noun(span)
    if noun is None:
        return None
    doc = span.doc
    phrase = doc[span.start : noun.i + 1]
    word = noun.lower_
    code = _country_code(span, label)
    if code is not None:
        if word not in en.STATE_WHOLE:
            return None
        return phrase, "country", country_name(code) or clean_name(span.text)
    if label == "PERSON":
        if word != "administration":
            return None
        # "the Trump administration", "Trump's administration": one body, named without the 's
        return phrase, "organization", f"{clean_name(span.text)} {noun.text}"
    if word not in en.LOCAL_BODIES:
        return None
    if label in {"ORG", "NORP"} and gazetteer.lookup(span.text) is None:
        return None  # "PG&E officials" are the company's people, "Republican officials" a party's
    return phrase, "organization", clean_name(phrase.text)


def grown_name(span: Span, label: str) -> Span | None:
    """A people's adjective the model cut from the name it opens ("the Islamic State": only
    "Islamic" is labelled): the name with the capitalised noun it qualifies."""
    head = span.root.head
    if label != "NORP" or head.i != span.end or head.ent_type_ or head.pos_ != "PROPN":
        return None
    if head.lemma_.lower() in en.ROLE_NOUNS:
        return None  # "Nigerian President Muhammadu Buhari": a title, not a name
    return span.doc[span.start : head.i + 1] if head.is_title else None


def _body_noun(span: Span) -> Token | None:
    root = span.root
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or head.i < span.end or head.i - span.end > _MAX_BETWEEN:
        return None
    if head.lower_ not in en.STATE_NOUNS and head.lower_ not in en.LOCAL_BODIES:
        return None
    if head.is_title and head.pos_ == "PROPN":
        return None
    between = span.doc[span.end : head.i]
    if any(t.ent_type_ or t.is_punct for t in between if t.tag_ != "POS"):
        return None
    return head


def _country_code(span: Span, label: str) -> str | None:
    code = en.demonym_country(span.text)
    if code is not None:
        return code
    if label in {"GPE", "ORG"}:
        entry = gazetteer.lookup(span.text)
        if entry is not None and entry.kind == "country":
            return entry.country
    return None


def acts_as_state(span: Span) -> bool:
    """A country acts as a state when it is a subject, or a conjunct of one ("the United States
    and China could agree"); not in apposition, which is how a dateline hangs ("DUBAI, United
    Arab Emirates — ...")."""
    doc = span.doc
    if span.sent[0].is_upper and span.end < len(doc) and doc[span.end].text in {"—", "–", "-"}:
        return False  # a dateline: "DUBAI, United Arab Emirates — ..."
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in _STATE_DEPS
