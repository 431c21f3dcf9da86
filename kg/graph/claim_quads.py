"""Claims across articles as RDF: what one article adds to its own named
graph (propositions, canonical claims, quantities, stated and said dates,
the intermediary's span, the MinHash fingerprint).

A canonical claim's triples (type, key, subject, predicate, object) depend
only on its key, so every article graph that reports it writes the same
triples: the union graph holds one claim with many reports, and dropping an
article's graph drops exactly its reports. Each reported proposition carries
``kg:matchKey`` (the key it was merged on) and ``kg:mergedBecause`` (how its
subject and object were read), so every merge can be explained from the
graph.

Syndication is cross-article by nature, so it is not written at all: each
article stores its MinHash sketch, and the queries find near-copies with one
SPARQL join over the sketch slots. Nothing derived can go stale when an
article is re-built or removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from kg.records import Attribution, Extraction, Mention, Proposition, Span
from kg.resolve import (
    QUOTE_PREDICATE,
    body_text,
    claim_key,
    fingerprint,
    fold,
    quote_key,
    report_day,
    sketch,
    slots,
    value_text,
)
from kg.vocab import (
    SHARED_GRAPH,
    KG,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    article_iri,
    attribution_iri,
    canonical_claim_iri,
    claim_iri,
    node_iri,
    frame_iri,
    graph_iri,
    phrase_iri,
    proposition_iri,
    quantity_iri,
    role_iri,
    source_iri,
    unit_iri,
)

from .spans import UNATTRIBUTED_LABEL, text_literal, write_span

# The controlled predicates (kg.extract.events.PREDICATES): a
# proposition with another predicate is a verb frame.
CONTROLLED = frozenset({
    "withdrawsFrom", "entered", "captured", "controls", "attacked", "killed", "injured",
    "evacuated", "liberatedArea", "advanced", "distanceFrom",
})
PROPOSITION_METHOD = "proposition key: subject, predicate, object or amount, time"
# "told Y, ...", "in a statement to Y: ...": the words between a cue and
# the content after it, read for the addressee when they stay in one sentence
ADDRESSEE_GAP = 80
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# how far the words around a statement are read for its setting
SETTING_REACH = 200
QUOTE_METHOD = "statement words: same speaker, same smallest-hash content words (bottom-2 MinHash)"
SHORT_QUOTE_METHOD = ("statement words: a short statement, keyed on its speaker, all its words and its article "
                      "(never merged)")


def setting(text: str, a: Attribution) -> list[tuple[int, int]]:
    """The words of the sentence reporting ``a`` outside its cue, source and
    content: before the first of them back to the sentence start, between
    them, and after the last to the sentence end (at most ``SETTING_REACH``
    characters each way; a sentence end inside stops it)."""
    spans = sorted((s.start, s.end) for s in (a.cue, a.content, a.source) if s is not None)
    lo, hi = spans[0][0], max(e for _, e in spans)
    before = text[max(0, lo - SETTING_REACH):lo]
    ends = list(_SENTENCE_END.finditer(before))
    start = lo - len(before) + ends[-1].end() if ends else lo - len(before)
    after = text[hi:hi + SETTING_REACH]
    end = _SENTENCE_END.search(after)
    out = [(start, lo), (hi, hi + (end.start() + 1 if end else len(after)))]
    out += [(e, s) for (_, e), (s, _) in zip(spans, spans[1:]) if e < s and not _SENTENCE_END.search(text[e:s])]
    return out


def relayed_in(a: Attribution, attributions) -> Attribution | None:
    """The narrowest other statement whose content holds ``a``'s cue and
    source: the report that relays ``a`` ("T reported that X said P")."""
    outer = [o for o in attributions if o is not a and o.content.start <= a.cue.start and a.cue.end <= o.content.end
             and (a.source is None or (o.content.start <= a.source.start and a.source.end <= o.content.end))
             and not (o.content.start <= a.content.start and a.content.end <= o.content.end and o.cue == a.cue)]
    return min(outer, key=lambda o: o.content.end - o.content.start) if outer else None


class _Graph:
    """The triples one article adds for its claims (a set: repeats vanish)."""

    def __init__(self, extraction: Extraction, resolver, described: set[NamedNode]):
        self.x, self.article, self.resolver = extraction, extraction.article, resolver
        self.key = self.article.key
        self.art = NamedNode(article_iri(self.key))
        self.described = described
        self.reported = report_day(self.article)
        self.triples: set[tuple] = set()
        self.shared: set[tuple] = set()

    def add(self, s, p, o) -> None:
        self.triples.add((s, p, o))

    def span(self, span: Span) -> NamedNode:
        return write_span(self.add, self.article, span)

    def entity(self, mention: Mention) -> NamedNode:
        """The entity node (``kg.graph.quads`` writes the mention and the
        entity's shared description)."""
        return NamedNode(node_iri(self.resolver.entity(mention), self.key))

    def share(self, s, p, o) -> None:
        """A triple of a shared node (canonical claim, quantity): a function
        of its IRI alone, written to the shared graph."""
        self.shared.add((s, p, o))

    def unattributed(self) -> NamedNode:
        """The article's own voice when its outlet is unknown (as kg.graph.quads writes it)."""
        node = NamedNode(source_iri(self.key, None))
        self.add(node, RDF.type, KG.Actor)
        self.add(node, RDF.type, KG.UnnamedSource)
        self.add(node, SKOS.prefLabel, text_literal(UNATTRIBUTED_LABEL))
        return node

    def quantity(self, value: float, unit: str) -> NamedNode:
        text = value_text(value)
        node = NamedNode(quantity_iri(text, unit))
        self.share(node, RDF.type, KG.Quantity)
        self.share(node, KG.numericValue, Literal(text, datatype=XSD.decimal))
        self.share(node, KG.unit, NamedNode(unit_iri(unit)))
        return node

    # -- article -----------------------------------------------------------
    def fingerprint(self) -> None:
        sk = sketch(body_text(self.article))
        if sk:
            self.add(self.art, KG.fingerprint, Literal(fingerprint(sk)))
            for slot in slots(sk):
                self.add(self.art, KG.sketchSlot, Literal(slot))

    def attributions(self) -> None:
        for a in self.x.attributions:
            node = NamedNode(attribution_iri(self.key, a))
            if a.via is not None:
                self.add(node, KG.viaSpan, self.span(a.via.span))
            outer = relayed_in(a, self.x.attributions)
            if outer is not None:
                # "T reported that X said P": X's statement is relayed in T's,
                # and T is its intermediary unless the text names another
                self.add(node, KG.relayedIn, NamedNode(attribution_iri(self.key, outer)))
                if a.via is None and outer.speaker is not None:
                    self.add(node, KG.via, self.entity(outer.speaker))
                    if outer.source is not None:
                        self.add(node, KG.viaSpan, self.span(outer.source))

    # -- propositions ------------------------------------------------------
    def predicate(self, p: Proposition) -> NamedNode:
        """A controlled predicate (kg:entered), else the verb frame (frame:pull_back)."""
        if p.predicate in CONTROLLED:
            return getattr(KG, p.predicate)
        node = NamedNode(frame_iri(p.predicate))
        self.share(node, RDF.type, KG.Frame)  # described once, in the shared graph
        self.share(node, RDFS.label, text_literal(p.frame or p.predicate.replace("_", " ")))
        return node

    def phrase(self, words: str) -> NamedNode:
        node = NamedNode(phrase_iri(fold(words)))
        self.share(node, RDF.type, KG.Phrase)
        self.share(node, SKOS.prefLabel, text_literal(words))
        return node

    def outlet_voice(self, content: Span) -> NamedNode:
        """The claim the article states in its own voice in ``content`` (a
        sentence): a kg:Narration by the outlet, with the relation kg:states."""
        text = content.text
        lead = len(text) - len(text.lstrip())
        content = Span(content.start + lead, content.start + len(text.rstrip()), text.strip())
        a = Attribution(relation="states", cue=content, content=content, source=None, speaker=None)
        node = NamedNode(attribution_iri(self.key, a))
        claim = NamedNode(claim_iri(self.key, content))
        speaker = self.outlet
        self.add(claim, RDF.type, KG.Claim)
        self.add(claim, KG.text, text_literal(content.text))
        self.add(claim, PROV.wasQuotedFrom, self.art)
        self.add(node, RDF.type, KG.Attribution)
        self.add(node, RDF.type, KG.Narration)
        self.add(node, KG.speaker, speaker)
        self.add(node, PROV.wasAttributedTo, speaker)
        self.add(node, KG.relation, KG.states)
        self.add(speaker, KG.states, claim)
        self.add(node, KG.hasClaim, claim)
        self.add(node, KG.inArticle, self.art)
        self.add(node, PROV.wasDerivedFrom, self.art)
        if self.activity is not None:
            self.add(node, PROV.wasGeneratedBy, self.activity)
        self.add(node, KG.cueSpan, self.span(content))
        self.add(node, KG.contentSpan, self.span(content))
        # like a quoted claim, it is about what its words name - the
        # outlet's words only: a quote inside the sentence is its speaker's
        quoted = [(q.content.start, q.content.end) for q in self.x.attributions]
        for m in self.x.mentions:
            if content.start <= m.span.start and m.span.end <= content.end and m.span.end > m.span.start \
                    and not any(lo <= m.span.start < hi for lo, hi in quoted):
                self.add(claim, KG.about, self.entity(m))
        return claim

    def proposition(self, p: Proposition) -> None:
        key = claim_key(p, self.resolver, self.reported)
        canon = NamedNode(canonical_claim_iri(key.text))
        subject = self.entity(p.subject) if p.subject is not None else self.phrase(p.subject_words.text)
        distance = None
        if p.quantity is not None and p.object is not None:  # a distance: place and amount
            obj, obj_span = self.entity(p.object), p.object.span
            distance = self.quantity(p.quantity.value, p.quantity.unit)
        elif p.quantity is not None:
            obj = self.quantity(p.quantity.value, p.quantity.unit)
            obj_span = p.quantity.span
        elif p.object is not None:
            obj, obj_span = self.entity(p.object), p.object.span
        elif p.object_words is not None:
            obj, obj_span = self.phrase(p.object_words.text), p.object_words
        else:
            return
        predicate = self.predicate(p)
        if p.withdrawal is not None:
            w = p.withdrawal
            # the kg:Withdrawal node kg.graph.quads wrote for this record
            occ = NamedNode(proposition_iri(self.key, w.actor.span, "withdrawsFrom", w.place.span, w.cue))
        else:
            occ = NamedNode(proposition_iri(self.key, p.subject_span, p.predicate, obj_span, p.cue))
            if p.attribution is not None:
                claim = NamedNode(claim_iri(self.key, p.attribution.content))
            else:
                claim = self.outlet_voice(p.evidence)
            self.add(occ, RDF.type, KG.Proposition)
            self.add(occ, RDF.subject, subject)
            self.add(occ, RDF.predicate, predicate)
            self.add(occ, RDF.object, obj)
            self.add(occ, KG.cueSpan, self.span(p.cue))
            self.add(occ, KG.evidenceSpan, self.span(p.evidence))
            self.add(claim, KG.proposition, occ)
            if p.subject is not None:
                self.add(claim, KG.about, subject)
            if p.object is not None:
                self.add(claim, KG.about, obj)
            for m in p.named:  # named in the clause, neither subject nor object
                self.add(occ, KG.names, self.entity(m))
            if p.attribution is not None and p.attribution.speaker is not None:
                for m in self.named_in(p.attribution, content=False):  # its speaker's body, its addressee
                    self.add(occ, KG.names, self.entity(m))
        self.add(occ, KG.canonicalClaim, canon)
        self.add(occ, KG.matchKey, text_literal(key.text))
        self.add(occ, KG.matchMethod, text_literal(PROPOSITION_METHOD))
        for why in p.why:
            self.add(occ, KG.mergedBecause, text_literal(why))
        if p.frame:
            self.add(occ, KG.frame, text_literal(p.frame))
        if p.negated:
            self.add(occ, KG.negated, Literal("true", datatype=XSD.boolean))
        if p.modality:
            self.add(occ, KG.modality, text_literal(p.modality))
        if p.object_words is not None:
            self.add(occ, KG.objectWordsSpan, self.span(p.object_words))
        if p.subject_words is not None:
            self.add(occ, KG.subjectWordsSpan, self.span(p.subject_words))
        if distance is not None:
            self.add(occ, KG.distance, distance)
            self.share(canon, KG.distance, distance)
            if p.direction:
                self.add(occ, KG.direction, text_literal(p.direction))
        if p.quantity is not None:
            self.add(occ, KG.quantitySpan, self.span(p.quantity.span))
            if p.quantity.qualifier:
                self.add(occ, KG.qualifier, text_literal(p.quantity.qualifier))
        if p.time is not None:
            self.add(occ, KG.timeSpan, self.span(p.time.span))
            if p.time.date:
                self.add(occ, KG.statedDate, Literal(p.time.date, datatype=XSD.date))
        if p.said is not None and p.attribution is not None:
            node = NamedNode(attribution_iri(self.key, p.attribution))
            self.add(node, KG.timeSpan, self.span(p.said.span))
            if p.said.date:
                self.add(node, KG.saidDate, Literal(p.said.date, datatype=XSD.date))
        # the canonical claim: a function of its key only
        self.share(canon, RDF.type, KG.CanonicalClaim)
        self.share(canon, KG.claimKey, text_literal(key.text))
        self.share(canon, RDF.subject, subject)
        self.share(canon, RDF.predicate, predicate)
        self.share(canon, RDF.object, obj)
        if p.subject is not None:
            self.share(canon, KG.about, subject)
        if p.object is not None:
            self.share(canon, KG.about, obj)

    # -- roles ----------------------------------------------------------------
    def roles(self) -> None:
        """"Defence Ministry spokesman X": X holds the role words, of the body."""
        for r in self.x.roles:
            node = NamedNode(role_iri(self.key, r.person.span, r.role))
            self.add(node, RDF.type, KG.RoleAssertion)
            self.add(node, KG.holder, self.entity(r.person))
            self.add(node, KG.roleWords, text_literal(r.role.text))
            self.add(node, KG.holderSpan, self.span(r.person.span))
            self.add(node, KG.roleSpan, self.span(r.role))
            self.add(node, KG.evidenceSpan, self.span(r.evidence))
            self.add(node, KG.inArticle, self.art)
            self.add(self.art, KG.roleAssertion, node)
            if r.body is not None:
                self.add(node, KG.roleOf, self.entity(r.body))
                self.add(node, KG.bodySpan, self.span(r.body.span))

    # -- statements matched on their words ------------------------------------
    def named_in(self, a: Attribution, content: bool = True) -> list[Mention]:
        """The entities the statement's words name, other than its speaker
        (one mention per entity name): in its content, in the words of its
        source ("X of Y said": the body Y) and between its cue and content
        ("told Y, ...": the addressee Y) when they follow in one sentence;
        without ``content``, only the last two. With ``content``, also the
        rest of the sentence that reports it (``setting``): where and to whom
        it was said ("Speaking to X, ...", "In an interview with X, ...", ",
        according to the X report"), the speaker's role words ("X medical
        anthropologist Y told ...") and who relays it ("X reports Y said")."""
        regions = [(a.content.start, a.content.end)] if content else []
        if a.source is not None:
            regions.append((a.source.start, a.source.end))
        gap = self.article.text[a.cue.end:a.content.start]
        if a.cue.end <= a.content.start and len(gap) <= ADDRESSEE_GAP and not _SENTENCE_END.search(gap):
            regions.append((a.cue.end, a.content.start))
        others = []
        if content:
            regions += setting(self.article.text, a)
            # another statement's words and speaker in the same sentence are
            # its own (a statement relaying this one is part of its setting)
            # (one statement of two speakers, "X and Y announced", is one)
            others = [(s.start, s.end) for b in self.x.attributions if b.content != a.content
                      for s in (b.content, b.source) if s is not None and not s.start <= a.cue.start < s.end]
        seen, out = {a.speaker.name}, []
        for m in self.x.mentions:
            if m.name not in seen and any(s <= m.span.start and m.span.end <= e for s, e in regions) \
                    and not any(s <= m.span.start < e for s, e in others):
                seen.add(m.name)
                out.append(m)
        return out

    def quote(self, a: Attribution) -> None:
        """The statement itself as a claim "speaker says <words>", keyed on
        the speaker and a sketch of its words (``kg.resolve.quote_key``), so
        reports of one statement by several outlets meet on one claim."""
        if a.speaker is None:
            return
        speaker = self.entity(a.speaker)
        key = quote_key(self.resolver.entity(a.speaker).key, a.content.text, self.reported, self.key)
        if key is None:
            return
        canon = NamedNode(canonical_claim_iri(key.text))
        words = NamedNode(phrase_iri(key.object))
        self.share(words, RDF.type, KG.Phrase)
        # the words as this article writes them (in its own graph: removing it
        # removes them; two articles with the same words hold them twice)
        self.add(words, SKOS.prefLabel, text_literal(a.content.text))
        occ = NamedNode(proposition_iri(self.key, a.speaker.span, QUOTE_PREDICATE, a.content, a.cue))
        claim = NamedNode(claim_iri(self.key, a.content))
        self.add(occ, RDF.type, KG.Proposition)
        self.add(occ, RDF.subject, speaker)
        self.add(occ, RDF.predicate, KG.says)
        self.add(occ, RDF.object, words)
        self.add(occ, KG.cueSpan, self.span(a.cue))
        self.add(occ, KG.evidenceSpan, self.span(a.content))
        self.add(claim, KG.proposition, occ)
        self.add(occ, KG.canonicalClaim, canon)
        self.add(occ, KG.matchKey, text_literal(key.text))
        short = " in:" in key.object  # too few words to match: this article's own claim
        self.add(occ, KG.matchMethod, text_literal(SHORT_QUOTE_METHOD if short else QUOTE_METHOD))
        for m in self.named_in(a):  # the entities its words name
            self.add(occ, KG.names, self.entity(m))
        self.add(occ, KG.mergedBecause, text_literal(f"speaker: '{a.speaker.name}'"))
        words_why = key.object[6:].split(" in:")[0] + (
            " (all its content words)" if short else " (smallest-hash content words)")
        self.add(occ, KG.mergedBecause, text_literal(f"words: {words_why}"))
        self.share(canon, RDF.type, KG.CanonicalClaim)
        self.share(canon, KG.claimKey, text_literal(key.text))
        self.share(canon, RDF.subject, speaker)
        self.share(canon, RDF.predicate, KG.says)
        self.share(canon, RDF.object, words)
        self.share(canon, KG.about, speaker)


def claim_quads(extraction: Extraction, resolver, article_quads: Iterable[Quad] = ()) -> list[Quad]:
    """The quads the article adds for claims across articles, in its named
    graph. ``article_quads`` are its quads from ``kg.graph.quads`` (entities already
    described there are not described again)."""
    described = {q.subject for q in article_quads if q.predicate == RDF.type}
    g = _Graph(extraction, resolver, described)
    g.activity = next((q.object for q in article_quads
                       if q.predicate == PROV.wasGeneratedBy and q.subject.value == graph_iri(g.key)), None)
    g.outlet = next((q.object for q in article_quads if q.predicate == KG.outlet), None) \
        or g.unattributed()
    g.fingerprint()
    g.attributions()
    for a in extraction.attributions:
        g.quote(a)
    for p in extraction.propositions:
        g.proposition(p)
    restated = {p.withdrawal for p in extraction.propositions if p.withdrawal is not None}
    for w in extraction.withdrawals:
        if w not in restated:  # records made without the extraction stage, which restates each one
            g.proposition(Proposition("withdrawsFrom", w.actor, w.place, None, w.cue, w.evidence, withdrawal=w))
    for sentence in extraction.narration:  # the outlet's words that yield no proposition
        g.outlet_voice(sentence)
    g.roles()
    graph = NamedNode(graph_iri(extraction.article.key))
    shared = NamedNode(SHARED_GRAPH)
    # unordered: kg.graph.quads.article_quads sorts the article's whole graph once
    return ([Quad(s, p, o, graph) for s, p, o in g.triples]
            + [Quad(s, p, o, shared) for s, p, o in g.shared])
