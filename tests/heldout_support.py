"""What every held-out gold file must satisfy (``test_heldout*.py``): the
documents exist, every evidence string is found in its article, every id
points at a gold entity, relations are the four of the guidelines and, where
the set writes them out, the source, cue and content spans lie in the
evidence."""

from __future__ import annotations

from pathlib import Path

from kg.evaluate.scoring import gold_span, load_gold, locate

RELATIONS = ("claims", "confirms", "denies", "not_confirmed")


def check_gold(folder: Path, *, spans: bool = True, words: tuple[int, int] | None = None,
               min_docs: int = 6) -> None:
    """Assert that ``folder/gold.json`` is well formed against the articles
    beside it (``spans``: each record also gives its source, cue and content
    spans; ``words``: the range an article's length must fall in)."""
    gold = load_gold(folder / "gold.json")
    ids = {e["id"] for e in gold["entities"]}
    docs = set(gold["documents"])
    assert len(docs) >= min_docs and all((folder / d).exists() for d in docs)
    if words:
        for d in docs:
            assert words[0] <= len((folder / d).read_text(encoding="utf-8").split()) <= words[1], d
    for a in gold["attributions"]:
        text = (folder / a["doc"]).read_text(encoding="utf-8")
        where = locate(text, a["evidence"])
        assert where, a["id"]
        assert a["speaker"] in ids and (a["via"] is None or a["via"] in ids), a["id"]
        assert a["relation"] in RELATIONS, a["id"]
        if spans:
            assert 20 <= len(a["evidence"]) <= 200, a["id"]
            for field in ("source_span", "content_span", "cue"):
                assert gold_span(text, a[field], where) is not None, (a["id"], field)
    for w in gold["withdrawals"]:
        assert locate((folder / w["doc"]).read_text(encoding="utf-8"), w["evidence"]), w["id"]
        assert {w["actor"], w["place"], w["asserted_by"]} <= ids, w["id"]


def check_scores(s, floors: dict[str, float]) -> None:
    """Assert the attribution scores ``s`` (``kg.evaluate.Scores``) reach
    ``floors``: keys all, core, precision, speaker and span names; relation
    accuracy must be 0.99 or more on every set."""
    assert s.attributions.f1 >= floors["all"], s.attributions
    assert s.core.f1 >= floors["core"], s.core
    assert s.attributions.precision >= floors["precision"], s.attributions
    assert s.relation.value >= 0.99, s.relation
    assert s.speaker.value >= floors["speaker"], s.speaker
    for name in ("source exact", "cue exact", "content exact", "content overlap"):
        assert s.spans[name].f1 >= floors[name], (name, s.spans[name])


def check_real_floors(s, floors: dict[str, float]) -> None:
    """Assert the scores ``s`` on a set of real articles reach ``floors``:
    keys core, all, speaker, relation, entity precision and links."""
    assert s.core.f1 >= floors["core"], s.core
    assert s.attributions.f1 >= floors["all"], s.attributions
    assert s.speaker.value >= floors["speaker"], s.speaker
    assert s.relation.value >= floors["relation"], s.relation
    assert s.entity_precision.value >= floors["entity precision"], s.entity_precision
    assert s.link_precision.value >= floors["links"], s.link_precision
