"""The claim queries on the seeds store (real rows), merges explained from
the graph, and syndication on a near-copy under another outlet."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SEEDS

from kg.build.pipeline import build
from kg.graph import queries
from kg.graph.store import Store


def rows(store, query, **params):
    cols, data = queries.run(store, query, params)
    return [dict(zip(cols, r)) for r in data]


def test_one_claim_many_reports_for_entering_the_town(seed_store):
    found = {r["claim_text"]: r for r in rows(seed_store, "claims-about", name="Kupiansk")}
    entered = found["Armed Forces of Ukraine entered Kupyansk"]
    assert entered["reports"] >= 4
    assert {"Newsweek", "Associated Press"} <= set(entered["outlets"].split("; "))
    assert entered["independent_outlets"] >= 3
    assert "Security Service of Ukraine" in entered["supporters"]
    assert "Armed Forces of Ukraine" in entered["not_confirmers"]


def test_regrouping_is_one_claim_per_place_across_articles(seed_store):
    chains = rows(seed_store, "attribution-chains")
    for place in ("Balakliya", "Izyum"):
        reports = [r for r in chains if r["claim_text"] == f"Armed Forces of Russia withdrawsFrom {place}"]
        assert len({r["article"] for r in reports}) >= 3
        assert len({r["claim"] for r in reports}) == 1
    relayed = [r for r in chains if r["via"] and "withdrawsFrom" in r["claim_text"]]
    assert relayed and relayed[0]["via_words"] and relayed[0]["source_words"]


def test_territory_figures_conflict(seed_store):
    got = rows(seed_store, "conflicting-quantities")
    area = {r["value"]: r for r in got if r["predicate"] == "liberatedArea"}
    assert {"1000", "2000", "2500"} <= set(area)
    assert area["2500"]["given_by"] == "Institute for the Study of War"
    assert "Zelensk" in area["2000"]["given_by"] and area["1000"]["unit_code"] == "KiloM2"


def test_multi_outlet_claims_are_canonical_claims(seed_store):
    got = rows(seed_store, "multi-outlet-claims")
    claims = {r["claim"]: r for r in got}
    for place in ("Balakliya", "Izyum"):  # one canonical claim across four outlets
        row = claims[f"Armed Forces of Russia withdrawsFrom {place}"]
        assert row["outlet_count"] == 4 and len(row["outlets"].split("; ")) == 4
    # a statement reworded by two outlets meets on its canonical claim
    assert any(c.startswith("Igor Konashenkov says ") for c in claims)
    assert all(r["outlet_count"] >= 2 and r["reports"] >= r["outlet_count"] for r in got)
    assert [(-r["outlet_count"], -r["reports"]) for r in got] == sorted((-r["outlet_count"], -r["reports"]) for r in got)
    # its pages: tests/graph/test_queries.py (ORDERS)


def test_seeds_are_not_copies_of_each_other(seed_store):
    # only articles that share wire copy are listed: the seeds are five independent reports
    assert rows(seed_store, "syndicated-articles") == []


def test_contested_first_report_and_as_of(seed_store):
    contested = rows(seed_store, "contested-claims")
    assert any(r["claim_text"].endswith("entered Kupyansk") for r in contested)
    first = {r["claim_text"]: r for r in rows(seed_store, "first-report")}
    w = first["Armed Forces of Russia withdrawsFrom Izyum"]
    assert w["first_reported"] == "2022-09-10" and w["first_confirmed"] == "2022-09-10"
    assert [r for r in rows(seed_store, "claims-as-of", name="Izium", as_of="2022-09-10")
            if r["dated"] == "dated"]
    # before any dated report: only the reports of the undated seed articles,
    # listed and marked undated rather than dropped
    early = rows(seed_store, "claims-as-of", name="Izium", as_of="2022-09-01")
    assert early and all(r["dated"] == "undated" and r["reports"] == r["undated_reports"] >= 1
                         and r["first_reported"] in (None, "") for r in early)


def test_claims_as_of_lists_undated_reports(seed_store):
    """The seeds' two undated articles (no sidecar, no dateline with a year)
    still count: their reports come in an "undated" row with a count."""
    got = rows(seed_store, "claims-as-of", name="Kupiansk", as_of="2022-09-30")
    marks = {(r["claim_text"], r["dated"]): r for r in got}
    entered = marks[("Armed Forces of Ukraine entered Kupyansk", "undated")]
    assert entered["undated_reports"] == entered["reports"] == 3
    assert ("Armed Forces of Ukraine entered Kupyansk", "dated") in marks
    assert marks[("Armed Forces of Ukraine captured Kupyansk", "undated")]["undated_reports"] == 1
    # no calendar day can be read without a publication date, but the words are there
    assert "September 10" in entered["said_when"]
    izium = rows(seed_store, "claims-as-of", name="Izium", as_of="2022-09-30")
    withdrawn = [r for r in izium if r["dated"] == "undated" and r["claim_text"].endswith("withdrawsFrom Izyum")]
    assert withdrawn and "Saturday" in withdrawn[0]["said_when"]


def test_every_merge_is_explained_in_the_graph(seed_store):
    sparql = """
    SELECT ?claim ?key (COUNT(DISTINCT ?occ) AS ?n) (SUM(IF(?match = ?key, 0, 1)) AS ?bad)
           (COUNT(?why) AS ?whys) WHERE {
      ?claim a kg:CanonicalClaim ; kg:claimKey ?key .
      ?occ kg:canonicalClaim ?claim ; kg:matchKey ?match .
      OPTIONAL { ?occ kg:mergedBecause ?why }
    } GROUP BY ?claim ?key"""
    result = list(seed_store.query(sparql))
    assert any(int(r["n"].value) >= 4 for r in result)
    for r in result:
        assert int(r["bad"].value) == 0 and int(r["whys"].value) > 0


@pytest.mark.slow
def test_reprint_under_another_outlet_is_not_independent(tmp_path):
    seed = next(SEEDS.glob("004_*.txt"))
    text = seed.read_text(encoding="utf-8")
    shutil.copy(seed, tmp_path / "wire.txt")
    (tmp_path / "wire.json").write_text(json.dumps({"outlet": "Wire Service"}))
    (tmp_path / "reprint.txt").write_text("Reprinted with permission.\n\n" + text.replace(
        "significant advances", "notable advances", 1), encoding="utf-8")
    (tmp_path / "reprint.json").write_text(json.dumps({"outlet": "Daily Reprint"}))
    with Store(str(tmp_path / "store")) as store:
        assert build([str(tmp_path / "wire.txt"), str(tmp_path / "reprint.txt")], store).errors == []
        copies = rows(store, "syndicated-articles")
        assert [r["copies"] for r in copies] == [1, 1]
        assert float(copies[0]["similarity"]) > 0.8 and "Daily Reprint" in copies[0]["copied_in"] + copies[1]["copied_in"]
        kup = {r["claim_text"]: r for r in rows(store, "claims-about", name="Kupiansk")}
        entered = kup["Armed Forces of Ukraine entered Kupyansk"]
        assert set(entered["outlets"].split("; ")) == {"Wire Service", "Daily Reprint"}
        assert entered["independent_outlets"] == 1


def test_syndicated_pages_find_every_copy_from_33_slot_positions(tmp_path):
    """Hand-made sketches: two copies with 40 equal slots, two with exactly
    32 (positions 32-63: the candidates come from positions 00-32, which any
    two copies share one of), an article sharing one slot (a candidate
    without a copy) and one sharing none. Pages count articles with a copy."""
    import pyoxigraph as ox

    from kg.vocab import KG, article_iri, graph_iri

    def slots(n, same=range(0), base=0):
        return [f"{i:02d}:{(i if i in same else base + i):08x}" for i in range(n)]

    sketches = {"a": slots(64, range(40), 1000), "b": slots(64, range(40), 2000),
                "c": [s if i != 5 else "05:00000005" for i, s in enumerate(slots(64, base=3000))],
                "d": slots(64, base=4000),
                "e": slots(64, range(32, 64), 5000), "f": slots(64, range(32, 64), 6000)}
    with Store(str(tmp_path / "store")) as store:
        for name, sketch in sketches.items():
            key = f"https://example.org/{name}"
            g, art = ox.NamedNode(graph_iri(key)), ox.NamedNode(article_iri(key))
            quads = [ox.Quad(art, KG.sourcePath, ox.Literal(f"{name}.txt"), g),
                     ox.Quad(art, KG.fingerprint, ox.Literal("".join(s[3:] for s in sketch)), g)]
            quads += [ox.Quad(art, KG.sketchSlot, ox.Literal(s), g) for s in sketch]
            store.replace_article(key, name, quads, "v")
        everything = {r["article"]: r for r in rows(store, "syndicated-articles")}
        assert {a: (r["copies"], r["copied_in"], float(r["similarity"])) for a, r in everything.items()} == {
            "a.txt": (1, "b.txt (unknown outlet)", 40 / 64), "b.txt": (1, "a.txt (unknown outlet)", 40 / 64),
            "e.txt": (1, "f.txt (unknown outlet)", 0.5), "f.txt": (1, "e.txt (unknown outlet)", 0.5)}
        q = queries.load("syndicated-articles")
        assert queries.paging_unit(q) == "articles"
        seen, offset, more, pages = [], 0, True, 0
        while more:
            cols, page, more = queries.run_page(store, q, {}, limit=1, offset=offset)
            seen += [dict(zip(cols, r))["article"] for r in page]
            offset, pages = offset + 1, pages + 1
        # no article on two pages, none left out; c (a shared slot, no copy) takes no page
        assert sorted(seen) == sorted(everything) and pages == 4
