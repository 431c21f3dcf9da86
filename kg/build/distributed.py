"""Distributed extraction on a Dask cluster: ``kg build --scheduler ADDRESS``
(or ``$KG_DASK_SCHEDULER``).

The corpus is cut into partitions of file paths. Each Dask task reads its
partition, skips the articles the store already holds unchanged (the
store's (content hash, pipeline version) index is broadcast once), parses
and extracts the rest with the same code as ``--jobs`` (``kg.build.parallel``) and
writes one N-Quads shard: a file in ``$KG_SHARD_DIR`` when the cluster shares
a filesystem with the writer, else bytes sent back through Dask. The writer
bulk-loads each shard through ``store.replace_articles``, article by article
atomically, so the graph is the one a single process builds.

Workers need ``kg`` and the spaCy model installed, and read the corpus at
the paths given (a shared filesystem or the same checkout on every node).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError

from .stages import Built, Duplicates, Failed, chunks, process_articles

PARTITION = 64  # articles per Dask task: about half a minute of parsing per core


@dataclass(frozen=True)
class Partition:
    """What one Dask task did: its shard (a file, or the bytes themselves),
    the articles in it (without their quads) in shard order, its errors and
    how many unchanged articles it skipped."""

    shard: str | None
    data: bytes
    built: tuple[Built, ...]
    failed: tuple[Failed, ...] = ()
    skipped: tuple[str, ...] = ()  # paths
    warnings: tuple[Failed, ...] = ()  # ``ReadWarning``s of articles that still landed


def extract_partition(
    paths: Sequence[str], model: str, version: str, known: dict, shard_dir: str | None,
    force: bool, index: int, read_options=None,
) -> Partition:
    """Run on a Dask worker: read, skip unchanged, parse, extract, and
    write the partition's N-Quads shard (atomically: ``.part`` then rename)."""
    from kg.errors import ReadWarning

    from .stages import read_paths

    failed, skipped, articles, warnings = [], [], [], []
    for item in read_paths(list(paths), options=read_options):
        if isinstance(item, ReadWarning):
            warnings.append(Failed.of(item))
        elif isinstance(item, KGError):
            failed.append(Failed.of(item))
        elif not force and known.get(item.key) == (item.content_hash, version):
            skipped.append(item.path)
        else:
            articles.append(item)
    built, parts = [], []
    for item in process_articles(articles, model, version, as_bytes=True):
        if isinstance(item, KGError):
            failed.append(Failed.of(item))
            continue
        parts.append(item.nquads)
        built.append(Built(item.path, item.key, item.content_hash, item.attributions,
                           item.withdrawals, item.entities, claims=item.claims))
    data = b"".join(parts)
    shard = None
    if shard_dir and built:
        shard = os.path.join(shard_dir, f"shard-{index:06d}.nq")
        with open(shard + ".part", "wb") as fh:
            fh.write(data)
        os.replace(shard + ".part", shard)
        data = b""
    return Partition(shard, data, tuple(built), tuple(failed), tuple(skipped), tuple(warnings))


def shard_articles(partition: Partition) -> Iterator[tuple[Built, list[ox.Quad]]]:
    """Each article of a shard with its quads (a shard holds each article's
    quads together, in ``built`` order)."""
    by_graph: dict[str, list[ox.Quad]] = {}
    source = {"path": partition.shard} if partition.shard else {"input": partition.data}
    if partition.built:
        for quad in ox.parse(format=ox.RdfFormat.N_QUADS, **source):
            by_graph.setdefault(quad.graph_name.value, []).append(quad)
    from kg.vocab import SHARED_GRAPH, graph_iri

    shared = by_graph.pop(SHARED_GRAPH, [])
    for b in partition.built:
        # the shared graph's static triples and markers travel with the
        # first article (adding them twice changes nothing)
        yield b, by_graph.pop(graph_iri(b.key), []) + shared
        shared = []


def build_on_dask(
    paths: Sequence[str], store, scheduler, *, model: str, version: str, report,
    strict: bool = False, force: bool = False,
    on_article: Callable[[str], None] | None = None, partition_size: int = PARTITION,
    shard_dir: str | None = None, read_options=None,
):
    """Build ``paths`` into ``store`` with parsing on the Dask cluster at
    ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``, or a
    ``distributed`` cluster object). Returns the filled ``report``."""
    from dask.distributed import Client

    from kg.read import iter_paths

    def note(where: str) -> None:
        if on_article:
            on_article(where)

    def fail(err: KGError) -> None:
        report.errors.append(err)
        note(err.where)
        if strict:
            raise err

    from kg.errors import ReadError
    from kg.read import input_kind

    try:
        found = []
        for path in iter_paths(paths):
            if input_kind(path) == "url":  # the cache and the fetch policy live with the writer
                fail(ReadError(path, "E109", "URLs are not fetched on a Dask cluster; build them without --scheduler"))
            else:
                found.append(path)
    except KGError as err:
        fail(err)
        return report
    shard_dir = shard_dir or os.environ.get("KG_SHARD_DIR") or None
    if shard_dir:
        Path(shard_dir).mkdir(parents=True, exist_ok=True)
    known = {} if force else {a.key: (a.content_hash, a.version) for a in store.articles()}
    duplicates = Duplicates(store)
    client = Client(scheduler)
    try:
        # a list of one: a dict given to scatter would be scattered item by item
        [known_future] = client.scatter([known], broadcast=True)
        futures = [
            client.submit(extract_partition, part, model, version, known_future, shard_dir, force,
                          i, read_options, pure=False)
            for i, part in enumerate(chunks(found, partition_size))
        ]
        for future in futures:  # in order: the report reads the same on every run
            partition: Partition = future.result()
            future.release()
            load_partition(partition, store, version, report, note, duplicates)
            for f in partition.failed:
                fail(f.error())
            for w in partition.warnings:
                if strict:
                    fail(w.error())
                else:
                    report.warnings.append(w.error())
    finally:
        client.close()
    return report


def load_partition(partition: Partition, store, version: str, report, note, duplicates) -> None:
    """Bulk-load one shard (each article atomic, copies of a text already
    stored left out) and count it."""
    from kg.vocab import SHARED_GRAPH

    articles = list(shard_articles(partition))
    kept = duplicates.split(articles, report, key=lambda a: a[0].key,
                            content_hash=lambda a: a[0].content_hash, path=lambda a: a[0].path)
    if kept and articles[0] not in kept:
        kept[0] = (kept[0][0], kept[0][1] + [q for q in articles[0][1]
                                             if q.graph_name.value == SHARED_GRAPH])
    batch = [(b.key, b.content_hash, quads, version) for b, quads in kept]
    if batch:
        store.replace_articles(batch)
    if partition.shard:
        os.remove(partition.shard)
    for b, _quads in kept:
        report.count(b)
        note(b.path)
    written = {b.path for b, _quads in kept}
    for b, _quads in articles:
        if b.path not in written:
            note(b.path)
    for path in partition.skipped:
        report.skipped += 1
        note(path)
