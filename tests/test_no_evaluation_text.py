"""No rule, example or test may use a sentence of the articles the project is
measured on (the seeds, the held-out sets, the study sets and the Wikinews
key's articles): rules must be constructions of English news, and tests
must show them on sentences written for them. This test fails when code or
a test shares a run of seven words with any of those articles, apart from
stock phrases of news and the tests that read or score those files."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_N = 7
_WORD = re.compile(r"[A-Za-z0-9']+")
# Stock phrases of news that any text may use, and a real body's full name.
_STOCK = (
    "who asked not to be", "asked not to be named said",
    "a senior u s official said", "islamic state of iraq and the levant", "your email address will not be published",
    "official said officials familiar with the talks",
)
# Tests that read, build or score the measured files themselves, and may quote
# what they find there (the seeds' store: its speakers and places).
_READERS = {"tests/read/test_read.py", "tests/evaluate/test_heldout5.py", "tests/graph/test_statements.py"}


def _grams(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i:i + _N]) for i in range(len(words) - _N + 1)}


def _measured_grams() -> set[str]:
    texts = list((ROOT / "seeds").glob("*.txt")) + [p for p in (ROOT / "tests" / "data").rglob("*.txt")
                                                    if p.name.lower() not in ("readme.txt", "license.txt")]
    out: set[str] = set()
    for path in texts:
        out |= _grams(path.read_text(encoding="utf-8", errors="replace"))
    return out


def _stock(gram: str) -> bool:
    return any(gram in phrase or phrase in gram for phrase in _STOCK) or \
        any(set(gram.split()) <= set(phrase.split()) for phrase in _STOCK)


def test_code_and_tests_share_no_run_of_words_with_the_measured_articles():
    measured = _measured_grams()
    assert len(measured) > 100_000  # the sets are there to compare with
    files = [p for p in list((ROOT / "kg").rglob("*.py")) + list((ROOT / "tests").rglob("*.py"))
             if "data" not in p.relative_to(ROOT).parts and p.relative_to(ROOT).as_posix() not in _READERS]
    found = {}
    for path in files:
        shared = sorted(g for g in _grams(path.read_text(encoding="utf-8")) & measured if not _stock(g))
        if shared:
            found[path.relative_to(ROOT).as_posix()] = shared[:5]
    assert found == {}
