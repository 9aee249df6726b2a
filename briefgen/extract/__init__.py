"""Extraction: one parsed Doc per article, one extractor per fact family, one Brief out."""

from __future__ import annotations

from spacy.tokens import Doc

from briefgen.config import DEFAULT_MODEL
from briefgen.countries import country_name
from briefgen.extract import nlp
from briefgen.extract.actors import extract_actors
from briefgen.extract.dates import extract_timeline
from briefgen.extract.event import extract_event, mark_main, rank_actors, rank_places
from briefgen.extract.figures import extract_figures
from briefgen.extract.outlook import extract_outlook
from briefgen.extract.places import extract_places
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.sources import extract_sources
from briefgen.extract.summary import bottom_line, headline, key_points
from briefgen.records import Actor, Article, Brief, Evidence, Place

__all__ = ["extract", "extract_doc"]

MAX_TAGS = 8


def extract(article: Article, model: str = DEFAULT_MODEL) -> Brief:
    """Extract a Brief from one article. Its `id` is empty: the pipeline names every brief of the
    corpus at once (`briefgen.corpus.ids`), so that ids are unique and stable."""
    return extract_doc(nlp.parse(article.body, model), article)


def extract_doc(doc: Doc, article: Article) -> Brief:
    """Extract a Brief from an article's parsed body (the executor parses many in one `nlp.pipe`)."""
    title = article.title or headline(doc, article)
    timeline = extract_timeline(doc, article)
    found_actors, found_places = extract_actors(doc, article), extract_places(doc, article)
    main = extract_event(doc, article, title, found_actors, found_places, timeline)
    timeline, main = mark_main(timeline, main)
    actors = rank_actors(doc, article, title, found_actors, main)
    places = rank_places(doc, article, title, found_places, main)
    figures = extract_figures(doc, article)
    return Brief(
        id="",
        source_path=article.source_path,
        title=title,
        title_generated=article.title is None,
        published=article.published,
        source=article.source,
        url=article.url,
        dateline=article.dateline,
        summary=bottom_line(doc),
        key_points=key_points(doc, actors, figures),
        actors=actors,
        places=places,
        figures=figures,
        timeline=timeline,
        quotes=extract_quotes(doc, article),
        sources=extract_sources(doc, article),
        tags=_tags(article, actors, places),
        body=article.body,
        sentences=tuple(Evidence(s.start_char, s.end_char) for s in doc.sents if s.text.strip()),
        author=article.author,
        outlook=extract_outlook(doc, article),
        event=main,
    )


def _tags(
    article: Article, actors: tuple[Actor, ...], places: tuple[Place, ...]
) -> tuple[str, ...]:
    tags: list[str] = list(article.tags)
    for place in places:
        name = country_name(place.country) if place.country else None
        if name:
            tags.append(name)
    tags.extend(a.name for a in actors[:3] if a.kind in {"organization", "group", "person"})
    return tuple(dict.fromkeys(tags))[:MAX_TAGS]
