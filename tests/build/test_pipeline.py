"""The streaming build: batches, per-article errors, strict mode, the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.pipeline import build, extract_paths
from kg.errors import KGError, ReadError
from kg.graph.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def two_seeds() -> list[str]:
    """The two shortest seed articles (an end-to-end check, not a rule test)."""
    return [str(p) for p in sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]]


@pytest.fixture(scope="module")
def reference(two_seeds, tmp_path_factory) -> bytes:
    with Store(tmp_path_factory.mktemp("ref") / "store") as store:
        report = build(two_seeds, store)
        assert report.errors == [] and report.articles == 2
        return store.export_bytes("nquads")


@pytest.mark.model
def test_report_counts_match_the_store(two_seeds, tmp_path):
    with Store(tmp_path / "store") as store:
        report = build(two_seeds, store)
        stats = store.stats()
    assert report.articles == stats["articles"] == 2
    assert report.attributions == stats["attributions"] > 0
    assert report.withdrawals == stats["withdrawals"]
    assert report.summary()["errors"] == 0


@pytest.mark.model
def test_batch_size_does_not_change_the_graph(two_seeds, reference, tmp_path):
    with Store(tmp_path / "store") as store:
        build(two_seeds, store, batch_size=1)
        assert store.export_bytes("nquads") == reference


@pytest.mark.model
def test_a_bad_file_is_reported_and_the_rest_lands(two_seeds, reference, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    seen = []
    with Store(tmp_path / "store") as store:
        report = build([str(empty), *two_seeds], store, on_article=seen.append)
        assert store.export_bytes("nquads") == reference
    assert [(type(e), e.where, e.code) for e in report.errors] == [(ReadError, str(empty), "E101")]
    assert report.articles == 2 and len(seen) == 3


@pytest.mark.model
def test_strict_stops_at_the_first_error_and_keeps_what_landed(two_seeds, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(Path(two_seeds[0]).read_text(encoding="utf-8"), encoding="utf-8")
    with Store(tmp_path / "store") as store:
        assert build([str(corpus)], store).articles == 1
        (corpus / "b.txt").write_bytes(b"")
        (corpus / "c.txt").write_text(Path(two_seeds[1]).read_text(encoding="utf-8"), encoding="utf-8")
        with pytest.raises(KGError) as caught:
            build([str(corpus)], store, strict=True)
        assert caught.value.code == "E101"
        # what landed before stays; nothing after the error was written
        assert [a.key.rsplit("/", 1)[-1] for a in store.articles()] == ["a.txt"]


@pytest.mark.model
def test_extract_paths_yields_extractions_and_errors(two_seeds, tmp_path):
    missing = str(tmp_path / "gone.txt")
    (tmp_path / "gone.txt").write_text("")
    items = list(extract_paths([two_seeds[0], missing]))
    errors = [i for i in items if isinstance(i, KGError)]
    extractions = [i for i in items if not isinstance(i, KGError)]
    assert [e.where for e in errors] == [missing]
    assert len(extractions) == 1 and extractions[0].article.path == two_seeds[0]
    assert extractions[0].attributions


@pytest.mark.model
def test_progress_is_heard_per_article_not_per_batch(two_seeds, tmp_path, monkeypatch):
    """The build's progress bar (``on_article``) moves as each article is
    extracted, before the next one is, not when a batch is written."""
    import kg.extract

    events = []
    real = kg.extract.extract

    def extract(article, doc):
        events.append(("extract", article.path))
        return real(article, doc)

    monkeypatch.setattr(kg.extract, "extract", extract)
    with Store(tmp_path / "store") as store:
        build(two_seeds, store, batch_size=32, on_article=lambda path: events.append(("progress", path)))
    assert events == [("extract", two_seeds[0]), ("progress", two_seeds[0]),
                      ("extract", two_seeds[1]), ("progress", two_seeds[1])]
