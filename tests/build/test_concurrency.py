"""Concurrency (issue 8): queries while ``kg build`` writes never fail and
never see half an article; one writer at a time, with a clear E301 message.

The build runs in its own process (the real ``kg``); queries run in this one,
through ``kg query`` (Typer's runner) and through the store API. (The
endpoint's reads during writes are tested in ``test_serve.py``.)
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hostile_corpus import BODY
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.store import Store

ROOT = Path(__file__).resolve().parents[2]
KG = str(ROOT / ".venv" / "bin" / "kg")
runner = CliRunner()

# every article graph's size (the shared graph grows as articles land)
PER_GRAPH = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
             "FILTER(?g != <https://w3id.org/kg-news/id/graph/shared>) } GROUP BY ?g")


def _corpus(folder: Path, seed_paths: list[str], copies: int = 2) -> None:
    """The seeds (``copies`` times) and small articles of our own."""
    folder.mkdir()
    for i in range(copies):
        for path in seed_paths:
            # each copy its own text: an identical copy would be a duplicate
            text = Path(path).read_text(encoding="utf-8") + f"\nFiled as copy {i}.\n"
            (folder / f"{i}_{Path(path).name}").write_text(text, encoding="utf-8")
    for i in range(8):
        (folder / f"own_{i}.txt").write_text(BODY + f"Filed as note {i}.\n", encoding="utf-8")


def _start_build(corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([KG, "build", str(corpus), "--store", str(store), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lock(store: Path, proc: subprocess.Popen) -> None:
    """Until the build holds the writer lock (its pid is in STORE.lock)."""
    lock = Path(str(store) + ".lock")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == str(proc.pid) and store.exists():
            return
        time.sleep(0.05)
    raise AssertionError(f"the build never took the lock: {proc.stderr.read() if proc.poll() is not None else ''}")


@pytest.mark.slow
def test_queries_during_a_build_see_whole_articles_and_never_fail(tmp_path, seed_paths):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    _corpus(corpus, seed_paths)
    build = _start_build(corpus, store, "--batch-size", "1")
    _wait_for_lock(store, build)
    snapshots: list[dict[str, int]] = []  # graph -> quads, per read during the build
    cli_reads = 0
    try:
        while build.poll() is None:
            # kg query, in-process: a read-only open, bound parameters, JSON rows.
            result = runner.invoke(app, ["query", "entities", "--store", str(store), "--format", "json"])
            assert result.exit_code == 0, result.output
            json.loads(result.stdout)
            cli_reads += 1
            # The store API: every article graph's size, from one read-only view.
            db = Store.read_only(store)
            try:
                rows = db.query(PER_GRAPH)
                snapshots.append({r["g"].value: int(r["n"].value) for r in rows})
            finally:
                db.close()
    finally:
        if build.poll() is None:
            build.kill()
        out, err = build.communicate()
    assert build.returncode == 0, err
    final = Store.read_only(store)
    whole = {r["g"].value: int(r["n"].value) for r in final.query(PER_GRAPH)}
    assert len(whole) == 2 * len(seed_paths) + 8
    for snap in snapshots:
        for graph, n in snap.items():
            assert n == whole[graph], f"{graph}: {n} of {whole[graph]} quads seen mid-build"
    mid = [s for s in snapshots if 0 < len(s) < len(whole)]
    assert cli_reads >= 3 and len(mid) >= 3, "the reads did not overlap the build"


@pytest.mark.slow
def test_one_writer_at_a_time_with_a_clear_message(tmp_path, seed_paths):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    _corpus(corpus, seed_paths, copies=1)
    first = _start_build(corpus, store)
    try:
        _wait_for_lock(store, first)
        second = runner.invoke(app, ["build", str(corpus), "--store", str(store)])
        assert second.exit_code == 2
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"error {store}: E301 store is locked by another writer (pid {first.pid})")
        # In its own process too, the way a user meets it.
        third = subprocess.run([KG, "build", str(corpus), "--store", str(store)],
                               capture_output=True, text=True, timeout=120)
        if first.poll() is None:  # (only meaningful while the first still runs)
            assert third.returncode == 2 and "E301" in third.stderr, third.stderr
    finally:
        first.wait(timeout=300)
    assert first.returncode == 0, first.stderr.read()
    # Once the writer is gone the lock is free again.
    again = runner.invoke(app, ["build", str(corpus), "--store", str(store)])
    assert again.exit_code == 0, again.stderr
    assert "skipped 13" in again.stderr


def test_a_killed_writer_leaves_no_stale_lock(tmp_path):
    """The lock is the kernel's (flock): a writer killed with SIGKILL frees it."""
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "python"), "-c",
         "import sys, time; from kg.graph.store import Store; s = Store(sys.argv[1]); print('held', flush=True); time.sleep(600)",
         str(store)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Exception) as caught:
            Store(store)
        assert getattr(caught.value, "code", None) == "E301"
    finally:
        holder.kill()
        holder.wait()
    with Store(store) as db:  # free again, no clean-up needed
        assert db.stats()["articles"] == 0


def test_readers_take_no_lock(tmp_path):
    """Queries, exports and stats open the store read-only: they run while a
    writer holds it."""
    store = tmp_path / "store"
    with Store(store) as writer:
        g = ox.NamedNode("https://w3id.org/kg-news/id/graph/x")
        writer.raw.add(ox.Quad(g, ox.NamedNode("https://example.org/p"), ox.Literal("v"), g))
        writer.raw.flush()
        for args in (["query", "entities"], ["stats"], ["export", "--format", "nquads"]):
            result = runner.invoke(app, [*args, "--store", str(store)])
            assert result.exit_code == 0, (args, result.output)
