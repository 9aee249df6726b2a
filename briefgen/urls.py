"""The one check of an address from an article: a web address, or nothing."""

from __future__ import annotations

from urllib.parse import urlsplit


def web_address(url: str | None) -> str | None:
    """`url` (stripped) if it is an http(s) address with a host, else None: never a javascript:,
    data: or file address, which a page or a PDF would otherwise follow."""
    if not url:
        return None
    text = url.strip()
    parts = urlsplit(text)  # the scheme comes back lower-cased
    return text if parts.scheme in {"http", "https"} and parts.netloc else None
