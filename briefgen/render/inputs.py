"""Digests of what a page is made from, so that an incremental build can tell a page is unchanged
without rendering it (see briefgen/mkdocs/incremental.py).

A digest is the hash of a pickle of the page's inputs in which every brief is replaced by the
digest of its own pickle (taken once per build), so that the many pages that show a brief do not
pickle it again. Equal pickles are equal values, so a page with the digest of the last build
renders to the same Markdown: a stale page needs an input left out of its digest, and the
producers that give digests hand over everything their template reads. Inputs that cannot be
pickled give no digest (the page is then rendered and compared by its Markdown).
"""

from __future__ import annotations

import hashlib
import io
import pickle
from typing import Any

from briefgen.records import Brief


class Digests:
    """Digests of page inputs for one build (briefs digested once each)."""

    def __init__(self) -> None:
        self._briefs: dict[int, tuple[Brief, str]] = {}

    def brief(self, brief: Brief) -> str:
        """The digest of one brief."""
        known = self._briefs.get(id(brief))
        if known is not None and known[0] is brief:
            return known[1]
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        pickler.fast = True
        pickler.dump(brief)
        digest = hashlib.blake2b(buffer.getvalue(), digest_size=16).hexdigest()
        self._briefs[id(brief)] = (brief, digest)  # the brief is kept, so its id is not reused
        return digest

    def of(self, *inputs: Any) -> str | None:
        """The digest of `inputs`; None if they cannot be pickled."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        # a brief becomes its digest; looked up by type in C, so the millions of other objects
        # of a large site's inputs cost no Python call each
        pickler.dispatch_table = {Brief: self._reduce_brief}
        # no memo: an object met twice is written twice, so the pickle depends on values only,
        # not on which equal objects happen to be one object in this run (that varies with the
        # hash seed). Page inputs hold no cycles.
        pickler.fast = True
        try:
            pickler.dump(inputs)
        except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
            return None
        return hashlib.blake2b(buffer.getvalue(), digest_size=16).hexdigest()

    def _reduce_brief(self, brief: Brief) -> tuple[Any, tuple[str]]:
        return (_brief_digest, (self.brief(brief),))


def _brief_digest(digest: str) -> str:
    """What a brief is pickled as in a digest (never unpickled)."""
    return digest
