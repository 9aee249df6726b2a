"""Story pages: the list of stories, one page per story, disputed figures and upcoming dates.

Every fact links to its evidence sentence on the briefing page (`briefings/<id>/#sN`), like the
facts of a briefing page itself. What a briefing page shows of its story is on that page
(`brief.py`).
"""

from __future__ import annotations

from functools import partial

from briefgen.render.context import STORIES, Page, SiteContext
from briefgen.render.links import front_matter
from briefgen.templates import render


def story_pages(site: SiteContext) -> list[Page]:
    """The story index, a page per story of two or more briefings, disputed figures, upcoming
    dates."""
    analysis = site.analysis

    def make(template: str, src: str, title: str, description: str, **context: object) -> str:
        body = render(
            template,
            href=site.href(src),
            fact=site.fact(src),
            briefings_dir=site.briefings_dir,
            stories_dir=STORIES,
            **context,
        )
        return front_matter(title, description) + body

    def page(template: str, src: str, title: str, description: str, **context: object) -> Page:
        # made when asked for: an incremental build skips a story whose inputs are unchanged
        inputs = site.inputs(template, src, title, description, sorted(context.items()))
        return Page(
            src, make=partial(make, template, src, title, description, **context), inputs=inputs
        )

    pages = [
        page(
            "stories.md.j2",
            f"{STORIES}/index.md",
            "Stories",
            "Briefings grouped into stories",
            stories=analysis.grouped,
            disputed_count=len(analysis.disputed),
            upcoming_count=len(analysis.upcoming),
        ),
        page(
            "disputed.md.j2",
            f"{STORIES}/disputed.md",
            "Disputed figures",
            "Figures that briefings of the same day disagree on",
            disputed=analysis.disputed,
        ),
        page(
            "upcoming.md.j2",
            f"{STORIES}/upcoming.md",
            "Upcoming dates",
            "Statements about the future, newest date first",
            upcoming=analysis.upcoming,
            as_of=analysis.as_of,
            as_of_build=analysis.as_of_build,
        ),
    ]
    pages += [
        page(
            "story.md.j2",
            f"{STORIES}/{s.id}.md",
            s.title,
            f"A story told in {len(s.members)} briefings",
            story=s,
            timeline=analysis.story_timelines[s.id],
        )
        for s in analysis.grouped
    ]
    return pages
