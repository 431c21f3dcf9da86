"""The remote store against a real Oxigraph server on 127.0.0.1 (started and
stopped here): Graph Store Protocol writes, SPARQL Protocol queries, the
same CLI and query library, parameters bound as VALUES that stay values."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pyoxigraph import Literal, NamedNode
from typer.testing import CliRunner

from kg.build.pipeline import build
from kg.cli import app
from kg.errors import QueryError
from kg.graph.location import open_store
from kg.graph.queries import list_queries, run
from kg.graph.remote import RemoteStore, bind_values, endpoints
from kg.graph.store import Store

ROOT = Path(__file__).resolve().parents[2]
OXIGRAPH = Path(sys.executable).parent / "oxigraph"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real ``oxigraph serve`` on a free local port; its URL."""
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        else:
            pytest.fail("oxigraph server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)[:2]]


@pytest.fixture(scope="module")
def local(seeds, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("local") / "store")
    build(seeds, store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def remote(server, seeds, local):
    with RemoteStore(server) as store:
        report = build(seeds, store)
        assert report.errors == [] and report.articles == 2
        yield store


# -- parameter binding (no server) -------------------------------------------
def test_values_go_into_the_where_group_not_into_comments_or_strings():
    text = ('# WHERE { in a comment\nSELECT ?x (STR("WHERE {") AS ?s) WHERE {\n ?x ?p ?name }')
    bound = bind_values(text, {"name": Literal("x")})
    assert bound.endswith('WHERE { VALUES (?name) { ("x") }\n ?x ?p ?name }')
    assert bind_values("ASK { ?a ?b ?c }", {"c": NamedNode("http://e.org/c")}) == \
        "ASK { VALUES (?c) { (<http://e.org/c>) } ?a ?b ?c }"


def test_hostile_values_stay_one_literal():
    hostile = 'x" } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #\n\\'
    bound = bind_values("SELECT * WHERE { ?s ?p ?v }", {"v": Literal(hostile)})
    row = bound[bound.index("(", bound.index("VALUES (?v)") + 11) + 1:bound.rindex(") }")]
    import pyoxigraph as ox

    # the bound text parses back (as N-Triples) to exactly the value given
    [triple] = ox.parse(f"<s:s> <p:p> {row} .", ox.RdfFormat.N_TRIPLES)
    assert triple.object == Literal(hostile)
    with pytest.raises(QueryError):
        bind_values("SELECT * WHERE { ?s ?p ?v }", {"v": "raw text"})
    with pytest.raises(QueryError):
        bind_values("SELECT * WHERE { ?s ?p ?v }", {"v } DROP ALL": Literal("x")})


@pytest.mark.parametrize("url, query, update, gsp", [
    ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:3030/news/sparql", "http://h:3030/news/sparql", "http://h:3030/news/update", "http://h:3030/news/data"),
    ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg",
     "http://h:7200/repositories/kg/statements", "http://h:7200/repositories/kg/rdf-graphs/service"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
    ("http://h:7001/api/kg", "http://h:7001/api/kg", "http://h:7001/api/kg", "http://h:7001/api/kg"),
])
def test_endpoint_layouts(url, query, update, gsp):
    e = endpoints(url)
    assert (e.query, e.update, e.gsp) == (query, update, gsp)


def test_open_store_picks_remote_for_urls(tmp_path):
    with open_store("http://127.0.0.1:9/", read_only=True) as store:
        assert isinstance(store, RemoteStore)
    with open_store(tmp_path / "s") as store:
        assert isinstance(store, Store)


# -- against the server --------------------------------------------------------
@pytest.mark.model
def test_remote_build_equals_the_local_build(remote, local):
    assert remote.export_bytes("nquads") == local.export_bytes("nquads")
    assert remote.stats() == local.stats()
    assert [a.key for a in remote.articles()] == [a.key for a in local.articles()]


@pytest.mark.model
def test_every_shipped_query_answers_the_same(remote, local):
    for q in list_queries():
        params = {p.name: p.example or "x" for p in q.params}
        assert run(remote, q, params) == run(local, q, params), q.name


@pytest.mark.model
def test_injection_in_a_parameter_stays_a_literal(remote):
    before = remote.stats()
    columns, rows = run(remote, "who-asserted-about", {"name": '" } } ; DROP ALL ; #'})
    assert rows == []
    assert remote.stats() == before


@pytest.mark.model
def test_rebuild_skips_and_remove_deletes_one_graph(remote, seeds, local):
    again = build(seeds, remote)
    assert (again.articles, again.skipped) == (0, 2)
    key = remote.articles()[0].key
    assert remote.remove_article(key) is True
    assert remote.remove_article(key) is False
    assert key not in [a.key for a in remote.articles()]
    build(seeds, remote)  # puts it back, for the other tests
    assert remote.export_bytes("nquads") == local.export_bytes("nquads")


@pytest.mark.model
def test_cli_commands_take_a_store_url(remote, server, seeds):
    runner = CliRunner()
    result = runner.invoke(app, ["build", *seeds, "--store", server])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["stats", "--store", server])
    assert result.exit_code == 0 and "articles\t2" in result.output
    result = runner.invoke(app, ["query", "attributions", "--store", server, "--format", "csv"])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) - 1 == remote.stats()["attributions"]


@pytest.mark.model
def test_viz_draws_from_a_store_url(remote, server, local, tmp_path):
    from kg.serve.viz import store_neighbourhood

    want = store_neighbourhood(local, "Kharkiv region")
    out = tmp_path / "kharkiv.html"
    result = CliRunner().invoke(app, ["viz", "Kharkiv region", "-o", str(out), "--store", server])
    assert result.exit_code == 0, result.output
    assert f"{len(want.nodes)} entities, {len(want.edges)} stances" in result.output
    page = out.read_text(encoding="utf-8")
    assert len(want.edges) > 0 and all(node.label in page for node in want.nodes)
