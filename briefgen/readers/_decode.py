"""Turn an article file's bytes into text: UTF-8 first, other encodings detected, binaries refused."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from briefgen.errors import ReadError

# News articles run to a few thousand words; 200,000 characters (~33,000 words) is a short book.
# Far past that the file is not one article (a dump, a log), and spaCy would need minutes and
# gigabytes (its own limit is 1,000,000 characters): such a file is reported, not cut silently.
MAX_ARTICLE_CHARS = 200_000
# Control characters other than tab and newline carry no text and upset YAML, JSON and HTML
# consumers; a form feed or line separator becomes a space so that line numbers stay the editor's.
_LINE_CONTROLS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x01-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(path: str, data: bytes) -> str:
    """Return the text of `data`, normalised to "\\n" line ends, or raise ReadError."""
    text = _decode_bytes(path, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ReadError(path, line, "file contains NUL bytes: it looks binary, not an article")
    if not text.strip():
        raise ReadError(path, 1, "file is empty: an article needs some text")
    text = _CONTROLS.sub("", _LINE_CONTROLS.sub(" ", text))
    if not text.strip():
        raise ReadError(path, 1, "file holds only control characters, no text")
    return text


def check_length(path: str, text: str, counted_from_file: bool = True) -> None:
    """Refuse an article longer than MAX_ARTICLE_CHARS, naming the line where it goes over."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return
    line = text.count("\n", 0, MAX_ARTICLE_CHARS) + 1 if counted_from_file else 1
    raise ReadError(
        path,
        line,
        f"article text is {len(text):,} characters long; briefgen reads at most "
        f"{MAX_ARTICLE_CHARS:,} per article (about 33,000 words): split it into separate "
        "articles",
    )


def _decode_bytes(path: str, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(
                    path, _line_at(data, exc.start), f"invalid {encoding} text"
                ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" in data:
        raise ReadError(
            path,
            _line_at(data, data.index(b"\x00")),
            "file contains NUL bytes: it looks binary, not an article",
        )
    controls = sum(1 for byte in data if byte < 32 and byte not in b"\t\n\r\x0c")
    if controls > len(data) // 20:
        raise ReadError(
            path, 1, f"file looks binary ({controls} control bytes), not like an article"
        )
    if _mostly_utf8(data):
        bad = data[utf8_error.start]
        raise ReadError(
            path,
            _line_at(data, utf8_error.start),
            f"invalid UTF-8: byte 0x{bad:02x} in text that is otherwise UTF-8; "
            "fix or delete it, or save the article again as UTF-8",
        )
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError(
            path,
            _line_at(data, utf8_error.start),
            "not UTF-8 and no other text encoding fits: save the article as UTF-8",
        )
    return str(best)


def _mostly_utf8(data: bytes) -> bool:
    # Valid multi-byte UTF-8 sequences beside the invalid bytes mean a damaged UTF-8 file: guessing
    # another encoding would turn every "é" into "Ã©", so the bad byte is reported instead.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good >= bad > 0


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
