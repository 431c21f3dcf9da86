"""``kg serve`` as its users meet it: real clients (SPARQLWrapper, rdflib's
SPARQLStore, curl, httpx) against a real server process on 127.0.0.1 over a
real on-disk store, and the attacks it must refuse."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time

import httpx
import pytest
from serve_support import build_sample_store, entity_iri, running_server

from kg.serve.guard import find_refused

LABELS = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label } ORDER BY ?label"
# 4-way cross product of every triple: billions of rows, far past any limit.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_sample_store(str(tmp_path_factory.mktemp("serve") / "store"))


@pytest.fixture(scope="module")
def server(store_path):
    with running_server(store_path, "--max-rows", "50", timeout=3.0) as srv:
        yield srv


def _quads(store_path) -> int:
    from kg.graph.store import Store

    return Store.read_only(store_path).stats()["quads"]


# -- the protocol with real clients -------------------------------------------

def test_sparqlwrapper_select_ask_construct(server):
    from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(LABELS)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    labels = {r["label"]["value"] for r in rows}
    assert {"Ada Byrne", "Coastal Guard", "Vellmar", "Harbour Courier"} <= labels
    assert entity_iri("Vellmar") in {r["e"]["value"] for r in rows}

    sw.setReturnFormat(XML)
    doc = sw.query().convert()
    assert "Coastal Guard" in doc.toxml()

    sw.setQuery("ASK { ?s kg:denies ?claim }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True

    sw.setQuery("CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e skos:prefLabel ?l }")
    sw.setReturnFormat(TURTLE)
    import rdflib

    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert (rdflib.URIRef(entity_iri("Ada Byrne")), rdflib.SKOS.prefLabel, rdflib.Literal("Ada Byrne")) in g


def test_sparqlwrapper_post(server):
    from SPARQLWrapper import CSV, POST, SPARQLWrapper

    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setMethod(POST)
    sw.setQuery(LABELS)
    sw.setReturnFormat(CSV)
    text = sw.query().convert().decode()
    assert text.splitlines()[0] == "e,label" and "Coastal Guard" in text


def test_rdflib_sparqlstore(server):
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(SPARQLStore(server.url + "/sparql"))
    rows = list(graph.query(
        "PREFIX kg: <https://w3id.org/kg-news/ns#> "
        "SELECT ?speaker WHERE { ?att kg:speaker ?speaker ; kg:relation kg:denies }"))
    assert [str(r.speaker) for r in rows] == [entity_iri("Coastal Guard")]


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_get_and_post(server):
    out = subprocess.run(["curl", "-sS", "-H", "Accept: text/tab-separated-values", "-G",
                          "--data-urlencode", f"query={LABELS}", server.url + "/sparql"],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0] == "?e\t?label"
    assert '"Vellmar"' in out
    out = subprocess.run(["curl", "-sS", "-X", "POST", "-H", "Content-Type: application/sparql-query",
                          "-H", "Accept: application/sparql-results+json", "--data-binary",
                          "ASK { ?s kg:confirms ?c }", server.url + "/sparql"],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)["boolean"] is True


@pytest.mark.parametrize("accept,fmt,media", [
    ("application/n-triples", None, "application/n-triples"),
    ("application/ld+json", None, "application/ld+json"),
    ("text/turtle;q=0.5, application/rdf+xml", None, "application/rdf+xml"),
    (None, "nt", "application/n-triples"),
])
def test_construct_negotiation(server, accept, fmt, media):
    import rdflib

    params = {"query": "CONSTRUCT WHERE { ?e skos:prefLabel ?l }"}
    if fmt:
        params["format"] = fmt
    r = httpx.get(server.url + "/sparql", params=params, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    parse_as = {"application/n-triples": "nt", "application/ld+json": "json-ld",
                "application/rdf+xml": "xml"}[media]
    g = rdflib.Graph().parse(data=r.text, format=parse_as)
    assert rdflib.Literal("Evening Ledger") in set(g.objects())


def test_row_cap_truncates_and_says_so(server):
    r = httpx.get(server.url + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200 and r.headers["x-kg-truncated"] == "true"
    assert len(r.json()["results"]["bindings"]) == 50


# -- the query library -----------------------------------------------------------

def test_query_library_listed_and_run_by_name(server):
    listed = httpx.get(server.url + "/queries").json()
    names = {q["name"] for q in listed}
    assert {"entities", "who-asserted-about"} <= names
    about = next(q for q in listed if q["name"] == "who-asserted-about")
    assert [p["name"] for p in about["params"]] == ["name"] and about["doc"]
    r = httpx.get(server.url + "/queries/who-asserted-about", params={"name": "vellmar"},
                  headers={"Accept": "text/csv"})
    assert r.status_code == 200
    assert "Coastal Guard" in r.text and "Ada Byrne" in r.text


def test_query_library_errors(server):
    r = httpx.get(server.url + "/queries/no-such-query")
    assert r.status_code == 404 and r.json()["code"] == "E401"
    r = httpx.get(server.url + "/queries/who-asserted-about", params={"nmae": "x"})
    assert r.status_code == 400 and "nmae" in r.json()["error"]


def test_injected_sparql_in_a_parameter_stays_a_literal(server, store_path):
    before = _quads(store_path)
    evil = 'x" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'
    r = httpx.get(server.url + "/queries/who-asserted-about", params={"name": evil},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    assert _quads(store_path) == before


# -- pages -------------------------------------------------------------------------

def test_entity_page_shows_names_claims_and_quotes(server):
    key = entity_iri("Coastal Guard").split("/entity/", 1)[1]
    r = httpx.get(f"{server.url}/entity/{key}")
    assert r.status_code == 200
    html = r.text
    assert "<h1 id=\"name\">Coastal Guard</h1>" in html
    assert "<mark>the brigade had left Vellmar</mark>" in html  # the quote, highlighted
    assert "denies" in html and "Harbour Courier" in html and "2024-03-02" in html
    timeline = html[html.index('id="timeline"'):]  # (the claims table above lists dates too)
    assert timeline.index("2024-03-02") < timeline.index("2024-03-05")


def test_entity_page_unknown_is_404_and_graph_json(server):
    assert httpx.get(server.url + "/entity/person/nobody-at-all").status_code == 404
    r = httpx.get(server.url + "/graph", params={"iri": entity_iri("Vellmar")})
    data = r.json()
    assert {n["data"]["label"] for n in data["nodes"]} == {"Vellmar", "Coastal Guard", "Ada Byrne"}
    labels = {e["data"]["label"] for e in data["edges"]}
    assert "denies (Harbour Courier)" in labels and "confirms (Evening Ledger)" in labels


def test_index_and_vendored_assets(server):
    page = httpx.get(server.url + "/").text
    assert "/static/vendor/yasgui/yasgui.min.js" in page
    for path in ("/static/vendor/yasgui/yasgui.min.js", "/static/vendor/cytoscape/cytoscape.min.js",
                 "/static/vendor/yasgui/LICENSE", "/static/app.js", "/page-config"):
        assert httpx.get(server.url + path).status_code == 200, path


# -- security --------------------------------------------------------------------------

SERVICE_SPELLINGS = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { sErViCe <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE\n<{url}>\n{ ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment\nSERVICE # another\n<{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { \\U00000073ervice <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z .SERVICE<{url}>{ ?s ?p ?o } }",
    "SELECT * WHERE { FILTER(1<2)SERVICE?x#>\n{ ?s ?p ?o } VALUES ?x { <{url}> } }",
    "SELECT * WHERE { FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "SELECT * WHERE { ?s ?p 5710SERVICE <{url}> { ?a ?b ?c } }",  # glued to a number (issue 15)
    "SELECT * WHERE { ?s ?p 1.5e3service <{url}> { ?a ?b ?c } }",
]


class Listener:
    """A TCP listener on loopback that records every connection it gets."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.url = "http://127.0.0.1:%d/sparql" % self.sock.getsockname()[1]
        self.hits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.hits += 1
                conn.close()
            except OSError:
                continue

    def close(self):
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


@pytest.mark.parametrize("template", SERVICE_SPELLINGS)
def test_service_refused_in_every_spelling(server, listener, template):
    query = template.replace("{url}", listener.url)
    for send in (lambda: httpx.get(server.url + "/sparql", params={"query": query}),
                 lambda: httpx.post(server.url + "/sparql", content=query,
                                    headers={"Content-Type": "application/sparql-query"})):
        r = send()
        assert r.status_code == 403, (query, r.text)
        assert r.json()["code"] == "E403"
    assert listener.hits == 0


@pytest.mark.parametrize("update", [
    "LOAD <{url}>",
    "load <{url}> INTO GRAPH <http://example.org/g>",
    "# comment\nLoAd SILENT <{url}>",
    "\\u004cOAD <{url}>",
    "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "DROP ALL",
    "DELETE WHERE { ?s ?p ?o }",
])
def test_updates_and_load_refused(server, store_path, listener, update):
    text = update.replace("{url}", listener.url)
    before = _quads(store_path)
    for r in (httpx.post(server.url + "/sparql", data={"update": text}),
              httpx.post(server.url + "/sparql", content=text,
                         headers={"Content-Type": "application/sparql-update"}),
              httpx.get(server.url + "/sparql", params={"query": text})):
        assert r.status_code in (400, 403, 405), (text, r.status_code, r.text)
        assert "Traceback" not in r.text
    assert listener.hits == 0 and _quads(store_path) == before


def test_runaway_query_is_cut_and_the_server_stays_up(server):
    r = httpx.get(server.url + "/sparql", params={"query": RUNAWAY}, timeout=60)
    assert r.status_code == 503
    assert r.json()["code"] == "E404" and "time limit" in r.json()["error"]
    # Still answering, with a fresh worker (which a loaded machine may take
    # a few seconds to start: "busy" until then, never down).
    deadline = time.monotonic() + 20
    while True:
        r = httpx.get(server.url + "/sparql", params={"query": "ASK { ?s kg:denies ?c }"})
        if r.status_code != 503 or r.json().get("code") != "E407" or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert r.status_code == 200 and r.json()["boolean"] is True, r.text


def test_body_limit_and_errors_without_traces(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_100_000
    r = httpx.post(server.url + "/sparql", content=big, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
    r = httpx.get(server.url + "/sparql", params={"query": "SELECT WHERE {"})
    assert r.status_code == 400 and r.json()["code"] == "E402" and "Traceback" not in r.text
    r = httpx.post(server.url + "/sparql", content="x", headers={"Content-Type": "image/png"})
    assert r.status_code == 415


def test_foreign_host_header_refused(server):
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 gets nothing."""
    r = httpx.get(server.url + "/sparql", params={"query": "ASK {}"}, headers={"Host": "evil.example"})
    assert r.status_code == 400


def test_updates_need_flag_and_token(store_path, tmp_path):
    import shutil as sh

    copy = str(tmp_path / "store")
    sh.copytree(store_path, copy)
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 'c' } }"
    with running_server(copy, "--allow-updates", "--token", "s3cret") as srv:
        r = httpx.post(srv.url + "/sparql", data={"update": update})
        assert r.status_code == 401
        r = httpx.post(srv.url + "/sparql", data={"update": update},
                       headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        r = httpx.post(srv.url + "/sparql", data={"update": update},
                       headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 204, r.text
        ask = httpx.get(srv.url + "/sparql", params={"query": "ASK { ?s ?p 'c' }"}).json()
        assert ask["boolean"] is True
        # LOAD stays refused even with the token.
        r = httpx.post(srv.url + "/sparql", data={"update": "LOAD <http://127.0.0.1:9/x>"},
                       headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 403


def test_updates_without_token_refuse_to_start(store_path, tmp_path):
    from kg.serve.app import Settings, make_app

    with pytest.raises(ValueError):
        make_app(store_path, Settings(allow_updates=True, token=None))


# -- the guard itself (no server) ----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("SELECT * { ?s ?p ?o }", None),
    ('SELECT ?service { ?service <http://x/p> "Security Service" } # SERVICE', None),
    ("SELECT * { ?s <http://example.org/load> ?o }", None),
    ("PREFIX load: <http://x/> SELECT * { ?s load:service ?o }", None),
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * { \\u0053\\u0045RVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://x/>", "LOAD"),
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o  ", "UNVERIFIABLE"),
    ("SELECT * { ?s ?p 5710SERVICE <http://x/> { ?a ?b ?c } }", "UNVERIFIABLE"),
    ("SELECT * { ?s ?p 1LOAD }", "UNVERIFIABLE"),
])
def test_guard(text, expected):
    update = text.startswith("LOAD")
    assert find_refused(text, update=update) == expected


def test_worker_network_is_isolated_where_the_kernel_allows(listener):
    """Defence in depth: a worker that somehow ran SERVICE has no network."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        isolated, connected = pool.apply(_try_connect, (listener.url,))
    if not isolated:
        pytest.skip("no network namespaces here (not Linux, or not permitted)")
    assert connected is False and listener.hits == 0


def _try_connect(url: str) -> tuple[bool, bool]:
    from urllib.parse import urlparse

    from kg.serve.worker import isolate_network

    isolated = isolate_network()
    parsed = urlparse(url)
    try:
        socket.create_connection((parsed.hostname, parsed.port), timeout=2).close()
        return isolated, True
    except OSError:
        return isolated, False


# -- reading while a build writes (issue 8) ----------------------------------------------------

# every article graph's size (the shared graph is settled after each write)
GRAPH_SIZES = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
               "FILTER(?g != <https://w3id.org/kg-news/id/graph/shared>) } GROUP BY ?g")


def _sizes(url: str) -> dict[str, int]:
    r = httpx.get(url + "/sparql", params={"query": GRAPH_SIZES}, timeout=30)
    assert r.status_code == 200, r.text
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


@pytest.mark.slow
def test_queries_during_writes_see_whole_articles(tmp_path):
    """A writer replaces an article again and again (one transaction each)
    while the endpoint is queried: every answer shows each article graph at
    one of its complete sizes, never half-written, and no query fails."""
    import sys
    from pathlib import Path

    from serve_support import write_versions

    complete = set()
    for i in (1, 2):  # the article's two complete sizes, measured on their own stores
        path = str(tmp_path / f"v{i}")
        write_versions(path, i)
        with running_server(path) as srv:
            complete |= set(_sizes(srv.url).values())
    assert len(complete) == 2

    store = str(tmp_path / "live")
    write_versions(store, 1)
    # (what is asserted is whole graphs, not speed: a query counting every
    # quad may pass 5 s on a loaded 2-core machine while the writer runs)
    with running_server(store, timeout=60.0) as srv:
        writer = subprocess.Popen(
            [sys.executable, "-c", f"from serve_support import write_versions; write_versions({store!r}, 60)"],
            cwd=str(Path(__file__).resolve().parents[1]))
        seen = []
        while writer.poll() is None and len(seen) < 500:
            seen.append(_sizes(srv.url))
        assert writer.wait(120) == 0
        seen.append(_sizes(srv.url))
    assert len(seen) >= 5, len(seen)  # the reads really overlapped the writes
    for sizes in seen:
        assert len(sizes) == 1 and set(sizes.values()) <= complete, sizes


@pytest.mark.slow
def test_seeds_store_answers_sparqlwrapper_and_library(seed_store):
    """End to end on the seeds: the library runs by name and SPARQLWrapper
    gets real rows from ``kg serve``."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    # A generous limit: this test is about answers, not about the time limit.
    with running_server(seed_store.path, timeout=300.0) as srv:
        listed = httpx.get(srv.url + "/queries").json()
        for q in listed:
            if not q["params"]:
                r = httpx.get(srv.url + f"/queries/{q['name']}", timeout=330)
                assert r.status_code == 200, (q["name"], r.text)
        sw = SPARQLWrapper(srv.url + "/sparql")
        sw.setQuery(next(q["text"] for q in listed if q["name"] == "who-asserted-withdrawals"))
        sw.setReturnFormat(JSON)
        rows = sw.query().convert()["results"]["bindings"]
        assert rows and all(r for r in rows)


# Every row kept for ORDER BY, each with a fresh string: memory grows without bound.
MEMORY_HOG = ("SELECT ?x WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
              "BIND(CONCAT(STR(?c), STR(?f), STR(?i), STR(?a)) AS ?x) } ORDER BY ?x")


@pytest.mark.slow
def test_a_query_past_the_memory_limit_is_cut_and_the_server_stays_up(store_path):
    with running_server(store_path, "--max-memory", "300", timeout=120.0) as srv:
        r = httpx.get(srv.url + "/sparql", params={"query": MEMORY_HOG}, timeout=150)
        assert r.status_code == 503, r.text
        assert r.json() == {"code": "E406", "error": "query needed more than the memory limit of 300 MB"}
        # A fresh worker answers the next query, under the same limit.
        r = httpx.get(srv.url + "/sparql", params={"query": "ASK { ?s kg:denies ?c }"})
        assert r.status_code == 200 and r.json()["boolean"] is True
