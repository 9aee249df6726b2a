"""Read a saved web page: trafilatura finds the main text and the metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import trafilatura

from briefgen.errors import ReadError
from briefgen.readers._decode import check_length, decode
from briefgen.readers.cards import drop_cards
from briefgen.readers.clutter import drop_clutter
from briefgen.readers.headline import drop_headline
from briefgen.readers.markup import drop_marked
from briefgen.readers.published import published_at
from briefgen.readers.text import split_dateline, unwrap
from briefgen.records import Article
from briefgen.urls import web_address


def read(path: Path, display_path: str) -> Article:
    """Read a .html article: main text without boilerplate, captions or share links."""
    page = decode(display_path, path.read_bytes())
    html = drop_marked(drop_cards(page))
    doc = trafilatura.bare_extraction(
        html,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        as_dict=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ReadError(display_path, 1, "no article text found in this web page")
    body = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    body = drop_headline(drop_clutter(body), _clean(getattr(doc, "title", None)))
    check_length(display_path, body, counted_from_file=False)
    dateline, body = split_dateline(unwrap(body))  # pages saved from hard-wrapped copy too
    # the publisher's own publication tag first: it carries the hour, and trafilatura's date
    # finder may take a day from the address or the text instead
    stamp = published_at(page)
    published = stamp[0] if stamp is not None else _date(getattr(doc, "date", None))
    tags = tuple(t.strip() for t in (getattr(doc, "tags", None) or []) if t and t.strip())
    return Article(
        source_path=display_path,
        body=body.strip(),
        title=_clean(getattr(doc, "title", None)),
        published=published,
        published_time=stamp[1] if stamp is not None else None,
        source=_clean(getattr(doc, "sitename", None)),
        url=_web(_clean(getattr(doc, "url", None))),
        author=_clean(getattr(doc, "author", None)),
        tags=tags,
        dateline=dateline,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _web(url: str | None) -> str | None:
    # the page's own canonical link, as trafilatura found it: kept only if it is a web address
    return url if web_address(url) is not None else None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
