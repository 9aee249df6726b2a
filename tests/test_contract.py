"""The JSON contract of DESIGN.md, checked on the seed through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefgen.cli import main
from briefgen.contract import from_dict, to_dict
from tests.conftest import SEED

TOP_FIELDS = {
    "id",
    "source_path",
    "title",
    "title_generated",
    "published",
    "source",
    "url",
    "dateline",
    "summary",
    "key_points",
    "actors",
    "places",
    "figures",
    "timeline",
    "quotes",
    "sources",
    "tags",
    "body",
    "event",
}
FAMILY_FIELDS = {
    "actors": {"name", "kind", "aliases", "role", "affiliation", "mentions", "evidence"},
    "places": {"name", "kind", "country", "lat", "lon", "aliases", "evidence"},
    "figures": {"text", "value", "high", "unit", "approx", "about", "evidence"},
    "timeline": {"text", "date", "precision", "event", "evidence", "main"},
    "quotes": {"speaker", "text", "anonymous", "evidence"},
    "sources": {"description", "anonymous", "evidence"},
}


def extract_json(capsys: pytest.CaptureFixture[str], *files: Path) -> list[dict[str, Any]]:
    code = main(["extract", *map(str, files), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_extract_json_is_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    [brief] = extract_json(capsys, SEED)
    assert set(brief) >= TOP_FIELDS
    assert brief["source_path"].endswith("seeds/000_9e35455c8a55cd95.txt")
    assert brief["dateline"] == "Ashgabat"
    assert brief["title_generated"] is True and brief["published"] is None
    body = brief["body"]
    assert isinstance(body, str) and body.startswith(
        "Taliban representatives have visited Ashgabat"
    )
    for family, fields in FAMILY_FIELDS.items():
        items = brief[family]
        assert isinstance(items, list) and items, f"no {family} extracted from the seed"
        for item in items:
            assert fields <= set(item), (family, item)
            for start, end in item["evidence"]:
                assert 0 <= start < end <= len(body)
    # every cited span is the text it claims
    for figure in brief["figures"]:
        assert any(
            body[s:e] == figure["text"] or figure["text"] in body[s:e]
            for s, e in figure["evidence"]
        )
    for actor in brief["actors"]:
        names = {actor["name"], *actor["aliases"]}
        assert any(body[s:e] in names for s, e in actor["evidence"]) or actor["kind"] == "country"
    for quote in brief["quotes"]:
        assert any(quote["text"][:30] in body[s:e] for s, e in quote["evidence"])
    # the main event: each part cites its words; `when` is the timeline row marked main
    event = brief["event"]
    assert set(event) == {"what", "who", "when", "where", "why", "how"}
    for part in [event["what"], *event["who"], *event["where"]]:
        assert set(part) == {"text", "evidence"}
        for start, end in part["evidence"]:
            assert 0 <= start < end <= len(body)
    assert [w["text"] for w in event["who"]] == ["Taliban"]
    assert [w["text"] for w in event["where"]] == ["Ashgabat"]
    assert "visited Ashgabat" in event["what"]["text"]
    assert event["when"]["text"] == "July 10" and event["when"]["main"] is True
    assert [e for e in brief["timeline"] if e["main"]] == [event["when"]]
    assert brief["actors"][0]["name"] == "Taliban"


def test_seed_facts_the_foundation_promises(capsys: pytest.CaptureFixture[str]) -> None:
    [brief] = extract_json(capsys, SEED)
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Mohammad Nayeem" in actors and actors["Mohammad Nayeem"]["kind"] == "person"
    assert "Sher Mohammad Abbas Stanikzai" in actors
    assert not any(name in actors for name in ("Ashgabat", "Mary")), "places listed as actors"
    assert any(f["value"] == 800 and f["unit"] == "km" for f in brief["figures"])
    assert {"July 10", "July 11"} <= {e["text"] for e in brief["timeline"]}
    # no publication date: year-less dates stay year-less
    assert all(
        not (e["date"] or "").startswith("20")
        for e in brief["timeline"]
        if e["text"].startswith("July")
    )
    assert any(s["anonymous"] and "senior official" in s["description"] for s in brief["sources"])
    places = {p["name"]: p for p in brief["places"]}
    assert places["Ashgabat"]["country"] == "TM" and places["Ashgabat"]["lat"] is not None
    assert places["Mary"]["kind"] == "city"


def test_contract_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    [data] = extract_json(capsys, SEED)
    assert to_dict(from_dict(data)) == data


def test_extract_reports_bad_files_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Officials in Kabul met on Monday to discuss the border.", encoding="utf-8")
    code = main(["extract", str(empty), str(good), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip() == f"{empty}:1: file is empty: an article needs some text"
    [line] = captured.out.splitlines()
    assert json.loads(line)["source_path"] == str(good)
