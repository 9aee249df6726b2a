"""Build the site of the 90 Wikinews articles and check what only a corpus shows.

    .venv/bin/python benchmarks/site_corpus.py [--eval ../shared/eval/wikinews]

Copies nothing into the repository: the project is made in a temp folder, the articles are
copied there from the shared eval folder. Checks that actor pages aggregate across articles
(Boeing's page lists many briefings), that the timeline page orders events across briefings
newest first, that every page stays small (no page lists every briefing) and that the nav does
not grow with the corpus. Writes its numbers to benchmarks/results/site_corpus.json.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.analysis import analyse  # noqa: E402
from briefgen.cli import main  # noqa: E402
from briefgen.contract import from_dict  # noqa: E402
from briefgen.render import render_site  # noqa: E402


def listed(html: str) -> list[str]:
    """Briefing ids in a page's list of briefings."""
    start = html.find('<ul class="bg-briefings">')
    if start < 0:
        return []
    listing = html[start : html.index("</ul>", start)]
    return re.findall(r'<li><a href="[./]*briefings/([^/"#]+)/">', listing)


def timeline_dates(site: Path) -> list[str]:
    """Every date on the timeline pages, in page order."""
    pages = [site / "timeline" / "index.html"]
    pages += sorted(
        (site / "timeline" / "page").glob("*/index.html"), key=lambda p: int(p.parent.name)
    )
    dates: list[str] = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        dates += re.findall(r'<th scope="row"><a [^>]*>(\d{4}(?:-\d\d){0,2})</a>', html)
    return dates


def run(eval_dir: Path, keep: Path | None = None) -> dict[str, object]:
    articles = sorted(eval_dir.glob("*.md"))
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        project = Path(tmp)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        shutil.copytree(ROOT / "docs", project / "docs")
        (project / "seeds").mkdir()
        for article in articles:
            shutil.copy(article, project / "seeds" / article.name)

        started = time.perf_counter()
        # not --strict: an eval article the readers reject is reported and skipped, not fatal here
        code = main(["build", "-f", str(project / "mkdocs.yml")])
        build_s = time.perf_counter() - started
        assert code == 0, "build failed"
        site = project / "site"
        data = json.loads((site / "briefings" / "briefs.json").read_text(encoding="utf-8"))
        briefs = [from_dict(item) for item in data]
        # the baseline in the same run: the whole build; the share of it spent rendering pages
        started = time.perf_counter()
        pages = list(render_site(analyse(briefs), [], briefings_dir="briefings", site_name="Bench"))
        render_s = time.perf_counter() - started

        boeing = site / "actors" / "boeing" / "index.html"
        boeing_briefs = set(listed(boeing.read_text(encoding="utf-8")))
        for extra in sorted((site / "actors" / "boeing" / "page").glob("*/index.html")):
            boeing_briefs |= set(listed(extra.read_text(encoding="utf-8")))
        dates = timeline_dates(site)
        full = [d for d in dates if len(d) == 10]
        timeline_html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
        timeline_briefs = set(re.findall(r'<td><a href="\.\./briefings/([^/"]+)/">', timeline_html))
        html_pages = [p for p in site.rglob("*.html")]
        biggest = max(html_pages, key=lambda p: p.stat().st_size)
        most_listed = max(html_pages, key=lambda p: len(listed(p.read_text(encoding="utf-8"))))
        seed_page = next((site / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
        nav = seed_page[seed_page.index('<nav class="md-nav md-nav--primary"') :]
        nav = nav[: nav.index("</nav>")]
        if keep is not None:
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(site, keep)
        result: dict[str, Any] = {
            "articles": len(articles),
            "briefings": len(briefs),
            "skipped": (site / "index.html").read_text(encoding="utf-8").count("<li><code>"),
            "actor_pages": len(list((site / "actors").glob("*/index.html"))),
            "place_pages": len(list((site / "places").glob("*/index.html"))),
            "generated_pages": len(pages),
            "boeing_briefings_listed": len(boeing_briefs),
            "boeing_briefings_in_corpus": sum(
                1
                for b in briefs
                if any(a.name == "Boeing" or "Boeing" in a.aliases for a in b.actors)
            ),
            "timeline_events": len(dates),
            "timeline_day_dates_newest_first": full == sorted(full, reverse=True),
            "timeline_first_page_briefings": len(timeline_briefs),
            "timeline_span": [min(dates), max(dates)] if dates else [],
            "largest_page": [biggest.relative_to(site).as_posix(), biggest.stat().st_size],
            "most_briefings_on_one_page": [
                most_listed.relative_to(site).as_posix(),
                len(listed(most_listed.read_text(encoding="utf-8"))),
            ],
            "nav_bytes_per_page": len(nav),
            "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
            "build_seconds": round(build_s, 1),
            "render_seconds": round(render_s, 2),
            "render_share_of_build": round(render_s / build_s, 4),
        }
    assert result["boeing_briefings_listed"] >= 10, result
    assert result["timeline_day_dates_newest_first"], result
    assert result["timeline_first_page_briefings"] >= 5, result
    assert result["most_briefings_on_one_page"][1] <= 50, result
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "wikinews")
    parser.add_argument(
        "--keep", type=Path, default=None, help="copy the built site here to look at"
    )
    args = parser.parse_args()
    numbers = run(args.eval.resolve(), args.keep)
    out = ROOT / "benchmarks" / "results" / "site_corpus.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(numbers, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(json.dumps(numbers, indent=1))
