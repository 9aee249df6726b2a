"""Place maps: outlines cut to the window, names that never overlap, a few kilobytes a map."""

from __future__ import annotations

import itertools
import re

import pytest

from briefgen.corpus.crossref import PlaceProfile
from briefgen.render.map_labels import (
    MAX_LABELS,
    NARROW_FONT,
    WIDE_FONT,
    Dot,
    Label,
    place_labels,
    text_width,
)
from briefgen.render.maps import HEIGHT, WIDTH, WORLD, around, plot_map
from briefgen.render.outlines import MARGIN, Frame, outline_paths

CITIES = {
    "Kabul": (34.53, 69.17),
    "Athens": (37.98, 23.73),
    "Copenhagen": (55.68, 12.57),
    "Jakarta": (-6.21, 106.85),
    "Suva": (-18.14, 178.44),
    "Anchorage": (61.22, -149.9),
    "Reykjavik": (64.14, -21.9),
    "Honolulu": (21.31, -157.86),
}


def place(name: str, lat: float, lon: float, mentions: int = 1) -> PlaceProfile:
    slug = name.lower().replace(" ", "-")
    return PlaceProfile(slug, name, "city", None, lat, lon, (), (None,) * mentions)  # type: ignore[arg-type]


def draw(places: list[PlaceProfile], lat: float, lon: float, main: str) -> str:
    svg = plot_map(
        places, around(lat, lon), lambda uri: uri, {p.slug: p.slug for p in places}, "c", main
    )
    assert svg is not None
    return str(svg)


def frame_around(lat: float, lon: float) -> Frame:
    box = around(lat, lon)
    x_scale = WIDTH / (box.east - box.west)
    return Frame(box.west, box.north, x_scale, HEIGHT / (box.north - box.south), WIDTH, HEIGHT)


def numbers_of(path: str) -> list[tuple[int, int]]:
    """The absolute points of path data made of M and l commands."""
    points = []
    for command, body in re.findall(r"([Mlz])([^Mlz]*)", path):
        values = [int(v) for v in re.findall(r"-?\d+", body)]
        pairs = list(zip(values[::2], values[1::2], strict=True))
        if command == "M":
            points.append(pairs[0])
        elif command == "l":
            for dx, dy in pairs:
                points.append((points[-1][0] + dx, points[-1][1] + dy))
    return points


def test_a_map_around_a_coast_has_land_and_borders_and_an_ocean_map_has_none() -> None:
    land, borders = outline_paths(frame_around(*CITIES["Copenhagen"]))
    assert land.count("M") > 5 and borders.count("M") > 3
    assert outline_paths(frame_around(-30.0, -130.0)) == ("", "")  # the South Pacific


@pytest.mark.parametrize("name", CITIES)
def test_outlines_stay_inside_the_map_and_never_cross_it(name: str) -> None:
    # a ring drawn across the antimeridian would make a step as wide as the map; only the seams
    # of cut land, beyond the map's top or bottom edge, may be that long
    land, borders = outline_paths(frame_around(*CITIES[name]))
    for path in re.findall(r"M[^M]*", land + borders):
        points = numbers_of(path)
        assert all(
            -MARGIN <= x <= WIDTH + MARGIN and -MARGIN <= y <= HEIGHT + MARGIN for x, y in points
        )
        for a, b in itertools.pairwise(points):
            if abs(b[0] - a[0]) >= WIDTH / 2:
                assert a[1] == b[1] and a[1] in (-MARGIN, HEIGHT + MARGIN), (a, b)


@pytest.mark.parametrize("name", CITIES)
def test_a_place_map_costs_a_few_kilobytes(name: str) -> None:
    lat, lon = CITIES[name]
    nearby = [place(other, *at) for other, at in CITIES.items()]
    assert len(draw(nearby, lat, lon, name.lower()).encode()) < 9_000


def test_the_world_map_is_flatter_and_small() -> None:
    places = [place(name, *at) for name, at in CITIES.items()]
    svg = str(plot_map(places, WORLD, lambda uri: uri, {p.slug: p.slug for p in places}, "c"))
    width, height = map(int, re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups())  # type: ignore[union-attr]
    assert width == WIDTH and 240 < height < 270  # 360° by 140°, not squeezed into 16:9
    assert len(svg.encode()) < 30_000


def test_a_map_keeps_true_proportions_far_north() -> None:
    box = around(64.14, -21.9)  # Reykjavik: a degree of longitude is less than half a latitude's
    assert (box.east - box.west) / (box.north - box.south) == pytest.approx(
        WIDTH / HEIGHT / 0.44, rel=0.05
    )


def test_places_outside_the_window_or_on_its_edge_are_left_off() -> None:
    box = around(34.53, 69.17)
    kabul, edge = place("Kabul", 34.53, 69.17), place("Edge", box.north, 69.17)
    far = place("Far", 10.0, 10.0)
    svg = draw([kabul, edge, far], 34.53, 69.17, "kabul")
    assert "Kabul" in svg and "Edge" not in svg and "Far" not in svg


def rect(dot: Dot, label: Label, size: float) -> tuple[float, float, float, float]:
    """The box the browser gives a label, from the same metrics the placement uses."""
    width = text_width(dot.name, size, bold=dot.main)
    left = {
        "start": label.x,
        "end": label.x - width,
        "middle": label.x - width / 2,
    }[label.anchor]
    top = label.y + (label.shift - 0.91) * size
    return left, top, left + width, top + 1.13 * size


def test_names_never_overlap_each_other_or_dots_at_either_size() -> None:
    # a dense cluster: the Low Countries' cities, most important first
    cluster = [
        ("Brussels", 4.35, 50.85),
        ("Antwerp", 4.40, 51.22),
        ("Ghent", 3.72, 51.05),
        ("Rotterdam", 4.48, 51.92),
        ("The Hague", 4.30, 52.08),
        ("Amsterdam", 4.90, 52.37),
        ("Utrecht", 5.12, 52.09),
        ("Eindhoven", 5.47, 51.44),
        ("Lille", 3.06, 50.63),
        ("Liège", 5.57, 50.63),
        ("Maastricht", 5.69, 50.85),
        ("Cologne", 6.96, 50.94),
        ("Düsseldorf", 6.78, 51.23),
        ("Luxembourg", 6.13, 49.61),
        ("Aachen", 6.08, 50.78),
    ]
    frame = frame_around(50.85, 4.35)
    dots = []
    for i, (name, lon, lat) in enumerate(cluster):
        x, y = frame.project(lon, lat)
        dots.append(Dot(name, x, y, i == 0))
    labels = place_labels(dots, WIDTH, HEIGHT)
    assert labels[0] is not None  # the place the map is about is always named
    assert sum(label is not None for label in labels) <= MAX_LABELS
    for size, shown in (
        (NARROW_FONT, [i for i, lab in enumerate(labels) if lab and not lab.wide_only]),
        (WIDE_FONT, [i for i, lab in enumerate(labels) if lab]),
    ):
        boxes = {i: rect(dots[i], labels[i], size) for i in shown}  # type: ignore[arg-type]
        for (i, a), (j, b) in itertools.combinations(boxes.items(), 2):
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (
                dots[i].name,
                dots[j].name,
                size,
            )
        for i, (left, top, right, bottom) in boxes.items():
            assert left >= 0 and right <= WIDTH and top >= 0 and bottom <= HEIGHT
            if i == 0:
                continue  # the main place is named even if that covers a dot (none is free here)
            for dot in dots:
                assert not (left < dot.x < right and top < dot.y < bottom), (dots[i].name, dot.name)
    assert any(lab and lab.wide_only for lab in labels)  # the desktop shows more names


def test_text_width_estimate_is_in_ems_of_arial() -> None:
    assert text_width("Kabul", 10) == pytest.approx((0.67 + 0.56 * 3 + 0.22) * 10, rel=0.1)
    assert text_width("Kabul", 10, bold=True) > text_width("Kabul", 10)
    assert text_width("Düsseldorf", 10) == pytest.approx(text_width("Dusseldorf", 10))
