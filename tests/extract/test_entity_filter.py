"""The learned check on names (``kg.extract.entity_filter``), with the real
pipeline: what it may drop, what it never drops, what it looks at."""

import pytest

from kg.evaluate.train_entity_filter import fit
from kg.extract import extract
from kg.extract.entity_filter import THRESHOLD, candidates, chance, filter_names, load_model, used_names
from kg.resolve import Gazetteer

from attribution_support import article_of

TEXT = ("Floods close the Varno bridge\n\n"
        "Mayor Jane Roe said on Monday that the Varno bridge would stay closed. "
        "The Kelby Rowing Club moved its regatta to Tarsk, where the Blue Heron Festival is held. "
        "Turnout at the Gorvan Heron Festival fell.")

DOUBT_ALL = ({}, 30.0)
DOUBT_NONE = ({}, -30.0)


@pytest.fixture(scope="module")
def parsed(nlp):
    article = article_of(TEXT)
    doc = nlp(TEXT)
    return article, doc, extract(article, doc, check_names=False)


def test_a_name_a_record_stands_on_always_stays(parsed):
    _article, doc, x = parsed
    kept = filter_names(x, doc, model=DOUBT_ALL)
    speakers = {(a.speaker.name, a.speaker.type) for a in x.attributions if a.speaker is not None}
    assert speakers == {("Jane Roe", "Person")}
    assert speakers <= {(m.name, m.type) for m in kept.mentions}
    assert used_names(kept) == used_names(x)
    # every other name is gone, and no proposition holds one as its object or adjunct any more
    assert {(m.name, m.type) for m in kept.mentions} <= used_names(x)
    held = {(m.name, m.type) for p in kept.propositions for m in (p.object, *p.named) if m is not None}
    assert held <= used_names(x)


def test_a_model_that_doubts_nothing_changes_nothing(parsed):
    _article, doc, x = parsed
    assert filter_names(x, doc, model=DOUBT_NONE) == x


def test_the_features_say_what_the_text_shows_never_the_name(parsed):
    _article, doc, x = parsed
    feats = {name: f for name, _t, f in candidates(x, doc, Gazetteer.load())}
    assert {"Blue Heron Festival", "Gorvan Heron Festival"} <= set(feats)
    # a made-up word of a name is no feature; an English word of it is, and the name's shape
    assert not any("gorvan" in f.lower() or "varno" in f.lower() for fs in feats.values() for f in fs)
    festival = feats["Blue Heron Festival"]
    assert "t=Organisation|eword=festival" in festival
    assert "t=Organisation|w=3" in festival and "t=Organisation|shape=Xxx Xxx Xxx" in festival


def test_the_shipped_model_loads_and_scores(parsed):
    _article, doc, x = parsed
    model = load_model()
    assert len(model[0]) > 100 and 0 < THRESHOLD < 1
    for _name, _type, feats in candidates(x, doc, Gazetteer.load()):
        assert 0.0 < chance(feats, model) < 1.0


def test_training_is_deterministic_and_learns_a_separable_feature():
    data = [(["t=Person", "t=Person|eng=all"], True), (["t=Person", "t=Person|eng=none"], False)] * 20
    first, second = fit(data), fit(data)
    assert first == second
    assert chance(["t=Person", "t=Person|eng=all"], first) > 0.8 > 0.2 > chance(["t=Person", "t=Person|eng=none"], first)
