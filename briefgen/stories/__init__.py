"""Stories across briefings: grouping, figure threads, and what each briefing adds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefgen.records import Brief
from briefgen.slugs import slugify, unique_stable
from briefgen.stories.changes import updates
from briefgen.stories.figures import figure_threads
from briefgen.stories.grouping import story_groups
from briefgen.stories.memo import StoryMemo
from briefgen.stories.records import FigureChange, FigureThread, FigureValue, Story, Update

__all__ = [
    "FigureChange",
    "FigureThread",
    "FigureValue",
    "Story",
    "StoryMemo",
    "Update",
    "build_stories",
    "story_of",
]


def build_stories(briefs: Sequence[Brief], memo: StoryMemo | None = None) -> tuple[Story, ...]:
    """Every story of the corpus (a lone briefing is a story of one), newest first; with `memo`,
    a story whose members an earlier build analysed takes their threads and updates from it."""
    ordered = sorted(briefs, key=lambda b: b.source_path)
    if not ordered:
        return ()
    drafts: list[tuple[str, list[Brief]]] = []
    for group in story_groups(ordered):
        members = sorted(
            (ordered[i] for i in group.members),
            key=lambda b: (b.published or date.max, b.source_path),
        )
        drafts.append((ordered[group.central].title, members))
    # a shared title gets a suffix from the story's first briefing, not from its position: adding
    # or removing one story then renames no other (and an incremental build re-renders none)
    ids = unique_stable(
        [slugify(title) for title, _ in drafts], [members[0].source_path for _, members in drafts]
    )
    stories = []
    for story_id, (title, members) in zip(ids, drafts, strict=True):
        analysed = memo.get(members) if memo and len(members) > 1 else None
        if analysed is None:
            threads = figure_threads(members)
            analysed = threads, updates(members, threads)
            if memo and len(members) > 1:
                memo.put(members, analysed)
        threads, changes = analysed
        dates = [b.published for b in members if b.published]
        stories.append(
            Story(
                id=story_id,
                title=title,
                members=tuple(members),
                start=min(dates) if dates else None,
                end=max(dates) if dates else None,
                figure_threads=threads,
                updates=changes,
            )
        )
    if memo:
        memo.prune()
    return tuple(sorted(stories, key=lambda s: (s.end or date.min, s.id), reverse=True))


def story_of(stories: Sequence[Story]) -> dict[str, Story]:
    """The story of each brief, by brief id."""
    return {brief.id: story for story in stories for brief in story.members}
