"""Parsing and extraction off the main process (``kg build --jobs N``, and
the Dask workers of ``kg.distributed``).

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
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from .errors import ExtractError, KGError, ReadError, StoreError
from .records import Article, Extraction

CHUNK = 8  # articles per worker task: small enough to keep both cores busy to the end
_ERRORS = {cls.__name__: cls for cls in (ReadError, ExtractError, StoreError, KGError)}


@dataclass(frozen=True)
class Built:
    """One article's graph, ready for the store: its quads (in-process) or
    their N-Quads bytes (across processes), and what the report counts."""

    path: str
    key: str
    content_hash: str
    attributions: int
    withdrawals: int
    entities: tuple[str, ...]
    nquads: bytes = b""
    quads: tuple[ox.Quad, ...] = ()
    claims: int = 0

    def graph_quads(self) -> Iterable[ox.Quad]:
        """The article's quads, parsed from the bytes when they travelled."""
        if self.quads or not self.nquads:
            return self.quads
        return ox.parse(self.nquads, ox.RdfFormat.N_QUADS)


@dataclass(frozen=True)
class Failed:
    """A ``KGError`` in a picklable shape (exceptions with several
    constructor arguments do not survive pickling)."""

    kind: str
    where: str
    code: str
    reason: str

    @classmethod
    def of(cls, err: KGError) -> "Failed":
        return cls(type(err).__name__, err.where, err.code, err.reason)

    def error(self) -> KGError:
        return _ERRORS.get(self.kind, KGError)(self.where, self.code, self.reason)


def built(extraction: Extraction, resolver, version: str, model: str, as_bytes: bool) -> Built:
    """An extraction as a ``Built`` record (quads or N-Quads bytes)."""
    from .rdf import article_quads

    from .vocab import ENTITY_CLASS, KG, RDF

    quads = article_quads(extraction, resolver, pipeline_version=version, model=model)
    article = extraction.article
    # counted from the quads, as ``kg stats`` counts the store
    typed = Counter(q.object for q in quads if q.predicate == RDF.type)
    classes = set(ENTITY_CLASS.values())
    return Built(
        path=article.path,
        key=article.key,
        content_hash=article.content_hash,
        attributions=typed[KG.Attribution],
        withdrawals=typed[KG.Withdrawal],
        claims=typed[KG.Claim],
        entities=tuple(sorted({q.subject.value for q in quads
                               if q.predicate == RDF.type and q.object in classes})),
        nquads=ox.serialize(quads, None, ox.RdfFormat.N_QUADS) if as_bytes else b"",
        quads=() if as_bytes else tuple(quads),
    )


def process_articles(
    articles: Iterable[Article], model: str, version: str, *, as_bytes: bool, batch_size: int = 32
) -> Iterator[Built | KGError]:
    """Parse (``nlp.pipe``), extract and turn into quads; an article whose
    extraction fails becomes an ``ExtractError`` naming it."""
    from .pipeline import extract_articles
    from .resolve import Resolver

    resolver = None
    for item in extract_articles(articles, model, batch_size=batch_size):
        if isinstance(item, KGError):
            yield item
            continue
        resolver = resolver or Resolver()  # loads the gazetteer: only when there is work
        try:
            yield built(item, resolver, version, model, as_bytes)
        except Exception as err:  # one article's bug must not sink the build
            yield ExtractError(item.article.path, "E201", f"{type(err).__name__}: {err}")


# -- worker side ----------------------------------------------------------
def _init_worker(model: str) -> None:
    """Load the pipeline once per worker process, before the first task.

    One BLAS thread per worker: ``jobs`` workers already fill the cores, and
    OpenBLAS threads of each would only fight over them (set before numpy
    loads, which is when OpenBLAS reads it)."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from .nlp import load_nlp

    load_nlp(model)


def _work(articles: list[Article], model: str, version: str) -> list[Built | Failed]:
    return [
        Failed.of(item) if isinstance(item, KGError) else item
        for item in process_articles(articles, model, version, as_bytes=True)
    ]


# -- parent side ----------------------------------------------------------
def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


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
