"""``kg viz``: pictures of who said what around an entity, checked as files a
person would open (PNG pixels, SVG words, an HTML page in a real browser)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from serve_support import build_sample_store, entity_iri
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.store import Store
from kg.serve.viz import store_neighbourhood

DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_sample_store(str(tmp_path_factory.mktemp("viz") / "store"))


def test_neighbourhood_edges_carry_stance_and_outlets(store_path):
    with Store.read_only(store_path) as store:
        hood = store_neighbourhood(store, "vellmar")  # any spelling, folded
    assert hood.centre == entity_iri("Vellmar")
    edges = {(e.source, e.words, e.outlets) for e in hood.edges}
    assert edges == {
        (entity_iri("Coastal Guard"), "denies", ("Harbour Courier",)),
        (entity_iri("Coastal Guard"), "confirms", ("Evening Ledger",)),
        (entity_iri("Ada Byrne"), "claims", ("Harbour Courier",)),
        (entity_iri("Ada Byrne"), "has not confirmed", ("Evening Ledger",)),
    }
    assert len({e.colour for e in hood.edges}) == 4  # one colour per stance


def test_cli_png_svg_html(store_path, tmp_path):
    runner = CliRunner()
    for name in ("v.png", "v.svg", "v.html"):
        out = tmp_path / name
        result = runner.invoke(app, ["viz", "Coastal Guard", "-o", str(out), "--store", store_path])
        assert result.exit_code == 0, result.output
    import matplotlib.image as mpimg

    pixels = mpimg.imread(tmp_path / "v.png")
    assert pixels.shape[0] >= 600 and pixels.shape[1] >= 900
    assert pixels[..., :3].std() > 0.05  # not a blank page
    svg = (tmp_path / "v.svg").read_text()
    for words in ("Coastal Guard", "Vellmar", "denies (Harbour", "confirms (Evening"):
        assert words in svg  # labels are text on the picture, no legend needed
    html = (tmp_path / "v.html").read_text()
    assert "kgDrawGraph(" in html and "cytoscape" in html and "http://cdn" not in html


def test_cli_errors(store_path, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["viz", "No Such Body", "-o", str(tmp_path / "x.png"), "--store", store_path])
    assert result.exit_code == 2 and "no entity" in result.output
    result = runner.invoke(app, ["viz", "vellmar", "-o", str(tmp_path / "x.gif"), "--store", store_path])
    assert result.exit_code == 2 and ".png" in result.output
    existing = tmp_path / "taken.png"
    existing.write_bytes(b"keep me")
    result = runner.invoke(app, ["viz", "vellmar", "-o", str(existing), "--store", store_path])
    assert result.exit_code == 2 and existing.read_bytes() == b"keep me"


@pytest.mark.browser
@pytest.mark.slow
def test_html_page_draws_offline_in_chromium(store_path, tmp_path):
    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("Debian chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "v.html"
    CliRunner().invoke(app, ["viz", "vellmar", "-o", str(out), "--store", store_path])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors, requests = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(out.as_uri())
        assert page.evaluate("window.kgGraph.nodes().length") == 3
        assert page.evaluate("window.kgGraph.edges().length") == 4
        browser.close()
    assert errors == [] and all(u.startswith("file:") for u in requests)


@pytest.mark.slow
def test_seed_picture_for_the_readme(seed_store, tmp_path):
    """The entity most talked about in the seeds, drawn for the README."""
    rows = list(seed_store.query(
        "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a kg:hasClaim/kg:about ?e . ?e a kg:Place } "
        "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1"))
    assert rows, "the seeds have claims about places"
    out = tmp_path / "viz.png"
    result = CliRunner().invoke(app, ["viz", rows[0]["e"].value, "-o", str(out), "--store", seed_store.path])
    assert result.exit_code == 0, result.output
    hood = store_neighbourhood(seed_store, rows[0]["e"].value)
    assert len(hood.edges) >= 3
    target = DOCS_IMG / "viz.png"
    if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1" or not target.exists():
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, target)


# -- the map of places (kg viz --map) ------------------------------------------------

def test_map_png_svg_html(store_path, tmp_path):
    runner = CliRunner()
    for name in ("m.png", "m.svg", "m.html"):
        out = tmp_path / name
        result = runner.invoke(app, ["viz", "--map", "-o", str(out), "--store", store_path])
        assert result.exit_code == 0, result.output
        assert "1 places, 4 statements" in result.output
    import matplotlib.image as mpimg

    pixels = mpimg.imread(tmp_path / "m.png")
    assert pixels.shape[0] >= 600 and pixels.shape[1] >= 1000
    assert pixels[..., :3].std() > 0.05  # outlines drawn, not a blank page
    svg = (tmp_path / "m.svg").read_text()
    assert "Vellmar" in svg and "Natural Earth" in svg
    html = (tmp_path / "m.html").read_text()
    assert 'id="world-data"' in html and "kgDrawMap" in html and "Vellmar" in html
    assert "<script src=" not in html  # everything inlined: opens from disk, offline


def test_map_cli_errors(store_path, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["viz", "-o", str(tmp_path / "x.png"), "--store", store_path])
    assert result.exit_code == 2 and "--map" in result.output
    result = runner.invoke(app, ["viz", "--map", "-o", str(tmp_path / "x.gif"), "--store", store_path])
    assert result.exit_code == 2 and ".png" in result.output


@pytest.mark.browser
@pytest.mark.slow
def test_map_html_draws_offline_in_chromium(store_path, tmp_path):
    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("Debian chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "m.html"
    CliRunner().invoke(app, ["viz", "--map", "-o", str(out), "--store", store_path])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors, requests = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(out.as_uri())
        page.wait_for_selector("body[data-map-ready=true]", timeout=30_000)
        assert page.locator("#map path.land").count() > 200  # the countries of the outline
        vellmar = page.locator("circle.place")
        assert vellmar.count() == 1 and vellmar.get_attribute("data-count") == "4"
        page.locator("#map-time").fill("0")  # reports up to 2024-03-02
        assert vellmar.get_attribute("data-count") == "2"
        browser.close()
    assert errors == [] and all(u.startswith("file:") for u in requests)


@pytest.mark.slow
def test_seed_map_for_the_readme(seed_store, tmp_path):
    out = tmp_path / "map.png"
    result = CliRunner().invoke(app, ["viz", "--map", "-o", str(out), "--store", seed_store.path])
    assert result.exit_code == 0, result.output
    target = DOCS_IMG / "map-viz.png"
    if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1" or not target.exists():
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, target)
