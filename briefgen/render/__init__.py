"""Render briefs into site pages: Markdown with escaped HTML blocks, plus the contract JSON."""

from __future__ import annotations

import html
import json
import os
import posixpath
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from urllib.parse import urlsplit

import jinja2
import yaml
from markupsafe import Markup

from briefgen.contract import to_dict
from briefgen.corpus import newest_first, related
from briefgen.errors import BriefgenError
from briefgen.records import Brief, Event, Evidence

__all__ = ["Page", "render_site", "url_of"]

WORDS_PER_MINUTE = 220
HOME_LATEST = 10
HOME_TOP = 10


@dataclass(frozen=True, slots=True)
class Page:
    """One generated file of the site."""

    src_uri: str
    """Path inside the docs folder, with forward slashes ("briefings/x.md")."""
    content: str
    """Full file content."""


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefgen", "render/templates"),
        autoescape=True,  # every article string is untrusted
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )


def url_of(src_uri: str, directory_urls: bool) -> str:
    """The site URL (relative to the site root) MkDocs gives the file `src_uri`."""
    if not src_uri.endswith(".md"):
        return src_uri
    stem = src_uri[:-3]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def _href_from(src_uri: str, directory_urls: bool) -> Callable[[str], str]:
    here = url_of(src_uri, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"

    def href(target: str) -> str:
        to = url_of(target, directory_urls)
        rel = posixpath.relpath(to or ".", base.rstrip("/") or ".")
        if to.endswith("/") and not rel.endswith("/"):
            rel += "/"
        if rel == "./":
            rel = "./"
        if not directory_urls and rel.endswith("/"):
            rel += "index.html"
        return rel

    return href


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) address, else None (no javascript: or data: links from articles)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in {"http", "https"} and parts.netloc else None


def build_date() -> date:
    """Today, or the date of $SOURCE_DATE_EPOCH: the date MkDocs stamps on a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


def theme_safe(text: str) -> str:
    """`text` made harmless for Material's theme Jinja, which prints page meta without escaping.

    Material prints the title through `striptags` (which un-escapes entities: "&lt;" becomes "<")
    and the description inside a double-quoted attribute. So no angle brackets, no double quotes,
    and no ampersand that starts an entity may reach it; look-alike characters take their place.
    """
    # one line: a multi-line YAML value could hold a "---" line that ends MkDocs' front matter
    safe = " ".join(text.split()).replace("<", "‹").replace(">", "›").replace('"', "”")
    if html.unescape(safe) != safe:
        safe = safe.replace("&", "＆")
    return safe


def _front_matter(title: str, description: str) -> str:
    meta = {"title": theme_safe(title), "description": theme_safe(description[:160])}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def number(value: float) -> str:
    """A figure's value for display: integers with thousands separators, fractions short."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1 else f"{value:,.2f}"


def when(event: Event) -> str:
    """An event's date for display; a year-less date stays year-less ("July 10")."""
    if event.date is None:
        return ""
    if event.date.startswith("--"):
        month, day = int(event.date[2:4]), int(event.date[5:7])
        return date(2000, month, day).strftime("%B ") + str(day)
    text = event.date
    if event.precision == "week":
        return f"week of {text}"
    return text


def _sentence_finder(brief: Brief) -> Callable[[Sequence[Evidence]], str]:
    starts = [s.start for s in brief.sentences]

    def link(evidence: Sequence[Evidence]) -> str:
        if not evidence or not starts:
            return "#full-text"
        index = max(0, bisect_right(starts, evidence[0].start) - 1)
        return f"#s{index + 1}"

    return link


def fulltext_html(brief: Brief) -> str:
    """The body as paragraphs of sentence spans `s1`, `s2` … that facts link to."""
    sentences = list(brief.sentences) or [Evidence(0, len(brief.body))]
    out: list[str] = []
    offset = 0
    seen: set[int] = set()
    for paragraph in brief.body.split("\n"):
        p_start, p_end = offset, offset + len(paragraph)
        offset = p_end + 1
        if not paragraph.strip():
            continue
        parts: list[str] = []
        cursor = p_start
        for number_, sent in enumerate(sentences, start=1):
            start, end = max(sent.start, p_start), min(sent.end, p_end)
            if start >= end:
                continue
            if start > cursor:
                parts.append(html.escape(brief.body[cursor:start]))
            anchor = "" if number_ in seen else f' id="s{number_}"'
            seen.add(number_)
            parts.append(f'<span class="bg-s"{anchor}>{html.escape(brief.body[start:end])}</span>')
            cursor = end
        if cursor < p_end:
            parts.append(html.escape(brief.body[cursor:p_end]))
        out.append("<p>" + "".join(parts) + "</p>")
    return "\n".join(out)


def _meta_line(brief: Brief) -> list[str]:
    items = [brief.published.isoformat() if brief.published else "undated"]
    if brief.source:
        items.append(brief.source)
    if brief.dateline:
        items.append(f"dateline {brief.dateline}")
    minutes = max(1, round(len(brief.body.split()) / WORDS_PER_MINUTE))
    items.append(f"{minutes} min read")
    return items


def render_brief(
    brief: Brief,
    related_briefs: list[tuple[Brief, int]],
    folder: str,
    directory_urls: bool,
    pdf: bool = False,
    story_section: Markup | None = None,
) -> str:
    """The Markdown page of one briefing; `pdf` links its PDF (`folder/ID.pdf`)."""
    src = f"{folder}/{brief.id}.md"
    href = _href_from(src, directory_urls)
    body = (
        _env()
        .get_template("brief.md.j2")
        .render(
            brief=brief,
            meta=_meta_line(brief),
            related=related_briefs,
            dir=folder,
            link=_sentence_finder(brief),
            href=href,
            pdf=href(f"{folder}/{brief.id}.pdf") if pdf else None,
            number=number,
            when=when,
            fulltext=Markup(fulltext_html(brief)),
            url=safe_url(brief.url),
            story_section=story_section,
        )
    )
    return _front_matter(brief.title, brief.summary) + body


def render_site(
    briefs: Sequence[Brief],
    problems: Sequence[BriefgenError],
    *,
    folder: str,
    site_name: str,
    directory_urls: bool = True,
    pdfs: frozenset[str] = frozenset(),
) -> list[Page]:
    """Every generated page and data file of the site; `pdfs` are ids of briefs with a PDF."""
    from briefgen.render.stories import render_stories  # it builds on this module's helpers

    ordered = newest_first(list(briefs))
    links = related(list(briefs))
    stories = render_stories(
        ordered, folder=folder, directory_urls=directory_urls, today=build_date()
    )
    pages = [
        Page(
            f"{folder}/{b.id}.md",
            render_brief(
                b, links[b.id], folder, directory_urls, b.id in pdfs, stories.sections.get(b.id)
            ),
        )
        for b in ordered
    ]
    pages += stories.pages
    pages += [
        Page(f"{folder}/{b.id}.json", json.dumps(to_dict(b), ensure_ascii=False, indent=1))
        for b in ordered
    ]
    pages.append(
        Page(f"{folder}/briefs.json", json.dumps([to_dict(b) for b in ordered], ensure_ascii=False))
    )
    pages.append(
        Page(
            f"{folder}/index.md",
            _front_matter("Briefings", "All briefings")
            + _env()
            .get_template("briefings.md.j2")
            .render(
                briefs=ordered, dir=folder, href=_href_from(f"{folder}/index.md", directory_urls)
            ),
        )
    )
    pages.append(_errors_page(problems, folder))
    pages.append(
        Page(
            "index.md",
            _front_matter(site_name, f"{len(ordered)} briefings")
            + _env()
            .get_template("home.md.j2")
            .render(
                site_name=site_name,
                count=len(ordered),
                latest=ordered[:HOME_LATEST],
                actors=_top(briefs, "actors"),
                places=_top(briefs, "places"),
                problems=[str(p) for p in problems],
                dir=folder,
                href=_href_from("index.md", directory_urls),
            ),
        )
    )
    return pages


def _errors_page(problems: Sequence[BriefgenError], folder: str) -> Page:
    """The page listing every skipped article as `path:line: message` (linked from the home page)."""
    content = _env().get_template("errors.md.j2").render(problems=[str(p) for p in problems])
    return Page(
        f"{folder}/errors.md", _front_matter("Articles that could not be read", "") + content
    )


def _top(briefs: Sequence[Brief], family: str) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for brief in briefs:
        counts.update({item.name for item in getattr(brief, family)})
    # ties broken by name: set order changes with the hash seed, and builds must be reproducible
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:HOME_TOP]
