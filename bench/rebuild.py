"""Re-building an unchanged corpus against the first build.

Usage: python -m bench.rebuild [--articles 100]

Runs ``kg build CORPUS --store STORE`` twice as a user would (two fresh
processes, wall clock, interpreter start and imports included), then prints
second / first. The second build reads every article, finds its content hash
and pipeline version in the store and skips it: no model load, no parse.
Target (issue 7): <= 0.05.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import words, write_corpus

KG = Path(sys.executable).parent / "kg"


def timed_build(corpus: Path, store: Path, *extra: str) -> float:
    t = time.perf_counter()
    out = subprocess.run([str(KG), "build", str(corpus), "--store", str(store), *extra],
                         capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    print("  " + out.stderr.strip().splitlines()[-1], flush=True)
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-rebuild-"))
    paths = write_corpus(tmp / "corpus", args.articles)
    print(f"corpus: {len(paths)} articles, {words(paths)} words", flush=True)
    first = timed_build(tmp / "corpus", tmp / "store", "--jobs", str(args.jobs))
    second = timed_build(tmp / "corpus", tmp / "store")
    print(f"first build {first:.1f} s, re-build {second:.2f} s")
    print(f"re-build / first build: {second / first:.3f}  (target <= 0.05)")


if __name__ == "__main__":
    sys.exit(main())
