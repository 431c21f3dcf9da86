"""Propositions read from content spans: hand-written sentences (no seed
names) through the real model and the real extraction stage."""

from __future__ import annotations

import hashlib

import pytest

from kg.extract.extraction import extract
from kg.records import Article, Meta
from kg.resolve.claims import claim_key
from kg.resolve.entities import Resolver


@pytest.fixture(scope="module")
def read(nlp):
    def run(text: str, published: str | None = "2023-03-15"):
        art = Article("t.txt", "t.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                      Meta(outlet="Daily", published=published))
        x = extract(art, nlp(text))
        for p in x.propositions:  # offsets index the article text
            assert text[p.cue.start:p.cue.end] == p.cue.text
            assert text[p.subject_span.start:p.subject_span.end] == p.subject_span.text
        return x
    return run


def test_possessive_force_and_said_date(read):
    x = read("Iraq's defense ministry said on Monday that its troops had entered the city of Mosul.")
    (p,) = x.propositions
    assert (p.predicate, p.subject.name, p.object.name) == ("entered", "Iraqi forces", "Mosul")
    assert p.attribution.relation == "claims" and p.said.date == "2023-03-13"
    assert any("speaker's side" in why for why in p.why)


def test_not_confirmed_gerund_attaches_to_the_nearest_town(read):
    x = read("Fighting continued near Aleppo on Sunday. The Syrian army has not confirmed entering the town.")
    (p,) = x.propositions
    assert p.attribution.relation == "not_confirmed"
    assert (p.predicate, p.object.name) == ("entered", "Aleppo")
    assert "nearest earlier place" in p.why[1]


def test_area_is_a_quantity_and_the_conversion_is_ignored(read):
    x = read("The Syrian Defense Ministry said its forces had liberated about 1,200 square "
             "kilometers (463 square miles) of territory.")
    (p,) = x.propositions
    assert p.predicate == "liberatedArea" and p.object is None
    assert (p.quantity.value, p.quantity.unit, p.quantity.qualifier) == (1200.0, "KiloM2", "about")
    assert p.quantity.span.text == "about 1,200 square kilometers"


def test_casualties_count_with_their_place(read):
    x = read("Governor Talal Barazi said three people were killed and 12 were injured in the shelling of Homs.")
    got = {(p.predicate, p.subject.name, p.quantity.value) for p in x.propositions}
    assert ("killed", "Homs", 3.0) in got and ("injured", "Homs", 12.0) in got


def test_goals_and_negations_are_not_claims(read):
    x = read("Defense Minister Ali Hassan said the goal of the army was to capture Raqqa. "
             "Ali Hassan said the army did not enter Raqqa.")
    assert x.propositions == ()


def test_claim_and_confirmation_share_one_key(read):
    x = read("The Iraqi military said troops had captured Tikrit, and the Pentagon confirmed "
             "that Iraqi forces had taken Tikrit.")
    r = Resolver()
    keys = {(p.attribution.relation, claim_key(p, r)) for p in x.propositions}
    assert {rel for rel, _ in keys} == {"claims", "confirms"}
    assert len({k for _, k in keys}) == 1


def test_a_failure_in_propositions_keeps_the_article_and_says_so(nlp, monkeypatch, caplog):
    import kg.extract.propositions as props

    text = "Iraq's defense ministry said on Monday that its troops had entered the city of Mosul."
    art = Article("broken.txt", "broken.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                  Meta(outlet="Daily", published="2023-03-15"))

    def boom(*_args):
        raise ValueError("unexpected parse")

    monkeypatch.setattr(props, "propositions", boom)
    with caplog.at_level("WARNING", logger="kg.extract.propositions"):
        x = extract(art, nlp(text))
    assert x.attributions and x.propositions == ()
    assert any("broken.txt: W201 propositions skipped (ValueError: unexpected parse)" in r.getMessage()
               for r in caplog.records)
