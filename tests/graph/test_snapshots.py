"""Readers never open the live database while a writer holds it: they read
the checkpoint the writer publishes after each commit (kg.graph.snapshots).
RocksDB cannot share a database between a writer and a read-only instance;
these tests pin down who reads what, and that nothing is left behind."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT
from test_store import KEY1, KEY2, build

from kg.errors import StoreError
from kg.graph import snapshots
from kg.graph.store import Store


def _checkpoints(path: str) -> list[str]:
    folder = snapshots.snapshots_path(path)
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


def test_a_reader_during_a_write_sees_the_last_commit_and_keeps_its_view(tmp_path):
    path = str(tmp_path / "s")
    writer = Store(path)
    build(writer, KEY1)
    early = Store.read_only(path)
    assert early.stats()["articles"] == 1
    build(writer, KEY2, outlet="Other Times")
    # The early reader keeps the checkpoint it opened; a new one sees the new commit.
    assert early.stats()["articles"] == 1
    late = Store.read_only(path)
    assert late.stats()["articles"] == 2
    assert "current" in _checkpoints(path)
    writer.close()
    # Pointer gone; the checkpoints still read are kept until their readers close.
    assert "current" not in _checkpoints(path) and len(_checkpoints(path)) == 2
    early.close()
    late.close()
    after = Store.read_only(path)  # no writer: the live store
    assert after.stats()["articles"] == 2
    after.close()
    Store(path).close()  # the next writer clears what was left
    assert not os.path.exists(snapshots.snapshots_path(path))


def test_a_writer_waits_for_readers_of_the_live_store_then_says_why(tmp_path, monkeypatch):
    path = str(tmp_path / "s")
    with Store(path) as writer:
        build(writer, KEY1)
    reader = Store.read_only(path)  # the live store: no writer now
    monkeypatch.setattr(snapshots, "WRITER_WAIT", 0.2)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert err.value.code == "E301" and "open for reading" in err.value.reason
    reader.close()
    with Store(path) as writer:  # the failed writer released its own lock too
        assert writer.stats()["articles"] == 1


def test_a_killed_writers_checkpoints_are_ignored_by_readers_and_cleared(tmp_path):
    path = str(tmp_path / "s")
    with Store(path) as writer:
        build(writer, KEY1)
    # A writer that dies holding the store, after publishing a checkpoint of one article.
    subprocess.run(
        [sys.executable, "-c",
         "import os, sys; sys.path.insert(0, 'tests/graph'); sys.path.insert(0, 'tests');"
         "from kg.graph.store import Store; from test_store import KEY2, build;"
         "s = Store(sys.argv[1]); build(s, KEY2); s.raw.remove_graph("
         "__import__('pyoxigraph').NamedNode(__import__('kg.vocab').vocab.graph_iri(KEY2)));"
         "os._exit(0)", path],
        cwd=ROOT, check=True,
    )
    left = _checkpoints(path)
    assert "current" in left and len(left) == 2
    # Its lock died with it: readers read the live store, not its last checkpoint.
    reader = Store.read_only(path)
    assert reader.stats()["articles"] == 1
    reader.close()
    with Store(path):
        mine = _checkpoints(path)
        assert [n for n in mine if n != "current"] == [f"{os.getpid()}-1"]
    assert not os.path.exists(snapshots.snapshots_path(path))
