"""Ids: one unique, stable slug per brief, given once, when every brief of the corpus is known."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePosixPath

from briefgen.records import Brief
from briefgen.slugs import slugify, unique_stable


def assign_ids(briefs: Iterable[Brief]) -> list[Brief]:
    """Every brief with its id, in source-path order: the slug of its title, or of its file name
    when the title has no ASCII letters; briefs sharing a slug are told apart by their path."""
    ordered = sorted(briefs, key=lambda b: b.source_path)
    ids = unique_stable([_base_id(b) for b in ordered], [b.source_path for b in ordered])
    return [replace(b, id=i) for b, i in zip(ordered, ids, strict=True)]


def _base_id(brief: Brief) -> str:
    # a title in a script with no ASCII letters (Cyrillic, Arabic, Chinese …) slugs to nothing:
    # the file name is the next best stable name
    return slugify(brief.title, fallback="") or slugify(PurePosixPath(brief.source_path).stem)
