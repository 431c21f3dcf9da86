"""The ontology and the shapes: well-formed, documented, and the shapes catch
what they are there to catch."""

from __future__ import annotations

import rdflib
from conftest import ROOT
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import KG_NS

ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"


def test_ontology_parses_in_rdflib_and_pyoxigraph():
    import pyoxigraph as ox

    g = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    assert len(g) > 100
    assert len(list(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))) == len(g)


def test_every_term_has_a_label_and_a_comment():
    g = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    terms = {s for s in g.subjects(RDF.type, None) if str(s).startswith(KG_NS)}
    assert len(terms) > 30
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, RDFS.comment) is not None, term


def test_required_classes_and_properties():
    g = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    kg = rdflib.Namespace(KG_NS)
    for cls in ("Actor", "Person", "Organisation", "Outlet", "Place", "Article",
                "Attribution", "Claim", "Proposition", "Withdrawal"):
        assert (kg[cls], RDF.type, OWL.Class) in g
    assert (kg.Outlet, RDFS.subClassOf, kg.Organisation) in g
    assert (kg.Withdrawal, RDFS.subClassOf, kg.Proposition) in g
    for prop in ("claims", "confirms", "denies", "hasNotConfirmed"):
        assert (kg[prop], RDFS.subPropertyOf, kg.asserts) in g
        assert (kg[prop], RDFS.range, kg.Claim) in g
    assert (kg.withdrawsFrom, RDF.type, OWL.ObjectProperty) in g


def test_no_rdf_star_anywhere():
    for path in (ONTOLOGY, SHAPES):
        assert "<<" not in path.read_text(encoding="utf-8")


def test_shapes_parse_and_target_the_core_classes():
    g = rdflib.Graph().parse(SHAPES, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o) for o in g.objects(None, sh.targetClass)}
    for cls in ("Attribution", "Claim", "Article", "Withdrawal", "Actor"):
        assert KG_NS + cls in targets
