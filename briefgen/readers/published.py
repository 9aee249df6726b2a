"""When a saved web page says it was published: the date and the clock time from the page's own
publication metadata (Open Graph and schema.org tags, JSON-LD, a `<time>` element).

trafilatura's date finder gives the day alone, and where a page carries several dates it may
take one from the address or the text; the publisher's own `published_time` tag is the first
choice here because it also says at what hour the story went out.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from lxml import html as lxml_html

# Publication tags, most explicit first; a modified or created time is not a publication time.
_META = (
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("property", "og:published_time"),
    ("name", "article:published_time"),
    ("property", "og:pubdate"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "dc.date.issued"),
)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The day in a story's own address: ".../2010/08/13/slug", ".../2010/POLITICS/08/13/slug"
_ADDRESS_DAY = re.compile(r"/((?:19|20)\d\d)/(?:[A-Za-z-]+/)?(\d\d)/(\d\d)/")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def published_at(page: str) -> tuple[date, time | None] | None:
    """The publication day and, where the page gives one, its clock time (with the page's UTC
    offset); None when the page has no publication metadata of its own."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    for attribute, name in _META:
        lowered = f"translate(@{attribute}, '{_UPPER}', '{_UPPER.lower()}')"
        for node in tree.xpath(f"//meta[{lowered}='{name.lower()}']"):
            found = _parse(node.get("content"))
            if found is not None:
                return found
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for value in _JSON_LD_PUBLISHED.findall(script.text or ""):
            found = _parse(value)
            if found is not None:
                return found
    # a `<time>` marked as the publication time, else the page's first one (the story's stamp
    # comes before any comment or related link)
    for node in tree.xpath("//time[@pubdate or @itemprop='datePublished']") + tree.xpath(
        "(//time[@datetime])[1]"
    ):
        found = _parse(node.get("datetime"))
        if found is not None:
            return found
    return _address_day(tree)


def _address_day(tree: lxml_html.HtmlElement) -> tuple[date, time | None] | None:
    """The day in the page's canonical address: a saved page's other dates (copyright lines,
    links to the day it was saved) are not when the story was published."""
    addresses = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    for address in addresses:
        match = _ADDRESS_DAY.search(str(address))
        if match is not None:
            try:
                return date(*(int(part) for part in match.groups())), None
            except ValueError:
                continue
    return None


def _parse(value: str | None) -> tuple[date, time | None] | None:
    """An ISO 8601 date or date-time ("2019-11-19T02:34:30Z", "2019-11-19")."""
    text = (value or "").strip()
    # "0001-01-01T00:00:00" is a content system's empty value, not a day news was published
    if not re.match(r"(?:19|20)\d\d-\d\d-\d\d", text):
        return None
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(text[:10]), None
        except ValueError:
            return None
    if len(text) <= 10:
        return stamp.date(), None
    return stamp.date(), stamp.timetz()
