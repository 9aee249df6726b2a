"""briefgen: news articles in, traceable briefings out (pages, JSON, a searchable site).

The names below are imported when first used, so that `import briefgen.records` does not load
spaCy, MkDocs or pydantic (a few milliseconds instead of about a second). Extraction itself is
`briefgen.extract.extract`: `briefgen.extract` is its package, which a lazy name cannot share.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefgen.analysis import Analysis, analyse
    from briefgen.config import Settings
    from briefgen.contract import from_dict, to_dict, to_json
    from briefgen.errors import BriefgenError
    from briefgen.partial_date import PartialDate
    from briefgen.pipeline import Corpus, build_corpus
    from briefgen.readers import read
    from briefgen.records import (
        Actor,
        Article,
        Brief,
        Event,
        Evidence,
        Figure,
        Outlook,
        Place,
        Quote,
        Source,
    )

_HOMES = {
    **dict.fromkeys(("Analysis", "analyse"), "briefgen.analysis"),
    "Settings": "briefgen.config",
    **dict.fromkeys(("from_dict", "to_dict", "to_json"), "briefgen.contract"),
    "BriefgenError": "briefgen.errors",
    "PartialDate": "briefgen.partial_date",
    **dict.fromkeys(("Corpus", "build_corpus"), "briefgen.pipeline"),
    "read": "briefgen.readers",
    **dict.fromkeys(
        [
            "Actor",
            "Article",
            "Brief",
            "Event",
            "Evidence",
            "Figure",
            "Outlook",
            "Place",
            "Quote",
            "Source",
        ],
        "briefgen.records",
    ),
}
"""Each public name and the module it comes from."""

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Brief",
    "BriefgenError",
    "Corpus",
    "Event",
    "Evidence",
    "Figure",
    "Outlook",
    "PartialDate",
    "Place",
    "Quote",
    "Settings",
    "Source",
    "analyse",
    "build_corpus",
    "from_dict",
    "read",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # imported once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
