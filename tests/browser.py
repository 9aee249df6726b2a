"""A real headless Chromium (Debian's, driven by Playwright) against a site served on localhost."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

if TYPE_CHECKING:  # Playwright itself is imported by the `browser` fixture alone
    from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, Request, Route

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})


def chromium_path() -> str:
    """Debian's chromium (or $BRIEFGEN_CHROMIUM); `make test` installs it when run as root."""
    path = os.environ.get("BRIEFGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError(
            "chromium not found: run `make test` as root, or `apt-get install chromium`"
        )
    return path


def expect(target: Any) -> Any:
    """Playwright's `expect(target)`, imported when a browser test first asserts with it."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def launch(playwright: Playwright) -> Browser:
    """A headless Chromium that makes no background requests of its own."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free localhost port; yields the base URL ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Watched:
    """A page with what it did: console errors and requests that tried to leave localhost."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


def watch(
    browser: Browser, width: int = 1280, color_scheme: Literal["light", "dark"] = "light"
) -> Watched:
    """A new page that records console errors and blocks (and records) any non-local request.

    `width` is the viewport's (390 is a phone's); `color_scheme` is what the system prefers.
    """
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=color_scheme
    )
    watched = Watched(context.new_page())

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watched.console_errors.append(message.text)

    def on_route(route: Route, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname not in LOCAL_HOSTS | {
            "::1"
        }:
            watched.outside_requests.append(request.url)
            route.abort()
        else:
            route.continue_()

    watched.page.on("console", on_console)
    watched.page.on("pageerror", lambda error: watched.page_errors.append(str(error)))
    context.route("**/*", on_route)
    return watched
