"""Write briefgen's map outlines (land and country borders) from Natural Earth via world-atlas.

The maps draw coastlines and borders from `briefgen/render/outlines.json.gz`, which this script
derives from the TopoJSON of the npm package world-atlas (ISC licence; its shapes are Natural
Earth's 1:50m countries, public domain). Run it only to refresh that file:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/vendor_outlines.py package/countries-50m.json

Land is the package's merged `land` object (its rings: coastlines and the shores of inland seas);
borders are the arcs two countries share, each written once. Arcs are simplified before rings are
made of them, so land and borders still meet. Coordinates are hundredths of a degree, each point
but a line's first given as the step from the one before.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "briefgen" / "render" / "outlines.json.gz"
PER_DEGREE = 100
TOLERANCE = 4
"""Hundredths of a degree an arc may be simplified by: about a map unit on a map around a place."""
MIN_AREA = 0.002
"""Square degrees: islands smaller than this (a couple of square map units) are left out."""

Point = tuple[int, int]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Every arc as absolute points in hundredths of a degree."""
    (kx, ky), (x0, y0) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            point = (round((x0 + x * kx) * PER_DEGREE), round((y0 + y * ky) * PER_DEGREE))
            if not points or point != points[-1]:
                points.append(point)
        arcs.append(points)
    return arcs


def simplified(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker, ends kept: arcs meet where they met before."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, index = 0.0, 0
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs(dy * (px - ax) - dx * (py - ay)) / length
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def rings_of(geometry: dict[str, Any]) -> list[list[int]]:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [ring for polygon in polygons for ring in polygon]


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrapped(ring: list[Point]) -> list[list[Point]]:
    """A ring that crosses the antimeridian, made continuous and given once on each side of it.

    world-atlas keeps such rings spherical (a step from 180°E to 180°W); drawn flat that step
    would cross the whole map. A ring around the pole (Antarctica) is closed along its parallel.
    """
    full = 360 * PER_DEGREE
    points = [ring[0]]
    for x, y in ring[1:]:
        last = points[-1][0]
        while x - last > full / 2:
            x -= full
        while last - x > full / 2:
            x += full
        points.append((x, y))
    if points[-1][0] != points[0][0]:  # around the pole: down to it and back along the edge
        pole = -90 * PER_DEGREE if min(y for _, y in points) < 0 else 90 * PER_DEGREE
        points += [(points[-1][0], pole), (points[0][0], pole), points[0]]
    west, east = min(x for x, _ in points), max(x for x, _ in points)
    copies = [points]
    if west < -full / 2:
        copies.append([(x + full, y) for x, y in points])
    if east > full / 2:
        copies.append([(x - full, y) for x, y in points])
    return copies


def area(points: list[Point]) -> float:
    """In square degrees."""
    twice = sum(
        x0 * y1 - x1 * y0
        for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=False)
    )
    return abs(twice) / 2 / PER_DEGREE**2


def delta(points: list[Point]) -> list[int]:
    flat = list(points[0])
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        flat += [x1 - x0, y1 - y0]
    return flat


def main(argv: list[str]) -> int:
    topology = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    arcs = [simplified(arc, TOLERANCE) for arc in decode_arcs(topology)]
    land = [
        copy
        for geometry in topology["objects"]["land"]["geometries"]
        for ring in rings_of(geometry)
        for copy in unwrapped(ring_points(ring, arcs))
    ]
    uses = Counter(
        index if index >= 0 else ~index
        for geometry in topology["objects"]["countries"]["geometries"]
        for ring in rings_of(geometry)
        for index in ring
    )
    borders = [arcs[index] for index, count in sorted(uses.items()) if count >= 2]
    land_rings = [delta(ring) for ring in land if len(ring) >= 4 and area(ring) >= MIN_AREA]
    border_lines = [delta(line) for line in borders if len(line) >= 2]
    scale = Path(argv[0]).stem.rsplit("-", 1)[-1]  # countries-50m.json: 50m
    data = {
        "source": f"Natural Earth 1:{scale} countries (public domain) via world-atlas 2.0.2 (ISC)",
        "per_degree": PER_DEGREE,
        "tolerance": TOLERANCE,
        "land": land_rings,
        "borders": border_lines,
    }
    text = json.dumps(data, separators=(",", ":")) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT}: {len(land_rings)} land rings, {len(border_lines)} borders")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
