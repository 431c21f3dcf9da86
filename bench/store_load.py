"""Store load rate: kg's batch write path against pyoxigraph's own bulk load
of the same quads from an N-Quads file.

Usage: python -m bench.store_load [--articles 400]

The quads are the real graphs of the seed articles (current pipeline),
copied ``--articles`` times with per-copy IRIs (``bench.query_latency``).
Timed, each into a fresh on-disk store, best of two rounds:
  kg          ``Store.load_articles`` in batches of 32 articles, fed the
              N-Quads bytes a ``--jobs`` worker or a Dask shard sends, as
              ``kg build`` writes them;
  pyoxigraph  ``pyoxigraph.Store.bulk_load(path=FILE.nq)`` (writing the file
              is not timed).
Target (issue 7): kg / pyoxigraph >= 0.8 (quads per second).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.query_latency import copy_lines, seed_lines

BATCH = 32


def articles(copies: int) -> list[tuple[str, str, bytes]]:
    """(key, content hash, N-Quads bytes) of each synthetic article."""
    from kg.vocab import graph_iri

    seeds, _claims = seed_lines()
    out = []
    for i in range(copies):
        lines = copy_lines(seeds[i % len(seeds)], i)
        # the copy's graph IRI becomes the graph of a real key, as replace_articles checks
        key = f"bench/{i:06d}.txt"
        old = lines[0].rsplit(" ", 2)[-2]
        text = "\n".join(line.replace(old, f"<{graph_iri(key)}>") for line in lines) + "\n"
        out.append((key, f"{i:064x}", text.encode()))
    return out


def load_kg(path: Path, items) -> float:
    from kg.graph.store import Store

    with Store(path) as store:
        t = time.perf_counter()
        for start in range(0, len(items), BATCH):
            store.load_articles(items[start:start + BATCH])
        store.raw.flush()
        seconds = time.perf_counter() - t
        count = len(store.raw)
    return seconds, count


def load_pyoxigraph(path: Path, nq: Path) -> float:
    store = ox.Store(str(path))
    t = time.perf_counter()
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return time.perf_counter() - t, len(store)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args()
    items = [(k, h, d, "bench") for k, h, d in articles(args.articles)]
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-load-"))
    # the file pyoxigraph loads: exactly the quads kg stores (with its record quads)
    from kg.graph.store import Store

    with Store(tmp / "reference") as ref:
        ref.load_articles(items)
        nq = tmp / "all.nq"
        ox.serialize(ref.raw.quads_for_pattern(None, None, None, None), str(nq), ox.RdfFormat.N_QUADS)
    best = {"kg": None, "pyoxigraph": None}
    for round_ in range(2):
        for name in ("pyoxigraph", "kg") if round_ % 2 else ("kg", "pyoxigraph"):
            where = tmp / f"{name}-{round_}"
            seconds, count = load_kg(where, items) if name == "kg" else load_pyoxigraph(where, nq)
            rate = count / seconds
            print(f"round {round_} {name:10s} {count:,} quads in {seconds:6.2f} s = {rate:9,.0f} quads/s",
                  flush=True)
            best[name] = max(best[name] or 0, rate)
    print(f"kg batch writes / pyoxigraph bulk_load: {best['kg'] / best['pyoxigraph']:.2f}  (target >= 0.8)")


if __name__ == "__main__":
    sys.exit(main())
