"""Overrides beside an article: checked with path:line errors, applied after extraction, never written."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import OverridesError
from briefgen.overrides import apply, apply_all, load
from briefgen.records import Actor, Brief, Cited, Evidence, MainEvent


def _brief(source_path: str = "seeds/a.txt") -> Brief:
    return Brief(
        id="a",
        source_path=source_path,
        title="A",
        title_generated=False,
        published=None,
        source=None,
        url=None,
        dateline=None,
        summary="Extracted summary.",
        key_points=(),
        actors=(
            Actor("Anna Berzina", "person", mentions=2, evidence=(Evidence(0, 12),)),
            Actor("Berzina", "person", mentions=1, evidence=(Evidence(40, 47),)),
            Actor("Image Reuters", "organization"),
            Actor("Riga Council", "organization", role=None),
        ),
        places=(),
        figures=(),
        timeline=(),
        quotes=(),
        sources=(),
        tags=("Latvia",),
        body="",
        event=MainEvent(
            Cited("opened the port"),
            who=(Cited("Berzina"), Cited("Image Reuters"), Cited("Riga Council")),
        ),
    )


def _write(folder: Path, text: str) -> Path:
    path = folder / "a.overrides.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_correction_is_applied(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "merge: {Berzina: Anna Berzina}\n"
        "drop: [Image Reuters]\n"
        "rename: {Riga Council: Riga City Council}\n"
        "roles: {Anna Berzina: mayor of Riga}\n"
        "summary: |\n  Pinned   summary.\n"
        "tags: [ports, Latvia]\n",
    )
    brief = apply(_brief(), load(path))
    actors = {a.name: a for a in brief.actors}
    assert set(actors) == {"Anna Berzina", "Riga City Council"}
    anna = actors["Anna Berzina"]
    assert anna.aliases == ("Berzina",) and anna.mentions == 3 and anna.role == "mayor of Riga"
    assert anna.evidence == (Evidence(0, 12), Evidence(40, 47))
    assert "Riga Council" in actors["Riga City Council"].aliases
    assert brief.summary == "Pinned summary." and brief.tags == ("Latvia", "ports")
    # the main event names its actors as corrected
    assert brief.event is not None
    assert [c.text for c in brief.event.who] == ["Anna Berzina", "Riga City Council"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("drop: [A]\nrenam: {A: B}\n", 2, "unknown key 'renam'"),
        ("tags: [a]\nroles: [a, b]\n", 2, "'roles' must be a dict"),
        ("summary: ok\ndrop: [a, [b]]\n", 2, "'drop' entries must be text"),
        ("drop: [a\n", 2, "not valid YAML"),
        ("- just a list\n", 1, "is a mapping"),
    ],
)
def test_an_invalid_file_names_its_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(OverridesError) as caught:
        load(path, "seeds/a.overrides.yaml")
    assert str(caught.value).startswith(f"seeds/a.overrides.yaml:{line}: ")
    assert message in str(caught.value)


def test_apply_all_reports_a_bad_file_keeps_the_brief_and_never_writes(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good = _write(seeds, "drop: [Image Reuters]\n")
    bad = seeds / "b.overrides.yaml"
    bad.write_text("drop: 3\n", encoding="utf-8")
    before = (good.stat().st_mtime_ns, bad.stat().st_mtime_ns)
    briefs, problems = apply_all([_brief("seeds/a.txt"), _brief("seeds/b.txt")], tmp_path)
    assert [len(b.actors) for b in briefs] == [3, 4]
    assert [str(p) for p in problems] == ["seeds/b.overrides.yaml:1: 'drop' must be a list"]
    assert (good.stat().st_mtime_ns, bad.stat().st_mtime_ns) == before


def test_extract_applies_the_overrides_beside_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from briefgen.cli import main

    monkeypatch.chdir(tmp_path)
    article = tmp_path / "port.txt"
    article.write_text(
        "Anna Berzina, the mayor of Riga, opened the new port on Monday. Berzina said it "
        "would double the city's trade.",
        encoding="utf-8",
    )
    (tmp_path / "port.overrides.yaml").write_text(
        "roles: {Anna Berzina: mayor}\nsummary: The port opened.\n", encoding="utf-8"
    )
    assert main(["extract", str(article), "--json"]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert brief["summary"] == "The port opened."
    assert [a["role"] for a in brief["actors"] if a["name"] == "Anna Berzina"] == ["mayor"]
