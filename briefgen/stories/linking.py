"""Which figures of a story's briefings count one thing: pairs that may, joined into groups
while what the groups say still agrees (`briefgen.stories.figures` makes the threads)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.records import Brief
from briefgen.stories.records import FigureValue

MAX_RATIO = 10.0
"""Values further apart than this factor are taken to count different things."""


@dataclass(frozen=True, slots=True)
class Item:
    """One countable figure of one briefing, with what it is compared on."""

    value: FigureValue
    """The figure, its briefing, and the values it allows."""
    unit: str
    """The counted noun or unit, singular and casefolded ("" for none)."""
    measure: str | None
    """The headline count it gives ("killed"), None for other figures."""
    anchors: frozenset[str]
    """Actor and place names (and aliases) in its sentence, casefolded."""
    places: frozenset[str]
    """The place names among them."""
    counted_by: str | None
    """What happens to what it counts ("died"), as a short stem; None when nothing is said."""

    @property
    def brief(self) -> Brief:
        """The briefing that gives the figure."""
        return self.value.brief

    kind: str | None
    """The kind of person a headline count counts ("passengers"); None for people in general
    ("40 people", "two fatalities", "more than 50 injured"). Worked out once: a large story
    compares its figures pairwise, millions of times."""

    @property
    def keys(self) -> tuple[str, ...]:
        """What it may be compared with: the headline count it gives, and its counted noun
        unless that is people in general ("12 passengers died" and "the toll rose to 23
        passengers" meet on "passengers")."""
        if not self.measure:
            return (f"unit:{self.unit}",)
        noun = () if self.kind is None else (f"unit:{self.unit}",)
        return (f"measure:{self.measure}", *noun)


def disagree(first: FigureValue, second: FigureValue) -> bool:
    """True when two values of the same thing cannot both be right (a vague one never is)."""
    if first.bounds is None or second.bounds is None:
        return False
    return not first.bounds.meets(second.bounds)


def link(items: Sequence[Item]) -> list[list[int]]:
    """Groups of items that count one thing and come from at least two briefings.

    Pairs that may count the same thing are joined one at a time, agreeing values first, then
    pairs that say what the counted thing does: groups grow around what briefings agree on before
    a disagreement may join them. Whether a pair may join depends on what the two groups hold by
    then (`_Group.may_join`), so the groups are not the connected parts of a graph of pairs: each
    is kept as the list of its members, with a summary of what they say."""
    group = list(range(len(items)))
    """The label of the group each item is in: the index of one of its members."""
    groups = {i: _Group.of(i, item) for i, item in enumerate(items)}
    by_key: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for key in item.keys:
            by_key.setdefault(key, []).append(index)
    candidates = {
        (i, j)
        for indices in by_key.values()
        for n, i in enumerate(indices)
        for j in indices[n + 1 :]
    }
    pairs = sorted(
        (
            disagree(items[i].value, items[j].value),
            items[i].counted_by is None or items[j].counted_by is None,
            i,
            j,
        )
        for i, j in candidates
        if _same_thing(items[i], items[j])
    )
    for *_, i, j in pairs:
        a, b = group[i], group[j]
        if a != b and groups[a].may_join(groups[b]):
            for k in groups[b].members:
                group[k] = a
            groups[a].take(groups.pop(b))
    kept = sorted(sorted(g.members) for g in groups.values())
    return [g for g in kept if len({id(items[k].brief) for k in g}) > 1]


@dataclass(slots=True)
class _Group:
    """Items that count one thing so far, and what they say between them: kept as the groups
    grow, since a large story tries hundreds of thousands of joins."""

    members: list[int]
    counted_by: set[str]
    """What the items say happens to what they count ("died")."""
    places: frozenset[str]
    """The places named beside any of them."""
    kinds: set[str]
    """The kinds of person the headline counts among them count."""
    given: dict[int, list[FigureValue]]
    """By briefing (its id()), the values it gives in the group."""

    @classmethod
    def of(cls, index: int, item: Item) -> _Group:
        return cls(
            members=[index],
            counted_by={item.counted_by} if item.counted_by else set(),
            places=item.places,
            kinds={item.kind} if item.measure and item.kind is not None else set(),
            given={id(item.brief): [item.value]},
        )

    def may_join(self, other: _Group) -> bool:
        """Whether two groups may be one thing: they say at most one thing about what is
        counted ("died"), so a figure that says nothing more cannot bridge "people killed" and
        "people injured"; they name the same places, if both name any; a headline count counts
        one kind of person at most ("passengers" and "people", not "men" and "women"); and no
        briefing gives values in them that cannot both hold ("400-gram" and "170-gram" bars)."""
        if len(self.counted_by | other.counted_by) > 1:
            return False
        if self.places and other.places and not self.places & other.places:
            return False  # a count restated without its place does not bridge two places
        if len(self.kinds | other.kinds) > 1:
            return False
        return not any(
            disagree(value, later)
            for brief, values in other.given.items()
            for later in values
            for value in self.given.get(brief, ())
        )

    def take(self, other: _Group) -> None:
        """Join `other` into this group."""
        self.members += other.members
        self.counted_by |= other.counted_by
        self.places |= other.places
        self.kinds |= other.kinds
        for brief, values in other.given.items():
            self.given.setdefault(brief, []).extend(values)


def _same_thing(a: Item, b: Item) -> bool:
    """Whether two figures of the same measure from different briefs may count the same thing."""
    if a.brief is b.brief:
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # "32 civilians killed in Kunduz" is another attack than the one in Mazar
    if not a.anchors & b.anchors and not (a.measure and b.measure):
        return False  # the same actor or place must be named beside both, bar headline counts
    low, high = sorted((abs(a.value.figure.value or 0.0), abs(b.value.figure.value or 0.0)))
    if high > MAX_RATIO * max(low, 1e-9):
        return False  # reports of one count do not differ tenfold: these count different things
    if a.counted_by and b.counted_by:
        return a.counted_by == b.counted_by  # "people killed" is not "people injured"
    return True  # "23 passengers in Mwanza" says nothing more: it agrees with either
