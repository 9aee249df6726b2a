"""Front matter: the YAML block at the top of a .md (or .txt) article, read into an Article's
metadata. Every problem names the file and line; a date that can be read two ways is left out
with a warning, so the article is built undated rather than dropped or dated wrongly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import yaml

from briefgen.errors import ReadError
from briefgen.records import Article
from briefgen.urls import web_address

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Day, month and year in digits with one separator: "13-02-2009", "2/3/2009", "03.02.2009".
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})")
# A month by name: "July 12, 2021", "12 July 2021", "Jul 12 2021".
_NAMED = ("%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y")


@dataclass(frozen=True, slots=True)
class Meta:
    """What front matter says about an article."""

    title: str | None = None
    published: date | None = None
    published_time: time | None = None
    """Clock time of a date-time `date:` ("2021-07-12T09:30:00Z"); None for a date alone."""
    source: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    warnings: tuple[tuple[int, str], ...] = ()
    """(line, message) for what was left out but did not stop the article."""

    def article(self, path: str, body: str, dateline: str | None) -> Article:
        """The article these fields describe, with its body and dateline."""
        return Article(
            source_path=path,
            body=body.strip(),
            title=self.title,
            published=self.published,
            published_time=self.published_time,
            source=self.source,
            url=self.url,
            author=self.author,
            tags=self.tags,
            dateline=dateline,
            warnings=self.warnings,
        )


def split(path: str, text: str) -> tuple[Meta, str]:
    """The front matter of `text`, if it opens with one, and the text after it."""
    if not text.startswith("---"):
        return Meta(), text
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ReadError(path, 1, "front matter opened with '---' is never closed with '---'")
    meta = _parse_front_matter(path, match.group("yaml") or "")
    published, warnings = _date(path, meta)
    return Meta(
        title=_string(path, meta, "title"),
        published=published,
        published_time=_time(meta.get("date")),
        source=_string(path, meta, "source"),
        url=_url(path, meta),
        author=_string(path, meta, "author"),
        tags=_tags(path, meta),
        warnings=warnings,
    ), text[match.end() :]


def _date(path: str, meta: dict[str, Any]) -> tuple[date | None, tuple[tuple[int, str], ...]]:
    value = meta.get("date")
    if value is None:
        return None, ()
    if isinstance(value, datetime):
        return value.date(), ()
    if isinstance(value, date):
        return value, ()
    line = _line_of_key(meta, "date")
    if isinstance(value, str):
        text = " ".join(value.replace(",", " ").split())
        found = _read_date(text)
        if isinstance(found, date):
            return found, ()
        if found == "ambiguous":
            return None, (
                (
                    line,
                    f"front matter 'date' {value!r} can be read as day-month or month-day; the "
                    "article is built undated: write the date as YYYY-MM-DD (e.g. 2009-02-03)",
                ),
            )
    raise ReadError(
        path,
        line,
        f"front matter 'date' must be a date like 2021-07-12, got {value!r}",
    )


def _time(value: object) -> time | None:
    """The clock time of a date-time `date:`, with its UTC offset where given: the hour tells a
    story filed overnight (its events are the day before) from one of the day."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(" ".join(value.split()).replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None  # a YAML date, or a date by name: no time of day
    return value.timetz()


def _read_date(text: str) -> date | str | None:
    """The date `text` names, "ambiguous" when it may be two days, None when it is no date."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for pattern in _NAMED:
        try:
            return datetime.strptime(text.replace(".", ""), pattern).date()
        except ValueError:
            continue
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    readings = {(year, m, d) for d, m in ((a, b), (b, a)) if m <= 12}
    days = set()
    for y, m, d in readings:
        try:
            days.add(date(y, m, d))
        except ValueError:
            continue
    if len(days) == 1:
        return days.pop()
    return "ambiguous" if days else None


def _parse_front_matter(path: str, source: str) -> dict[str, Any]:
    try:
        meta = yaml.safe_load(source)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "end of stream" in (exc.problem or ""):
            mark = exc.context_mark  # an unclosed quote: point at where it was opened
        line = mark.line + 2 if mark is not None else 1  # +1 for 0-based, +1 for the opening '---'
        raise ReadError(
            path, line, f"front matter is not valid YAML: {exc.problem or exc}"
        ) from exc
    except yaml.YAMLError as exc:
        raise ReadError(path, 1, f"front matter is not valid YAML: {exc}") from exc
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise ReadError(path, 2, "front matter must be a mapping of keys (title:, date:, ...)")
    return meta


def _line_of_key(meta_keys: dict[str, Any], key: str) -> int:
    return 2 + list(meta_keys).index(key)


def _string(path: str, meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, int | float | date):
        value = str(value)
    if not isinstance(value, str):
        raise ReadError(
            path,
            _line_of_key(meta, key),
            f"front matter '{key}' must be text, got {type(value).__name__}",
        )
    return " ".join(value.split()) or None


def _url(path: str, meta: dict[str, Any]) -> str | None:
    url = _string(path, meta, "url")
    if url is None or web_address(url) is not None:
        return url
    raise ReadError(
        path,
        _line_of_key(meta, "url"),
        f"front matter 'url' must be a web address starting with http:// or https://, got {url[:60]!r}",
    )


def _tags(path: str, meta: dict[str, Any]) -> tuple[str, ...]:
    value = meta.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        value = [part for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(tag, str | int | float) for tag in value):
        raise ReadError(
            path, _line_of_key(meta, "tags"), "front matter 'tags' must be a list of words"
        )
    return tuple(dict.fromkeys(" ".join(str(tag).split()) for tag in value if str(tag).strip()))
