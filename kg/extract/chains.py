"""Relayed speech kept to both ends: "T reported that X said P", "X told
residents to leave, T reported". The attribution rules give T's statement
(speaker T, content "X said P"); this reads the statement inside it - the
speech verb heading that content, its subject as the original speaker and
its complement as what was said - as an attribution of its own, with T as
its intermediary (``via``). Applied to its own output, a chain of any depth
unfolds ("A said that B reported that C said P").

Only a content whose clause is headed by a speech verb with a subject and
a clause ("X said that P"), or a directive to an addressee ("X told
residents to leave"), counts: "T reported heavy fighting" relays nobody.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.records import Article, Attribution, Extraction, Span

from . import cues
from .coref import SpeakerResolver, np_tokens

# Speech verbs that relay a statement (a directive "told X to do" included);
# verbs of publishing a thing ("posted a photo") are not speech here.
RELAY_VERBS = cues.PLAIN_SPEECH_VERBS
# Verbs that relay a directive with an addressee: "told residents to leave".
DIRECTIVE_VERBS = frozenset({"tell", "urge", "order", "instruct"})
_COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "dative", "obj")
_MAX_DEPTH = 3


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in "\"'\u201c\u201d\u2018\u2019,;:\u2014-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'\u201c\u201d\u2018\u2019,;:.\u2014-"):
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def _inner(article: Article, doc: Doc, res: SpeakerResolver, outer: Attribution) -> Attribution | None:
    span = doc.char_span(outer.content.start, outer.content.end, alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for t in span}
    verb = next((t for t in span if t.head.i not in inside or t.head.i == t.i), None)
    if verb is None or verb.lemma_.lower() not in RELAY_VERBS | DIRECTIVE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    directive = verb.lemma_.lower() in DIRECTIVE_VERBS and any(c.dep_ in ("dobj", "dative") for c in verb.children) \
        and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    if not (clause or directive):
        return None  # "declared a state of emergency", "reported heavy fighting": no statement inside
    subj: Token | None = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "the directors were told P": the subject was told, the teller is the agent if named
        subj = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subj is None or subj.i not in inside or subj.pos_ == "PRON":
        return None  # "it said": the attribution rules already read who "it" is
    rest = [t for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.i > verb.i for t in c.subtree]
    if len([t for t in rest if t.is_alpha]) < 2:
        return None  # "twenty people confirmed killed": no statement, a state
    content = _trim(article.text, min(t.idx for t in rest),
                    min(max(t.idx + len(t.text) for t in rest), outer.content.end))
    words = np_tokens(subj)
    source = _trim(article.text, min(t.idx for t in words), max(t.idx + len(t.text) for t in words))
    if content is None or source is None:
        return None
    cue = Span(verb.idx, verb.idx + len(verb.text), verb.text)
    relation = "denies" if verb.lemma_.lower() in cues.DENY_VERBS else \
        "confirms" if verb.lemma_.lower() in cues.CONFIRM_VERBS else "claims"
    speaker = res.resolve(subj)
    if speaker is not None and not (source.start <= speaker.span.start and speaker.span.end <= source.end) \
            and subj.pos_ != "PROPN":
        # only a name written in the subject itself (a surname of one named
        # before too): "the army chief" in an agency's report is not whoever
        # was named before
        speaker = None
    if speaker is not None and outer.speaker is not None and speaker.name == outer.speaker.name:
        return None  # the speaker restating itself is no relay
    if speaker is None and not (subj.tag_ == "NN" and subj.lemma_.lower() in cues.PERSON_NOUNS):
        # "their intentions said": no one speaks; "experts have confirmed P",
        # "local media claim P" inside X's statement: unnamed people tied to no
        # entity, which the keys skip (as "witnesses said" outside quotes). One
        # office unnamed ("the head of X's administration told T") is kept,
        # its source as written
        return None
    return Attribution(relation, cue, content, source, speaker, outer.speaker)


def relayed(article: Article, doc: Doc, extraction: Extraction) -> tuple[Attribution, ...]:
    """The statements relayed inside others' contents that the attribution
    rules did not read, each with its relay as ``via`` (new records only)."""
    res = SpeakerResolver(doc, list(extraction.mentions))
    have = {(a.cue.start, a.cue.end) for a in extraction.attributions}
    out: list[Attribution] = []
    frontier = list(extraction.attributions)
    for _ in range(_MAX_DEPTH):
        found = []
        for outer in frontier:
            inner = _inner(article, doc, res, outer)
            if inner is not None and (inner.cue.start, inner.cue.end) not in have \
                    and article.is_body(inner.cue.start, inner.cue.end):
                have.add((inner.cue.start, inner.cue.end))
                found.append(inner)
        out += found
        frontier = found
        if not found:
            break
    return tuple(out)
