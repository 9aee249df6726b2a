"""How the record types that are not plain fields go over the wire, for pydantic's validation
and JSON Schema: evidence as a [start, end] pair, a whole figure without ".0", a partial date as
its ISO text. pydantic is imported only when the contract first builds its validator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

ActorKind = Literal["person", "organization", "group", "country"]
"""What sort of actor a `records.Actor` is."""
PlaceKind = Literal["city", "country", "region", "facility", "other"]
"""What sort of place a `records.Place` is."""


def evidence_schema(cls: type[Any], _source: Any = None, _handler: Any = None) -> Any:
    """A span as `[start, end]` (both whole numbers); read back into `cls(start, end)`."""
    from pydantic_core import core_schema

    pair = core_schema.tuple_schema([core_schema.int_schema(), core_schema.int_schema()])
    return core_schema.no_info_after_validator_function(
        lambda span: cls(*span),
        pair,
        serialization=core_schema.plain_serializer_function_ser_schema(
            lambda evidence: (evidence.start, evidence.end), return_schema=pair
        ),
    )


def partial_date_schema(cls: type[Any], _source: Any = None, _handler: Any = None) -> Any:
    """A date at its precision as its ISO text; checked by `cls` when read."""
    from pydantic_core import core_schema

    text = core_schema.str_schema(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")
    return core_schema.no_info_after_validator_function(
        cls,
        text,
        serialization=core_schema.plain_serializer_function_ser_schema(str, return_schema=text),
    )


class WholeNumber:
    """Marks a float field whose whole values go into JSON without ".0" (800, not 800.0), as a
    reader of the contract expects of a count."""

    @staticmethod
    def __get_pydantic_core_schema__(source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(
            float,
            handler(source),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _whole,
                return_schema=core_schema.union_schema(
                    [core_schema.int_schema(strict=True), core_schema.float_schema(strict=True)]
                ),
            ),
        )


def _whole(value: float) -> float | int:
    # beyond 2**53 a float holds no exact whole number: leave it as it is
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
