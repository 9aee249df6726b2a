"""A small map that needs no tile server: places plotted on an equirectangular grid, inline SVG."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from briefgen.corpus.crossref import PlaceProfile
from briefgen.render.links import Href
from briefgen.templates import render

WIDTH, HEIGHT = 640, 360
MAX_POINTS = 40
"""Places drawn on one map at most (the most mentioned)."""
MAX_LABELS = 12
"""Places named on the map at most; the others show their name on hover."""


@dataclass(frozen=True, slots=True)
class _Point:
    name: str
    href: str
    x: float
    y: float
    main: bool
    label: bool
    left: bool


@dataclass(frozen=True, slots=True)
class Box:
    """A longitude/latitude window."""

    west: float
    south: float
    east: float
    north: float


WORLD = Box(-180, -60, 180, 80)


def around(lat: float, lon: float, span: float = 12.0) -> Box:
    """A window of about `span` degrees of longitude centred on a point, 16:9, clamped to the globe."""
    half_w, half_h = span, span * HEIGHT / WIDTH
    south = min(max(lat - half_h, -90.0), 90.0 - 2 * half_h)
    west = min(max(lon - half_w, -180.0), 180.0 - 2 * half_w)
    return Box(west, south, west + 2 * half_w, south + 2 * half_h)


def _step(extent: float) -> int:
    for step in (1, 2, 5, 10, 15, 30, 60):
        if extent / step <= 8:
            return step
    return 90


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):g}°{positive if value >= 0 else negative}" if value else "0°"


def plot_map(
    places: Sequence[PlaceProfile],
    box: Box,
    href: Href,
    page_of: dict[str, str],
    caption: str,
    main: str | None = None,
) -> Markup | None:
    """An SVG map of the located `places` inside `box` (None when none can be drawn)."""
    located = [
        p
        for p in places
        if p.lat is not None
        and p.lon is not None
        and box.west <= p.lon <= box.east
        and box.south <= p.lat <= box.north
    ]
    located.sort(key=lambda p: (p.slug != main, -len(p.mentions)))
    located = located[:MAX_POINTS]
    if not located:
        return None
    sx, sy = WIDTH / (box.east - box.west), HEIGHT / (box.north - box.south)
    points: list[_Point] = []
    labelled: list[tuple[float, float, float]] = []
    for p in located:
        x = round((p.lon - box.west) * sx, 1)  # type: ignore[operator]
        y = round((box.north - p.lat) * sy, 1)  # type: ignore[operator]
        width = 7 * len(p.name)  # about 11px text
        # a name is written only where it overlaps no name already written (most named first)
        left = x + 6 + width > WIDTH  # near the right edge the name goes left of its dot
        start = x - 6 - width if left else x
        free = len(labelled) < MAX_LABELS and not any(
            start < lx + lw and lx < start + width and abs(y - ly) < 13 for lx, ly, lw in labelled
        )
        if free:
            labelled.append((start, y, width))
        points.append(_Point(p.name, href(page_of[p.slug]), x, y, p.slug == main, free, left))
    step_x, step_y = _step(box.east - box.west), _step(box.north - box.south)
    lon0, lat0 = math.ceil(box.west / step_x) * step_x, math.ceil(box.south / step_y) * step_y
    meridians = [
        (round((lon - box.west) * sx, 1), _degrees(lon, "E", "W"))
        for lon in range(int(lon0), int(box.east) + 1, step_x)
        if (lon - box.west) * sx > 30  # clear of the parallels' labels
    ]
    parallels = [
        (round((box.north - lat) * sy, 1), _degrees(lat, "N", "S"))
        for lat in range(int(lat0), int(box.north) + 1, step_y)
        if (box.north - lat) * sy < HEIGHT - 14  # clear of the meridians' labels
    ]
    svg = render(
        "map.svg.j2",
        width=WIDTH,
        height=HEIGHT,
        points=points,
        meridians=meridians,
        parallels=parallels,
        caption=caption,
    )
    return Markup(svg.strip())
