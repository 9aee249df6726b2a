"""What every page producer gets: the analysis of the briefs and where each kind of page lives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefgen.analysis import Analysis
from briefgen.corpus.view import CorpusView
from briefgen.errors import BriefgenError
from briefgen.records import Brief, Evidence
from briefgen.render.inputs import Digests
from briefgen.render.links import Href, href_from, sentence_anchor

ACTORS = "actors"
PLACES = "places"
COUNTRIES = "countries"
TAGS_DIR = "tags"
STORIES = "stories"

FactLink = Callable[[Brief, Sequence[Evidence]], str]
"""Links to the sentence of a briefing that holds a fact's evidence."""


class Page:
    """One generated file of the site: its content given, or made when first asked for."""

    __slots__ = ("_content", "_make", "inputs", "src_uri")

    def __init__(
        self,
        src_uri: str,
        content: str | None = None,
        *,
        make: Callable[[], str] | None = None,
        inputs: str | None = None,
    ) -> None:
        if (content is None) == (make is None):
            raise ValueError("a page needs its content or a way to make it, not both")
        self.src_uri = src_uri
        """Path inside the docs folder, with forward slashes ("briefings/x.md")."""
        self._content = content
        self._make = make
        self.inputs = inputs
        """Digest of everything the content is made from (`briefgen.render.inputs`), if known:
        the same digest, the same content."""

    @property
    def content(self) -> str:
        """Full file content."""
        if self._content is None:
            assert self._make is not None
            self._content, self._make = self._make(), None
        return self._content

    def __repr__(self) -> str:
        return f"Page({self.src_uri!r})"


@dataclass(frozen=True, slots=True)
class SiteContext:
    """The analysis and the site's settings, as every page producer sees them."""

    analysis: Analysis
    """The corpus view, stories, disputed figures and upcoming dates."""
    problems: Sequence[BriefgenError]
    """Articles that could not be read."""
    briefings_dir: str
    """Folder of the briefing pages ("briefings")."""
    site_name: str
    """The site's name."""
    directory_urls: bool
    """MkDocs' use_directory_urls: "x/" rather than "x.html"."""
    site_url: str | None
    """Absolute address of the hosted site, if configured (feeds need it)."""
    pdfs: frozenset[str] = frozenset()
    """Ids of the briefs that have a PDF beside their page (`briefings_dir/ID.pdf`)."""
    digests: Digests = field(default_factory=Digests, compare=False)
    """Digests of page inputs, briefs digested once each."""

    def inputs(self, *inputs: object) -> str | None:
        """The digest of a page's `inputs` and of the settings every page is rendered with."""
        return self.digests.of(self.briefings_dir, self.directory_urls, self.site_name, inputs)

    @property
    def view(self) -> CorpusView:
        """Briefs newest first, merged actors and places, the timeline, related briefs."""
        return self.analysis.view

    def href(self, src_uri: str) -> Href:
        """Relative links from the page `src_uri`."""
        return href_from(src_uri, self.directory_urls)

    def fact(self, src_uri: str) -> FactLink:
        """Links from the page `src_uri` to the sentence that holds a fact of a briefing."""
        href = self.href(src_uri)
        return lambda brief, evidence: (
            href(self.brief_uri(brief)) + "#" + sentence_anchor(brief, evidence)
        )

    def brief_uri(self, brief: Brief) -> str:
        """The page of a briefing."""
        return f"{self.briefings_dir}/{brief.id}.md"

    def actor_uri_of(self, brief: Brief, name: str) -> str | None:
        """The actor page of the actor `name` of `brief`."""
        slug = self.view.actor_slugs.get((brief.id, name))
        return f"{ACTORS}/{slug}.md" if slug else None

    def tag_uri_of(self, tag: str) -> str | None:
        """The page of the tag `tag` (any case)."""
        slug = self.view.tag_slugs.get(tag.casefold())
        return f"{TAGS_DIR}/{slug}.md" if slug else None

    def place_uri_of(self, brief: Brief, name: str) -> str | None:
        """The place page of the place `name` of `brief`."""
        slug = self.view.place_slugs.get((brief.id, name))
        return f"{PLACES}/{slug}.md" if slug else None


def country_uri(code: str) -> str:
    """The page of a country."""
    return f"{COUNTRIES}/{code.lower()}.md"


def tag_uri(slug: str) -> str:
    """The page of a tag."""
    return f"{TAGS_DIR}/{slug}.md"
