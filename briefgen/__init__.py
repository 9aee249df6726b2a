"""briefgen: news articles in, traceable briefings out (pages, JSON, a searchable site)."""

from __future__ import annotations

from briefgen.analysis import Analysis, analyse
from briefgen.config import Settings
from briefgen.contract import from_dict, to_dict, to_json
from briefgen.errors import BriefgenError
from briefgen.extract import extract
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
    "extract",
    "from_dict",
    "read",
    "to_dict",
    "to_json",
]
