"""The scoring of `briefgen eval` itself, on a hand-made gold file and brief: no model needed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefgen.eval import explain
from briefgen.eval.checks import quoted_mask
from briefgen.eval.families import score
from briefgen.eval.gold import Gold
from briefgen.eval.gold_format import load
from briefgen.eval.result import Scored
from briefgen.partial_date import PartialDate
from briefgen.records import (
    Actor,
    Brief,
    Cited,
    Event,
    Evidence,
    Figure,
    MainEvent,
    Place,
    Quote,
    Source,
)
from tests.checks import bare_brief

BODY = (
    "RIGA -- Anna Berzina, the mayor of Riga, opened the port on July 10, officials said. "
    '"It will double our trade," Berzina said. Dozens of ships wait. '
    "Trade rose 5 to 10 percent. Photo: Janis Ozols. Sign up for our daily newsletter now."
)
GOLD = """\
article: article.txt
published: 2021-07-12
actors:
  - {name: Anna Berzina, kind: person, aliases: [Berzina], role: mayor of Riga}
  - {name: Port Authority, kind: organization}
optional_actors: [Latvia]
not_actors: [Janis Ozols]
places:
  - {name: Riga, country: LV, kind: city}
  - {name: Latvia, country: LV, kind: country}
figures:
  - {text: 5 to 10 percent, value: 5, high: 10, unit: percent, label: [trade]}
  - {text: Dozens, value: null, label: [ships]}
dates:
  - {text: July 10, date: 2021-07-10}
quotes:
  - {text: It will double, speaker: Anna Berzina, speakers: [Berzina]}
sources:
  - {description: officials, anonymous: true}
clutter: ["Sign up for our daily newsletter now"]
event:
  who: [Anna Berzina]
  what: opened the port
  when: 2021-07-10
  where: [Riga]
"""


def at(needle: str) -> tuple[Evidence, ...]:
    start = BODY.index(needle)
    return (Evidence(start, start + len(needle)),)


def sentences(body: str) -> tuple[Evidence, ...]:
    spans, start = [], 0
    for i, ch in enumerate(body):
        if ch == "." and (i + 1 == len(body) or body[i + 1] == " ") and body[i - 1] != '"':
            spans.append(Evidence(start, i + 1))
            start = i + 2
    return tuple(spans)


def brief() -> Brief:
    july = Event(
        "July 10", PartialDate("2021-07-10"), "day", "Berzina opened the port", at("July 10")
    )
    return bare_brief(
        body=BODY,
        sentences=sentences(BODY),
        summary="Anna Berzina opened the port. Sign up for our daily newsletter",
        actors=(
            Actor("Anna Berzina", "person", ("Berzina",), "mayor", evidence=at("Anna Berzina")),
            Actor("Riga", "person", evidence=at("Riga,")),  # a place taken for a person
            Actor("Janis Ozols", "person", evidence=at("Janis Ozols")),  # a photo credit
            Actor("Latvia", "country"),  # optional: neither right nor wrong
        ),
        places=(
            Place("Riga", "city", "LV", evidence=at("Riga")),
            Place("Latvia", "country", "US"),  # the wrong country
        ),
        figures=(
            Figure("5", 5.0, "percent", about="trade rose", evidence=at("5 to")),
            Figure("Dozens", 24.0, "ships", about="ships wait", evidence=at("Dozens")),
        ),
        timeline=(july, Event("July", PartialDate("2021-07"), "month", "opened", at("July"))),
        quotes=(
            Quote("Berzina", "It will double our trade", evidence=at("It will")),
            Quote(None, "officials said", evidence=at("officials said")),  # narration
        ),
        sources=(Source("officials", True, at("officials")), Source("Berzina", False)),
        event=MainEvent(
            what=Cited("opened the port", at("opened the port")),
            who=(Cited("Anna Berzina", at("Anna Berzina")),),
            when=july,
            where=(Cited("Latvia"),),
        ),
    )


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    (tmp_path / "train").mkdir()
    path = tmp_path / "train" / "article.yaml"
    path.write_text(GOLD, encoding="utf-8")
    return load(path)


def counts(gold: Gold) -> dict[str, tuple[int, int, int, int]]:
    result = score(brief(), gold)
    return {f: (s.found, s.gold, s.right, s.extracted) for f, s in result.scores.items()}


def test_families_count_recall_and_precision(gold: Gold) -> None:
    assert counts(gold) == {
        # Port Authority missed; Riga and the credit wrong; Latvia optional, not counted
        "actors": (1, 2, 1, 3),
        # "mayor" is close enough to "mayor of Riga"
        "roles": (1, 1, 1, 1),
        # Latvia is named but put in the wrong country
        "places": (1, 2, 1, 2),
        # the range came out as a single 5; "Dozens" got a number it must not have
        "figures": (0, 2, 0, 2),
        "dates": (1, 1, 1, 2),
        # precision over every quote extracted, narration included
        "quotes": (1, 1, 1, 2),
        "sources": (1, 1, 1, 2),
    }


def test_checks_count_faults(gold: Gold) -> None:
    result = score(brief(), gold)
    assert result.checks == {
        "places as people": 1,
        "junk actors": 1,
        "clutter": 1,  # a six-word run of the clutter line in the summary
        "narration quotes": 1,
        "short events": 1,  # "opened"
        "wrong country": 1,
    }


def test_event_hits(gold: Gold) -> None:
    result = score(brief(), gold)
    hits = {part: (s.found, s.gold) for part, s in result.event.items()}
    assert hits == {"who": (1, 1), "where": (0, 1), "when": (1, 1)}


def test_a_range_and_a_vague_quantity_can_be_right(gold: Gold) -> None:
    from dataclasses import replace

    good = replace(
        brief(),
        figures=(Figure("5 to 10 percent", 5.0, "percent", about="trade rose", high=10.0),),
    )
    assert score(good, gold).scores["figures"].found == 2  # the range, and no number for Dozens


def test_explain_shows_each_case_with_its_sentence(gold: Gold) -> None:
    out = io.StringIO()
    explain.write([Scored(gold, brief(), score(brief(), gold))], ["actors", "figures"], out)
    text = out.getvalue()
    assert "== actors: 1 missed, 2 wrong ==\ntrain/article.yaml\n" in text
    assert "  miss   'Port Authority'\n         » (not in the text as read)\n" in text
    assert "  wrong  'Janis Ozols' (person)\n         » Photo: Janis Ozols.\n" in text
    assert "  miss   'Dozens' = vague" not in text
    assert "vague 'Dozens' got the number 24\n         » Dozens of ships wait.\n" in text
    assert "== quotes" not in text


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        # a curly mark turned the wrong way, then a closing glyph that opens
        (
            "“He will shoot them,“ Trump said. ”He is buying.”",
            ["“He will shoot them,“", "”He is buying.”"],
        ),
        # a straight mark closed by a curly one
        (
            '"And I asked?” said Hill. "And he said, the President."',
            ['"And I asked?”', '"And he said, the President."'],
        ),
        # two right single marks close a double quotation
        ("“It was an attempt,’’ Will Moy told the BBC.", ["“It was an attempt,’’"]),
        # left open: runs to the paragraph's end, and not into the next paragraph
        ("She said: “It goes on\nHe added: more.", ["“It goes on"]),
    ],
)
def test_narration_check_pairs_marks_of_any_glyph(body: str, quoted: list[str]) -> None:
    mask = quoted_mask(body)
    runs, current = [], ""
    for char, inside in zip(body, mask, strict=True):
        if inside:
            current += char
        elif current:
            runs.append(current)
            current = ""
    assert runs + ([current] if current else []) == quoted
