"""Scores on ``tests/data/realnews``: 60 real English Wikinews articles
(2019-2020, CC BY 2.5, licence notice in the folder's README) with a key
made by hand independently of ``kg``. The test split (file numbers divisible
by 3) is scored, never studied: rules were written from dev errors only
(tested in ``tests/extract/test_realnews_rules.py`` on sentences of their
own). Blind figures, before any rule was written for this set (README):
dev core 0.663, speaker 0.895, entity precision 0.768, place links 0.810;
test core 0.601, speaker 0.831, entity precision 0.772, place links 0.884."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import check_gold, check_real_floors
from kg.evaluate import doc_split, evaluate_files, load_gold

REALNEWS = Path(__file__).resolve().parent.parent / "data" / "realnews"
GOLD = REALNEWS / "gold.json"


def test_gold_is_well_formed_and_split():
    check_gold(REALNEWS, spans=False, min_docs=60)
    gold = load_gold(GOLD)
    splits = [doc_split(gold, d) for d in sorted(gold["documents"])]
    assert splits.count("test") == 20 and splits.count("dev") == 40
    assert all(doc_split(gold, d) == ("test" if int(d[3:6]) % 3 == 0 else "dev") for d in gold["documents"])
    assert "CC BY 2.5" in (REALNEWS / "README.md").read_text(encoding="utf-8")


# Floors a little under the figures measured after the last round (README:
# dev core 0.746, speaker 0.945, entity precision 0.824, links 0.939; test core
# 0.647, speaker 0.849, entity precision 0.808, links 0.958; after the entity
# kinds round (kg.extract.things, kg.extract.name_kinds): dev core 0.753,
# entity precision 0.914, links 0.979; test entity precision 0.818, links
# 0.958; after the tenth session: dev core 0.885, all 0.869, speaker 0.982,
# entity precision 0.942, links 0.984; test core 0.662, all 0.676, speaker
# 0.874, entity precision 0.818, links 0.966; after the eleventh: dev core 0.886,
# all 0.872, speaker 0.985; test entity precision 0.820; after the twelfth: dev
# core 0.888, all 0.873; test core 0.665, all 0.681, speaker 0.871; after the
# thirteenth: test core 0.671, all 0.687, speaker 0.872, entity precision
# 0.822; after the seventeenth: dev core 0.896, all 0.880, speaker 0.988;
# test core 0.688, all 0.701, speaker 0.880; after the eighteenth: dev core 0.897,
# all 0.881, speaker 0.991; test entity precision 0.824; after the nineteenth,
# with a country's government a right entity: dev entity precision 0.943, test
# 0.831; with placeholders matched by head noun: test core 0.692, all 0.705,
# speaker 0.885); after the twentieth: dev core 0.903, all 0.889, entity precision
# 0.944; test core 0.702, all 0.714, speaker 0.896, entity precision 0.846; after
# the twenty-first: dev core 0.907, all 0.892, entity precision 0.945; test core
# 0.707, all 0.718, speaker 0.897, entity precision 0.852; after the
# twenty-second: dev entity precision 0.948; test entity precision 0.861; after
# the twenty-ninth: dev core 0.913, entity precision 0.951; test entity precision
# 0.871, links 0.974; after the thirtieth: test core 0.712, all 0.723; after
# the thirty-first (the learned check on names): dev entity precision 0.971;
# test core 0.715, all 0.725, entity precision 0.905 (recall 0.845 -> 0.815);
# a regression on real news fails here.
FLOORS = {
    "dev": {"core": 0.90, "all": 0.88, "speaker": 0.98, "relation": 0.98, "entity precision": 0.96, "links": 0.97},
    "test": {"core": 0.70, "all": 0.71, "speaker": 0.89, "relation": 0.98, "entity precision": 0.90, "links": 0.97},
}


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_realnews_scores_hold(split):
    s = evaluate_files(GOLD, REALNEWS, split=split)
    check_real_floors(s, FLOORS[split])
