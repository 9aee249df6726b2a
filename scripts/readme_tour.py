"""Take the README's screenshot tour: build the seed, eight Wikinews articles and the ferry story
of the test fixtures into a site, and photograph it in headless Chromium.

Usage: .venv/bin/python scripts/readme_tour.py [--eval ../shared/eval/wikinews] [--out docs/images]

Needs the Wikinews articles of the shared evaluation data (CC BY 2.5, see their front matter)
and Debian's chromium (as the browser tests do). Writes PNG files into --out; nothing else of
the build is kept.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.cli import main  # noqa: E402
from tests import browser as chromium  # noqa: E402

WIKINEWS = ["1007169", "114719", "114864", "126878", "127226", "127227", "127248", "71426"]
"""Mary Barra at GM; two days of falling markets; GM's bankruptcy in four; Aer Lingus's jets."""
FERRY = sorted((ROOT / "tests" / "fixtures" / "stories").glob("ferry-*.md"))
SEED = ROOT / "seeds" / "000_9e35455c8a55cd95.txt"
DESKTOP, PHONE = 1400, 390


def build(folder: Path, wikinews: Path) -> Path:
    """A project of the tour's articles in `folder`, built; returns its site."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    seeds = folder / "seeds"
    seeds.mkdir()
    for article in [SEED, *FERRY, *(wikinews / f"{n}.md" for n in WIKINEWS)]:
        shutil.copy(article, seeds / article.name)
    if main(["build", "-f", str(folder / "mkdocs.yml"), "--strict"]) != 0:
        raise SystemExit("the tour's site did not build")
    return folder / "site"


def save(page: Page, path: Path, region: tuple[str, str] | None = None, pad: int = 16) -> None:
    """A screenshot of the viewport, or of the region from the top of the first selector of
    `region` to the bottom of the second (and `pad` pixels around), as a small palette PNG."""
    page.wait_for_timeout(700)  # the header's title and the sentence highlight settle
    if region is None:
        page.screenshot(path=str(path))
        image: Image.Image = Image.open(path)
    else:
        page.screenshot(path=str(path), full_page=True)
        first, last = (page.locator(s).first.bounding_box() for s in region)
        assert first is not None and last is not None, region
        scrolled = page.evaluate("window.scrollY")
        left = min(first["x"], last["x"])
        right = max(first["x"] + first["width"], last["x"] + last["width"])
        image = Image.open(path).crop(
            (
                max(0, int(left) - pad),
                max(0, int(first["y"] + scrolled) - pad),
                int(right) + pad,
                int(last["y"] + last["height"] + scrolled) + pad,
            )
        )
    image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(
        path, optimize=True
    )
    print(path)


def tour(site: Path, out: Path) -> None:
    with sync_playwright() as playwright, chromium.serve(site) as base:
        browser = chromium.launch(playwright)
        desktop = browser.new_context(viewport={"width": DESKTOP, "height": 1000})
        page = desktop.new_page()
        page.goto(f"{base}briefings/taliban-representatives-have-visited-ashgabat/")
        save(page, out / "briefing-top.png")
        page.goto(f"{base}briefings/aer-lingus-buys-twelve-new-long-haul-airbus-jets/")
        numbers = ("h2#key-figures", ".bg-figures tbody tr:nth-child(4)")
        save(page, out / "briefing-numbers.png", numbers, pad=24)
        page.goto(f"{base}briefings/taliban-representatives-have-visited-ashgabat/#timeline")
        save(page, out / "briefing-timeline.png")
        page.locator(".bg-figures a.bg-fact", has_text="800-kilometer").click()
        save(page, out / "briefing-sentence.png")
        page.goto(f"{base}")
        save(page, out / "front.png")
        page.goto(f"{base}actors/general-motors/")
        save(page, out / "actor.png", ("h1", ".md-content ul.bg-briefings"), pad=24)
        story = next(p.parent.name for p in (site / "stories").glob("mwanza*/index.html"))
        page.goto(f"{base}stories/{story}/#headline-counts")
        counts = ("h2#headline-counts", ".bg-headline-counts")
        save(page, out / "story-counts.png", counts, pad=24)
        phone = browser.new_context(viewport={"width": PHONE, "height": 844})
        small = phone.new_page()
        small.goto(f"{base}")
        save(small, out / "front-phone.png")
        browser.close()


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "wikinews")
    parser.add_argument("--out", type=Path, default=ROOT / "docs/images")
    args = parser.parse_args(argv)
    args.out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefgen-tour-") as folder:
        tour(build(Path(folder), args.eval), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
