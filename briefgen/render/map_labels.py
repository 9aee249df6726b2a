"""Where a map writes its place names: beside their dots, clear of every other name and dot and
of the map's edge, at the two sizes a map is shown at (a phone's and a desktop's)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

MAX_LABELS = 12
"""Places named on the map at most; the others show their name on hover."""
NARROW_FONT, WIDE_FONT = 20.0, 13.0
"""Name sizes in map units on a narrow map (a phone: about 10 px) and on a wide one (13-15 px);
briefgen.css switches between them at the same width."""
GAP = 7.0
"""From a dot's centre to its name (the largest dot's radius and a little air)."""
DOT_CLEARANCE = 5.0
"""No name comes closer than this to another dot's centre."""

# Advance widths (hundredths of an em) of ASCII 32-126 in Arial's metrics (Liberation Sans), which
# the map's font stack asks for first; the estimate is padded for fonts that run wider.
_REGULAR = (
    "28 28 35 56 56 89 67 19 33 33 39 58 28 33 28 28 56 56 56 56 56 56 56 56 56 56 28 28 58 58 58 "
    "56 102 67 67 72 72 67 61 78 72 28 50 67 56 83 72 78 67 78 72 67 61 72 67 94 67 67 61 28 28 28 "
    "47 56 33 56 56 50 56 56 28 56 56 22 22 50 22 83 56 56 56 56 33 50 28 56 50 72 50 50 50 33 26 "
    "33 58"
)
_BOLD = (
    "28 33 47 56 56 89 72 24 33 33 39 58 28 33 28 28 56 56 56 56 56 56 56 56 56 56 33 33 58 58 58 "
    "61 98 72 72 72 72 67 61 78 72 28 56 72 61 83 72 78 67 78 72 67 61 72 67 94 67 67 61 33 28 33 "
    "58 56 33 56 61 56 61 56 33 61 61 28 28 56 28 89 61 61 61 61 39 56 33 61 56 78 56 56 50 39 28 "
    "39 58"
)
_WIDTHS = {
    bold: {chr(32 + i): int(w) / 100 for i, w in enumerate(table.split())}
    for bold, table in ((False, _REGULAR), (True, _BOLD))
}
_PADDING = 1.08
_ASCENT, _DESCENT = 0.91, 0.22
"""Above and below the baseline, in ems (the font's own line box, as a browser measures it)."""


def text_width(text: str, size: float, bold: bool = False) -> float:
    """An estimate of `text`'s width at `size`, a little wide rather than narrow."""
    widths = _WIDTHS[bold]
    ems = 0.0
    for char in text:
        base = unicodedata.normalize("NFD", char)[:1]
        ems += widths.get(char) or widths.get(base) or 0.62
    return ems * size * _PADDING


@dataclass(frozen=True, slots=True)
class _Spot:
    """Where a name goes from its dot: offsets in units of GAP, anchoring, and vertical shift."""

    dx: float
    dy: float
    anchor: str
    """SVG text-anchor: start (name to the right), end (to the left) or middle."""
    shift: float
    """The baseline's shift in ems (SVG dy): the name's box grows away from its dot."""


# In order of preference: right, left, above, below, then the four corners.
_SPOTS = (
    _Spot(1, 0, "start", 0.35),
    _Spot(-1, 0, "end", 0.35),
    _Spot(0, -1, "middle", -_DESCENT),
    _Spot(0, 1, "middle", _ASCENT),
    _Spot(0.75, -0.75, "start", -_DESCENT),
    _Spot(0.75, 0.75, "start", _ASCENT),
    _Spot(-0.75, -0.75, "end", -_DESCENT),
    _Spot(-0.75, 0.75, "end", _ASCENT),
)

Rect = tuple[float, float, float, float]
"""left, top, right, bottom."""


@dataclass(frozen=True, slots=True)
class Dot:
    """A place on the map, in map units."""

    name: str
    x: float
    y: float
    main: bool
    """The place the map is about (drawn larger, named in bold)."""


def _rect(dot: Dot, spot: _Spot, size: float) -> Rect:
    """The box `dot`'s name takes at `spot` in a font of `size`."""
    width = text_width(dot.name, size, bold=dot.main)
    ax, ay = dot.x + spot.dx * GAP, dot.y + spot.dy * GAP
    left = ax if spot.anchor == "start" else ax - width if spot.anchor == "end" else ax - width / 2
    top = ay + (spot.shift - _ASCENT) * size
    return left, top, left + width, top + (_ASCENT + _DESCENT) * size


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _free_spot(
    dot: Dot,
    size: float,
    width: float,
    height: float,
    taken: list[Rect],
    avoid: Sequence[Rect] = (),
) -> _Spot | None:
    """The first spot where `dot`'s name stays on the map and clear of everything `taken`
    (of those, the one that covers the fewest of `avoid`)."""
    spots = []
    for spot in _SPOTS:
        rect = _rect(dot, spot, size)
        left, top, right, bottom = rect
        inside = left >= 1 and top >= 1 and right <= width - 1 and bottom <= height - 1
        if inside and not any(_overlaps(rect, other) for other in taken):
            spots.append((sum(_overlaps(rect, other) for other in avoid), spot))
    return min(spots, key=lambda pair: pair[0])[1] if spots else None


@dataclass(frozen=True, slots=True)
class Label:
    """A place's name on the map."""

    x: float
    y: float
    anchor: str
    shift: float
    wide_only: bool
    """Shown on wide maps only (placed in the room the narrow set leaves)."""


def place_labels(dots: Sequence[Dot], width: float, height: float) -> list[Label | None]:
    """A label (or None) for each dot, the dots given most important first."""
    clear = [
        (d.x - DOT_CLEARANCE, d.y - DOT_CLEARANCE, d.x + DOT_CLEARANCE, d.y + DOT_CLEARANCE)
        for d in dots
    ]
    taken = {NARROW_FONT: list(clear), WIDE_FONT: list(clear)}
    labels: list[Label | None] = [None] * len(dots)
    for size, wide_only in ((NARROW_FONT, False), (WIDE_FONT, True)):
        for i, dot in enumerate(dots):
            if labels[i] is not None or sum(label is not None for label in labels) >= MAX_LABELS:
                continue
            spot = _free_spot(dot, size, width, height, taken[size])
            if spot is None and dot.main and not wide_only:
                # the place the map is about is named even where it must cover neighbours' dots
                # (as few as can be; it is named first, so no other name is in the way)
                spot = _free_spot(dot, size, width, height, [], clear)
            if spot is None:
                continue
            x, y = dot.x + spot.dx * GAP, dot.y + spot.dy * GAP
            labels[i] = Label(short(x), short(y), spot.anchor, spot.shift, wide_only)
            # a name of the narrow set is shown at both sizes, so it takes room at both
            for shown_at in (WIDE_FONT,) if wide_only else (NARROW_FONT, WIDE_FONT):
                taken[shown_at].append(_rect(dot, spot, shown_at))
    return labels


def short(value: float) -> float:
    """To a tenth of a map unit, written without a trailing `.0` (maps add up: bytes count)."""
    rounded = round(value, 1)
    return int(rounded) if rounded.is_integer() else rounded
