"""Coastlines and country borders for the maps: Natural Earth's outlines cut to one map's window.

The outlines ship with briefgen (`outlines.json.gz`, made by `scripts/vendor_outlines.py` from
Natural Earth's 1:50m countries): nothing is downloaded. A map gets only what its window shows,
simplified to its scale and written as SVG path data in whole map units, so a map costs a few
kilobytes however detailed the world around it.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from briefgen.render.geometry import Point, clip_line, clip_ring, simplify

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
        clipped = _rounded(simplify(clip_ring(ring, low, high), tolerance))
        if clipped and clipped[0] == clipped[-1]:
            clipped.pop()
        if len(clipped) >= 3 and _area(clipped) >= MIN_AREA:
            land_paths.append(_path(clipped, close=True))
    border_paths = []
    for line in _visible(outlines.borders, frame):
        for piece in clip_line(line, low, high):
            points = _rounded(simplify(piece, tolerance))
            if len(points) >= 2:
                border_paths.append(_path(points, close=False))
    return "".join(land_paths), "".join(border_paths)
