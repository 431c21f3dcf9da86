"""Businesses and institutions named by their premises: "the hotel said",
"the hotel's website estimated", "the hospital confirmed" after "a fire at
the Hotel Orvik Palace" or "the Orvik General Hospital". The recogniser
often reads such names as places (a building); as a source, the body that
runs the building speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.records import Mention
from kg.resolve import fold

# Kinds of premises whose name, used as a source, stands for the body that
# runs them.
PREMISES_NOUNS = frozenset({
    "hotel", "hospital", "clinic", "school", "airport", "museum", "stadium", "restaurant", "prison",
    "casino", "resort", "theatre", "theater", "zoo", "college", "university", "mall", "factory", "mine",
})


def business(res, head: Token) -> Mention | None:
    """The body a definite premises noun ("the hotel") refers to: the
    nearest earlier mention (a place or an organisation) whose name has
    that noun or that modifies it ("the X hotel"), typed an organisation; None for any other noun or when the
    story names no such premises."""
    lemma = head.lemma_.lower()
    if lemma not in PREMISES_NOUNS or head.tag_ != "NN" or not any(c.lower_ == "the" for c in head.children):
        return None
    for m in reversed(res.mentions):
        if m.span.start >= head.idx or m.type not in ("Place", "Organisation"):
            continue
        tok = res.head_token(m)  # ("the Orvik Palace hotel": the noun after the name)
        if lemma in fold(m.name).split() or (tok is not None and tok.dep_ == "compound" and tok.head.lemma_.lower() == lemma):
            return m if m.type == "Organisation" else Mention(span=m.span, type="Organisation", name=m.name)
    return None
