"""Incremental builds: unchanged articles are skipped without parsing, a
changed one replaces exactly its contribution, ``kg remove`` takes one out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.build.pipeline
import kg.build.stages
from kg.build.pipeline import build
from kg.cli import app
from kg.graph.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
pytestmark = pytest.mark.model


@pytest.fixture()
def corpus(tmp_path) -> Path:
    """A copy of the two shortest seeds."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]:
        shutil.copy(p, folder / p.name)
    return folder


def fresh_export(paths: list[str], where: Path) -> bytes:
    with Store(where) as store:
        build(paths, store)
        return store.export_bytes("nquads")


def test_unchanged_articles_are_skipped_without_parsing(corpus, tmp_path, monkeypatch):
    with Store(tmp_path / "store") as store:
        first = build([str(corpus)], store)
        before = store.export_bytes("nquads")

        def no_parsing(articles, *args, **kwargs):
            for article in articles:
                raise AssertionError(f"{article.path}: an unchanged article was parsed")
            yield from ()

        monkeypatch.setattr(kg.build.stages, "extract_articles", no_parsing)
        again = build([str(corpus)], store)
        assert store.export_bytes("nquads") == before
    assert (first.articles, again.articles, again.skipped) == (2, 0, 2)


def test_a_new_pipeline_version_re_extracts(corpus, tmp_path, monkeypatch):
    with Store(tmp_path / "store") as store:
        build([str(corpus)], store)
        monkeypatch.setattr(kg.build.pipeline, "PIPELINE_VERSION", "kg-test-next")
        again = build([str(corpus)], store)
        versions = {a.version for a in store.articles()}
    assert (again.articles, again.skipped) == (2, 0)
    assert all(v.startswith("kg-test-next+") for v in versions)


def test_a_changed_article_replaces_exactly_its_contribution(corpus, tmp_path):
    changed = sorted(corpus.glob("*.txt"))[0]
    with Store(tmp_path / "store") as store:
        build([str(corpus)], store)
        text = changed.read_text(encoding="utf-8")
        changed.write_text(text + "\nThe mayor said the bridge was closed on Monday.\n", encoding="utf-8")
        again = build([str(corpus)], store)
        incremental = store.export_bytes("nquads")
    assert (again.articles, again.skipped) == (1, 1)
    assert incremental == fresh_export([str(corpus)], tmp_path / "fresh")


def test_kg_remove_takes_out_exactly_one_article(corpus, tmp_path):
    store_dir = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(corpus), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    gone, kept = sorted(corpus.glob("*.txt"))
    result = runner.invoke(app, ["remove", str(gone), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    with Store.read_only(store_dir) as store:
        after = store.export_bytes("nquads")
    assert after == fresh_export([str(kept)], tmp_path / "fresh")
    result = runner.invoke(app, ["remove", str(gone), "--store", str(store_dir)])
    assert result.exit_code == 1 and "not in store" in result.output
