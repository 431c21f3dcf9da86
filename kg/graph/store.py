"""The graph store: pyoxigraph on disk, one named graph per article.

Writes are atomic per article: ``replace_article`` drops the article's graph
and inserts its new quads in one transaction, so a reader (or a crash) sees
the old graph or the new one, never a mix. One writer at a time holds a lock
file next to the store; a second writer gets ``StoreError`` E301. While it
writes, readers open the checkpoint it publishes after each commit, never the
live database (``kg.graph.snapshots``).

Queries see the union of all article graphs as their default graph, so the
shipped queries need no ``GRAPH`` clauses. Parameters reach SPARQL only as
``substitutions`` (bound variables), never as text.

``kg.graph.remote.RemoteStore`` offers the same methods over a SPARQL endpoint
(the Graph Store Protocol: one PUT per article graph); ``open_store`` picks
one by the location.

>>> import tempfile, os
>>> with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "store")) as store:
...     store.stats()["articles"]
0
"""

from __future__ import annotations

import fcntl
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.vocab import ID_NS, KG, PREFIXES, graph_iri

from .shared import SHARED, UNSUMMARISED, pending_quads, referenced_query
from .shared import settle as settle_shared
from .snapshots import TRANSIENT_ERRORS, Checkpoints, Hold, open_for_reading, release

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
DEFAULT_STORE = ".kg/store"
# Serialisations spell data IRIs in full: "id:entity\/place\/x" helps nobody.
EXPORT_PREFIXES = {k: v for k, v in PREFIXES.items() if v != ID_NS}
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld", "csv")
# oxigraph's bulk loader ingests up to a million quads per atomic step; one
# bulk write stays well under that so it is never split.
BULK_ATOMIC_QUADS = 500_000


_SURROGATE = re.compile("[\ud800-\udfff]")


def _key_literal(key: str) -> ox.Literal:
    """An article key as a literal. A path that is not UTF-8 (a Latin-1 file
    name) reaches Python with lone surrogates, which no RDF literal can
    hold: they become U+FFFD, as in ``kg.graph.quads.text_literal``."""
    return ox.Literal(_SURROGATE.sub("\ufffd", key))


def default_store_path() -> str:
    """``$KG_STORE``, else ``.kg/store`` under the current folder."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


@dataclass(frozen=True)
class StoredArticle:
    """One article graph in the store."""

    key: str
    graph: str
    content_hash: str
    version: str | None


# What ``articles()`` lists: every article graph's record.
ARTICLES_QUERY = (
    "SELECT ?g ?key ?hash ?version WHERE { GRAPH ?g { ?g kg:articleKey ?key ; "
    "kg:contentHash ?hash . OPTIONAL { ?g kg:pipelineVersion ?version } } }"
)

# The counts of ``stats()`` but "quads", in the order it reports them (each
# over the union graph; a store adds "quads" its own way).
STATS_QUERIES: dict[str, str] = {
    "articles": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {KG.Article} }}",
    "entities": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE "
                "{ VALUES ?c { kg:Person kg:Organisation kg:Place } ?x a ?c }",
    "claims": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {KG.Claim} }}",
    # reported speech only: the outlet's own voice (kg:Narration) is not an attribution
    "attributions": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {KG.Attribution} "
                    f"FILTER NOT EXISTS {{ ?x a {KG.Narration} }} }}",
    "withdrawals": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {KG.Withdrawal} }}",
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
}


def stored_articles(rows: Iterable) -> list[StoredArticle]:
    """``StoredArticle``s from the solutions of ``ARTICLES_QUERY``, sorted by key."""
    out = [StoredArticle(r["key"].value, r["g"].value, r["hash"].value,
                         r["version"].value if r["version"] is not None else None) for r in rows]
    return sorted(out, key=lambda a: a.key)


def _record_quads(g: ox.NamedNode, key: str, content_hash: str, version: str | None) -> list[ox.Quad]:
    """The store's authoritative record of an article graph: key, content
    hash and (when known) pipeline version."""
    record = [ox.Quad(g, KG.articleKey, _key_literal(key), g),
              ox.Quad(g, KG.contentHash, ox.Literal(content_hash), g)]
    if version is not None:
        record.append(ox.Quad(g, KG.pipelineVersion, ox.Literal(version), g))
    return record


def article_body(
    where: str, key: str, content_hash: str, quads: Iterable[ox.Quad], version: str | None
) -> list[ox.Quad]:
    """The article's quads with the store's authoritative record (key,
    content hash, pipeline version) in place of any given one; a quad outside
    the article's graph is a ``StoreError`` naming ``where`` (the store)."""
    g = ox.NamedNode(graph_iri(key))
    record = {KG.contentHash.value, KG.pipelineVersion.value}
    body = []
    for q in quads:
        if q.graph_name == SHARED:
            body.append(q)  # a shared node's static triple, or a pending marker
            continue
        if q.graph_name != g:
            raise StoreError(where, "E302", f"{key}: quad outside the article graph: {q}")
        if q.subject == g and q.predicate.value in record:
            continue  # the store writes the authoritative record below
        body.append(q)
    return body + _record_quads(g, key, content_hash, version)


# The files RocksDB writes while it creates a database, before ``CURRENT``
# (which it writes last): a folder of only these, without ``CURRENT``, is a
# store whose creation was killed, and holds no data.
_ROCKSDB_FILE = re.compile(r"^(?:LOCK|LOG(?:\.old\.\d+)?|IDENTITY|MANIFEST-\d+|OPTIONS-\d+(?:\.dbtmp)?|\d+\.(?:log|sst|dbtmp))$")


def _clear_unfinished(path: str) -> None:
    """Remove what a build killed while creating the store left behind;
    RocksDB refuses to create a database over an old write-ahead log. Any
    other file in the folder (or a ``CURRENT``) leaves it untouched."""
    folder = Path(path)
    if not folder.is_dir() or (folder / "CURRENT").exists():
        return
    entries = list(folder.iterdir())
    if entries and all(e.is_file() and _ROCKSDB_FILE.match(e.name) for e in entries):
        for entry in entries:
            entry.unlink()


class _WriterLock:
    """An exclusive ``flock`` on ``STORE.lock``, held while a writer is open.

    The kernel drops it when the process dies, so a killed build never
    leaves a stale lock behind."""

    def __init__(self, store_path: str):
        self.path = store_path.rstrip("/\\") + ".lock"
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.path, "a+")
        except OSError as err:  # a read-only folder, a file where a folder should be ...
            raise StoreError(store_path, "E302", f"lock file {self.path} could not be made: "
                             f"{err.strerror or err}") from None
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.seek(0)
            holder = self.fh.read().strip() or "another process"
            self.fh.close()
            raise StoreError(
                store_path, "E301",
                f"store is locked by another writer (pid {holder}); wait for it to finish "
                "or query it read-only",
            ) from None
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()

    def release(self) -> None:
        if not self.fh.closed:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()


def _term_sparql(term) -> str:
    """A term in SPARQL syntax. pyoxigraph prints terms as N-Triples, whose
    IRIs and escaped literals are valid SPARQL; only its own serialiser is
    used, never user text pasted in."""
    return str(term)


class Store:
    """A kg graph store on disk (read-write with the writer lock, or read-only)."""

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = str(path if path is not None else default_store_path())
        self.writable = not read_only
        self._lock = _WriterLock(self.path) if self.writable else None
        self._checkpoints: Checkpoints | None = None
        self._hold: Hold | None = None  # a reader's lock (kg.graph.snapshots)
        try:
            if self.writable:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                _clear_unfinished(self.path)
                self._checkpoints = Checkpoints(self.path)
                self._store = ox.Store(self.path)
                self._checkpoints.publish(self._store)
            else:
                self._store, self._hold = open_for_reading(self.path)
        except (OSError, RuntimeError, StoreError) as err:
            self._store = None
            if self._checkpoints:
                self._checkpoints.close()
            if self._lock:
                self._lock.release()
            if isinstance(err, StoreError):
                raise
            raise StoreError(self.path, "E302", f"store could not be opened: {err}") from None

    @classmethod
    def read_only(cls, path: str | os.PathLike | None = None) -> "Store":
        """Open for reading only (servers, queries): no writer lock taken."""
        return cls(path, read_only=True)

    # -- lifecycle --------------------------------------------------------
    def close(self) -> None:
        """Flush and release the writer lock (the store itself closes when
        its last reference goes)."""
        if getattr(self, "_store", None) is not None and self.writable:
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None
        if self._checkpoints:
            self._checkpoints.close()
            self._checkpoints = None
        release(self._hold)
        self._hold = None
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def raw(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise StoreError(self.path, "E302", "store is closed")
        return self._store

    def _writer(self) -> ox.Store:
        if not self.writable:
            raise StoreError(self.path, "E302", "store is open read-only")
        return self.raw

    # -- articles ---------------------------------------------------------
    def replace_article(
        self, key: str, content_hash: str, quads: Iterable[ox.Quad], version: str | None = None
    ) -> None:
        """Make the article's named graph exactly ``quads`` (plus its content
        hash and pipeline version), atomically: one transaction removes the
        old graph and inserts the new one."""
        self.replace_articles([(key, content_hash, quads, version)])

    def replace_articles(
        self, articles: Iterable[tuple[str, str, Iterable[ox.Quad], str | None]]
    ) -> None:
        """Write a batch of ``(key, content_hash, quads, version)``, each
        article atomically (issue 8: never half an article).

        Articles new to the store go in through the bulk path
        (``bulk_extend``): oxigraph writes sorted files and RocksDB ingests
        all of one call's files in one atomic step, several times faster than
        a transaction; a call is kept under ``BULK_ATOMIC_QUADS`` so oxigraph
        does not split it. Changed articles are dropped and re-inserted in one
        update transaction."""
        store = self._writer()
        fresh: list[list[ox.Quad]] = []
        changed: list[tuple[ox.NamedNode, list[ox.Quad]]] = []
        for key, content_hash, quads, version in articles:
            g = ox.NamedNode(graph_iri(key))
            body = article_body(self.path, key, content_hash, quads, version)
            if store.contains_named_graph(g):
                changed.append((g, body))
            else:
                fresh.append(body)
        try:
            chunk: list[ox.Quad] = []
            for body in fresh:
                if chunk and len(chunk) + len(body) > BULK_ATOMIC_QUADS:
                    store.bulk_extend(chunk)
                    chunk = []
                chunk.extend(body)
            if chunk:
                store.bulk_extend(chunk)
            if changed:
                # the shared nodes the old graphs named are settled again
                marks = pending_quads(n for g, _ in changed for n in self._referenced(g))
                store.update(_replace_update([g for g, _ in changed],
                                             [q for _, body in changed for q in body] + marks))
        except (OSError, SyntaxError) as err:
            raise StoreError(self.path, "E302", f"batch write failed: {err}") from None
        self.settle()
        self._publish()

    def load_articles(self, articles: Iterable[tuple[str, str, bytes, str | None]]) -> None:
        """``replace_articles`` for graphs already serialised as N-Quads
        ``(key, content_hash, nquads, version)``, as ``--jobs`` workers and
        Dask shards send them. New articles are bulk-loaded straight from the
        bytes (no Python object per quad), a batch per atomic ingest; the
        bytes must hold only the article's graph, as ``rdf.article_quads``
        writes it. Changed articles take the ``replace_articles`` path."""
        store = self._writer()
        fresh: list[tuple[bytes, int]] = []
        changed = []
        for key, content_hash, data, version in articles:
            g = ox.NamedNode(graph_iri(key))
            if store.contains_named_graph(g):
                changed.append((key, content_hash, ox.parse(data, ox.RdfFormat.N_QUADS), version))
                continue
            record = _record_quads(g, key, content_hash, version)
            data = data + ox.serialize(record, None, ox.RdfFormat.N_QUADS)
            fresh.append((data, data.count(b"\n")))
        try:
            chunk: list[bytes] = []
            size = 0
            for data, lines in fresh:
                if chunk and size + lines > BULK_ATOMIC_QUADS:
                    store.bulk_load(b"".join(chunk), ox.RdfFormat.N_QUADS)
                    chunk, size = [], 0
                chunk.append(data)
                size += lines
            if chunk:
                store.bulk_load(b"".join(chunk), ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as err:
            raise StoreError(self.path, "E302", f"batch load failed: {err}") from None
        if changed:
            self.replace_articles(changed)
        self.settle()
        self._publish()

    def remove_article(self, key: str) -> bool:
        """Remove everything the article contributed (its graph, and the
        shared descriptions no other article needs); False if it is absent."""
        store = self._writer()
        g = ox.NamedNode(graph_iri(key))
        if not store.contains_named_graph(g):
            return False
        marks = pending_quads(self._referenced(g))
        try:
            store.update(_replace_update([g], marks))
        except (OSError, SyntaxError) as err:
            raise StoreError(self.path, "E302", f"{key}: remove failed: {err}") from None
        self.settle()
        self._publish()
        return True

    def _publish(self) -> None:
        """Let readers see what was just committed (a checkpoint they open
        instead of the live store, which RocksDB cannot share with a writer)."""
        if self._checkpoints is not None:
            try:
                self._checkpoints.publish(self.raw)
            except OSError as err:
                raise StoreError(self.path, "E302", f"checkpoint for readers failed: {err}") from None

    def _referenced(self, g: ox.NamedNode) -> list[ox.NamedNode]:
        return [r["o"] for r in self.raw.query(referenced_query(g))]

    def settle(self) -> int:
        """Bring the shared graph up to date with the article graphs
        (``kg.shared.settle``); returns how many nodes were settled."""
        store = self._writer()

        def select(sparql: str):
            return store.query(sparql, use_default_graph_as_union=True)

        try:
            return settle_shared(select, store.update, store)
        except (OSError, SyntaxError) as err:
            raise StoreError(self.path, "E302", f"settling the shared graph failed: {err}") from None

    def keys_for_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        """The stored article key of each content hash found (one key each:
        the smallest, when a store holds copies), by index lookups."""
        found: dict[str, str] = {}
        for h in set(hashes):
            for q in self.raw.quads_for_pattern(None, KG.contentHash, ox.Literal(h), None):
                if q.subject != q.graph_name:
                    continue  # the article node's own copy of the hash
                for k in self.raw.quads_for_pattern(q.graph_name, KG.articleKey, None, q.graph_name):
                    if h not in found or k.object.value < found[h]:
                        found[h] = k.object.value
        return found

    def check_format(self) -> None:
        """Refuse (``StoreError`` E306) a store built before article keys and
        shared entity descriptions (issue 14): its keys depend on the folder
        it was built from and it holds every label once per article), and
        mark for settling what an older kg left without a summary
        (``kg.graph.shared.UNSUMMARISED``)."""
        check_format(self.query, self.path)
        try:
            self._writer().update(UNSUMMARISED)
        except OSError as err:
            raise StoreError(self.path, "E302", f"marking withdrawal claims to settle failed: {err}") from None

    def _record(self, key: str, predicate: ox.NamedNode) -> str | None:
        g = ox.NamedNode(graph_iri(key))
        for q in self.raw.quads_for_pattern(g, predicate, None, g):
            return q.object.value
        return None

    def article_hash(self, key: str) -> str | None:
        """The content hash the article was built from, or None if absent."""
        return self._record(key, KG.contentHash)

    def article_version(self, key: str) -> tuple[str, str | None] | None:
        """(content hash, pipeline version) of the stored article, or None."""
        content_hash = self.article_hash(key)
        if content_hash is None:
            return None
        return content_hash, self._record(key, KG.pipelineVersion)

    def article_versions(self, keys: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """``article_version`` of each stored key (absent keys are left out)."""
        out = {}
        for key in keys:
            found = self.article_version(key)
            if found is not None:
                out[key] = found
        return out

    def articles(self) -> list[StoredArticle]:
        """Every article graph, sorted by key."""
        return stored_articles(self.raw.query(ARTICLES_QUERY, prefixes=PREFIXES))

    # -- queries ----------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None, *, where: str = "query"):
        """Run a SPARQL query over the union of the article graphs.

        ``substitutions`` maps variable names (without ``?``) to pyoxigraph
        terms; they are bound, never pasted into the text."""
        subs = None
        if substitutions:
            subs = {ox.Variable(k.lstrip("?$")): v for k, v in substitutions.items()}
        try:
            return self.raw.query(
                sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs
            )
        except SyntaxError as err:
            raise QueryError(where, "E402", f"malformed query: {err}") from None
        except OSError as err:
            raise StoreError(self.path, "E302", f"query failed: {err}") from None

    # -- exports ----------------------------------------------------------
    def _quads(self) -> list[ox.Quad]:
        return list(self.raw.quads_for_pattern(None, None, None, None))

    def _union_triples(self) -> list[ox.Triple]:
        triples = {q.triple for q in self._quads()}
        return sorted(triples, key=str)

    def export(self, fmt: str, out: BinaryIO, *, with_sketches: bool = False) -> None:
        """Write the graph to ``out``: ``turtle`` and ``jsonld`` (compacted
        with kg's ``@context``) as one graph (the union of all articles),
        without the syndication sketches unless ``with_sketches``; ``trig``
        and ``nquads`` with one named graph per article, everything (they
        reload a store); ``csv``: one row per attributed statement
        (``kg.graph.exports``). Output is sorted, so equal stores export
        equal bytes."""
        from .exports import readable_triples, write_jsonld, write_statements_csv

        if fmt in ("turtle", "ttl"):
            triples = readable_triples(self._union_triples(), with_sketches)
            ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)
        elif fmt in ("jsonld", "json-ld"):
            write_jsonld(readable_triples(self._union_triples(), with_sketches), out)
        elif fmt == "trig":
            quads = sorted(self._quads(), key=str)
            ox.serialize(quads, out, ox.RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)
        elif fmt in ("nquads", "nq"):
            data = ox.serialize(self._quads(), None, ox.RdfFormat.N_QUADS)
            lines = sorted(set(data.splitlines(keepends=True)))
            out.writelines(lines)
        elif fmt == "csv":
            write_statements_csv(self, out)
        else:
            raise StoreError(self.path, "E302", f"unknown export format {fmt!r}; use one of "
                             + ", ".join(EXPORT_FORMATS))

    def export_bytes(self, fmt: str, *, with_sketches: bool = False) -> bytes:
        buf = io.BytesIO()
        self.export(fmt, buf, with_sketches=with_sketches)
        return buf.getvalue()

    # -- checks -----------------------------------------------------------
    def validate(self) -> tuple[bool, str]:
        """SHACL-validate the union graph against ``ontology/shapes.ttl``
        (with the ontology, so subclasses count). Returns (conforms, report)."""
        return validate_turtle(self.export_bytes("turtle", with_sketches=True))

    def stats(self) -> dict[str, int]:
        """Counts: articles, entities, claims, attributions, withdrawals,
        triples (distinct, over the union graph) and quads."""
        counts = {name: _count(self.raw, sparql) for name, sparql in STATS_QUERIES.items()}
        counts["quads"] = len(self.raw)
        return counts


def _replace_update(drop: list[ox.NamedNode], quads: list[ox.Quad]) -> str:
    """One SPARQL update (one transaction) dropping graphs and inserting
    quads. Terms are pyoxigraph's own N-Triples serialisation, never pasted text."""
    drops = [f"DROP SILENT GRAPH {g}" for g in drop]
    inserts = "\n".join(
        f"GRAPH {q.graph_name} {{ {_term_sparql(q.subject)} {_term_sparql(q.predicate)} "
        f"{_term_sparql(q.object)} }}"
        for q in quads
    )
    return " ;\n".join(drops + [f"INSERT DATA {{\n{inserts}\n}}"])


def keys_for_hashes(query, hashes: Iterable[str]) -> dict[str, str]:
    """``Store.keys_for_hashes`` through a ``query`` function (either store)."""
    wanted = sorted({h for h in hashes if re.fullmatch(r"[0-9a-f]{64}", h)})
    if not wanted:
        return {}
    values = " ".join(f'"{h}"' for h in wanted)  # hex digits only, checked above
    rows = query(f"SELECT ?hash (MIN(?key) AS ?k) WHERE {{ VALUES ?hash {{ {values} }} "
                 f"GRAPH ?g {{ ?g kg:contentHash ?hash ; kg:articleKey ?key }} }} GROUP BY ?hash",
                 where="content hashes")
    return {r["hash"].value: r["k"].value for r in rows if r["k"] is not None}


# A store from before issue 14: a key relative to the folder it was built
# from, or an entity's label key inside an article graph.
_OLD_FORMAT = (
    "ASK { { GRAPH ?g { ?g kg:articleKey ?key } "
    'FILTER(!STRSTARTS(?key, "/") && !REGEX(?key, "^[a-zA-Z][a-zA-Z0-9+.-]*://")) } '
    "UNION { GRAPH ?g { ?g a kg:ArticleGraph . ?e kg:labelKey ?k } } }"
)


def check_format(query, where: str) -> None:
    """``Store.check_format`` through a ``query`` function (either store)."""
    if bool(query(_OLD_FORMAT, where="store format")):
        raise StoreError(
            where, "E306",
            "store was built by an older kg (article keys relative to the folder it was built "
            "from, names copied into every article graph); build into a new store "
            "(--store DIR) or delete this one and build again")


def _count(store: ox.Store, sparql: str) -> int:
    rows = list(store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True))
    return int(rows[0]["n"].value) if rows else 0


def validate_turtle(data: bytes | str) -> tuple[bool, str]:
    """SHACL-validate a Turtle graph against the kg shapes and ontology."""
    import pyshacl
    import rdflib

    graph = rdflib.Graph().parse(data=data, format="turtle")
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    conforms, _report_graph, text = pyshacl.validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=False
    )
    return bool(conforms), str(text)
