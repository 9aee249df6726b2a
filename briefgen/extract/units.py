"""Unit words: a noun after a number that says how it is counted ("miles", "euros", "points").

quantulum3's unit table knows the surfaces and symbols of units and currencies; looking a word
up in it is deterministic (unlike its parser's choice among units, see `amounts`). A few units of
news copy that it lacks live in `en.UNIT_WORDS`.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

from spacy.tokens import Token

from briefgen.extract.lang import en


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        table = load.units("en_US")
    found = {w for w, names in table.surfaces_lower.items() if names}
    found |= {w.lower() for w, names in table.symbols.items() if names and len(w) > 1}
    return frozenset(found - en.NOT_UNIT_WORDS) | en.UNIT_WORDS


def is_unit_word(token: Token) -> bool:
    """True for a unit or currency word ("kilometers", "pounds", "euros", "bbl")."""
    return token.pos_ in {"NOUN", "PROPN", "X"} and (
        token.lower_ in _known() or token.lemma_.lower() in _known()
    )


def is_unit_text(word: str) -> bool:
    """True for a unit written onto a number ("knts" in "503knts", "km" in "1,000km")."""
    return word.lower() in _known()
