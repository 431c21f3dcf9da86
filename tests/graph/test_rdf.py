"""Records -> quads: the graph says who asserted what, with spans, and
validates against the shapes; broken graphs do not."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from graph_samples import TEXT, StandInResolver, sample_extraction, span

from kg.graph import SHARED, settled_quads
from kg.graph.quads import article_quads as unsettled_quads
from kg.graph.store import validate_turtle
from kg.records import Attribution, Extraction, Mention
from kg.resolve.entities import Resolver
from kg.vocab import KG, OA, PROV, RDF, SKOS, graph_iri


def article_quads(*args, **kw):
    """An article's quads as the store holds them (shared graph settled)."""
    return settled_quads(unsettled_quads(*args, **kw))


def turtle(quads) -> bytes:
    return ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE)


def objects(quads, s, p):
    return {q.object for q in quads if q.subject == s and q.predicate == p}


def subjects(quads, p, o):
    return {q.subject for q in quads if q.predicate == p and q.object == o}


@pytest.fixture(scope="module")
def quads():
    return article_quads(sample_extraction(), Resolver(), "kg-test", "test-model")


def test_validates_against_the_shapes(quads):
    conforms, report = validate_turtle(turtle(quads))
    assert conforms, report


def test_stand_in_resolver_graph_validates_too():
    q = article_quads(sample_extraction(), StandInResolver(), "kg-test", "m")
    conforms, report = validate_turtle(turtle(q))
    assert conforms, report
    assert ox.NamedNode("https://sws.geonames.org/1234567/") in {x.object for x in q}


def test_everything_is_in_the_article_graph_and_no_blank_nodes(quads):
    g = ox.NamedNode(graph_iri("https://example.org/news/1"))
    assert {q.graph_name for q in quads} == {g, SHARED}
    # names are the shared graph's; the article graph keeps its mentions
    assert not [q for q in quads if q.graph_name == g and q.predicate in (SKOS.prefLabel, KG.labelKey)
                and q.subject.value.startswith("https://w3id.org/kg-news/id/entity/")]
    assert [q for q in quads if q.graph_name == g and q.predicate == KG.mentionSpan]
    for q in quads:
        assert not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)


def test_deterministic():
    a = unsettled_quads(sample_extraction(), Resolver(), "v", "m")
    b = unsettled_quads(sample_extraction(), Resolver(), "v", "m")
    assert a == b
    assert len(set(a)) == len(a)


def test_withdrawal_is_never_a_bare_fact(quads):
    assert not [q for q in quads if q.predicate == KG.withdrawsFrom]
    props = subjects(quads, RDF.type, KG.Withdrawal)
    assert len(props) == 2
    for p in props:
        assert objects(quads, p, RDF.predicate) == {KG.withdrawsFrom}
        # it is the content of a claim that someone asserts
        (claim,) = subjects(quads, KG.proposition, p)
        assert subjects(quads, KG.hasClaim, claim)


def _speaker_labels_of_withdrawal(quads, place_label):
    out = set()
    for p in subjects(quads, RDF.type, KG.Withdrawal):
        (place,) = objects(quads, p, RDF.object)
        if {o.value for o in objects(quads, place, SKOS.prefLabel)} != {place_label}:
            continue
        (claim,) = subjects(quads, KG.proposition, p)
        for att in subjects(quads, KG.hasClaim, claim):
            for spk in objects(quads, att, KG.speaker):
                out |= {o.value for o in objects(quads, spk, SKOS.prefLabel)}
    return out


def test_withdrawal_attaches_to_the_statement_that_carries_it(quads):
    # "The Northland Defence Ministry said its troops were pulling back from Eastport"
    assert _speaker_labels_of_withdrawal(quads, "Eastport") == {"Northland Defence Ministry"}
    # the carrying attribution is reused: 4 attributions + 1 for the uncarried withdrawal
    assert len(subjects(quads, RDF.type, KG.Attribution)) == 5


def test_unasserted_withdrawal_is_asserted_by_the_outlet(quads):
    assert _speaker_labels_of_withdrawal(quads, "Westbay") == {"Example News"}
    outlets = subjects(quads, RDF.type, KG.Outlet)
    assert {o.value for x in outlets for o in objects(quads, x, SKOS.prefLabel)} == {"Example News"}


def test_without_outlet_an_unnamed_voice_asserts_it():
    q = article_quads(sample_extraction(outlet=None), Resolver(), "v", "m")
    assert _speaker_labels_of_withdrawal(q, "Westbay") == {"(unattributed)"}
    conforms, report = validate_turtle(turtle(q))
    assert conforms, report


def test_stance_triples_and_prov(quads):
    rels = {q.predicate.value.rsplit("#")[-1] for q in quads
            if q.predicate in (KG.claims, KG.confirms, KG.denies, KG.hasNotConfirmed)}
    assert rels == {"claims", "denies", "hasNotConfirmed"}
    for att in subjects(quads, RDF.type, KG.Attribution):
        assert objects(quads, att, PROV.wasAttributedTo) == objects(quads, att, KG.speaker)
        assert objects(quads, att, PROV.wasGeneratedBy)
    vias = {o for q in quads if q.predicate == KG.via for o in [q.object]}
    assert {o.value for v in vias for o in objects(quads, v, SKOS.prefLabel)} == {"Coastal Wire"}


def test_selectors_index_the_text(quads):
    positions = subjects(quads, RDF.type, OA.TextPositionSelector)
    assert positions
    for sel in positions:
        (start,) = objects(quads, sel, OA.start)
        (end,) = objects(quads, sel, OA.end)
        (res,) = subjects(quads, OA.hasSelector, sel)
        quote = next(s for s in objects(quads, res, OA.hasSelector) if s != sel)
        (exact,) = objects(quads, quote, OA.exact)
        assert TEXT[int(start.value):int(end.value)] == exact.value


def test_aliases_and_label_keys(quads):
    berg = next(s for s in subjects(quads, SKOS.prefLabel, ox.Literal("Anna Berg")))
    assert ox.Literal("Berg") in objects(quads, berg, SKOS.altLabel)
    assert objects(quads, berg, KG.labelKey)


def test_unnamed_source_when_no_speaker():
    x = sample_extraction()
    a = x.attributions[0]
    anon = dataclasses.replace(a, speaker=None)
    q = article_quads(dataclasses.replace(x, attributions=(anon, *x.attributions[1:])),
                      Resolver(), "v", "m")
    unnamed = subjects(q, RDF.type, KG.UnnamedSource)
    assert {o.value for u in unnamed for o in objects(q, u, SKOS.prefLabel)} >= {
        "The Northland Defence Ministry"}
    conforms, report = validate_turtle(turtle(q))
    assert conforms, report


def test_a_described_source_is_an_unnamed_source_with_its_description():
    text = "Sources close to Ann Dorr said the talks had stalled."
    x = sample_extraction()
    who = Mention(span(text, "Sources close to Ann Dorr"), "Organisation", "Sources close to Ann Dorr")
    said = Attribution("claims", span(text, "said"), span(text, "the talks had stalled"), who.span, who)
    q = article_quads(Extraction(dataclasses.replace(x.article, text=text), (who,), (said,), ()), Resolver(), "v", "m")
    (node,) = subjects(q, RDF.type, KG.UnnamedSource)
    assert {o.value for o in objects(q, node, SKOS.prefLabel)} == {"Sources close to Ann Dorr"}
    assert node in objects(q, next(iter(subjects(q, RDF.type, KG.Attribution))), KG.speaker)
    conforms, report = validate_turtle(turtle(q))
    assert conforms, report


def test_hostile_text_round_trips():
    text = 'Zoë "<b>" said \\ it\n\u200f\U0001F600 then \ud800 left Northtown.'
    m = Mention(span(text, "Zoë"), "Person", "Zoë")
    town = Mention(span(text, "Northtown"), "Place", "Northtown")
    a = Attribution("claims", span(text, "said"), span(text, "it\n\u200f\U0001F600 then \ud800 left Northtown"),
                    m.span, m)
    base = sample_extraction()
    art = dataclasses.replace(base.article, text=text, key='k "<>" \\', path="p\n.txt")
    q = article_quads(Extraction(art, (m, town), (a,), ()), Resolver(), "v", "m")
    data = turtle(q)
    conforms, report = validate_turtle(data)
    assert conforms, report


def test_invalid_graphs_fail_validation(quads):
    # an attribution without a speaker
    att = next(iter(subjects(quads, RDF.type, KG.Attribution)))
    no_speaker = [q for q in quads if not (q.subject == att and q.predicate in (KG.speaker, PROV.wasAttributedTo))]
    conforms, report = validate_turtle(turtle(no_speaker))
    assert not conforms and "speaker" in report
    # a selector whose start is after its end
    sel = next(iter(subjects(quads, RDF.type, OA.TextPositionSelector)))
    swapped = [ox.Quad(q.subject, q.predicate, ox.Literal("999999", datatype=q.object.datatype), q.graph_name)
               if (q.subject == sel and q.predicate == OA.start) else q for q in quads]
    assert not validate_turtle(turtle(swapped))[0]
    # a withdrawal stated as a bare fact
    actor = next(iter(subjects(quads, RDF.type, KG.Organisation)))
    place = next(iter(subjects(quads, RDF.type, KG.Place)))
    bare = [*quads, ox.Quad(actor, KG.withdrawsFrom, place)]
    conforms, report = validate_turtle(turtle(bare))
    assert not conforms and "withdrawsFrom" in report
    # the speaker does not hold the attribution's stance towards its claim
    no_stance = [q for q in quads if q.predicate not in (KG.claims, KG.denies, KG.hasNotConfirmed)]
    conforms, report = validate_turtle(turtle(no_stance))
    assert not conforms and "relation" in report


def test_two_speakers_of_one_sentence_are_two_statements():
    # "Anna Berg and Lukas Ferro said ...": one cue, one content, one source
    # span, two speakers -> two attributions, each with exactly one speaker
    text = "Mayor Anna Berg and harbour master Lukas Ferro said the pier would reopen in May."
    berg, ferro = Mention(span(text, "Anna Berg"), "Person", "Anna Berg"), \
        Mention(span(text, "Lukas Ferro"), "Person", "Lukas Ferro")
    source = span(text, "Mayor Anna Berg and harbour master Lukas Ferro")
    statements = tuple(Attribution("claims", span(text, "said"), span(text, "the pier would reopen in May"),
                                   source, who) for who in (berg, ferro))
    x = sample_extraction()
    x = dataclasses.replace(x, article=dataclasses.replace(x.article, text=text), mentions=(berg, ferro),
                            attributions=statements, withdrawals=())
    q = article_quads(x, Resolver(), "v", "m")
    nodes = subjects(q, RDF.type, KG.Attribution)
    assert len(nodes) == 2
    speakers = [objects(q, n, KG.speaker) for n in nodes]
    assert all(len(s) == 1 for s in speakers) and len(set.union(*speakers)) == 2
    conforms, report = validate_turtle(turtle(q))
    assert conforms, report
