"""Long lists split into pages, so that no generated page grows with the corpus.

Where a page ends is decided by the items themselves (content-defined chunking): a page ends after
an item whose key hashes to a multiple of `_DIVISOR`, once the page holds `MIN_PER_PAGE` items, or
at `MAX_PER_PAGE`. A briefing added to the top of a list of 10,000 then changes the page it lands
on, not all 200 pages behind it (which fixed-size pages would shift by one item each), and an
incremental build renders that one page again. Only the first page of a list says how long the
whole list is, for the same reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from briefgen.render.context import Page, SiteContext
from briefgen.render.links import Href, front_matter
from briefgen.templates import render

PER_PAGE = 50
"""Items on one page of a long list, on average."""
MIN_PER_PAGE = 25
"""Items on a page of a long list, at least (but the last)."""
MAX_PER_PAGE = 100
"""Items on a page of a long list, at most."""
_DIVISOR = PER_PAGE - MIN_PER_PAGE

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Chunk(Generic[T]):
    """One page of a paginated list."""

    src_uri: str
    """Where this page is written ("actors/index.md", then "actors/page/2.md" …)."""
    number: int
    """1-based page number."""
    items: Sequence[T]
    """The items shown on this page."""
    pages: tuple[str, ...]
    """The src_uri of every page of the list, in order."""
    offset: int
    """How many items come before this page."""

    @property
    def total(self) -> int:
        """Number of pages in the list."""
        return len(self.pages)


def page_uri(first: str, number: int) -> str:
    """The src_uri of page `number` of the list whose first page is `first`."""
    if number == 1:
        return first
    base = first[:-3]
    if base == "index" or base.endswith("/index"):
        base = base[:-6]
    return f"{base}/page/{number}.md".lstrip("/")


def item_key(item: object) -> str:
    """What identifies a list item from one build to the next: a briefing's id, an entity's
    slug, the parts of a pair, else its text."""
    for name in ("id", "slug"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return value
    if isinstance(item, tuple):
        return "\x1f".join(item_key(part) for part in item)
    brief = getattr(item, "brief", None)
    if brief is not None:
        return item_key(brief) + "\x1f" + repr(getattr(item, "event", getattr(item, "item", "")))
    return repr(item)


def _ends_page(item: object) -> bool:
    digest = hashlib.blake2b(item_key(item).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % _DIVISOR == 0


def bounds(items: Sequence[T]) -> list[tuple[int, int]]:
    """Where each page of `items` starts and ends (content-defined; see the module's doc)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for n, item in enumerate(items):
        size = n + 1 - start
        if size >= MAX_PER_PAGE or (size >= MIN_PER_PAGE and _ends_page(item)):
            spans.append((start, n + 1))
            start = n + 1
    if start < len(items) or not spans:
        spans.append((start, len(items)))
    return spans


def paginate(first: str, items: Sequence[T]) -> list[Chunk[T]]:
    """`items` split into pages; an empty list is still one (empty) page."""
    spans = bounds(items)
    pages = tuple(page_uri(first, n) for n in range(1, len(spans) + 1))
    return [
        Chunk(pages[n], n + 1, items[start:end], pages, start)
        for n, (start, end) in enumerate(spans)
    ]


def window(chunk: Chunk[T], spread: int = 2) -> list[tuple[int, str | None]]:
    """Page numbers to offer from `chunk`: first, last and a few around it; None marks a gap."""
    keep = {1, chunk.total, *range(chunk.number - spread, chunk.number + spread + 1)}
    numbers = sorted(n for n in keep if 1 <= n <= chunk.total)
    out: list[tuple[int, str | None]] = []
    for n in numbers:
        if out and n - out[-1][0] > 1:
            out.append((0, None))
        out.append((n, chunk.pages[n - 1]))
    return out


def paged_title(name: str, number: int, total: int) -> str:
    """A list page's title: the name, with the page number when there are several."""
    return name if total == 1 else f"{name} (page {number} of {total})"


def paged_front_matter(title: str, description: str, number: int) -> str:
    """Front matter of page `number` of a list."""
    # later pages of a list repeat what page 1 is found by; keep them out of the search index
    if number > 1:
        return front_matter(title, description, search={"exclude": True})
    return front_matter(title, description)


def paged_pages(
    site: SiteContext,
    first: str,
    items: Sequence[T],
    *,
    template: str,
    title: str,
    description: str,
    per_chunk: Callable[[Chunk[T], Href], Mapping[str, Any]] | None = None,
    **context: Any,
) -> list[Page]:
    """The pages of one long list: `template` rendered once per chunk of `items`.

    Every template gets `site`, `chunk`, `total` (items in the whole list), `heading`, `window`
    and `href` besides `context`; `per_chunk` adds what depends on the chunk (a map on page 1, month groups).
    """
    pages = []
    for chunk in paginate(first, items):
        heading = paged_title(title, chunk.number, chunk.total)
        href = site.href(chunk.src_uri)
        extra = per_chunk(chunk, href) if per_chunk is not None else {}
        inputs = site.inputs(
            template, chunk, len(items), heading, description, sorted(context.items()), extra
        )
        make = partial(
            _render_chunk,
            template,
            dict(context, **extra),
            site=site,
            chunk=chunk,
            total=len(items),
            heading=heading,
            href=href,
            description=description,
        )
        pages.append(Page(chunk.src_uri, make=make, inputs=inputs))
    return pages


def _render_chunk(
    template: str,
    context: dict[str, Any],
    *,
    site: SiteContext,
    chunk: Chunk[Any],
    total: int,
    heading: str,
    href: Href,
    description: str,
) -> str:
    # templates read `site` only for `site.brief_uri` (briefings_dir), which every digest holds
    body = render(
        template,
        **context,
        site=site,
        chunk=chunk,
        total=total,
        heading=heading,
        window=window,
        href=href,
    )
    return paged_front_matter(heading, description, chunk.number) + body
