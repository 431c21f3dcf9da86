"""The benchmark corpus: the seed articles replicated with deterministic
variations, so every copy has its own content hash (and its own graph) while
keeping the seeds' language, length and structure.

Copy ``i`` of a seed gets: every digit shifted by ``i % 9 + 1`` (numbers,
dates and counts change), month and weekday names rotated by ``i``, and a
first line naming the copy. ``--short`` keeps only the first ``SHORT_WORDS``
words of each copy (used where the parse time, not the article, is the cost).

Usage: python -m bench.corpus OUT_DIR --articles 100 [--short]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHORT_WORDS = 150
MONTHS = ("January February March April May June July August September October "
          "November December").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_DAY = re.compile(r"\b(" + "|".join(DAYS) + r")\b")


def vary(text: str, i: int) -> str:
    """Copy ``i`` of ``text`` (copy 0 is the text itself)."""
    if i == 0:
        return text
    shift = i % 9 + 1
    text = re.sub(r"\d", lambda m: str((int(m[0]) + shift) % 10), text)
    text = _MONTH.sub(lambda m: MONTHS[(MONTHS.index(m[0]) + i) % 12], text)
    text = _DAY.sub(lambda m: DAYS[(DAYS.index(m[0]) + i) % 7], text)
    return f"Copy {i}\n{text}"


def shorten(text: str, words: int = SHORT_WORDS) -> str:
    """The text up to the end of the line where its first ``words`` words end."""
    count = 0
    for m in re.finditer(r"\S+", text):
        count += 1
        if count >= words:
            end = text.find("\n", m.end())
            return text if end < 0 else text[:end + 1]
    return text


def write_corpus(out: Path, articles: int, short: bool = False) -> list[Path]:
    """``articles`` files in ``out`` (cycling through the seeds); their paths."""
    out.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    paths = []
    for n in range(articles):
        k = n % len(seeds)
        text = vary(texts[k], n // len(seeds))
        if short:
            text = shorten(text)
        path = out / f"{n:06d}_{seeds[k].stem}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def words(paths) -> int:
    """Whitespace-separated words in the files (the throughput unit)."""
    return sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--short", action="store_true")
    args = ap.parse_args()
    paths = write_corpus(args.out, args.articles, args.short)
    print(f"{len(paths)} articles, {words(paths)} words in {args.out}")


if __name__ == "__main__":
    main()
