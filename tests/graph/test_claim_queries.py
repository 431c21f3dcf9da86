"""The claim queries on the seeds store (real rows), merges explained from
the graph, and syndication on a near-copy under another outlet."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SEEDS

from kg.build.pipeline import build
from kg.graph import queries
from kg.graph.shared import is_shared, pending_quads
from kg.graph.store import Store
from kg.vocab import graph_iri


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


def test_contested_marks_follow_the_articles(seed_store, tmp_path):
    """The store marks a canonical claim kg:ContestedClaim while one report
    supports it and another denies or has not confirmed it, and keeps the
    mark exact as articles go and come back."""
    import pyoxigraph as ox

    marked = """PREFIX kg: <https://w3id.org/kg-news/ns#>
        SELECT ?c WHERE { GRAPH <https://w3id.org/kg-news/id/graph/shared> { ?c a kg:ContestedClaim } }"""
    against = """PREFIX kg: <https://w3id.org/kg-news/ns#>
        SELECT DISTINCT ?key WHERE { ?o kg:canonicalClaim ?c . ?s kg:proposition ?o .
          ?a kg:hasClaim ?s ; kg:relation ?r ; kg:inArticle ?art . ?art kg:articleKey ?key
          FILTER(?r IN (kg:denies, kg:hasNotConfirmed)) }"""
    with Store(str(tmp_path / "store")) as store:
        quads = list(seed_store.raw.quads_for_pattern(None, None, None, None))
        store.raw.extend(quads)
        claims = {r["c"] for r in store.raw.query(marked)}
        assert claims == {ox.NamedNode(r["claim"]) for r in rows(seed_store, "contested-claims")} != set()
        keys = sorted(r["key"].value for r in store.raw.query(against, use_default_graph_as_union=True))
        assert keys
        graphs = {k: [q for q in quads if q.graph_name == ox.NamedNode(graph_iri(k))] for k in keys}
        for key in keys:
            assert store.remove_article(key)
        # the claims and confirmations left stand alone: nothing is contested
        assert list(store.raw.query(marked)) == [] and rows(store, "contested-claims") == []
        first = keys[0]
        store.raw.extend(graphs[first])
        store.raw.extend(pending_quads({q.object for q in graphs[first] if is_shared(q.object)}))
        # (as the store writes an article: its graph, then the shared nodes it names marked pending)
        store.settle()
        assert {r["c"] for r in store.raw.query(marked)} and rows(store, "contested-claims")


_MARKED = """PREFIX kg: <https://w3id.org/kg-news/ns#>
    SELECT ?c WHERE { GRAPH <https://w3id.org/kg-news/id/graph/shared> { ?c a kg:%s } }"""
# the same sets computed from scratch, over every report and every amount
_SCRATCH = {
    "ContestedClaim": """PREFIX kg: <https://w3id.org/kg-news/ns#>
        SELECT DISTINCT ?c WHERE { ?o kg:canonicalClaim ?c . ?s kg:proposition ?o . ?a kg:hasClaim ?s ; kg:relation ?r .
          ?o2 kg:canonicalClaim ?c . ?s2 kg:proposition ?o2 . ?a2 kg:hasClaim ?s2 ; kg:relation ?r2 .
          FILTER(?r IN (kg:claims, kg:confirms) && ?r2 IN (kg:denies, kg:hasNotConfirmed)) }""",
    "ConflictingAmount": """PREFIX kg: <https://w3id.org/kg-news/ns#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT DISTINCT ?c WHERE { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?q ; kg:claimKey ?k .
          ?q kg:numericValue ?v ; kg:unit ?u .
          ?c2 rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?q2 ; kg:claimKey ?k2 .
          ?q2 kg:numericValue ?v2 ; kg:unit ?u .
          BIND(STRAFTER(?k, "time=") AS ?t) BIND(STRAFTER(?k2, "time=") AS ?t2)
          FILTER(?v != ?v2 && (?t = ?t2 || ?t IN ("any", "undated") || ?t2 IN ("any", "undated"))) }""",
}


def test_derived_claim_marks_stay_exact_as_articles_go(seed_store, tmp_path):
    """kg:ContestedClaim and kg:ConflictingAmount, derived when the store
    settles, equal the sets computed from scratch after every removal."""
    with Store(str(tmp_path / "store")) as store:
        store.raw.extend(seed_store.raw.quads_for_pattern(None, None, None, None))
        keys = sorted({r["key"].value for r in store.raw.query(
            "SELECT ?key WHERE { ?a <https://w3id.org/kg-news/ns#articleKey> ?key }", use_default_graph_as_union=True)})
        seen = set()
        for key in [None] + keys:
            if key:
                assert store.remove_article(key)
            for mark, scratch in _SCRATCH.items():
                marked = {r["c"] for r in store.raw.query(_MARKED % mark)}
                assert marked == {r["c"] for r in store.raw.query(scratch, use_default_graph_as_union=True)}, (key, mark)
                seen |= {(mark, key) for _ in marked}
            assert _summaries(store) == _scratch_summaries(store), key
            assert key or len(_summaries(store)) >= 4  # contested and conflicting claims at the start
        # both marks were there to check at the start
        assert {("ContestedClaim", None), ("ConflictingAmount", None)} <= seen
        assert store.stats()["claims"] == 0


_KG = "https://w3id.org/kg-news/ns#"
_SUMMARY = ("supportReports", "againstReports", "supportedBy", "deniedBy", "notConfirmedBy", "carriedBy",
            "amountWritten", "amountQualifier", "lowestOther", "highestOther", "stateReports", "statedBy",
            "reportsWithoutOutlet")
# every withdrawal claim has the summary too (who-asserted-withdrawals reads it)
_WITHDRAWAL_CLAIMS = """PREFIX kg: <https://w3id.org/kg-news/ns#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT DISTINCT ?c WHERE { ?o kg:canonicalClaim ?c ; rdf:predicate kg:withdrawsFrom }"""


def _summaries(store) -> dict:
    """The summary triples the store keeps, claim -> {(term, value)}."""
    import pyoxigraph as ox

    out: dict = {}
    for term in _SUMMARY:
        for q in store.raw.quads_for_pattern(None, ox.NamedNode(_KG + term), None, None):
            out.setdefault(q.subject.value, set()).add((term, q.object.value))
    return out


def _scratch_summaries(store) -> dict:
    """The same summaries from scratch: every report of every marked claim,
    and the other amounts of the same subject, predicate and unit."""
    withdrawn = {r["c"].value for r in store.raw.query(_WITHDRAWAL_CLAIMS, use_default_graph_as_union=True)}
    marked = withdrawn | {r["c"].value for mark in _SCRATCH.values()
                          for r in store.raw.query(mark, use_default_graph_as_union=True)}
    reports = store.raw.query(f"""PREFIX kg: <{_KG}>
        SELECT ?c ?a ?rel ?sp ?outlet ?qual ?words WHERE {{ ?o kg:canonicalClaim ?c . ?s kg:proposition ?o .
          ?a kg:hasClaim ?s ; kg:relation ?rel ; kg:speaker ?sp ; kg:inArticle ?art .
          OPTIONAL {{ ?art kg:outlet ?outlet }} OPTIONAL {{ ?o kg:qualifier ?qual }}
          OPTIONAL {{ ?o kg:quantitySpan/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact> ?words }} }}""",
                             use_default_graph_as_union=True)
    by_rel = {"claims": "supportedBy", "confirms": "supportedBy", "denies": "deniedBy",
              "hasNotConfirmed": "notConfirmedBy", "states": "statedBy"}
    out: dict = {}
    counted: dict = {}
    for r in reports:
        c = r["c"].value
        if c not in marked:
            continue
        rel = r["rel"].value.rpartition("#")[2]
        facts = out.setdefault(c, set())
        facts.add((by_rel[rel], r["sp"].value))
        side = {"supportedBy": "support", "statedBy": "state"}.get(by_rel[rel], "against")
        counted.setdefault((c, side), set()).add(r["a"].value)
        if r["outlet"] is None:
            counted.setdefault((c, "no outlet"), set()).add(r["a"].value)
        facts |= {(t, r[v].value) for t, v in (("carriedBy", "outlet"), ("amountQualifier", "qual"),
                                                ("amountWritten", "words")) if r[v] is not None}
    for c, facts in out.items():
        facts.add(("supportReports", str(len(counted.get((c, "support"), ())))))
        facts.add(("againstReports", str(len(counted.get((c, "against"), ())))))
        facts |= {(term, str(len(counted[(c, side)]))) for term, side in (
            ("stateReports", "state"), ("reportsWithoutOutlet", "no outlet"))
            if (c, side) in counted and (side != "no outlet" or c in withdrawn)}
    others = store.raw.query(_SCRATCH["ConflictingAmount"].replace(
        "SELECT DISTINCT ?c WHERE", "SELECT ?c (MIN(?v2) AS ?low) (MAX(?v2) AS ?high) WHERE") + " GROUP BY ?c",
                             use_default_graph_as_union=True)
    for r in others:
        out[r["c"].value] |= {("lowestOther", r["low"].value), ("highestOther", r["high"].value)}
    return out


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
