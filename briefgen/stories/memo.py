"""A story's figure threads and updates kept across builds, by what its members are.

Threads and updates depend on the members of their story alone, in their order, and they are most
of the analysis of a large corpus (every pair of figures of a story is compared). A build in which
one article changed re-groups the corpus, but almost every story keeps the same members, whose
briefs have the same fingerprints (`briefgen.pipeline.Corpus.fingerprints`: the article's cache
key and the brief's id); their threads and updates are read back instead of made again.

An entry is a pickle in which every brief of the story, and every figure, actor and quote of
those briefs, is stored as a reference (member, position) and read back as the object of the
current build: the entry holds only what the analysis made. Entries are not trusted more than
the extraction cache's: reading one builds only the few record types a story holds (any other
class is refused), and an entry that cannot be read is made again.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from briefgen.atomic import write_bytes
from briefgen.partial_date import PartialDate
from briefgen.records import Brief
from briefgen.stories.measures import Bounds
from briefgen.stories.records import FigureChange, FigureThread, FigureValue, Update

log = logging.getLogger("briefgen.stories")

Analysed = tuple[tuple[FigureThread, ...], tuple[Update, ...]]
"""A story's figure threads and its members' updates."""

_ENTRY = re.compile(r"[0-9a-f]{32}\.pickle")
_TYPES = {
    (cls.__module__, cls.__qualname__): cls
    for cls in (FigureThread, FigureValue, FigureChange, Update, Bounds, PartialDate, date)
}
"""The only classes an entry may build."""
_PARTS = ("figures", "actors", "quotes")
"""The parts of a brief an entry refers to instead of holding."""


class StoryMemo:
    """Entries in `folder`, one per story, for briefs with a fingerprint in `fingerprints`."""

    def __init__(self, folder: Path, fingerprints: Mapping[str, str]) -> None:
        self.folder = folder
        self._fingerprints = fingerprints
        self._used: set[str] = set()

    def get(self, members: Sequence[Brief]) -> Analysed | None:
        """What the story of `members` was analysed to, if a build has stored it."""
        key = self._key(members)
        if key is None:
            return None
        self._used.add(key)
        try:
            data = (self.folder / f"{key}.pickle").read_bytes()
        except OSError:
            return None
        try:
            threads, changes = _Reader(io.BytesIO(data), members).load()
        except Exception as exc:
            log.info("%s: unreadable story entry, analysing again (%s)", key, exc)
            return None
        if not _is_analysed(threads, changes):
            return None
        return threads, changes

    def put(self, members: Sequence[Brief], analysed: Analysed) -> None:
        """Keep what the story of `members` was analysed to (atomically, not fsynced: a torn
        entry is analysed again)."""
        key = self._key(members)
        if key is None:
            return
        self._used.add(key)
        buffer = io.BytesIO()
        _Writer(buffer, members).dump(analysed)
        write_bytes(self.folder / f"{key}.pickle", buffer.getvalue(), durable=False)

    def prune(self) -> int:
        """Delete the entries this build neither read nor wrote; returns how many."""
        if not self.folder.is_dir():
            return 0
        stale = [
            p
            for p in self.folder.iterdir()
            if _ENTRY.fullmatch(p.name) and p.stem not in self._used
        ]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def _key(self, members: Sequence[Brief]) -> str | None:
        prints = [self._fingerprints.get(b.id) for b in members]
        if None in prints:
            return None  # a brief an overrides file changed, or built without the cache
        digest = hashlib.blake2b(_salt().encode(), digest_size=16)
        for fingerprint in prints:
            digest.update(b"\0" + str(fingerprint).encode())
        return digest.hexdigest()


@cache
def _salt() -> str:
    """The version of the code that makes threads and updates: a change to it is a new key (the
    fingerprints already change with briefgen's version and its extraction code)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class _Writer(pickle.Pickler):
    def __init__(self, file: io.BytesIO, members: Sequence[Brief]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._refs: dict[int, tuple[Any, ...]] = {}
        for n, brief in enumerate(members):
            self._refs[id(brief)] = ("brief", n)
            for part in _PARTS:
                for m, item in enumerate(getattr(brief, part)):
                    self._refs[id(item)] = (part, n, m)

    def persistent_id(self, obj: Any) -> tuple[Any, ...] | None:
        return self._refs.get(id(obj))


class _Reader(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, members: Sequence[Brief]) -> None:
        super().__init__(file)
        self._members = members

    def persistent_load(self, pid: Any) -> Any:
        kind, n, *rest = pid
        brief = self._members[n]
        if kind == "brief":
            return brief
        if kind not in _PARTS:
            raise pickle.UnpicklingError(f"unknown reference {kind!r}")
        return getattr(brief, kind)[rest[0]]

    def find_class(self, module: str, name: str) -> Any:
        cls = _TYPES.get((module, name))
        if cls is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not a story record")
        return cls


def _is_analysed(threads: object, changes: object) -> bool:
    return (
        isinstance(threads, tuple)
        and all(isinstance(t, FigureThread) for t in threads)
        and isinstance(changes, tuple)
        and all(isinstance(u, Update) for u in changes)
    )
