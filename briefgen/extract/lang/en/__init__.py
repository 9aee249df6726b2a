"""English: every word list and language rule the extractors read, in one place.

The extractors work on the parse (dependency labels, parts of speech, entity labels), which is
the same in every language spaCy parses; what is English is here: the words that make a title, a
speech verb, a state body or a date phrase, and the patterns of dates, datelines and page
furniture, and spaCy's English stop words. A function word that belongs to one syntactic rule
("of" in "one of the sources", "according to") stays with its rule.

One module per kind of word (base, calendar, furniture, people, speech, event, figures, places,
outlook); this package's namespace holds them all, so an extractor reads `en.SPEECH_VERBS`.
"""

from __future__ import annotations

from briefgen.extract.lang.en.base import ARTICLES as ARTICLES
from briefgen.extract.lang.en.base import POSSESSIVE_ENDINGS as POSSESSIVE_ENDINGS
from briefgen.extract.lang.en.base import POSSESSIVE_S as POSSESSIVE_S
from briefgen.extract.lang.en.base import STOP_WORDS as STOP_WORDS
from briefgen.extract.lang.en.calendar import AHEAD_MODALS as AHEAD_MODALS
from briefgen.extract.lang.en.calendar import ANAPHORIC_STEPS as ANAPHORIC_STEPS
from briefgen.extract.lang.en.calendar import CALENDAR_WORDS as CALENDAR_WORDS
from briefgen.extract.lang.en.calendar import DATE_PHRASES as DATE_PHRASES
from briefgen.extract.lang.en.calendar import DAY_SHIFTS as DAY_SHIFTS
from briefgen.extract.lang.en.calendar import MONTH_NUMBERS as MONTH_NUMBERS
from briefgen.extract.lang.en.calendar import MONTHS as MONTHS
from briefgen.extract.lang.en.calendar import NAMED_DAYS as NAMED_DAYS
from briefgen.extract.lang.en.calendar import NOT_YEAR_BEFORE as NOT_YEAR_BEFORE
from briefgen.extract.lang.en.calendar import RELATIVE_DAYS as RELATIVE_DAYS
from briefgen.extract.lang.en.calendar import STEPS as STEPS
from briefgen.extract.lang.en.calendar import WEEKDAYS as WEEKDAYS
from briefgen.extract.lang.en.calendar import is_month_may as is_month_may
from briefgen.extract.lang.en.event import ACT_NOUNS as ACT_NOUNS
from briefgen.extract.lang.en.event import ANAPHORS as ANAPHORS
from briefgen.extract.lang.en.event import CAUSE_MARKS as CAUSE_MARKS
from briefgen.extract.lang.en.event import CAUSE_PREPS as CAUSE_PREPS
from briefgen.extract.lang.en.event import PARTITIVES as PARTITIVES
from briefgen.extract.lang.en.event import PLAIN_VERBS as PLAIN_VERBS
from briefgen.extract.lang.en.figures import A_PERIOD as A_PERIOD
from briefgen.extract.lang.en.figures import AGE as AGE
from briefgen.extract.lang.en.figures import AGE_NOUNS as AGE_NOUNS
from briefgen.extract.lang.en.figures import AGE_NUMBER as AGE_NUMBER
from briefgen.extract.lang.en.figures import AMOUNT_PREPOSITIONS as AMOUNT_PREPOSITIONS
from briefgen.extract.lang.en.figures import APPROX_WORDS as APPROX_WORDS
from briefgen.extract.lang.en.figures import CALL_WORDS as CALL_WORDS
from briefgen.extract.lang.en.figures import CHANGE_ADVERBS as CHANGE_ADVERBS
from briefgen.extract.lang.en.figures import CHANGE_PREPOSITIONS as CHANGE_PREPOSITIONS
from briefgen.extract.lang.en.figures import COUNTING_DETERMINERS as COUNTING_DETERMINERS
from briefgen.extract.lang.en.figures import COUNTING_WORDS as COUNTING_WORDS
from briefgen.extract.lang.en.figures import DATE_ENDINGS as DATE_ENDINGS
from briefgen.extract.lang.en.figures import DURATION as DURATION
from briefgen.extract.lang.en.figures import DURATION_UNIT as DURATION_UNIT
from briefgen.extract.lang.en.figures import FRACTIONS as FRACTIONS
from briefgen.extract.lang.en.figures import GENERIC_NOUNS as GENERIC_NOUNS
from briefgen.extract.lang.en.figures import LABEL_OPENERS as LABEL_OPENERS
from briefgen.extract.lang.en.figures import NOT_A_COUNT as NOT_A_COUNT
from briefgen.extract.lang.en.figures import NOT_AMOUNT_PREPOSITIONS as NOT_AMOUNT_PREPOSITIONS
from briefgen.extract.lang.en.figures import NOT_UNIT_WORDS as NOT_UNIT_WORDS
from briefgen.extract.lang.en.figures import NUMBER_SIGNS as NUMBER_SIGNS
from briefgen.extract.lang.en.figures import NUMBER_WORDS as NUMBER_WORDS
from briefgen.extract.lang.en.figures import ONLY_WORDS as ONLY_WORDS
from briefgen.extract.lang.en.figures import PERIOD_PREPOSITIONS as PERIOD_PREPOSITIONS
from briefgen.extract.lang.en.figures import PERIODS as PERIODS
from briefgen.extract.lang.en.figures import QUALIFIER_WORDS as QUALIFIER_WORDS
from briefgen.extract.lang.en.figures import RANGE_VERBS as RANGE_VERBS
from briefgen.extract.lang.en.figures import RATE_WORDS as RATE_WORDS
from briefgen.extract.lang.en.figures import SECURITIES as SECURITIES
from briefgen.extract.lang.en.figures import STAND_IN_PRONOUNS as STAND_IN_PRONOUNS
from briefgen.extract.lang.en.figures import UNIT_WORDS as UNIT_WORDS
from briefgen.extract.lang.en.figures import VAGUE as VAGUE
from briefgen.extract.lang.en.furniture import BOILERPLATE as BOILERPLATE
from briefgen.extract.lang.en.furniture import BYLINE as BYLINE
from briefgen.extract.lang.en.furniture import CAPTION_WORDS as CAPTION_WORDS
from briefgen.extract.lang.en.furniture import CREDIT_AFTER as CREDIT_AFTER
from briefgen.extract.lang.en.furniture import CREDIT_BEFORE as CREDIT_BEFORE
from briefgen.extract.lang.en.furniture import CREDIT_LINE as CREDIT_LINE
from briefgen.extract.lang.en.furniture import LEAD_FURNITURE as LEAD_FURNITURE
from briefgen.extract.lang.en.names import AFFILIATION_PREPS as AFFILIATION_PREPS
from briefgen.extract.lang.en.names import FAITH_GROUPS as FAITH_GROUPS
from briefgen.extract.lang.en.names import HOLIDAYS as HOLIDAYS
from briefgen.extract.lang.en.names import LEAD_PEOPLE as LEAD_PEOPLE
from briefgen.extract.lang.en.names import LEGAL_SUFFIXES as LEGAL_SUFFIXES
from briefgen.extract.lang.en.names import LOCAL_WORDS as LOCAL_WORDS
from briefgen.extract.lang.en.names import MEMBER_NOUNS as MEMBER_NOUNS
from briefgen.extract.lang.en.names import NAMING_VERBS as NAMING_VERBS
from briefgen.extract.lang.en.names import PARTY_PREPS as PARTY_PREPS
from briefgen.extract.lang.en.names import TRANSFER_WORDS as TRANSFER_WORDS
from briefgen.extract.lang.en.names import PROFESSIONAL_TITLES as PROFESSIONAL_TITLES
from briefgen.extract.lang.en.names import SURNAMES_FIRST as SURNAMES_FIRST
from briefgen.extract.lang.en.names import TIME_ZONES as TIME_ZONES
from briefgen.extract.lang.en.names import TITLE_ABBREVIATIONS as TITLE_ABBREVIATIONS
from briefgen.extract.lang.en.names import TITLE_WORDS as TITLE_WORDS
from briefgen.extract.lang.en.outlook import DEADLINE as DEADLINE
from briefgen.extract.lang.en.outlook import FUTURE_MODALS as FUTURE_MODALS
from briefgen.extract.lang.en.outlook import PLAN_LEMMAS as PLAN_LEMMAS
from briefgen.extract.lang.en.people import AGENT_SUFFIXES as AGENT_SUFFIXES
from briefgen.extract.lang.en.people import COUNTRY_ALIASES as COUNTRY_ALIASES
from briefgen.extract.lang.en.people import DEMONYMS as DEMONYMS
from briefgen.extract.lang.en.people import LOCAL_BODIES as LOCAL_BODIES
from briefgen.extract.lang.en.people import NAME_PARTICLES as NAME_PARTICLES
from briefgen.extract.lang.en.people import NAME_PREFIXES as NAME_PREFIXES
from briefgen.extract.lang.en.people import ORG_NOUNS as ORG_NOUNS
from briefgen.extract.lang.en.people import ORIGIN_SUFFIXES as ORIGIN_SUFFIXES
from briefgen.extract.lang.en.people import PLACE_NOUNS as PLACE_NOUNS
from briefgen.extract.lang.en.people import PLACE_PREPS as PLACE_PREPS
from briefgen.extract.lang.en.people import ROLE_NOUNS as ROLE_NOUNS
from briefgen.extract.lang.en.people import SITE_WORDS as SITE_WORDS
from briefgen.extract.lang.en.people import STATE_NOUNS as STATE_NOUNS
from briefgen.extract.lang.en.people import STATE_WHOLE as STATE_WHOLE
from briefgen.extract.lang.en.people import STREET_NOUNS as STREET_NOUNS
from briefgen.extract.lang.en.people import THING_WORDS as THING_WORDS
from briefgen.extract.lang.en.people import VEHICLE_WORDS as VEHICLE_WORDS
from briefgen.extract.lang.en.people import WHO_WORDS as WHO_WORDS
from briefgen.extract.lang.en.people import demonym_country as demonym_country
from briefgen.extract.lang.en.places import COMPASS_REGIONS as COMPASS_REGIONS
from briefgen.extract.lang.en.places import DATELINE as DATELINE
from briefgen.extract.lang.en.places import FACILITY_CUES as FACILITY_CUES
from briefgen.extract.lang.en.places import FACILITY_WORDS as FACILITY_WORDS
from briefgen.extract.lang.en.places import LAND_WORDS as LAND_WORDS
from briefgen.extract.lang.en.places import LOCATIVES as LOCATIVES
from briefgen.extract.lang.en.places import ORG_CLOSERS as ORG_CLOSERS
from briefgen.extract.lang.en.places import ORG_OPENERS as ORG_OPENERS
from briefgen.extract.lang.en.places import PLACE_CUES as PLACE_CUES
from briefgen.extract.lang.en.places import PLACE_HEADS as PLACE_HEADS
from briefgen.extract.lang.en.places import REGION_NAMES as REGION_NAMES
from briefgen.extract.lang.en.places import STATE_ACTS as STATE_ACTS
from briefgen.extract.lang.en.places import STATE_PREFIXES as STATE_PREFIXES
from briefgen.extract.lang.en.places import STREET_WORDS as STREET_WORDS
from briefgen.extract.lang.en.places import US_STATE_ABBREVIATIONS as US_STATE_ABBREVIATIONS
from briefgen.extract.lang.en.places import WATER_WORDS as WATER_WORDS
from briefgen.extract.lang.en.places import WORLD_REGIONS as WORLD_REGIONS
from briefgen.extract.lang.en.speech import AGENT_ENDINGS as AGENT_ENDINGS
from briefgen.extract.lang.en.speech import ANAPHOR_DETERMINERS as ANAPHOR_DETERMINERS
from briefgen.extract.lang.en.speech import BODY_NOUNS as BODY_NOUNS
from briefgen.extract.lang.en.speech import DESCRIPTION_STOPS as DESCRIPTION_STOPS
from briefgen.extract.lang.en.speech import FEMALE_WORDS as FEMALE_WORDS
from briefgen.extract.lang.en.speech import HONORIFICS as HONORIFICS
from briefgen.extract.lang.en.speech import INSTITUTION_NOUNS as INSTITUTION_NOUNS
from briefgen.extract.lang.en.speech import LEAD_IN_VERBS as LEAD_IN_VERBS
from briefgen.extract.lang.en.speech import MALE_WORDS as MALE_WORDS
from briefgen.extract.lang.en.speech import NAME_SUFFIXES as NAME_SUFFIXES
from briefgen.extract.lang.en.speech import PERSON_NOUNS as PERSON_NOUNS
from briefgen.extract.lang.en.speech import PERSON_PRONOUNS as PERSON_PRONOUNS
from briefgen.extract.lang.en.speech import PERSON_WORDS as PERSON_WORDS
from briefgen.extract.lang.en.speech import PRONOUNS as PRONOUNS
from briefgen.extract.lang.en.speech import QUOTE_VERBS as QUOTE_VERBS
from briefgen.extract.lang.en.speech import SPEAKER_NOUNS as SPEAKER_NOUNS
from briefgen.extract.lang.en.speech import SPEAKING_NOUNS as SPEAKING_NOUNS
from briefgen.extract.lang.en.speech import SPEECH_VERBS as SPEECH_VERBS
