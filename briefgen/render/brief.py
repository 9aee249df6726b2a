"""The briefing page: facts laid out for a glance, each linked to its sentence in the full text."""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from markupsafe import Markup

from briefgen.records import Actor, Brief, Event, Evidence
from briefgen.render.context import Page, SiteContext, countries_of, country_label, country_uri
from briefgen.render.links import env, front_matter, href_from
from briefgen.urls import web_address

WORDS_PER_MINUTE = 220


def number(value: float) -> str:
    """A figure's value for display: integers with thousands separators, fractions short."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1 else f"{value:,.2f}"


def when(event: Event) -> str:
    """An event's date for display; a year-less date stays year-less ("July 10")."""
    if event.date is None:
        return ""
    if not event.date.has_year and event.date.month and event.date.day:
        return date(2000, event.date.month, event.date.day).strftime("%B ") + str(event.date.day)
    if event.precision == "week":
        return f"week of {event.date}"
    return str(event.date)


def sentence_of(brief: Brief, evidence: Sequence[Evidence]) -> str:
    """The anchor ("s3") of the sentence holding the first evidence span, or "full-text"."""
    starts = [s.start for s in brief.sentences]
    if not evidence or not starts:
        return "full-text"
    return f"s{max(0, bisect_right(starts, evidence[0].start) - 1) + 1}"


def role_sentence(brief: Brief, actor: Actor) -> str:
    """The anchor of the sentence that states the actor's role (else its first mention)."""
    if actor.role:
        needle = actor.role.casefold()
        for span in actor.evidence:
            anchor = sentence_of(brief, [span])
            if anchor.startswith("s"):
                sent = brief.sentences[int(anchor[1:]) - 1]
                if needle in brief.body[sent.start : sent.end].casefold():
                    return anchor
    return sentence_of(brief, actor.evidence)


def meta_line(brief: Brief) -> list[str]:
    """The meta line as plain items: date, source, dateline, reading time."""
    items = [brief.published.isoformat() if brief.published else "undated"]
    if brief.source:
        items.append(brief.source)
    if brief.dateline:
        items.append(f"dateline {brief.dateline}")
    items.append(f"{reading_minutes(brief)} min read")
    return items


def sentence_finder(brief: Brief) -> Callable[[Sequence[Evidence]], str]:
    """`link(evidence)` → "#s3", the anchor of the sentence holding the evidence."""
    return lambda evidence: "#" + sentence_of(brief, evidence)


def reading_minutes(brief: Brief) -> int:
    """Minutes a reader needs for the full text."""
    return max(1, round(len(brief.body.split()) / WORDS_PER_MINUTE))


def fulltext_html(brief: Brief) -> str:
    """The body as paragraphs of sentence spans `s1`, `s2` … that facts link to."""
    sentences = list(brief.sentences) or [Evidence(0, len(brief.body))]
    out: list[str] = []
    offset = 0
    seen: set[int] = set()
    for paragraph in brief.body.split("\n"):
        p_start, p_end = offset, offset + len(paragraph)
        offset = p_end + 1
        if not paragraph.strip():
            continue
        parts: list[str] = []
        cursor = p_start
        for index, sent in enumerate(sentences, start=1):
            start, end = max(sent.start, p_start), min(sent.end, p_end)
            if start >= end:
                continue
            if start > cursor:
                parts.append(html.escape(brief.body[cursor:start]))
            anchor = "" if index in seen else f' id="s{index}"'
            seen.add(index)
            parts.append(f'<span class="bg-s"{anchor}>{html.escape(brief.body[start:end])}</span>')
            cursor = end
        if cursor < p_end:
            parts.append(html.escape(brief.body[cursor:p_end]))
        out.append("<p>" + "".join(parts) + "</p>")
    return "\n".join(out)


def render_brief(brief: Brief, site: SiteContext) -> str:
    """The Markdown page of one briefing (linking its PDF when it has one)."""
    src = site.brief_uri(brief)
    href = href_from(src, site.directory_urls)
    countries = [(country_label(c), country_uri(c)) for c in countries_of(brief)]
    body = (
        env()
        .get_template("brief.md.j2")
        .render(
            brief=brief,
            site=site,
            minutes=reading_minutes(brief),
            related=site.view.related.get(brief.id, ()),
            link=sentence_finder(brief),
            role_link=lambda actor: "#" + role_sentence(brief, actor),
            actor_page=lambda actor: site.actor_uri_of(brief, actor.name),
            place_page=lambda place: site.place_uri_of(brief, place.name),
            href=href,
            pdf=href(f"{site.folder}/{brief.id}.pdf") if brief.id in site.pdfs else None,
            number=number,
            when=when,
            fulltext=Markup(fulltext_html(brief)),
            story_section=site.sections.get(brief.id),
            url=web_address(brief.url),
            countries=countries,
            tags=[t for t in brief.tags if t not in {name for name, _ in countries}],
            tag_page=site.tag_uri_of,
        )
    )
    # Material's own tags (top of the page) are hidden: this page lists its tags at the end
    return front_matter(brief.title, brief.summary, tags=list(brief.tags), hide=["tags"]) + body


def brief_pages(site: SiteContext) -> Iterator[Page]:
    """Every briefing page."""
    for brief in site.view.briefs:
        yield Page(site.brief_uri(brief), render_brief(brief, site))
