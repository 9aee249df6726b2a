"""The reader's view in a real Chromium, at desktop (1400 px) and phone (390 px) width.

Every table briefgen renders looks like a Markdown table in Material (computed styles compared
with one on a page of the project's own), no page scrolls sideways on a phone and no table column
is cut there, the palette follows the system's light or dark preference with briefgen's own
colours readable in both, and the names on a map never overlap. Screenshots go to
tests/artifacts/reader-*.png.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pytest

from tests import browser as chromium
from tests.conftest import FIXTURES, SEED, build, make_project

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"
PHONE, DESKTOP = 390, 1400

REFERENCE = """# A Markdown table

| Date | Event | Briefing |
|---|---|---|
| 2024-03-04 | A ferry capsized | Ferry capsizes |
"""


@pytest.fixture(scope="module")
def reader_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed, the story fixtures and the corpus fixtures, and a page with a Markdown table."""
    articles = [
        SEED,
        *sorted((FIXTURES / "stories").glob("*.md")),
        *sorted((FIXTURES / "corpus").glob("*.md")),
        *sorted((FIXTURES / "articles").iterdir()),
    ]
    project = make_project(tmp_path_factory.mktemp("reader"), articles)
    (project / "docs" / "reference-table.md").write_text(REFERENCE, encoding="utf-8")
    assert build(project, "--strict") == 0
    return project / "site"


def table_pages(site: Path) -> dict[str, str]:
    """One page of each kind that has a briefgen table, by name: its path below the site."""
    briefs = json.loads((site / "briefings" / "briefs.json").read_text(encoding="utf-8"))
    seed = next(b for b in briefs if b["source_path"].endswith(SEED.name))
    (story,) = [p.parent.name for p in (site / "stories").glob("mwanza*/index.html")]
    return {
        "briefing": f"briefings/{seed['id']}/",
        "story": f"stories/{story}/",
        "disputed": "stories/disputed/",
        "upcoming": "stories/upcoming/",
        "timeline": "timeline/",
        "figures": "figures/",
        "actors": "actors/",
        "actor": "actors/dave-calhoun/",
        "places": "places/",
        "countries": "countries/",
        "tags": "tags/",
    }


@contextmanager
def reader(
    browser: Browser, site: Path, width: int, scheme: Literal["light", "dark"] = "light"
) -> Iterator[tuple[Page, str]]:
    """A page at `width` whose system prefers `scheme`; fails on errors and outside requests."""
    with chromium.serve(site) as base:
        watched = chromium.watch(browser, width, scheme)
        yield watched.page, base
        assert watched.console_errors == [] and watched.page_errors == []
        assert watched.outside_requests == []
        watched.page.context.close()


def shot(page: Page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"reader-{name}.png"), full_page=full_page)


TABLE_STYLE = """table => {
  const pick = (el, names) => el && Object.fromEntries(
    names.map(n => [n, getComputedStyle(el).getPropertyValue(n)]));
  const cell = ['padding-top', 'padding-left', 'vertical-align', 'text-align', 'font-weight',
                'border-top-width', 'border-top-style', 'border-top-color'];
  return {
    class: table.getAttribute('class'),
    table: pick(table, ['font-size', 'border-top-width', 'border-top-style', 'border-top-color',
                        'border-radius', 'background-color']),
    head: pick(table.querySelector('thead th'), cell),
    cell: pick(table.querySelector('tbody td'), cell),
    row_head: pick(table.querySelector('tbody th'), cell),
    dates: [...table.querySelectorAll('.bg-when')].map(e => getComputedStyle(e).whiteSpace),
  };
}"""


def test_every_briefgen_table_has_materials_table_style(
    browser: Browser, reader_site: Path
) -> None:
    with reader(browser, reader_site, DESKTOP) as (page, base):
        page.goto(f"{base}reference-table/")
        (reference,) = page.locator(".md-content table").evaluate_all(
            f"tables => tables.map({TABLE_STYLE})"
        )
        checked = 0
        for name, path in table_pages(reader_site).items():
            page.goto(base + path)
            tables = page.locator(".md-content table").evaluate_all(
                f"tables => tables.map({TABLE_STYLE})"
            )
            assert tables, f"{name}: no table"
            for style in tables:
                assert style["class"] is None, name  # Material styles table:not([class]) only
                assert style["table"] == reference["table"], name
                assert style["head"] == reference["head"], name
                # a row's first cell, a header of its row, is set and ruled like the others
                for cell in (style["cell"], style["row_head"]):
                    if cell is not None:
                        assert cell == reference["cell"], (name, cell)
                assert set(style["dates"]) <= {"nowrap"}, name
                checked += 1
            if name in {"story", "upcoming"}:
                shot(page, f"{name}-{DESKTOP}")
        assert checked >= 12


OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const cut = [...document.querySelectorAll('.md-content table :is(th, td)')].filter(cell => {
    const r = cell.getBoundingClientRect();
    return getComputedStyle(cell).display !== 'none' && r.width > 0
      && (r.left < 0 || r.right > width + 0.5);
  }).map(cell => cell.textContent.slice(0, 40));
  const scrolling = [...document.querySelectorAll('.md-content .md-typeset__scrollwrap')]
    .filter(w => w.scrollWidth > w.clientWidth + 1).length;
  const empty = [...document.querySelectorAll('.md-content table td[data-label]')].filter(cell =>
    cell.textContent.trim() === '' && getComputedStyle(cell).display !== 'none'
    && getComputedStyle(cell.closest('table')).display === 'block').length;
  return {page: document.documentElement.scrollWidth - width, cut, scrolling, empty};
}"""


def test_nothing_is_wider_than_a_phone(browser: Browser, reader_site: Path) -> None:
    pages = {**table_pages(reader_site), "home": "", "kabul": "places/kabul/"}
    with reader(browser, reader_site, PHONE) as (page, base):
        for name, path in pages.items():
            page.goto(base + path)
            found = page.evaluate(OVERFLOW)
            # no sideways scrolling, no cell cut off, no card line naming an empty column
            assert found == {"page": 0, "cut": [], "scrolling": 0, "empty": 0}, name
        # the column that says what a figure is, is read in full beside its figure
        page.goto(base + pages["briefing"])
        measures = page.locator(".bg-figures td[data-label='What it measures']")
        assert measures.count() >= 5
        box = measures.first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE
        label = measures.first.evaluate("e => getComputedStyle(e, '::before').content")
        assert label == '"What it measures: "'
        page.locator(".bg-figures").scroll_into_view_if_needed()
        shot(page, f"briefing-figures-{PHONE}", full_page=False)
        page.goto(base + pages["story"])
        shot(page, f"story-{PHONE}")


CONTRAST = """(selectors) => {
  const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const background = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]);
  };
  const luminance = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const out = {};
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) continue;
    const bg = background(el);
    out[selector] = ratio(over(rgba(getComputedStyle(el).color), bg), bg);
  }
  return out;
}"""

MAP_COLOURS = """() => {
  const fill = s => getComputedStyle(document.querySelector(s)).fill;
  return {sea: fill('.bg-map-sea'), land: fill('.bg-map-land'), dot: fill('.bg-map-places circle:not(.bg-map-main)'),
          main: fill('circle.bg-map-main'), label: fill('.bg-map-places text'),
          halo: getComputedStyle(document.querySelector('.bg-map-places text')).stroke};
}"""


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        values = [float(v) / 255 for v in colour[colour.index("(") + 1 : -1].split(",")[:3]]
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in values]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palette_follows_the_system_and_briefgen_colours_read_in_it(
    browser: Browser, reader_site: Path, scheme: Literal["light", "dark"]
) -> None:
    pages = table_pages(reader_site)
    with reader(browser, reader_site, DESKTOP, scheme) as (page, base):
        page.goto(base + pages["upcoming"])
        body = page.locator("body")
        assert body.get_attribute("data-md-color-scheme") == (
            "slate" if scheme == "dark" else "default"
        )
        text = page.evaluate(
            CONTRAST,
            [".md-content table td", ".md-content table th", ".bg-past-flag", ".bg-meta"],
        )
        assert all(ratio >= 4.5 for ratio in text.values()), text
        shot(page, f"upcoming-{scheme}", full_page=False)
        page.goto(base + pages["story"])
        flags = page.evaluate(CONTRAST, [".bg-disputed-flag", ".bg-kind"])
        assert flags[".bg-disputed-flag"] >= 4.5 and flags[".bg-kind"] >= 3, flags
        page.goto(f"{base}places/kabul/")
        colours = page.evaluate(MAP_COLOURS)
        assert contrast(colours["dot"], colours["land"]) >= 3, colours
        assert contrast(colours["dot"], colours["sea"]) >= 3, colours
        assert contrast(colours["main"], colours["land"]) >= 3, colours
        assert contrast(colours["label"], colours["halo"]) >= 7, colours
        assert contrast(colours["land"], colours["sea"]) >= 1.2, colours  # the coast shows
        page.locator(".bg-map").scroll_into_view_if_needed()
        shot(page, f"kabul-map-{scheme}", full_page=False)


LABELS = """() => {
  const svg = document.querySelector('.bg-map svg');
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / svg.viewBox.baseVal.width;
  const shown = [...svg.querySelectorAll('.bg-map-places text')]
    .filter(t => getComputedStyle(t).display !== 'none');
  const box = e => { const r = e.getBoundingClientRect(); return {name: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  return {
    frame: box(svg),
    labels: shown.map(box),
    font_px: Math.min(...shown.map(t => parseFloat(getComputedStyle(t).fontSize) * scale)),
    dots: [...svg.querySelectorAll('.bg-map-places circle')].map(c => { const r = c.getBoundingClientRect(); return {name: c.parentElement.textContent, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2}; }),
  };
}"""


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    slack = 0.5  # anti-aliasing
    return bool(
        a["left"] < b["right"] - slack
        and b["left"] < a["right"] - slack
        and a["top"] < b["bottom"] - slack
        and b["top"] < a["bottom"] - slack
    )


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_map_names_are_legible_and_never_overlap(
    browser: Browser, reader_site: Path, width: int
) -> None:
    with reader(browser, reader_site, width, "dark" if width == PHONE else "light") as (page, base):
        for name, path in (("kabul", "places/kabul/"), ("world", "places/")):
            page.goto(base + path)
            found = page.evaluate(LABELS)
            labels, frame = found["labels"], found["frame"]
            assert len(labels) >= (5 if name == "kabul" else 8), name
            assert found["font_px"] >= 10, (name, found["font_px"])
            for i, a in enumerate(labels):
                assert frame["left"] <= a["left"] and a["right"] <= frame["right"], a
                assert frame["top"] <= a["top"] and a["bottom"] <= frame["bottom"], a
                for b in labels[i + 1 :]:
                    assert not overlap(a, b), (name, a["name"], b["name"])
                for dot in found["dots"]:
                    if dot["name"] != a["name"] and (
                        name != "kabul" or a["name"] != "Kabul"  # the main place may, if it must
                    ):
                        inside = (
                            a["left"] < dot["x"] < a["right"] and a["top"] < dot["y"] < a["bottom"]
                        )
                        assert not inside, (name, a["name"], dot["name"])
            page.locator(".bg-map").scroll_into_view_if_needed()
            shot(page, f"{name}-map-{width}", full_page=False)


FRONT = """() => {
  const width = document.documentElement.clientWidth;
  const text = el => el ? el.textContent.split(/\\s+/).join(' ').trim() : '';
  const cards = [...document.querySelectorAll('.bg-front .bg-card')].map(card => {
    const r = card.getBoundingClientRect();
    return {title: text(card.querySelector('.bg-card-title')), bottom: text(card.querySelector('.bg-card-bottom')),
            story: card.classList.contains('bg-card-story'),
            members: card.querySelectorAll('.bg-card-members li').length,
            counts: text(card.querySelector('.bg-card-counts')),
            inside: r.width > 0 && r.left >= 0 && r.right <= width + 0.5};
  });
  const sections = [...document.querySelectorAll('.bg-sections a')].map(a => a.textContent.trim());
  return {overflow: document.documentElement.scrollWidth - width, cards, sections};
}"""


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_front_page_shows_the_latest_stories_with_their_bottom_lines(
    browser: Browser, reader_site: Path, width: int
) -> None:
    briefs = json.loads((reader_site / "briefings" / "briefs.json").read_text(encoding="utf-8"))
    summary = {b["title"]: " ".join(b["summary"].split()) for b in briefs}
    with reader(browser, reader_site, width) as (page, base):
        page.goto(base)
        found = page.evaluate(FRONT)
        assert found["overflow"] == 0  # nothing scrolls sideways, at either width
        assert "Stories" in found["sections"]
        cards = found["cards"]
        assert len(cards) >= 5 and all(card["inside"] for card in cards), cards
        # the ferry disaster, told in three briefings, is one card: its latest bottom line, its
        # briefings, and its death toll over time (disputed on its first day)
        (ferry,) = [card for card in cards if card["story"] and "Mwanza" in card["title"]]
        assert ferry["members"] == 3
        assert (
            ferry["bottom"]
            == summary["Victims of the Mwanza ferry disaster named as inquiry is ordered"]
        )
        assert ferry["counts"].startswith("Passengers killed: 12, 19 2024-03-04 → 23 2024-03-06")
        assert "disputed" in ferry["counts"]
        # a briefing of no story shows as itself, with its own bottom line
        alone = [card for card in cards if not card["story"]]
        assert alone and all(card["bottom"] == summary[card["title"]] for card in alone)
        assert "Dates are judged as of 2024-03-25, the publication date of the newest briefing" in (
            page.locator(".bg-note").first.inner_text()
        )
        shot(page, f"front-{width}")
        # a count on the front page is a fact like any other: it opens on its sentence
        page.locator(".bg-card-counts a.bg-fact", has_text="23").click()
        assert "death toll rose to 23 passengers" in page.locator(".bg-s:target").inner_text()
