"""The one seam that maps extraction over articles: in this process, in a pool of processes, or
on a Dask cluster. Each worker loads the model once and parses its articles with `nlp.pipe`."""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from itertools import repeat
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from briefgen.config import Settings
from briefgen.extract import extract_doc, nlp
from briefgen.extras import require
from briefgen.records import Article, Brief

log = logging.getLogger("briefgen.executor")
T = TypeVar("T")

# What extraction reads from a Doc: tags and coarse POS (tagger, attribute_ruler), lemmas
# (lemmatizer), the dependency parse and the sentences it yields (parser), entities (ner), and
# tok2vec that feeds the tagger and parser. So every component of the small English pipeline is
# needed; anything else a configured pipeline carries (a text classifier, a spare sentence
# recogniser) is switched off.
NEEDED_COMPONENTS = frozenset(
    {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
)
BATCH_SIZE = 32
"""Texts `nlp.pipe` parses together."""
MAX_CHUNK = 64
"""Most articles sent to a worker at once: big enough to batch, small enough to balance the load."""
MIN_ARTICLES_PER_PROCESS = 16
"""A process costs a model load (seconds); below this many articles each, fewer processes win."""


def extract_batch(articles: Sequence[Article], model: str) -> list[Brief | str]:
    """Extract a brief from each article, parsing them together; runs in whichever process maps.
    An article whose extraction fails gets the reason instead of a brief."""
    language = nlp.load(model)
    unused = [name for name in language.pipe_names if name not in NEEDED_COMPONENTS]
    texts = [a.body for a in articles]
    docs = attempt(partial(_parse_all, language, texts, unused))
    if isinstance(docs, str):  # one odd text broke the batch: parse one by one, so only it fails
        docs_or_none: list[Doc | None] = [None] * len(articles)
    else:
        docs_or_none = list(docs)
    return [
        attempt(partial(_extract_one, language, unused, doc, article))
        for doc, article in zip(docs_or_none, articles, strict=True)
    ]


def _parse_all(language: Language, texts: list[str], unused: list[str]) -> list[Doc]:
    return list(language.pipe(texts, batch_size=BATCH_SIZE, disable=unused))


def _extract_one(language: Language, unused: list[str], doc: Doc | None, article: Article) -> Brief:
    return extract_doc(doc if doc is not None else language(article.body, disable=unused), article)


def attempt(work: Callable[[], T]) -> T | str:
    """`work()`, or why it failed: an extractor tripping on odd text must not stop the build."""
    try:
        return work()
    except RecursionError as exc:
        return f"{type(exc).__name__}: {exc}"
    except (RuntimeError, OSError, MemoryError):
        raise  # a missing model or a full disk is the machine's problem, not the article's
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def available_cores() -> int:
    """Cores this process may run on (the affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def processes_for(count: int, workers: int) -> int:
    """How many processes to extract `count` articles with, given the `workers` setting."""
    wanted = workers or available_cores()
    return max(1, min(wanted, math.ceil(count / MIN_ARTICLES_PER_PROCESS)))


def extract_many(articles: Sequence[Article], settings: Settings) -> Iterator[Brief | str]:
    """A brief (or why extraction failed) for each article, in order, where `settings` says;
    each chunk's results as soon as it is done, so that a caller can keep them as they come."""
    if not articles:
        return iter(())
    if settings.dask_scheduler:
        return iter(on_dask(articles, settings.model, settings.dask_scheduler))
    processes = processes_for(len(articles), settings.workers)
    if processes == 1:
        return (o for part in chunks(articles, 1) for o in extract_batch(part, settings.model))
    return in_pool(articles, settings.model, processes)


def chunks(articles: Sequence[Article], parts: int) -> list[Sequence[Article]]:
    """`articles` cut into consecutive chunks, about four per part so that no worker idles long."""
    size = max(1, min(MAX_CHUNK, math.ceil(len(articles) / (parts * 4))))
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def in_pool(articles: Sequence[Article], model: str, processes: int) -> Iterator[Brief | str]:
    """Extract over a pool of fresh processes (spawned: forking a threaded server is unsafe),
    yielding each chunk's results in order as soon as they are back."""
    log.info("extracting %d articles in %d processes", len(articles), processes)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, context, initializer=nlp.load, initargs=(model,)) as pool:
        for part in pool.map(extract_batch, chunks(articles, processes), repeat(model)):
            yield from part


def on_dask(articles: Sequence[Article], model: str, scheduler: str) -> list[Brief | str]:
    """Extract on the Dask cluster at `scheduler`; its workers need briefgen and the model installed."""
    require("dask")
    from distributed import Client

    with Client(scheduler, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        workers = max(1, sum(client.nthreads().values()))
        log.info("extracting %d articles on a Dask cluster of %d threads", len(articles), workers)
        futures = client.map(extract_batch, chunks(articles, workers), model=model, pure=False)
        parts: list[list[Brief | str]] = client.gather(futures)
    return [brief for part in parts for brief in part]
