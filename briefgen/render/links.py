"""How pages link to each other (with and without directory URLs) and to a fact's sentence, and
the front matter Material reads."""

from __future__ import annotations

import html
import posixpath
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import yaml

from briefgen.records import Brief, Evidence

Href = Callable[[str], str]
"""Turns a target's docs path ("actors/x.md", optionally with "#s3") into a relative link."""


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


def href_from(src_uri: str, directory_urls: bool) -> Href:
    """Relative links from the page `src_uri` to other files of the site."""
    here = url_of(src_uri, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"

    start = [part for part in base.split("/") if part]

    def href(target: str) -> str:
        target, hash_, fragment = target.partition("#")
        to = url_of(target, directory_urls)
        rel = _relative(to, start)
        if to.endswith("/") and not rel.endswith("/"):
            rel += "/"
        if not directory_urls and rel.endswith("/"):
            rel += "index.html"  # file:// shows a folder listing, not its index.html
        return rel + hash_ + fragment

    return href


def _relative(to: str, start: list[str]) -> str:
    """posixpath.relpath(to, start) for the site's own relative URLs (no "." or ".." in them),
    without its calls to os.getcwd: a large site makes hundreds of thousands of links."""
    parts = [part for part in to.split("/") if part]
    common = 0
    for a, b in zip(parts, start, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + parts[common:]) or "."


def sentence_anchor(brief: Brief, evidence: Sequence[Evidence]) -> str:
    """The anchor ("s3") of the sentence on the briefing page that holds the first evidence span,
    or "full-text" when there is no evidence or the brief has no sentences."""
    starts = [s.start for s in brief.sentences]
    if not evidence or not starts:
        return "full-text"
    return f"s{max(0, bisect_right(starts, evidence[0].start) - 1) + 1}"


def bracket_free(text: str) -> str:
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


def front_matter(title: str, description: str, **extra: Any) -> str:
    """YAML front matter; title, description and tags reach Material's unescaped templates."""
    # Material prints page.title into <title> through `striptags` (which un-escapes entities) and
    # the description into an attribute, in a Jinja environment without autoescaping.
    meta: dict[str, Any] = {
        "title": bracket_free(title),
        "description": bracket_free(description[:160]),
    }
    if "tags" in extra:
        extra["tags"] = [bracket_free(t) for t in extra["tags"]]
    meta.update(extra)
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"
