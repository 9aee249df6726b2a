"""`briefgen eval` scores a brief against a gold file and prints recall and precision per family."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.cli import main

pytestmark = pytest.mark.slow


def test_eval_prints_recall_and_precision_and_lists_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(
        "RIGA -- Anna Berzina, the mayor of Riga, opened the port on July 10. "
        '"It will double our trade," Berzina said.',
        encoding="utf-8",
    )
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "article.yaml").write_text(
        "article: article.txt\n"
        "actors:\n  - {name: Anna Berzina, role: mayor of Riga}\n  - {name: Port Authority}\n"
        "places: [Riga]\n"
        "dates:\n  - {text: July 10, date: '--07-10'}\n"
        "quotes:\n  - {text: It will double, speaker: Anna Berzina}\n",
        encoding="utf-8",
    )
    code = main(["eval", "--gold", str(gold), "--shared", str(tmp_path / "none"), "-v"])
    out = capsys.readouterr().out
    assert code == 0
    rows = {line.split()[1]: line for line in out.splitlines() if line.startswith("gold ")}
    assert "0.50 (1/2)" in rows["actors"] and "1.00 (1/1)" in rows["roles"]
    assert "1.00 (1/1)" in rows["dates"] and "1.00 (1/1)" in rows["quotes"]
    assert "actor 'Port Authority'" in out and "places labelled as people: none" in out
