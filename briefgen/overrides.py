"""Human corrections in NAME.overrides.yaml beside an article, applied after extraction.

briefgen only reads these files; it never writes them. Keys:

    rename: {Old Name: New Name}        # an actor's name
    merge: {Short Name: Full Name}      # fold one actor into another (aliases, mentions, evidence)
    drop: [Name, ...]                   # actors that are not actors
    roles: {Name: role}                 # set an actor's role
    summary: "…"                        # pin the bottom line
    tags: [tag, ...]                    # add tags
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import BriefgenError, OverridesError
from briefgen.readers import OVERRIDES_SUFFIX
from briefgen.records import Actor, Brief, MainEvent

SUFFIX = OVERRIDES_SUFFIX
_KEYS = {"rename": dict, "merge": dict, "drop": list, "roles": dict, "summary": str, "tags": list}


def path_for(article: Path) -> Path:
    """Where the overrides of `article` live: NAME.overrides.yaml beside it."""
    return article.with_name(article.stem + SUFFIX)


def load(path: Path, shown: str | None = None) -> dict[str, Any]:
    """Read and check an overrides file; errors read `path:line: message`."""
    shown = shown or str(path)
    text = path.read_text(encoding="utf-8-sig")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise OverridesError(
            shown, line, f"not valid YAML: {getattr(exc, 'problem', exc)}"
        ) from exc
    if data is None:
        return {}
    if not isinstance(data, dict) or node is None:
        raise OverridesError(shown, 1, "an overrides file is a mapping of " + ", ".join(_KEYS))
    lines = {k.value: k.start_mark.line + 1 for k, _ in getattr(node, "value", [])}
    for key, value in data.items():
        line = lines.get(key, 1)
        if key not in _KEYS:
            raise OverridesError(shown, line, f"unknown key {key!r}; use one of {', '.join(_KEYS)}")
        kind = _KEYS[key]
        if not isinstance(value, kind):
            raise OverridesError(shown, line, f"{key!r} must be a {kind.__name__}")
        items = (
            value.items()
            if isinstance(value, dict)
            else enumerate(value)
            if isinstance(value, list)
            else []
        )
        for k, v in items:
            if not isinstance(v, str) or not isinstance(k, (str, int)):
                raise OverridesError(shown, line, f"{key!r} entries must be text")
    return data


def apply(brief: Brief, data: dict[str, Any]) -> Brief:
    """The brief with the corrections in `data` applied."""
    actors = list(brief.actors)
    dropped = {name.casefold() for name in data.get("drop", [])}
    actors = [a for a in actors if a.name.casefold() not in dropped]
    for old, new in data.get("rename", {}).items():
        actors = [
            replace(a, name=new, aliases=_add(a.aliases, old)) if _is(a, old) else a for a in actors
        ]
    for short, full in data.get("merge", {}).items():
        actors = _merge(actors, short, full)
    roles = {k.casefold(): v for k, v in data.get("roles", {}).items()}
    actors = [
        replace(a, role=roles[a.name.casefold()]) if a.name.casefold() in roles else a
        for a in actors
    ]
    tags = tuple(dict.fromkeys([*brief.tags, *data.get("tags", [])]))
    summary = data.get("summary", brief.summary)
    return replace(
        brief,
        actors=tuple(actors),
        tags=tags,
        summary=" ".join(summary.split()),
        event=_event(brief.event, dropped, {**data.get("rename", {}), **data.get("merge", {})}),
    )


def _event(event: MainEvent | None, dropped: set[str], renamed: dict[str, str]) -> MainEvent | None:
    """The main event's actors under their corrected names (a dropped one is no longer who)."""
    if event is None:
        return None
    names = {old.casefold(): new for old, new in renamed.items()}
    who = tuple(
        replace(c, text=names.get(c.text.casefold(), c.text))
        for c in event.who
        if c.text.casefold() not in dropped
    )
    return replace(event, who=tuple(dict((c.text, c) for c in who).values()))


def _is(actor: Actor, name: str) -> bool:
    return actor.name.casefold() == name.casefold()


def _add(aliases: tuple[str, ...], name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*aliases, name]))


def _merge(actors: list[Actor], short: str, full: str) -> list[Actor]:
    source = next((a for a in actors if _is(a, short)), None)
    target = next((a for a in actors if _is(a, full)), None)
    if source is None:
        return actors
    if target is None:
        return [
            replace(a, name=full, aliases=_add(a.aliases, short)) if a is source else a
            for a in actors
        ]
    merged = replace(
        target,
        aliases=tuple(dict.fromkeys([*target.aliases, source.name, *source.aliases])),
        mentions=target.mentions + source.mentions,
        evidence=tuple(sorted({*target.evidence, *source.evidence})),
        role=target.role or source.role,
        affiliation=target.affiliation or source.affiliation,
    )
    return [merged if a is target else a for a in actors if a is not source]


def apply_all(briefs: list[Brief], root: Path) -> tuple[list[Brief], list[BriefgenError]]:
    """Apply each brief's overrides file, if any; a bad file is a problem and the brief stays as extracted."""
    done: list[Brief] = []
    problems: list[BriefgenError] = []
    for brief in briefs:
        article = Path(brief.source_path)
        path = path_for(article if article.is_absolute() else root / article)
        if not path.is_file():
            done.append(brief)
            continue
        try:
            done.append(apply(brief, load(path, path_for(Path(brief.source_path)).as_posix())))
        except BriefgenError as exc:
            problems.append(exc)
            done.append(brief)
    return done, problems
