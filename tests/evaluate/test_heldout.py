"""Scores on the held-out set: eight short news articles written for this
project (invented names; wire, earnings, courts, health, sport, science,
conflict, an Interfax relay), annotated by hand in the seeds gold format
before the system was run on them (``tests/data/heldout/gold.json``).

The seeds are the development set; this set guards against rules tuned to
them. Scores are asserted at the level reached, so a regression fails.
Rules fixed after studying this set are unit-tested in
``test_attribution.py`` on sentences of their own, never on these texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_support import check_gold

from kg.evaluate.scoring import evaluate_files

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
GOLD = HELDOUT / "gold.json"


def test_gold_is_well_formed():
    check_gold(HELDOUT, spans=False)


@pytest.fixture(scope="module")
def heldout_scores():
    return evaluate_files(GOLD, HELDOUT)


@pytest.mark.slow
def test_heldout_scores_hold(heldout_scores):
    s = heldout_scores
    # measured: all F1 0.962, core 0.961, precision 0.987, relation 1.0,
    # speaker 0.987, withdrawals 1.0 (before the held-out round: all 0.750,
    # core 0.752; after it 0.923 / 0.921, speaker 0.947; the round-3 rules,
    # studied on held-out set 3 only, raised it to the present level)
    assert s.attributions.f1 >= 0.94, s.attributions
    assert s.core.f1 >= 0.94, s.core
    # twenty-fifth session: precision 0.951, core 0.955: "X declined to comment
    # on P" is now not_confirmed, as the independent keys of three study sets give
    # it; this key, made here, leaves out its two. Thirty-third session: "X has
    # pleaded not guilty" now denies the charge, as the independent keys of two
    # study sets give it (this key leaves it out: precision 0.940), and "the
    # central bank declined to comment" is no longer given to a party named
    # before (back to 0.951)
    assert s.attributions.precision >= 0.95, s.attributions
    assert s.relation.value >= 0.99, s.relation
    assert s.speaker.value >= 0.96, s.speaker
    assert s.withdrawals.f1 >= 0.99, s.withdrawals
    assert s.spans["content in evidence"].f1 >= 0.90, s.spans["content in evidence"]
