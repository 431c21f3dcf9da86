"""Extract: ``Article`` + spaCy ``Doc`` -> records.

Takes an article and its parse (``load_nlp()`` gives the pipeline: the trained
model, gazetteer matchers and the consistency component); gives an
``Extraction``: mentions, attributions (source, cue, content spans and
stance), withdrawals and propositions, every one with character offsets into
``Article.text``. ``extract(article, doc)`` is the one entry point, and the
last place a spaCy object is seen. One module per rule family.
"""

from .entity_filter import THRESHOLD as NAME_CHECK_THRESHOLD
from .entity_filter import candidates as name_check_candidates
from .entity_filter import chance as name_check_chance
from .extraction import extract
from .mentions import find_mentions
from .nlp import load_nlp

__all__ = ["NAME_CHECK_THRESHOLD", "extract", "find_mentions", "load_nlp", "name_check_candidates",
           "name_check_chance"]
