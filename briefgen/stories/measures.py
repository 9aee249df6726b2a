"""What a figure measures and which values it allows, read from its sentence, so that figures of
different briefings are compared like with like.

- **Measure**: the headline counts of an event (killed, injured, missing, arrested …) are read
  from the words around the number ("killing at least two people", "40 people were injured",
  "the death toll rose to six"), whatever noun is counted.
- **Bounds**: "more than 100" allows any value above 100, "at least 90" 90 and above, "about 850"
  15% either way, "5 to 10" the range; so 84 and "more than 100" disagree, 90 and "more than 50"
  do not.
- **Sign**: "fallen by 3.16%" and "fallen by -3.16%" are one fall of 3.16%: a change's direction
  is taken from its verb, the minus sign only where no verb says it.
- **Time**: a figure speaks for the day its briefing was published, or for a closed period its
  sentence names ("in 2008", "in March"): only figures for the same day or period can dispute.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from briefgen.partial_date import PartialDate
from briefgen.records import Brief, Figure

APPROX_TOLERANCE = 0.15
"""How far (relative) a value qualified by "about", "nearly" or "some" may lie from another."""
WINDOW = 4
"""Words before and after a number searched for what it measures or which way it moves."""

# The words that name a headline count, whole words, casefolded ("deadline" and "diesel" are none)
_HARM = (
    (
        re.compile(r"kill(?:ed|ing|s)?|dead|deaths?|died|dies?|dying|fatal(?:ly|ities|ity)|tolls?"),
        "killed",
    ),
    (re.compile(r"injur(?:ed|ies|y|ing)|wound(?:ed|ing|s)|hurt(?:ing)?"), "injured"),
    (re.compile(r"missing"), "missing"),
    (re.compile(r"arrest(?:ed|s|ing)?|detain(?:ed|ing)?|detainees?"), "arrested"),
    (re.compile(r"evacuat(?:ed|ing|ion)|evacuees?"), "evacuated"),
    (re.compile(r"displaced"), "displaced"),
)
HEADLINE_MEASURES = ("killed", "injured", "missing", "arrested", "evacuated", "displaced")
"""The headline counts of an event, in the order a story shows them."""
# nouns that count people in general: "40 people were injured" and "more than 50 injured" are
# one count; "one woman killed" is a count of its own
GENERIC_UNITS = frozenset(
    {"", "people", "person", "persons", "other", "those", "individual", "body"}
)

# verbs of change, matched at the start of a word ("plunged", "gaining")
_FALLING = re.compile(
    r"fell|fall|drop|down$|lost|los[ei]|declin|slump|plung|shed|slid|slip|sank|sink|tumbl|decreas"
    r"|lower|dipp"
)
_RISING = re.compile(
    r"rose|ris[ei]|up$|gain|climb|jump|increas|soar|surg|grew|grow|higher|advanc|rall"
)
_LEVEL = frozenset({"to", "at", "from", "of"})  # "fell to 5%": a level, not a change
_STOP = frozenset({"and", "but", "while", "whereas", "with", "after", "before"})
# "including at least 10 children", "eight of those hurt": a part of the count, not the count
_PART_BEFORE = ("includ", "among")

_LOWER_BOUNDS = ("more than", "over", "upwards of", "in excess of")
_AT_LEAST = ("at least", "a minimum of", "no fewer than", "no less than")
_UPPER_BOUNDS = ("less than", "fewer than", "under", "below")
_AT_MOST = ("up to", "at most", "as many as", "no more than", "a maximum of")
_NEARLY = ("nearly", "almost", "close to", "just under", "just short of")
_VAGUE = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "several", "tens"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|[.,;:!?]")


@dataclass(frozen=True, slots=True)
class Bounds:
    """The values a figure allows: from `low` to `high`, each end included unless open."""

    low: float
    """Lowest value allowed (-inf when unbounded)."""
    high: float
    """Highest value allowed (inf when unbounded)."""
    low_open: bool = False
    """True when `low` itself is excluded ("more than 100")."""
    high_open: bool = False
    """True when `high` itself is excluded ("fewer than 50")."""

    def meets(self, other: Bounds) -> bool:
        """True when some value is allowed by both."""
        # of two equal ends, the open one binds: True sorts above False, so max and min pick it
        low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        high, high_closed = min((self.high, not self.high_open), (other.high, not other.high_open))
        return low < high or (low == high and not low_open and high_closed)


def sentence_of(brief: Brief, figure: Figure) -> tuple[int, int]:
    """The span of the sentence that holds the figure (200 characters around it if none)."""
    start = figure.evidence[0].start
    for sent in brief.sentences:
        if sent.start <= start < sent.end:
            return sent.start, sent.end
    return max(0, start - 200), min(len(brief.body), start + 200)


def _words_before(brief: Brief, figure: Figure) -> list[str]:
    """The words of the sentence just before the figure, nearest first, up to a clause break."""
    start = sentence_of(brief, figure)[0]
    words = [w.casefold() for w in _WORD.findall(brief.body[start : figure.evidence[0].start])]
    nearest: list[str] = []
    for word in reversed(words):
        if not word[0].isalpha() or word in _STOP or len(nearest) == WINDOW:
            break
        nearest.append(word)
    return nearest


def _words_after(brief: Brief, figure: Figure) -> list[str]:
    """The words just after the figure, up to a clause break ("seven killed and 40 injured")."""
    end = sentence_of(brief, figure)[1]
    words = [w.casefold() for w in _WORD.findall(brief.body[figure.evidence[-1].end : end])]
    following: list[str] = []
    for word in words:
        if not word[0].isalpha() or word in _STOP or len(following) == WINDOW:
            break
        following.append(word)
    return following


def harm_word(word: str) -> bool:
    """True for a word that names a headline count itself ("fatalities", "dead", "injured")."""
    return _harm([word.casefold()]) is not None


def _harm(words: list[str]) -> str | None:
    for word in words:
        for pattern, measure in _HARM:
            if pattern.fullmatch(word):
                return measure
    return None


def measure(brief: Brief, figure: Figure) -> str | None:
    """The headline count the figure gives ("killed", "injured" …), None if it is none.

    The words after the number come first ("40 people were injured"), then those before
    ("wounding at least 90"), then the figure's label ("death toll rose")."""
    if not figure.evidence:
        return None
    before, after = _words_before(brief, figure), _words_after(brief, figure)
    if any(w.startswith(_PART_BEFORE) for w in before) or after[:1] == ["of"]:
        return None
    return _harm(after) or _harm(before) or _harm(figure.about.casefold().split())


def direction(brief: Brief, figure: Figure) -> int:
    """-1 when the verb before the figure says it is a fall ("fell 3%", "fallen by 3.16%"),
    +1 for a rise, 0 when none does or the figure is a level ("fell to 5%")."""
    if not figure.evidence:
        return 0
    for word in _words_before(brief, figure):
        if word in _LEVEL:
            return 0
        if _FALLING.match(word):
            return -1
        if _RISING.match(word):
            return 1
    return 0


def vague(figure: Figure) -> bool:
    """ "dozens", "hundreds of": an order of magnitude, which no count contradicts."""
    words = figure.text.casefold().split()
    return not words or words[0] in _VAGUE or figure.value is None or math.isnan(figure.value)


def bounds(brief: Brief, figure: Figure) -> Bounds | None:
    """The values the figure allows, signed by its direction; None for a vague quantity."""
    if vague(figure) or figure.value is None:
        return None
    low, high = abs(figure.value), abs(figure.high if figure.high is not None else figure.value)
    found = _qualified(low, high, figure) if figure.approx else Bounds(low, high)
    sign = direction(brief, figure) or (-1 if figure.value < 0 else 1)
    if sign > 0:
        return found
    return Bounds(-found.high, -found.low, found.high_open, found.low_open)


def _qualified(low: float, high: float, figure: Figure) -> Bounds:
    text = " ".join(figure.text.casefold().split())
    if text.startswith(_LOWER_BOUNDS):
        return Bounds(low, math.inf, low_open=True)
    if text.startswith(_AT_LEAST):
        return Bounds(low, math.inf)
    if text.startswith(_UPPER_BOUNDS):
        return Bounds(0.0, high, high_open=True)
    if text.startswith(_AT_MOST):
        return Bounds(0.0, high)
    if text.startswith(_NEARLY):
        return Bounds(low * (1 - APPROX_TOLERANCE), high, high_open=True)
    return Bounds(low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE))


def period(brief: Brief, figure: Figure) -> PartialDate | None:
    """A closed month or year the figure's sentence names ("in 2008", "in March"), which the
    figure counts over: one that ended before the briefing was published. None otherwise, and
    for a day, which dates an event rather than the period a count covers."""
    if brief.published is None or not figure.evidence:
        return None
    start, end = sentence_of(brief, figure)
    for event in brief.timeline:
        stated = event.date
        if (
            stated is not None
            and event.precision in {"month", "year"}
            and any(start <= e.start < end for e in event.evidence)
            and stated.is_before(brief.published)
        ):
            return stated
    return None


def same_time(
    first: tuple[date | None, PartialDate | None], second: tuple[date | None, PartialDate | None]
) -> bool:
    """Whether two figures, each (publication date, period), speak for the same time: the same
    closed period, or no period and the same day of publication."""
    (day_a, period_a), (day_b, period_b) = first, second
    if period_a or period_b:
        return period_a == period_b
    return day_a is not None and day_a == day_b
