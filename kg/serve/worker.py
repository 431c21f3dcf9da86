"""Run SPARQL in worker processes that can be killed at a time limit.

A pyoxigraph query cannot be interrupted from another thread, and some
queries (a huge cross product under ``COUNT`` or ``ORDER BY``) produce no
first row to check a deadline at. So every query runs in a separate process
holding the store open read-only; when the limit passes, the server kills
that process, starts a fresh one and answers with a clear error. The server
process itself never runs a query, so it stays up.

Workers also:
- reopen the store for every job (a few milliseconds), so they see what a
  concurrent ``kg build`` committed, never a half-written article (each
  article is one transaction);
- cap results at ``max_rows`` rows (or triples) and say so;
- serialise results themselves, so only bytes cross the pipe;
- try to drop into an empty network namespace (Linux), so that even a
  ``SERVICE`` the text check missed has nowhere to connect to.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass, field

log = logging.getLogger("kg.serve")

# Result formats: key -> media type. SELECT/ASK use the first four.
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


@dataclass(frozen=True)
class Job:
    """One query (or, with ``update=True``, one update) to run.
    ``substitutions`` maps variable names to pyoxigraph terms (bound before
    evaluation, never spliced into the text)."""

    text: str
    result_format: str = "json"
    graph_format: str = "turtle"
    substitutions: dict = field(default_factory=dict)
    update: bool = False


@dataclass(frozen=True)
class Answer:
    """What a worker sends back. ``status`` is an HTTP status; on error the
    body is a JSON object ``{"error", "code"}``."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False

    @classmethod
    def error(cls, status: int, code: str, message: str) -> "Answer":
        body = json.dumps({"error": message, "code": code}).encode()
        return cls(status, "application/json", body)


def _term_json(term) -> dict:
    """A pyoxigraph term as a SPARQL 1.1 JSON results binding."""
    import pyoxigraph as ox

    from kg.vocab import XSD

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype != XSD.string:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {
        "subject": _term_json(term.subject), "predicate": _term_json(term.predicate),
        "object": _term_json(term.object)}}


def _select_answer(solutions, fmt: str, max_rows: int, deadline: float) -> Answer:
    """Serialise at most ``max_rows`` solutions. JSON is written here; XML, CSV
    and TSV go through pyoxigraph's own serialisers (via a JSON round trip)
    so their escaping is the library's, not ours."""
    import pyoxigraph as ox

    names = [v.value for v in solutions.variables]
    rows, truncated = [], False
    for solution in solutions:
        if len(rows) >= max_rows:
            truncated = True
            break
        if time.monotonic() > deadline:
            return Answer.error(503, "E404", "query exceeded its time limit")
        rows.append({n: _term_json(solution[n]) for n in names if solution[n] is not None})
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}).encode()
    if fmt != "json":
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        body = parsed.serialize(format=getattr(ox.QueryResultsFormat, fmt.upper()))
    return Answer(200, RESULT_TYPES[fmt], body, truncated)


def _ask_answer(value: bool, fmt: str) -> Answer:
    import pyoxigraph as ox

    body = json.dumps({"head": {}, "boolean": bool(value)}).encode()
    if fmt in ("csv", "tsv"):  # no boolean form in these formats: plain text
        return Answer(200, RESULT_TYPES[fmt], b"true\n" if value else b"false\n")
    if fmt == "xml":
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        body = parsed.serialize(format=ox.QueryResultsFormat.XML)
    return Answer(200, RESULT_TYPES[fmt], body)


def _graph_answer(triples, fmt: str, max_rows: int, deadline: float) -> Answer:
    import pyoxigraph as ox

    kept, truncated = [], False
    for triple in triples:
        if len(kept) >= max_rows:
            truncated = True
            break
        if time.monotonic() > deadline:
            return Answer.error(503, "E404", "query exceeded its time limit")
        kept.append(triple)
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    return Answer(200, GRAPH_TYPES[fmt], ox.serialize(kept, format=rdf_format), truncated)


TRANSIENT_RETRIES = 8
# The same transient read-only errors the store retries (kg.graph.store).
from kg.graph import TRANSIENT_ERRORS as _TRANSIENT  # noqa: E402


def execute(store_path: str, job: Job, max_rows: int, deadline: float) -> Answer:
    """Run one job against the store at ``store_path`` (in this process)."""
    import pyoxigraph as ox

    from kg.errors import StoreError
    from kg.graph import open_for_reading, release
    from kg.vocab import PREFIXES

    from .guard import find_refused

    # The guard runs here, under the time limit, since parsing can be slow.
    refused = find_refused(job.text, update=job.update)
    if refused:
        why = ("it could not be parsed to check for SERVICE/LOAD" if refused == "UNVERIFIABLE"
               else f"{refused} would make the server fetch a URL")
        return Answer.error(403, "E403", f"query refused: {why}")
    subs = {ox.Variable(k): v for k, v in job.substitutions.items()}

    def once() -> Answer:
        # Never the live store while a build writes it: the build's checkpoint then.
        store, hold = open_for_reading(store_path)
        try:
            # As kg.graph.store.Store.query: the union of article graphs, kg prefixes known.
            result = store.query(job.text, prefixes=PREFIXES, use_default_graph_as_union=True,
                                 substitutions=subs or None)
            if isinstance(result, ox.QuerySolutions):
                return _select_answer(result, job.result_format, max_rows, deadline)
            if isinstance(result, ox.QueryBoolean):
                return _ask_answer(bool(result), job.result_format)
            return _graph_answer(result, job.graph_format, max_rows, deadline)
        finally:
            del store
            release(hold)

    try:
        if job.update:
            return _update(store_path, job.text)
        for attempt in range(TRANSIENT_RETRIES):
            try:
                return once()
            except (OSError, RuntimeError) as err:
                # A store being created can lack its files for an instant: retry.
                last = attempt == TRANSIENT_RETRIES - 1 or time.monotonic() > deadline
                if last or not any(t in str(err) for t in _TRANSIENT):
                    raise
                time.sleep(0.02 * (attempt + 1))
        raise AssertionError("unreachable")
    except SyntaxError as err:
        return Answer.error(400, "E402", f"malformed SPARQL: {err}")
    except StoreError as err:  # a build held the store and published nothing readable in time
        return Answer.error(503, err.code, err.reason)
    except OSError as err:
        # A store error names the store, not the caller's text: safe to show.
        return Answer.error(503, "E302", f"store unavailable: {type(err).__name__}")
    except RuntimeError as err:  # oxigraph's evaluation errors: about the query, not the server
        if any(t in str(err) for t in _TRANSIENT):  # still racing a writer: say so, name no files
            return Answer.error(503, "E302", "store is being rewritten; retry the query")
        return Answer.error(400, "E402", f"query could not be evaluated: {err}")
    except Exception as err:  # anything else: logged here, a one-line reason to the client
        log.exception("query failed")
        return Answer.error(500, "E500", f"query failed: {type(err).__name__}")


def _update(store_path: str, text: str) -> Answer:
    """Run an update through kg.graph.store.Store, so the one-writer lock holds
    (a running ``kg build`` makes this a clear 409, not a corrupt store)."""
    from kg.errors import StoreError
    from kg.graph import Store

    try:
        with Store(store_path) as store:
            store.raw.update(text)
    except StoreError as err:
        return Answer.error(409 if err.code == "E301" else 503, err.code, err.reason)
    return Answer(204, "text/plain", b"")


def isolate_network() -> bool:
    """Move this process into a new, empty network namespace (Linux only).
    Returns False where the kernel or privileges do not allow it."""
    import ctypes
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return False
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    flags = [clone_newnet] if os.geteuid() == 0 else [clone_newuser | clone_newnet]
    return any(libc.unshare(f) == 0 for f in flags)


def limit_memory(megabytes: int | None) -> None:
    """Cap this process's heap (``RLIMIT_DATA``: brk and private mappings,
    where a query's intermediate results live; the store's file mappings are
    not counted). An evaluation that needs more fails its allocation and the
    process ends; the pool answers E406 and starts a fresh worker."""
    import resource

    if megabytes:
        limit = megabytes * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)  # an unprivileged process cannot raise its hard limit
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


# Scheduling niceness of a worker for ad-hoc queries: a runaway query there
# yields the CPU to the library's worker and to the server itself.
ADHOC_NICE = 10


def _worker_main(conn, store_path: str, max_rows: int, timeout: float, isolate: bool,
                 max_memory_mb: int | None = None, nice: int = 0) -> None:
    """Worker loop: receive a Job, send back an Answer, until the pipe closes."""
    import os

    limit_memory(max_memory_mb)
    if nice:
        os.nice(nice)
    from .guard import parse_tree

    parse_tree("ASK {}", update=False)  # load rdflib's SPARQL grammar now, not under a query's time limit
    conn.send(("ready", isolate_network() if isolate else False))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        conn.send(execute(store_path, job, max_rows, time.monotonic() + timeout))


class _Worker:
    def __init__(self, ctx, store_path: str, max_rows: int, timeout: float, isolate: bool,
                 max_memory_mb: int | None = None, adhoc: bool = False):
        self.adhoc = adhoc  # serves ad-hoc queries (niced), else kept for the library and pages
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, daemon=True,
                                   args=(child, store_path, max_rows, timeout, isolate, max_memory_mb,
                                         ADHOC_NICE if adhoc else 0))
        self.process.start()
        child.close()
        self.isolated: bool | None = None

    def wait_ready(self, limit: float = 60.0) -> None:
        if self.isolated is None and self.conn.poll(limit):
            self.isolated = self.conn.recv()[1]

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """A fixed number of worker processes. ``run`` blocks the calling thread
    (call it from a thread pool) until the answer or the time limit.

    A bounded share for ad-hoc queries (issue 15): of ``size`` workers,
    half (rounded down, at least one) take ad-hoc queries and run niced; the
    rest are kept for the query library and the pages, which may also borrow an
    idle ad-hoc worker. An ad-hoc query waits at most the time limit for a
    free ad-hoc worker, else is refused with E407, and one client address
    may have only ``per_client`` running or waiting (more: E407 at once), so
    clients sending runaway queries in a loop cannot take every worker, nor
    the server's threads."""

    def __init__(self, store_path: str, size: int = 2, timeout: float = 10.0,
                 max_rows: int = 10_000, isolate: bool = True, max_memory_mb: int | None = None,
                 per_client: int = 2):
        self.store_path, self.timeout, self.max_rows = store_path, timeout, max_rows
        self.isolate, self.max_memory_mb = isolate, max_memory_mb
        self._ctx = multiprocessing.get_context("spawn")  # fork + threads + RocksDB is unsafe
        self._idle: queue.Queue[_Worker] = queue.Queue()  # kept for the library and pages
        self._idle_adhoc: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        self.per_client = per_client
        self._by_client: dict[str, int] = {}
        adhoc = max(1, size // 2)  # 2 workers: 1 ad-hoc, 1 kept; 3: 1 and 2; 4: 2 and 2
        for i in range(max(size, 2)):
            self._release(self._spawn(adhoc=i < adhoc))

    def _spawn(self, adhoc: bool) -> _Worker:
        return _Worker(self._ctx, self.store_path, self.max_rows, self.timeout, self.isolate,
                       self.max_memory_mb, adhoc=adhoc)

    def _release(self, worker: _Worker) -> None:
        (self._idle_adhoc if worker.adhoc else self._idle).put(worker)

    @property
    def network_isolated(self) -> bool:
        """True when the workers run without network access."""
        worker = self._idle.get()
        try:
            worker.wait_ready()
            return bool(worker.isolated)
        finally:
            self._idle.put(worker)

    def run(self, job: Job, client: str | None = None) -> Answer:
        """Run ``job`` in a worker; kill and replace the worker at the limit.

        ``client`` (its sender's address) marks an ad-hoc query: refused at
        once with E407 when that client already has its share running, or
        when no ad-hoc worker frees up within the time limit. Without it (the library, the pages) the job
        takes any free worker, else waits for the kept one."""
        if client is None:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                try:
                    worker = self._idle_adhoc.get_nowait()
                except queue.Empty:
                    try:
                        worker = self._idle.get(timeout=self.timeout)
                    except queue.Empty:
                        return Answer.error(503, "E407", "server busy: every query worker is in use, "
                                            "retry later")
            return self._run(worker, job)
        with self._lock:
            if self._by_client.get(client, 0) >= self.per_client:
                return Answer.error(429, "E407", f"too many queries at once from this client "
                                    f"(at most {self.per_client}); wait for one to finish")
            self._by_client[client] = self._by_client.get(client, 0) + 1
        try:
            try:
                worker = self._idle_adhoc.get(timeout=self.timeout)
            except queue.Empty:
                return Answer.error(503, "E407", "server busy: every worker for ad-hoc queries "
                                    "is in use, retry later")
            return self._run(worker, job)
        finally:
            with self._lock:
                self._by_client[client] -= 1
                if not self._by_client[client]:
                    del self._by_client[client]

    def _run(self, worker: _Worker, job: Job) -> Answer:
        worker.wait_ready()
        answer, reason = None, f"query exceeded its time limit of {self.timeout:g} s"
        code = "E404"
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout + 0.5):
                answer = worker.conn.recv()
        except (EOFError, OSError):
            code, reason = "E406", "query worker stopped unexpectedly (out of memory?)"
            if self.max_memory_mb:
                reason = f"query needed more than the memory limit of {self.max_memory_mb} MB"
        if answer is not None:
            self._release(worker)
            return answer
        log.warning("%s; restarting its worker", reason)
        worker.kill()
        if not self._closed:
            # free again only once ready: a library query never waits on a start-up
            fresh = self._spawn(adhoc=worker.adhoc)
            threading.Thread(target=self._when_ready, args=(fresh,), daemon=True).start()
        return Answer.error(503, code, reason)

    def _when_ready(self, worker: _Worker) -> None:
        worker.wait_ready()
        if self._closed:
            worker.kill()
        else:
            self._release(worker)

    def close(self) -> None:
        self._closed = True
        for idle in (self._idle, self._idle_adhoc):
            while True:
                try:
                    idle.get_nowait().kill()
                except queue.Empty:
                    break
