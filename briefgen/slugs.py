"""Safe, stable slugs for page names: ASCII, one path segment, bounded length, never reserved."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter

MAX_SLUG = 80
# Windows device names (a file called con.md cannot be created there) and names briefgen or
# MkDocs use for their own files beside the briefing pages (briefs.json, errors.md, index.md …).
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
    | {"index", "errors", "briefs", "assets", "search", "sitemap", "404", "tags", "feed"}
)


def slugify(text: str, fallback: str = "briefing") -> str:
    """A lowercase ASCII slug of `text` that is safe as one path segment ('' only if fallback is '')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    # everything but a-z and 0-9 becomes '-': no '/', '\\', '.', so no '..', no absolute paths
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if slug in _RESERVED:
        return f"{fallback or 'briefing'}-{slug}"
    return slug or fallback


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


def unique_stable(slugs: list[str], keys: list[str]) -> list[str]:
    """Distinct slugs where a shared slug gets a suffix from its own key (e.g. the source path).

    A suffix from the key, not from the position, keeps every brief's slug where it was when
    another article with the same title is added or removed (once its slug is shared at all).
    """
    counts = Counter(slugs)
    suffixed = [
        slug if counts[slug] == 1 else f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
        for slug, key in zip(slugs, keys, strict=True)
    ]
    return unique(suffixed)  # a hash suffix that happens to meet another title still ends distinct
