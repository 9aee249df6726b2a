"""The article's headline repeated as the first line of its text: metadata, not the story.

Saved pages and scraped copy often give the headline again above the first paragraph. Left in
the text it is read as the lead (a bottom line that is a headline, a key point without a verb);
it is already the article's `title`, so the line is dropped when it is that title.
"""

from __future__ import annotations

import re

# A headline line this short is a label ("Breaking"), not the title repeated.
_MIN_WORDS = 4


def drop_headline(body: str, title: str | None) -> str:
    """`body` without its first line when that line is the title (or the title's start: a page's
    title often carries the site or the bylines after it)."""
    first, _, rest = body.lstrip("\n").partition("\n")
    line, whole = _words(first), _words(title or "")
    if len(line.split()) < _MIN_WORDS or not rest.strip():
        return body
    if whole == line or whole.startswith(line + " "):
        return rest
    return body


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())
