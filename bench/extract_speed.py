"""Extraction speed next to the bare spaCy parse, measured in one run.

Usage: python bench/extract_speed.py [--copies 20] [--model NAME]

Reads the seeds (through ``kg.read``), replicates them ``--copies`` times and
times, on the same texts:
  1. parse:    ``nlp.pipe`` alone (the pipeline of ``kg.extract.nlp.load_nlp``);
  2. extract:  ``find_mentions`` + ``extract`` over those parsed docs;
  3. together: ``nlp.pipe`` with extraction of each doc as it comes.
Prints words per second of each and the ratio (parse + extraction) / parse;
the target is at most 1.30 (extraction costs at most 30% more than the parse).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from kg.extract.extraction import extract
    from kg.extract.nlp import load_nlp
    from kg.read.files import read_article

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    articles = [read_article(str(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))] * args.copies
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp(args.model)
    list(nlp.pipe(texts[:5]))  # warm up (model load, lazy tables)

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    records = [extract(a, d) for a, d in zip(articles, docs)]
    extraction = time.perf_counter() - t0

    t0 = time.perf_counter()
    together = sum(len(extract(a, d).attributions) for a, d in zip(articles, nlp.pipe(texts, batch_size=32)))
    combined = time.perf_counter() - t0

    n = sum(len(r.attributions) for r in records)
    assert together == n  # same work both ways
    print(f"articles {len(texts)}  words {words}  attributions {n}")
    print(f"parse (nlp.pipe)          {words / parse:10.0f} words/s  {parse:7.2f} s")
    print(f"extraction (mentions+rules){words / extraction:9.0f} words/s  {extraction:7.2f} s")
    print(f"parse + extraction         {words / combined:9.0f} words/s  {combined:7.2f} s")
    print(f"ratio (parse + extraction) / parse: {(parse + extraction) / parse:.3f}  (target <= 1.30)")
    print(f"ratio measured end to end:          {combined / parse:.3f}")


if __name__ == "__main__":
    main()
