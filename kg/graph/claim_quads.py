"""Claims across articles as RDF: what one article adds to its own named
graph (propositions, canonical claims, quantities, stated and said dates,
the intermediary's span, the MinHash fingerprint).

A canonical claim's triples (type, key, subject, predicate, object) depend
only on its key, so they are written once, to the shared graph
(``kg.shared``): the union graph holds one claim with many reports, and
dropping an article's graph drops exactly its reports (the store drops a
canonical claim no article reports any more). Each reported proposition carries
``kg:matchKey`` (the key it was merged on) and ``kg:mergedBecause`` (how its
subject and object were read), so every merge can be explained from the
graph.

Syndication is cross-article by nature, so it is not written at all: each
article stores its MinHash sketch, and the queries find near-copies with one
SPARQL join over the sketch slots. Nothing derived can go stale when an
article is re-built or removed.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from kg.records import Extraction, Mention, Proposition, Span
from kg.resolve import body_text, claim_key, fingerprint, sketch, slots, value_text
from kg.vocab import (
    KG,
    RDF,
    SHARED_GRAPH,
    XSD,
    article_iri,
    attribution_iri,
    canonical_claim_iri,
    claim_iri,
    entity_iri,
    graph_iri,
    proposition_iri,
    quantity_iri,
    unit_iri,
)

from .spans import text_literal, write_span


class _Graph:
    """The triples one article adds for its claims (a set: repeats vanish)."""

    def __init__(self, extraction: Extraction, resolver):
        self.x, self.article, self.resolver = extraction, extraction.article, resolver
        self.key = self.article.key
        self.art = NamedNode(article_iri(self.key))
        self.triples: set[tuple] = set()
        self.shared: set[tuple] = set()

    def add(self, s, p, o) -> None:
        self.triples.add((s, p, o))

    def span(self, span: Span) -> NamedNode:
        return write_span(self.add, self.article, span)

    def entity(self, mention: Mention) -> NamedNode:
        """The entity node (``kg.graph.quads`` writes the mention and the entity's
        shared description)."""
        return NamedNode(entity_iri(self.resolver.entity(mention)))

    def share(self, s, p, o) -> None:
        """A triple of a shared node (canonical claim, quantity): a function
        of its IRI alone, written to the shared graph."""
        self.shared.add((s, p, o))

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
            if a.via is not None:
                self.add(NamedNode(attribution_iri(self.key, a)), KG.viaSpan, self.span(a.via.span))

    # -- propositions ------------------------------------------------------
    def proposition(self, p: Proposition) -> None:
        key = claim_key(p, self.resolver)
        canon = NamedNode(canonical_claim_iri(key.text))
        subject = self.entity(p.subject)
        if p.quantity is not None:
            obj = self.quantity(p.quantity.value, p.quantity.unit)
            obj_span = p.quantity.span
        elif p.object is not None:
            obj, obj_span = self.entity(p.object), p.object.span
        else:
            return
        predicate = getattr(KG, p.predicate)
        if p.withdrawal is not None:
            w = p.withdrawal
            # the kg:Withdrawal node kg.graph.quads wrote for this record
            occ = NamedNode(proposition_iri(self.key, w.actor.span, "withdrawsFrom", w.place.span, w.cue))
        elif p.attribution is not None:
            occ = NamedNode(proposition_iri(self.key, p.subject.span, p.predicate, obj_span, p.cue))
            claim = NamedNode(claim_iri(self.key, p.attribution.content))
            self.add(occ, RDF.type, KG.Proposition)
            self.add(occ, RDF.subject, subject)
            self.add(occ, RDF.predicate, predicate)
            self.add(occ, RDF.object, obj)
            self.add(occ, KG.cueSpan, self.span(p.cue))
            self.add(occ, KG.evidenceSpan, self.span(p.evidence))
            self.add(claim, KG.proposition, occ)
            self.add(claim, KG.about, subject)
            if p.object is not None:
                self.add(claim, KG.about, obj)
        else:
            return
        self.add(occ, KG.canonicalClaim, canon)
        self.add(occ, KG.matchKey, text_literal(key.text))
        for why in p.why:
            self.add(occ, KG.mergedBecause, text_literal(why))
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
        self.share(canon, KG.about, subject)
        if p.object is not None:
            self.share(canon, KG.about, obj)


def claim_quads(extraction: Extraction, resolver) -> list[Quad]:
    """The quads the article adds for claims across articles: in its named
    graph, and (canonical claims, quantities) in the shared graph. Entities
    are described by ``kg.graph.quads``."""
    g = _Graph(extraction, resolver)
    g.fingerprint()
    g.attributions()
    for p in extraction.propositions:
        g.proposition(p)
    graph = NamedNode(graph_iri(extraction.article.key))
    shared = NamedNode(SHARED_GRAPH)
    # unordered: kg.graph.quads.article_quads sorts the article's whole graph once
    return ([Quad(s, p, o, graph) for s, p, o in g.triples]
            + [Quad(s, p, o, shared) for s, p, o in g.shared])
