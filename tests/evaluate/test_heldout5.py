"""Scores on held-out set 5: five invented articles (530-590 words) in domains
the seeds and held-out sets 1-4 lack: a police murder inquiry ("police say",
"Officers said", "A police spokesman", "according to court documents", an
anonymous neighbour), diplomacy with unnamed officials ("a senior U.S.
official said", "Officials familiar with the talks", "A European diplomat
told reporters", a headline "Foreign minister denies"), a tech company's data
breach ("said in a blog post", "in an emailed statement", "wrote on
LinkedIn", "according to F, which said"), a French rail strike with unions and
ministers (a quotation split around "said", "dismissed D as unrealistic", "a
figure the CGT disputed", "It was reported") and a space mission ("NASA
confirms", "Scientists say", "did not say whether", "acknowledged"). The gold
key (``tests/data/heldout5/gold.json``) was written by hand before the system
was run on these texts.

Rules fixed after studying this set are unit-tested in ``test_attribution_unseen.py``,
``test_withdrawal.py`` and ``test_mentions.py`` on sentences of their own, never on
these texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_support import check_gold, check_scores

from kg.evaluate.scoring import evaluate_files

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout5"
GOLD = HELDOUT / "gold.json"


def test_gold_is_well_formed():
    check_gold(HELDOUT, words=(400, 750), min_docs=5)


@pytest.fixture(scope="module")
def heldout5_scores():
    return evaluate_files(GOLD, HELDOUT)


@pytest.mark.slow
def test_heldout5_scores_hold(heldout5_scores):
    s = heldout5_scores
    # measured blind, before any rule was changed for this set: all F1 0.759
    # (P 0.835, R 0.696), core 0.743, relation 1.0, speaker 0.877, source
    # exact 0.856, cue exact 0.866, content exact 0.802, content overlap 0.856;
    # after the held-out-5 round: see the floors below (a little under the measured values)
    check_scores(s, FLOORS)
    assert s.withdrawals.fp == 0, s.withdrawals  # the set has no withdrawal


# measured after the round: all 0.930 (P 0.949, R 0.912), core 0.921, speaker 0.949,
# source exact 0.970, cue exact 0.970, content exact 0.920, content overlap 0.970;
# entity recall 0.940 (blind 0.890). Left: five "the company" records given to the
# parent named as "the Dutch company Y" in the app's apposition (the key reads the
# app; a reader could read either), a headline "minister" with two ministers in the
# story, "a presidential adviser" (no presidency in the gazetteer), "a failure the
# company later blamed on P".
# After the realnews round (issue 13): all 0.925 (P 0.932), core 0.916: "Russia's
# foreign ministry criticised X" is now a statement (Judgment_communication
# verbs) the key leaves out.
# Twenty-fifth session: all 0.922 (P 0.922), core 0.912: "X declined to comment
# on the talks" is now not_confirmed, as the independent keys of three study sets
# give it (this key, made here, leaves it out).
FLOORS = {"all": 0.91, "core": 0.90, "precision": 0.92, "speaker": 0.93,
          "source exact": 0.95, "cue exact": 0.95, "content exact": 0.90, "content overlap": 0.95}
