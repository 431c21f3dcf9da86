"""Scores on held-out set 3: six invented articles in styles the seeds and
held-out set 1 lack (a feature with many short quotes, a press-release
business story, reported-speech chains and stance verbs, quotes split around
their attribution, countries and capitals as sources, negation and modality:
"would neither confirm nor deny", "declined to confirm", "is reported to have
told", "did not deny"), annotated by hand in the seeds gold format before the
system was run on them (``tests/data/heldout3/gold.json``). Each record also
writes out its source and content spans, so the span scores are the
quote-extraction ones (overlap and exact).

Rules fixed after studying this set are unit-tested in ``test_attribution.py``
on sentences of their own, never on these texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_support import check_gold

from kg.evaluate.scoring import evaluate_files

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout3"
GOLD = HELDOUT / "gold.json"


def test_gold_is_well_formed():
    check_gold(HELDOUT)


@pytest.fixture(scope="module")
def heldout3_scores():
    return evaluate_files(GOLD, HELDOUT)


@pytest.mark.slow
def test_heldout3_scores_hold(heldout3_scores):
    s = heldout3_scores
    # measured before the round-3 rules: all F1 0.764, core 0.754, relation 0.982,
    # speaker 0.903, source exact 0.694, content exact 0.722;
    # after: all 0.903, core 0.892, precision 0.959, relation 1.0, speaker 0.959,
    # source exact 0.929, content exact 0.942, cue exact 0.942;
    # after the heldout2 round: all 0.943, core 0.940, precision 0.974, speaker 0.974
    # after the heldout4 round: all 0.975, core 0.978, precision 1.0, speaker 1.0
    assert s.attributions.f1 >= 0.93, s.attributions
    assert s.core.f1 >= 0.92, s.core
    assert s.attributions.precision >= 0.96, s.attributions
    assert s.relation.value >= 0.99, s.relation
    assert s.speaker.value >= 0.96, s.speaker
    for name, floor in (("source exact", 0.90), ("source overlap", 0.92), ("cue exact", 0.92),
                        ("content exact", 0.92), ("content overlap", 0.92)):
        assert s.spans[name].f1 >= floor, (name, s.spans[name])
