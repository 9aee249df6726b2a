"""Importing the records is cheap: no spaCy, MkDocs, pydantic or SciPy until a name needs them."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import import_module

import briefgen

HEAVY = ("spacy", "mkdocs", "pydantic", "scipy", "jinja2", "weasyprint", "yaml", "trafilatura")


def _loaded_after(statement: str) -> list[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules: list[str] = json.loads(out.stdout)
    return sorted({m.split(".")[0] for m in modules} & set(HEAVY))


def test_importing_the_records_loads_no_heavy_library() -> None:
    assert _loaded_after("import briefgen.records") == []
    assert _loaded_after("from briefgen import Brief, PartialDate, Settings") == []


def test_every_public_name_resolves_to_its_module() -> None:
    assert sorted(briefgen.__all__) == sorted(briefgen._HOMES)
    for name in briefgen.__all__:
        assert getattr(briefgen, name) is getattr(import_module(briefgen._HOMES[name]), name)


def test_an_incremental_build_needs_no_spacy_until_it_extracts() -> None:
    # the MkDocs plugin and the pipeline load spaCy only to extract an article (seconds saved
    # on every build that extracts none), and the stories' stop words are spaCy's own list
    assert "spacy" not in _loaded_after("import briefgen.mkdocs.plugin, briefgen.cli")
    from spacy.lang.en.stop_words import STOP_WORDS

    from briefgen.stories.stop_words import STOP_WORDS as ours

    assert ours == STOP_WORDS
