"""Evaluate: scores against a gold file.

Takes a gold file (the format of ``tests/data/gold_seeds.json``) and a folder
of its articles; reads, parses and extracts them and gives ``Scores``:
attribution precision/recall/F1 (core and all), speaker and relation
accuracy, withdrawals, span overlap, entity recall, precision and splits;
only the documents of one split (dev, test) when asked.
"""

from .entities import entity_scores
from .scoring import EVAL_HELP, SPLITS, Scores, doc_split, evaluate_files, format_table, load_gold, score

__all__ = ["EVAL_HELP", "SPLITS", "Scores", "doc_split", "entity_scores", "evaluate_files", "format_table", "load_gold", "score"]
