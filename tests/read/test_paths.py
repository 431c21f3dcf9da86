"""Nobody gets in where they do not belong (issue 8), through the real CLI:
- query parameters are bound, never pasted: injected SPARQL stays a literal;
- ``kg export`` never overwrites a file without ``--force``;
- building from a folder never follows symbolic links out of it unless
  ``--follow-links`` is given (and never loops on a link cycle).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from hostile_corpus import BODY
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.quads import article_quads
from kg.graph.store import Store
from kg.read.files import path_key
from kg.records import Article, Attribution, Extraction, Mention, Meta, Span
from kg.resolve.entities import Resolver

runner = CliRunner()

INJECTIONS = [
    'x" } UNION { ?s ?p ?o } #',
    "x' . } ; DROP ALL ; #",
    'x"^^<http://www.w3.org/2001/XMLSchema#string> } INSERT DATA { <a:a> <a:b> <a:c> } #',
    "x\" } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #",
    "x\\\" ) FILTER(true) #",
]
# A label that itself looks like SPARQL: a bound value must match it exactly.
SPARQL_LOOKING = 'Council "} UNION {?s ?p ?o} #'


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """A store with one hand-built article naming an organisation whose
    name looks like SPARQL, plus an ordinary one."""
    path = tmp_path_factory.mktemp("paths") / "store"
    text = f"{SPARQL_LOOKING} said the bridge would reopen, and Harbour Board agreed."
    article = Article(path="a.txt", key="a.txt", text=text,
                      content_hash=hashlib.sha256(text.encode()).hexdigest(), meta=Meta())
    odd = Mention(Span(0, len(SPARQL_LOOKING), SPARQL_LOOKING), "Organisation", SPARQL_LOOKING)
    start = text.index("Harbour Board")
    plain = Mention(Span(start, start + 13, "Harbour Board"), "Organisation", "Harbour Board")
    cue = text.index("said")
    said = Attribution("claims", Span(cue, cue + 4, "said"), Span(cue + 5, start - 6, text[cue + 5:start - 6]),
                       odd.span, odd)
    quads = article_quads(Extraction(article, (odd, plain), (said,), ()), Resolver(), "0+test", "m")
    with Store(path) as db:
        db.replace_article("a.txt", article.content_hash, quads, version="0+test")
    return path


def _literal_query(tmp_path: Path) -> Path:
    """A query file taking a plain literal parameter."""
    rq = tmp_path / "by-label.rq"
    rq.write_text(
        "# title: Entities by exact preferred label\n"
        "# param: label — an exact label (Harbour Board)\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?label ?e WHERE { ?e skos:prefLabel ?label }\n", encoding="utf-8")
    return rq


def _rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_bound_value_matches_exactly_even_when_it_looks_like_sparql(store_path, tmp_path):
    rq = str(_literal_query(tmp_path))
    rows = _rows(runner.invoke(app, ["query", rq, "--param", f"label={SPARQL_LOOKING}",
                                     "--store", str(store_path), "--format", "json"]))
    assert len(rows) == 1 and "/entity/organisation/" in rows[0]["e"]
    plain = _rows(runner.invoke(app, ["query", rq, "--param", "label=Harbour Board",
                                      "--store", str(store_path), "--format", "json"]))
    assert len(plain) == 1


@pytest.mark.parametrize("value", INJECTIONS)
def test_injected_sparql_in_a_param_stays_a_literal(store_path, tmp_path, value):
    before = Store.read_only(store_path).export_bytes("nquads")
    rq = str(_literal_query(tmp_path))
    for query, name in ((rq, "label"), ("aliases", "name")):
        result = runner.invoke(app, ["query", query, "--param", f"{name}={value}",
                                     "--store", str(store_path), "--format", "json"])
        assert _rows(result) == [], (query, value)  # no rows, no error
    assert Store.read_only(store_path).export_bytes("nquads") == before  # nothing changed


def test_export_never_overwrites_without_force(store_path, tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_text("precious", encoding="utf-8")
    refused = runner.invoke(app, ["export", "--format", "turtle", "-o", str(out), "--store", str(store_path)])
    assert refused.exit_code == 2
    assert refused.stderr.strip() == f"error {out}: refusing to overwrite (use --force)"
    assert out.read_text(encoding="utf-8") == "precious"
    assert not list(tmp_path.glob("*.part"))
    forced = runner.invoke(app, ["export", "--format", "turtle", "-o", str(out), "--force",
                                 "--store", str(store_path)])
    assert forced.exit_code == 0, forced.output
    assert out.read_bytes() == Store.read_only(store_path).export_bytes("turtle")
    fresh = tmp_path / "new.nq"
    assert runner.invoke(app, ["export", "--format", "nquads", "-o", str(fresh),
                               "--store", str(store_path)]).exit_code == 0
    assert fresh.read_bytes() == Store.read_only(store_path).export_bytes("nquads")


# -- symbolic links ----------------------------------------------------------------


@pytest.fixture
def linked(tmp_path) -> dict[str, Path]:
    """A corpus folder with links out of it (file, folder), a link inside
    it, and a link cycle; plus the outside files they point to."""
    outside = tmp_path / "outside"
    (outside / "dir").mkdir(parents=True)
    (outside / "secret.txt").write_text(BODY + "Outside file.\n", encoding="utf-8")
    (outside / "dir" / "also.txt").write_text(BODY + "Outside folder.\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "own.txt").write_text(BODY + "Own file.\n", encoding="utf-8")
    (corpus / "sub" / "deep.txt").write_text(BODY + "Own deep file.\n", encoding="utf-8")
    os.symlink(outside / "secret.txt", corpus / "link_out.txt")
    os.symlink(outside / "dir", corpus / "link_out_dir")
    os.symlink(corpus / "own.txt", corpus / "link_in.txt")
    os.symlink(corpus, corpus / "sub" / "loop")  # a cycle back to the top
    return {"corpus": corpus, "outside": outside, "store": tmp_path / "store"}


def _built_keys(store: Path) -> set[str]:
    return {a.key for a in Store.read_only(store).articles()}


def test_build_does_not_follow_links_out_of_the_folder(linked):
    result = runner.invoke(app, ["build", str(linked["corpus"]), "--store", str(linked["store"])])
    assert result.exit_code == 0, result.stderr
    corpus = linked["corpus"]
    keys = _built_keys(linked["store"])
    assert path_key(str(corpus / "own.txt")) in keys
    assert path_key(str(corpus / "sub" / "deep.txt")) in keys
    assert not any("link_out" in k or "outside" in k for k in keys), keys
    assert not any("loop" in k for k in keys), keys  # the cycle is not walked


def test_follow_links_when_asked(linked):
    result = runner.invoke(app, ["build", str(linked["corpus"]), "--store", str(linked["store"]),
                                 "--follow-links"])
    assert result.exit_code == 0, result.stderr
    keys = _built_keys(linked["store"])
    corpus = linked["corpus"]
    assert path_key(str(corpus / "link_out.txt")) in keys
    assert path_key(str(corpus / "link_out_dir" / "also.txt")) in keys
    assert not any("loop" in k for k in keys), keys
