"""Articles for evaluation: the project's own readers, plus the giveme5w1h news-please JSON."""

from __future__ import annotations

import json
import re
from datetime import date, time
from pathlib import Path
from typing import Any

from briefgen import readers
from briefgen.records import Article


def load(path: Path, shown: str) -> Article:
    """Read `path` as an Article; news-please JSON (giveme5w1h) is read here, the rest by readers."""
    if path.suffix == ".json":
        return from_news_please(json.loads(path.read_text(encoding="utf-8")), shown)
    return readers.read(path, shown)


def from_news_please(data: dict[str, Any], shown: str) -> Article:
    """An Article from one giveme5w1h record (text, title, date_publish, publisher)."""
    published = data.get("date_publish")
    if not isinstance(published, str) or not published[:4].isdigit():
        # a few records say "None" as a string; many news sites date the path instead
        # (".../2016/11/03/story.html"), which is where news-please itself looks next
        found = re.search(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/", data.get("url") or "")
        published = "-".join(found.groups()) if found and _valid(*found.groups()) else None
    # news-please writes a date alone as midnight: only another clock time is a time of day
    stamp = published[11:19] if published and len(published) >= 19 else ""
    return Article(
        source_path=shown,
        body=data.get("text") or "",
        title=data.get("title") or None,
        published=date.fromisoformat(published[:10]) if published else None,
        published_time=time.fromisoformat(stamp) if stamp and stamp != "00:00:00" else None,
        source=data.get("publisher") or None,
        url=data.get("url") or None,
    )


def _valid(year: str, month: str, day: str) -> bool:
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True
