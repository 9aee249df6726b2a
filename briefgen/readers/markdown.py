"""Read a Markdown article: YAML front matter for metadata, markdown-it-py for the plain text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.errors import ReadError
from briefgen.readers import front_matter
from briefgen.readers._decode import check_length, decode
from briefgen.readers.clutter import drop_clutter
from briefgen.readers.headline import drop_headline
from briefgen.readers.text import split_dateline
from briefgen.records import Article

_MD = MarkdownIt("commonmark")


def read(path: Path, display_path: str) -> Article:
    """Read a .md article with optional front matter."""
    text = decode(display_path, path.read_bytes())
    check_length(display_path, text)
    meta, body_text = front_matter.split(display_path, text)
    body = drop_headline(drop_clutter(markdown_to_text(body_text)), meta.title)
    dateline, body = split_dateline(body)
    if not body.strip():
        body_line = text.count("\n", 0, len(text) - len(body_text)) + 1
        raise ReadError(display_path, body_line, "article has front matter but no body text")
    return meta.article(display_path, body, dateline)


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
