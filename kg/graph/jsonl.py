"""``kg extract --format jsonl``: one JSON object a line, per the contract in
the README (entities, attributions, withdrawals, propositions; spans as
start/end/text)."""

from __future__ import annotations

from collections.abc import Iterator

from kg.records import Extraction, Mention, Proposition, Span, StatedTime
from kg.resolve import claim_key, report_day
from kg.vocab import canonical_claim_iri, entity_iri


def _span(span: Span | None) -> dict | None:
    return None if span is None else span.as_json()


def _ref(mention: Mention | None, resolver) -> dict | None:
    if mention is None:
        return None
    entity = resolver.entity(mention)
    return {"id": entity_iri(entity), "name": entity.name}


def _time(time: StatedTime | None) -> dict | None:
    return None if time is None else {**time.span.as_json(), "date": time.date}


def _proposition(p: Proposition, doc: str, resolver, published: str | None = None) -> dict:
    q = p.quantity
    key = claim_key(p, resolver, published)  # as the graph keys it (kg.graph.claim_quads)
    return {"doc": doc, "kind": "proposition", "subject": _ref(p.subject, resolver),
            "predicate": p.predicate, "object": _ref(p.object, resolver),
            "quantity": None if q is None else {**q.span.as_json(), "value": q.value, "unit": q.unit,
                                                "qualifier": q.qualifier},
            "object_words": _span(p.object_words), "subject_words": _span(p.subject_words),
            "named": [_ref(m, resolver) for m in p.named], "frame": p.frame, "negated": p.negated,
            "modality": p.modality, "direction": p.direction,
            "cue": _span(p.cue), "evidence": _span(p.evidence),
            "stated_time": _time(p.time), "said_time": _time(p.said),
            # the statement it was read from (its content span); null: the
            # article states it in its own voice, or a withdrawal carries it
            "statement": None if p.attribution is None else _span(p.attribution.content),
            "claim": {"id": canonical_claim_iri(key.text), "key": key.text}}


def extraction_lines(extraction: Extraction, resolver) -> Iterator[dict]:
    """The JSON objects for one article: entities first (grouped, with every
    mention span), then attributions, withdrawals and propositions, each in
    text order."""
    doc = extraction.article.path
    grouped: dict[str, tuple] = {}
    for mention in sorted(extraction.mentions, key=lambda m: m.span.start):
        entity = resolver.entity(mention)
        iri = entity_iri(entity)
        if iri not in grouped:
            grouped[iri] = (entity, [])
        grouped[iri][1].append(mention.span.as_json())
    for iri, (entity, spans) in grouped.items():
        yield {"doc": doc, "kind": "entity", "id": iri, "type": entity.type,
               "name": entity.name, "mentions": spans}
    for a in sorted(extraction.attributions, key=lambda a: (a.cue.start, a.content.start)):
        yield {"doc": doc, "kind": "attribution", "relation": a.relation,
               "source": _span(a.source), "cue": _span(a.cue), "content": _span(a.content),
               "speaker": _ref(a.speaker, resolver), "via": _ref(a.via, resolver)}
    for w in sorted(extraction.withdrawals, key=lambda w: (w.evidence.start, w.place.span.start)):
        yield {"doc": doc, "kind": "withdrawal", "actor": _ref(w.actor, resolver),
               "place": _ref(w.place, resolver), "asserted_by": _ref(w.asserted_by, resolver),
               "evidence": _span(w.evidence)}
    for p in sorted(extraction.propositions, key=lambda p: (p.evidence.start, p.cue.start)):
        yield _proposition(p, doc, resolver, report_day(extraction.article))
