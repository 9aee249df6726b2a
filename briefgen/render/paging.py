"""Long lists split into pages of a fixed size, so that no generated page grows with the corpus."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from briefgen.render.context import Page, SiteContext
from briefgen.render.links import Href, front_matter
from briefgen.templates import render

PER_PAGE = 50
"""Items on one page of a long list."""

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


def paginate(first: str, items: Sequence[T], per_page: int = PER_PAGE) -> list[Chunk[T]]:
    """`items` split into pages; an empty list is still one (empty) page."""
    count = max(1, -(-len(items) // per_page))
    pages = tuple(page_uri(first, n) for n in range(1, count + 1))
    return [
        Chunk(pages[n], n + 1, items[n * per_page : (n + 1) * per_page], pages, n * per_page)
        for n in range(count)
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
        body = render(
            template,
            **context,
            site=site,
            chunk=chunk,
            total=len(items),
            heading=heading,
            window=window,
            href=href,
            **extra,
        )
        front = paged_front_matter(heading, description, chunk.number)
        pages.append(Page(chunk.src_uri, front + body))
    return pages
