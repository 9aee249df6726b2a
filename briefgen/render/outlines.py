"""Coastlines and country borders for the maps: Natural Earth's outlines cut to one map's window.

The outlines ship with briefgen (`outlines.json.gz`, made by `scripts/vendor_outlines.py` from
Natural Earth's 1:50m countries): nothing is downloaded. A map gets only what its window shows,
simplified to its scale and written as SVG path data in whole map units, so a map costs a few
kilobytes however detailed the world around it.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

Point = tuple[float, float]
Array = npt.NDArray[np.float64]

TOLERANCE = 0.6
"""How far (in map units) a simplified outline may stray from the data: about a pixel."""
MARGIN = 4.0
"""Outlines are cut a little outside the map, so the cut edges are never seen."""
MIN_AREA = 2.0
"""Islands smaller than this (in square map units) are left out."""


@dataclass(frozen=True, slots=True)
class Frame:
    """How degrees become map units: an equirectangular window `width` × `height` units large."""

    west: float
    north: float
    x_scale: float
    """Map units per degree of longitude."""
    y_scale: float
    """Map units per degree of latitude."""
    width: float
    height: float

    def project(self, lon: float, lat: float) -> Point:
        return (lon - self.west) * self.x_scale, (self.north - lat) * self.y_scale


@dataclass(frozen=True, slots=True)
class _Shapes:
    """Land rings or border lines: each an array of (longitude, latitude), and their extents."""

    lines: tuple[Array, ...]
    extents: Array
    """One row per line: west, south, east, north."""


def _shapes(flat_lines: list[list[int]], per_degree: int) -> _Shapes:
    lines = tuple(
        np.cumsum(np.array(flat, dtype=np.float64).reshape(-1, 2), axis=0) / per_degree
        for flat in flat_lines
    )
    extents = np.array([(*line.min(axis=0), *line.max(axis=0)) for line in lines])
    return _Shapes(lines, extents)


@dataclass(frozen=True, slots=True)
class _Outlines:
    land: _Shapes
    borders: _Shapes
    tolerance: float
    """Degrees the data was simplified by when it was vendored."""


@functools.cache
def _outlines() -> _Outlines:
    packed = (Path(__file__).parent / "outlines.json.gz").read_bytes()
    data = json.loads(gzip.decompress(packed))
    per_degree = int(data["per_degree"])
    return _Outlines(
        _shapes(data["land"], per_degree),
        _shapes(data["borders"], per_degree),
        float(data["tolerance"]) / per_degree,
    )


def _visible(shapes: _Shapes, frame: Frame) -> Iterator[list[Point]]:
    """The lines that reach into the frame, projected, less the points that cannot show.

    A point that lies beyond one side of the frame (margin included), as both its neighbours do,
    only draws along that side once cut, where a fill has no area and a line is cut away: it is
    dropped before the (slow, pure Python) cutting, which then sees a few hundred points at most.
    """
    low, high = -MARGIN, np.array([frame.width + MARGIN, frame.height + MARGIN])
    west = frame.west + low / frame.x_scale
    east = frame.west + high[0] / frame.x_scale
    north = frame.north - low / frame.y_scale
    south = frame.north - high[1] / frame.y_scale
    extents = shapes.extents
    near = (
        (extents[:, 2] >= west)
        & (extents[:, 0] <= east)
        & (extents[:, 3] >= south)
        & (extents[:, 1] <= north)
    )
    for index in np.flatnonzero(near):
        line = shapes.lines[index]
        xy = np.column_stack(
            ((line[:, 0] - frame.west) * frame.x_scale, (frame.north - line[:, 1]) * frame.y_scale)
        )
        side = (
            (xy[:, 0] < low) * 1
            + (xy[:, 0] > high[0]) * 2
            + (xy[:, 1] < low) * 4
            + (xy[:, 1] > high[1]) * 8
        )
        keep = (side == 0) | (side != np.roll(side, 1)) | (side != np.roll(side, -1))
        keep[0] = keep[-1] = True
        yield [(float(x), float(y)) for x, y in xy[keep]]


def _clip_ring(ring: list[Point], low: Point, high: Point) -> list[Point]:
    """Sutherland–Hodgman: the part of a polygon inside a rectangle (seams lie on its edges)."""
    for axis in (0, 1):
        for limit, keep_below in ((low[axis], False), (high[axis], True)):

            def inside(
                p: Point, axis: int = axis, limit: float = limit, below: bool = keep_below
            ) -> bool:
                return p[axis] <= limit if below else p[axis] >= limit

            out: list[Point] = []
            for i, current in enumerate(ring):
                previous = ring[i - 1]
                if inside(current):
                    if not inside(previous):
                        out.append(_crossing(previous, current, axis, limit))
                    out.append(current)
                elif inside(previous):
                    out.append(_crossing(previous, current, axis, limit))
            ring = out
            if not ring:
                return ring
    return ring


def _crossing(a: Point, b: Point, axis: int, limit: float) -> Point:
    t = (limit - a[axis]) / (b[axis] - a[axis])
    return (limit, a[1] + t * (b[1] - a[1])) if axis == 0 else (a[0] + t * (b[0] - a[0]), limit)


def _clip_line(line: list[Point], low: Point, high: Point) -> Iterator[list[Point]]:
    """The pieces of a polyline inside a rectangle (Liang–Barsky on each segment)."""
    piece: list[Point] = []
    for a, b in itertools.pairwise(line):
        t0, t1 = 0.0, 1.0
        dx, dy = b[0] - a[0], b[1] - a[1]
        for p, q in (
            (-dx, a[0] - low[0]),
            (dx, high[0] - a[0]),
            (-dy, a[1] - low[1]),
            (dy, high[1] - a[1]),
        ):
            if p == 0:
                if q < 0:
                    t0, t1 = 1.0, 0.0
                    break
                continue
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
        if t0 > t1:
            if piece:
                yield piece
            piece = []
            continue
        start = (a[0] + t0 * dx, a[1] + t0 * dy)
        end = (a[0] + t1 * dx, a[1] + t1 * dy)
        if not piece:
            piece = [start]
        piece.append(end)
        if t1 < 1.0:
            yield piece
            piece = []
    if piece:
        yield piece


def _simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker: the fewest points that stay within `tolerance` of the line."""
    if len(points) < 3 or not tolerance:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, 0
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs(dy * (px - ax) - dx * (py - ay)) / length
            else:
                distance = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _rounded(points: list[Point]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for x, y in points:
        point = (round(x), round(y))
        if not out or point != out[-1]:
            out.append(point)
    return out


def _area(points: list[tuple[int, int]]) -> float:
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
            )
        )
        / 2
    )


def _path(points: list[tuple[int, int]], close: bool) -> str:
    """SVG path data with relative steps: `M12 30l4-2 3 5z`."""
    out = [f"M{points[0][0]} {points[0][1]}l"]
    previous = points[0]
    for x, y in points[1:]:
        for n in (x - previous[0], y - previous[1]):
            if n >= 0 and out[-1][-1].isdigit():
                out.append(" ")
            out.append(str(n))
        previous = (x, y)
    if close:
        out.append("z")
    return "".join(out)


def outline_paths(frame: Frame) -> tuple[str, str]:
    """SVG path data of the land (its edge is the coastline) and of the borders in `frame`."""
    outlines = _outlines()
    low, high = (-MARGIN, -MARGIN), (frame.width + MARGIN, frame.height + MARGIN)
    # a map around a place is drawn at about the scale the data was simplified for; a map of a
    # wider window (the world) simplifies it further
    coarse = outlines.tolerance * max(frame.x_scale, frame.y_scale) < TOLERANCE / 2
    tolerance = TOLERANCE if coarse else 0.0
    land_paths = []
    for ring in _visible(outlines.land, frame):
        clipped = _rounded(_simplify(_clip_ring(ring, low, high), tolerance))
        if clipped and clipped[0] == clipped[-1]:
            clipped.pop()
        if len(clipped) >= 3 and _area(clipped) >= MIN_AREA:
            land_paths.append(_path(clipped, close=True))
    border_paths = []
    for line in _visible(outlines.borders, frame):
        for piece in _clip_line(line, low, high):
            points = _rounded(_simplify(piece, tolerance))
            if len(points) >= 2:
                border_paths.append(_path(points, close=False))
    return "".join(land_paths), "".join(border_paths)
