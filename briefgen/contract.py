"""The JSON contract: a Brief to and from the plain objects of DESIGN.md, validated by pydantic on
the frozen records themselves (`briefgen.wire` says how evidence, figures and dates are written),
and the JSON Schema of it that the site publishes beside `briefs.json`."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json
import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen import records
from briefgen.families import FAMILIES
from briefgen.records import Brief, Evidence

if TYPE_CHECKING:
    from pydantic import TypeAdapter

SCHEMA_FILE = Path(__file__).with_name("brief.schema.json")
"""The contract's JSON Schema as shipped and published (`pytest --update-goldens` rewrites it)."""
SCHEMA_ID = "brief.schema.json"


def to_dict(brief: Brief) -> dict[str, Any]:
    """The contract object for `brief`; evidence as [start, end] pairs."""
    data: dict[str, Any] = _adapter().dump_python(brief, mode="json")
    return data


def to_json(brief: Brief) -> str:
    """One line of JSON Lines for `brief`."""
    return json.dumps(to_dict(brief), ensure_ascii=False, sort_keys=False)


def from_dict(data: dict[str, Any]) -> Brief:
    """Rebuild a Brief from its contract object (the inverse of `to_dict`), checked as
    `from_json` checks its text."""
    return from_json(json.dumps(data, ensure_ascii=False))


def from_json(text: str | bytes) -> Brief:
    """A Brief from its JSON text, checked strictly (no text for a number, no number for a text,
    every date on the calendar, every evidence span inside the body); else a ValueError
    (pydantic's ValidationError names each field that does not fit)."""
    return check(_adapter().validate_json(text, strict=True))


def check(brief: Brief) -> Brief:
    """`brief` itself when every evidence span lies within its body; else a ValueError."""
    size = len(brief.body)
    for family in FAMILIES:
        for span in _spans(getattr(brief, family.name)):
            if not 0 <= span.start <= span.end <= size:
                raise ValueError(
                    f"{family.name}: evidence [{span.start}, {span.end}] lies outside "
                    f"the body ({size} characters)"
                )
    if any(not 0 <= s.start <= s.end <= size for s in brief.sentences):
        raise ValueError(f"a sentence span lies outside the body ({size} characters)")
    return brief


def _spans(value: object) -> Iterator[Evidence]:
    """Every Evidence inside a record, a tuple of records, or None."""
    if isinstance(value, Evidence):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name in _record_fields(type(value)):
            yield from _spans(getattr(value, name))


@cache
def _record_fields(record: type) -> tuple[str, ...]:
    """The fields of a record that can hold evidence: those whose type names a record (records
    are capitalised; `str`, `int`, `date` and tuples of them are not). Every cache read walks
    each brief, so a record type's fields are looked up once."""
    return tuple(
        f.name
        for f in dataclasses.fields(record)
        if not isinstance(f.type, str) or re.search(r"\b(?!None\b)[A-Z]", f.type)
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one brief as `to_dict` writes it, each record and
    field described by its docstring in `records.py`."""
    schema: dict[str, Any] = _adapter().json_schema(mode="serialization")
    described = {cls.__name__: cls for cls in _described_records()}
    for name, definition in [("Brief", schema), *schema.get("$defs", {}).items()]:
        cls = described.get(name)
        if cls is None:
            continue
        definition["description"] = inspect.cleandoc(cls.__doc__ or "")
        docs = _field_docs(cls)
        for field, prop in definition.get("properties", {}).items():
            if field in docs:
                prop["description"] = docs[field]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    """The schema as written to `SCHEMA_FILE`: stable key order, one trailing newline."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


@cache
def _adapter() -> TypeAdapter[Brief]:
    # pydantic costs a fifth of a second to import: only when a brief is first written or read
    from pydantic import TypeAdapter

    return TypeAdapter(Brief)


def _described_records() -> list[type]:
    return [Brief, records.Evidence, records.Cited, *(f.record for f in FAMILIES)]


def _field_docs(cls: type) -> dict[str, str]:
    """A dataclass's attribute docstrings (the string under each field), by field name."""
    tree = ast.parse(inspect.cleandoc("\n" + inspect.getsource(cls)))
    body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for field, doc in pairwise(body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(doc, ast.Expr)
            and isinstance(doc.value, ast.Constant)
            and isinstance(doc.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(doc.value.value)
    return docs
