"""Propositions: the content of an attributed statement (and each withdrawal)
read as ``subject predicate object``, with a predicate from a small controlled
set where one fits (``events``), else the verb frame of any clause
(``clauses``); an object that is a place, an actor, a quantity with its unit
or the words of a phrase; and the time the event is said to have happened.

``propositions(article, doc, extraction)`` runs while the spaCy ``Doc`` is
alive (the pipeline calls it right after ``extract``) and returns frozen
``Proposition`` records only. A proposition is an addition: the raw content
span stays the claim's text. What an article states without attributing it
(its own voice) is read from the words no attribution covers.

Withdrawal records become ``withdrawsFrom`` propositions as they are (their
actors were already resolved by the withdrawal stage).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.records import Article, Attribution, Extraction, Proposition, Span

from .chains import relayed
from .clauses import ClauseRules
from .events import ADVANCE_LEMMAS, FLAG_LEMMAS, PARSED, PREDICATES, Finder
from .reader import Reader
from .roles import find_roles

log = logging.getLogger(__name__)


def _withdrawal_propositions(reader: Reader, x: Extraction) -> list[Proposition]:
    out = []
    for w in x.withdrawals:
        carrier = None
        for a in sorted(x.attributions, key=lambda a: (a.content.end - a.content.start, a.content)):
            if a.content.start <= w.cue.start and w.cue.end <= a.content.end:
                carrier = a
                break
        cue = reader.doc.char_span(w.cue.start, w.cue.end, alignment_mode="expand")
        time = reader.time_of(cue.root) if cue is not None else None
        why = (f"subject: withdrawal actor '{w.actor.span.text}' -> '{w.actor.name}'",
               f"object: withdrawal place '{w.place.name}'")
        out.append(Proposition("withdrawsFrom", w.actor, w.place, None, w.cue, w.evidence,
                               carrier, w, time, reader.said_time(carrier), why))
    return out


def _dedupe(props: list[Proposition]) -> tuple[Proposition, ...]:
    """One proposition per (attribution, predicate, cue, subject name, object)."""
    seen, out = set(), []
    for p in props:
        key = (p.attribution, p.withdrawal, p.predicate, p.cue, p.subject_text,
               p.object.name if p.object else None, p.quantity.value if p.quantity else None,
               p.object_words.text if p.object_words else None)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


def propositions(article: Article, doc: Doc, extraction: Extraction) -> tuple[Proposition, ...]:
    """Every proposition of the article's attributions and withdrawals.

    ``doc`` is the parse of ``article.text``. Never raises on one odd
    sentence: a rule that fails loses only its own proposition.
    """
    reader = Reader(article, doc, extraction)
    found = _withdrawal_propositions(reader, extraction)
    general = ClauseRules(reader, frozenset(PARSED) | ADVANCE_LEMMAS | FLAG_LEMMAS)
    used = {t.i for w in extraction.withdrawals for t in _tokens(doc, w.cue)}
    for a in extraction.attributions:
        own = _own_words(a, extraction.attributions)
        war = Finder(reader, a, keep=own).run()
        found += war
        span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
        if span is not None:
            skip = used | {t.i for p in war for t in _tokens(doc, p.cue)}
            read = general.clauses(span, a, skip, own)
            noun = None if war or read else general.statement_noun(span, a, own)
            found += read + ([noun] if noun is not None else [])
    found += _narration(reader, general, used)
    for sent in doc.sents:
        if article.is_body(sent.start_char, sent.end_char):
            found += general.distances(sent, lambda offset: _holder(extraction, offset))
    distances = {p.evidence for p in found if p.predicate == "distanceFrom"}
    # "X lies 104 km east of Y" is read once, as the distance
    found = [p for p in found if p.predicate == "distanceFrom" or p.evidence not in distances
             or p.quantity is None or p.quantity.unit != "KiloM" or p.predicate in PREDICATES]
    return _dedupe(found)


def _own_words(a: Attribution, attributions) -> object:
    """A token filter: the words of ``a``'s content that are not another's
    statement relayed inside it ("T reported that X said P": P is X's)."""
    inner = [(b.cue.start, b.content.end) for b in attributions
             if b is not a and b.via is not None and a.content.start <= b.cue.start and b.content.end <= a.content.end]
    if not inner:
        return None
    return lambda tok: not any(lo <= tok.idx < hi for lo, hi in inner)


def _tokens(doc: Doc, span: Span) -> list[Token]:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(found) if found is not None else []


def _holder(x: Extraction, offset: int) -> Attribution | None:
    """The narrowest attributed statement whose content holds ``offset``."""
    holding = [a for a in x.attributions if a.content.start <= offset < a.content.end]
    return min(holding, key=lambda a: a.content.end - a.content.start) if holding else None


def _narration(reader: Reader, general: ClauseRules, used: set[int]) -> list[Proposition]:
    """What the article states in its own voice: the propositions of body
    sentences read from the words no attribution covers (its cue, source and
    content are someone else's voice)."""
    x, doc = reader.x, reader.doc
    quoted = sorted((s.start, s.end) for a in x.attributions
                    for s in (a.cue, a.content, a.source) if s is not None)

    def outside(tok: Token) -> bool:
        return not any(lo <= tok.idx < hi for lo, hi in quoted)

    out: list[Proposition] = []
    for sent in doc.sents:
        if not reader.article.is_body(sent.start_char, sent.end_char):
            continue
        if not outside(sent.root):
            # the sentence reports a statement: only its own qualifiers and
            # clauses ("..., while X cancelled Y")
            out += general.clauses(sent, None, used, outside, core=False, sub=True)
            continue
        war = Finder(reader, None, sent, outside).run()
        skip = used | {t.i for p in war for t in _tokens(doc, p.cue)}
        out += war + general.clauses(sent, None, skip, outside, sub=True)
    return out


def narration(article: Article, doc: Doc, x: Extraction, found) -> tuple[Span, ...]:
    """The body sentences of the outlet's narration (their main verb is no
    one's statement) that name an entity in its own words (a mention outside
    every statement's cue, source and content) and of which no proposition
    was read in its own voice: "The lender X is state-owned too." says
    something about X all the same, and the outlet says it."""
    quoted = [(s.start, s.end) for a in x.attributions for s in (a.cue, a.content, a.source) if s is not None]
    stated = {p.evidence.start for p in found if p.attribution is None and p.withdrawal is None}
    starts = sorted(m.span.start for m in x.mentions if m.span.end > m.span.start
                    and not any(lo <= m.span.start < hi for lo, hi in quoted))
    out: list[Span] = []
    for sent in doc.sents:
        # the article's own characters (the parse normalises some spaces)
        raw = article.text[sent.start_char:sent.end_char]
        text = raw.strip()
        if not text or not article.is_body(sent.start_char, sent.end_char):
            continue
        start = sent.start_char + len(raw) - len(raw.lstrip())
        if start in stated or sent.start_char in stated:
            continue
        if any(lo <= sent.root.idx < hi for lo, hi in quoted):
            # the sentence reports a statement: what else it names is named
            # by that statement ("X told Y, ...", "Speaking to Y, X said ...")
            continue
        i = bisect_left(starts, sent.start_char)
        if i < len(starts) and starts[i] < sent.end_char:
            out.append(Span(start, start + len(text), text))
    return tuple(out)


def with_propositions(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    """``extraction`` with the statements relayed inside others' (``chains``),
    the roles the text gives people (``roles``) and its propositions attached
    (the pipeline's one call site). A failure here never loses the article: it keeps its other
    records, and the failure is logged as a warning naming the article."""
    try:
        inner = relayed(article, doc, extraction)
        if inner:
            extraction = replace(extraction, attributions=extraction.attributions + inner)
    except Exception as err:  # noqa: BLE001 - relays are an addition; the article still lands
        log.warning("%s: W201 relayed statements skipped (%s: %s); the article keeps its other records",
                    article.path, type(err).__name__, err)
    try:
        extraction = replace(extraction, roles=find_roles(article, doc, extraction))
    except Exception as err:  # noqa: BLE001 - roles are an addition; the article still lands
        log.warning("%s: W201 roles skipped (%s: %s); the article keeps its other records",
                    article.path, type(err).__name__, err)
    try:
        found = propositions(article, doc, extraction)
        return replace(extraction, propositions=found, narration=narration(article, doc, extraction, found))
    except Exception as err:  # noqa: BLE001 - propositions are an addition; the article still lands
        log.warning("%s: W201 propositions skipped (%s: %s); the article keeps its other records",
                    article.path, type(err).__name__, err)
        return extraction
