"""Render stories: a page per story, disputed figures, upcoming dates, and each briefing's section.

Every fact links to its evidence sentence on the briefing page (`briefings/<id>/#sN`), like the
facts of a briefing page itself.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import jinja2
from markupsafe import Markup

from briefgen.records import Brief, Event, Evidence, Outlook
from briefgen.render import Page, _front_matter, _href_from, number, when
from briefgen.stories import FigureThread, Story, build_stories, story_of

__all__ = ["StoryPages", "render_stories", "sentence_link", "stories_of"]

FOLDER = "stories"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    # the same templates folder and settings as the briefing pages, kept here so that this module
    # needs nothing from the page renderer but Page, links and number formats
    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefgen", "render/templates"),
        autoescape=True,  # every article string is untrusted
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def stories_of(briefs: tuple[Brief, ...]) -> tuple[Story, ...]:
    """The stories of `briefs`, computed once however many page producers ask."""
    return build_stories(briefs)


def sentence_link(brief: Brief, evidence: Sequence[Evidence]) -> str:
    """The anchor ("#s3") of the sentence on the briefing page holding the first evidence span."""
    starts = [s.start for s in brief.sentences]
    if not evidence or not starts:
        return "#full-text"
    return f"#s{max(0, bisect_right(starts, evidence[0].start) - 1) + 1}"


@dataclass(frozen=True, slots=True)
class StoryPages:
    """The story pages of a site and the story section of each briefing page."""

    pages: tuple[Page, ...]
    """Story index, one page per story of two or more briefings, disputed figures, upcoming dates."""
    sections: dict[str, Markup]
    """By brief id: the What's next section, disputed-figure flags and the story link."""


@dataclass(frozen=True, slots=True)
class _Dated:
    """A timeline event or a What's next statement, with the briefing it comes from."""

    brief: Brief
    """Where it is stated."""
    item: Event | Outlook
    """The event or statement."""


def render_stories(
    briefs: Sequence[Brief], *, folder: str, directory_urls: bool, today: date
) -> StoryPages:
    """Story pages and briefing sections for `briefs`; `today` decides which dates are past."""
    stories = stories_of(tuple(briefs))
    threaded = [s for s in stories if len(s.members) > 1]
    env = _env()

    def fact_link(src: str) -> Callable[[Brief, Sequence[Evidence]], str]:
        href = _href_from(src, directory_urls)

        def link(brief: Brief, evidence: Sequence[Evidence]) -> str:
            return href(f"{folder}/{brief.id}.md") + sentence_link(brief, evidence)

        return link

    def render(template: str, src: str, title: str, description: str, **context: object) -> Page:
        body = env.get_template(template).render(
            href=_href_from(src, directory_urls),
            fact=fact_link(src),
            dir=folder,
            stories_dir=FOLDER,
            number=number,
            when=when,
            **context,
        )
        return Page(src, _front_matter(title, description) + body)

    disputed = [(s, t) for s in threaded for t in s.figure_threads if t.disputed]
    upcoming = _upcoming(briefs)
    pages = [
        render(
            "stories.md.j2",
            f"{FOLDER}/index.md",
            "Stories",
            "Briefings grouped into stories",
            stories=threaded,
            disputed_count=len(disputed),
            upcoming_count=len(upcoming),
        ),
        render(
            "disputed.md.j2",
            f"{FOLDER}/disputed.md",
            "Disputed figures",
            "Figures that briefings of the same day disagree on",
            disputed=disputed,
        ),
        render(
            "upcoming.md.j2",
            f"{FOLDER}/upcoming.md",
            "Upcoming dates",
            "Statements about the future, newest date first",
            upcoming=upcoming,
            today=today,
            is_past=lambda o: _is_past(o, today),
        ),
    ]
    pages += [
        render(
            "story.md.j2",
            f"{FOLDER}/{s.id}.md",
            s.title,
            f"A story told in {len(s.members)} briefings",
            story=s,
            timeline=_merged_timeline(s),
        )
        for s in threaded
    ]
    by_brief = story_of(threaded)
    sections = {
        b.id: Markup(
            env.get_template("brief_story.md.j2").render(
                brief=b,
                story=by_brief.get(b.id),
                disputed=_disputes_of(b, by_brief.get(b.id)),
                link=lambda evidence, b=b: sentence_link(b, evidence),
                fact=fact_link(f"{folder}/{b.id}.md"),
                href=_href_from(f"{folder}/{b.id}.md", directory_urls),
                stories_dir=FOLDER,
                number=number,
            )
        )
        for b in briefs
    }
    return StoryPages(tuple(pages), sections)


def _merged_timeline(story: Story) -> list[_Dated]:
    items = [_Dated(b, e) for b in story.members for e in b.timeline if e.date]
    return sorted(items, key=lambda d: (d.item.date or "", d.brief.published or date.max))


def _upcoming(briefs: Sequence[Brief]) -> list[_Dated]:
    items = [_Dated(b, o) for b in briefs for o in b.outlook if o.date and o.date.has_year]
    return sorted(items, key=lambda d: (d.item.date or "", d.brief.id), reverse=True)


def _is_past(item: _Dated, today: date) -> bool:
    """True when the whole period the date names lies before `today`."""
    return item.item.date is not None and item.item.date.is_before(today)


def _disputes_of(brief: Brief, story: Story | None) -> list[FigureThread]:
    """Disputed figure threads that `brief` gives a value in."""
    if story is None:
        return []
    return [
        t for t in story.figure_threads if t.disputed and any(v.brief is brief for v in t.values)
    ]
