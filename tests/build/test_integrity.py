"""Graph integrity an analyst can count on (issue 14): one article is one
article wherever it is built from, one entity is described once, names are
labels and references are mentions, and the build summary agrees with
``kg stats``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.errors import StoreError
from kg.graph import SHARED, Store
from kg.graph.queries import run
from kg.resolve.folding import PRONOUNS
from kg.vocab import KG, graph_iri

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TWO = ("000_c0f65cdd99df96a2.txt", "003_754b26462f8bc4f8.txt")
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in TWO:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def kg(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def nquads(store_path) -> bytes:
    with Store.read_only(store_path) as s:
        return s.export_bytes("nquads")


def stats(store_path) -> dict:
    with Store.read_only(store_path) as s:
        return s.stats()


# -- 1. article identity ------------------------------------------------------------------------


def test_one_graph_from_any_working_folder_and_by_absolute_path(corpus, tmp_path, monkeypatch):
    store = str(tmp_path / "store")
    monkeypatch.chdir(tmp_path)
    kg("build", "corpus", "--store", store)
    first = nquads(store)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = kg("build", "../corpus", "--store", store)
    assert "articles 0, skipped 2" in out
    monkeypatch.chdir(corpus)
    out = kg("build", str(corpus.resolve()), "./", "--store", store)
    assert "articles 0, skipped 4" in out  # each file named twice, both times the same article
    assert nquads(store) == first
    assert stats(store)["articles"] == 2
    with Store.read_only(store) as s:
        cols, rows = run(s, "syndicated-articles", {})
    assert rows == []  # no article is a copy of itself (only articles sharing wire copy are listed)
    # nothing in the graph depends on the folder it was built from
    other = str(tmp_path / "other")
    kg("build", str(corpus), "--store", other)
    assert nquads(other) == first


def test_same_text_under_a_second_name_is_a_duplicate(corpus, tmp_path):
    shutil.copy(corpus / TWO[0], corpus / "zz_copy.txt")
    with Store(str(tmp_path / "store")) as s:
        report = build([str(corpus)], s)
        assert report.articles == 2
        assert report.duplicates == [(str(corpus / "zz_copy.txt"), str((corpus / TWO[0]).resolve()))]
        assert s.stats()["articles"] == 2
    # a later build of the copy alone says the same, through the CLI
    out = kg("build", str(corpus / "zz_copy.txt"), "--store", str(tmp_path / "store"))
    assert "duplicates 1" in out and "same text as" in out


def test_remove_takes_any_spelling(corpus, tmp_path, monkeypatch):
    (corpus / (TWO[1][:-4] + ".json")).write_text(json.dumps({"url": "https://example.org/story"}))
    store = str(tmp_path / "store")
    kg("build", str(corpus), "--store", store)
    with Store.read_only(store) as s:
        keys = [a.key for a in s.articles()]
        cols, rows = run(s, "attributions", {})
    assert "https://example.org/story" in keys
    monkeypatch.chdir(tmp_path / "corpus")
    kg("remove", f"../corpus/./{TWO[0]}", "--store", store)  # a relative spelling
    kg("remove", "https://example.org/story", "--store", store)  # the URL
    assert stats(store)["quads"] == 0  # and the shared graph went with them
    kg("build", str(corpus), "--store", store)
    with Store.read_only(store) as s:
        iris = [r["a"].value for r in s.query("SELECT ?a WHERE { ?a a kg:Article }")]
    kg("remove", *iris, "--store", store)  # article IRIs, as the queries show them
    assert stats(store)["quads"] == 0
    result = runner.invoke(app, ["remove", "nope.txt", "--store", store])
    assert result.exit_code == 1 and "not in store" in result.output


def test_a_store_from_before_is_refused_in_one_line(tmp_path):
    path = str(tmp_path / "store")
    g = ox.NamedNode(graph_iri("corpus/a.txt"))
    with Store(path) as s:
        s.raw.add(ox.Quad(g, KG.articleKey, ox.Literal("corpus/a.txt"), g))
        with pytest.raises(StoreError) as err:
            build([str(SEEDS / TWO[0])], s)
    assert err.value.code == "E306" and "\n" not in str(err.value)
    result = runner.invoke(app, ["build", str(SEEDS / TWO[0]), "--store", path])
    assert result.exit_code != 0 and "E306" in result.output


def test_a_store_from_before_withdrawal_summaries_gets_them_on_the_next_build(corpus, tmp_path):
    """Withdrawal claims of a store built before their summary existed are
    settled by the next build, although no article changed."""
    store = str(tmp_path / "store")
    kg("build", str(corpus), "--store", store)
    with Store.read_only(store) as s:
        _cols, before = run(s, "who-asserted-withdrawals", {})
    assert before
    with Store(store) as s:  # as an older kg left it: no summary of withdrawal claims
        s.raw.update(f"""DELETE {{ GRAPH {SHARED} {{ ?c ?p ?o }} }} WHERE {{ GRAPH {SHARED} {{
            ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> {KG.withdrawsFrom} ; ?p ?o
            FILTER(?p IN ({KG.supportReports}, {KG.againstReports}, {KG.supportedBy}, {KG.statedBy},
                          {KG.stateReports}, {KG.carriedBy}, {KG.reportsWithoutOutlet})) }} }}""")
        assert run(s, "who-asserted-withdrawals", {})[1] != before
    kg("build", str(corpus), "--store", store)  # every article unchanged
    with Store.read_only(store) as s:
        assert run(s, "who-asserted-withdrawals", {})[1] == before


# -- 2. entities described once -----------------------------------------------------------------


def test_shared_graph_is_exact_after_replace_and_remove(corpus, tmp_path):
    a, b = (str(corpus / n) for n in TWO)
    with Store(str(tmp_path / "one")) as one:
        build([a], one)
        only_a = one.export_bytes("nquads")
    with Store(str(tmp_path / "both")) as both:
        build([a, b], both)
        assert both.remove_article(str(Path(b).resolve()))
        assert both.export_bytes("nquads") == only_a
        # a changed article replaces its graph; the shared graph follows
        text = Path(a).read_text(encoding="utf-8")
        Path(a).write_text(text.replace("Kupiansk", "Kupyansk"), encoding="utf-8")
        build([a], both)
        changed = both.export_bytes("nquads")
    with Store(str(tmp_path / "fresh")) as fresh:
        build([a], fresh)
        assert fresh.export_bytes("nquads") == changed


def test_speakers_counted_with_a_plain_count(seed_store):
    (n_speakers,) = seed_store.query(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?a kg:speaker ?s . ?s skos:prefLabel ?l }")
    (n_labels,) = seed_store.query(
        "SELECT (COUNT(DISTINCT ?label) AS ?n) WHERE { ?a kg:speaker ?s . ?s skos:prefLabel ?label }")
    (n_rows,) = seed_store.query(
        "SELECT (COUNT(?label) AS ?n) WHERE { { SELECT DISTINCT ?s WHERE { ?a kg:speaker ?s } } "
        "?s skos:prefLabel ?label }")
    speakers = int(n_speakers["n"].value)
    assert speakers > 10
    assert int(n_rows["n"].value) == speakers  # one preferred label each, stored once
    # each speaker has one name, stored once: counting names counts speakers
    # (before issue 14: 42 names for the seeds' 39 speakers)
    assert int(n_labels["n"].value) == speakers
    stats = seed_store.stats()
    assert stats["triples"] == stats["quads"]  # no triple is stored twice


def test_entity_descriptions_live_in_the_shared_graph(seed_store):
    rows = list(seed_store.raw.query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l ; "
        "<https://w3id.org/kg-news/ns#labelKey> ?k } }"))
    assert {r["g"] for r in rows} == {SHARED}
    # every article keeps its mentions, with spans and a kind
    kinds = {r["k"].value for r in seed_store.query(
        "SELECT DISTINCT ?k WHERE { ?m a kg:Mention ; kg:mentionKind ?k ; kg:mentionSpan ?s }")}
    assert {"name", "pronoun", "role"} <= kinds


# -- 3. names are labels ------------------------------------------------------------------------


def test_labels_are_names_never_pronouns_or_role_nouns(seed_store):
    labels = [(r["e"].value, r["l"].value) for r in seed_store.query(
        "SELECT ?e ?l WHERE { ?e skos:prefLabel|skos:altLabel ?l ; kg:labelKey ?k }")]
    assert labels
    for entity, label in labels:
        assert label.lower() not in PRONOUNS and label.split()[0].lower() not in PRONOUNS, (entity, label)
        assert any(ch.isupper() for ch in label), (entity, label)  # "troops" is a mention, not a name
        assert "\u2019" not in label  # apostrophe variants fold to one label
    for word in ("it", "they", "troops", "its forces", "he"):
        cols, rows = run(seed_store, "aliases", {"name": word})
        assert rows == [], (word, rows)
    cols, rows = run(seed_store, "aliases", {"name": "Russia"})
    found = {dict(zip(cols, r))["name"]: dict(zip(cols, r))["aliases"] for r in rows}
    forces = found["Armed Forces of Russia"].split("; ")
    assert "Armed Forces of Russia" in forces and not {"it", "they", "troops", "its forces"} & set(forces)


# -- 6. the build summary and kg stats agree ----------------------------------------------------


def test_build_summary_counts_what_stats_counts(corpus, tmp_path):
    with Store(str(tmp_path / "store")) as s:
        summary = build([str(corpus)], s).summary()
        counted = s.stats()
    for name in ("articles", "entities", "claims", "attributions", "withdrawals"):
        assert summary[name] == counted[name], name


# -- 4. outlets ---------------------------------------------------------------------------------

STORY = ("NORTHGATE (Reuters) - The port authority said on Monday that the harbour at Northgate "
         "would reopen to cargo ships next week after repairs to the breakwater.\n"
         "\u201cThe repairs are finished,\u201d the harbour master, Lena Brandt, told reporters. {n}\n")


def test_one_outlet_however_its_pages_spell_it(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    sidecars = [{"outlet": "Reuters"}, {"outlet": "ReutersIndia"}, {"outlet": "Reuters_Co_Uk"},
                {"url": "https://uk.reuters.com/article/harbour-reopens"}]
    for i, sidecar in enumerate(sidecars):
        (folder / f"{i}.txt").write_text(STORY.format(n=f"Copy {i}."), encoding="utf-8")
        (folder / f"{i}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    with Store(str(tmp_path / "store")) as s:
        build([str(folder)], s)
        rows = list(s.query("SELECT DISTINCT ?o ?name WHERE { ?a kg:outlet ?o . ?o skos:prefLabel ?name }"))
        assert [r["name"].value for r in rows] == ["Reuters"]
        assert bool(s.query("ASK { ?o a kg:WireService ; skos:prefLabel 'Reuters' }"))
        # one wire story in four pages is carried by one outlet, not four
        cols, found = run(s, "multi-outlet-claims", {})
        assert found == []
