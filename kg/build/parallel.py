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
large the corpus. Each article has a time budget (``kg build
--article-timeout``): a worker that runs past it, or dies (a crash in native
code), is killed and replaced, the unfinished articles of its chunk are
retried one at a time, and the one that overruns (E202) or kills its worker
(E201) alone is the only one that fails. ``kg build`` runs even one process
this way, so a stalled article can be stopped.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

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


def _serve(conn, model: str, version: str) -> None:
    """A worker process: load the pipeline, say so, then take chunks of
    articles and send back one ``Built`` or ``Failed`` per article as soon
    as it is done (so the parent knows how far a chunk got)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the workers
    _init_worker(model)
    try:
        conn.send(_READY)
        while (part := conn.recv()) is not None:
            for item in process_articles(part, model, version, as_bytes=True):
                conn.send(Failed.of(item) if isinstance(item, KGError) else item)
    except (EOFError, OSError):  # the parent is gone (killed): nothing to send to
        return


# -- parent side ----------------------------------------------------------
_READY = "ready"


@dataclass
class _Task:
    """A chunk of articles in input order and what came back for it."""

    part: list[Article]
    results: list = field(default_factory=list)
    done: bool = False

    def rest(self) -> list[Article]:
        return self.part[len(self.results):]


class _Worker:
    """One worker process and the task it works on; ``deadline`` is when its
    current article's budget runs out (monotonic seconds, or None)."""

    def __init__(self, context, model: str, version: str):
        self.conn, child = context.Pipe()
        self.proc = context.Process(target=_serve, args=(child, model, version), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.task: _Task | None = None
        self.deadline: float | None = None

    def give(self, task: _Task, budget) -> None:
        self.task = task
        self.conn.send(task.part)
        # the whole chunk is parsed in one batch before the first article
        # comes back: the first wait is the largest budget of its articles
        # (each budget is a generous multiple of an article's cost; a chunk
        # past it is retried one article at a time, each with its own)
        self.deadline = _after(max(budget(a) for a in task.part)) if budget else None

    def stop(self, kill: bool = False) -> None:
        if kill or self.task is not None:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.proc.kill()
        self.proc.join(timeout=10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _after(seconds: float) -> float:
    return time.monotonic() + seconds


def run_parallel(
    articles: Iterable[Article], model: str, version: str, jobs: int, chunk: int = CHUNK,
    budget: Callable[[Article], float] | None = None,
) -> Iterator[Built | KGError]:
    """Process ``articles`` on ``jobs`` worker processes; results come back
    in input order (one ``Built`` or ``KGError`` per article).

    ``budget(article)`` gives the seconds an article may take (None: no
    limit). A chunk that runs past its budget, or whose worker dies, has its
    worker killed and replaced, and its articles not yet done are retried
    one by one; an article that runs past its budget alone fails with E202
    (one that kills its worker alone, with E201), and every other lands."""
    context = multiprocessing.get_context("forkserver")
    source = chunks(articles, chunk)
    order: deque[_Task] = deque()  # tasks in input order, not yet yielded
    waiting: deque[_Task] = deque()  # tasks not yet given to a worker
    workers: list[_Worker] = []
    exhausted = False
    try:
        while True:
            while not exhausted and len(order) < 2 * jobs:
                part = next(source, None)
                if part is None:
                    exhausted = True
                else:
                    order.append(_Task(part))
                    waiting.append(order[-1])
            while order and order[0].done:
                yield from order.popleft().results
            if not order:
                return
            while len(workers) < min(jobs, len(waiting) + sum(w.task is not None for w in workers)):
                workers.append(_Worker(context, model, version))
            for w in workers:
                if w.ready and w.task is None and waiting:
                    w.give(waiting.popleft(), budget)
            _step(workers, order, waiting, budget, context, model, version)
    finally:
        for w in workers:
            w.stop()


def _step(workers: list[_Worker], order: deque, waiting: deque, budget, context, model, version) -> None:
    """Wait for the next message, death or deadline among ``workers``."""
    deadlines = [w.deadline for w in workers if w.task is not None and w.deadline is not None]
    timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
    ready = multiprocessing.connection.wait([w.conn for w in workers], timeout)
    for w in list(workers):
        if w.conn in ready:
            try:
                msg = w.conn.recv()
            except (EOFError, OSError):
                _fail(w, workers, order, waiting, "worker process died while parsing this article")
                continue
            if msg == _READY:
                w.ready = True
                continue
            task = w.task
            task.results.append(msg.error() if isinstance(msg, Failed) else msg)
            if not task.rest():
                task.done, w.task, w.deadline = True, None, None
            elif budget:
                w.deadline = _after(budget(task.rest()[0]))
        elif w.task is not None and w.deadline is not None and time.monotonic() >= w.deadline:
            limit = budget(w.task.rest()[0])
            _fail(w, workers, order, waiting, f"abandoned after {limit:.0f} s, over its time budget "
                  "(--article-timeout)", code="E202")


def _fail(w: _Worker, workers: list[_Worker], order: deque, waiting: deque, reason: str,
          code: str = "E201") -> None:
    """``w`` overran or died: kill it; a lone article fails with ``code``,
    a chunk's unfinished articles are retried one by one."""
    task = w.task
    workers.remove(w)
    w.stop(kill=True)
    if task is None:
        if not w.ready:  # died while loading the pipeline: nothing will work
            raise ExtractError("worker", "E201", f"a worker process could not start (exit code {w.proc.exitcode})")
        return
    rest = task.rest()
    if len(rest) == 1:
        task.results.append(ExtractError(rest[0].path, code, reason))
        task.done = True
        return
    task.part = task.part[:len(task.results)]
    task.done = True
    at = order.index(task) + 1
    alone = [_Task([a]) for a in rest]
    for i, t in enumerate(alone):
        order.insert(at + i, t)
    waiting.extendleft(reversed(alone))
