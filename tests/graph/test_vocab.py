"""The vocabulary: every term is in the ontology and back; minted IRIs are
valid, deterministic and distinct for distinct inputs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import vocab
from kg.records import Attribution, Entity, Span
from kg.vocab import KG, ONTOLOGY_IRI


def ontology_terms() -> set[str]:
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    return {str(s) for s in g.subjects() if str(s).startswith(vocab.KG_NS)}


def test_every_vocab_term_is_in_the_ontology_and_back():
    in_vocab = {t.value for t in KG.terms().values()}
    assert in_vocab == ontology_terms()


def test_attribute_name_is_the_local_name():
    for name, term in KG.terms().items():
        assert term.value == vocab.KG_NS + name


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        KG.withdrawFrom  # noqa: B018 - a typo must fail loudly


def test_ontology_iri_is_declared():
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    assert (rdflib.URIRef(ONTOLOGY_IRI), rdflib.RDF.type, rdflib.OWL.Ontology) in g


def test_mints_are_deterministic_and_scoped():
    a = Attribution("claims", Span(5, 9, "said"), Span(10, 20, "x" * 10), None, None)
    assert vocab.attribution_iri("k", a) == vocab.attribution_iri("k", a)
    assert vocab.attribution_iri("k", a) != vocab.attribution_iri("k2", a)
    assert vocab.graph_iri("k") != vocab.article_iri("k")
    assert vocab.claim_iri("k", Span(1, 2, "a")) != vocab.claim_iri("k", Span(1, 3, "ab"))
    assert vocab.selector_iri("k", Span(1, 2, "a"), "position") != vocab.selector_iri(
        "k", Span(1, 2, "a"), "quote")
    assert vocab.activity_iri("v1", "m") != vocab.activity_iri("v2", "m")


def test_geonames_and_same_as():
    assert vocab.geonames_iri(703448) == "https://sws.geonames.org/703448/"
    assert vocab.same_as_iri("geonames:42") == "https://sws.geonames.org/42/"
    assert vocab.same_as_iri("https://www.wikidata.org/entity/Q1") == "https://www.wikidata.org/entity/Q1"
    assert vocab.same_as_iri("not an id") is None
    with pytest.raises(ValueError):
        vocab.geonames_iri("abc")


def test_dot_segments_cannot_escape():
    iri = vocab.entity_iri(Entity("../article/x", "Place", "x"))
    assert "/../" not in iri and iri.startswith(vocab.ID_NS + "entity/")


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_any_key_gives_a_valid_distinct_iri(a, b):
    ia = vocab.entity_iri(Entity(a, "Person", "n"))
    ox.NamedNode(ia)  # raises on an invalid IRI
    rdflib.Graph().parse(data=f"<{ia}> <http://x/p> 1 .", format="turtle")
    if a != b:
        assert ia != vocab.entity_iri(Entity(b, "Person", "n"))
    ox.NamedNode(vocab.article_iri(a))
    ox.NamedNode(vocab.model_iri(a))
