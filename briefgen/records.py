"""The typed records that flow through the pipeline: an Article is read, a Brief is extracted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from briefgen.article import Article as Article
from briefgen.partial_date import PartialDate
from briefgen.wire import ActorKind, PlaceKind, WholeNumber, evidence_schema

Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """A span of the article body that a fact was read from."""

    start: int
    """Character offset into `Article.body` where the cited text begins."""
    end: int
    """Character offset just past the cited text (exclusive)."""

    __get_pydantic_core_schema__ = classmethod(evidence_schema)  # [start, end] in JSON


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, group or country that acts in the story."""

    name: str
    """Fullest name the article uses."""
    kind: ActorKind
    """What sort of actor this is."""
    aliases: tuple[str, ...] = ()
    """Other names the article uses for the same actor ("Stanikzai")."""
    role: str | None = None
    """Role or title as the article gives it."""
    affiliation: str | None = None
    """Organisation or country the actor belongs to, where stated."""
    mentions: int = 1
    """How many times the article names the actor."""
    evidence: tuple[Evidence, ...] = ()
    """Where the actor is named (and its role stated)."""


@dataclass(frozen=True, slots=True)
class Place:
    """A named place, resolved against the offline gazetteer where possible."""

    name: str
    """Canonical name (the gazetteer's where resolved)."""
    kind: PlaceKind
    """City, country, region, facility or other."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the country the place is in."""
    lat: float | None = None
    """Latitude in degrees, if known."""
    lon: float | None = None
    """Longitude in degrees, if known."""
    aliases: tuple[str, ...] = ()
    """Other spellings the article uses."""
    evidence: tuple[Evidence, ...] = ()
    """Where the place is named."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number that matters, normalised, with what it measures."""

    text: str
    """The number as written ("800-kilometer")."""
    value: Annotated[float, WholeNumber] | None
    """The normalised value (800.0), fractions between 0 and 1; None for "dozens" or "several"."""
    unit: str | None = None
    """Unit or counted noun ("km", "troops"), if any."""
    approx: bool = False
    """True when qualified (about, more than, at least, nearly)."""
    about: str = ""
    """A short label of what the number measures."""
    evidence: tuple[Evidence, ...] = ()
    """Where the number is written."""
    high: Annotated[float, WholeNumber] | None = None
    """Upper end of a range ("5 to 10 percent": value 5, high 10); None for a single number."""


@dataclass(frozen=True, slots=True)
class Event:
    """A dated or datable event on the timeline."""

    text: str
    """The date phrase as written ("late on Thursday")."""
    date: PartialDate | None
    """The date at its precision ("2021-07-10", "2021-07", "2021", a year-less "--07-10"); None if unresolved."""
    precision: Precision | None
    """How exact the date is."""
    event: str
    """What happened, in a few words."""
    evidence: tuple[Evidence, ...] = ()
    """Where the date phrase is written."""
    main: bool = False
    """True on the row of the brief's main event (the date of `Brief.event`)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    speaker: str | None
    """Who is quoted: a name, or the anonymous description; None if unknown."""
    text: str
    """The quoted words, without quotation marks."""
    anonymous: bool = False
    """True when the speaker is not named."""
    evidence: tuple[Evidence, ...] = ()
    """Where the quotation stands."""


@dataclass(frozen=True, slots=True)
class Source:
    """Someone the article relies on for its information."""

    description: str
    """Name or description of the source ("a senior official at a Turkmen security agency")."""
    anonymous: bool
    """True when the source is not named."""
    evidence: tuple[Evidence, ...] = ()
    """Where the source is cited."""


@dataclass(frozen=True, slots=True)
class Outlook:
    """A statement about the future: a plan, an expectation, a deadline or a future date."""

    text: str
    """The statement as written (its sentence, shortened where long)."""
    cue: str
    """What marks it as future ("will", "plans to", "deadline", "future date")."""
    when: str | None = None
    """The date phrase it names, as written ("the beginning of September"), if any."""
    date: PartialDate | None = None
    """The date it points to at its precision (as `Event.date`), if one is stated."""
    precision: Precision | None = None
    """How exact that date is."""
    evidence: tuple[Evidence, ...] = ()
    """Where the statement stands."""


@dataclass(frozen=True, slots=True)
class Cited:
    """A part of the main event in a few words, and where the article says it."""

    text: str
    """The words ("Emirates", "ordered 30 Boeing 787 jets")."""
    evidence: tuple[Evidence, ...] = ()
    """Where they are read from."""


@dataclass(frozen=True, slots=True)
class MainEvent:
    """The story's main event at a glance (5W1H), chosen by salience: lead, headline, mentions."""

    what: Cited
    """What happened: the action of the main clause ("ordered 30 Boeing 787 jets")."""
    who: tuple[Cited, ...] = ()
    """Who did it, or whom it befell: actor names as in `Brief.actors`, else the subject as written."""
    when: Event | None = None
    """Its date: the main event's timeline row (phrase, resolved ISO date, precision); None if unstated."""
    where: tuple[Cited, ...] = ()
    """Where it happened: place names as in `Brief.places`."""
    why: Cited | None = None
    """The cause the article gives ("because …", "after …"), if any."""
    how: Cited | None = None
    """The means the article gives ("by …", "using …"), if any."""


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything extracted from one article; serialised as the JSON contract."""

    id: str
    """Stable slug, unique in the corpus; empty until the pipeline names the briefs (`corpus.ids`)."""
    source_path: str
    """Path of the article file."""
    title: str
    """Headline: the article's own, or a generated one."""
    title_generated: bool
    """True when the headline was generated."""
    published: date | None
    """Publication date, if known."""
    source: str | None
    """Publisher, if known."""
    url: str | None
    """Original address, if known."""
    dateline: str | None
    """Dateline place, if any."""
    summary: str
    """Bottom line: what happened, who, where."""
    key_points: tuple[str, ...]
    """Three to five short bullets."""
    actors: tuple[Actor, ...]
    """Key actors, most central first (the main event's actors lead)."""
    places: tuple[Place, ...]
    """Named places, most central first."""
    figures: tuple[Figure, ...]
    """Key figures in article order."""
    timeline: tuple[Event, ...]
    """Dated events in chronological order where resolvable."""
    quotes: tuple[Quote, ...]
    """Direct quotations in article order."""
    sources: tuple[Source, ...]
    """Who the article relies on."""
    tags: tuple[str, ...]
    """Countries, actors and topics."""
    body: str
    """The article text that all evidence offsets point into."""
    sentences: tuple[Evidence, ...] = ()
    """Sentence spans of the body, in order; sentence i is anchor `s{i+1}` on the page."""
    author: str | None = None
    """Byline, if known."""
    outlook: tuple[Outlook, ...] = ()
    """What's next: statements about the future, in article order."""
    event: MainEvent | None = None
    """The main event (5W1H); None when the text has no sentence to take it from."""
