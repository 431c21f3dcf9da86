"""Extract: ``Article`` + spaCy ``Doc`` -> records.

Takes an article and its parse (``load_nlp()`` gives the pipeline: the trained
model, gazetteer matchers and the consistency component); gives an
``Extraction``: mentions, attributions (source, cue, content spans and
stance), withdrawals and propositions, every one with character offsets into
``Article.text``. ``extract(article, doc)`` is the one entry point, and the
last place a spaCy object is seen. One module per rule family.
"""

from .extraction import extract
from .mentions import find_mentions
from .nlp import load_nlp

__all__ = ["extract", "find_mentions", "load_nlp"]
