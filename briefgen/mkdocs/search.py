"""Search that scales: index the built site with Pagefind, so that a query downloads only the index
fragments it needs, and a `search/` page that queries it with Pagefind's own UI. What is indexed
is told by the Material theme's page markup."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import re
import subprocess
import sys
from pathlib import Path

from briefgen.errors import BriefgenError
from briefgen.extras import missing

SEARCH_PAGE = "search.md"
# Material puts a page's content in this element: indexing it alone leaves out the header, the
# nav and the footer that every page repeats.
CONTENT = "article.md-content__inner"
_CONTENT_TAG = '<article class="md-content__inner md-typeset">'
_CONTINUATION = re.compile(r"(^|/)page/\d+\.md$")
# Not indexed: heading permalinks (the ¶ signs), the page's own search box, and what repeats text
# that has a page of its own: a briefing's tables and lists restate sentences of its full text,
# and lists of briefings (on actor, place, story, timeline and index pages) restate briefings.
# Each page is still found by its title and lead, and a briefing by its full text; Pagefind's
# memory grows with the words it indexes (5.4 GB for 10,000 briefings with all of them).
NOT_CONTENT = ", ".join(
    (
        *(".headerlink", "#briefgen-search", ".bg-pager", ".bg-data", ".bg-tags"),
        *(".bg-key-points", ".bg-table", ".bg-quotes", ".bg-sources", ".bg-places", ".bg-named"),
        *(".bg-related", ".bg-story", ".bg-briefings", ".bg-stories", ".bg-updates"),
        ".bg-timeline",
    )
)

# Pagefind's UI dressed in Material's colours (light and dark schemes alike), and told where the
# site's root is from its own script's address, so the site can be hosted under a sub-path.
_PAGE = """\
---
title: Search
---

# Search

<link rel="stylesheet" href="{bundle}pagefind-ui.css">
<style>
#briefgen-search {{
  --pagefind-ui-primary: var(--md-primary-fg-color);
  --pagefind-ui-text: var(--md-typeset-color);
  --pagefind-ui-background: var(--md-default-bg-color);
  --pagefind-ui-border: var(--md-default-fg-color--lightest);
  --pagefind-ui-tag: var(--md-default-fg-color--lightest);
  --pagefind-ui-font: inherit;
}}
#briefgen-search ol, #briefgen-search ul, #briefgen-search li {{
  margin-left: 0;
  list-style: none;
}}
</style>
<div id="briefgen-search" data-pagefind-ignore="all"></div>
<script src="{bundle}pagefind-ui.js"></script>
<script>
  (function () {{
    var script = document.querySelector('script[src$="pagefind-ui.js"]');
    new PagefindUI({{
      element: "#briefgen-search",
      baseUrl: new URL("..", script.src).pathname,
      showSubResults: true,
      showImages: false,
      autofocus: true
    }});
  }})();
</script>
"""


def search_page(directory_urls: bool) -> tuple[str, str]:
    """The `search/` page (its source path and Markdown) that queries the Pagefind index."""
    bundle = "../pagefind/" if directory_urls else "pagefind/"
    return SEARCH_PAGE, _PAGE.format(bundle=bundle)


def searchable(html: str, src_uri: str) -> str:
    """`html` of a built page with its content marked for Pagefind, unless it is the second or a
    later page of a list: Pagefind leaves out the pages not marked, and those hold only lists of
    what has a page of its own (about a quarter of a large site's pages)."""
    if _CONTINUATION.search(src_uri):
        return html
    return html.replace(_CONTENT_TAG, _CONTENT_TAG[:-1] + " data-pagefind-body>", 1)


def index_site(site_dir: Path) -> None:
    """Write a Pagefind index of the built site into `site_dir/pagefind/`."""
    problem = missing("pagefind")
    if problem is not None:
        raise BriefgenError(str(site_dir), None, problem)
    _release_memory()  # Pagefind is a second large process: make room for it first
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir)]
    command += ["--root-selector", CONTENT, "--exclude-selectors", NOT_CONTENT, "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise BriefgenError(str(site_dir), None, f"could not run Pagefind: {exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip() or f"exit code {done.returncode}"
        raise BriefgenError(
            str(site_dir),
            None,
            f"Pagefind could not index the site: {detail}",
        )


def _release_memory() -> None:
    """Give the memory the build has freed back to the system (glibc keeps freed heap for the
    process otherwise); elsewhere than on glibc this does nothing."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
