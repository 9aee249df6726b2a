"""Machine-readable output: the contract JSON of each briefing, all of them, and an RSS 2.0 feed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, time
from email.utils import format_datetime
from functools import partial
from urllib.parse import urljoin

from briefgen.contract import SCHEMA_FILE, SCHEMA_ID, to_dict
from briefgen.records import Brief
from briefgen.render.context import Page, SiteContext
from briefgen.render.indexes import FEED
from briefgen.render.links import url_of
from briefgen.urls import web_address

FEED_ITEMS = 50
"""Briefings in the feed (the newest)."""
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    """`text` without the control characters XML 1.0 cannot hold (ElementTree escapes the rest)."""
    return _NOT_XML.sub("", text)


def data_files(site: SiteContext) -> Iterator[Page]:
    """`<id>.json` beside each briefing page, `briefs.json` of all of them, and the contract's
    JSON Schema (`brief.schema.json`) that each of them validates against. Each is made only
    when its content is asked for: an incremental build asks only for a changed one's."""
    briefs = site.view.briefs
    for brief in briefs:
        yield Page(
            f"{site.briefings_dir}/{brief.id}.json",
            make=partial(_brief_json, brief),
            inputs=site.inputs("brief.json", brief),
        )
    yield Page(
        f"{site.briefings_dir}/briefs.json",
        make=partial(_briefs_json, briefs),
        inputs=site.inputs("briefs.json", list(briefs)),
    )
    yield Page(f"{site.briefings_dir}/{SCHEMA_ID}", SCHEMA_FILE.read_text(encoding="utf-8"))


def _brief_json(brief: Brief) -> str:
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=1)


def _briefs_json(briefs: Sequence[Brief]) -> str:
    # one brief's JSON at a time: no list of every brief as dicts
    return "[" + ", ".join(json.dumps(to_dict(b), ensure_ascii=False) for b in briefs) + "]"


def rss_feed(site: SiteContext) -> list[Page]:
    """`feed.xml`: the newest briefings as RSS 2.0.

    Feed readers need absolute links, which only `site_url` gives; without it the links are
    relative to the feed's own address (at the site root), which most readers resolve.
    """
    base = (site.site_url.rstrip("/") + "/") if site.site_url else ""
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = _xml_text(site.site_name)
    ET.SubElement(channel, "link").text = base or "./"
    ET.SubElement(channel, "description").text = _xml_text(
        f"The latest briefings of {site.site_name}"
    )
    for brief in site.view.briefs[:FEED_ITEMS]:
        link = urljoin(base, url_of(site.brief_uri(brief), site.directory_urls))
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = _xml_text(brief.title)
        ET.SubElement(item, "link").text = link
        ET.SubElement(item, "guid", isPermaLink="true" if base else "false").text = link
        ET.SubElement(item, "description").text = _xml_text(brief.summary)
        if brief.published:
            moment = datetime.combine(brief.published, time(0, 0), UTC)
            ET.SubElement(item, "pubDate").text = format_datetime(moment)
        original = web_address(brief.url)
        if brief.source and original:
            ET.SubElement(item, "source", url=_xml_text(original)).text = _xml_text(brief.source)
    ET.indent(rss)
    xml = ET.tostring(rss, encoding="unicode", xml_declaration=False)
    return [Page(FEED, '<?xml version="1.0" encoding="utf-8"?>\n' + xml + "\n")]
