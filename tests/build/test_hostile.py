"""Hostile input through the real ``kg build`` (issue 8): every bad file is
one line naming it and the reason, every other article still lands, the
build exits non-zero and writes an error report; ``--keep-going`` is the
default and ``--strict`` stops at the first error.

The corpus (``hostile_corpus.py``) is generated into tmp_path and built
together with the seed articles, in-process with Typer's runner and the
real spaCy model and on-disk store.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hostile_corpus import BODY, OK, restore, sabotage, write_corpus
from typer.testing import CliRunner

import kg.read.sources as read_sources_module
from kg.cli import app
from kg.graph.store import Store
from kg.read.files import path_key
from kg.vocab import KG, graph_iri

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def _graph(store: ox.Store, key: str) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri(key))))


def _attributions(quads: set[ox.Quad]) -> int:
    return sum(1 for q in quads if q.predicate.value.endswith("#type") and q.object == KG.Attribution)


@pytest.fixture
def hostile(tmp_path_factory, seed_paths):
    """The seeds plus the hostile corpus, built once through ``kg build``;
    some files vanish or turn unreadable after the build has listed them."""
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    entries = write_corpus(corpus)
    store_path = base / "store"
    original = read_sources_module.read_article
    state = {"sabotaged": False}

    def read_then_sabotage(path, *args, **kwargs):
        # The first read happens after listing: from here on the files are
        # gone or unreadable, as when a scraper rewrites its folder mid-build.
        if not state["sabotaged"]:
            state["sabotaged"] = True
            sabotage(corpus)
        return original(path, *args, **kwargs)

    seeds_dir = str(Path(seed_paths[0]).parent)
    read_sources_module.read_article = read_then_sabotage  # the build reads each file through read_sources
    try:
        # a budget each hostile file must stay well within (they once took 15 minutes)
        result = runner.invoke(app, ["build", seeds_dir, str(corpus), "--store", str(store_path),
                                     "--article-timeout", "120"])
    finally:
        read_sources_module.read_article = original
        restore(corpus)
    assert state["sabotaged"]
    return {"result": result, "entries": entries, "corpus": corpus, "store": store_path,
            "report": base / "store.errors.jsonl", "seeds": seed_paths}


def _error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines()
            if line.startswith("error ") and not line.startswith("error report: ")]


def _exits_non_zero_and_writes_an_error_report(hostile):
    result = hostile["result"]
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.stderr
    assert hostile["report"].is_file()
    assert f"error report: {hostile['report']}" in result.stderr


def _each_failure_is_one_line_naming_the_file_and_reason(hostile):
    lines = _error_lines(hostile["result"])
    records = [json.loads(l) for l in hostile["report"].read_text(encoding="utf-8").splitlines()]
    failing = [e for e in hostile["entries"] if e.expect != OK]
    assert len(failing) >= 15
    assert len(lines) == len(records) == len(failing), "\n".join(lines)
    for entry in failing:
        where = entry.where(hostile["corpus"])
        # A name that is not UTF-8 is shown escaped (\udce9), still on one line.
        shown = where.encode("utf-8", "backslashreplace").decode("utf-8")
        mine = [l for l in lines if l.startswith(f"error {shown}: ")]
        assert len(mine) == 1, (entry, lines)
        assert re.fullmatch(rf"error {re.escape(shown)}: {entry.expect} \S.*", mine[0]), mine[0]
        if entry.names:  # a sidecar or the file with the same identity: named too
            assert str(hostile["corpus"] / entry.names) in mine[0], mine[0]
        record = [r for r in records if r["file"] == where]
        assert len(record) == 1 and record[0]["code"] == entry.expect, (entry, record)
        assert record[0]["reason"].strip() and "\n" not in record[0]["reason"]
    assert "Traceback" not in hostile["result"].stderr


def _every_file_is_either_stored_or_reported(hostile):
    """Nothing is dropped silently: each listed file is in the store or in
    the report, never both, never neither."""
    db = Store.read_only(hostile["store"])
    # By graph: a key that is not UTF-8 is stored with U+FFFD in its literal.
    stored = {g.value for g in db.raw.named_graphs()}
    reported = {json.loads(l)["file"] for l in hostile["report"].read_text(encoding="utf-8").splitlines()}
    for entry in hostile["entries"]:
        key = graph_iri(entry.key or path_key(str(hostile["corpus"] / entry.name)))
        where = entry.where(hostile["corpus"])
        assert (key in stored) != (where in reported), entry
        assert (key in stored) == (entry.expect == OK), entry
    assert len(stored) == len(hostile["seeds"]) + sum(e.expect == OK for e in hostile["entries"])


def _seed_articles_land_whole_beside_the_hostile_files(hostile, seed_store):
    """Each seed's graph equals its graph in a clean seeds-only build."""
    db = Store.read_only(hostile["store"])
    for path in hostile["seeds"]:
        key = path_key(path)
        mine, clean = _graph(db.raw, key), _graph(seed_store.raw, key)
        assert clean and mine == clean, key
        assert _attributions(mine) > 0


def _processed_hostile_files_keep_their_text_and_attributions(hostile):
    """Files that are read (repaired, decoded, reduced from HTML) give the
    plain article's quote, and no script text reaches the graph."""
    db = Store.read_only(hostile["store"])
    for entry in hostile["entries"]:
        if entry.expect != OK or not entry.intact:
            continue
        quads = _graph(db.raw, entry.key or path_key(str(hostile["corpus"] / entry.name)))
        texts = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
        assert "We have finished the repairs" in texts and "Anna Meyer" in texts, entry
        assert _attributions(quads) >= 1, entry
        assert not any("INJECTED SCRIPT TEXT" in t for t in texts), entry


@pytest.mark.slow
def test_hostile_corpus_through_kg_build(hostile, seed_store):
    """One build of the seeds and the hostile corpus (built once: it holds
    a 50 MB file and a 20,000-word sentence), checked from every side."""
    _exits_non_zero_and_writes_an_error_report(hostile)
    _each_failure_is_one_line_naming_the_file_and_reason(hostile)
    _every_file_is_either_stored_or_reported(hostile)
    _seed_articles_land_whole_beside_the_hostile_files(hostile, seed_store)
    _processed_hostile_files_keep_their_text_and_attributions(hostile)


def _small_corpus(folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    bad = folder / "a_empty.txt"
    bad.write_bytes(b"")
    good = folder / "b_good.txt"
    good.write_text(BODY, encoding="utf-8")
    return bad, good


def test_strict_stops_at_the_first_error(tmp_path):
    bad, good = _small_corpus(tmp_path / "c")
    store = tmp_path / "store"
    report = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["build", str(tmp_path / "c"), "--store", str(store), "--strict",
                                 "--error-report", str(report)])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"error {bad}: E101 file is empty"]
    assert [json.loads(l)["file"] for l in report.read_text().splitlines()] == [str(bad)]
    assert Store.read_only(store).articles() == []  # nothing after the bad file was built


def test_keep_going_is_the_default(tmp_path):
    bad, good = _small_corpus(tmp_path / "c")
    store = tmp_path / "store"
    for extra in ([], ["--keep-going"]):
        result = runner.invoke(app, ["build", str(tmp_path / "c"), "--store", str(store), *extra])
        assert result.exit_code == 1
        assert _error_lines(result) == [f"error {bad}: E101 file is empty"]
        assert [a.key for a in Store.read_only(store).articles()] == [path_key(str(good))]


def test_a_component_failing_on_one_article_fails_only_that_article(tmp_path, nlp):
    """An exception raised inside ``nlp.pipe`` ends spaCy's stream; the
    pipeline must narrow it to the one article and build the others."""
    from spacy.language import Language

    marker = "TRIGGER-COMPONENT-FAILURE"

    @Language.component("kg_test_fails_on_marker")
    def fails_on_marker(doc):
        if marker in doc.text:
            raise RuntimeError("component bug on this text")
        return doc

    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text(BODY + (marker if i == 1 else f"Note {i}.") + "\n", encoding="utf-8")
    nlp.add_pipe("kg_test_fails_on_marker", last=True)
    try:  # in this process (no time budget, no worker), where the component was added
        result = runner.invoke(app, ["build", str(corpus), "--store", str(tmp_path / "store"),
                                     "--article-timeout", "0"])
    finally:
        nlp.remove_pipe("kg_test_fails_on_marker")
    assert result.exit_code == 1, result.stderr
    assert _error_lines(result) == [
        f"error {corpus / '1.txt'}: E201 parsing failed: RuntimeError: component bug on this text"]
    keys = [a.key for a in Store.read_only(tmp_path / "store").articles()]
    assert keys == sorted(path_key(str(corpus / f"{i}.txt")) for i in (0, 2))


def test_the_error_report_belongs_to_its_store_and_each_build_rewrites_it(tmp_path):
    """Issue 15: a clean build leaves no stale errors behind, and two stores
    in one folder keep their own reports."""
    bad, good = _small_corpus(tmp_path / "c")
    one, two = tmp_path / "one", tmp_path / "two"
    result = runner.invoke(app, ["build", str(bad), "--store", str(one), "--article-timeout", "0"])
    assert result.exit_code == 1
    assert [json.loads(l)["file"] for l in (tmp_path / "one.errors.jsonl").read_text().splitlines()] == [str(bad)]
    result = runner.invoke(app, ["build", str(good), "--store", str(two), "--article-timeout", "0"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "two.errors.jsonl").read_text() == ""
    assert len((tmp_path / "one.errors.jsonl").read_text().splitlines()) == 1  # not another store's
    bad.write_text(BODY, encoding="utf-8")  # fixed: the next build's report is empty
    result = runner.invoke(app, ["build", str(bad), "--store", str(one), "--article-timeout", "0"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "one.errors.jsonl").read_text() == ""
    assert not (tmp_path / "errors.jsonl").exists()


def test_a_broken_sidecar_and_a_duplicate_identity_name_both_files(tmp_path):
    from kg.build.stages import read_paths

    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(BODY, encoding="utf-8")
    (folder / "a.json").write_text('{"url": "https://example.org/x"}', encoding="utf-8")
    (folder / "b.json").write_text('{"url": "https://example.org/x"}', encoding="utf-8")
    (folder / "c.json").write_text('{"title": ', encoding="utf-8")
    items = list(read_paths([str(folder)]))
    assert items[0].key == "https://example.org/x" and items[0].path == str(folder / "a.txt")
    dup, broken = items[1:]
    assert (dup.where, dup.code) == (str(folder / "b.txt"), "E110") and str(folder / "a.txt") in dup.reason
    assert (broken.where, broken.code) == (str(folder / "c.txt"), "E105") and str(folder / "c.json") in broken.reason
