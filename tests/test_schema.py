"""The contract's records, its registry of fact families and its JSON Schema: the schema in the
repository is the one the code makes, and every brief a site publishes validates against it."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any, get_type_hints

import jsonschema
import pytest

from briefgen.cache import Cache
from briefgen.contract import SCHEMA_FILE, SCHEMA_ID, from_dict, from_json, schema_text, to_dict
from briefgen.families import FAMILIES, SCORED, family
from briefgen.partial_date import PartialDate
from briefgen.records import (
    Actor,
    Brief,
    Cited,
    Event,
    Evidence,
    Figure,
    MainEvent,
    Outlook,
    Place,
    Quote,
    Source,
)

BODY = "Acme Corp said on July 10 it will hire about 1,200 people in Tashkent."


def every_field_brief() -> Brief:
    """A brief with every family filled and every field set, by hand (no model)."""
    when = Event("July 10", PartialDate("--07-10"), "day", "Acme said", (Evidence(18, 25),), True)
    return Brief(
        id="acme-hires",
        source_path="seeds/acme.txt",
        title="Acme hires",
        title_generated=False,
        published=None,
        source="Wire",
        url="https://example.org/acme",
        dateline=None,
        summary="Acme Corp will hire 1,200 people.",
        key_points=("Acme will hire.",),
        actors=(Actor("Acme Corp", "organization", ("Acme",), None, None, 1, (Evidence(0, 9),)),),
        places=(Place("Tashkent", "city", "UZ", 41.26, 69.2167, (), (Evidence(61, 69),)),),
        figures=(
            Figure("about 1,200", 1200.0, "people", True, "hires", (Evidence(43, 54),)),
            Figure("1.5 to 2", 1.5, None, False, "range", (Evidence(43, 48),), high=2.0),
        ),
        timeline=(when,),
        quotes=(Quote(None, "will hire", True, (Evidence(29, 38),)),),
        sources=(Source("Acme Corp", False, (Evidence(0, 9),)),),
        tags=("Uzbekistan",),
        body=BODY,
        sentences=(Evidence(0, len(BODY)),),
        author="A. Writer",
        outlook=(Outlook("it will hire", "will", None, None, None, (Evidence(26, 38),)),),
        event=MainEvent(
            Cited("will hire", (Evidence(29, 38),)),
            (Cited("Acme Corp", (Evidence(0, 9),)),),
            when,
            (Cited("Tashkent", (Evidence(61, 69),)),),
        ),
    )


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_the_schema_in_the_repository_is_the_one_the_records_make(update_goldens: bool) -> None:
    made = schema_text()
    if update_goldens:
        SCHEMA_FILE.write_text(made, encoding="utf-8")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == made, (
        f"{SCHEMA_FILE.name} is out of date: run `pytest --update-goldens` and review the diff"
    )


def test_a_brief_validates_and_round_trips_to_the_same_wire_format() -> None:
    brief = every_field_brief()
    data = to_dict(brief)
    validator().validate(data)
    assert data["figures"][0]["value"] == 1200 and isinstance(data["figures"][0]["value"], int)
    assert data["figures"][1]["high"] == 2 and data["figures"][1]["value"] == 1.5
    assert data["timeline"][0]["date"] == "--07-10"
    assert data["actors"][0]["evidence"] == [[0, 9]]
    assert list(data) == [f.name for f in dataclasses.fields(Brief)]
    assert from_dict(json.loads(json.dumps(data))) == brief
    assert from_json(json.dumps(data)) == brief


@pytest.mark.parametrize(
    ("path", "value", "schema_tells"),
    [
        (("figures", 0, "value"), "1200", True),  # a number written as text
        (("actors", 0, "kind"), "robot", True),  # not a kind of actor
        (("actors", 0, "evidence"), [[0]], True),  # evidence is a pair
        (("timeline", 0, "date"), "July 10", True),  # not ISO
        (("published",), "last Friday", True),
        (("title",), None, True),
        # what only the code can tell: a day not on the calendar, a span past the body's end
        (("timeline", 0, "date"), "2021-02-30", False),
        (("places", 0, "evidence"), [[61, 999]], False),
    ],
)
def test_a_brief_that_breaks_the_contract_is_refused(
    path: tuple[str | int, ...], value: Any, schema_tells: bool
) -> None:
    data = to_dict(every_field_brief())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValueError):
        from_json(json.dumps(data))
    with pytest.raises(ValueError):
        from_dict(data)
    assert validator().is_valid(data) is not schema_tells


def test_a_cache_entry_that_breaks_the_contract_is_extracted_again(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "salt")
    brief = every_field_brief()
    cache.put("a" * 64, brief)
    assert cache.get("a" * 64) == brief
    entry = json.loads((tmp_path / f"{'a' * 64}.json").read_text(encoding="utf-8"))
    entry["brief"]["figures"][0]["value"] = "1200"
    (tmp_path / f"{'a' * 64}.json").write_text(json.dumps(entry), encoding="utf-8")
    assert cache.get("a" * 64) is None
    entry["brief"]["figures"][0]["value"] = 1200
    entry["brief"]["quotes"][0]["evidence"] = [[29, len(BODY) + 1]]
    (tmp_path / f"{'a' * 64}.json").write_text(json.dumps(entry), encoding="utf-8")
    assert cache.get("a" * 64) is None


def test_the_registry_names_every_family_of_a_brief() -> None:
    hints = get_type_hints(Brief)
    records = {Actor, Place, Figure, Event, Quote, Source, Outlook, MainEvent}
    holding = {
        name
        for name, hint in hints.items()
        if set(getattr(hint, "__args__", ())) & records or hint in records
    }
    assert {f.name for f in FAMILIES} == holding
    for fact_family in FAMILIES:
        assert fact_family.record in records
        assert fact_family.many == (fact_family.name != "event")
    assert family("timeline").record is Event
    assert SCORED == ("actors", "roles", "places", "figures", "dates", "quotes", "sources")
    with pytest.raises(KeyError, match="no fact family 'dates'"):
        family("dates")


def test_every_field_is_described_in_the_schema() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$id"] == SCHEMA_ID
    for name, definition in [("Brief", schema), *schema["$defs"].items()]:
        assert definition.get("description"), name
        for field, prop in definition["properties"].items():
            assert prop.get("description"), f"{name}.{field} has no docstring in records.py"


@pytest.mark.slow
def test_every_brief_of_a_built_site_validates_against_its_published_schema(
    built_site: Path,
) -> None:
    published = built_site / "briefings" / SCHEMA_ID
    assert published.read_text(encoding="utf-8") == SCHEMA_FILE.read_text(encoding="utf-8")
    check = validator()
    briefs = json.loads((built_site / "briefings" / "briefs.json").read_text(encoding="utf-8"))
    assert len(briefs) >= 3
    for data in briefs:
        check.validate(data)
        one = built_site / "briefings" / f"{data['id']}.json"
        assert json.loads(one.read_text(encoding="utf-8")) == data
        assert to_dict(from_dict(data)) == data
    assert date.fromisoformat("2021-07-12")  # the schema's dates are ISO text
