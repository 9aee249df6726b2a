"""Figures: qualifiers, durations, number words, vague quantities and fractions."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _words, _wordset

APPROX_WORDS = re.compile(
    r"\b(about|around|approximately|roughly|nearly|almost|more than|over|"
    r"at least|up to|less than|fewer than|some|an estimated)\b",
    re.IGNORECASE,
)
"""Qualifiers that make a figure approximate."""
DURATION = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
    r"forty|fifty|hundred)(?:[- ]and[- ]a[- ]half)?[- ](?:(?:working|business|full|straight|consecutive)\s)?"
    r"(second|minute|hour|day|week|month|year)s?\b",
    re.IGNORECASE,
)
"""A length of time ("24 hours", "18 months"): a figure, though the model calls it a date."""
_ONE_TO_TWENTY = """zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty"""
NUMBER_WORDS = dict(zip(_words(_ONE_TO_TWENTY), range(21), strict=True))
NUMBER_WORDS |= {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}
"""Numbers written as words."""
QUALIFIER_WORDS = _wordset("""about around approximately roughly nearly almost some more over
    than at least up to less fewer an a estimated just only barely close under as much many""")
"""Words of a qualifier, dropped before reading a number written as a word."""
VAGUE = _wordset("""hundreds thousands dozens millions billions tens several few scores handful
    numerous""")
"""Words of a vague quantity ("dozens", "a few hundred", "tens of thousands"): no number is
given for it, which would be invented precision ("dozens" is not 12)."""
FRACTIONS = {"half": 0.5, "one-half": 0.5, "one-third": 1 / 3, "two-thirds": 2 / 3}
FRACTIONS |= {"one-quarter": 0.25, "a quarter": 0.25, "three-quarters": 0.75, "one-fifth": 0.2}
FRACTIONS |= {"a third": 1 / 3, "one third": 1 / 3, "a fifth": 0.2, "two-fifths": 0.4}
"""Fractions written as words."""
COUNTING_WORDS = _wordset("one two")
"""Numbers that often only count ("one of the sources", "the two nations")."""
COUNTING_DETERMINERS = _wordset("the these those both their its")
"""Words before "one" or "two" that make it a count, not a figure."""
GENERIC_NOUNS = _wordset("people person persons others units items")
"""Counted nouns that say too little to label a figure alone."""
LABEL_OPENERS = _wordset("the a an of whose which")
"""Words dropped from the start of a figure's label."""
UNIT_WORDS = _wordset("""points point lakh lakhs crore crores shekels shekel kph knts knots
    bbl percent""")
"""Units of news copy that quantulum3's unit table lacks."""
NOT_UNIT_WORDS = _wordset("""count people person man men woman women child children case cases
    vote votes seat seats""")
"""Words quantulum3's table lists as units that, in news copy, are the thing counted."""
MEASURE_ADJECTIVES = _wordset("long wide tall high deep thick broad")
"""Adjectives a measure is written onto ("a 101 meter long vessel", "the 1,900-mile-wide moon"):
the noun after them is what the measure is of."""
CHANGE_ADVERBS = _wordset("up down higher lower")
"""Adverbs of a change ("was down 2.7%"): the figure measures the clause's subject."""
AGE = re.compile(r"\b(years?|months?)[- ]old\b", re.IGNORECASE)
"""A person's age written out ("79 years old", "a 14-year-old")."""
DATE_ENDINGS = _wordset("ago later earlier")
"""Words that make a length of time a date ("two years ago")."""
A_PERIOD = re.compile(
    r"(?P<qual>(?:(?:nearly|almost|about|around|roughly|more than|less than|over|barely|"
    r"just|only|at least)\s+)*)an?\s+(?P<unit>decade|century|year|month|week)",
    re.IGNORECASE,
)
"""A length of time written with an article ("nearly a decade")."""
PERIODS = {"decade": (10.0, "years"), "century": (100.0, "years"), "year": (1.0, "years")}
PERIODS |= {"month": (1.0, "months"), "week": (1.0, "weeks")}
"""What a period word is worth, in the unit it is reported in."""
PERIOD_PREPOSITIONS = _wordset("for after over within")
"""Prepositions before "a year" that make it a length of time."""
DURATION_UNIT = re.compile(r"\b(second|minute|hour|day|week|month|year)s?\b", re.IGNORECASE)
"""The unit word of a length of time."""
AMOUNT_PREPOSITIONS = _wordset("of in for off")
"""Prepositions after a number whose phrase says what it is of ("74% of the oil") or in ("$100
billion in savings")."""
ONLY_WORDS = _wordset("only just single")
"""Words that make "one" a count ("only one toilet")."""
CALL_WORDS = _wordset("call dial text")
"""Verbs (and the noun "call") whose number is a phone number ("called 911", "911 calls")."""
RATE_WORDS = _wordset("a an per each")
"""Words of a rate after a price ("$16.99 a pound", "$2 per share")."""
STAND_IN_PRONOUNS = _wordset("it they its their")
"""Subject pronouns that stand for a thing named before ("it rose 5%"): a figure's label says
what they stand for."""
CHANGE_PREPOSITIONS = _wordset("from by")
"""Prepositions before "9 to 10" that make it a change (two figures), not a range."""
RANGE_VERBS = _wordset("range vary")
"""Verbs whose "from ten to 32" is a range."""
NUMBER_SIGNS = frozenset({"#", "no.", "no", "nos.", "number", "No."})
"""Signs before a number that make it a position or an id ("#2", "No. 3", "number one")."""
AGE_NOUNS = _wordset("age ages aged")
"""Nouns before a number that make it an age ("age 12"), a figure."""
NOT_A_COUNT = re.compile(r"\b(?:at one point|a thing or two|number one)\b", re.IGNORECASE)
"""Idioms with a number that count nothing ("at one point", "a thing or two")."""
NOT_AMOUNT_PREPOSITIONS = _wordset("than as like to from")
"""Prepositions after a number whose phrase compares or moves it ("more than", "from 9 to 10")
rather than saying what it is of, in or for."""
AGE_NUMBER = re.compile(
    r"(?:age|aged)\s+(?P<age>\d{1,3})(?:\s+(?P<unit>year|month|week)s?)?", re.IGNORECASE
)
"""An age written after the word ("until age 5", "aged 12", "above age 6 months")."""
SECURITIES = _wordset("bond note bill treasury gilt bund future yield")
"""Securities named by their term ("10-year notes", "30-year bond"): the term is a name."""
