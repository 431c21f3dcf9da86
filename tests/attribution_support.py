"""Running extraction on a hand-written text, for the attribution rule tests
(``test_attribution.py``, ``test_attribution_unseen.py``)."""

from __future__ import annotations

import hashlib

from kg.extract.extraction import extract
from kg.records import Article


def article_of(text: str) -> Article:
    """``text`` as an article with no metadata."""
    return Article(path="t.txt", key="t", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())


def run(nlp, text: str, check_names: bool = False):
    """The extraction of ``text`` parsed by ``nlp``: what the rules give
    (the learned check on names, ``kg.extract.entity_filter``, is tested on
    its own in ``test_entity_filter.py``; ``check_names`` runs it too)."""
    return extract(article_of(text), nlp(text), check_names=check_names)


def by_cue(extraction, cue_word: str):
    """The attributions whose cue contains ``cue_word``."""
    return [a for a in extraction.attributions if cue_word in a.cue.text]
