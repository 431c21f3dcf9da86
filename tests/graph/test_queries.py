"""The query library: headers, bound parameters (injection stays a literal),
and real rows on a store of hand-made records and on the seeds."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import ROOT
from graph_samples import sample_extraction

from kg.errors import QueryError
from kg.graph import queries
from kg.graph.quads import article_quads
from kg.graph.store import Store
from kg.resolve.entities import Resolver

REQUIRED = {"who-asserted-about", "attributions", "withdrawals", "who-asserted-withdrawals",
            "multi-outlet-claims", "not-confirmed", "aliases", "entities"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "store"
    with Store(str(path)) as s:
        for key, outlet in (("https://example.org/1", "Example News"), ("https://example.org/2", "Other Times")):
            x = sample_extraction(key=key, path=f"corpus/{key[-1]}.txt", outlet=outlet)
            s.replace_article(key, x.article.content_hash, article_quads(x, Resolver(), "v", "m"), "v")
        yield s


def rows_as_dicts(store, query_name, **params):
    cols, rows = queries.run(store, queries.load(query_name), params)
    return [dict(zip(cols, r)) for r in rows]


def test_library_has_the_required_queries_with_headers():
    found = {q.name: q for q in queries.list_queries()}
    assert REQUIRED <= set(found)
    for q in found.values():
        assert q.title and q.question, q.name
        for p in q.params:
            assert p.description and p.example, (q.name, p.name)
        assert "<<" not in q.text


def test_load_by_path_and_unknown_name(tmp_path):
    path = ROOT / "queries" / "entities.rq"
    assert queries.load(str(path)).name == "entities"
    with pytest.raises(QueryError) as err:
        queries.load("no-such-query")
    assert err.value.code == "E401" and "entities" in err.value.reason


def test_header_parsing():
    title, question, params = queries.parse_header(
        "# title: T\n# question: Q?\n# param: who [entity] — a name (Ann)\n# param: n [integer] - count (3)\nSELECT", "x")
    assert (title, question) == ("T", "Q?")
    assert [(p.name, p.kind, p.description, p.example) for p in params] == [
        ("who", "entity", "a name", "Ann"), ("n", "integer", "count", "3")]
    with pytest.raises(QueryError):
        queries.parse_header("# param: x [colour] — bad (1)\n", "x")


def test_who_asserted_about_any_spelling(store):
    rows = rows_as_dicts(store, "who-asserted-about", name="EASTPORT")
    assert {(r["speaker"], r["relation"], r["outlet"]) for r in rows} == {
        ("Northland Defence Ministry", "claims", "Example News"),
        ("Northland Defence Ministry", "claims", "Other Times")}
    assert all(r["quote"] == "its troops were pulling back from Eastport" and r["cue"] == "said"
               and r["date"] == "2024-05-01" for r in rows)
    assert "name_key" not in rows[0]  # the bound constant column is dropped
    assert rows_as_dicts(store, "who-asserted-about", name="Nowhere at all") == []


def test_attributions_carry_offsets(store):
    rows = rows_as_dicts(store, "attributions")
    text = sample_extraction().article.text
    # 10 statements, 2 of them the outlet's own voice (uncarried withdrawals,
    # kg:Narration with kg:states): not attributed, so not listed here
    assert len(rows) == 8
    for r in rows:
        assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
        assert text[r["content_start"]:r["content_end"]] == r["content"]
    assert {r["via"] for r in rows} == {None, "Coastal Wire"}
    assert {r["relation"] for r in rows} == {"claims", "denies", "hasNotConfirmed"}


def test_withdrawals_and_who_asserted_them(store):
    rows = rows_as_dicts(store, "withdrawals")
    assert {(r["actor"], r["place"], r["asserted_by"]) for r in rows} == {
        ("Northland Defence Ministry", "Eastport", "Northland Defence Ministry"),
        ("Northland", "Westbay", "Example News"), ("Northland", "Westbay", "Other Times")}
    grouped = rows_as_dicts(store, "who-asserted-withdrawals")
    both = {"Example News", "Other Times"}
    assert [(r["actor"], r["place"], set(r["asserted_by"].split("; ")), set(r["outlets"].split("; ")),
             r["reports"]) for r in grouped] == [
        ("Northland", "Westbay", both, both, 2),  # the outlets' own voice
        ("Northland Defence Ministry", "Eastport", {"Northland Defence Ministry"}, both, 2)]


def test_withdrawals_from_articles_of_no_known_outlet(tmp_path):
    """A report in an article with no outlet counts, under "(unknown
    outlet)", beside the outlets of the others; the summary keeps it."""
    with Store(str(tmp_path / "store")) as s:
        for key, outlet in (("https://example.org/1", "Example News"), ("https://example.org/2", None)):
            x = sample_extraction(key=key, path=f"corpus/{key[-1]}.txt", outlet=outlet)
            s.replace_article(key, x.article.content_hash, article_quads(x, Resolver(), "v", "m"), "v")
        got = {(r["place"], r["outlets"], r["reports"]) for r in rows_as_dicts(s, "who-asserted-withdrawals")}
        assert {(place, frozenset(outlets.split("; ")), n) for place, outlets, n in got} == {
            ("Westbay", frozenset({"Example News", "(unknown outlet)"}), 2),
            ("Eastport", frozenset({"Example News", "(unknown outlet)"}), 2)}
        s.remove_article("https://example.org/2")
        got = {(r["place"], r["outlets"], r["reports"]) for r in rows_as_dicts(s, "who-asserted-withdrawals")}
        assert got == {("Westbay", "Example News", 1), ("Eastport", "Example News", 1)}


def test_multi_outlet_claims(store):
    # claims are canonical claims: the statement reported in both articles
    # meets on one (same speaker, same anchor words); the hand-made records
    # have no propositions, but each withdrawal still gets its canonical
    # claim (as the pipeline's restatement gives it), and the short "the
    # city had been abandoned" has too few content words for one
    rows = rows_as_dicts(store, "multi-outlet-claims")
    both = {"Example News", "Other Times"}
    assert sorted((r["claim"], r["outlet_count"], r["reports"], set(r["outlets"].split("; "))) for r in rows) == [
        ("Northland Defence Ministry says its troops were pulling back from Eastport", 2, 2, both),
        ("Northland Defence Ministry withdrawsFrom Eastport", 2, 2, both),
        ("Northland withdrawsFrom Westbay", 2, 2, both)]


def test_not_confirmed(store):
    rows = rows_as_dicts(store, "not-confirmed")
    assert {(r["actor"], r["cue"], r["claim"]) for r in rows} == {
        ("Southland army", "has not confirmed", "the report")}
    assert len(rows) == 2  # once per article


def test_aliases_and_entities(store):
    (row,) = rows_as_dicts(store, "aliases", name="berg")
    assert row["name"] == "Anna Berg" and set(row["aliases"].split("; ")) == {"Anna Berg", "Berg"}
    entities = rows_as_dicts(store, "entities")
    assert {"Eastport", "Anna Berg", "Example News"} <= {r["name"] for r in entities}


def test_parameters_are_checked(store):
    with pytest.raises(QueryError) as err:
        queries.run(store, "who-asserted-about", {})
    assert err.value.code == "E402" and "name=" in err.value.reason
    with pytest.raises(QueryError):
        queries.run(store, "who-asserted-about", {"name": "x", "other": "y"})


def test_injection_stays_a_literal(store, tmp_path):
    rq = tmp_path / "by-label.rq"
    rq.write_text("# title: by label\n# question: Which entity has LABEL?\n"
                  "# param: label — a label (Eastport)\n"
                  "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                  "SELECT ?label ?e WHERE { ?e skos:prefLabel ?label }\n")
    q = queries.load(str(rq))
    before = store.stats()
    for attack in ('Eastport" } UNION { ?e ?p ?label } #',
                   "Eastport' . ?e ?p ?label . FILTER('1",
                   'x" } ; DROP ALL ; SELECT * WHERE { "'):
        assert queries.run(store, q, {"label": attack}) == (["e"], [])
        assert queries.run(store, "who-asserted-about", {"name": attack})[1] == []
    assert store.stats() == before
    cols, rows = queries.run(store, q, {"label": "Eastport"})
    assert len({r[0] for r in rows}) == 1


# -- the seeds (end to end through kg.build.pipeline.build) ------------------------

@pytest.mark.slow
def test_seeds_who_asserted_about_a_place(seed_store):
    rows = rows_as_dicts(seed_store, "who-asserted-about", name=queries.load("who-asserted-about").params[0].example)
    assert len({r["speaker"] for r in rows}) >= 3
    assert len({r["outlet"] for r in rows}) >= 3
    assert all(r["quote"] and r["cue"] for r in rows)


@pytest.mark.slow
def test_seeds_every_query_returns_rows(seed_store):
    for q in queries.list_queries():
        params = {p.name: p.example for p in q.params}
        cols, rows = queries.run(seed_store, q, params)
        # a query may be empty on the seeds only when its header says so
        # (syndicated-articles: the seeds share no wire copy)
        assert rows or "expected empty for a corpus of independent reports" in q.text, q.name


@pytest.mark.slow
def test_seeds_withdrawals_have_asserters_and_outlets(seed_store):
    rows = rows_as_dicts(seed_store, "who-asserted-withdrawals")
    assert any(r["reports"] >= 2 and len(r["outlets"].split("; ")) >= 2 for r in rows)
    assert all(r["asserted_by"] for r in rows)


@pytest.mark.slow
def test_seeds_aliases_merge_spellings(seed_store):
    (row,) = rows_as_dicts(seed_store, "aliases", name="Zelensky")
    assert len(row["aliases"].split("; ")) >= 2


@pytest.mark.slow
def test_seeds_store_validates(seed_store):
    conforms, report = seed_store.validate()
    assert conforms, report


def test_syndication_threshold_in_the_query_is_the_one_in_kg_claims():
    from kg.resolve.claims import SKETCH_SIZE, SYNDICATION_THRESHOLD

    text = queries.load("syndicated-articles").text
    assert f"HAVING (COUNT(?slot) >= {int(SKETCH_SIZE * SYNDICATION_THRESHOLD)})" in text
    assert f"MAX(?shared) / {SKETCH_SIZE}" in text


@pytest.mark.parametrize("name", ["attributions", "withdrawals", "not-confirmed"])
def test_pages_put_together_are_the_whole_listing(store, name):
    # these page inside their query (the "# page" marker, articles bounded by
    # "# page bound"), the others get LIMIT/OFFSET at their end: either way
    # the pages, one after the other, are every row in the listing's order
    q = queries.load(name)
    cols, everything = queries.run(store, q, {})
    assert len(everything) >= 2
    size = 3 if len(everything) > 3 else 1
    pages = [queries.run(store, q, {}, limit=size, offset=start)[1]
             for start in range(0, len(everything) + size, size)]
    assert [r for page in pages for r in page] == everything
    assert pages[-1] == []


def test_entity_pages_follow_the_counts_and_are_sorted_by_name_inside(store):
    # entities page by their article count alone (sorting every name of a
    # large store costs more than the page): pages together are every
    # entity once, counts never rise from one page to the next, and each
    # page is in count-then-name order, as the whole listing is
    q = queries.load("entities")
    cols, everything = queries.run(store, q, {})
    assert len(everything) > 3
    key = lambda r: (-r[cols.index("articles")], r[cols.index("name")])  # noqa: E731
    assert everything == sorted(everything, key=key)
    pages = [queries.run(store, q, {}, limit=3, offset=start)[1] for start in range(0, len(everything) + 3, 3)]
    assert pages[-1] == [] and all(page == sorted(page, key=key) for page in pages)
    joined = [r for page in pages for r in page]
    assert sorted(joined) == sorted(everything) and len({r[0] for r in joined}) == len(joined)
    counts = [r[cols.index("articles")] for r in joined]
    assert counts == sorted(counts, reverse=True)


ORDERS = {"first-report": lambda c, r: (-r[c.index("reports")], r[c.index("claim_text")] or ""),
          "multi-outlet-claims": lambda c, r: (-r[c.index("outlet_count")], -r[c.index("reports")],
                                               r[c.index("claim")] or ""),
          "contested-claims": lambda c, r: (-r[c.index("support_reports")], r[c.index("claim_text")] or ""),
          # pages of actor-place pairs ("# paging: pairs")
          "who-asserted-withdrawals": lambda c, r: (-r[c.index("reports")], r[c.index("actor")], r[c.index("place")]),
          "conflicting-quantities": lambda c, r: tuple(r[c.index(k)] for k in ("subject", "predicate",
                                                                              "unit_code", "value")),
          "attribution-chains": lambda c, r: tuple(r[c.index(k)] or "" for k in (
              "claim_text", "claim", "date", "article", "cue", "speaker", "source_words"))}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_claim_pages_are_every_claim_once_each_page_in_the_listing_order(seed_store, name):
    # aggregate listings that page by canonical claims in the store's order
    # ("# paging: claims"): the pages together are every row, no claim is on
    # two pages, each page is sorted as the whole listing is, and `more`
    # says whether another page follows
    q = queries.load(name)
    assert queries.pages_groups(q)
    cols, everything, more = queries.run_page(seed_store, q, {}, limit=0)
    assert not more and everything
    key = lambda r: ORDERS[name](cols, r)  # noqa: E731
    assert everything == sorted(everything, key=key)
    pages, start, more, size = [], 0, True, max(1, len(everything) // 6)
    while more:
        _cols, page, more = queries.run_page(seed_store, q, {}, limit=size, offset=start)
        assert page == sorted(page, key=key) and (page or not more)
        pages.append(page)
        start += size
    # (lists in a cell, "a; b", may come in another order)
    def cells(r):
        return repr([sorted(c.split("; ")) if isinstance(c, str) else c for c in r])
    assert sorted(map(cells, (r for page in pages for r in page))) == sorted(map(cells, everything))
    group = ("actor", "place") if name == "who-asserted-withdrawals" else ("claim",)
    claims = [{tuple(r[cols.index(k)] for k in group) for r in page} - {(None,)} for page in pages]
    assert sum(len(c) for c in claims) == len(set().union(*claims))


def test_not_confirmed_and_withdrawals_in_date_article_and_text_order(store):
    for name, start in (("withdrawals", "evidence_start"), ("not-confirmed", "cue_start")):
        rows = rows_as_dicts(store, name)
        keys = [(r["date"] or "", r["article"], r[start]) for r in rows]
        assert keys == sorted(keys) and rows, name


def test_attributions_in_article_and_text_order(store):
    rows = rows_as_dicts(store, "attributions")
    keys = [(r["article"], r["cue_start"]) for r in rows]
    assert keys == sorted(keys) and len({r["article"] for r in rows}) == 2


def test_paged_text_is_sparql_with_the_limit_where_marked():
    text = queries.load("attributions").text
    assert queries.paged(text, None) == text
    inner = queries.paged(text, 10, 20)
    assert inner.count("LIMIT 10 OFFSET 20") == 1 and inner.count("LIMIT 30\n") == 1
    assert not any(line.strip() in ("# page", "# page bound") for line in inner.splitlines())
    assert inner.rstrip().endswith("?attribution")  # the outer query keeps its order, no second LIMIT
    with pytest.raises(QueryError):
        queries.paged(text, -1)
    # each branch of a UNION may page its own kind of group (attribution-chains:
    # canonical claims, and relayed reports no claim holds): every "# page" gets the page
    chains = queries.paged(queries.load("attribution-chains").text, 10, 20)
    assert chains.count("LIMIT 10 OFFSET 20") == 2 and chains.rstrip().endswith("?attribution")
    # and a "# page cap" (1,000 rows per group of the page) where it has one; every row: no cap
    assert chains.count("LIMIT 10000\n") == 2
    assert "LIMIT" not in queries.paged(queries.load("attribution-chains").text, 0)


def test_officials_of_two_articles_are_two_unnamed_sources(tmp_path):
    # "Officials said" in two articles: a source local to each (kg:UnnamedSource
    # in the article's graph), never one speaker the union graph counts once
    from graph_samples import span
    from kg.records import Attribution, Extraction, Mention

    def article(key, text, group):
        x = sample_extraction(key=key, path=f"corpus/{key[-1]}.txt")
        who = Mention(span(text, group), "Organisation", group[:1].upper() + group[1:])
        said = Attribution("claims", span(text, "said"), span(text, "the ferry would sail again on Friday"),
                           who.span, who)
        return Extraction(dataclasses.replace(x.article, text=text), (who,), (said,), ())

    texts = {"https://example.org/a1": ("Officials said the ferry would sail again on Friday.", "Officials"),
             "https://example.org/a2": ("Late on Monday officials said the ferry would sail again on Friday.",
                                        "officials"),
             "https://example.org/a3": ("Chilean investigators said the ferry would sail again on Friday.",
                                        "Chilean investigators")}
    with Store(str(tmp_path / "store")) as s:
        for key, (text, group) in texts.items():
            x = article(key, text, group)
            s.replace_article(key, x.article.content_hash, article_quads(x, Resolver(), "v", "m"), "v")
        rows = list(s.query(
            "SELECT (COUNT(DISTINCT ?who) AS ?n) (COUNT(DISTINCT ?label) AS ?labels) WHERE { "
            "?a kg:speaker ?who . ?who a kg:UnnamedSource ; skos:prefLabel ?label }"))
        assert (int(rows[0]["n"].value), int(rows[0]["labels"].value)) == (3, 2)
        affiliations = {r["place"].value for r in s.query(
            "SELECT ?place WHERE { ?who kg:affiliation/skos:prefLabel ?place }")}
        assert affiliations == {"Chile"}
        assert not list(s.query("SELECT ?e WHERE { ?e kg:labelKey ?k FILTER(CONTAINS(?k, 'oficial')) }"))
        conforms, report = s.validate()
        assert conforms, report
        for key in texts:
            s.remove_article(key)
        assert s.stats()["quads"] == 0


def test_entity_pages_are_every_entity_once(seed_store):
    # `entities` sorts each page by count then name, so a page is cut by
    # entities ("# paging: entities"): fetching one row more than the page
    # once repeated some entities on the next page and skipped others
    q = queries.load("entities")
    assert queries.paging_unit(q) == "entities"
    _cols, everything, _more = queries.run_page(seed_store, q, {}, limit=0)
    seen, start, more = [], 0, True
    while more:
        _cols, page, more = queries.run_page(seed_store, q, {}, limit=7, offset=start)
        seen += [r[0] for r in page]
        start += 7
    assert len(seen) == len(set(seen)) == len(everything) > 7


def test_attribution_chain_pages_are_the_claims_in_store_order(seed_store):
    # pages of canonical claims in the store's order (each page then sorted
    # by the claims' words): a page of 5 claims has every report of exactly
    # 5 claims
    cols, page = queries.run(seed_store, "attribution-chains", limit=5)
    _cols, everything = queries.run(seed_store, "attribution-chains")
    claims = {r[cols.index("claim")] for r in page}
    assert len(claims) == 5
    assert sorted(map(repr, page)) == sorted(repr(r) for r in everything if r[cols.index("claim")] in claims)
