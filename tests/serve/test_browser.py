"""The workbench in a real browser: Debian's headless Chromium driven by
Playwright (``executable_path=/usr/bin/chromium``; nothing downloads a
browser) loads ``/``, runs a query in the YASGUI editor, follows an entity
link to its page and saves screenshots that the test then inspects."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from serve_support import build_sample_store, entity_iri, running_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_sample_store(str(tmp_path_factory.mktemp("browser") / "store"))
    with running_server(store) as srv:
        yield srv


class PageWatch:
    """A page that records console errors, failed requests and every host
    it tried to reach (the workbench must reach no host but ours)."""

    def __init__(self, browser, base: str):
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.errors: list[str] = []
        self.hosts: set[str] = set()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))
        self.page.on("request", lambda r: self.hosts.add(r.url.split("/")[2]))
        self.base = base


def _save(page, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    page.screenshot(path=str(shot), full_page=True)
    publish(shot, name)
    return shot


def publish(shot: Path, name: str) -> None:
    """Copy a picture to docs/img for the README when it is missing there or
    when KG_UPDATE_SCREENSHOTS=1 (so a test run leaves the work tree clean)."""
    target = DOCS_IMG / name
    if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1" or not target.exists():
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, target)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_editor_runs_a_query_and_links_to_entity_pages(browser, server, tmp_path):
    w = PageWatch(browser, server.url)
    page = w.page
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    # The library is in the picker and in tabs.
    options = page.locator("#library option").evaluate_all("os => os.map(o => o.value)")
    assert "who-asserted-about" in options and "entities" in options
    assert page.locator(".tabPanel.active .CodeMirror").inner_text().count("SELECT") >= 1

    # Run the start query (every entity) from the editor.
    page.locator(".yasqe_queryButton:visible").click()
    page.wait_for_selector(".yasr:visible table.dataTable tbody tr a", timeout=30_000)
    rows = page.locator(".yasr:visible table.dataTable tbody tr")
    table_text = page.locator(".yasr:visible table.dataTable").inner_text()
    assert rows.count() >= 3
    assert "Coastal Guard" in table_text and "Ada Byrne" in table_text
    # Plain values: the article counts are "2", not "2"^^xsd:integer.
    page.wait_for_function("document.querySelectorAll('.yasr span.nonIri sup').length === 0")
    table_text = page.locator(".yasr:visible table.dataTable").inner_text()
    assert "^^" not in table_text and "xsd:" not in table_text and '"2"' not in table_text
    shot = _save(page, tmp_path, "workbench.png")
    assert _png_size(shot)[0] >= 1000

    # Follow an entity link: it opens the entity's page, not the raw IRI.
    link = page.locator(".yasr:visible a.iri", has_text="coastal-guard").first
    assert link.get_attribute("href").startswith("/entity/")
    link.click()  # a real click: Playwright checks that the link receives it
    page.wait_for_selector("h1#name")
    assert page.inner_text("h1#name") == "Coastal Guard"
    assert "the brigade had left Vellmar" in page.inner_text("#claims-by mark")
    page.wait_for_selector("body[data-graph-ready=true]", timeout=30_000)
    assert page.evaluate("window.kgGraph.nodes().length") >= 2
    shot = _save(page, tmp_path, "entity.png")
    assert _png_size(shot)[1] >= 600

    # Click through the graph to another entity's page.
    target = entity_iri("Vellmar")
    page.evaluate(f"window.kgGraph.getElementById({target!r}).emit('tap')")
    page.wait_for_url("**/entity/place/**")
    assert page.inner_text("h1#name") == "Vellmar"

    assert w.errors == []
    assert w.hosts == {server.url.split("/")[2]}  # no CDN, no prefix.cc, no LOV


def test_library_query_from_the_picker_and_by_url(browser, server):
    w = PageWatch(browser, server.url)
    page = w.page
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    page.select_option("#library", "who-asserted-about")
    assert "Parameters: name" in page.inner_text("#library-doc")
    assert "kg:labelKey" in page.locator(".tabPanel.active .CodeMirror").inner_text()
    page.locator(".yasqe_queryButton:visible").click()  # unbound ?name_key: every entity
    page.wait_for_selector(".yasr:visible table.dataTable tbody tr", timeout=30_000)
    assert "has not confirmed" in page.locator(".yasr:visible table.dataTable").inner_text() or \
        page.locator(".yasr:visible table.dataTable tbody tr").count() >= 3
    # The same query by name with a bound parameter, as the page's own fetch sees it.
    csv = page.evaluate("fetch('/queries/who-asserted-about?name=Vellmar&format=csv').then(r => r.text())")
    assert "Coastal Guard" in csv and "Ada Byrne" in csv
    assert w.errors == []


@pytest.fixture(scope="module")
def seeds_server(seed_store):
    with running_server(seed_store.path, timeout=60.0) as srv:
        yield srv


def test_an_analyst_finds_a_town_asks_about_it_and_opens_a_claim_and_the_map(browser, seeds_server, tmp_path):
    """The issue's walk, without writing SPARQL: search box -> the town's page
    -> who-asserted-about with the name filled in (plain values) -> a claim's
    timeline -> the map."""
    w = PageWatch(browser, seeds_server.url)
    page = w.page
    page.goto(seeds_server.url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    # Any spelling completes to the town; Enter on the typed name opens its page.
    page.locator("#kg-search").press_sequentially("Kupiansk", delay=20)
    page.wait_for_selector("#kg-search-hits a.hit", timeout=15_000)
    assert page.locator("#kg-search-hits a.hit").first.inner_text().startswith("Kupyansk")
    page.locator("#kg-search").fill("")
    page.locator("#kg-search").press_sequentially("Kupyansk", delay=20)
    page.wait_for_selector("#kg-search-hits a.hit", timeout=15_000)
    page.locator("#kg-search").press("Enter")
    page.wait_for_url("**/entity/place/kupyansk", timeout=30_000)
    assert page.inner_text("h1#name") == "Kupyansk"
    assert "Kupiansk" in page.inner_text("#aliases")
    page.wait_for_selector("body[data-map-ready=true]", timeout=30_000)  # the place's map panel
    assert page.locator("#map circle.place.focus").count() == 1

    # From the town's page, the library query with the name filled in, run at once.
    page.click("a.ask-query[data-query=who-asserted-about]")
    page.wait_for_selector("#form-results[data-rows]", timeout=60_000)
    assert page.input_value("#params input[name=name]") == "Kupyansk"
    headers = page.locator("#form-results th").all_inner_texts()
    assert "speaker" in headers and "quote" in headers and not any("key" in h for h in headers)
    results = page.inner_text("#form-results")
    assert int(page.get_attribute("#form-results", "data-rows")) >= 10
    assert "^^" not in results and "xsd:" not in results and "2022-09-10" in results
    assert "Security Service of Ukraine" in results
    _save(page, tmp_path, "form.png")

    # A claim about the town: its reports on a timeline, the first ones marked.
    page.go_back()
    page.wait_for_selector("#canonical-claims a.claim")
    claim_text = page.locator("#canonical-claims a.claim").first.inner_text()
    page.locator("#canonical-claims a.claim").first.click()
    page.wait_for_selector("#reports li.report")
    assert " ".join(page.inner_text("#claim-text").split()) == claim_text
    assert page.locator("#reports li.report").count() >= 2
    assert page.locator("#reports li.first-report").count() <= 1
    _save(page, tmp_path, "claim.png")

    # The map: every place, sized by statements; the slider counts by report date.
    page.click("header a[href='/map']")
    page.wait_for_selector("body[data-map-ready=true]", timeout=30_000)
    total = int(page.get_attribute("#map", "data-places-shown"))
    assert total >= 5
    kupyansk = page.locator("circle.place[data-iri$='/place/kupyansk']")
    all_reports = int(kupyansk.get_attribute("data-count"))
    assert all_reports >= 10
    page.locator("#map-time").fill("0")  # reports up to the first date only
    assert page.inner_text("#map-date").startswith("reports up to ")
    assert int(kupyansk.get_attribute("data-count")) < all_reports
    page.locator("#map-time").fill(page.get_attribute("#map-time", "max"))
    assert int(kupyansk.get_attribute("data-count")) == all_reports
    _save(page, tmp_path, "map.png")
    kupyansk.click()  # a place opens its page
    page.wait_for_url("**/entity/place/kupyansk")

    assert w.errors == []
    assert w.hosts == {seeds_server.url.split("/")[2]}
