"""Parsing and extraction off the main process (``kg build --jobs N``, and
the Dask workers of ``kg.build.distributed``).

A worker loads the spaCy pipeline once, parses a chunk of articles with
``nlp.pipe``, extracts, turns each extraction into its quads and ships them
back as N-Quads bytes in a small frozen ``Built`` record (bytes pickle in
one copy; thousands of Python ``Quad`` objects would not). The parent is the
one writer: it reads, skips unchanged articles, and bulk-writes what the
workers send, in the order it sent them, so the graph is the one ``--jobs 1``
builds (entity keys come from names alone, never from the corpus).

At most ``2 * jobs`` chunks are in flight, so memory stays flat however
large the corpus; a worker that dies (a crash in native code) fails its own
chunk's articles with E201 and a fresh pool takes the rest.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from kg.errors import ExtractError, KGError
from kg.records import Article

from .stages import Built, Failed, chunks, process_articles

CHUNK = 8  # articles per worker task: small enough to keep both cores busy to the end


# -- worker side ----------------------------------------------------------
def _init_worker(model: str) -> None:
    """Load the pipeline once per worker process, before the first task.

    One BLAS thread per worker: ``jobs`` workers already fill the cores, and
    OpenBLAS threads of each would only fight over them (set before numpy
    loads, which is when OpenBLAS reads it)."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from kg.extract import load_nlp

    load_nlp(model)


def _work(articles: list[Article], model: str, version: str) -> list[Built | Failed]:
    return [
        Failed.of(item) if isinstance(item, KGError) else item
        for item in process_articles(articles, model, version, as_bytes=True)
    ]


# -- parent side ----------------------------------------------------------
def _pool(jobs: int, model: str) -> ProcessPoolExecutor:
    # forkserver: workers start from a clean interpreter (no copy of the
    # parent's threads or open store), cheaper than spawn for each restart.
    context = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(model,))


def run_parallel(
    articles: Iterable[Article], model: str, version: str, jobs: int, chunk: int = CHUNK
) -> Iterator[Built | KGError]:
    """Process ``articles`` on ``jobs`` worker processes; results come back
    in input order (one ``Built`` or ``KGError`` per article)."""
    pool = _pool(jobs, model)
    window: deque[tuple[Future, list[Article]]] = deque()
    try:
        for part in chunks(articles, chunk):
            window.append((pool.submit(_work, part, model, version), part))
            while len(window) >= 2 * jobs:
                results, pool = _collect(window, pool, jobs, model, version)
                yield from results
        while window:
            results, pool = _collect(window, pool, jobs, model, version)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(window, pool, jobs, model, version):
    """The results of the oldest chunk in flight; a dead worker fails its
    chunk and the chunks after it are resubmitted to a fresh pool."""
    future, part = window.popleft()
    try:
        return [r.error() if isinstance(r, Failed) else r for r in future.result()], pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(jobs, model)
        rest = [p for _f, p in window]
        window.clear()
        for p in rest:
            window.append((pool.submit(_work, p, model, version), p))
        return [ExtractError(a.path, "E201", "worker process died while parsing this chunk")
                for a in part], pool
