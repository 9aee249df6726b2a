"""The briefing page: facts laid out for a glance, each linked to its sentence in the full text."""

from __future__ import annotations

import html
from collections.abc import Iterator
from functools import partial

from markupsafe import Markup

from briefgen.briefing.fulltext import paragraphs
from briefgen.corpus.crossref import countries_of
from briefgen.countries import country_label
from briefgen.records import Actor, Brief
from briefgen.render.context import (
    STORIES,
    Page,
    SiteContext,
    country_uri,
)
from briefgen.render.links import front_matter, sentence_anchor
from briefgen.templates import render
from briefgen.urls import web_address

WORDS_PER_MINUTE = 220


def role_sentence(brief: Brief, actor: Actor) -> str:
    """The anchor of the sentence that states the actor's role (else its first mention)."""
    if actor.role:
        needle = actor.role.casefold()
        for span in actor.evidence:
            anchor = sentence_anchor(brief, [span])
            if anchor.startswith("s"):
                sent = brief.sentences[int(anchor[1:]) - 1]
                if needle in brief.body[sent.start : sent.end].casefold():
                    return anchor
    return sentence_anchor(brief, actor.evidence)


def reading_minutes(brief: Brief) -> int:
    """Minutes a reader needs for the full text."""
    return max(1, round(len(brief.body.split()) / WORDS_PER_MINUTE))


def fulltext_html(brief: Brief) -> str:
    """The body as paragraphs of sentence spans `s1`, `s2` … that facts link to."""
    out = []
    for paragraph in paragraphs(brief):
        pieces = []
        for piece in paragraph:
            text = html.escape(piece.text)
            if piece.sentence is None:
                pieces.append(text)
            else:
                anchor = f' id="s{piece.sentence}"' if piece.first else ""
                pieces.append(f'<span class="bg-s"{anchor}>{text}</span>')
        out.append("<p>" + "".join(pieces) + "</p>")
    return "\n".join(out)


def render_brief(brief: Brief, site: SiteContext) -> str:
    """The Markdown page of one briefing (linking its PDF when it has one)."""
    src = site.brief_uri(brief)
    href = site.href(src)
    countries = [(country_label(c), country_uri(c)) for c in countries_of(brief)]
    body = render(
        "brief.md.j2",
        brief=brief,
        site=site,
        shown=site.analysis.briefings[brief.id],
        minutes=reading_minutes(brief),
        related=site.view.related.get(brief.id, ()),
        link=lambda evidence: "#" + sentence_anchor(brief, evidence),
        role_link=lambda actor: "#" + role_sentence(brief, actor),
        actor_page=lambda actor: site.actor_uri_of(brief, actor.name),
        place_page=lambda place: site.place_uri_of(brief, place.name),
        href=href,
        fact=site.fact(src),
        pdf=href(f"{site.briefings_dir}/{brief.id}.pdf") if brief.id in site.pdfs else None,
        fulltext=Markup(fulltext_html(brief)),
        story=site.analysis.story_of.get(brief.id),
        disputed=site.analysis.disputes.get(brief.id, ()),
        stories_dir=STORIES,
        url=web_address(brief.url),
        countries=countries,
        tags=[t for t in brief.tags if t not in {name for name, _ in countries}],
        tag_page=site.tag_uri_of,
    )
    # Material's own tags (top of the page) are hidden: this page lists its tags at the end
    return front_matter(brief.title, brief.summary, tags=list(brief.tags), hide=["tags"]) + body


def brief_pages(site: SiteContext) -> Iterator[Page]:
    """Every briefing page (rendered when its content is asked for)."""
    for brief in site.view.briefs:
        yield Page(
            site.brief_uri(brief),
            make=partial(render_brief, brief, site),
            inputs=_brief_inputs(brief, site),
        )


def _brief_inputs(brief: Brief, site: SiteContext) -> str | None:
    """The digest of what `render_brief` reads besides the brief: its related briefings, its
    story and disputes, its PDF, and the pages of its actors, places and tags. How the briefing
    is shown (`analysis.briefings`) is made from the brief alone, by code the salt covers."""
    return site.inputs(
        "brief.md.j2",
        brief,
        site.view.related.get(brief.id, ()),
        site.analysis.story_of.get(brief.id),
        site.analysis.disputes.get(brief.id, ()),
        brief.id in site.pdfs,
        [site.actor_uri_of(brief, a.name) for a in brief.actors],
        [site.place_uri_of(brief, p.name) for p in brief.places],
        [site.tag_uri_of(t) for t in brief.tags],
    )
