"""--jobs N: worker processes parse and extract, the parent writes; the graph
is byte-identical to --jobs 1 (issue 8: determinism across --jobs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.pipeline import build
from kg.build.stages import Failed, chunks
from kg.errors import ExtractError, ReadError
from kg.graph.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_errors_survive_the_trip_between_processes():
    import pickle

    err = ReadError("a.txt", "E101", "file is empty")
    back = pickle.loads(pickle.dumps(Failed.of(err))).error()
    assert type(back) is ReadError and str(back) == str(err)
    assert type(Failed("ExtractError", "b", "E201", "x").error()) is ExtractError


def test_chunks_cover_every_item_in_order():
    assert list(chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunks([], 3)) == []


@pytest.mark.slow
@pytest.mark.model
def test_jobs_2_builds_the_same_bytes_as_jobs_1(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:3]
    for p in seeds:
        (corpus / p.name).write_bytes(p.read_bytes())
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    exports, reports = {}, {}
    for jobs in (1, 2):
        with Store(tmp_path / f"store{jobs}") as store:
            reports[jobs] = build([str(corpus)], store, jobs=jobs)
            exports[jobs] = store.export_bytes("nquads")
    assert exports[1] == exports[2]
    assert reports[1].summary() == reports[2].summary()
    assert reports[2].articles == 3
    assert [(e.where, e.code) for e in reports[2].errors] == [(str(corpus / "broken.txt"), "E102")]


@pytest.mark.slow
@pytest.mark.model
def test_an_article_over_its_budget_is_abandoned_and_the_rest_land(tmp_path):
    """Issue 15: a worker stuck on one article is killed at the article's
    budget and replaced; the chunk's other articles are retried alone and
    land, the slow one fails with E202 naming it."""
    from kg import PIPELINE_VERSION, model_name
    from kg.build.parallel import Built, run_parallel
    from kg.read import read_article

    seeds = sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]
    slow = tmp_path / "slow.txt"
    # 900,000 characters of prose on one line: about a minute to parse
    sentence = "A spokesman for the council said on Tuesday that repairs to the bridge would take a month. "
    slow.write_text(sentence * (900_000 // len(sentence)) + "\n", encoding="utf-8")
    articles = [read_article(str(seeds[0])), read_article(str(slow)), read_article(str(seeds[1]))]
    # the chunk gets its largest budget (20 s), then each article its own
    budget = {a.path: (5.0 if a.path == str(slow) else 20.0) for a in articles}
    name = model_name(None)
    out = list(run_parallel(articles, name, f"{PIPELINE_VERSION}+{name}", jobs=1,
                            budget=lambda a: budget[a.path]))
    assert [type(r) for r in out] == [Built, ExtractError, Built]
    assert [r.path for r in (out[0], out[2])] == [str(seeds[0]), str(seeds[1])]
    assert (out[1].where, out[1].code) == (str(slow), "E202")
