"""Peak memory (RSS) of a build of N articles against 10 N.

Usage: python -m bench.memory [--small]   (default: 1,000 vs 10,000 articles,
about 45 minutes on 2 cores; --small: 200 vs 2,000 articles of 150 words each)

Each build runs in its own fresh process (``--jobs 1``: parse, extract and
store writes all in that process) and reports its own peak resident set size
(``resource.getrusage``). A streaming build holds one batch at a time, so the
peak should not grow with the corpus. Target (issue 7): large / small <= 1.2.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench._child import emit, peak_rss_mb, run_child
from bench.corpus import words, write_corpus


def child(corpus: str, store: str) -> None:
    from kg.build.pipeline import build
    from kg.graph.store import Store

    t = time.perf_counter()
    with Store(store) as db:
        report = build([corpus], db)
    emit({"articles": report.articles, "errors": len(report.errors), "seconds": time.perf_counter() - t,
          "peak_rss_mb": peak_rss_mb()})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--sizes", type=int, nargs=2, default=None, metavar=("SMALL", "LARGE"))
    ap.add_argument("--child", nargs=2, metavar=("CORPUS", "STORE"))
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    sizes = args.sizes or ((200, 2000) if args.small else (1000, 10_000))
    short = args.small
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-mem-"))
    result = {}
    for n in sizes:
        paths = write_corpus(tmp / f"corpus{n}", n, short=short)
        r = run_child("bench.memory", str(tmp / f"corpus{n}"), str(tmp / f"store{n}"))
        result[n] = r
        print(f"{n:>6} articles ({words(paths):,} words{', short' if short else ''}): "
              f"peak RSS {r['peak_rss_mb']:.0f} MB, {r['seconds']:.0f} s, {r['errors']} errors", flush=True)
    small, large = sizes
    print(f"peak RSS {large} / {small} articles: "
          f"{result[large]['peak_rss_mb'] / result[small]['peak_rss_mb']:.2f}  (target <= 1.2)")


if __name__ == "__main__":
    sys.exit(main())
