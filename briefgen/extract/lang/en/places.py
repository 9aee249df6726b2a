"""Places: the words that cue a place or a facility, and the wire dateline."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _wordset

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
