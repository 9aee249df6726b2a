"""Where generated files live and how pages link to each other, with and without directory URLs."""

from __future__ import annotations

import html
import posixpath
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import jinja2
import yaml

Href = Callable[[str], str]
"""Turns a target's docs path ("actors/x.md", optionally with "#s3") into a relative link."""


@lru_cache(maxsize=1)
def env() -> jinja2.Environment:
    """The template environment; autoescaped because every article string is untrusted."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefgen", "render/templates"),
        autoescape=True,
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


def href_from(src_uri: str, directory_urls: bool) -> Href:
    """Relative links from the page `src_uri` to other files of the site."""
    here = url_of(src_uri, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"

    def href(target: str) -> str:
        target, hash_, fragment = target.partition("#")
        to = url_of(target, directory_urls)
        rel = posixpath.relpath(to or ".", base.rstrip("/") or ".")
        if to.endswith("/") and not rel.endswith("/"):
            rel += "/"
        if not directory_urls and rel.endswith("/"):
            rel += "index.html"  # file:// shows a folder listing, not its index.html
        return rel + hash_ + fragment

    return href


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
