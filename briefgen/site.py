"""The MkDocs adapter: hands briefgen's generated pages to MkDocs and watches the seeds folder."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import tempfile
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from mkdocs.config import base, load_config
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from briefgen.atomic import write_bytes
from briefgen.config import DEFAULT_MODEL, Settings, load_settings
from briefgen.errors import BriefgenError, ConfigError
from briefgen.pipeline import build_corpus
from briefgen.records import Brief
from briefgen.render import render_site
from briefgen.search import index_site, search_page, searchable

log = get_plugin_logger("briefgen")
CSS = "assets/briefgen.css"
SHIM = "assets/iframe-worker-shim.js"


class BriefgenPluginConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the `briefgen` plugin in mkdocs.yml."""

    seeds = c.Type(str, default="seeds")
    model = c.Type(str, default=DEFAULT_MODEL)
    briefings_dir = c.Type(str, default="briefings")
    pdf = c.Type(bool, default=False)
    """Also write a PDF per briefing into the site (`briefings/ID.pdf`), linked from its page."""
    cache = c.Type((str, bool), default=".briefgen-cache")
    """Folder of cached extraction results, beside mkdocs.yml; `false` turns the cache off."""
    workers = c.Type(int, default=0)
    """Processes that extract in parallel; 0 means one per core."""
    dask_scheduler = c.Optional(c.Type(str))
    """Address of a Dask scheduler to extract on instead of this machine."""
    search = c.Choice(("material", "pagefind"), default="material")
    """`pagefind`: also index the built site with Pagefind and add a `search/` page that uses it."""


class BriefgenPlugin(BasePlugin[BriefgenPluginConfig]):  # type: ignore[no-untyped-call]
    """Generates a briefing page per article in `seeds`, plus index pages, during every build."""

    def __init__(self) -> None:
        self.settings = Settings()
        self.root = Path.cwd()
        self.built: Built | None = None
        """What the last build made of the seeds (for `briefgen build`'s summary); the briefs
        themselves are let go once their pages are rendered."""
        self.pdfs: dict[str, bytes] = {}
        self.spool: tempfile.TemporaryDirectory[str] | None = None
        """The folder the generated pages of the running build are written to."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        options: dict[str, Any] = dict(self.config)
        options.pop("pdf")  # the adapter's own switches, not settings of the core
        options.pop("search")
        options["site_name"] = config.site_name
        if options["cache"] is True:
            options["cache"] = None  # `cache: true` is the default folder
        try:
            self.settings = load_settings(options, str(config.config_file_path))
        except BriefgenError as exc:
            raise PluginError(str(exc)) from exc
        if CSS not in config.extra_css:
            config.extra_css.append(CSS)
        offline = config.plugins.get("material/offline")
        if offline is not None and offline.config.enabled:
            # a local iframe-worker shim keeps Material's offline plugin from loading it off unpkg.com
            # (whichever plugin runs first: its unpkg.com address is replaced by the local copy)
            others = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in p]
            config.extra["polyfills"] = [*others, SHIM]
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        corpus = build_corpus(self.settings, self.root)
        self.built = Built(len(corpus.briefs), corpus.problems)
        for problem in corpus.problems:
            log.warning("%s (article skipped)", problem)
        self.pdfs = self._render_pdfs(corpus.briefs) if self.config.pdf else {}
        pages = render_site(
            corpus.briefs,
            corpus.problems,
            folder=self.settings.briefings_dir,
            site_name=self.settings.site_name,
            directory_urls=bool(config.use_directory_urls),
            site_url=config.site_url,
            pdfs=frozenset(self.pdfs),
        )
        assets = [
            (uri, (Path(__file__).parent / uri).read_text(encoding="utf-8"))
            for uri in (CSS, *([SHIM] if SHIM in config.extra.get("polyfills", []) else []))
        ]
        if self.config.search == "pagefind":
            assets.append(search_page(bool(config.use_directory_urls)))
        # Pages go to a spool folder as they are rendered and MkDocs reads each when it gets to
        # it: thousands of briefings are never all held in memory as Markdown at once.
        self._close_spool()
        self.spool = tempfile.TemporaryDirectory(prefix="briefgen-pages-")
        spool = Path(self.spool.name)
        for src_uri, content in chain(((p.src_uri, p.content) for p in pages), assets):
            if files.get_file_from_path(src_uri) is not None:
                if src_uri == "index.md":
                    continue  # the project's own home page wins
                raise PluginError(
                    f"{src_uri}: generated by briefgen but also present in docs/; remove one"
                )
            path = spool / src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            files.append(File.generated(config, src_uri, abs_src_path=str(path)))
        log.info("%d briefings, %d articles skipped", len(corpus.briefs), len(corpus.problems))
        return files

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if self._generated(page):
            # converted: only the HTML is used from here on (empty, not None: MkDocs takes a
            # page without Markdown for one without a title)
            page.markdown = ""
        return html

    def _generated(self, page: Page) -> bool:
        """Whether `page` is one of ours (the project's own pages are left to their plugins)."""
        source = page.file.abs_src_path
        return self.spool is not None and source is not None and source.startswith(self.spool.name)

    def _render_pdfs(self, briefs: tuple[Brief, ...]) -> dict[str, bytes]:
        from briefgen.pdf import render_briefings

        rendered = render_briefings(briefs, site_name=self.settings.site_name)
        for problem in rendered.problems:
            log.warning("%s (no PDF for this briefing)", problem)
        return rendered.pdfs

    @event_priority(-100)  # last: after every other plugin is done with `page.content`
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if self.config.search == "pagefind":
            output = searchable(output, page.file.src_uri)
        if self._generated(page):
            page.content = ""  # in `output` now; the HTML of every page held to the end adds up
        return output

    def on_post_build(self, config: MkDocsConfig) -> None:
        self._close_spool()

        folder = Path(config.site_dir) / self.settings.briefings_dir
        for brief_id, data in self.pdfs.items():
            write_bytes(folder / f"{brief_id}.pdf", data)
        if self.pdfs:
            log.info("%d briefing PDFs written to %s", len(self.pdfs), folder)
        if self.config.search == "pagefind":
            _release_memory()  # Pagefind is a second large process: make room for it first
            try:
                index_site(Path(config.site_dir))
            except BriefgenError as exc:
                raise PluginError(str(exc)) from exc

    def on_build_error(self, *, error: Exception) -> None:
        self._close_spool()

    def _close_spool(self) -> None:
        if self.spool is not None:
            self.spool.cleanup()
            self.spool = None

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        seeds = (
            self.settings.seeds
            if self.settings.seeds.is_absolute()
            else self.root / self.settings.seeds
        )
        if seeds.is_dir():
            server.watch(str(seeds))
        return server


def _release_memory() -> None:
    """Give the memory the build has freed back to the system (glibc keeps freed heap for the
    process otherwise); elsewhere than on glibc this does nothing."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@dataclass(frozen=True, slots=True)
class Built:
    """What a build made of the seeds."""

    briefings: int
    """Briefings built."""
    problems: tuple[BriefgenError, ...]
    """One error per article skipped."""


def project_settings(config_file: Path) -> tuple[Settings, Path]:
    """The settings of the briefgen plugin in `config_file`, and the project folder it lives in."""
    try:
        config = load_config(str(config_file))
        plugin = config.plugins.get("briefgen")
        if not isinstance(plugin, BriefgenPlugin):
            raise ConfigError(str(config_file), None, "no `briefgen` plugin under `plugins:`")
        plugin.on_config(config)
    except (MkDocsException, OSError) as exc:
        raise ConfigError(str(config_file), None, str(exc)) from exc
    return plugin.settings, plugin.root
