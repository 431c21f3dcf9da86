"""Shared fixtures: the real spaCy model and a real on-disk store of the seeds,
each built once per test session (per xdist worker)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
TESTS_GOLD = ROOT / "tests" / "data" / "gold_seeds.json"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_paths() -> list[str]:
    return sorted(str(p) for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seed_paths):
    """The seeds built into a real pyoxigraph store on disk."""
    from kg.build.pipeline import build
    from kg.graph.store import Store

    path = tmp_path_factory.mktemp("seedstore") / "store"
    store = Store(str(path))
    report = build(seed_paths, store)
    assert report.errors == [], report.errors
    return store
