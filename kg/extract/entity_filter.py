"""A learned check on the names the recogniser and the rules leave standing,
the extraction stage's last step: a capitalised word of a slogan, a cut
piece of a longer name, a product, a programme or an event taken for a
person, a body or a place.

Each name of an article (its mentions of one name and type) is described
by what the text shows of it, never by the name's own words unless they
are English words: its type and the recogniser's labels, how often and
where it is written (headline, sentence start), its shape ("Xxx Xxx",
"XX"), whether its words are English words or
a common given name, whether the gazetteer knows it, and the words and
grammar around it ("in X", "X said"). A logistic model over those features
(``data/entity_filter.json``, trained by ``kg.evaluate.train_entity_filter``
on the development keys and the held-out and study sets, never on the test
split) gives the chance that the name is not an entity of the type given;
above ``THRESHOLD`` the name is left out of the article's mentions, and a
proposition that named it as its object or in an adjunct keeps its words
only. A name a record stands on (a speaker, an intermediary, an actor, a
place or an asserter of a withdrawal, a person or body of a role, a
proposition's subject) always stays.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from kg.records import Extraction, Mention
from kg.resolve import Gazetteer, fold

from .consistency import WORDS_TABLE

THRESHOLD = 0.5
_MODEL = Path(__file__).parent / "data" / "entity_filter.json"
# The recogniser's labels that agree with each type.
_LABELS = {"Person": ("PERSON",), "Organisation": ("ORG", "NORP"), "Place": ("GPE", "LOC", "FAC")}
_SHAPES = ((re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"), (re.compile(r"\d"), "d"))


@lru_cache(maxsize=1)
def load_model(path: str = str(_MODEL)) -> tuple[dict[str, float], float]:
    """The model's weights by feature and its bias."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["weights"], data["bias"]


def shape(text: str) -> str:
    """A name's shape, runs of a kind shortened to two.

    >>> shape("Jane Roe"), shape("NATO"), shape("F-16")
    ('Xxx Xxx', 'XX', 'X-dd')
    """
    for pattern, mark in _SHAPES:
        text = pattern.sub(mark, text)
    return re.sub(r"(.)\1+", r"\1\1", text)


def used_names(extraction: Extraction) -> set[tuple[str, str]]:
    """(name, type) of every mention a record stands on (see the module docstring)."""
    held = [m for a in extraction.attributions for m in (a.speaker, a.via)]
    held += [m for w in extraction.withdrawals for m in (w.actor, w.place, w.asserted_by)]
    held += [m for r in extraction.roles for m in (r.person, r.body)]
    held += [p.subject for p in extraction.propositions]
    return {(m.name, m.type) for m in held if m is not None}


def _without(p, doubtful: set[tuple[str, str]]):
    """A proposition with the doubted names it held as object or adjunct
    kept as words only."""
    obj = p.object
    if obj is not None and (obj.name, obj.type) in doubtful:
        p = dataclasses.replace(p, object=None, object_words=p.object_words or obj.span)
    named = tuple(m for m in p.named if (m.name, m.type) not in doubtful)
    return p if named == p.named else dataclasses.replace(p, named=named)


def _context(tok) -> str:
    """A neighbouring token as a feature: a lower-case word or mark as
    written, anything else by its shape (no name enters the model)."""
    if tok is None:
        return "<none>"
    if tok.is_space:
        return "<line>"
    return tok.lower_ if tok.is_lower or tok.is_punct or tok.is_digit else "<" + shape(tok.text) + ">"


def features(doc: Doc, name: str, type_: str, mentions: list[Mention], headline_end: int,
             words, gazetteer: Gazetteer) -> list[str]:
    """What the text shows of one name of one type (see the module docstring)."""
    t = type_
    toks = [doc.char_span(m.span.start, m.span.end, alignment_mode="expand") for m in mentions]
    toks = [s for s in toks if s is not None and len(s)]
    labels = {tok.ent_type_ for s in toks for tok in s}
    name_words = name.split()
    english = [w.lower() in words for w in name_words]
    out = [f"t={t}", f"t={t}|agree={bool(labels & set(_LABELS[t]))}", f"t={t}|n={min(len(mentions), 3)}",
           f"t={t}|w={min(len(name_words), 4)}", f"t={t}|shape={shape(name)[:12]}",
           f"t={t}|eng={'all' if all(english) else 'some' if any(english) else 'none'}",
           f"t={t}|firsteng={english[0] if english else None}", f"t={t}|lasteng={english[-1] if english else None}",
           f"t={t}|given={bool(name_words) and fold(name_words[0]) in gazetteer.common_given}",
           f"t={t}|headline={all(m.span.start < headline_end for m in mentions)}"]
    entry = gazetteer.lookup(name)
    out.append(f"t={t}|gaz={entry.type if entry is not None else None}")
    out += [f"t={t}|lab={label or '-'}" for label in labels]
    out += [f"t={t}|eword={w.lower()}" for w, e in zip(name_words, english) if e]
    for s in toks[:3]:
        before = doc[s.start - 1] if s.start > 0 else None
        after = doc[s.end] if s.end < len(doc) else None
        root = s.root
        out += [f"t={t}|prev={_context(before)}", f"t={t}|next={_context(after)}", f"t={t}|dep={root.dep_}",
                f"t={t}|head={root.head.lemma_.lower() if root.head.is_lower else _context(root.head)}",
                f"t={t}|start={s.start == s.sent.start}", f"t={t}|pos={'-'.join(tok.pos_ for tok in s)[:24]}"]
    return out


def chance(feats: list[str], model: tuple[dict[str, float], float]) -> float:
    """The model's chance that the name is not an entity of its type."""
    weights, bias = model
    z = bias + sum(weights.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def named_groups(mentions) -> dict[tuple[str, str], list[Mention]]:
    """The article's mentions by (name, type)."""
    out: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        out.setdefault((m.name, m.type), []).append(m)
    return out


def candidates(extraction: Extraction, doc: Doc, gazetteer: Gazetteer):
    """(name, type, features) of each name no record uses."""
    words = _words(doc)
    used = used_names(extraction)
    text = extraction.article.text
    headline_end = text.find("\n") if "\n" in text else len(text)
    for (name, type_), ms in named_groups(extraction.mentions).items():
        if (name, type_) not in used:
            yield name, type_, features(doc, name, type_, ms, headline_end, words, gazetteer)


def filter_names(extraction: Extraction, doc: Doc, model=None) -> Extraction:
    """The extraction without the mentions of names the model doubts."""
    model = model or load_model()
    gazetteer = Gazetteer.load()
    doubtful = {(name, type_) for name, type_, feats in candidates(extraction, doc, gazetteer)
                if chance(feats, model) > THRESHOLD}
    if not doubtful:
        return extraction
    kept = tuple(m for m in extraction.mentions if (m.name, m.type) not in doubtful)
    return dataclasses.replace(extraction, mentions=kept,
                               propositions=tuple(_without(p, doubtful) for p in extraction.propositions))


def _words(doc: Doc):
    lookups = doc.vocab.lookups
    return lookups.get_table(WORDS_TABLE) if lookups.has_table(WORDS_TABLE) else frozenset()
