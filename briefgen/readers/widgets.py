"""Live counters in scraped copy: a data widget's tiles and its summary are not the story.

News pages put a running tally beside the article (cases, deaths, votes counted, a market's
tickers). Its tiles reach the text one a line, each a number glued to its label ("28,25,140Cases",
"24,942 1490Cases"), under a short heading ("World"), and are often followed by a sentence that
restates the same numbers as of the moment the page was saved ("… 28,25,140 and 1,97,666 have
died … as on April 25, 2020"). Left in, the tally's figures and its date join the story's, and its
sentence reads as a key point. The widget is recognised by its shape alone: two tiles or more in a
row, the heading above them, and a following line that repeats two of their numbers.
"""

from __future__ import annotations

import re

# A tile: numbers, then one short label ("7,97,826Recovered", "779 56Deaths", "12 Seats"); a
# numbered list item ("1. Finland") is the story's own list, not a tile.
_TILE = re.compile(r"^(?:\d(?:[\d,.]*\d)?\s*){1,3}[A-Za-z][A-Za-z ]{0,20}$")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_MIN_TILES = 2
# the widget's heading: a line of a word or two, no sentence ("World", "India", "Live tally")
_HEADING_WORDS = 3
_SENTENCE_END = tuple(".!?:;\"”’')]")
# the summary under the tiles names at least this many of their numbers
_RESTATED = 2


def drop_counters(lines: list[str]) -> list[str]:
    """`lines` without counter widgets (the same list object when there are none)."""
    tiles = [bool(_TILE.match(line.strip())) for line in lines]
    if sum(tiles) < _MIN_TILES:
        return lines
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and tiles[j]:
            j += 1
        if j - i >= _MIN_TILES:
            drop.update(range(i, j))
            if i > 0 and _heading(lines[i - 1]):
                drop.add(i - 1)
            numbers = {n for line in lines[i:j] for n in _NUMBER.findall(line) if len(n) > 1}
            if j < len(lines) and len(numbers & set(_NUMBER.findall(lines[j]))) >= _RESTATED:
                drop.add(j)
        i = max(j, i + 1)
    return [line for number, line in enumerate(lines) if number not in drop]


def _heading(line: str) -> bool:
    text = line.strip()
    return 0 < len(text.split()) <= _HEADING_WORDS and not text.endswith(_SENTENCE_END)
