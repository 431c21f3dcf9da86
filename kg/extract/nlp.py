"""The spaCy pipeline: the trained model plus the gazetteer entity ruler and a
document-consistency component.

The ruler runs *before* ``ner``: the recogniser then treats the gazetteer's
spans as fixed and predicts around them, so a known name ("Ukrainian forces",
"Russia's Defense Ministry") is never swallowed into a wrong longer span
("Ukrainian Forces Retake Border Village as") and the model's remaining guesses
stay consistent with it. ``kg_doc_consistency_v1`` runs last and fixes what
the small model gets wrong using the gazetteer and the document itself.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import DEFAULT_MODEL, model_name  # noqa: F401  (re-exported)
from kg.resolve import Gazetteer

from .consistency import make_doc_consistency  # noqa: F401  (registers the factory)

# Registered component names (factories) and the names they get in the pipeline.
RULER_FACTORY = "kg_gazetteer_ruler_v1"
RULER = "kg_gazetteer_ruler"
CONSISTENCY = "kg_doc_consistency_v1"
PARAGRAPHS = "kg_paragraph_breaks"


# spaCy's tokenizer strips a token's prefixes and suffixes one at a time and
# searches the rest of the token again each time, so a token made of many
# affix characters (200,000 quote marks in a row) costs the square of its
# length, and each mark would become a token of its own for the model. So a
# run of more than _PUNCT_RUN punctuation marks keeps its first marks and reads
# as "~" (a character spaCy never splits off) after them, and a run of more than
# _WORD_RUN characters without a space is cut by a space every _WORD_RUN
# characters. News prose has neither.
_PUNCT_RUN = 8
_WORD_RUN = 256
_LONG_PUNCT = re.compile(r"[^\w\s]{%d,}" % (_PUNCT_RUN + 1))
_LONG_WORD = re.compile(r"\S{%d,}" % (_WORD_RUN + 1))


def _cut(run: str) -> str:
    """``run`` with every (n+1)-th character made a space: same length."""
    return "".join(" " if i % (_WORD_RUN + 1) == _WORD_RUN else c for i, c in enumerate(run))


def tokenizer_text(text: str) -> str:
    """The text the tokenizer sees: a no-break space read as a space, and
    long runs tamed (see ``_PUNCT_RUN``); one character for one, so token
    offsets still index ``text``.

    >>> tokenizer_text('a\u00a0b ' + '!' * 12)
    'a b !!!!!!!!~~~~'
    """
    text = text.replace("\u00a0", " ")
    text = _LONG_PUNCT.sub(lambda m: m.group()[:_PUNCT_RUN] + "~" * (len(m.group()) - _PUNCT_RUN), text)
    return _LONG_WORD.sub(lambda m: _cut(m.group()), text)


class NbspTokenizer:
    """The model's tokenizer, on ``tokenizer_text(text)``: spaCy makes each
    U+00A0 a token of its own, which derails the small parser ("The
    SBU<nbsp>posted images" parsed as a noun phrase), and long runs of
    punctuation cost it the square of their length. The changes are one
    character for one, so token offsets still index the original text
    (``doc.text`` shows spaces there; records take their text from the
    article)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        return self.tokenizer(tokenizer_text(text))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # to_disk, vocab, rules ...: the wrapped tokenizer's
        return getattr(self.tokenizer, name)


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc):
    """A line break ends a sentence: headlines, captions and paragraphs of
    plain-text news are lines, and the small parser would otherwise run a
    headline into the lead (added by the extraction helper); and no
    sentence starts after a paragraph's first word when the line runs on
    (a one-word sentence of a name's first word). Set as one
    array: ``Token.is_sent_start`` checks the whole doc on every assignment,
    which made 100,000 short paragraphs cost the square of their number."""
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    changed = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            starts[tok.i] = 1
            changed = True
        elif prev.is_alpha and prev.whitespace_ == " " and tok.is_alpha and starts[prev.i] == 1 \
                and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
            # no sentence starts after the first word of a paragraph that
            # runs on ("Regina | Ip said ..." was a split of the small parser's)
            starts[tok.i] = -1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


def load_nlp(model: str | None = None) -> Language:
    """The pipeline, loaded by package name once per name and process."""
    return _load(model_name(model))


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    nlp = spacy.load(name)
    nlp.tokenizer = NbspTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe(RULER_FACTORY, name=RULER, **where)
    nlp.add_pipe(CONSISTENCY, last=True)
    # The model and the gazetteer live as long as the process: moved out of
    # the collector's sight, a full collection no longer walks their ~200,000
    # objects each time extraction and quad building make garbage (measured:
    # GC time of a 60-article build 0.26 s -> 0.11 s).
    gc.collect()
    gc.freeze()
    return nlp


@Language.factory(RULER_FACTORY, assigns=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str):
    return GazetteerRuler(nlp, Gazetteer.load())


class GazetteerRuler:
    """The gazetteer's names as entities, before ``ner``: an entity ruler
    built on two phrase matchers, one on LOWER for case-insensitive template
    aliases ("Ukrainian armed forces"), one on ORTH for names matched as
    written ("Telegram", "The Independent"). spaCy's EntityRuler takes only
    one phrase attribute and would need ~900 token patterns for the rest,
    which made it the slowest step after ``ner``. Overlaps resolve as the
    EntityRuler does: the longest match wins, then the earliest."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.matchers = {"lower": PhraseMatcher(nlp.vocab, attr="LOWER"),
                         "orth": PhraseMatcher(nlp.vocab, attr="ORTH")}
        groups: dict[tuple[str, str, str], list[str]] = {}
        for p in gazetteer.ruler_patterns():
            groups.setdefault((p["case"], p["label"], p["id"]), []).append(p["pattern"])
        self.keys: dict[int, tuple[str, str]] = {}
        for (case, label, ident), texts in groups.items():
            key = f"{label}\t{ident}"
            self.keys[nlp.vocab.strings.add(key)] = (label, ident)
            self.matchers[case].add(key, list(nlp.tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end, label=self.keys[key][0], span_id=self.keys[key][1])
                 for matcher in self.matchers.values() for key, start, end in matcher(doc)]
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        spans = [s for s in filter_spans(spans) if not taken.intersection(range(s.start, s.end))]
        doc.ents = sorted([*doc.ents, *spans], key=lambda s: s.start)
        return doc
