"""Query latency of every shipped query on a small and a large store.

Usage: python -m bench.query_latency [--small] [--stores DIR] [--only Q...]
[--page N] [--all-rows]   (default: 10,000 vs 1,000,000 claims; --small:
10,000 vs 100,000; --stores keeps the generated stores in DIR and reuses them
on the next run; --page N also times each listing's first N rows)

The stores are synthesised from the real graphs of the seed articles (built
by the current pipeline, so every triple has the shape ``kg.graph.quads`` writes):
copy ``i`` of a seed graph gets its own article, graph, attribution, claim
and span IRIs, and its entities join entity group ``i // GROUP``: entity IRIs,
labels and ``kg:labelKey`` values get the group's suffix, as do canonical
claims. So an entity is named in about ``GROUP`` articles whatever the store's
size, as in news where most names are local to a story, while the number of
entities grows with the corpus. Likewise a copy's text is shared only within
its group (MinHash slots and fingerprint get the group's suffix: syndication
clusters of about ``GROUP`` copies, not one cluster of every copy of a seed),
and each copy has its own source path. The N-Quads are bulk-loaded with pyoxigraph.
The shared graph is written once per group from the seeds' own, so the
summaries it keeps with marked and withdrawal claims (kg.graph.shared) count
one copy's reports, not the group's: the timings are those of real
summaries, the counts in the rows are not.

Each query runs on both stores: entity-bound queries (a parameter of kind
``entity``) with the names of ``SAMPLES`` random entities of the small store,
3 runs each, the same names on both stores (copy ``i`` is the same in both,
so each name has the same neighbourhood in both and only the store around it
grows); the other (listing) queries 3 times, as ``kg query`` runs them: their
first page of 1,000 rows (``--page N``: also a first page of N rows, which
both stores fill when N is at most the listing's rows on the small one;
``--all-rows``: also every row). Prints median and 95th percentile per query,
the CPU time of the query process beside them (the machine is shared), the
growth large/small of the median and of the CPU time, the rows a run returned
on each store (a listing whose rows all fit the page on both stores returns
about 10x the rows on the large one) and the growth per row: the growth of
the median divided by that of the rows.
Targets: growth <= 3x for the lookups bound to an entity (issue 7); for
listings <= 10x for 10x the claims, and the first page of ``attributions`` under 1 s on 100,000 claims (issue 14).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench._child import emit

GROUP = 10  # articles per entity group
SAMPLES = 10
_ENTITY = re.compile(r"<(https://w3id\.org/kg-news/id/(?:entity|canonical-claim|phrase)/[^>]*)>")
# IRIs local to one article get the copy's prefix; shared nodes (entities,
# canonical claims and the words of statements, whose labels get the
# group's suffix: the group's suffix; the shared graph, activity, model,
# quantities: as they are) are one node across copies, as in a real store
# (kg.graph.shared.SHARED_PREFIXES).
_OTHER_ID = re.compile(
    r"<https://w3id\.org/kg-news/id/(?!entity/|canonical-claim/|graph/shared>|activity/|model/|quantity/|phrase/)")
_SKETCH = re.compile(r'(<https://w3id\.org/kg-news/ns#(?:sketchSlot|fingerprint)>) "([^"]*)"')
_PATH = re.compile(r'(<https://w3id\.org/kg-news/ns#sourcePath>) "([^"]*)"')
_LABEL = re.compile(r'(<http://www\.w3\.org/2004/02/skos/core#(?:pref|alt)Label>|'
                    r'<https://w3id\.org/kg-news/ns#(?:labelKey|bodyKey)>) "((?:[^"\\]|\\.)*)"')


def seed_lines() -> tuple[list[list[str]], list[str], int]:
    """The N-Quads lines of each seed article graph, those of the shared
    graph, and the seeds' claim count."""
    import pyoxigraph as ox

    from kg.build.pipeline import build
    from kg.graph.store import Store
    from kg.vocab import SHARED_GRAPH

    root = Path(__file__).resolve().parent.parent
    with Store(Path(tempfile.mkdtemp(prefix="kg-bench-seeds-")) / "store") as store:
        build(sorted(str(p) for p in (root / "seeds").glob("*.txt")), store)
        claims = store.stats()["claims"]
        graphs = {}
        for q in store.raw.quads_for_pattern(None, None, None, None):
            graphs.setdefault(q.graph_name.value, []).append(q)
    shared = ox.serialize(graphs.pop(SHARED_GRAPH, []), None, ox.RdfFormat.N_QUADS).decode().splitlines()
    return [ox.serialize(qs, None, ox.RdfFormat.N_QUADS).decode().splitlines()
            for _g, qs in sorted(graphs.items())], shared, claims


_G, _I = "\x00G\x00", "\x00I\x00"  # placeholders of a template (never in N-Quads)


def template(lines: list[str]) -> str:
    """One article graph (or the shared graph) as a template of its copies:
    the substitutions of the module docstring are made once, with
    placeholders for the copy's number and group, so a copy is two
    ``str.replace`` (the per-line regular expressions took most of the
    generation time of a large store)."""
    out = []
    for line in lines:
        line = _ENTITY.sub(lambda m: f"<{m[1]}-g{_G}>", line)
        line = _OTHER_ID.sub(f"<https://w3id.org/kg-news/id/c{_I}/", line)
        line = _LABEL.sub(lambda m: f'{m[1]} "{m[2]} g{_G}"', line)
        line = _SKETCH.sub(lambda m: f'{m[1]} "{m[2]}-g{_G}"', line)
        line = _PATH.sub(lambda m: f'{m[1]} "c{_I}/{m[2]}"', line)
        out.append(line + "\n")
    return "".join(out)


def copy_text(tmpl: str, i: int) -> str:
    """Copy ``i`` of a template (see the module docstring)."""
    return tmpl.replace(_G, str(i // GROUP)).replace(_I, str(i))


def copy_lines(lines: list[str], i: int) -> list[str]:
    """Copy ``i`` of one article graph, as lines (``bench.store_load``)."""
    return copy_text(template(lines), i).splitlines()


def write_store(path: Path, seeds: list[list[str]], shared: list[str], copies: int) -> None:
    """Write the N-Quads of ``copies`` article graphs and bulk-load them
    (pyoxigraph's bulk loader, the store's fastest path)."""
    import pyoxigraph as ox

    nq = path.with_suffix(".nq")
    templates, shared_tmpl = [template(lines) for lines in seeds], template(shared)
    groups = set()
    with open(nq, "w", encoding="utf-8") as fh:
        for i in range(copies):
            n = i // len(seeds) * len(seeds) + i % len(seeds)
            fh.write(copy_text(templates[i % len(seeds)], n))
            if n // GROUP not in groups:  # the group's entities, described once
                groups.add(n // GROUP)
                fh.write(copy_text(shared_tmpl, n))
    store = ox.Store(str(path))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    nq.unlink()


def entity_names(store, samples: int, rng: random.Random) -> list[str]:
    """Names (prefLabels) of ``samples`` random entities of the store."""
    rows = list(store.query(
        "SELECT DISTINCT ?n WHERE { ?e a ?c ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?n . "
        "VALUES ?c { <https://w3id.org/kg-news/ns#Person> <https://w3id.org/kg-news/ns#Place> "
        "<https://w3id.org/kg-news/ns#Organisation> } }", use_default_graph_as_union=True))
    names = sorted(r["n"].value for r in rows)
    return rng.sample(names, min(samples, len(names)))


def timings(store, query, names: list[str], limit: int | None) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds of each run of ``query`` (``limit`` rows, as
    ``kg query`` pages them, or every row when None), and the rows seen."""
    from kg.graph.queries import run

    times, cpu, rows = [], [], 0
    entity = [p for p in query.params if p.kind == "entity"]
    if not entity and query.params:
        return [], [], 0  # needs a non-entity value we cannot pick generically
    for name in (names if entity else [None]):
        params = {p.name: (name if p.kind == "entity" else (p.example or "")) for p in query.params}
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            _cols, result = run(store, query, params, limit=limit)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            rows += len(result)
    return times, cpu, rows


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def child(store_path: str, name: str, names_from: str, limit: str) -> None:
    """Time one query on one store (run in its own process, so a runaway
    query can be cut by a timeout); entity names are sampled from the store
    at ``names_from`` (the small one)."""
    from kg.graph.queries import load
    from kg.graph.store import Store

    with Store.read_only(names_from) as small:
        names = entity_names(small.raw, SAMPLES, random.Random(7))
    store = Store.read_only(store_path)
    times, cpu, rows = timings(store, load(name), names, int(limit) or None)
    emit({"times": times, "cpu": cpu, "rows": rows})


def time_query(store_path: Path, name: str, timeout: float, names_from: Path, limit: int) -> dict | None:
    """Timings of ``name`` on the store (``limit`` 0: every row), or None
    when it ran past ``timeout``."""
    import json
    import subprocess

    try:
        out = subprocess.run([sys.executable, "-m", "bench.query_latency", "--child", str(store_path), name,
                              str(names_from), str(limit)], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from kg.graph.queries import DEFAULT_LIMIT, list_queries
    from kg.graph.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="10,000 vs 100,000 claims")
    ap.add_argument("--claims", type=int, nargs=2, default=None, metavar=("SMALL", "LARGE"))
    ap.add_argument("--timeout", type=float, default=300, help="seconds per query and store")
    ap.add_argument("--stores", type=Path, default=None, help="keep (and reuse) the stores in this folder")
    ap.add_argument("--only", nargs="*", default=None, metavar="QUERY", help="time only these queries")
    ap.add_argument("--all-rows", action="store_true",
                    help=f"also time listing queries returning every row (default: the first page, "
                         f"{DEFAULT_LIMIT:,} rows, as `kg query` shows it)")
    ap.add_argument("--page", type=int, default=0, metavar="N",
                    help="also time listing queries at a first page of N rows (both stores fill it "
                         "when N is at most the listing's rows on the small store)")
    ap.add_argument("--child", nargs=4, metavar=("STORE", "QUERY", "NAMES_FROM", "LIMIT"))
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    sizes = args.claims or ((10_000, 100_000) if args.small else (10_000, 1_000_000))

    tmp = args.stores or Path(tempfile.mkdtemp(prefix="kg-bench-q-"))
    tmp.mkdir(parents=True, exist_ok=True)
    seeds = None
    for n in sizes:
        t = time.perf_counter()
        if not (tmp / f"s{n}").exists():
            if seeds is None:
                seeds, shared, seed_claims = seed_lines()
            copies = max(len(seeds), round(n / (seed_claims / len(seeds))))
            write_store(tmp / f"s{n}", seeds, shared, copies)
        with Store.read_only(tmp / f"s{n}") as store:
            stats = store.stats()
        print(f"store {n:>9,} claims target: {stats['articles']:,} articles, {stats['claims']:,} claims, "
              f"{stats['quads']:,} quads, {stats['entities']:,} entities "
              f"(generated + bulk-loaded, or reused, in {time.perf_counter() - t:.0f} s)", flush=True)
    small, large = sizes
    print(f"\n{'query':28s} {'page':10s} {'median small':>12s} {'p95 small':>10s} {'cpu':>8s} "
          f"{'median large':>12s} {'p95 large':>10s} {'cpu':>8s} {'growth':>7s} {'cpu growth':>10s} "
          f"{'rows small/large':>16s} {'growth/row':>10s}", flush=True)
    for q in list_queries():
        if args.only is not None and q.name not in args.only:
            continue
        entity = any(p.kind == "entity" for p in q.params)
        if q.params and not entity:
            print(f"{q.name:28s} skipped (needs a non-entity parameter)")
            continue
        # lookups bound to an entity return all their rows; a listing its
        # first page, as `kg query` shows it (and a page of N with --page N,
        # every row with --all-rows)
        modes = [("all", 0)] if entity else [(f"first {DEFAULT_LIMIT}", DEFAULT_LIMIT)] + (
            [(f"first {args.page}", args.page)] if args.page else []) + (
            [("all", 0)] if args.all_rows else [])
        for mode, limit in modes:
            res = {n: time_query(tmp / f"s{n}", q.name, args.timeout, tmp / f"s{small}", limit) for n in sizes}
            cells = []
            for n in sizes:
                r = res[n]
                cells.append("      > timeout                " if r is None else
                             f"{statistics.median(r['times']) * 1000:10.1f}ms {p95(r['times']) * 1000:8.1f}ms "
                             f"{statistics.median(r['cpu']) * 1000:6.0f}ms")
            # a listing whose every row fits the page on both stores returns
            # more rows on the large one: the rows each run returned say so,
            # and the growth per row (that of the median over that of the
            # rows) is what each row costs on the large store
            figures = f"{'-':>7s} {'-':>10s}"
            if res[small] and res[large] and res[small]["times"]:
                growth = statistics.median(res[large]["times"]) / statistics.median(res[small]["times"])
                cpu_growth = statistics.median(res[large]["cpu"]) / max(statistics.median(res[small]["cpu"]), 1e-6)
                rows = {n: res[n]["rows"] // len(res[n]["times"]) for n in sizes}
                per_row = (f"{growth / (rows[large] / rows[small]):9.2f}x" if rows[small] and rows[large]
                           else f"{'-':>10s}")
                figures = f"{growth:6.2f}x {cpu_growth:9.2f}x {rows[small]:>7,}/{rows[large]:<8,} {per_row}"
            print(f"{q.name:28s} {mode:10s} {cells[0]} {cells[1]} {figures}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
