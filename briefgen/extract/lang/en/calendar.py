"""The calendar: months, weekdays, relative days and the date phrases news copy uses."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _words, _wordset

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
AHEAD_MODALS = frozenset({"will", "shall", "'ll", "wo", "should", "could", "may", "might"})
"""Modals whose clause lies ahead of when it is told: a day they date is a coming one ("should
ease by Thursday"). Not "would": "vowed that Britain would leave on Oct. 31" may be past."""
STEPS = {"last": -1, "past": -1, "this": 0, "earlier": 0, "later": 0, "next": 1}
"""Weeks, months or years from publication that "last week", "next month" … name."""
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_FULL_MONTH = (
    r"(?P<month>January|February|March|April|June|July|August|September|October|November|December)"
)
_COUNT = (
    r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\[?ten\]?)"
)
_VAGUE_SPAN = r"(?:days|weeks|months|years|decades)"
# Date phrases, tried in this order; a later pattern never takes text an earlier one took. A time
# of day names its day as surely as "today" does: "last night" is the day before publication,
# "this afternoon" and "tonight" the day of publication.
# A period that cannot be pinned to a day, week, month or year ("in recent weeks", "the 1990s",
# "decades ago", "more than two years ago") is still a date phrase: its row is kept, unresolved,
# rather than read as a precise "past week" or a guessed year.
# fmt: off
DATE_PHRASES: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?")),
    ("day_month", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?")),
    ("holiday", re.compile(r"\b(?P<holiday>Christmas Day|Christmas Eve|New Years?['’]?s? Day|New Years?['’]?s? Eve|Boxing Day)\b(?:,?\s+" + _YEAR + r")?")),
    ("part_month", re.compile(r"\b(?P<part>(?:the\s+)?(?:beginning|start|end|middle)\s+of|early|late|mid-?)\s*" + _MONTH + r"(?:,?\s+" + _YEAR + r")?", re.IGNORECASE)),
    ("month_year", re.compile(_MONTH + r",?\s+" + _YEAR)),
    ("month_rel", re.compile(_MONTH + r"\s+(?P<rel>this|last|next)\s+year\b")),
    # a quarter ("the final quarter of 2017") is no day, week, month or year: kept unresolved
    ("quarter", re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth|final|last|current|next|previous)\s+quarter(?!-)(?:\s+of\s+" + _YEAR + r")?\b", re.IGNORECASE)),
    # "the end of the year", "the rest of the month", "the end of last year": the period named
    ("period_part", re.compile(r"\b(?:the\s+)?(?P<part>end|beginning|start|middle|remainder|rest)\s+of\s+(?P<rel>the|this|last|next)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("year_end", re.compile(r"\b(?:the\s+)?year[- ]end\b", re.IGNORECASE)),
    # "this weekend", "over the weekend": the week it falls in, the last one or the coming one
    ("weekend", re.compile(r"\b(?P<mod>this\s+past|this|last|next|over\s+the|the\s+past|the\s+coming)\s+weekend\b", re.IGNORECASE)),
    # "later that evening": the day the story dated last, counted from like "the next day"
    ("same_day", re.compile(r"\b(?:(?:later|earlier)\s+)?that\s+(?:day|evening|night|morning|afternoon)\b(?!\s+(?:of|in)\b)", re.IGNORECASE)),
    ("named_day", re.compile(r"(?<![\d/])\b(?P<named>9/11)(?![\d/])")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d0s\b")),
    ("century", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{1,2}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|[a-z]+th))\s+century\b", re.IGNORECASE)),
    ("ago", re.compile(r"\b(?P<qual>(?:more\s+than|nearly|almost|about|around|over|some|at\s+least|less\s+than)\s+)?" + _COUNT + r"\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", re.IGNORECASE)),
    ("anaphoric", re.compile(r"\b(?:(?i:the)\s+(?P<which>next|following|previous|preceding)\s+(?P<unit>day|week|month|year)\b|(?P<qual>(?:almost|nearly|about|around|some|more\s+than|less\s+than|over)\s+)?" + _COUNT + r"\s+(?P<unit2>day|week|month|year)s?\s+(?P<dir>earlier|later)\b(?!\s+(?:this|last|next|that)\b)|(?i:the)\s+(?P<unit3>day|week|month|year)\s+(?P<dir3>before|after)(?=\s*[,.;:)]))", re.IGNORECASE)),
    # a season ("last summer") spans two years for winter and is dated by readers loosely: kept
    # unresolved, like "the past decade" and "the last quarter-century"
    # a sports season, a fortnight ahead, and "the weeks before the crash" (counted from an event,
    # not a date) name no period we can give either
    ("vague", re.compile(r"\b(?:this|last|next)\s+season\b|\b(?:in|within)\s+a\s+fortnight\b|\b(?:in\s+)?the\s+(?:days|weeks|months|years)\s+(?:before|after|since|following)\b", re.IGNORECASE)),
    ("vague", re.compile(r"\b(?:(?:this\s+past|last|this|next|past)\s+(?:spring|summer|fall|autumn|winter)|summertime)\b|\b(?:(?:in|over|during|for|within)\s+)?the\s+(?:past|last|next|coming|previous)\s+(?:decade|quarter-century|half-century|century)\b", re.IGNORECASE)),
    ("vague", re.compile(r"\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:recent|past|last|coming|next|previous)\s+(?:few\s+|several\s+|couple\s+of\s+|\d{1,3}\s+|two\s+|three\s+|four\s+|five\s+|ten\s+)?" + _VAGUE_SPAN + r"\b|\b(?:in\s+)?recent\s+" + _VAGUE_SPAN + r"\b|\b(?:several\s+|many\s+|a\s+few\s+)?(?:decades|years|months)\s+ago\b|\bin\s+the\s+past\s+(?:week|month|year)\b", re.IGNORECASE)),
    ("month", re.compile(r"(?:\b(?P<mod>(?i:in|since|by|during|until|from|after|before|through|last|next|this|early|late|mid-?|between|and|or|to)\s+))?\b" + _FULL_MONTH + r"\b(?![\s,]*\d)")),
    ("month", re.compile(r"\b(?P<mod>(?i:in|since|by|during|until|from|after|before|through|last|next|this|early|late|mid-?|between)\s+)(?P<month>May)\b(?![\s,]*\d)")),
    ("weekday", re.compile(r"\b(?P<mod>(?:late|early)\s+(?:on\s+)?|(?i:last|next|this\s+past)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative_day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b", re.IGNORECASE)),
    ("relative", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|last|this|next|past)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("in_year", re.compile(r"\b(?i:in|since|by|during|until|of|from|after|before|through)\s+(?:early\s+|late\s+|mid-)?" + _YEAR + r"\b")),
    ("year", re.compile(r"(?<![$£€\d.,/-])\b" + _YEAR + r"\b(?![\d%]|\.\d|,\d|-\d|/)")),
]
# fmt: on
HABITUAL_WORDS = _wordset("""every each typically usually normally generally often annually
    traditionally always customarily routinely""")
"""Words that make a date recur ("every November", "is typically sown mid-November"): a date of
every year, not of one."""
STATE_VERBS = _wordset("""be have remain continue exist live stand face need depend own
    contain include seem appear""")
"""Verbs of a state that holds: "today" in their present simple is nowadays ("which today is
primarily cloud computing"), not the day of publication ("the court rules today")."""
NAMED_DAYS = {"9/11": "2001-09-11"}
"""Days English names by their date, whatever the article's date."""
NOT_YEAR_BEFORE = re.compile(r"(?:©|\(c\)|copyright)\s*$", re.IGNORECASE)
"""What makes the year after it a copyright notice, not a date ("© 2019 Associated Press")."""
ANAPHORIC_STEPS = {"next": 1, "following": 1, "later": 1, "after": 1}
ANAPHORIC_STEPS |= {"previous": -1, "preceding": -1, "earlier": -1, "before": -1}
"""Which way "the next day", "a year earlier", "the year before" … count from the date before."""


def is_month_may(match: re.Match[str]) -> bool:
    """True for a lower-case "may" read as the month: "may 5" is a verb and a number, not May 5."""
    month = match.group("month")
    return month.lower().startswith("may") and not month[0].isupper()
