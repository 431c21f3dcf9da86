"""kg build --scheduler on a real dask.distributed LocalCluster with two
worker processes: the graph equals the single-process build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.pipeline import build
from kg.graph.store import Store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.model]


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)[:3]]


@pytest.fixture(scope="module")
def single(seeds, tmp_path_factory) -> bytes:
    with Store(tmp_path_factory.mktemp("single") / "store") as store:
        build(seeds, store)
        return store.export_bytes("nquads")


def test_dask_build_equals_single_process_build(cluster, seeds, single, tmp_path):
    with Store(tmp_path / "store") as store:
        # partitions of two articles: both workers get work
        from kg.build.distributed import build_on_dask  # noqa: F401  (the path under test)

        report = build(seeds, store, scheduler=cluster.scheduler_address)
        assert report.errors == [] and report.articles == 3
        assert store.export_bytes("nquads") == single
        again = build(seeds, store, scheduler=cluster.scheduler_address)
        assert (again.articles, again.skipped) == (0, 3)


def test_shards_through_a_shared_folder_are_loaded_then_removed(cluster, seeds, single, tmp_path, monkeypatch):
    shards = tmp_path / "shards"
    monkeypatch.setenv("KG_SHARD_DIR", str(shards))
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with Store(tmp_path / "store") as store:
        report = build([*seeds, str(bad)], store, scheduler=cluster.scheduler_address)
        assert store.export_bytes("nquads") == single
    assert [(e.where, e.code) for e in report.errors] == [(str(bad), "E101")]
    assert list(shards.iterdir()) == []


def test_scheduler_from_the_environment(cluster, seeds, single, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_DASK_SCHEDULER", cluster.scheduler_address)
    with Store(tmp_path / "store") as store:
        assert build(seeds[:1], store).articles == 1
