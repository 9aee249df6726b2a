"""Turn an article file's bytes into text: UTF-8 first, other encodings detected, binaries refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from briefgen.errors import ReadError

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
    return text


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
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError(
            path,
            _line_at(data, utf8_error.start),
            "not UTF-8 and no other text encoding fits: save the article as UTF-8",
        )
    return str(best)


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
