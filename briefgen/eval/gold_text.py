"""Gold strings against the article as read: every name, phrase and clutter line a gold file
gives must stand in the text briefgen reads (else it was annotated against another text)."""

from __future__ import annotations

import html
import re

from briefgen.eval.gold import Gold

_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\xad": None}
)


def _plain(text: str) -> str:
    """Text with one kind of quote mark and dash and single spaces, for finding gold strings."""
    return " ".join(text.translate(_FOLD).split())


def absent_strings(gold: Gold, body: str, raw: str = "") -> list[tuple[int, str]]:
    """(line, message) for each gold string that is not in the article `body` as read: names as
    written (case kept), phrases in any case; a clutter line may also stand only in the `raw` file."""
    text, folded = _plain(body), _plain(body).casefold()
    # a page's tags split a clutter line where the reader joins it ("on <a>Twitter</a>."): in
    # the page a clutter line is looked for with no spaces at all
    raw_text = _unspaced(_plain(raw).casefold() + " " + _plain(_untagged(raw)).casefold())
    wanted: list[tuple[int, str, str, bool]] = []
    for actor in gold.actors:
        wanted += [(actor.line, "actor", name, True) for name in actor.names]
    for place in gold.places if gold.places_scored else ():
        wanted += [(place.line, "place", name, True) for name in place.names]
    wanted += [(d.line, "date", d.text, False) for d in gold.dates]
    wanted += [(f.line, "figure", f.text, False) for f in gold.figures if f.text]
    wanted += [(q.line, "quote", q.text, False) for q in gold.quotes]
    found: list[tuple[int, str]] = []
    for line, what, string, keep_case in wanted:
        needle = _plain(string)
        if needle not in text if keep_case else needle.casefold() not in folded:
            found.append((line, f"{what} {string!r} is not in the article text as read"))
    for string in gold.clutter:
        needle = _plain(string).casefold()
        if needle not in folded and _unspaced(needle) not in raw_text:
            line = gold.lines.get("clutter", 1)
            found.append((line, f"clutter {string!r} is neither in the text nor in the file"))
    return found


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _untagged(raw: str) -> str:
    """A web page's text without its tags and entities (clutter lines may stand only there)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))
