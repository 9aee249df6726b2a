"""spaCy's English stop words, read from spaCy's own list without importing spaCy: importing it
costs seconds, and a build that extracts no article (an incremental one) never needs it."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _load() -> frozenset[str]:
    # `find_spec` of a top-level package locates it without running it; the list is a module
    # of plain Python with no imports
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise ImportError("spaCy is not installed")
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    words = namespace["STOP_WORDS"]
    assert isinstance(words, set)
    return frozenset(words)


STOP_WORDS = _load()
"""The same words as `spacy.lang.en.stop_words.STOP_WORDS`."""
