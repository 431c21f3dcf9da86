"""Reading a corpus file against reading the same articles as a folder.

Usage: python -m bench.read_corpus [--articles 2000]   (about a minute)

Writes the benchmark corpus (``bench/corpus.py``) twice: as a folder of
``.txt`` files and as one JSON Lines file, and as a JSON Lines file ten times
longer. Each read runs in its own fresh process through
``kg.read.read_sources`` (decode, repair, boilerplate, metadata; no parse)
and reports articles/s and its peak resident set size. A streamed corpus
file holds one record at a time, so its peak should not grow with its
length. Targets (issue 17): JSONL / folder articles/s >= 0.8; peak RSS of
the 10x JSONL / the 1x JSONL <= 1.2.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from bench._child import emit, peak_rss_mb, run_child
from bench.corpus import write_corpus


def child(path: str) -> None:
    from kg.read import read_sources
    from kg.records import Article

    t = time.perf_counter()
    articles = sum(1 for item in read_sources([path]) if isinstance(item, Article))
    emit({"articles": articles, "seconds": time.perf_counter() - t, "peak_rss_mb": peak_rss_mb()})


def to_jsonl(paths: list[Path], out: Path, times: int = 1) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for n in range(times):
            for i, p in enumerate(paths):
                text = p.read_text(encoding="utf-8")
                fh.write(json.dumps({"maintext": f"Copy {n}.{i}\n{text}", "url": f"https://example.org/{n}/{i}"}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--child", nargs=1, metavar="PATH")
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-read-"))
    paths = write_corpus(tmp / "folder", args.articles, short=True)
    to_jsonl(paths, tmp / "corpus.jsonl")
    to_jsonl(paths, tmp / "corpus10.jsonl", times=10)
    runs = {}
    for name, path in (("folder", tmp / "folder"), ("jsonl", tmp / "corpus.jsonl"), ("jsonl x10", tmp / "corpus10.jsonl")):
        r = run_child("bench.read_corpus", str(path))
        runs[name] = r
        print(f"{name:>10}: {r['articles']:>6} articles, {r['articles'] / r['seconds']:,.0f} articles/s, "
              f"peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
    rate = lambda r: r["articles"] / r["seconds"]  # noqa: E731
    print(f"articles/s JSONL / folder: {rate(runs['jsonl']) / rate(runs['folder']):.2f}  (target >= 0.8)")
    print(f"peak RSS JSONL x10 / JSONL: {runs['jsonl x10']['peak_rss_mb'] / runs['jsonl']['peak_rss_mb']:.2f}"
          "  (target <= 1.2)")


if __name__ == "__main__":
    sys.exit(main())
