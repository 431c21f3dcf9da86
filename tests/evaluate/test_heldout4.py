"""Scores on held-out set 4: six invented, longer articles (450-650 words) in
domains and styles the seeds and held-out sets 1-3 lack: a British fraud
trial ("prosecutors allege", "the defence argued", "declined to comment"), a
public-health study ("researchers found", "according to a statement", a
quotation running over two paragraphs), an election night with many parties
and politicians (colon quotes, "did not say whether", anonymous party
officials), a flood disaster with officials and numbers (an AP dateline,
"could not independently verify"), a football transfer saga of rumours and
denials ("dismissed the report", "refused to confirm", outlets as sources)
and an AFP wire story with agency relays (ORTM, SITE, RIA Novosti, AMAP, AIB).
The gold key (``tests/data/heldout4/gold.json``) was written by hand before
the system was run on these texts.

Rules fixed after studying this set are unit-tested in ``test_attribution_unseen.py``,
``test_withdrawal.py`` and ``test_mentions.py`` on sentences of their own, never on
these texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_support import check_gold, check_scores

from kg.evaluate.scoring import evaluate_files

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout4"
GOLD = HELDOUT / "gold.json"


def test_gold_is_well_formed():
    check_gold(HELDOUT, words=(450, 900))


@pytest.fixture(scope="module")
def heldout4_scores():
    return evaluate_files(GOLD, HELDOUT)


@pytest.mark.slow
def test_heldout4_scores_hold(heldout4_scores):
    s = heldout4_scores
    # measured blind, before any rule was changed for this set: all F1 0.763
    # (P 0.831, R 0.705), core 0.750, relation 1.0, speaker 0.860, source
    # exact 0.817, cue exact 0.872, content exact 0.763, withdrawals 0/2;
    # after the held-out-4 round: see the floors below (a little under the measured values)
    check_scores(s, FLOORS)
    assert s.withdrawals.precision >= 0.99 and s.withdrawals.f1 >= 0.6, s.withdrawals


# measured after the round: all 0.971 (P 0.978, R 0.964), core 0.968, speaker 0.978,
# source exact 0.949, cue exact 0.986, content exact 0.935, content overlap 0.986,
# withdrawals 1 of 2 (P 1.0); entity recall 0.949, splits 8 -> 6
FLOORS = {"all": 0.95, "core": 0.95, "precision": 0.96, "speaker": 0.96,
          "source exact": 0.92, "cue exact": 0.96, "content exact": 0.91, "content overlap": 0.96}
