"""The executor seam: a process pool and a Dask cluster give exactly what extraction in one process gives."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from briefgen.config import DEFAULT_MODEL, Settings
from briefgen.contract import to_dict
from briefgen.executor import chunks, extract_batch, extract_many, in_pool, processes_for
from briefgen.extract import extract
from briefgen.readers import read
from briefgen.records import Article, Brief

TEXTS = [
    "BERLIN -- The transport ministry said on Tuesday that 3,000 new buses would be bought.",
    "Farmers in Kenya expect a harvest of about 2 million tonnes, the agriculture minister said.",
    '"We will not give up," said Maria Silva, the mayor of Porto, after the floods of March 3.',
    "The central bank of Chile raised its main rate to 11.25 percent on Wednesday.",
    "Officials in Ottawa confirmed that the summit would be held in June.",
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    folder = tmp_path_factory.mktemp("articles")
    result = []
    for i, text in enumerate(TEXTS):
        path = folder / f"{i:02}.txt"
        path.write_text(text, encoding="utf-8")
        result.append(read(path, f"seeds/{path.name}"))
    return result


def contracts(outcomes: Iterable[Brief | str]) -> list[object]:
    """Each outcome as contract JSON; a failure stays its message, and so never equals a brief."""
    return [b if isinstance(b, str) else to_dict(b) for b in outcomes]


@pytest.fixture(scope="module")
def serial(articles: list[Article]) -> list[dict[str, object]]:
    return [to_dict(extract(a, DEFAULT_MODEL)) for a in articles]


def test_batched_extraction_equals_one_article_at_a_time(
    articles: list[Article], serial: list[dict[str, object]]
) -> None:
    assert contracts(extract_batch(articles, DEFAULT_MODEL)) == serial


@pytest.mark.slow
def test_a_pool_of_two_processes_gives_the_serial_result_in_order(
    articles: list[Article], serial: list[dict[str, object]]
) -> None:
    assert len(chunks(articles, 2)) > 2  # more chunks than processes: results are reassembled
    assert contracts(in_pool(articles, DEFAULT_MODEL, 2)) == serial


@pytest.fixture
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.mark.slow
def test_a_dask_cluster_gives_the_serial_result(
    cluster: str, articles: list[Article], serial: list[dict[str, object]]
) -> None:
    settings = Settings(dask_scheduler=cluster)
    assert contracts(extract_many(articles, settings)) == serial


def test_small_jobs_stay_in_one_process_and_workers_caps_the_pool() -> None:
    assert processes_for(3, workers=8) == 1
    assert processes_for(1000, workers=2) == 2
    assert processes_for(1000, workers=1) == 1
    assert processes_for(1000, workers=0) >= 1


def test_workers_and_cache_settings_are_checked(tmp_path: Path) -> None:
    from briefgen.config import load_settings
    from briefgen.errors import ConfigError

    assert load_settings({"workers": 3, "cache": False}, "mkdocs.yml").cache is None
    assert load_settings({"cache": "build/cache"}, "mkdocs.yml").cache == Path("build/cache")
    for bad in ({"workers": -1}, {"workers": "two"}, {"cache": 3}):
        with pytest.raises(ConfigError, match=r"mkdocs\.yml"):
            load_settings(bad, "mkdocs.yml")


def test_an_article_that_trips_the_extractor_fails_alone_in_a_batch(
    articles: list[Article], serial: list[dict[str, object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen import executor
    from briefgen.extract import extract_doc as real

    def trips_on_the_second(doc: object, article: Article) -> object:
        if article is articles[1]:
            raise ValueError("odd text")
        return real(doc, article)  # type: ignore[arg-type]

    monkeypatch.setattr(executor, "extract_doc", trips_on_the_second)
    outcomes = extract_batch(articles, DEFAULT_MODEL)
    assert outcomes[1] == "ValueError: odd text"
    assert [to_dict(b) for b in outcomes if not isinstance(b, str)] == serial[:1] + serial[2:]
