"""Roles as the text states them: "Defence Ministry spokesman X" (the role
words and the body before the name), "X, a senior adviser to Y" and "the
body's deputy minister, X" (an apposition), "X, head of the local
administration". Each becomes a ``Role``: the person's mention, the role
words and - when a named body or person is given - that body, with spans.

A role noun is one of ``cues.PERSON_NOUNS`` (spokesman, minister, adviser,
governor, head, ...). The body is a named organisation, place or person
written with the role: before the role noun in a title ("Interior Ministry
spokesman"), as a possessor ("the minister's adviser"), or after "of",
"to", "for", "at" ("adviser to the president X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.records import Article, Extraction, Mention, Role, Span

from . import cues
from .coref import SpeakerResolver, token_span

ROLE_NOUNS = cues.PERSON_NOUNS | frozenset({"aide", "secretary", "spokesperson", "head", "chief"})
# Prepositions that name whom a role is for ("adviser to", "head of", "spokesman for").
BODY_PREPS = frozenset({"of", "to", "for", "at"})
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "case"})


def _role_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS


class _Roles:
    def __init__(self, article: Article, doc: Doc, extraction: Extraction):
        self.article, self.doc = article, doc
        self.res = SpeakerResolver(doc, list(extraction.mentions))

    def span(self, lo: int, hi: int) -> Span:
        return token_span(self.doc, lo, hi, self.article.text)

    def body_in(self, toks: list[Token], person: Mention) -> Mention | None:
        for t in toks:
            m = self.res.mention_at(t)
            if m is not None and m != person and m.type in ("Organisation", "Place", "Person"):
                return m
        return None

    def title(self, person: Mention, head: Token) -> Role | None:
        """"[body] [modifiers] ROLE Name": the words before the name in its
        noun phrase, up to the role noun."""
        first = self.doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
        if first is None:
            return None
        before = sorted((t for t in head.subtree if t.i < first.start and t.dep_ in _TITLE_DEPS | {"compound"}),
                        key=lambda t: t.i)
        # only the contiguous run right before the name
        run: list[Token] = []
        for t in reversed(before):
            if t.i != (run[0].i - 1 if run else first.start - 1):
                break
            run.insert(0, t)
        roles = [t for t in run if _role_noun(t)]
        if not roles:
            return None
        role_end = roles[-1]
        body = self.body_in([t for t in run if t.i < role_end.i], person)
        start = run[0].i
        if body is not None:
            body_toks = self.doc.char_span(body.span.start, body.span.end, alignment_mode="expand")
            start = body_toks.end if body_toks is not None else start
        start = min(start, role_end.i)
        while start < role_end.i and self.doc[start].dep_ in ("case", "poss", "punct"):
            start += 1
        role = self.span(start, role_end.i + 1)
        evidence = self.span(run[0].i, first.end)
        return Role(person, role, body, evidence)

    def apposition(self, person: Mention, head: Token) -> Role | None:
        """"X, a senior adviser to Y" / "Y's deputy minister, X" / "X, head of Z"."""
        noun = next((c for c in head.children if c.dep_ == "appos" and _role_noun(c)), None)
        if noun is None and head.dep_ == "appos" and _role_noun(head.head):
            noun = head.head
        if noun is None:
            return None
        mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod")]
        body = None
        for c in noun.children:
            if c.dep_ == "poss":
                body = self.res.mention_at(c) or self.body_in(list(c.subtree), person)
        tail_end = noun.i + 1
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in BODY_PREPS and c.i > noun.i:
                found = self.body_in(list(c.subtree), person)
                if found is not None and body is None:
                    body = found
                elif found is None and c.lower_ == "of":
                    tail_end = c.right_edge.i + 1  # "head of the local administration", "chief of staff"
        start = min([noun.i] + [t.i for t in mods])
        if body is not None:
            bt = self.doc.char_span(body.span.start, body.span.end, alignment_mode="expand")
            if bt is not None and bt.start <= start < bt.end:
                start = bt.end
        while start < noun.i and self.doc[start].dep_ in ("case", "poss", "punct", "det"):
            start += 1
        role = self.span(start, tail_end)
        lo = min(noun.left_edge.i, self.doc.char_span(person.span.start, person.span.end, alignment_mode="expand").start)
        hi = max(noun.right_edge.i + 1, head.i + 1)
        return Role(person, role, body, self.span(lo, hi))

    def roles(self, mentions) -> list[Role]:
        out, seen = [], set()
        for m in mentions:
            if m.type != "Person" or not self.article.is_body(m.span.start, m.span.end):
                continue
            head = self.res.head_token(m)
            if head is None:
                continue
            for rule in (self.title, self.apposition):
                try:
                    r = rule(m, head)
                except (IndexError, ValueError, AttributeError):
                    r = None
                if r is not None and (m.span, r.role) not in seen:
                    seen.add((m.span, r.role))
                    out.append(r)
        return out


def find_roles(article: Article, doc: Doc, extraction: Extraction) -> tuple[Role, ...]:
    """Every role the article gives a named person, with its spans."""
    return tuple(_Roles(article, doc, extraction).roles(extraction.mentions))
