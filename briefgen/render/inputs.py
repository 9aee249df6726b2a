"""Digests of what a page is made from, so that an incremental build can tell a page is unchanged
without rendering it (see briefgen/mkdocs/incremental.py).

A digest is the hash of a pickle of the page's inputs in which every brief, and every other value
many pages share (a story, an actor's or a place's profile, a figure thread), is replaced by the
digest of its own pickle, taken once per build: the many pages that show a brief or a story do
not pickle it again. Equal pickles are equal values, so a page with the digest of the last build
renders to the same Markdown: a stale page needs an input left out of its digest, and the
producers that give digests hand over everything their template reads. Inputs that cannot be
pickled give no digest (the page is then rendered and compared by its Markdown).
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable
from typing import Any

from briefgen.corpus.crossref import ActorProfile, CountryProfile, PlaceProfile, TagProfile
from briefgen.records import Brief
from briefgen.stories.records import FigureThread, Story

SHARED: tuple[type, ...] = (
    Brief,
    Story,
    FigureThread,
    ActorProfile,
    PlaceProfile,
    TagProfile,
    CountryProfile,
)
"""Values that many pages show: each is digested once per build and stands in by its digest."""

_UNPICKLABLE = (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError)


class Digests:
    """Digests of page inputs for one build (shared values digested once each)."""

    def __init__(self) -> None:
        # kept with its value, so that the id is not reused by another object in this build
        self._known: dict[int, tuple[object, str | None]] = {}
        self._tables: dict[type | None, dict[type, Callable[[Any], Any]]] = {}

    def known(self, brief: Brief, fingerprint: str) -> None:
        """Let `fingerprint` stand for this very brief object: a digest that changes whenever its
        content may (`Corpus.fingerprints`), so the brief is never pickled. Bound to the object,
        not its id, so a brief rebuilt with other content is digested by its content."""
        self._known[id(brief)] = (brief, fingerprint)

    def brief(self, brief: Brief) -> str:
        """The digest of one brief."""
        digest = self._shared(brief)
        assert digest is not None, "a brief is made of plain values"
        return digest

    def of(self, *inputs: Any) -> str | None:
        """The digest of `inputs`; None if they cannot be pickled."""
        try:
            return self._digest(inputs, None)
        except _Unpicklable:
            return None

    def _shared(self, value: object) -> str | None:
        known = self._known.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        try:
            digest: str | None = self._digest(value, type(value))
        except _Unpicklable:
            digest = None
        self._known[id(value)] = (value, digest)
        return digest

    def _digest(self, value: object, itself: type | None) -> str:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        # a shared value becomes its digest; looked up by type in C, so the millions of other
        # objects of a large site's inputs cost no Python call each (the value being digested
        # is pickled itself, not replaced by its own digest)
        pickler.dispatch_table = self._table(itself)
        # no memo: an object met twice is written twice, so the pickle depends on values only,
        # not on which equal objects happen to be one object in this run (that varies with the
        # hash seed). Page inputs hold no cycles.
        pickler.fast = True
        try:
            pickler.dump(value)
        except _UNPICKLABLE as exc:
            raise _Unpicklable from exc
        return hashlib.blake2b(buffer.getvalue(), digest_size=16).hexdigest()

    def _table(self, itself: type | None) -> dict[type, Callable[[Any], Any]]:
        table = self._tables.get(itself)
        if table is None:
            table = {kind: self._reduce for kind in SHARED if kind is not itself}
            self._tables[itself] = table
        return table

    def _reduce(self, value: object) -> tuple[Any, tuple[str, str]]:
        digest = self._shared(value)
        if digest is None:
            raise _Unpicklable
        return (_shared_digest, (type(value).__name__, digest))


class _Unpicklable(Exception):
    """A page input that pickle cannot write."""


def _shared_digest(kind: str, digest: str) -> str:
    """What a shared value is pickled as in a digest (never unpickled)."""
    return digest
