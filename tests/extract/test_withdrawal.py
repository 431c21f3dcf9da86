"""Withdrawal rules on hand-written sentences, parsed by the real model
(places and forces invented for the tests or far from the seed articles)."""

from __future__ import annotations

import pytest

from kg.extract.coref import demonym
from kg.extract.extraction import extract
from kg.records import Article

pytestmark = pytest.mark.model


def run(nlp, text: str):
    article = Article(path="w.txt", key="w", text=text, content_hash="x")
    return extract(article, nlp(text))


def pairs(extraction):
    return {(w.actor.name, w.place.name) for w in extraction.withdrawals}


def test_subject_withdraws_from_coordinated_places(nlp):
    x = run(nlp, "Syrian troops withdrew from Aleppo and Homs on Sunday.")
    assert pairs(x) == {("Syrian troops", "Aleppo"), ("Syrian troops", "Homs")}
    assert all(w.asserted_by is None for w in x.withdrawals)  # the outlet's own narration


def test_possessive_pronoun_force_is_the_country_force_and_speaker_asserts(nlp):
    x = run(nlp, "The Iraqi Defense Ministry said its forces had pulled back from Mosul.")
    (w,) = x.withdrawals
    assert w.place.name == "Mosul"
    assert w.actor.name == "Iraqi forces"
    assert w.asserted_by is not None and "Defense Ministry" in w.asserted_by.name
    assert w.cue.text == "pulled"


def test_nominal_retreat_with_both_and_city_of(nlp):
    x = run(nlp, "The Iraqi Defense Ministry acknowledged the retreat of its units "
                 "from both Tikrit and the city of Samarra.")
    # the place as written (the entity layer may name "the city of X" "X city")
    assert {w.place.span.text for w in x.withdrawals} == {"Tikrit", "Samarra"}
    assert {a for a, _ in pairs(x)} == {"Iraqi forces"}


def test_area_phrase_gives_each_named_place(nlp):
    x = run(nlp, "Syrian troops will be regrouped out of the Aleppo and Homs areas toward Latakia.")
    assert {p for _, p in pairs(x)} == {"Aleppo", "Homs"}


def test_abandoned_place_object(nlp):
    x = run(nlp, "Syrian forces abandoned Palmyra on Tuesday.")
    assert pairs(x) == {("Syrian forces", "Palmyra")}


def test_negated_withdrawal_is_not_recorded(nlp):
    x = run(nlp, "Syrian troops did not withdraw from Aleppo.")
    assert x.withdrawals == ()


def test_denied_withdrawal_is_not_recorded(nlp):
    x = run(nlp, "The Iraqi Defense Ministry denied that its forces had withdrawn from Mosul.")
    assert x.withdrawals == ()


def test_one_record_per_actor_and_place_attributed_wins(nlp):
    text = ("Syrian troops withdrew from Aleppo on Sunday.\n"
            "The Syrian Defense Ministry said Syrian troops had withdrawn from Aleppo.")
    x = run(nlp, text)
    (w,) = x.withdrawals
    assert w.asserted_by is not None


def test_residents_leaving_is_not_a_force_withdrawal(nlp):
    x = run(nlp, "Residents fled from Aleppo as the shelling grew.")
    assert x.withdrawals == ()


def test_demonym_morphology():
    assert [demonym(c) for c in ("Syria", "Iraq", "Chile", "Ukraine", "Canada")] == \
        ["Syrian", "Iraqi", "Chilean", "Ukrainian", "Canadian"]


def test_peacekeepers_are_a_force_that_withdraws(nlp):
    x = run(nlp, "The remaining UN peacekeepers withdrew from the eastern town of Bunia last year.")
    assert pairs(x) == {("UN peacekeepers", "Bunia")}


def test_demonym_troops_of_any_country_are_its_armed_forces(nlp):
    from kg.resolve.entities import Resolver

    x = run(nlp, "Chadian troops withdrew from the town of Mongo on Sunday.")
    assert [Resolver().entity(w.actor).name for w in x.withdrawals] == ["Armed Forces of Chad"]


@pytest.mark.parametrize("text", [
    "Talks\n\nThe kidnappers said they would kill the hostages unless Norland withdraws its troops from Sirte.\n",
    "Talks\n\nThe protesters demanded the withdrawal of Vorland troops from Tartus.\n",
    "Talks\n\nThe party called for the withdrawal of Vorland forces from Timbuktu.\n",
])
def test_a_withdrawal_demanded_or_set_as_a_condition_is_none(nlp, text):
    # a demand, a threat's condition: no force has pulled out
    assert not run(nlp, text).withdrawals


def test_forced_to_withdraw_is_the_forced_force_s_withdrawal(nlp):
    x = run(nlp, "Talks\n\nRebels forced Vorland troops to withdraw from Sirte.\n")
    assert [(w.actor.name, w.place.name) for w in x.withdrawals] == [("Vorland troops", "Sirte")]


def test_leaving_a_union_names_no_armed_force(nlp):
    """"Vorland voted to leave the Trade Union": no place is left, so no
    withdrawal, and the country's armed forces are no mention of the story."""
    x = run(nlp, "The United Kingdom voted in 2016 to leave the Nordic Trade Union in a referendum.")
    assert not x.withdrawals
    assert not [m for m in x.mentions if "forces" in m.name.lower() or "Armed Forces" in m.name]
