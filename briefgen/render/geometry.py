"""Plane geometry the maps need: a polygon or a line cut to a rectangle, and a line simplified."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

Point = tuple[float, float]


def clip_ring(ring: list[Point], low: Point, high: Point) -> list[Point]:
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
                        out.append(crossing(previous, current, axis, limit))
                    out.append(current)
                elif inside(previous):
                    out.append(crossing(previous, current, axis, limit))
            ring = out
            if not ring:
                return ring
    return ring


def crossing(a: Point, b: Point, axis: int, limit: float) -> Point:
    t = (limit - a[axis]) / (b[axis] - a[axis])
    return (limit, a[1] + t * (b[1] - a[1])) if axis == 0 else (a[0] + t * (b[0] - a[0]), limit)


def clip_line(line: list[Point], low: Point, high: Point) -> Iterator[list[Point]]:
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


def simplify(points: list[Point], tolerance: float) -> list[Point]:
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
