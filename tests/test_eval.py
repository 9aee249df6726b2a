"""`briefgen eval` extracts the article of each gold file with the real model and prints recall
and precision per family; `--explain` lists every case with its sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.eval.articles import from_news_please


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(
        "RIGA -- Anna Berzina, the mayor of Riga, opened the port on July 10. "
        '"It will double our trade," Berzina said.',
        encoding="utf-8",
    )
    train = tmp_path / "gold" / "train"
    train.mkdir(parents=True)
    (train / "article.yaml").write_text(
        "article: article.txt\n"
        "actors:\n  - {name: Anna Berzina, role: mayor of Riga}\n  - {name: Port Authority}\n"
        "places:\n  - {name: Riga, country: LV}\n"
        "dates:\n  - {text: July 10, date: '--07-10'}\n"
        "quotes:\n  - {text: It will double, speaker: Anna Berzina}\n"
        "event: {who: [Anna Berzina], where: [Riga]}\n",
        encoding="utf-8",
    )
    return tmp_path


def test_eval_prints_recall_and_precision_per_family(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["eval", "--gold", "gold", "--shared", "none"])
    out = capsys.readouterr().out
    assert code == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line}
    assert rows["actors"][1:3] == ["0.50", "(1/2)"] and rows["roles"][1:3] == ["1.00", "(1/1)"]
    assert rows["dates"][1:3] == ["1.00", "(1/1)"] and rows["quotes"][1:3] == ["1.00", "(1/1)"]
    assert "train checks     places as people 0 · junk actors 0" in out
    assert "train event      who 1.00 (1/1)  where 1.00 (1/1)" in out


def test_explain_lists_the_misses_of_one_family(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["eval", "--gold", "gold", "--shared", "none", "--explain", "--family", "actors"])
    out = capsys.readouterr().out
    assert code == 0
    assert "== actors: 1 missed, 0 wrong ==\ntrain/article.yaml\n  miss   'Port Authority'\n" in out
    assert "== dates" not in out


def test_explain_refuses_the_dev_split(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", "gold", "--set", "dev", "--explain"]) == 2
    assert "dev files are only reported" in capsys.readouterr().out


def test_a_news_please_record_without_a_date_is_dated_by_its_url() -> None:
    record = {"text": "x", "date_publish": "None", "url": "https://x.com/sports/2016/11/03/a.html"}
    assert from_news_please(record, "a.json").published == date(2016, 11, 3)
    record["url"] = "https://x.com/2016/13/03/a.html"  # no such month: no date
    assert from_news_please(record, "a.json").published is None
