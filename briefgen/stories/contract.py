"""Stories as JSON: one object per story (`briefgen stories FILE... --json`)."""

from __future__ import annotations

import json
from typing import Any

from briefgen.stories.records import FigureThread, Story


def story_to_dict(story: Story) -> dict[str, Any]:
    """`{"id", "title", "members", "start", "end", "figure_threads"}`; members by source path."""
    return {
        "id": story.id,
        "title": story.title,
        "members": [b.source_path for b in story.members],
        "start": story.start.isoformat() if story.start else None,
        "end": story.end.isoformat() if story.end else None,
        "figure_threads": [_thread(t) for t in story.figure_threads],
    }


def story_to_json(story: Story) -> str:
    """One line of JSON Lines for `story`."""
    return json.dumps(story_to_dict(story), ensure_ascii=False)


def _thread(thread: FigureThread) -> dict[str, Any]:
    return {
        "unit": thread.unit,
        "about": thread.label,
        "anchor": thread.anchor,
        "measure": thread.measure,
        "disputed": [d.isoformat() for d in thread.disputed],
        "values": [
            {
                "source_path": v.brief.source_path,
                "published": v.published.isoformat() if v.published else None,
                "text": v.figure.text,
                "value": _number(v.figure.value),
                "approx": v.figure.approx,
                "evidence": [[e.start, e.end] for e in v.figure.evidence],
            }
            for v in thread.values
        ],
    }


def _number(value: float | None) -> float | int | None:
    """A value as JSON shows it: whole numbers without ".0"; None for a vague quantity."""
    if value is None:
        return None
    return int(value) if value.is_integer() else value
