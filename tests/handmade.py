"""Parsed Docs written by hand, as spaCy's own tests build them: extractor rules tested on exactly
the parse they are about, with no model to load and no model version to drift with.

Each row of a table is one token: its index, text, part of speech, dependency label and the
index of its head (itself for the root), then optionally its entity tag (`B-PERSON`, `I-PERSON`;
none is `O`) and `lemma=…` or `tag=…` (the lemma defaults to the lower-case text):

    0  Mohammad  PROPN  compound  1  B-PERSON
    1  Nayeem    PROPN  nsubj     2  I-PERSON
    2  said      VERB   ROOT      2  lemma=say tag=VBD
    3  .         PUNCT  punct     2
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab


@lru_cache(maxsize=1)
def _vocab() -> Vocab:
    # the blank English pipeline: English lexical attributes (like_num, is_stop …), no model
    return spacy.blank("en").vocab


def parsed(text: str, table: str) -> Doc:
    """The Doc of `text` with the tokens, parse and entities of `table` (see the module's doc)."""
    words: list[str] = []
    pos: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    ents: list[str] = []
    lemmas: list[str] = []
    tags: list[str] = []
    for line in (line for line in table.strip().splitlines() if line.strip()):
        index, word, part, dep, head, *rest = line.split()
        assert int(index) == len(words), f"row {index} is token {len(words)}"
        extra = dict(item.split("=", 1) for item in rest if "=" in item)
        tagged = [item for item in rest if "=" not in item]
        words.append(word)
        pos.append(part)
        deps.append(dep)
        heads.append(int(head))
        ents.append(tagged[0] if tagged else "O")
        lemmas.append(extra.get("lemma", word.lower()))
        tags.append(extra.get("tag", ""))
    found, spaces = get_words_and_spaces(words, text)
    assert found == words, f"the table's words do not spell the text: {found}"
    return Doc(
        _vocab(),
        words=words,
        spaces=spaces,
        pos=pos,
        deps=deps,
        heads=heads,
        ents=ents,
        lemmas=lemmas,
        tags=tags,
    )
