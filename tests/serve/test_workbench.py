"""The analysts' workbench over HTTP (a real ``kg serve`` on 127.0.0.1 over a
real store): search by any spelling, ``/entity?name=``, suggestions for an
unknown name, names of IRIs, the map's data and page, the claim page, and
the links from an entity page to the library queries."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest
from serve_support import build_sample_store, entity_iri, running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_sample_store(str(tmp_path_factory.mktemp("workbench") / "store"))
    with running_server(store) as srv:
        yield srv


def _get(server, path, **kw):
    return httpx.get(server.url + path, follow_redirects=False, timeout=30, **kw)


def test_search_finds_entities_by_any_spelling(server):
    for typed in ("Vellmar", "vellmar", "VELLMAR", "Vellmár", "vellm"):
        hits = _get(server, "/search", params={"q": typed}).json()
        assert hits and hits[0]["name"] == "Vellmar", typed
        assert hits[0]["url"] == "/entity/place/vellmar" and hits[0]["type"] == "Place"
    hits = _get(server, "/search", params={"q": "byrne"}).json()
    assert [h["name"] for h in hits] == ["Ada Byrne"]
    # a typo that folding cannot bridge is still found, by closeness
    assert _get(server, "/search", params={"q": "Coastal Gaurd"}).json()[0]["name"] == "Coastal Guard"
    assert _get(server, "/search", params={"q": ""}).json() == []


def test_entity_by_name_redirects_to_its_page(server):
    r = _get(server, "/entity", params={"name": "coastal  GUARD"})
    assert r.status_code == 303 and r.headers["location"] == "/entity/organisation/coastal-guard"
    page = httpx.get(server.url + r.headers["location"]).text
    assert '<h1 id="name">Coastal Guard</h1>' in page


def _page(name: str) -> str:
    return "/entity/" + entity_iri(name).split("/entity/", 1)[1]


def test_typed_names_in_the_path_find_the_page(server):
    """Keys are folded (``person/ada-birne``): the name as typed finds them."""
    for path, name in (("/entity/vellmar", "Vellmar"), ("/entity/Vellmar", "Vellmar"),
                       ("/entity/place/Vellmár", "Vellmar"), ("/entity/ada-byrne", "Ada Byrne"),
                       ("/entity/person/Ada_Byrne", "Ada Byrne")):
        r = _get(server, path)
        assert r.status_code == 303, path
        assert r.headers["location"] == _page(name), path


def test_unknown_name_suggests_close_names(server):
    r = _get(server, "/entity", params={"name": "Ada Burne"})
    assert r.status_code == 404
    assert "No entity is called" in r.text
    suggestions = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', r.text.split('id="suggestions"')[1])
    assert (_page("Ada Byrne"), "Ada Byrne") in suggestions
    r = _get(server, "/entity", params={"name": "Zzyzx Qwv"})
    assert r.status_code == 404 and "No name in the store comes close" in r.text
    assert _get(server, "/entity/person/nobody-at-all").status_code == 404


def test_names_of_iris(server):
    iris = [entity_iri("Vellmar"), entity_iri("Ada Byrne"), "not an iri", "https://example.org/none"]
    names = _get(server, "/names", params=[("iri", i) for i in iris]).json()
    assert names == {entity_iri("Vellmar"): "Vellmar", entity_iri("Ada Byrne"): "Ada Byrne"}


def test_every_page_has_the_search_box(server):
    for path in ("/", "/entity/place/vellmar", "/map", "/entity?name=nothing-like-it"):
        html = httpx.get(server.url + path, follow_redirects=True).text
        assert 'id="kg-search"' in html and 'action="/entity"' in html, path
        assert "/static/search.js" in html, path
        assert "<script>" not in html and "onclick" not in html, path  # static scripts only (CSP)


def test_entity_page_links_to_the_library_with_the_name_filled_in(server):
    html = httpx.get(server.url + "/entity/place/vellmar").text
    links = dict((name, href.replace("&amp;", "&")) for href, name in
                 re.findall(r'data-query="[^"]+" href="([^"]+)">([^<]+)</a>', html))
    assert links["Who asserted what about an entity"] == "/?query=who-asserted-about&name=Vellmar"
    # and the query with that value answers through /queries
    rows = httpx.get(server.url + "/queries/who-asserted-about",
                     params={"name": "Vellmar", "format": "json"}).json()["results"]["bindings"]
    assert {r["speaker"]["value"] for r in rows} == {"Ada Byrne", "Coastal Guard"}


def test_map_data_counts_statements_by_date(server):
    data = _get(server, "/map/places").json()
    assert data["dates"] == ["2024-03-02", "2024-03-05"]
    [vellmar] = data["places"]
    assert vellmar["name"] == "Vellmar" and vellmar["url"] == "/entity/place/vellmar"
    assert (round(vellmar["lat"], 1), round(vellmar["lon"], 1)) == (51.4, 9.5)  # Vellmar, Hesse (GeoNames)
    assert vellmar["by_date"] == {"2024-03-02": 2, "2024-03-05": 2} and vellmar["total"] == 4


def test_map_page_and_place_panel_use_vendored_files_only(server):
    html = httpx.get(server.url + "/map").text
    assert 'id="map"' in html and 'id="map-time"' in html
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert all(s.startswith("/static/") for s in scripts)
    for s in scripts + ["/static/vendor/world-atlas/countries-50m.json",
                        "/static/vendor/world-atlas/LICENSE", "/static/vendor/d3/LICENSE.d3-geo"]:
        assert httpx.get(server.url + s).status_code == 200, s
    place = httpx.get(server.url + "/entity/place/vellmar").text
    assert 'class="map map-panel"' in place and 'data-lat="51.358"' in place
    person = httpx.get(server.url + _page("Ada Byrne")).text
    assert "map-panel" not in person


def test_claim_page_needs_a_claim(server):
    assert _get(server, "/claim").status_code == 400
    r = _get(server, "/claim", params={"iri": "https://w3id.org/kg-news/id/canonical-claim/none"})
    assert r.status_code == 404 and "No claim is known as" in r.text


@pytest.mark.slow
def test_claim_page_lists_every_report_and_marks_the_firsts(seed_store):
    from kg.graph import queries

    columns, rows = queries.run(seed_store, "first-report")
    firsts = [dict(zip(columns, r)) for r in rows]
    confirmed = next(r for r in firsts if r["first_confirmed"])
    with running_server(seed_store.path, timeout=60.0) as srv:
        html = httpx.get(srv.url + "/claim", params={"iri": confirmed["claim"]}, timeout=90).text
        assert confirmed["claim_text"].split(" ")[-1] in html
        reports = html.split('id="reports"')[1].count('<li class="report')
        assert reports == confirmed["reports"]
        assert html.count("badge-first") == 1 and html.count("badge-confirmed") == 1
        first = html.split('class="report first-report')[1].split("</li>")[0]
        assert f"<time>{confirmed['first_reported']}</time>" in first
        # the entity page lists the claim and links to its page
        subject = httpx.get(srv.url + "/entity", params={"name": "Kupyansk"}, follow_redirects=True,
                            timeout=90).text
        assert 'id="canonical-claims"' in subject and "/claim?iri=" + quote(
            next(r for r in firsts if "Kupyansk" in r["claim_text"])["claim"], safe="") in subject
