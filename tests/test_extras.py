"""Optional features without their extra: an error that names the extra to install."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from briefgen import extras
from briefgen.cli import main
from briefgen.config import load_settings
from briefgen.errors import ConfigError
from briefgen.executor import on_dask
from briefgen.pdf import render_briefings


@pytest.fixture
def without(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Modules to be taken as not installed (add names to the set)."""
    gone: set[str] = set()
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name in gone else real(name, *args)

    monkeypatch.setattr(extras, "find_spec", find_spec)
    return gone


@pytest.mark.parametrize(
    ("setting", "value", "module", "extra"),
    [
        ("pdf", True, "weasyprint", "pdf"),
        ("search", "pagefind", "pagefind", "pagefind"),
        ("dask_scheduler", "tcp://127.0.0.1:8786", "distributed", "dask"),
    ],
)
def test_a_setting_that_needs_a_missing_extra_names_it_at_its_line(
    without: set[str], setting: str, value: object, module: str, extra: str
) -> None:
    assert load_settings({setting: value}, "mkdocs.yml")  # installed here: accepted
    without.add(module)
    with pytest.raises(ConfigError) as caught:
        load_settings({setting: value}, "mkdocs.yml", {setting: ("mkdocs.yml", 7)})
    assert str(caught.value).startswith(f"mkdocs.yml:7: briefgen setting '{setting}': ")
    assert str(caught.value).endswith(f"pip install 'briefgen[{extra}]'")


def test_the_features_themselves_name_their_extra(without: set[str]) -> None:
    without.update({"weasyprint", "distributed"})
    with pytest.raises(extras.MissingExtra, match=r"PDF export needs WeasyPrint.*briefgen\[pdf\]"):
        render_briefings([], site_name="T")
    with pytest.raises(extras.MissingExtra, match=r"briefgen\[dask\]"):
        on_dask([], "model", "tcp://127.0.0.1:1")


def test_briefgen_pdf_says_what_to_install_before_reading_anything(
    without: set[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    without.add("weasyprint")
    assert main(["pdf", "-f", str(tmp_path / "missing.yml")]) == 1
    assert capsys.readouterr().err == (
        "briefgen: pdf failed: PDF export needs WeasyPrint, which is not installed: "
        "pip install 'briefgen[pdf]'\n"
    )
