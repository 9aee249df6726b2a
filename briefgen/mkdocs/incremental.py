"""Incremental builds: a generated page whose key (its Markdown, its place, the site's salt) is the
one its HTML in the previous site was made under is neither converted nor rendered again; its file
is hard-linked from the previous site and its search entries and front matter come from the store.

The previous site is the published one for `briefgen build` (which builds beside it and swaps),
or, for `mkdocs build` and `mkdocs serve`, the site folder as the last build left it: moved aside
before MkDocs empties it, and removed once the new site is written. Hard links share the bytes; no
file of the previous site is ever written to.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from briefgen.mkdocs import store
from briefgen.mkdocs.previous import SkippedPages, move_aside
from briefgen.mkdocs.store import Stored, page_key, signature
from briefgen.render.context import Page as GeneratedPage

REUSED_TEMPLATE = "briefgen-reused.html"
"""The template a reused page is 'rendered' with: nothing (its stored file is linked instead)."""


class Incremental:
    """The page store of one site across its builds (one per plugin instance)."""

    def __init__(self) -> None:
        self.store_path: Path | None = None
        self.publish_to: Path | None = None
        """Where `briefgen build` will publish the site it builds in a staging folder."""
        self.previous: Path | None = None
        self.moved_aside = False
        self.stored: dict[str, Stored] = {}
        self.salt: str | None = None
        self.reused: dict[str, Stored] = {}
        self.rendered: dict[str, tuple[str, str | None, dict[str, Any] | None]] = {}
        self.entries: list[str] = []
        self.search: dict[str, tuple[str, ...]] = {}
        self.filter = SkippedPages(self.reused)
        self.serving = False
        """Under `mkdocs serve`."""

    # --- before the pages ---------------------------------------------------------------------

    def begin(self, config: MkDocsConfig, cache: Path | None) -> None:
        """Find the previous site and its store (called before MkDocs empties the site folder)."""
        site = Path(config.site_dir)
        published = self.publish_to or site
        self.store_path = store.store_file(cache, published) if cache else None
        self.reused.clear()
        self.rendered.clear()
        self.entries = []
        self.search = {}
        self.previous, self.moved_aside = None, False
        self.stored = store.load(self.store_path)
        if not self.stored:
            return
        if self.publish_to is not None:
            self.previous = self.publish_to if self.publish_to.is_dir() else None
        elif site.is_dir() and any(site.iterdir()):
            self.previous = move_aside(site)
            self.moved_aside = True
        logging.getLogger("mkdocs.commands.build").addFilter(self.filter)

    def set_salt(self, value: str | None) -> None:
        self.salt = value
        if value is None:
            self.stored = {}

    def reuse(self, page: GeneratedPage, site_dir: Path) -> bool:
        """Whether `page` can be taken from the previous site: by the digest of its inputs
        without rendering it, else by its content. A reused file that is not a page (data) is
        linked into `site_dir` at once; a page is linked when MkDocs gets to it."""
        if self.salt is None:
            return False
        src = page.src_uri
        inputs = page_key(self.salt, src, page.inputs, "inputs") if page.inputs else None
        old = self.stored.get(src)
        usable = (
            old is not None
            and self.previous is not None
            and signature(self.previous / old.dest) == old.signature
        )
        if old is not None and usable and inputs is not None and old.inputs == inputs:
            self.reused[src] = old
        else:
            key = page_key(self.salt, src, page.content)
            self.rendered[src] = (key, inputs, {})
            if old is None or not usable or old.key != key:
                return False
            self.reused[src] = replace(old, inputs=inputs)
        if not src.endswith(".md"):
            self._link(self.reused[src].dest, site_dir)
        return True

    # --- page events --------------------------------------------------------------------------

    def page_markdown(self, page: Page, markdown: str) -> str:
        """A reused page gets its front matter back and is not converted."""
        old = self.reused.get(page.file.src_uri)
        if old is None:
            if page.file.src_uri in self.rendered:
                key, inputs, _ = self.rendered[page.file.src_uri]
                self.rendered[page.file.src_uri] = (key, inputs, _plain(page.meta))
            return markdown
        page.meta = {**old.meta, "template": REUSED_TEMPLATE}
        page.render = _no_render(page)  # type: ignore[method-assign]
        return ""

    def watch_search(self, plugins: Any) -> None:
        """Take the entries Material's search makes of each page as they are made, and give a
        reused page its stored ones (the index is written whole at the end, in page order)."""
        search = plugins.get("search") or plugins.get("material/search")
        index = getattr(search, "search_index", None)
        if index is None or not hasattr(index, "add_entry_from_context"):
            return
        original: Callable[[Page], None] = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            old = self.reused.get(page.file.src_uri)
            if old is not None:
                self.entries.extend(old.search)
                return
            start = len(index.entries)
            original(page)
            made = tuple(
                json.dumps(e, separators=(",", ":"), default=str) for e in index.entries[start:]
            )
            del index.entries[start:]
            self.entries.extend(made)
            self.search[page.file.src_uri] = made

        index.add_entry_from_context = add_entry_from_context

    def env(self, env: Environment) -> None:
        env.loader = ChoiceLoader([DictLoader({REUSED_TEMPLATE: ""}), *_loaders(env)])

    def post_page(self, page: Page, site_dir: Path, output: str) -> str:
        """A reused page's file is linked from the previous site; MkDocs writes nothing for it."""
        old = self.reused.get(page.file.src_uri)
        if old is None or self.previous is None:
            return output
        self._link(old.dest, site_dir)
        return ""

    def _link(self, dest: str, site_dir: Path) -> None:
        assert self.previous is not None
        target = site_dir / dest
        try:
            os.link(self.previous / dest, target)
        except FileNotFoundError:  # its folder is not there yet (the spare site keeps most)
            target.parent.mkdir(parents=True, exist_ok=True)
            self._link_or_copy(self.previous / dest, target)
        except OSError:
            shutil.copy2(self.previous / dest, target)

    @staticmethod
    def _link_or_copy(source: Path, target: Path) -> None:
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)

    # --- after the pages ----------------------------------------------------------------------

    def write_search_index(self, site_dir: Path) -> None:
        """Material's index with every page's entries, the reused ones included."""
        path = site_dir / "search" / "search_index.json"
        if not path.exists() or not (self.entries or self.search or self.reused):
            return
        config = json.loads(path.read_text(encoding="utf-8"))["config"]
        head = json.dumps({"config": config}, separators=(",", ":"), default=str)[:-1]
        path.write_text(head + ',"docs":[' + ",".join(self.entries) + "]}", encoding="utf-8")

    def finish(self, config: MkDocsConfig, files: Files) -> None:
        """Record what this build wrote, for the next one."""
        site = Path(config.site_dir)
        pages: dict[str, Stored] = dict(self.reused)
        if self.salt is not None:
            for file in files:
                src = file.src_uri
                if src in self.reused or src not in self.rendered:
                    continue
                key, inputs, meta = self.rendered[src]
                sig = signature(site / file.dest_uri)
                if sig is not None and meta is not None:
                    search = self.search.get(src, ())
                    pages[src] = Stored(key, inputs, file.dest_uri, sig, meta, search)
        store.save(self.store_path, self.publish_to or site, pages)
        self.end()

    def end(self) -> None:
        """Let go of the previous site if it was moved aside, and of this build's records."""
        logging.getLogger("mkdocs.commands.build").removeFilter(self.filter)
        if self.moved_aside and self.previous is not None:
            if self.serving:  # the page is served already: the old folder goes meanwhile
                threading.Thread(target=shutil.rmtree, args=(self.previous, True)).start()
            else:
                shutil.rmtree(self.previous, ignore_errors=True)
        self.previous, self.moved_aside = None, False
        self.entries = []


def _no_render(page: Page) -> Callable[..., None]:
    def render(config: MkDocsConfig, files: Any) -> None:
        page.content = ""

    return render


def _plain(meta: Mapping[str, Any]) -> dict[str, Any] | None:
    """`meta` if it survives JSON unchanged (else the page is not stored)."""
    try:
        copy = json.loads(json.dumps(meta))
    except (TypeError, ValueError):
        return None
    return copy if copy == dict(meta) else None


def _loaders(env: Environment) -> list[Any]:
    return [env.loader] if env.loader is not None else []
