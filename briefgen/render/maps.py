"""A small map that needs no tile server: places on land, coastlines and borders, inline SVG.

Names are placed so that none overlaps another name or a dot, or runs off the map. A phone shows
the map at about half its desktop size, so names are placed twice over: a first set at the large
size a narrow map shows them in (that set stays clear at any smaller size, since each name grows
away from its dot), then, in the room left, more names at the desktop size, shown on wide maps only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from briefgen.corpus.crossref import PlaceProfile
from briefgen.render.links import Href
from briefgen.render.map_labels import Dot, Label, place_labels, short
from briefgen.render.outlines import Frame, outline_paths
from briefgen.templates import render

WIDTH, HEIGHT = 640, 360
"""A map's size in map units (the height of a map around a place; the world map is flatter)."""
MAX_POINTS = 40
"""Places drawn on one map at most (the most mentioned)."""
EDGE = 6.0
"""Places nearer the map's edge than this are left off it."""


@dataclass(frozen=True, slots=True)
class Box:
    """A longitude/latitude window."""

    west: float
    south: float
    east: float
    north: float


WORLD = Box(-180, -60, 180, 80)


def around(lat: float, lon: float, span: float = 12.0) -> Box:
    """A window centred on a point, `span` degrees of latitude-corrected longitude each way.

    Longitude is widened by 1/cos(latitude), so that the map, drawn at the window's own scale,
    shows land in its true proportions; clamped to the globe.
    """
    half_h = span * HEIGHT / WIDTH
    south = min(max(lat - half_h, -90.0), 90.0 - 2 * half_h)
    half_w = min(span / _stretch(south + half_h), 180.0)
    west = min(max(lon - half_w, -180.0), 180.0 - 2 * half_w)
    return Box(west, south, west + 2 * half_w, south + 2 * half_h)


def _stretch(lat: float) -> float:
    """How much shorter a degree of longitude is than one of latitude (kept above 0.2)."""
    return max(math.cos(math.radians(lat)), 0.2)


@dataclass(frozen=True, slots=True)
class _Point:
    dot: Dot
    href: str
    label: Label | None


@dataclass(frozen=True, slots=True)
class MapPlan:
    """What a map shows, worked out cheaply: drawing it (outlines, labels) is left until its
    page is rendered, so an incremental build compares plans and draws only changed maps."""

    frame: Frame
    """The window, projected."""
    dots: tuple[Dot, ...]
    """The places drawn, most mentioned first."""
    hrefs: tuple[str, ...]
    """The page of each place, relative to the page the map is on."""
    caption: str
    """What the map shows."""

    def __html__(self) -> str:
        """The map, drawn (what a template writes for `{{ map }}`)."""
        return str(draw_map(self))


def plot_map(
    places: Sequence[PlaceProfile],
    box: Box,
    href: Href,
    page_of: dict[str, str],
    caption: str,
    main: str | None = None,
) -> Markup | None:
    """An SVG map of the located `places` inside `box` (None when none can be drawn)."""
    plan = plan_map(places, box, href, page_of, caption, main)
    return draw_map(plan) if plan is not None else None


def plan_map(
    places: Sequence[PlaceProfile],
    box: Box,
    href: Href,
    page_of: dict[str, str],
    caption: str,
    main: str | None = None,
) -> MapPlan | None:
    """What a map of the located `places` inside `box` shows (None when none can be drawn)."""
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
    x_scale = WIDTH / (box.east - box.west)
    y_scale = x_scale / _stretch((box.north + box.south) / 2)
    height = round((box.north - box.south) * y_scale)
    frame = Frame(box.west, box.north, x_scale, y_scale, WIDTH, height)
    dots: list[Dot] = []
    hrefs: list[str] = []
    for p in located:
        x, y = frame.project(p.lon, p.lat)  # type: ignore[arg-type]
        if EDGE <= x <= WIDTH - EDGE and EDGE <= y <= height - EDGE:  # a whole dot, not half of one
            dots.append(Dot(p.name, short(x), short(y), p.slug == main))
            hrefs.append(href(page_of[p.slug]))
    if not dots:
        return None
    return MapPlan(frame, tuple(dots), tuple(hrefs), caption)


def draw_map(plan: MapPlan) -> Markup:
    """The SVG of a planned map."""
    dots = list(plan.dots)
    labels = place_labels(dots, WIDTH, plan.frame.height)
    points = [_Point(*point) for point in zip(dots, plan.hrefs, labels, strict=True)]
    points.sort(key=lambda point: point.dot.main)  # the main place last: drawn on top
    land, borders = outline_paths(plan.frame)
    svg = render(
        "map.svg.j2",
        width=WIDTH,
        height=plan.frame.height,
        land=land,
        borders=borders,
        points=points,
        caption=plan.caption,
    )
    return Markup(svg.strip())
