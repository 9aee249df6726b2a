"""Safe, stable slugs for page names: ASCII, no path parts, bounded length."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 80
_RESERVED = frozenset({"con", "prn", "aux", "nul", "com1", "lpt1", "index", "assets", "search"})


def slugify(text: str, fallback: str = "briefing") -> str:
    """A lowercase ASCII slug of `text` that is safe as one path segment."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if not slug or slug in _RESERVED:
        slug = f"{fallback}-{slug}" if slug else fallback
    return slug


def unique(slugs: list[str]) -> list[str]:
    """Make slugs distinct by suffixing -2, -3 … in the order given (callers sort for stability)."""
    seen: set[str] = set()
    result: list[str] = []
    for slug in slugs:
        candidate, n = slug, 2
        while candidate in seen:
            candidate = f"{slug}-{n}"
            n += 1
        seen.add(candidate)
        result.append(candidate)
    return result
