"""Train the entity check of the extraction stage (``kg.extract.entity_filter``).

    python -m kg.evaluate.train_entity_filter            # write the model
    python -m kg.evaluate.train_entity_filter --folds    # leave-one-set-out report only

The examples are the names of the development keys' articles that no record
uses: the seeds, the dev split of realnews, the five held-out sets and the
nine study sets in ``tests/data`` (never the realnews test split). A name
is a positive example when the key's entity scorer finds it spurious or of
the wrong type (``kg.evaluate.entities``). The model is a logistic
regression fitted by stochastic gradient descent in a fixed order (the
same data give the same weights), kept as JSON beside the module that uses it.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from kg.extract import NAME_CHECK_THRESHOLD as THRESHOLD
from kg.extract import extract, load_nlp
from kg.extract import name_check_candidates as candidates
from kg.extract import name_check_chance as chance
from kg.read import read_article
from kg.resolve import Gazetteer, Resolver

from .entities import entity_scores
from .scoring import doc_split, load_gold

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
MODEL = Path(__file__).resolve().parents[1] / "extract" / "data" / "entity_filter.json"
# (gold file, text folder, split kept) of each training set
SETS = [("gold_seeds.json", "../../seeds", "all"), ("realnews/gold.json", "realnews", "dev")] + [
    (f"{name}/gold.json", name, "all") for name in
    ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"] + ["wnstudy"] + [f"wnstudy{i}" for i in range(2, 10)]]
EPOCHS, RATE, L2 = 12, 0.05, 1e-4


def examples(gold_file: str, folder: str, split: str) -> list[tuple[list[str], bool]]:
    """(features, doubtful) of every unused name of one set's articles."""
    gold = load_gold(DATA / gold_file)
    docs = sorted({g["doc"] for g in gold["attributions"]} | set(gold.get("documents", {})))
    docs = [d for d in docs if split == "all" or doc_split(gold, d) == split]
    paths = [DATA / folder / d for d in docs if (DATA / folder / d).exists()]
    articles = [read_article(str(p)) for p in paths]
    nlp, resolver, gazetteer = load_nlp(), Resolver(), Gazetteer.load()
    out = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        x = extract(article, doc, check_names=False)
        pairs = [(article.path, m, resolver.entity(m)) for m in x.mentions]
        scores = entity_scores(gold, pairs, {article.path: article.text}, resolver)
        wrong = {(name, type_) for _d, name, type_ in scores["spurious_entities"]} | {
            (name, type_) for _d, name, type_, _g in scores["wrong_type"]}
        entity_of = {(m.name, m.type): e for _p, m, e in pairs}
        for name, type_, feats in candidates(x, doc, gazetteer):
            e = entity_of[(name, type_)]
            if not e.unnamed:
                out.append((feats, (e.name, e.type) in wrong))
    return out


def fit(data: list[tuple[list[str], bool]]) -> tuple[dict[str, float], float]:
    """Logistic regression by SGD over the examples in a fixed shuffled order."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = sorted(range(len(data)), key=lambda i: (i * 2654435761) % 4294967291)
    for _ in range(EPOCHS):
        for i in order:
            feats, y = sorted(set(data[i][0])), data[i][1]  # (sorted: sums in one order on every run)
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - RATE * (g + L2 * w)
            bias -= RATE * g
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3}, round(bias, 4)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", action="store_true", help="leave-one-set-out report; write nothing")
    args = parser.parse_args(argv)
    data = {folder: examples(*s) for s in SETS for folder in [s[1]]}
    if args.folds:
        for held in data:
            model = fit([ex for name, rows in data.items() if name != held for ex in rows])
            rows = data[held]
            report = []
            for threshold in (THRESHOLD, 0.6, 0.7):
                dropped = [y for feats, y in rows if chance(feats, model) > threshold]
                report.append(f"above {threshold}: {len(dropped):3d} ({sum(dropped):3d} doubtful)")
            print(f"{held:12s} unused names {len(rows):4d}, doubtful {sum(y for _f, y in rows):3d}; " + "; ".join(report))
        return
    weights, bias = fit([ex for rows in data.values() for ex in rows])
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(json.dumps({"about": "kg.extract.entity_filter's logistic model; trained by "
                                          "kg.evaluate.train_entity_filter (never on the realnews test split)",
                                 "threshold": THRESHOLD, "bias": bias, "weights": weights}, indent=0) + "\n",
                     encoding="utf-8")
    print(f"{MODEL}: {len(weights)} weights from {sum(len(r) for r in data.values())} names")


if __name__ == "__main__":
    main()
