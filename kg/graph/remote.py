"""A kg store behind a SPARQL endpoint: ``--store http://host:port/...``.

Writes go through the SPARQL 1.1 Graph Store Protocol: one ``PUT`` per
article replaces its named graph as a whole (the server applies a PUT
atomically, so a reader sees the old graph or the new one), one ``DELETE``
removes it. Queries go through the SPARQL 1.1 Protocol and come back as
SPARQL JSON results, parsed by pyoxigraph into the same ``QuerySolutions``
the embedded store returns, so the query library and the CLI work unchanged.

Parameters: the embedded store binds them with pyoxigraph
``substitutions``; a remote endpoint has no such API, so they are bound by a
``VALUES`` block inserted at the start of each WHERE group. Each value
is a pyoxigraph term (``Literal``/``NamedNode``, which validate on
construction) written by pyoxigraph's own N-Triples serialiser, which escapes
quotes, backslashes and line breaks: user text is only ever the inside of a
quoted literal, never query syntax.

>>> bind_values('SELECT ?x WHERE { ?x ?p ?name }', {"name": Literal('a" } DROP ALL #')})
'SELECT ?x WHERE { VALUES (?name) { ("a\\\\" } DROP ALL #") } ?x ?p ?name }'
>>> endpoints("http://localhost:3030/news/query").gsp
'http://localhost:3030/news/data'
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode

from kg.errors import QueryError, StoreError
from kg.vocab import KG, PREFIXES, graph_iri

from .shared import SHARED, UNSUMMARISED, pending_quads, referenced_query
from .shared import settle as settle_shared
from .store import (
    ARTICLES_QUERY,
    STATS_QUERIES,
    Store,
    StoredArticle,
    article_body,
    check_format,
    keys_for_hashes,
    stored_articles,
    validate_turtle,
)

TIMEOUT = 60.0
JSON_RESULTS = "application/sparql-results+json"


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store requests.
    ``union`` asks Oxigraph (per request) for the union of the named graphs
    as the default graph; other servers do that by default or by setting."""

    query: str
    update: str
    gsp: str
    union: bool = False


def endpoints(url: str) -> Endpoints:
    """The endpoints of a server from the URL users know (its query
    endpoint), by each server's URL layout; ``$KG_STORE_UPDATE_URL`` and
    ``$KG_STORE_GSP_URL`` override the guess.

    Oxigraph ``http://h:7878`` (or ``/query``); Fuseki ``http://h:3030/DS/query``
    (or ``/DS/sparql``); GraphDB/RDF4J ``http://h:7200/repositories/ID``;
    Virtuoso ``http://h:8890/sparql``; anything else: one URL for all three.
    """
    parts = urlsplit(url.rstrip("/"))
    path = parts.path

    def at(p: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    if path in ("", "/query"):
        found = Endpoints(at("/query"), at("/update"), at("/store"), union=True)
    elif m := re.fullmatch(r"(/repositories/[^/]+)(?:/statements)?", path):
        found = Endpoints(at(m[1]), at(m[1] + "/statements"), at(m[1] + "/rdf-graphs/service"))
    elif path == "/sparql":
        found = Endpoints(at(path), at(path), at("/sparql-graph-crud"))
    elif m := re.fullmatch(r"(/[^/]+)/(?:query|sparql)", path):
        found = Endpoints(at(path), at(m[1] + "/update"), at(m[1] + "/data"))
    else:
        found = Endpoints(at(path), at(path), at(path))
    return Endpoints(
        found.query,
        os.environ.get("KG_STORE_UPDATE_URL") or found.update,
        os.environ.get("KG_STORE_GSP_URL") or found.gsp,
        found.union,
    )


# -- safe parameter binding ----------------------------------------------------
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''  # long strings
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''  # strings
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
    r"|#[^\n]*",  # comments
)
_WHERE = re.compile(r"\bWHERE\b", re.IGNORECASE)


def _code_positions(sparql: str) -> Iterable[tuple[int, int]]:
    """The (start, end) ranges of query text that are syntax: outside
    strings, IRIs and comments."""
    pos = 0
    for m in _SKIP.finditer(sparql):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(sparql)


_WHERE_OR_BRACE = re.compile(r"\bWHERE\b|\{", re.IGNORECASE)


def _where_braces(sparql: str) -> list[int]:
    """Indexes just after each ``{`` that opens a WHERE group: the query's
    and every sub-select's (else the first ``{``, for ``SELECT * { ... }``)."""
    found: list[int] = []
    first_brace = None
    pending = False
    for start, end in _code_positions(sparql):
        for m in _WHERE_OR_BRACE.finditer(sparql, start, end):
            if m.group(0) != "{":
                pending = True
                continue
            if first_brace is None:
                first_brace = m.end()
            if pending:
                found.append(m.end())
                pending = False
    if not found:
        if first_brace is None:
            raise QueryError("query", "E402", "no WHERE group to bind parameters in")
        found = [first_brace]
    return found


def sparql_term(term) -> str:
    """A term as SPARQL text, by pyoxigraph's N-Triples serialiser (IRIs are
    validated, literals escaped); other objects are refused."""
    if not isinstance(term, (Literal, NamedNode)):
        raise QueryError("query", "E402", f"cannot bind {type(term).__name__}; use a Literal or NamedNode")
    return str(term)


def bind_values(sparql: str, substitutions: dict | None) -> str:
    """``sparql`` with ``substitutions`` (variable -> term) bound by a
    ``VALUES`` block at the start of each WHERE group (sub-selects too: an
    outer VALUES does not reach into a sub-select, while pyoxigraph's
    ``substitutions`` bind the variable everywhere)."""
    if not substitutions:
        return sparql
    names = [k.lstrip("?$") for k in substitutions]
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError("query", "E402", f"bad variable name {name!r}")
    row = " ".join(sparql_term(v) for v in substitutions.values())
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    for at in reversed(_where_braces(sparql)):
        sparql = sparql[:at] + block + sparql[at:]
    return sparql


def _prologue() -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


class _Snapshot(Store):
    """A read-only in-memory copy of a remote graph, so exports and SHACL
    validation reuse the embedded store's code (and produce the same bytes)."""

    def __init__(self, raw: ox.Store, where: str):  # noqa: super not called: no disk, no lock
        self.path, self.writable, self._lock, self._store = where, False, None, raw


class RemoteStore:
    """The ``Store`` API over HTTP: a SPARQL 1.1 endpoint with the Graph Store
    Protocol (Oxigraph, Fuseki, GraphDB, Virtuoso, QLever ...)."""

    def __init__(self, url: str, *, read_only: bool = False, timeout: float | None = None):
        try:
            import httpx
        except ImportError:  # pragma: no cover
            raise StoreError(url, "E303", "a remote store needs httpx: pip install 'kg[remote]'") from None
        self.path = url
        self.endpoints = endpoints(url)
        self.writable = not read_only
        # seconds a request may wait for the server ($KG_REMOTE_TIMEOUT, default 60)
        timeout = timeout or float(os.environ.get("KG_REMOTE_TIMEOUT") or TIMEOUT)
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": "kg"})

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _request(self, method: str, url: str, *, where: str = "", **kw):
        import httpx

        try:
            response = self._http.request(method, url, **kw)
        except httpx.HTTPError as err:
            raise StoreError(url, "E303", f"{where or method} failed: {err}") from None
        return response

    def _check(self, response, where: str, ok=(200, 201, 204)):
        if response.status_code not in ok:
            detail = " ".join(response.text.split())[:200]
            raise StoreError(self.path, "E303", f"{where}: HTTP {response.status_code} {detail}")
        return response

    def _writer(self) -> None:
        if not self.writable:
            raise StoreError(self.path, "E302", "store is open read-only")

    # -- articles ------------------------------------------------------------
    def _graph_url(self, key: str) -> tuple[str, dict]:
        return self.endpoints.gsp, {"graph": graph_iri(key)}

    def replace_article(
        self, key: str, content_hash: str, quads: Iterable[ox.Quad], version: str | None = None
    ) -> None:
        """PUT the article's graph (its quads plus the store's record)."""
        self.replace_articles([(key, content_hash, quads, version)])

    def _put_article(self, key: str, content_hash: str, quads, version: str | None) -> None:
        body = article_body(self.path, key, content_hash, quads, version)
        own = [q.triple for q in body if q.graph_name != SHARED]
        shared = [q.triple for q in body if q.graph_name == SHARED]
        # the shared nodes the old graph named are settled again
        shared += [q.triple for q in pending_quads(self._referenced(graph_iri(key)))]
        data = ox.serialize(own, None, ox.RdfFormat.N_TRIPLES)
        url, params = self._graph_url(key)
        response = self._request("PUT", url, params=params, content=data,
                                 headers={"Content-Type": "text/turtle; charset=utf-8"},
                                 where=f"{key}: write")
        self._check(response, f"{key}: write")
        self._post_shared(shared, key)

    def _post_shared(self, triples: list, key: str) -> None:
        """Merge static shared triples and pending markers into the shared graph."""
        if not triples:
            return
        response = self._request(
            "POST", self.endpoints.gsp, params={"graph": SHARED.value},
            content=ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES),
            headers={"Content-Type": "text/turtle; charset=utf-8"}, where=f"{key}: write")
        self._check(response, f"{key}: write shared graph")

    def _referenced(self, graph: str) -> list[NamedNode]:
        return [r["o"] for r in self._select(referenced_query(NamedNode(graph)), "references")]

    def replace_articles(self, articles: Iterable[tuple[str, str, Iterable[ox.Quad], str | None]]) -> None:
        """One PUT per article (each is replaced as a whole), then the
        shared graph is settled."""
        self._writer()
        for key, content_hash, quads, version in articles:
            self._put_article(key, content_hash, quads, version)
        self.settle()

    def remove_article(self, key: str) -> bool:
        """DELETE the article's graph; False if the server has no such graph."""
        self._writer()
        marks = [q.triple for q in pending_quads(self._referenced(graph_iri(key)))]
        url, params = self._graph_url(key)
        response = self._request("DELETE", url, params=params, where=f"{key}: remove")
        if response.status_code == 404:
            return False
        self._check(response, f"{key}: remove")
        self._post_shared(marks, key)
        self.settle()
        return True

    def settle(self) -> int:
        """``Store.settle`` through the SPARQL protocol (queries and one update)."""
        self._writer()
        return settle_shared(lambda q: self._select(q, "settle shared graph"), self._update)

    def _update(self, sparql: str) -> None:
        response = self._request("POST", self.endpoints.update, data={"update": sparql},
                                 where="update shared graph")
        self._check(response, "update shared graph")

    def keys_for_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        return keys_for_hashes(self.query, hashes)

    def check_format(self) -> None:
        check_format(self.query, self.path)
        self._update(UNSUMMARISED)

    def article_versions(self, keys: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """(content hash, pipeline version) of each stored key, in one query."""
        by_graph = {graph_iri(k): k for k in keys}
        if not by_graph:
            return {}
        values = " ".join(sparql_term(NamedNode(g)) for g in by_graph)
        rows = self._select(
            f"SELECT ?g ?hash ?version WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ "
            f"?g {KG.contentHash} ?hash OPTIONAL {{ ?g {KG.pipelineVersion} ?version }} }} }}",
            "article versions",
        )
        return {
            by_graph[r["g"].value]: (r["hash"].value, r["version"].value if r["version"] else None)
            for r in rows
        }

    def article_version(self, key: str) -> tuple[str, str | None] | None:
        return self.article_versions([key]).get(key)

    def article_hash(self, key: str) -> str | None:
        found = self.article_version(key)
        return found[0] if found else None

    def articles(self) -> list[StoredArticle]:
        return stored_articles(self._select(ARTICLES_QUERY, "articles"))

    # -- queries -------------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None, *, where: str = "query"):
        """Run a query over the union of the article graphs; parameters bound
        by ``VALUES`` (see the module docstring). SELECT/ASK answers come back
        as pyoxigraph ``QuerySolutions``/``QueryBoolean``, CONSTRUCT/DESCRIBE
        as a list of triples."""
        text = bind_values(sparql, substitutions)
        if not re.search(r"^\s*PREFIX\s+kg:", text, re.IGNORECASE | re.MULTILINE):
            text = _prologue() + text  # the embedded store knows these prefixes too
        params = {"union-default-graph": ""} if self.endpoints.union else {}
        response = self._request(
            "POST", self.endpoints.query, params=params, data={"query": text}, where=where,
            headers={"Accept": f"{JSON_RESULTS}, application/n-triples;q=0.9"},
        )
        if response.status_code == 400:
            detail = " ".join(response.text.split())[:200]
            raise QueryError(where, "E402", f"malformed query: {detail}")
        self._check(response, where, ok=(200,))
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        if kind in ("application/n-triples", "text/turtle"):
            return list(ox.parse(response.content, ox.RdfFormat.N_TRIPLES))
        try:
            return ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
        except SyntaxError as err:
            raise StoreError(self.path, "E303", f"{where}: unreadable answer: {err}") from None

    def _select(self, sparql: str, where: str) -> list:
        return list(self.query(sparql, where=where))

    # -- exports and checks ----------------------------------------------------
    def snapshot(self) -> Store:
        """Every article graph copied into an in-memory store (read-only)."""
        rows = self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "export")
        raw = ox.Store()
        raw.extend(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        return _Snapshot(raw, self.path)

    def export(self, fmt: str, out: BinaryIO, *, with_sketches: bool = False) -> None:
        """As ``Store.export`` (same sorted bytes for the same graph)."""
        self.snapshot().export(fmt, out, with_sketches=with_sketches)

    def export_bytes(self, fmt: str, *, with_sketches: bool = False) -> bytes:
        return self.snapshot().export_bytes(fmt, with_sketches=with_sketches)

    def validate(self) -> tuple[bool, str]:
        return validate_turtle(self.export_bytes("turtle", with_sketches=True))

    def stats(self) -> dict[str, int]:
        """The counts ``Store.stats`` gives, asked of the server."""
        counts = {name: self._count(sparql) for name, sparql in STATS_QUERIES.items()}
        counts["quads"] = self._count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return counts

    def _count(self, sparql: str) -> int:
        rows = self._select(sparql, "stats")
        return int(rows[0]["n"].value) if rows else 0
