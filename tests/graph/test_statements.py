"""Statements in any news (issue 16) on a real store: the outlet's own voice
kept apart from quoted claims, distances with who gives them, relayed
statements keeping their speakers, role assertions, and reports of one
statement by several outlets meeting on one claim."""

from __future__ import annotations

import json

import pytest

from kg.build.pipeline import build
from kg.graph import queries
from kg.graph.store import Store


def rows(store, query, **params):
    cols, data = queries.run(store, query, params)
    return [dict(zip(cols, r)) for r in data]


def ask(store, sparql: str) -> list:
    return list(store.query(sparql))


def test_how_far_is_kupiansk_from_kharkiv_and_according_to_whom(seed_store):
    got = rows(seed_store, "distances", place="Kupiansk", other="Kharkiv")
    figures = {r["km"]: r for r in got}
    assert set(figures) == {"104", "120"}
    assert figures["104"]["outlets"] == "Kyiv Independent" and figures["104"]["direction"] == "east"
    assert figures["120"]["outlets"] == "Radio Free Europe/Radio Liberty"
    assert figures["120"]["qualifier"] == "about" and figures["120"]["as_written"] == "about 120 kilometers"
    # both outlets say it in their own voice, nobody is quoted for it
    assert {r["stances"] for r in got} == {"states"}
    assert rows(seed_store, "distances", place="Kharkiv", other="Kupyansk")  # either way round, any spelling


def test_narration_is_stated_never_claimed_by_the_outlet(seed_store):
    narrations = ask(seed_store, """SELECT ?n ?rel ?speaker WHERE {
        ?n a kg:Narration ; kg:relation ?rel ; kg:speaker ?speaker }""")
    assert narrations and {r["rel"].value for r in narrations} == {"https://w3id.org/kg-news/ns#states"}
    # no outlet kg:claims anything its own article says without a source
    assert not ask(seed_store, """SELECT ?c WHERE {
        GRAPH ?g { ?art kg:outlet ?o . ?a kg:inArticle ?art ; kg:speaker ?o ; kg:relation kg:claims ;
                   kg:hasClaim ?c . FILTER NOT EXISTS { ?a kg:sourceSpan ?s } } }""")
    # and the narration is kept apart: never a supporter in claims-about
    kup = {r["claim_text"]: r for r in rows(seed_store, "claims-about", name="Kupiansk")}
    captured = kup["Armed Forces of Ukraine captured Kupyansk"]
    assert "Reuters" in captured["stated_by"] and "Reuters" not in captured["supporters"]


def test_tass_relayed_statements_keep_their_original_speakers(seed_store):
    chains = rows(seed_store, "attribution-chains")
    relayed = [r for r in chains if r["via"] == "TASS"]
    speakers = {r["speaker"] for r in relayed}
    assert {"Ministry of Defence of Russia", "Vitaly Ganchev", "The head of Russia’s administration in Kharkiv"} <= speakers
    assert "TASS" not in speakers
    head = next(r for r in relayed if r["speaker"].startswith("The head of"))
    assert head["relayed_in"] == "TASS" and head["cue"] == "told"  # listed without a proposition of its own


def test_who_speaks_for_the_defence_ministry(seed_store):
    got = rows(seed_store, "who-speaks-for", body="Defence Ministry")
    assert got[0]["person"] == "Igor Konashenkov" and got[0]["role"] == "spokesman"
    assert got[0]["articles"] == 2
    assert "Defense Ministry spokesman Igor Konashenkov" in got[0]["written"]
    # any run of whole words of any of its names, either spelling, is one
    # index lookup (kg:bodyKey) and gives the same rows
    for asked in ("Defense Ministry", "Ministry of Defence", "Russian Defence Ministry", "defence"):
        assert rows(seed_store, "who-speaks-for", body=asked) == got, asked
    # a word many bodies share finds them all, spokesmen first
    ministries = rows(seed_store, "who-speaks-for", body="Ministry")
    assert {r["person"] for r in ministries} >= {"Igor Konashenkov", "Oleh Nikolenko"}
    assert [r["role"] for r in ministries][:2] == ["spokesman", "spokesman"]


def test_role_assertions_carry_their_spans(seed_store):
    spans = ask(seed_store, """SELECT ?holder ?role ?body WHERE {
        ?r a kg:RoleAssertion ; kg:holderSpan/oa:hasSelector/oa:exact ?holder ;
           kg:roleSpan/oa:hasSelector/oa:exact ?role ; kg:bodySpan/oa:hasSelector/oa:exact ?body }""")
    triples = {(r["holder"].value, r["role"].value, r["body"].value) for r in spans}
    assert ("Andriy Yermak", "chief of staff", "Zelenskiy") in triples


def test_every_report_says_how_it_was_matched(seed_store):
    methods = ask(seed_store, """SELECT ?m (COUNT(DISTINCT ?occ) AS ?n) WHERE {
        ?occ kg:canonicalClaim ?c . OPTIONAL { ?occ kg:matchMethod ?m } } GROUP BY ?m""")
    got = {r["m"].value if r["m"] else None: int(r["n"].value) for r in methods}
    # propositions, statements matched on their words, short statements
    assert None not in got and len(got) == 3 and all(n > 10 for n in got.values())


_WIRE = ('Mayor Jane Roe said: "We will rebuild the harbour bridge before the winter storms arrive, '
         'whatever the cost to the city." The council meets on Friday. Councillor Tom Fry said '
         'Canada would not close the border with Alaska.\n')
_REPRINT = ("PORT ELLIS - Speaking to reporters on the quay, Mayor Jane Roe said: \u201cWe will rebuild the "
            "harbour bridge before the winter storms arrive \u2014 whatever the cost to the city.\u201d\n")


@pytest.mark.slow
def test_two_outlets_reporting_one_statement_meet_on_one_claim(tmp_path):
    for name, text, outlet in (("a", _WIRE, "Harbour Times"), ("b", _REPRINT, "Coast Courier")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"outlet": outlet, "published": "2023-03-15"}))
    with Store(str(tmp_path / "store")) as store:
        assert build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store).errors == []
        said = [r for r in rows(store, "claims-about", name="Jane Roe") if " says " in r["claim_text"]]
        (claim,) = said
        assert claim["reports"] == 2 and set(claim["outlets"].split("; ")) == {"Harbour Times", "Coast Courier"}
        assert claim["supporters"] == "Jane Roe"
        why = ask(store, """SELECT DISTINCT ?m WHERE { ?o kg:canonicalClaim ?c ; kg:matchMethod ?m ;
                                                      rdf:predicate kg:says }""")
        assert [r["m"].value for r in why] == ["statement words: same speaker, same smallest-hash content words (bottom-2 MinHash)"]
        assert rows(store, "multi-outlet-claims")
        (neg,) = ask(store, """SELECT ?frame ?mod WHERE { ?o kg:negated true ; kg:frame ?frame ;
                                                             kg:modality ?mod }""")
        assert neg["frame"].value.startswith("close") and neg["mod"].value == "would"
        conforms, report = store.validate()
        assert conforms, report


@pytest.mark.slow
def test_claims_about_answers_for_the_main_actors_of_real_news(tmp_path):
    """Wikinews (tests/data/realnews, 60 articles, CC BY 2.5): for each
    article's two most-named people and organisations, claims-about has rows."""
    from collections import Counter
    from pathlib import Path

    from conftest import ROOT

    from kg.build.pipeline import extract_paths
    from kg.resolve.entities import unnamed_group

    paths = sorted(str(p) for p in (ROOT / "tests" / "data" / "realnews").glob("wn_*.txt"))
    with Store(str(tmp_path / "store")) as store:
        assert build(paths, store).errors == []
        asked = answered = dev_asked = 0
        dev_missed = []
        for x in extract_paths(paths):
            # unnamed groups ("Officials", "Police") are sources of one article,
            # no entity to look up (kg:UnnamedSource): not main actors
            named = Counter(m.name for m in x.mentions if m.type in ("Person", "Organisation")
                            and not unnamed_group(m.name))
            for name, _ in named.most_common(2):
                asked += 1
                answered += bool(rows(store, "claims-about", name=name))
            # dev articles (file numbers not divisible by 3): every named
            # person and organisation the body names, once or more
            if int(Path(x.article.path).name[3:6]) % 3:
                for name in named:
                    dev_asked += 1
                    if not rows(store, "claims-about", name=name):
                        dev_missed.append(name)
        # measured 115 of 120 (92 when only a proposition's subject or object
        # counted, every subject had to be named and participles and
        # noun-phrase claims were not read; 0 when claims needed one of the
        # war predicates)
        # 114 since unnamed groups are no entities (issue 14): an article
        # whose "Officials" were a top-two actor (and answered, as one
        # pseudo-entity of every article) now asks a named one without claims
        # 117 since a statement also names its speaker's body ("X of Y said")
        # and its addressee ("X told Y, ...")
        # 118 since a body's name the recogniser cut before its head is
        # joined ("<Place> Highway" + "Patrol") and "P1, X said, P2" keeps
        # P2 hung on the cue; the two left are in test-split articles
        # 119 since a statement names the words of its sentence, short
        # statements are claims, resolved descriptions are label keys and the
        # outlet's subordinate, adjective and prepositional clauses are read
        # (measured on dev articles only: every named actor, not two)
        # 120 since a narration sentence naming an entity without a
        # proposition is still the outlet's statement (kg:states) and a report
        # whose words name an entity answers for it; on dev articles every
        # named person and organisation is answered (441 of 441; 426 before)
        assert asked == 120 and answered >= 120, (answered, asked)
        assert dev_asked >= 400 and dev_missed == [], (len(dev_missed), dev_asked)


@pytest.mark.slow
def test_a_claim_is_found_from_every_entity_its_words_name(tmp_path):
    text = ("Harbour police said on Monday that volunteers of the Red Lantern Society had stopped "
            "Mark Vale near the Vesta Arena. A military court sentenced Paul Ostrow in Dunmore.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Harbour Times", "published": "2023-03-15"}))
    with Store(str(tmp_path / "store")) as store:
        assert build([str(tmp_path / "a.txt")], store).errors == []
        # an entity named in the clause, neither subject nor object: "named"
        arena = {r["claim_text"]: r for r in rows(store, "claims-about", name="Vesta Arena")}
        stop = next(r for t, r in arena.items() if " stop Mark Vale" in t)
        assert stop["entity_is"] == "named"
        # the subject names no entity: its words stand for it, the object keys the claim
        (court,) = [r for r in rows(store, "claims-about", name="Paul Ostrow") if "sentence" in r["claim_text"]]
        assert court["claim_text"] == "military court sentence Paul Ostrow"
        assert court["entity_is"] == "object" and court["stated_by"] == "Harbour Times"
        assert [r["entity_is"] for r in rows(store, "claims-about", name="Dunmore")
                if r["claim"] == court["claim"]] == ["named"]
        words = ask(store, """SELECT ?w WHERE { ?o kg:subjectWordsSpan/oa:hasSelector/oa:exact ?w }""")
        assert {r["w"].value for r in words} == {"military court", "volunteers of the Red Lantern Society"}
        # the statement itself, "Harbour police says <words>", names the arena too
        assert any(t.startswith("Harbour police says volunteers") for t in arena)
        conforms, report = store.validate()
        assert conforms, report


@pytest.mark.slow
def test_a_statement_names_the_body_of_its_speaker_and_its_addressee(tmp_path):
    """"said Professor X of Y": the statement names the body Y; "X told Y,
    ...": it names the addressee Y; claims-about finds both."""
    text = ('"The river has never been this low," said Professor Lena Dorn of the University of Kestria.\n\n'
            'Farmer Tomas Reyes told the Harbour Gazette, "We have lost half of the harvest."\n')
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Valley Post", "published": "2023-08-02"}))
    with Store(str(tmp_path / "store")) as store:
        assert build([str(tmp_path / "a.txt")], store).errors == []
        (uni,) = rows(store, "claims-about", name="University of Kestria")
        assert (uni["entity_is"], uni["supporters"]) == ("named", "Lena Dorn")
        # its proposition, and the statement itself (too short to match
        # across articles: a claim of this article)
        paper, said = sorted(rows(store, "claims-about", name="Harbour Gazette"), key=lambda r: r["claim_text"])
        assert (paper["entity_is"], paper["supporters"]) == ("named", "Tomas Reyes")
        assert paper["claim_text"] == "Tomas Reyes lose half"
        assert (said["entity_is"], said["claim_text"]) == ("named", "Tomas Reyes says We have lost half of the harvest")


@pytest.mark.slow
def test_a_narration_sentence_without_a_proposition_is_the_outlets_statement(tmp_path):
    """A sentence of the outlet's own voice that names an entity but yields
    no proposition is still the outlet's statement (kg:states, its words and
    span), so claims-about answers for what it names; a sentence reporting a
    statement is not narration, and nothing is claimed by the outlet."""
    text = ("The creditor Orvik Savings Bank is state-owned as well.\n\n"
            "Under the former mayor Hanna Lindqvist, the harbour was a fishing port.\n\n"
            'Farmer Tomas Reyes told the Harbour Gazette, "We have lost half of the harvest."\n')
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Valley Post", "published": "2023-08-02"}))
    with Store(str(tmp_path / "store")) as store:
        assert build([str(tmp_path / "a.txt")], store).errors == []
        (bank,) = rows(store, "claims-about", name="Orvik Savings Bank")
        assert bank["claim_text"] == "Valley Post states The creditor Orvik Savings Bank is state-owned as well."
        assert (bank["stated_by"], bank["supporters"], bank["entity_is"]) == ("Valley Post", "", "named")
        (mayor,) = rows(store, "claims-about", name="Hanna Lindqvist")
        assert mayor["stated_by"] == "Valley Post" and "former mayor Hanna Lindqvist" in mayor["claim_text"]
        # the addressee is named by Reyes's statement, not stated by the outlet
        paper = rows(store, "claims-about", name="Harbour Gazette")
        assert paper and {r["stated_by"] for r in paper} == {""}
        spans = ask(store, """SELECT ?w ?start WHERE { ?n a kg:Narration ; kg:relation kg:states ;
            kg:contentSpan/oa:hasSelector ?q . ?q oa:exact ?w .
            ?n kg:contentSpan/oa:hasSelector/oa:start ?start }""")
        assert {r["w"].value for r in spans} == {"The creditor Orvik Savings Bank is state-owned as well.",
                                                  "Under the former mayor Hanna Lindqvist, the harbour was a fishing port."}
        assert {int(r["start"].value) for r in spans} == {0, text.index("Under")}
        assert ask(store, "SELECT ?c WHERE { ?art kg:outlet ?o . ?o kg:claims ?c }") == []
        assert {r["speaker"] for r in rows(store, "attributions")} == {"Tomas Reyes"}
        conforms, report = store.validate()
        assert conforms, report


@pytest.mark.slow
def test_a_statement_names_the_words_of_its_sentence_and_short_ones_are_claims(tmp_path):
    """The sentence reporting a statement names its setting ("Speaking to
    X, ...", "In an interview with X", ", according to the X report"); a
    statement too short to match across articles is still a claim of its
    speaker; a description the gazetteer resolves ("the Norwegian
    government") finds its entity."""
    text = ('Speaking to the Harbour Gazette, the chairman of the Kestria Farmers Union, Tomas Reyes, said, '
            '"We have lost half of the harvest and the river is still falling."\n\n'
            'The Vesta Water Board was rationing supplies, according to the Valley Courier report.\n\n'
            'Inspector Karl Brenner said 40 were hurt.\n\n'
            'The Norwegian government said it would send water pumps to the valley next week.\n')
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Valley Post", "published": "2023-08-02"}))
    with Store(str(tmp_path / "store")) as store:
        assert build([str(tmp_path / "a.txt")], store).errors == []
        for name in ("Harbour Gazette", "Kestria Farmers Union"):
            got = rows(store, "claims-about", name=name)
            assert any(r["supporters"] == "Tomas Reyes" and r["entity_is"] == "named" for r in got), (name, got)
        (short,) = [r for r in rows(store, "claims-about", name="Karl Brenner") if r["entity_is"] == "subject"]
        assert short["supporters"] == "Karl Brenner" and "40 were hurt" in short["claim_text"]
        method = ask(store, """SELECT ?m WHERE {
            ?o kg:matchMethod ?m ; kg:evidenceSpan/oa:hasSelector/oa:exact "40 were hurt" }""")
        assert [r["m"].value for r in method] == ["statement words: a short statement, keyed on its speaker, "
                                                  "all its words and its article (never merged)"]
        assert rows(store, "claims-about", name="Norwegian government")
        conforms, report = store.validate()
        assert conforms, report
