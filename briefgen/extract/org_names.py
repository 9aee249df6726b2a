"""Whether two organisation names an article uses name the same body: "U.N." and "United
Nations", "PG&E" and "Pacific Gas & Electric Co.", "Census Bureau" and "U.S. Census Bureau",
"Corps" and "Marine Corps", "Homeland Security Department" and "Department of Homeland
Security". News copy names a body in full once and shortens it after; the model sees two names."""

from __future__ import annotations

from briefgen.extract import gazetteer
from briefgen.extract.lang import en

_LINKS = frozenset({"of", "the", "and", "&", "for", "on", "de"})
_BODY_HEADS = frozenset({"department", "ministry", "office", "agency", "bureau"})


def same_body(short: str, full: str, *, after_the: bool = False) -> bool:
    """`short` is another name of the body called `full` (the longer name); `after_the` when
    the article writes "the" before `short` somewhere ("the Corps")."""
    if short == full:
        return True
    return (
        _initials(short, full)
        or _place_prefixed(short, full)
        or (after_the and _last_word(short, full))
        or _head_first(short) == _head_first(full)
    )


def _initials(short: str, full: str) -> bool:
    """ "U.N." for "United Nations", "PG&E" for "Pacific Gas & Electric Co.", "EU" for
    "European Union"."""
    letters = "".join(ch for ch in short if ch.isalpha())
    if not (2 <= len(letters) <= 6 and letters.isupper() and " " not in short):
        return False
    words = [w for w in full.split() if w.casefold() not in _LINKS]
    while words and words[-1].casefold().rstrip(".") in en.LEGAL_SUFFIXES:
        words.pop()
    return len(words) == len(letters) and all(
        w[:1].upper() == ch for w, ch in zip(words, letters, strict=True)
    )


def _place_prefixed(short: str, full: str) -> bool:
    """ "U.S. Census Bureau" for "Census Bureau", "Nigerian Senate" for "Senate": the same name
    after the state or people it belongs to."""
    if not full.endswith(" " + short):
        return False
    prefix = full[: -len(short) - 1]
    if en.demonym_country(prefix) or prefix.casefold() in en.COUNTRY_ALIASES:
        return True
    entry = gazetteer.lookup(prefix)
    return entry is not None and entry.kind == "country"


def _last_word(short: str, full: str) -> bool:
    """ "the Corps" for "Marine Corps": a one-word name after "the" that closes the full name
    (the caller folds it only when one organisation of the article ends so); without "the" the
    word is a cut name ("non-Social Security income", "House seats")."""
    words = full.split()
    return " " not in short and len(words) == 2 and words[-1] == short


def _head_first(name: str) -> str:
    """ "Homeland Security Department" as "Department of Homeland Security"."""
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _BODY_HEADS:
        return " ".join([words[-1], "of", *words[:-1]]).casefold()
    return name.casefold()
