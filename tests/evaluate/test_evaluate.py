"""The scorer: matching rules on hand-built records, and the scores the
extraction reaches on the seeds gold (asserted, so a regression fails)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.evaluate.scoring import PRF, evaluate_files, locate, score
from kg.records import Article, Attribution, Extraction, Mention, Span, Withdrawal

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold_seeds.json"

TEXT = "Amnesty said the camp was closed. Peter Hansen said the road was open. Rebels left Velmar."


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def mention(part: str, type_: str = "Organisation", name: str | None = None) -> Mention:
    return Mention(span(TEXT, part), type_, name or part)


GOLD_DICT = {
    "documents": {"doc.txt": {"outlet": "Wire"}},
    "entities": [
        {"id": "amnesty", "type": "Organisation", "name": "Amnesty International", "aliases": ["Amnesty"]},
        {"id": "hansen", "type": "Person", "name": "Peter Hansen", "aliases": ["Peter Hansen", "Hansen"]},
        {"id": "rebels", "type": "Organisation", "name": "Rebels", "aliases": ["Rebels"]},
        {"id": "velmar", "type": "Place", "name": "Velmar", "aliases": ["Velmar"]},
        {"id": "wire", "type": "Organisation", "name": "Wire", "aliases": ["Wire"]},
    ],
    "attributions": [
        {"id": "g1", "doc": "doc.txt", "speaker": "amnesty", "relation": "claims", "cue": "said",
         "evidence": "Amnesty said the camp was closed", "core": True},
        {"id": "g2", "doc": "doc.txt", "speaker": "hansen", "relation": "claims", "cue": "said",
         "evidence": "Peter Hansen said the road was open", "core": False},
    ],
    "withdrawals": [
        {"id": "w1", "doc": "doc.txt", "actor": "rebels", "place": "velmar", "asserted_by": "wire",
         "evidence": "Rebels left Velmar"},
    ],
}


def extraction(attributions, withdrawals=()) -> Extraction:
    article = Article(path="some/dir/doc.txt", key="doc", text=TEXT, content_hash="x")
    mentions = (mention("Amnesty"), mention("Peter Hansen", "Person"), mention("Velmar", "Place"))
    return Extraction(article, mentions, tuple(attributions), tuple(withdrawals))


def said(speaker: Mention, content: str, relation: str = "claims", nth: int = 0) -> Attribution:
    cue_at = [i for i in range(len(TEXT)) if TEXT.startswith("said", i)][nth]
    return Attribution(relation, Span(cue_at, cue_at + 4, "said"), span(TEXT, content), speaker.span, speaker)


def test_locate_normalises_quotes_and_whitespace():
    assert locate("a  ‘b’\u00a0c", "a 'b' c") == [(0, 8)]
    assert locate("x y x y", "x y") == [(0, 3), (4, 7)]


def test_exact_matches_count_and_core_leaves_out_non_core_matches():
    amnesty, hansen = mention("Amnesty"), mention("Peter Hansen", "Person")
    x = extraction([said(amnesty, "the camp was closed"), said(hansen, "the road was open", nth=1)])
    s = score(GOLD_DICT, [x])
    assert s.attributions == PRF(2, 0, 0)
    assert s.core == PRF(1, 0, 0)  # g2 is not core: its match is left out
    assert s.relation.value == 1.0 and s.speaker.value == 1.0
    assert s.spans["cue exact"].tp == 2


def test_wrong_relation_and_wrong_speaker_do_not_match():
    amnesty, hansen = mention("Amnesty"), mention("Peter Hansen", "Person")
    wrong_speaker = said(hansen, "the road was open", nth=1)
    wrong_speaker = Attribution("claims", wrong_speaker.cue, wrong_speaker.content, hansen.span, amnesty)
    x = extraction([said(amnesty, "the camp was closed", relation="denies"), wrong_speaker])
    s = score(GOLD_DICT, [x])
    assert s.attributions == PRF(0, 2, 2)
    assert s.core == PRF(0, 2, 1)  # unmatched system records are false positives in core too
    assert s.relation.hit == 0 and s.relation.total == 1  # matched ignoring relation: g1 only
    assert s.speaker.total == 2 and s.speaker.hit == 1
    assert set(s.misses) == {"g1", "g2", "w1"}


def test_a_key_that_skips_unnamed_sources_leaves_their_records_out():
    text = "Witnesses said the camp was closed. Officials said the road was open. Rebels left Velmar."
    article = Article(path="some/dir/doc.txt", key="doc", text=text, content_hash="x")

    def rec(source: str, content: str) -> Attribution:
        cue = text.index("said", text.index(source))
        m = Mention(Span(text.index(source), text.index(source) + len(source), source), "Organisation", source)
        return Attribution("claims", Span(cue, cue + 4, "said"), Span(text.index(content), text.index(content)
                                                                      + len(content), content), m.span, m)

    x = Extraction(article, (), (rec("Witnesses", "the camp was closed"), rec("Officials", "the road was open")), ())
    gold = {**GOLD_DICT, "attributions": [], "withdrawals": []}
    counted = score(gold, [x])  # the realnews key: describable sources are speakers, so these count
    assert counted.attributions == PRF(0, 2, 0) and counted.details["unnamed_left_out"] == 0
    skipped = score({**gold, "unnamed_sources": "skipped"}, [x])  # the seeds' key skips them
    assert skipped.attributions == PRF(0, 0, 0) and skipped.core == PRF(0, 0, 0)
    assert skipped.details["unnamed_left_out"] == 2 and not skipped.false_positives
    # a named speaker's unmatched record is a false positive under either key
    named = score({**gold, "unnamed_sources": "skipped"}, [extraction([said(mention("Amnesty"), "the camp was closed")])])
    assert named.attributions == PRF(0, 1, 0)


def test_withdrawal_matches_on_actor_and_place_and_outlet_voice():
    rebels = Mention(span(TEXT, "Rebels"), "Organisation", "Rebels")
    velmar = mention("Velmar", "Place")
    w = Withdrawal(rebels, velmar, None, span(TEXT, "Rebels left Velmar"), span(TEXT, "left"))
    s = score(GOLD_DICT, [extraction([], [w])])
    assert s.withdrawals == PRF(1, 0, 0)
    assert s.asserted_by.value == 1.0  # None = the outlet (Wire) speaking


def test_a_missed_withdrawal_without_an_id_is_named_not_a_crash():
    gold = {**GOLD_DICT, "withdrawals": [{k: v for k, v in GOLD_DICT["withdrawals"][0].items() if k != "id"}]}
    s = score(gold, [extraction([])])
    assert s.withdrawals == PRF(0, 0, 1)
    assert "doc.txt:rebels->velmar" in s.misses


def test_eval_help_states_the_matching_rules():
    from kg.cli import app

    out = CliRunner().invoke(app, ["eval", "--help"], terminal_width=120).output
    for words in ("Matching rules", "evidence", "aliases", "one-to-one", "core", "withdrawals", "split/merge"):
        assert words.lower() in out.lower()


@pytest.fixture(scope="module")
def seed_scores():
    return evaluate_files(GOLD, ROOT / "seeds")


@pytest.mark.slow
def test_seed_scores_meet_the_targets(seed_scores):
    s = seed_scores
    # issue targets: core F1 >= 0.85, all >= 0.80, relation >= 0.95, withdrawals >= 0.90;
    # asserted at the level reached, so a regression fails
    assert s.core.f1 >= 0.955, s.core  # measured 0.968 (all 0.967) after the heldout2 round
    assert s.attributions.f1 >= 0.955, s.attributions
    assert s.relation.value >= 0.99, s.relation
    assert s.speaker.value >= 0.95, s.speaker
    assert s.withdrawals.f1 >= 0.95, s.withdrawals
    assert s.asserted_by.value >= 0.95, s.asserted_by
    assert s.spans["content in evidence"].f1 >= 0.95
    assert s.spans["cue exact"].f1 >= 0.90


def test_exact_span_ignores_edge_marks_and_joins_split_quotes():
    from kg.evaluate.scoring import exact_span

    assert exact_span('We will not leave," she said, "until it is counted.', "We will not leave ... until it is counted.")
    assert exact_span("“the cuts were needed,”", "the cuts were needed")
    assert not exact_span("Peter Hansen", "Peter Hansen, the spokesman")


def test_span_scores_against_written_source_and_content_spans():
    gold = {**GOLD_DICT, "attributions": [
        {**GOLD_DICT["attributions"][0], "source_span": "Amnesty", "content_span": "the camp was closed"},
        {**GOLD_DICT["attributions"][1], "source_span": "Peter Hansen", "content_span": "the road was open"},
    ]}
    amnesty, hansen = mention("Amnesty"), mention("Peter Hansen", "Person")
    wide = Attribution("claims", said(hansen, "the road", nth=1).cue, span(TEXT, "the road"), span(TEXT, "Hansen"), hansen)
    s = score(gold, [extraction([said(amnesty, "the camp was closed"), wide])])
    assert s.spans["source exact"] == PRF(1, 1, 1)  # "Hansen" is not the whole "Peter Hansen"
    assert s.spans["source overlap"] == PRF(2, 0, 0)
    assert s.spans["content exact"] == PRF(1, 1, 1)
    assert s.spans["content overlap"].tp == 2
    assert s.spans["cue exact"].tp == 2


def test_entity_precision_counts_spurious_wrong_type_and_wrong_place_links():
    from kg.evaluate.entities import entity_scores
    from kg.records import Entity

    text = "Amnesty said Velmar was calm. Hansen said Wall Street fell."
    gold = {"entities": [
        {"id": "amnesty", "type": "Organisation", "name": "Amnesty", "aliases": ["Amnesty"]},
        {"id": "velmar", "type": "Place", "name": "Velmar", "aliases": ["Velmar"]},
        {"id": "hansen", "type": "Person", "name": "Hansen", "aliases": ["Hansen"]},
    ]}

    def pair(part, type_, name=None, same_as=()):
        m = Mention(Span(text.index(part), text.index(part) + len(part), part), type_, part)
        return ("d.txt", m, Entity(f"{type_.lower()}/{part}", type_, name or part, (part,), same_as))

    pairs = [pair("Amnesty", "Organisation"), pair("Velmar", "Place", "Velmar", ("gn:1",)),
             pair("Hansen", "Place", "Hansen", ("gn:2",)), pair("Wall", "Place", "Waal", ("gn:3",))]
    s = entity_scores(gold, pairs, {"d.txt": text})
    assert s["entities_right"] == 2 and s["system_entities"] == 4
    assert [w[1] for w in s["wrong_type"]] == ["Hansen"]
    assert [w[1] for w in s["spurious_entities"]] == ["Waal"]
    assert s["place_links"] == 3 and sorted(w[1] for w in s["wrong_links"]) == ["Hansen", "Waal"]


def test_a_speaker_and_an_entity_match_the_key_by_the_resolver_key_of_its_name_too():
    from kg.resolve import Resolver

    text = "Peru's Statistics Office said the census was late."
    article = Article(path="d/doc.txt", key="doc", text=text, content_hash="x")
    office = Mention(Span(0, 24, text[:24]), "Organisation", text[:24])
    said_at = text.index("said")
    rec = Attribution("claims", Span(said_at, said_at + 4, "said"), span_of(text, "the census was late"), office.span, office)
    gold = {"documents": {"doc.txt": {}},
            "entities": [{"id": "office", "type": "Organisation", "name": "Statistics Office (Peru)",
                          "aliases": ["Statistics Office"]},
                         {"id": "peru", "type": "Place", "name": "Peru", "aliases": ["Peru"]}],
            "attributions": [{"id": "g1", "doc": "doc.txt", "speaker": "office", "relation": "claims", "cue": "said",
                              "evidence": "Peru's Statistics Office said the census was late", "core": True}],
            "withdrawals": []}
    x = Extraction(article, (office,), (rec,), ())
    without = score(gold, [x])
    assert without.core == PRF(0, 1, 1)  # no alias is written so
    with_keys = score(gold, [x], Resolver())
    assert with_keys.core == PRF(1, 0, 0) and with_keys.entity_precision.value == 1.0  # the key's name has its key


def test_a_country_the_key_names_as_speaker_is_matched_by_its_government():
    """The keys' guideline: "a system that names the government matches"
    a country named as the one who states something, also where the key
    lists no government name among the country's aliases."""
    from kg.resolve import Resolver

    text = "The Peruvian government said the census was late."
    article = Article(path="d/doc.txt", key="doc", text=text, content_hash="x")
    gov = Mention(span_of(text, "The Peruvian government"), "Organisation", "Government of Peru")
    said_at = text.index("said")
    rec = Attribution("claims", Span(said_at, said_at + 4, "said"), span_of(text, "the census was late"), gov.span, gov)

    def key(country: str) -> dict:
        return {"documents": {"doc.txt": {}},
                "entities": [{"id": "c", "type": "Place", "name": country, "aliases": [country]}],
                "attributions": [{"id": "g1", "doc": "doc.txt", "speaker": "c", "relation": "claims", "cue": "said",
                                  "evidence": "government said the census was late", "core": True}],
                "withdrawals": []}

    x = Extraction(article, (gov,), (rec,), ())
    assert score(key("Peru"), [x]).core == PRF(0, 1, 1)  # no alias is written so
    assert score(key("Peru"), [x], Resolver()).core == PRF(1, 0, 0)
    assert score(key("Chile"), [x], Resolver()).core == PRF(0, 1, 1)  # another country's government


def test_a_countrys_government_is_a_right_entity_where_the_key_names_the_country():
    from kg.resolve import Resolver

    text = "Peru said the census was late."
    article = Article(path="d/doc.txt", key="doc", text=text, content_hash="x")
    gov = Mention(span_of(text, "Peru"), "Organisation", "Government of Peru")  # the country as actor

    def key(country: str) -> dict:
        return {"documents": {"doc.txt": {}},
                "entities": [{"id": "c", "type": "Place", "name": country, "aliases": [country, "Peru"]}],
                "attributions": [], "withdrawals": []}

    x = Extraction(article, (gov,), (), ())
    assert score(key("Peru"), [x], Resolver()).entity_precision.value == 1.0
    assert score(key("Chile"), [x], Resolver()).entity_precision.value == 0.0  # another country's: a wrong type


def test_a_government_named_by_other_words_is_right_where_the_key_lists_its_country_in_the_article():
    """"Peruvian officials said P" in an article that names Peru: the
    government's entity is right (the key folds the government into the
    country); where the article does not name the country, it is spurious."""
    from kg.resolve import Resolver

    def scored(text: str) -> float:
        article = Article(path="d/doc.txt", key="doc", text=text, content_hash="x")
        gov = Mention(span_of(text, "Peruvian officials"), "Organisation", "Government of Peru")
        key = {"documents": {"doc.txt": {}},
               "entities": [{"id": "peru", "type": "Place", "name": "Peru", "aliases": ["Peru"]}],
               "attributions": [], "withdrawals": []}
        return score(key, [Extraction(article, (gov,), (), ())], Resolver()).entity_precision.value

    assert scored("Peruvian officials said the census in Peru was late.") == 1.0
    assert scored("Peruvian officials said the census was late.") == 0.0


@pytest.mark.parametrize("written, matches", [("His associates", True), ("The associates", True),
                                               ("Her lawyers", False)])
def test_a_speaker_phrase_matches_the_keys_alias_past_its_determiner(written, matches):
    text = f"{written} said the poison was found."
    article = Article(path="d/doc.txt", key="doc", text=text, content_hash="x")
    group = Mention(span_of(text, written), "Organisation", written)
    said_at = text.index("said")
    rec = Attribution("claims", Span(said_at, said_at + 4, "said"), span_of(text, "the poison was found"),
                      group.span, group)
    gold = {"documents": {"doc.txt": {}},
            "entities": [{"id": "unnamed-associates", "type": "Organisation", "name": "(placeholder) associates",
                          "aliases": ["associates"]}],
            "attributions": [{"id": "g1", "doc": "doc.txt", "speaker": "unnamed-associates", "relation": "claims",
                              "cue": "said", "evidence": "said the poison was found", "core": True}],
            "withdrawals": []}
    x = Extraction(article, (group,), (rec,), ())
    assert score(gold, [x]).core == (PRF(1, 0, 0) if matches else PRF(0, 1, 1))


@pytest.mark.parametrize("written, matches", [("Hospital officials in Lorton", True), ("Officials", True),
                                               ("Witnesses in Lorton", False)])
def test_an_unnamed_source_matches_a_placeholder_of_the_same_description(written, matches):
    """A placeholder ("unnamed-...") is a description: a system's unnamed
    source with the same head noun on the same statement is that source."""
    text = f"{written} said the patient had no poison in his blood."
    article = Article(path="d/doc.txt", key="doc", text=text, content_hash="x")
    group = Mention(span_of(text, written), "Organisation", written)
    said_at = text.index("said")
    rec = Attribution("claims", Span(said_at, said_at + 4, "said"),
                      span_of(text, "the patient had no poison in his blood"), group.span, group)
    gold = {"documents": {"doc.txt": {}},
            "entities": [{"id": "unnamed-hospital-officials", "type": "Organisation",
                          "name": "(placeholder) officials of the hospital", "aliases": ["Hospital officials"]}],
            "attributions": [{"id": "g1", "doc": "doc.txt", "speaker": "unnamed-hospital-officials",
                              "relation": "claims", "cue": "said",
                              "evidence": "said the patient had no poison in his blood", "core": True}],
            "withdrawals": []}
    x = Extraction(article, (group,), (rec,), ())
    assert score(gold, [x]).core == (PRF(1, 0, 0) if matches else PRF(0, 1, 1))


def span_of(text: str, part: str) -> Span:
    return Span(text.index(part), text.index(part) + len(part), part)


def test_doc_split_by_field_else_file_number():
    from kg.evaluate import doc_split

    gold = {"documents": {"a_004.txt": {"split": "test"}}}
    assert doc_split(gold, "a_004.txt") == "test"
    assert [doc_split(gold, f"wn_{n:03d}_x.txt") for n in (1, 3, 5, 60)] == ["dev", "test", "dev", "test"]
