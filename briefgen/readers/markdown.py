"""Read a Markdown article: YAML front matter for metadata, markdown-it-py for the plain text."""

from __future__ import annotations

import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.errors import ReadError
from briefgen.readers._decode import check_length, decode
from briefgen.readers.text import split_dateline
from briefgen.records import Article
from briefgen.urls import web_address

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_STRING_FIELDS = ("title", "source", "url", "author")
_MD = MarkdownIt("commonmark")


def read(path: Path, display_path: str) -> Article:
    """Read a .md article with optional front matter."""
    text = decode(display_path, path.read_bytes())
    check_length(display_path, text)
    meta: dict[str, Any] = {}
    body_text = text
    if text.startswith("---"):
        match = _FRONT_MATTER.match(text)
        if match is None:
            raise ReadError(
                display_path, 1, "front matter opened with '---' is never closed with '---'"
            )
        meta = _parse_front_matter(display_path, match.group("yaml") or "")
        body_text = text[match.end() :]
    body = markdown_to_text(body_text)
    dateline, body = split_dateline(body)
    if not body.strip():
        body_line = text.count("\n", 0, len(text) - len(body_text)) + 1
        raise ReadError(display_path, body_line, "article has front matter but no body text")
    return Article(
        source_path=display_path,
        body=body.strip(),
        title=_string(display_path, meta, "title"),
        published=_date(display_path, meta),
        source=_string(display_path, meta, "source"),
        url=_url(display_path, meta),
        author=_string(display_path, meta, "author"),
        tags=_tags(display_path, meta),
        dateline=dateline,
    )


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


def _date(path: str, meta: dict[str, Any]) -> date | None:
    value = meta.get("date")
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise ReadError(
        path,
        _line_of_key(meta, "date"),
        f"front matter 'date' must be a date like 2021-07-12, got {value!r}",
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


def markdown_to_text(source: str) -> str:
    """Plain text of a Markdown body: one paragraph per line, markup and raw HTML reduced to text."""
    paragraphs: list[str] = []
    for token in _MD.parse(source):
        if token.type == "inline":
            paragraphs.append(_inline_text(token.children or []))
        elif token.type in {"fence", "code_block"}:
            paragraphs.append(" ".join(token.content.split()))
        elif token.type == "html_block":
            paragraphs.append(_html_text(token.content))
    return "\n".join(p for p in (" ".join(p.split()) for p in paragraphs) if p)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif child.type == "html_inline":
            parts.append(_html_text(child.content))
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)
