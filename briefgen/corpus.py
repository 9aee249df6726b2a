"""What needs every brief at once: unique ids, related briefings, and cross-brief lookups."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import PurePosixPath

from briefgen.records import Brief
from briefgen.slugs import slugify, unique_stable

MAX_RELATED = 5


def assign_ids(briefs: list[Brief]) -> list[Brief]:
    """Give every brief a unique, stable id; briefs sharing a title are told apart by their path."""
    ordered = sorted(briefs, key=lambda b: b.source_path)
    ids = unique_stable([_base_id(b) for b in ordered], [b.source_path for b in ordered])
    return [replace(b, id=i) for b, i in zip(ordered, ids, strict=True)]


def _base_id(brief: Brief) -> str:
    # a title in a script with no ASCII letters (Cyrillic, Arabic, Chinese …) slugs to nothing:
    # the file name is the next best stable name
    own = slugify(brief.id, fallback="")
    if own and (own != "briefing" or slugify(brief.title, fallback="")):
        return own
    return slugify(PurePosixPath(brief.source_path).stem)


def newest_first(briefs: list[Brief]) -> list[Brief]:
    """Briefs by publication date, newest first; undated ones last, by title."""
    dated = sorted(
        (b for b in briefs if b.published), key=lambda b: (b.published, b.id), reverse=True
    )
    undated = sorted((b for b in briefs if not b.published), key=lambda b: b.title.casefold())
    return dated + undated


def _keys(brief: Brief) -> set[str]:
    return {f"a:{a.name.casefold()}" for a in brief.actors} | {
        f"p:{p.name.casefold()}" for p in brief.places
    }


def related(briefs: list[Brief]) -> dict[str, list[tuple[Brief, int]]]:
    """For each brief id, other briefs sharing actors or places, most shared first."""
    owners: dict[str, list[Brief]] = {}
    for brief in briefs:
        for key in _keys(brief):
            owners.setdefault(key, []).append(brief)
    result: dict[str, list[tuple[Brief, int]]] = {}
    for brief in briefs:
        shared: Counter[str] = Counter()
        by_id: dict[str, Brief] = {}
        for key in _keys(brief):
            others = owners[key]
            if len(others) > max(50, len(briefs) // 4):
                continue  # a name in most briefs relates nothing
            for other in others:
                if other.id != brief.id:
                    shared[other.id] += 1
                    by_id[other.id] = other
        best = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RELATED]
        result[brief.id] = [(by_id[i], n) for i, n in best]
    return result
