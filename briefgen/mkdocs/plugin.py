"""The MkDocs plugin: hands briefgen's generated pages to MkDocs and watches the seeds folder.

Its options are the keys of `briefgen.config.Settings`, checked by `load_settings`; the work is
done by `briefgen.pipeline.build_site`.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config import config_options as c
from mkdocs.config.base import LegacyConfig, PlainConfigSchema
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from briefgen.config import PLUGIN_KEYS, Settings, load_settings
from briefgen.errors import BriefgenError, ReadWarning
from briefgen.mkdocs.incremental import Incremental
from briefgen.mkdocs.salt import salt
from briefgen.mkdocs.search import index_site, search_page, searchable
from briefgen.pdf import write_briefings
from briefgen.pipeline import build_site
from briefgen.project import setting_lines
from briefgen.render import Page as GeneratedPage
from briefgen.spool import open_spool, spool_parent

log = get_plugin_logger("briefgen")
PACKAGE = Path(__file__).resolve().parent.parent
CSS = "assets/briefgen.css"
SHIM = "assets/iframe-worker-shim.js"


@dataclass(frozen=True, slots=True)
class Built:
    """What a build made of the seeds (for `briefgen build`'s summary)."""

    briefings: int
    """Briefings built."""
    problems: tuple[BriefgenError, ...]
    """One error per article skipped."""


class BriefgenPlugin(BasePlugin[LegacyConfig]):  # type: ignore[no-untyped-call]
    """Generates a briefing page per article in `seeds`, plus index pages, during every build."""

    # every key of the `briefgen` block, taken as written: `load_settings` checks them all
    config_scheme: PlainConfigSchema = tuple((key, c.Type(object)) for key in PLUGIN_KEYS)

    def __init__(self) -> None:
        self.settings = Settings()
        self.root = Path.cwd()
        self.built: Built | None = None
        """What the last build made of the seeds; the briefs themselves are let go once their
        pages are rendered."""
        self.pdfs: dict[str, bytes] = {}
        self.spool: tempfile.TemporaryDirectory[str] | None = None
        """The folder the generated pages of the running build are written to."""
        self.generated: set[str] = set()
        """Source paths of the pages briefgen generated in the running build."""
        self.incremental = Incremental()
        self.files = Files([])

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # defined, so MkDocs keeps this plugin (and its page store) from one rebuild to the next
        self.incremental.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config_file = Path(config.config_file_path or "mkdocs.yml")
        self.root = config_file.resolve().parent
        given = {key: value for key, value in self.config.items() if value is not None}
        try:
            self.settings = load_settings(
                given, str(config_file), setting_lines(config_file), site_name=config.site_name
            )
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

    def on_pre_build(self, config: MkDocsConfig) -> None:
        cache = self.root / self.settings.cache if self.settings.cache else None
        self.incremental.begin(config, cache)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        docs = Path(config.docs_dir)
        own = [
            Path(f.abs_src_path) for f in files if f.abs_src_path and _inside(f.abs_src_path, docs)
        ]
        self.incremental.set_salt(salt(config, own))
        self.incremental.watch_search(config.plugins)
        site = build_site(
            self.settings,
            self.root,
            directory_urls=bool(config.use_directory_urls),
            site_url=config.site_url,
        )
        self.built = Built(site.briefings, site.problems)
        for problem in site.problems:
            # a warning under `mkdocs build --strict` fails the build, as a skipped article does
            left_out = not isinstance(problem, ReadWarning)
            log.warning("%s%s", problem, " (article skipped)" if left_out else "")
        for problem in site.pdf_problems:
            log.warning("%s (no PDF for this briefing)", problem)
        self.pdfs = site.pdfs
        assets = [
            (uri, (PACKAGE / uri).read_text(encoding="utf-8"))
            for uri in (CSS, *([SHIM] if SHIM in config.extra.get("polyfills", []) else []))
        ]
        if self.settings.search == "pagefind":
            assets.append(search_page(bool(config.use_directory_urls)))
        # Pages go to a spool folder as they are rendered and MkDocs reads each when it gets to
        # it: thousands of briefings are never all held in memory as Markdown at once. A killed
        # build's spool is removed by the next build (`briefgen.spool`).
        self._close_spool()
        self.spool = open_spool(spool_parent(self.root, self.settings.cache))
        spool = Path(self.spool.name)
        self.generated = set()
        site_dir = Path(config.site_dir)
        extra = (GeneratedPage(uri, content) for uri, content in assets)
        for page in chain(site.pages, extra):
            src_uri = page.src_uri
            if files.get_file_from_path(src_uri) is not None:
                if src_uri == "index.md":
                    continue  # the project's own home page wins
                raise PluginError(
                    f"{src_uri}: generated by briefgen but also present in docs/; remove one"
                )
            self.generated.add(src_uri)
            if self.incremental.reuse(page, site_dir):
                if src_uri.endswith(".md"):  # its HTML comes from the previous site:
                    files.append(File.generated(config, src_uri, content=""))  # never read
                continue  # a data file is linked already
            path = spool / src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.content, encoding="utf-8")
            files.append(File.generated(config, src_uri, abs_src_path=str(path)))
        log.info(
            "%d briefings, %d articles skipped; %d of %d pages unchanged",
            site.briefings,
            len(site.problems),
            sum(1 for uri in self.incremental.reused if uri.endswith(".md")),
            sum(1 for uri in self.generated if uri.endswith(".md")),
        )
        self.files = files
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if not self._generated(page):
            return markdown
        return self.incremental.page_markdown(page, markdown)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        self.incremental.env(env)
        return env

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
        return page.file.src_uri in self.generated and page.file.generated_by is not None

    @event_priority(-100)  # last: after every other plugin is done with `page.content`
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.incremental.reused:
            return self.incremental.post_page(page, Path(config.site_dir), output)
        if self.settings.search == "pagefind":
            output = searchable(output, page.file.src_uri)
        if self._generated(page):
            page.content = ""  # in `output` now; the HTML of every page held to the end adds up
        return output

    # after Material's search has written its index, before its offline plugin reads it (-100)
    @event_priority(-50)
    def on_post_build(self, config: MkDocsConfig) -> None:
        self._close_spool()
        self.incremental.write_search_index(Path(config.site_dir))
        self.incremental.finish(config, self.files)
        folder = Path(config.site_dir) / self.settings.briefings_dir
        write_briefings(self.pdfs, folder)
        if self.pdfs:
            log.info("%d briefing PDFs written to %s", len(self.pdfs), folder)
        if self.settings.search == "pagefind":
            try:
                index_site(Path(config.site_dir))
            except BriefgenError as exc:
                raise PluginError(str(exc)) from exc

    def on_build_error(self, *, error: Exception) -> None:
        self._close_spool()
        self.incremental.end()

    def _close_spool(self) -> None:
        if self.spool is not None:
            self.spool.cleanup()
            self.spool = None

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        seeds = self.root / self.settings.seeds  # an absolute `seeds` stays as it is
        if seeds.is_dir():
            server.watch(str(seeds))
        return server


def _inside(path: str, folder: Path) -> bool:
    return Path(path).is_relative_to(folder)
