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

from heldout_support import check_gold
from kg.evaluate import evaluate_files

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout5"
GOLD = HELDOUT / "gold.json"


def test_gold_is_well_formed():
    check_gold(HELDOUT, words=(400, 750), min_docs=5)
