"""Extractor rules on hand-built parses (tests/handmade.py): roles from an apposition and from
title words, speakers of quotations, date phrases resolved, figures with their qualifiers.

No model is loaded: each test gives the parse its rule is about, so that a rule is checked on
the construction it was written for whatever the model makes of a sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from briefgen.extract import roles
from briefgen.extract.calendar import resolve
from briefgen.extract.dates import extract_timeline
from briefgen.extract.figures import extract_figures
from briefgen.extract.lang import en
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.sources import extract_sources
from briefgen.extract.spans import extend_name
from briefgen.records import Article
from tests.handmade import parsed


def role_of(doc: Doc, start: int, end: int) -> str | None:
    """The role the rules give the person named by tokens `start`..`end`."""
    return roles.role_text(roles.find_role(doc[start:end]))


# --- roles from an apposition -------------------------------------------------------------------

SPOKESMAN = parsed(
    "The Taliban's spokesman in Qatar, Mohammad Nayeem, said the talks went well.",
    """
    0   The        DET    det       3
    1   Taliban    PROPN  poss      3   B-ORG
    2   's         PART   case      1   tag=POS
    3   spokesman  NOUN   nsubj     10
    4   in         ADP    prep      3
    5   Qatar      PROPN  pobj      4   B-GPE
    6   ,          PUNCT  punct     3
    7   Mohammad   PROPN  compound  8   B-PERSON
    8   Nayeem     PROPN  appos     3   I-PERSON
    9   ,          PUNCT  punct     3
    10  said       VERB   ROOT      10  lemma=say
    11  the        DET    det       12
    12  talks      NOUN   nsubj     13
    13  went       VERB   ccomp     10  lemma=go
    14  well       ADV    advmod    13
    15  .          PUNCT  punct     10
    """,
)


def test_a_role_before_the_name_in_apposition() -> None:
    role = roles.find_role(SPOKESMAN[7:9])
    assert roles.role_text(role) == "Taliban's spokesman in Qatar"
    assert roles.affiliation(role) == "Taliban"


def test_a_role_after_the_name_in_apposition() -> None:
    doc = parsed(
        "Ajmal Jan, a local shopkeeper, said prices rose.",
        """
        0   Ajmal       PROPN  compound  1   B-PERSON
        1   Jan         PROPN  nsubj     7   I-PERSON
        2   ,           PUNCT  punct     1
        3   a           DET    det       5
        4   local       ADJ    amod      5
        5   shopkeeper  NOUN   appos     1
        6   ,           PUNCT  punct     1
        7   said        VERB   ROOT      7   lemma=say
        8   prices      NOUN   nsubj     9
        9   rose        VERB   ccomp     7   lemma=rise
        10  .           PUNCT  punct     7
        """,
    )
    assert role_of(doc, 0, 2) == "local shopkeeper"
    assert roles.affiliation(roles.find_role(doc[0:2])) is None


# The parser hangs the name on the nearest noun (Qatar), and the model ends the name early.
STANIKZAI = parsed(
    "The chief of the Taliban's political office in Qatar, Sher Mohammad Abbas Stanikzai, led "
    "the delegation.",
    """
    0   The        DET    det       1
    1   chief      NOUN   nsubj     16
    2   of         ADP    prep      1
    3   the        DET    det       4
    4   Taliban    PROPN  poss      7   B-ORG
    5   's         PART   case      4   tag=POS
    6   political  ADJ    amod      7
    7   office     NOUN   pobj      2
    8   in         ADP    prep      7
    9   Qatar      PROPN  pobj      8   B-GPE
    10  ,          PUNCT  punct     9
    11  Sher       PROPN  compound  14  B-PERSON
    12  Mohammad   PROPN  compound  14  I-PERSON
    13  Abbas      PROPN  compound  14  I-PERSON
    14  Stanikzai  PROPN  appos     9
    15  ,          PUNCT  punct     9
    16  led        VERB   ROOT      16  lemma=lead
    17  the        DET    det       18
    18  delegation NOUN   dobj      16
    19  .          PUNCT  punct     16
    """,
)


def test_an_apposition_hung_on_the_nearest_noun_takes_the_noun_that_heads_the_chain() -> None:
    role = roles.find_role(STANIKZAI[11:15])
    assert roles.role_text(role) == "chief of the Taliban's political office in Qatar"
    assert roles.affiliation(role) == "Taliban"


def test_a_name_grows_over_the_proper_nouns_the_model_left_out() -> None:
    assert extend_name(STANIKZAI[11:14]).text == "Sher Mohammad Abbas Stanikzai"
    caption = parsed(
        "Picture by Sam Meredith Kabul.",
        """
        0  Picture   NOUN   ROOT      0
        1  by        ADP    prep      0
        2  Sam       PROPN  compound  3  B-PERSON
        3  Meredith  PROPN  pobj      1  I-PERSON
        4  Kabul     PROPN  appos     3  B-GPE
        5  .         PUNCT  punct     0
        """,
    )
    # an actor's name stops at a word the model gave another entity type; a speaker's name as
    # reported takes it too
    assert extend_name(caption[2:4]).text == "Sam Meredith"
    assert extend_name(caption[2:4], across_entities=True).text == "Sam Meredith Kabul"


# --- roles from title words ---------------------------------------------------------------------


def test_capitalised_title_words_before_a_name_are_its_role() -> None:
    doc = parsed(
        "U.S. President Joe Biden said the troops would leave.",
        """
        0  U.S.       PROPN  compound  1  B-GPE
        1  President  PROPN  compound  3
        2  Joe        PROPN  compound  3  B-PERSON
        3  Biden      PROPN  nsubj     4  I-PERSON
        4  said       VERB   ROOT      4  lemma=say
        5  the        DET    det       6
        6  troops     NOUN   nsubj     8
        7  would      AUX    aux       8  tag=MD
        8  leave      VERB   ccomp     4
        9  .          PUNCT  punct     4
        """,
    )
    assert role_of(doc, 2, 4) == "U.S. President"


def test_a_lower_case_role_noun_before_a_name_is_a_title_with_its_modifiers() -> None:
    doc = parsed(
        "The local police chief Sayed Kamal Sadat said.",
        """
        0  The     DET    det       6
        1  local   ADJ    amod      3
        2  police  NOUN   compound  3
        3  chief   NOUN   compound  6
        4  Sayed   PROPN  compound  6  B-PERSON
        5  Kamal   PROPN  compound  6  I-PERSON
        6  Sadat   PROPN  nsubj     7  I-PERSON
        7  said    VERB   ROOT      7  lemma=say
        8  .       PUNCT  punct     7
        """,
    )
    assert "chief" in en.ROLE_NOUNS
    assert role_of(doc, 4, 7) == "local police chief"


def test_a_caption_running_into_a_name_is_no_title() -> None:
    doc = parsed(
        "After a heavy crash Lewis Hamilton won.",
        """
        0  After     ADP    prep      6
        1  a         DET    det       3
        2  heavy     ADJ    amod      3
        3  crash     NOUN   compound  5
        4  Lewis     PROPN  compound  5  B-PERSON
        5  Hamilton  PROPN  pobj      0  I-PERSON
        6  won       VERB   ROOT      6  lemma=win
        7  .         PUNCT  punct     6
        """,
    )
    assert role_of(doc, 4, 6) is None


# --- speakers of quotations ---------------------------------------------------------------------

QUOTED = parsed(
    "“We want peace,” Mohammad Nayeem said. “It is hard,” he added. A senior official said "
    "the talks went well.",
    """
    0   “          PUNCT  punct     8
    1   We         PRON   nsubj     2
    2   want       VERB   ccomp     8
    3   peace      NOUN   dobj      2
    4   ,          PUNCT  punct     8
    5   ”          PUNCT  punct     8
    6   Mohammad   PROPN  compound  7   B-PERSON
    7   Nayeem     PROPN  nsubj     8   I-PERSON
    8   said       VERB   ROOT      8   lemma=say
    9   .          PUNCT  punct     8
    10  “          PUNCT  punct     17
    11  It         PRON   nsubj     12
    12  is         AUX    ccomp     17  lemma=be
    13  hard       ADJ    acomp     12
    14  ,          PUNCT  punct     17
    15  ”          PUNCT  punct     17
    16  he         PRON   nsubj     17
    17  added      VERB   ROOT      17  lemma=add
    18  .          PUNCT  punct     17
    19  A          DET    det       21
    20  senior     ADJ    amod      21
    21  official   NOUN   nsubj     22
    22  said       VERB   ROOT      22  lemma=say
    23  the        DET    det       24
    24  talks      NOUN   nsubj     25
    25  went       VERB   ccomp     22  lemma=go
    26  well       ADV    advmod    25
    27  .          PUNCT  punct     22
    """,
)


def test_a_quotation_is_attributed_to_the_subject_of_the_speech_verb_outside_it() -> None:
    article = Article("t.txt", QUOTED.text)
    quotes = extract_quotes(QUOTED, article)
    assert [(q.speaker, q.text, q.anonymous) for q in quotes] == [
        ("Mohammad Nayeem", "We want peace", False),
        # "he" points back to the last person named before it
        ("Mohammad Nayeem", "It is hard", False),
    ]
    assert [QUOTED.text[e.start : e.end] for e in quotes[0].evidence] == ["“We want peace,”"]


def test_a_described_speaker_is_an_anonymous_source_and_a_named_one_is_not() -> None:
    sources = extract_sources(QUOTED, Article("t.txt", QUOTED.text))
    assert {(s.description, s.anonymous) for s in sources} == {
        ("Mohammad Nayeem", False),
        ("A senior official", True),
    }


# --- date phrases -------------------------------------------------------------------------------

FRIDAY = date(2016, 11, 11)


@pytest.mark.parametrize(
    ("phrase", "published", "iso", "precision"),
    [
        ("July 10", date(2021, 7, 12), "2021-07-10", "day"),
        ("July 10", None, "--07-10", "day"),  # no year and none to take: never a guessed one
        ("10 July 2019", FRIDAY, "2019-07-10", "day"),
        ("December 30", date(2022, 1, 2), "2021-12-30", "day"),  # the nearest such day
        ("February 30, 2021", None, None, "day"),  # no such day
        ("late on Thursday", FRIDAY, "2016-11-10", "day"),
        ("last Friday", FRIDAY, "2016-11-04", "day"),
        ("last night", FRIDAY, "2016-11-10", "day"),
        ("this afternoon", FRIDAY, "2016-11-11", "day"),
        ("last week", FRIDAY, "2016-10-31", "week"),  # the week's Monday
        ("earlier this month", FRIDAY, "2016-11", "month"),
        ("late July", date(2021, 12, 30), "2021-07", "month"),
        ("March 2015", FRIDAY, "2015-03", "month"),
        ("in 2019", FRIDAY, "2019", "year"),
        ("in October", FRIDAY, "2016-10", "month"),  # the last October on or before publication
        ("in December", FRIDAY, "2015-12", "month"),  # never a month after publication
        ("last November", FRIDAY, "2015-11", "month"),  # the one before this month
        ("in October", None, None, "month"),  # no publication date: no guessed year
        ("two years ago", FRIDAY, "2014", "year"),
        ("nine months ago", FRIDAY, "2016-02", "month"),
        ("more than two years ago", FRIDAY, None, None),  # a hedged count names no period
        ("in recent weeks", FRIDAY, None, None),
        ("the 1990s", FRIDAY, None, None),
        ("Christmas Day", FRIDAY, "2016-12-25", "day"),
    ],
)
def test_a_date_phrase_resolves_against_the_publication_date(
    phrase: str, published: date | None, iso: str | None, precision: str
) -> None:
    kind, match = next(
        (kind, m)
        for kind, pattern in en.DATE_PHRASES
        if (m := pattern.search(phrase)) is not None and m.group(0) == phrase
    )
    resolved = resolve(kind, match, published)
    assert (resolved.date, resolved.precision) == (iso, precision)


def test_a_timeline_row_says_what_the_date_dates() -> None:
    doc = parsed(
        "The talks were held on July 10.",
        """
        0  The    DET    det        1
        1  talks  NOUN   nsubjpass  3
        2  were   AUX    auxpass    3  lemma=be
        3  held   VERB   ROOT       3  lemma=hold
        4  on     ADP    prep       3
        5  July   PROPN  pobj       4  B-DATE
        6  10     NUM    nummod     5  I-DATE
        7  .      PUNCT  punct      3
        """,
    )
    [row] = extract_timeline(doc, Article("t.txt", doc.text, published=date(2021, 7, 12)))
    assert (row.text, row.date, row.precision, row.event) == (
        "July 10",
        "2021-07-10",
        "day",
        "The talks were held",
    )
    assert doc.text[row.evidence[0].start : row.evidence[0].end] == "July 10"


# --- figures and their qualifiers ---------------------------------------------------------------


def test_a_qualified_number_is_approximate_and_counts_its_noun() -> None:
    doc = parsed(
        "Moscow sent more than 20,000 troops to the border.",
        """
        0  Moscow  PROPN  nsubj     1  B-GPE
        1  sent    VERB   ROOT      1  lemma=send
        2  more    ADJ    amod      4  B-CARDINAL
        3  than    ADP    quantmod  4  I-CARDINAL
        4  20,000  NUM    nummod    5  I-CARDINAL
        5  troops  NOUN   dobj      1
        6  to      ADP    prep      1
        7  the     DET    det       8
        8  border  NOUN   pobj      6
        9  .       PUNCT  punct     1
        """,
    )
    [figure] = extract_figures(doc, Article("t.txt", doc.text))
    assert (figure.text, figure.value, figure.unit, figure.approx) == (
        "more than 20,000",
        20000,
        "troops",
        True,
    )
    assert figure.about == "Moscow sent troops to the border"  # the thing, and who sent it where


def test_an_exact_measure_is_not_approximate_and_keeps_its_unit() -> None:
    doc = parsed(
        "Turkmenistan shares an 800-kilometer border with Afghanistan.",
        """
        0  Turkmenistan  PROPN  nsubj  1  B-GPE
        1  shares        VERB   ROOT   1  lemma=share
        2  an            DET    det    6
        3  800           NUM    nummod 5  B-QUANTITY
        4  -             PUNCT  punct  5  I-QUANTITY
        5  kilometer     NOUN   amod   6  I-QUANTITY
        6  border        NOUN   dobj   1
        7  with          ADP    prep   6
        8  Afghanistan   PROPN  pobj   7  B-GPE
        9  .             PUNCT  punct  1
        """,
    )
    [figure] = extract_figures(doc, Article("t.txt", doc.text))
    assert (figure.text, figure.value, figure.unit, figure.approx) == (
        "800-kilometer",
        800,
        "km",
        False,
    )
    assert figure.about == "Turkmenistan shares border with Afghanistan"


def test_a_vague_quantity_is_approximate_and_names_no_number() -> None:
    doc = parsed(
        "Dozens of people were hurt.",
        """
        0  Dozens  NOUN   nsubjpass  4  B-CARDINAL
        1  of      ADP    prep       0
        2  people  NOUN   pobj       1
        3  were    AUX    auxpass    4  lemma=be
        4  hurt    VERB   ROOT       4
        5  .       PUNCT  punct      4
        """,
    )
    [figure] = extract_figures(doc, Article("t.txt", doc.text))
    assert (figure.value, figure.approx) == (None, True)


def test_a_lone_name_the_article_also_calls_a_place_is_not_a_person() -> None:
    from briefgen.extract.actors import extract_actors

    doc = parsed(
        "Delhi choked . Smog covered Delhi .",
        """
        0  Delhi    PROPN  nsubj  1  B-PERSON
        1  choked   VERB   ROOT   1
        2  .        PUNCT  punct  1
        3  Smog     NOUN   nsubj  4
        4  covered  VERB   ROOT   4
        5  Delhi    PROPN  dobj   4  B-GPE
        6  .        PUNCT  punct  4
        """,
    )
    assert not any(
        a.name == "Delhi" and a.kind == "person"
        for a in extract_actors(doc, Article("t", doc.text))
    )


def test_context_picks_the_candidate_in_the_story_s_country_unless_a_metropolis_wins() -> None:
    from collections import Counter

    from briefgen.extract import place_context

    georgia = place_context.resolve("Georgia", Counter({"US": 6}))
    assert georgia is not None and (georgia.country, georgia.kind) == ("US", "region")
    country = place_context.resolve("Georgia", Counter())
    assert country is not None and country.country == "GE"
    london = place_context.resolve("London", Counter({"US": 6}))
    assert london is not None and london.country == "GB"
    asia = place_context.resolve("Asia", Counter({"PH": 6}))
    assert asia is not None and asia.country is None
