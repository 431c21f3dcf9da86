"""Records -> RDF quads: everything one article contributes, in its own named
graph.

The graph records who asserted what, never the asserted facts: an
attribution links its speaker, stance, cue and quote to a ``kg:Claim``; a
withdrawal becomes a ``kg:Withdrawal`` proposition (rdf:subject / predicate /
object, unasserted) attached to the claim of the statement that carries it,
or to a claim asserted by ``asserted_by`` (else the article's outlet).
Each mention of an entity is a ``kg:Mention`` in the article graph (span,
kind, name); the entity itself is described once, in the shared graph
(``kg.shared``), so dropping an article's graph and settling the shared
graph removes exactly its contribution. Every IRI is
minted in ``kg.vocab``; no blank nodes, so the output is deterministic.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from pyoxigraph import Literal, NamedNode, Quad

from kg.records import Attribution, Entity, Extraction, Mention, Span, Withdrawal
from kg.resolve import mention_kind, place_coordinates
from kg.vocab import (
    DCTERMS,
    GEO,
    ENTITY_CLASS,
    KG,
    OWL,
    PROV,
    RDF,
    RDFS,
    RELATION_PROPERTY,
    SKOS,
    XSD,
    activity_iri,
    article_url,
    article_iri,
    attribution_iri,
    claim_iri,
    content_id,
    graph_iri,
    mention_iri,
    node_iri,
    model_iri,
    proposition_iri,
    same_as_iri,
    source_iri,
)

from .shared import SHARED, pending_quads
from .spans import UNATTRIBUTED_LABEL, text_literal, write_span

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


def _decimal(value: float) -> str:
    """Three decimals in the form the store keeps (no trailing zeros:
    "139.52", "35"), so a graph is the same before and after the store.

    >>> _decimal(139.52), _decimal(35.0), _decimal(-0.5), _decimal(-0.0001)
    ('139.52', '35', '-0.5', '0')
    """
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _resolved(path: str) -> str:
    """The file's resolved absolute path (``/`` separators), or the path as
    given when the system cannot resolve it (a NUL byte)."""
    try:
        return os.path.realpath(path).replace(os.sep, "/")
    except (ValueError, OSError):
        return path


def _iri_or_none(value: str | None) -> NamedNode | None:
    """An IRI from metadata or None when invalid (a URL with spaces) or of
    another scheme than http(s) or urn: (``javascript:`` ...)."""
    value = article_url(value)
    if not value:
        return None
    try:
        return NamedNode(value)
    except ValueError:
        return None


def graph_record(key: str, content_hash: str, pipeline_version: str, model: str) -> list[Triple]:
    """What the store needs to skip or replace an article: its key, content
    hash and the pipeline version that built its graph."""
    g = NamedNode(graph_iri(key))
    act = NamedNode(activity_iri(pipeline_version, model))
    return [
        (g, RDF.type, KG.ArticleGraph),
        (g, KG.articleKey, text_literal(key)),
        (g, KG.contentHash, Literal(content_hash)),
        (g, KG.pipelineVersion, text_literal(pipeline_version)),
        (g, PROV.wasDerivedFrom, NamedNode(article_iri(key))),
        (g, PROV.wasGeneratedBy, act),
    ]


class _Builder:
    """Collects the triples of one article graph (a set: repeats vanish)."""

    def __init__(self, extraction: Extraction, resolver, pipeline_version: str, model: str):
        self.x = extraction
        self.article = extraction.article
        self.key = self.article.key
        self.resolver = resolver
        self.triples: set[Triple] = set()
        self.art = NamedNode(article_iri(self.key))
        self.activity = NamedNode(activity_iri(pipeline_version, model))
        self.version, self.model = pipeline_version, model
        self.entities: dict[NamedNode, Entity] = {}
        self.mentions_done: set[NamedNode] = set()
        self.shared: set[Triple] = set()  # static triples for the shared graph

    def add(self, s, p, o) -> None:
        self.triples.add((s, p, o))

    # -- entities ---------------------------------------------------------
    def entity(self, mention: Mention, kind: str | None = None, named: bool = False) -> NamedNode:
        """The entity a mention names. The mention itself (its span, kind and
        name) goes into the article graph; the entity's description is the
        shared graph's (``kg.shared``): here only its static part (class,
        GeoNames link) and a marker to settle it. ``named``: never an
        unnamed group, whatever its words (an outlet called "Unions")."""
        e = self.resolver.entity(mention)
        if named and e.unnamed:
            e = dataclasses.replace(e, unnamed=False)
        node = NamedNode(node_iri(e, self.key))
        m = NamedNode(mention_iri(self.key, mention.span, e.key))
        if m not in self.mentions_done:
            self.mentions_done.add(m)
            self.add(m, RDF.type, KG.Mention)
            self.add(m, KG.mentionOf, node)
            self.add(m, KG.inArticle, self.art)
            self.add(m, KG.mentionName, text_literal(mention.name))
            if e.name != mention.name:
                self.add(m, KG.resolvedName, text_literal(e.name))
            if kind is None:
                kind = mention_kind(mention.span.text, e.type) if mention.span.text.strip() else "name"
            self.add(m, KG.mentionKind, Literal(kind))
            if mention.span.end > mention.span.start:
                self.add(m, KG.mentionSpan, self.span(mention.span))
        if node not in self.entities and e.unnamed:
            self.entities[node] = e
            self.unnamed_group(node, e)
        elif node not in self.entities:
            self.entities[node] = e
            self.share(node, RDF.type, ENTITY_CLASS[e.type])
            for ref in e.same_as:
                iri = same_as_iri(ref)
                if iri:
                    self.share(node, OWL.sameAs, NamedNode(iri))
            self.locate(node, e)
        return node

    def unnamed_group(self, node: NamedNode, e: Entity) -> None:
        """An unnamed group ("Officials", "Kenyan police"): a source of this
        article alone, described in its graph (label, and the country it
        belongs to when a nationality says so), never in the shared graph."""
        self.add(node, RDF.type, KG.Actor)
        self.add(node, RDF.type, KG.UnnamedSource)
        self.add(node, SKOS.prefLabel, text_literal(e.name))
        country = getattr(self.resolver, "affiliation", lambda _e: None)(e)
        if country:
            # the nationality is a description of the country, not a name of it
            place = self.entity(Mention(Span(0, 0, ""), "Place", country), kind="description")
            self.add(node, KG.affiliation, place)

    def share(self, s, p, o) -> None:
        """A static triple of a shared node, for the shared graph."""
        self.shared.add((s, p, o))

    def locate(self, node: NamedNode, e: Entity) -> None:
        """A place with a GeoNames link gets that place's coordinates (the
        first link that has some), so maps need no gazetteer."""
        if e.type != "Place":
            return
        for ref in e.same_as:
            point = place_coordinates(same_as_iri(ref) or ref)
            if point:
                self.share(node, GEO.lat, Literal(_decimal(point[0]), datatype=XSD.decimal))
                self.share(node, GEO.long, Literal(_decimal(point[1]), datatype=XSD.decimal))
                return

    # -- spans ------------------------------------------------------------
    def span(self, span: Span) -> NamedNode:
        return write_span(self.add, self.article, span)

    # -- article ----------------------------------------------------------
    def describe_article(self) -> NamedNode | None:
        a, meta, art = self.article, self.article.meta, self.art
        self.add(art, RDF.type, KG.Article)
        self.add(art, KG.articleKey, text_literal(a.key))
        self.add(art, KG.contentHash, Literal(a.content_hash))
        # the resolved path: the same from any working folder
        self.add(art, KG.sourcePath, text_literal(_resolved(a.path)))
        if meta.title:
            self.add(art, DCTERMS.title, text_literal(meta.title))
        if meta.published and _ISO_DATE.fullmatch(meta.published):
            self.add(art, DCTERMS.date, Literal(meta.published, datatype=XSD.date))
        url = _iri_or_none(meta.url)
        if url is not None:
            self.add(art, DCTERMS.source, url)
        for name in sorted(meta.inferred):
            self.add(art, KG.inferredField, text_literal(name))
        for s, p, o in graph_record(self.key, a.content_hash, self.version, self.model):
            self.add(s, p, o)
        # one extraction activity and model for every article: shared
        self.share(self.activity, RDF.type, KG.ExtractionActivity)
        self.share(self.activity, KG.pipelineVersion, text_literal(self.version))
        model = NamedNode(model_iri(self.model))
        self.share(self.activity, PROV.used, model)
        self.share(model, RDF.type, KG.Model)
        self.share(model, RDFS.label, text_literal(self.model))
        for m in self.x.mentions:
            self.add(art, KG.mentions, self.entity(m))
        if not meta.outlet or not meta.outlet.strip():
            return None
        name = meta.outlet.strip()
        # The outlet is not written in the body: an empty span marks that.
        outlet = self.entity(Mention(Span(0, 0, ""), "Organisation", name), kind="metadata", named=True)
        self.add(art, KG.outlet, outlet)
        return outlet

    # -- attributions -----------------------------------------------------
    def unnamed_source(self, source: Span | None) -> NamedNode:
        node = NamedNode(source_iri(self.key, source))
        self.add(node, RDF.type, KG.Actor)
        self.add(node, RDF.type, KG.UnnamedSource)
        label = source.text if source is not None and source.text.strip() else UNATTRIBUTED_LABEL
        self.add(node, SKOS.prefLabel, text_literal(label))
        return node

    def claim(self, content: Span) -> NamedNode:
        node = NamedNode(claim_iri(self.key, content))
        self.add(node, RDF.type, KG.Claim)
        self.add(node, KG.text, text_literal(content.text))
        self.add(node, PROV.wasQuotedFrom, self.art)
        for m in self.x.mentions:
            if content.start <= m.span.start and m.span.end <= content.end:
                self.add(node, KG.about, self.entity(m))
        return node

    def attribution(self, a: Attribution, speaker: NamedNode) -> NamedNode:
        node = NamedNode(attribution_iri(self.key, a))
        claim = self.claim(a.content)
        rel = RELATION_PROPERTY[a.relation]
        self.add(node, RDF.type, KG.Attribution)
        self.add(node, KG.speaker, speaker)
        self.add(node, PROV.wasAttributedTo, speaker)
        self.add(node, KG.relation, rel)
        self.add(node, KG.hasClaim, claim)
        self.add(speaker, rel, claim)
        self.add(node, KG.inArticle, self.art)
        self.add(node, PROV.wasDerivedFrom, self.art)
        self.add(node, PROV.wasGeneratedBy, self.activity)
        self.add(node, KG.cueSpan, self.span(a.cue))
        if a.relation != "states":  # an attributed statement, not the outlet's own voice:
            # listings order and page by it (queries/attributions.rq)
            self.add(node, KG.cueStart, Literal(str(a.cue.start), datatype=XSD.integer))
        self.add(node, KG.contentSpan, self.span(a.content))
        if a.source is not None:
            self.add(node, KG.sourceSpan, self.span(a.source))
        if a.via is not None:
            self.add(node, KG.via, self.entity(a.via))
        return claim

    def speaker_of(self, a: Attribution) -> NamedNode:
        if a.speaker is not None:
            return self.entity(a.speaker)
        return self.unnamed_source(a.source)

    # -- withdrawals ------------------------------------------------------
    def carrier(self, w: Withdrawal, attributions: Iterable[Attribution]) -> Attribution | None:
        """The attributed statement whose content holds the withdrawal's cue
        (and whose speaker is the one said to assert it), if any."""
        want = None if w.asserted_by is None else self.resolver.entity(w.asserted_by).key
        for a in sorted(attributions, key=lambda a: (a.content.end - a.content.start, a.content)):
            if not (a.content.start <= w.cue.start and w.cue.end <= a.content.end):
                continue
            if want is None or (a.speaker is not None and self.resolver.entity(a.speaker).key == want):
                return a
        return None

    def withdrawal(self, w: Withdrawal, claim: NamedNode) -> None:
        node = NamedNode(proposition_iri(self.key, w.actor.span, "withdrawsFrom", w.place.span, w.cue))
        actor = self.entity(w.actor)
        place = self.entity(w.place)
        seen = (node, RDF.type, KG.Withdrawal) in self.triples
        self.add(node, RDF.type, KG.Withdrawal)
        self.add(node, RDF.type, KG.Proposition)
        self.add(node, RDF.subject, actor)
        self.add(node, RDF.predicate, KG.withdrawsFrom)
        self.add(node, RDF.object, place)
        self.add(node, KG.cueSpan, self.span(w.cue))
        if not seen:
            # one proposition per actor, place and cue: a second record of it
            # (the same cue read again) keeps the first one's evidence
            self.add(node, KG.evidenceSpan, self.span(w.evidence))
        self.add(node, PROV.wasGeneratedBy, self.activity)
        self.add(claim, KG.proposition, node)
        self.add(claim, KG.about, actor)
        self.add(claim, KG.about, place)


class _ArticleResolver:
    """The resolver as one article sees it: an unnamed group ("Officials")
    gets a key of this article's own, so its node, its mentions and the
    claims keyed on it ("Officials says <words>") never meet the group of
    the same words in another article."""

    def __init__(self, resolver, article_key: str):
        self._resolver, self._suffix = resolver, content_id("article", article_key)

    def entity(self, mention: Mention) -> Entity:
        e = self._resolver.entity(mention)
        return dataclasses.replace(e, key=f"{e.key}/{self._suffix}") if e.unnamed else e

    def __getattr__(self, name: str):
        return getattr(self._resolver, name)


def article_quads(
    extraction: Extraction, resolver, pipeline_version: str, model: str = ""
) -> list[Quad]:
    """Every quad one article contributes, sorted: its named graph, and the
    static triples of the shared nodes it names with their pending markers,
    in the shared graph (``kg.shared``; the store settles them).

    ``resolver`` maps a ``Mention`` to an ``Entity`` (``kg.resolve.Resolver``).
    The same extraction always gives the same quads.
    """
    resolver = _ArticleResolver(resolver, extraction.article.key)
    b = _Builder(extraction, resolver, pipeline_version, model)
    outlet = b.describe_article()
    claims: dict[Attribution, NamedNode] = {}
    for a in extraction.attributions:
        claims[a] = b.attribution(a, b.speaker_of(a))
    for w in extraction.withdrawals:
        carrier = b.carrier(w, extraction.attributions)
        if carrier is not None:
            claim = claims[carrier]
        else:
            # Nobody in the text is said to state it: the withdrawal is the
            # claim of asserted_by, else the outlet states it in its own voice.
            a = Attribution(
                relation="claims" if w.asserted_by is not None else "states", cue=w.cue, content=w.evidence,
                source=None if w.asserted_by is None else w.asserted_by.span,
                speaker=w.asserted_by,
            )
            if w.asserted_by is not None:
                speaker = b.entity(w.asserted_by)
            elif outlet is not None:
                speaker = outlet
            else:
                speaker = b.unnamed_source(None)
            claim = b.attribution(a, speaker)
            if w.asserted_by is None:
                b.add(NamedNode(attribution_iri(b.key, a)), RDF.type, KG.Narration)
        b.withdrawal(w, claim)
    for p in extraction.propositions:
        # their subjects and objects are mentions too (an actor a place
        # stands for, a quantity's owner), described in the shared graph
        for m in (p.subject, p.object, *p.named):
            if m is not None:
                b.entity(m)
    g = NamedNode(graph_iri(extraction.article.key))
    quads = [Quad(s, p, o, g) for s, p, o in b.triples]
    # Claims across articles (issue 4): propositions, canonical claims,
    # quantities, dates, fingerprint - in this same graph (their shared nodes
    # in the shared graph).
    from .claim_quads import claim_quads

    shared_nodes = [s for s, _p, _o in b.shared]
    quads += [Quad(s, p, o, SHARED) for s, p, o in b.shared]
    extra = claim_quads(extraction, resolver, quads)
    quads += extra
    shared_nodes += [q.subject for q in extra if q.graph_name == SHARED]
    quads += pending_quads(shared_nodes)
    return sorted(set(quads), key=str)
