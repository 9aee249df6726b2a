"""Gold files (tests/gold/{train,dev}/*.yaml): what a careful reader finds in one article, as
typed records. Reading and checking a file against the format of tests/gold/README.md is
`briefgen.eval.gold_format.load`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

SPLITS = ("train", "dev")
"""The two splits of tests/gold: rules are tuned on train, dev is only reported."""


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A person, organisation, group or country that acts in the story."""

    name: str
    """Fullest name the article uses."""
    kind: str | None
    """person, organization, group or country (older files may leave it out)."""
    aliases: tuple[str, ...]
    """Every other form of the name the article uses."""
    roles: tuple[str, ...]
    """The role as the article gives it, then accepted alternatives; empty if none is stated."""
    line: int
    """Line of the item in the gold file."""
    role_required: bool = True
    """False when the file lists only accepted roles (`roles` without `role`): none is required."""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A named place and the country it lies in."""

    name: str
    """The name as the article writes it."""
    country: str | None
    """ISO 3166-1 alpha-2 code; None for a place that spans countries (or in older files)."""
    kind: str | None
    """city, country, region, facility or other."""
    aliases: tuple[str, ...]
    """Other spellings the article uses."""
    line: int
    """Line of the item in the gold file."""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A quantity that measures something."""

    text: str | None
    """The number as written (older files give none)."""
    value: float | None
    """Normalised value; None for a vague quantity ("dozens") that must get no number."""
    high: float | None
    """Upper end of a range ("5 to 10 percent" → 10), else None."""
    unit: str | None
    """Unit or counted noun."""
    approx: bool | None
    """True when qualified (about, at least …), if the file says."""
    label: tuple[str, ...]
    """Words the figure's label must contain."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A date phrase and what it resolves to."""

    text: str
    """The phrase as written."""
    date: str | None
    """ISO date at its precision, or None when it cannot be pinned down."""
    precision: str | None
    """Stated precision (week needs it: the date is then that week's Monday)."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A direct quotation: its opening words and its speaker."""

    text: str
    """The quotation's first words, exactly as written."""
    speakers: tuple[str | None, ...]
    """The speaker, then accepted alternatives; (None,) when the text names nobody."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldSource:
    """Someone the article relies on."""

    description: str
    """Name or description."""
    anonymous: bool
    """True when not named."""
    aliases: tuple[str, ...]
    """Other accepted forms."""
    line: int
    """Line of the item in the gold file."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """The main event, as a reader would state it."""

    who: tuple[str, ...]
    """Its main actor(s)."""
    what: str | None
    """What happened."""
    when: str | None
    """ISO date at its precision, or None."""
    where: tuple[str, ...]
    """Where it happened."""
    line: int
    """Line of the event in the gold file."""


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold file, read and checked."""

    path: Path
    """The gold file."""
    article: str
    """Path of the article file from the repository root."""
    version: int
    """1 for the seven older files (places a plain list, no clutter or event), else 2."""
    published: str | None
    """True publication date (ISO), if the file states it."""
    actors: tuple[GoldActor, ...]
    """Every actor of the story."""
    optional_actors: tuple[str, ...]
    """Names neither required nor wrong."""
    not_actors: tuple[str, ...]
    """Text that must never become an actor (bylines, credits, time zones …)."""
    places: tuple[GoldPlace, ...]
    """Every named place (older files: names that must never be people)."""
    figures: tuple[GoldFigure, ...]
    """Every quantity that measures something."""
    dates: tuple[GoldDate, ...]
    """Every date phrase."""
    quotes: tuple[GoldQuote, ...]
    """Every direct quotation."""
    not_quotes: tuple[str, ...]
    """Words between quote marks that are no quotation."""
    sources: tuple[GoldSource, ...]
    """Who the article relies on."""
    clutter: tuple[str, ...]
    """Lines of page furniture left in the text."""
    event: GoldEvent | None
    """The main event, if annotated."""
    lines: dict[str, int]
    """Line of each top-level key, for messages."""

    @property
    def places_scored(self) -> bool:
        """Whether `places` is exhaustive with countries (format 2), so it can be scored."""
        return self.version >= 2


def split_of(stem: str) -> str:
    """The split a gold file belongs to by its name: fixed before anything was scored."""
    return "dev" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 10 >= 6 else "train"


def gold_files(gold_dir: Path, splits: tuple[str, ...]) -> list[Path]:
    """The gold files of the given splits under `gold_dir`, by name."""
    return sorted(p for split in splits for p in (gold_dir / split).glob("*.yaml"))
