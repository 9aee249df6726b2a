"""Picture galleries in scraped copy: a gallery's title and captions are not the story.

A saved page's gallery reaches the text in two shapes: its title repeated before every caption,
one caption a line, or the whole gallery glued into a paragraph with its size, counters and
credits. Both are recognised by that repetition, never by a site's words.
"""

from __future__ import annotations

import re

# A gallery glued into the text: its title and size, the title again, then each picture's counter,
# caption and credit ("UK news in pictures 19 show all UK news in pictures 1/19 ... 19/19 ...").
GLUED_GALLERY = re.compile(
    r"(?P<title>(?:\S+ ){1,8}?)(?P<n>\d{1,3}) show all (?P=title)1/(?P=n)\b", re.I
)
# A gallery repeats its title before every caption ("Port of Duisburg turns 300 …").
_GALLERY_WORDS, _GALLERY_LINES = 5, 3


def cut_gallery(line: str) -> str:
    """The line without a gallery glued into it, up to its last counter (its last caption stays:
    where it ends and the story goes on cannot be told)."""
    match = GLUED_GALLERY.search(line)
    if match is None:
        return line
    n = match.group("n")
    counters = list(re.finditer(rf"\b{n}/{n}\b", line[match.end() :]))
    end = match.end() + (counters[-1].end() if counters else 0)
    return " ".join((line[: match.start()] + " " + line[end:]).split())


def opening(line: str) -> str:
    """A long line's first words (a caption's gallery title, if it has one), else ""."""
    words = line.split()
    return " ".join(words[:_GALLERY_WORDS]) if len(words) > 2 * _GALLERY_WORDS else ""


def gallery_openings(lines: list[str]) -> set[str]:
    """Openings that start several long lines: a gallery's title repeated before its captions."""
    counts: dict[str, int] = {}
    for line in lines:
        if first := opening(line):
            counts[first] = counts.get(first, 0) + 1
    return {o for o, n in counts.items() if n >= _GALLERY_LINES}
