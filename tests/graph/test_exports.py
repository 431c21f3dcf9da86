"""Exports people can read: JSON-LD compacted with kg's published @context
parses (rdflib and pyoxigraph) to the same graph as the Turtle export;
sketches stay out of Turtle/JSON-LD unless asked for; the statements CSV
has one row per attribution with offsets into the article text."""

from __future__ import annotations

import csv
import io
import os
import json

import pyoxigraph as ox
import pytest
import rdflib
from conftest import ROOT
from rdflib.compare import isomorphic
from serve_support import ARTICLES, build_sample_store
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.exports import context_text
from kg.graph.store import Store

SKETCH = "https://w3id.org/kg-news/ns#sketchSlot"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_sample_store(str(tmp_path_factory.mktemp("exports") / "store"))


def _export(store_path, *args) -> str:
    result = CliRunner().invoke(app, ["export", "--store", store_path, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_published_context_is_the_one_the_export_uses():
    assert (ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8") == context_text()


def _roundtrip(store: Store):
    turtle = store.export_bytes("turtle")
    jsonld = store.export_bytes("jsonld")
    doc = json.loads(jsonld)
    nodes = doc["@graph"]
    # compact: ontology terms as short names, stances by name
    attribution = next(n for n in nodes if n.get("@type") == "Attribution")
    assert {"speaker", "relation", "hasClaim", "inArticle", "cueSpan"} <= set(attribution)
    assert attribution["relation"] in ("claims", "confirms", "denies", "hasNotConfirmed")
    assert not any(k.startswith("http") for n in nodes for k in n)
    # the same graph, read by two parsers
    by_rdflib = rdflib.Graph().parse(data=jsonld, format="json-ld")
    reference = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(by_rdflib) == len(reference) > 0
    assert isomorphic(by_rdflib, reference)
    by_oxigraph = set(ox.parse(jsonld, ox.RdfFormat.JSON_LD))
    assert by_oxigraph == set(ox.parse(turtle, ox.RdfFormat.TURTLE))
    return doc


def test_jsonld_roundtrips_with_its_context(store_path):
    doc = _roundtrip(Store.read_only(store_path))
    place = next(n for n in doc["@graph"] if n.get("prefLabel") == "Vellmar")
    assert place["@type"] == "Place" and float(place["lat"]) == pytest.approx(51.358)


@pytest.mark.slow
def test_jsonld_roundtrips_on_the_seeds(seed_store):
    _roundtrip(seed_store)


def test_sketches_only_when_asked(store_path):
    plain = _export(store_path)
    assert "sketchSlot" not in plain and "prefLabel" in plain
    def sketched(*args) -> int:
        return sum("sketchSlot" in n for n in json.loads(_export(store_path, "--format", "jsonld", *args))["@graph"])

    assert sketched() == 0
    full = _export(store_path, "--with-sketches")
    assert full.count("kg:sketchSlot") == len(ARTICLES)
    assert sketched("--with-sketches") == len(ARTICLES)
    # the store keeps them (the syndication queries need them), and so do TriG/N-Quads
    assert SKETCH in Store.read_only(store_path).export_bytes("nquads").decode()
    assert Store.read_only(store_path).validate()[0]


def test_statements_csv_one_row_per_attribution(store_path):
    rows = list(csv.DictReader(io.StringIO(_export(store_path, "--format", "csv"))))
    assert len(rows) == sum(len(a[4]) for a in ARTICLES)
    # the article column is the source file's resolved path
    texts = {os.path.realpath(path): text for path, _o, _d, text, _s in ARTICLES}
    assert list(rows[0]) == ["speaker", "relation", "cue", "quote", "outlet", "date", "article", "title",
                             "cue_start", "cue_end", "quote_start", "quote_end", "via"]
    for row in rows:
        text = texts[row["article"]]
        assert text[int(row["cue_start"]):int(row["cue_end"])] == row["cue"]
        assert text[int(row["quote_start"]):int(row["quote_end"])] == row["quote"]
    denial = next(r for r in rows if r["relation"] == "denies")
    assert (denial["speaker"], denial["outlet"], denial["date"]) == ("Coastal Guard", "Harbour Courier", "2024-03-02")


def test_export_to_a_file_and_an_unknown_format(store_path, tmp_path):
    out = tmp_path / "statements.csv"
    assert CliRunner().invoke(app, ["export", "--store", store_path, "--format", "csv", "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("speaker,relation,cue,quote")
    result = CliRunner().invoke(app, ["export", "--store", store_path, "--format", "xlsx", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "E302" in result.output and "csv" in result.output
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.part").exists()
