"""Actor rules on hand-built parses (tests/handmade.py): state bodies, places and titles the model
labels ORG or PERSON, passing mentions, and which role a person gets first."""

from __future__ import annotations

from briefgen.extract import bodies, not_actors, passing, roles
from tests.handmade import parsed

# --- bodies named by a place, a people or a leader ----------------------------------------------

PUNJAB = parsed(
    "The Punjab government enacted a law.",
    """
    0  The         DET    det       2
    1  Punjab      ADJ    amod      2  B-NORP
    2  government  NOUN   nsubj     3
    3  enacted     VERB   ROOT      3  lemma=enact
    4  a           DET    det       5
    5  law         NOUN   dobj      3
    6  .           PUNCT  punct     3
    """,
)


def test_a_province_before_government_names_the_body() -> None:
    body = bodies.state_body(PUNJAB[1:2], "NORP")
    assert body is not None
    phrase, kind, name = body
    assert (phrase.text, kind, name) == ("Punjab government", "organization", "Punjab government")


def test_a_demonym_before_government_is_the_state_named_by_the_phrase() -> None:
    doc = parsed(
        "The Afghan government freed prisoners.",
        """
        0  The         DET    det    2
        1  Afghan      ADJ    amod   2  B-NORP
        2  government  NOUN   nsubj  3
        3  freed       VERB   ROOT   3  lemma=free
        4  prisoners   NOUN   dobj   3
        5  .           PUNCT  punct  3
        """,
    )
    body = bodies.state_body(doc[1:2], "NORP")
    assert body is not None and body[1:] == ("country", "Afghanistan")
    assert body[0].text == "Afghan government"


def test_a_people_before_a_title_is_no_body() -> None:
    doc = parsed(
        "Nigerian President Muhammadu Buhari spoke.",
        """
        0  Nigerian   ADJ    amod      1  B-NORP
        1  President  PROPN  compound  3
        2  Muhammadu  PROPN  compound  3  B-PERSON
        3  Buhari     PROPN  nsubj     4  I-PERSON
        4  spoke      VERB   ROOT      4  lemma=speak
        5  .          PUNCT  punct     4
        """,
    )
    assert bodies.state_body(doc[0:1], "NORP") is None
    assert bodies.grown_name(doc[0:1], "NORP") is None


# --- places and things the model calls organisations or people ---------------------------------

COUNTIES = parsed(
    "It spread in Barry, Cass and Van Buren counties.",
    """
    0  It        PRON   nsubj     1
    1  spread    VERB   ROOT      1
    2  in        ADP    prep      1
    3  Barry     PROPN  pobj      2  B-GPE
    4  ,         PUNCT  punct     3
    5  Cass      PROPN  conj      3  B-PERSON
    6  and       CCONJ  cc        5
    7  Van       PROPN  compound  8  B-PERSON
    8  Buren     PROPN  conj      5  I-PERSON
    9  counties  NOUN   appos     3
    10 .         PUNCT  punct     1
    """,
)


def test_names_in_a_list_closed_by_a_place_noun_are_places() -> None:
    assert not_actors.is_place(COUNTIES[5:6], set(), by_gazetteer=False)
    assert not_actors.is_place(COUNTIES[7:9], set(), by_gazetteer=False)


def test_a_law_or_an_index_is_a_thing_but_bill_clinton_is_a_person() -> None:
    doc = parsed(
        "Bill Clinton signed the Social Security Act.",
        """
        0  Bill      PROPN  compound  1  B-PERSON
        1  Clinton   PROPN  nsubj     2  I-PERSON
        2  signed    VERB   ROOT      2  lemma=sign
        3  the       DET    det       6
        4  Social    PROPN  compound  5  B-ORG
        5  Security  PROPN  compound  6  I-ORG
        6  Act       PROPN  dobj      2  I-ORG
        7  .         PUNCT  punct     2
        """,
    )
    assert not_actors.is_thing(doc[4:7], "ORG")
    assert not not_actors.is_thing(doc[0:2], "PERSON")


# --- passing mentions ---------------------------------------------------------------------------

REPORT = parsed(
    "Acme said it read a report in the Daily Ledger.",
    """
    0  Acme    PROPN  nsubj     1  B-ORG
    1  said    VERB   ROOT      1  lemma=say
    2  it      PRON   nsubj     3
    3  read    VERB   ccomp     1
    4  a       DET    det       5
    5  report  NOUN   dobj      3
    6  in      ADP    prep      5
    7  the     DET    det       9
    8  Daily   PROPN  compound  9  B-ORG
    9  Ledger  PROPN  pobj      6  I-ORG
    10 .       PUNCT  punct     1
    """,
)


def test_a_name_once_in_passing_is_passing_but_one_that_acts_is_not() -> None:
    assert passing.is_passing([REPORT[8:10]], has_role=False, lead_end=0, in_roles=set())
    assert not passing.is_passing([REPORT[0:1]], has_role=False, lead_end=0, in_roles=set())
    assert not passing.is_passing([REPORT[8:10]], has_role=True, lead_end=0, in_roles=set())


# --- which role comes first ---------------------------------------------------------------------


def test_a_title_before_the_name_comes_before_an_apposition() -> None:
    doc = parsed(
        "Ambassador Gordon Sondland, the key witness, spoke.",
        """
        0  Ambassador  PROPN  compound  2
        1  Gordon      PROPN  compound  2  B-PERSON
        2  Sondland    PROPN  nsubj     8  I-PERSON
        3  ,           PUNCT  punct     2
        4  the         DET    det       6
        5  key         ADJ    amod      6
        6  witness     NOUN   appos     2
        7  ,           PUNCT  punct     2
        8  spoke       VERB   ROOT      8  lemma=speak
        9  .           PUNCT  punct     8
        """,
    )
    assert roles.role_text(roles.find_role(doc[1:3])) == "Ambassador"


def test_a_lower_case_job_noun_is_a_title_and_an_honorific_is_not() -> None:
    doc = parsed(
        "Management coordinator Dale Robinson and Mr. Smith spoke.",
        """
        0  Management   NOUN   compound  1
        1  coordinator  NOUN   compound  3
        2  Dale         PROPN  compound  3  B-PERSON
        3  Robinson     PROPN  nsubj     7  I-PERSON
        4  and          CCONJ  cc        3
        5  Mr.          PROPN  compound  6
        6  Smith        PROPN  conj      3  B-PERSON
        7  spoke        VERB   ROOT      7  lemma=speak
        8  .            PUNCT  punct     7
        """,
    )
    assert roles.role_text(roles.find_role(doc[2:4])) == "Management coordinator"
    assert roles.find_role(doc[6:7]) is None
