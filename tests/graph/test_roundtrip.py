"""Round trips (issue 8): any names and texts - quotes, angle brackets,
newlines, backslashes, lone surrogates - go through extraction records, IRI
minting (``kg.vocab``), a real on-disk store and every export format; each
export re-parses in rdflib and in pyoxigraph to the very graph the store
holds, and the graph validates against the SHACL shapes.

Records are built by hand with Hypothesis strategies (the real extractor on
arbitrary text is fuzzed in ``test_fuzz.py``).
"""

from __future__ import annotations

import hashlib
import re
import tempfile

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.graph.quads import article_quads
from kg.graph.store import Store
from kg.records import Article, Attribution, Extraction, Mention, Meta, Span, Withdrawal
from kg.resolve.entities import Resolver
from kg.graph import SHARED
from kg.vocab import KG, graph_iri

# Characters that break naive serialisers: quotes, angle brackets, escapes,
# line breaks, braces, @ and # (Turtle/JSON-LD syntax), RTL and zero-width
# marks, emoji, and lone surrogates (which RDF cannot carry at all).
NASTY = st.sampled_from(list('"\'<>\\\n\r\t{}[]@#^`|%&;:,.') +
                        ["\u201c", "\u201d", "\u202e", "\u200b", "\ufeff", "\U0001F680",
                         "\ud800", "\udfff", "\x00", "\x7f", "\u2028"])
TEXT = st.text(st.one_of(NASTY, st.characters(codec="utf-8"), st.characters(max_codepoint=0x7f)),
               min_size=1, max_size=40)

_RESOLVER = None


def _resolver() -> Resolver:
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = Resolver()
    return _RESOLVER


@st.composite
def extractions(draw) -> Extraction:
    """An Extraction over arbitrary text, with spans that index it."""
    pieces = draw(st.lists(TEXT, min_size=3, max_size=8))
    text = " ".join(pieces)

    def span() -> Span:
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        return Span(start, end, text[start:end])

    def mention() -> Mention:
        return Mention(span(), draw(st.sampled_from(["Person", "Organisation", "Place"])), draw(TEXT))

    mentions = tuple(mention() for _ in range(draw(st.integers(1, 4))))
    attributions = tuple(
        Attribution(
            relation=draw(st.sampled_from(["claims", "confirms", "denies", "not_confirmed"])),
            cue=span(), content=span(),
            source=draw(st.one_of(st.none(), st.just(None).map(lambda _: span()))),
            speaker=draw(st.one_of(st.none(), st.sampled_from(mentions))),
            via=draw(st.one_of(st.none(), st.sampled_from(mentions))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    # The record contract: a withdrawal's place is a Place mention.
    places = [m for m in mentions if m.type == "Place"] or [Mention(span(), "Place", draw(TEXT))]
    withdrawals = tuple(
        Withdrawal(actor=draw(st.sampled_from(mentions)), place=draw(st.sampled_from(places)),
                   asserted_by=draw(st.one_of(st.none(), st.sampled_from(mentions))),
                   evidence=span(), cue=span())
        for _ in range(draw(st.integers(0, 2)))
    )
    meta = Meta(
        outlet=draw(st.one_of(st.none(), TEXT)),
        published=draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), TEXT)),
        title=draw(st.one_of(st.none(), TEXT)),
        url=draw(st.one_of(st.none(), TEXT, st.just("https://example.org/a b<c>"),
                           st.just("https://example.org/ok?x=1#y"))),
        inferred=frozenset(draw(st.lists(st.sampled_from(["outlet", "published", "title"])))),
    )
    article = Article(
        path=draw(TEXT), key=draw(TEXT), text=text,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        meta=meta,
    )
    return Extraction(article, mentions, attributions, withdrawals)


# one folder for the module's stores, removed when the run ends (hypothesis
# examples cannot take pytest's tmp_path)
_TMP = tempfile.TemporaryDirectory(prefix="kg-roundtrip-")


def _stored(extraction: Extraction) -> tuple[Store, set[ox.Quad]]:
    """The extraction's quads written to a fresh on-disk store, and the
    quads the store then holds."""
    quads = article_quads(extraction, _resolver(), pipeline_version="0+test", model="model-x")
    store = Store(tempfile.mkdtemp(dir=_TMP.name) + "/store")
    store.replace_article(extraction.article.key, extraction.article.content_hash, quads, version="0+test")
    held = set(store.raw.quads_for_pattern(None, None, None, None))
    g = ox.NamedNode(graph_iri(extraction.article.key))
    assert {q.graph_name for q in held} <= {g, SHARED}
    # nothing lost or altered on the way in (the shared graph's markers are
    # settled into descriptions)
    assert {q for q in quads if q.predicate != KG.pendingNode} <= held
    return store, held


_SURROGATE = re.compile("[\ud800-\udfff]")


def _via_rdflib(data: bytes, rdflib_format: str, dataset: bool) -> set:
    """Parse with rdflib, write N-Quads with rdflib, read them back with
    pyoxigraph: what rdflib understood, as pyoxigraph terms."""
    if dataset:
        parsed = rdflib.Dataset()
        parsed.parse(data=data, format=rdflib_format)
        nq = parsed.serialize(format="nquads", encoding="utf-8")
        return set(ox.parse(nq, ox.RdfFormat.N_QUADS))
    parsed = rdflib.Graph().parse(data=data, format=rdflib_format)
    nt = parsed.serialize(format="nt", encoding="utf-8")
    return {q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)}


GRAPH_FORMATS = [("turtle", "turtle", ox.RdfFormat.TURTLE), ("jsonld", "json-ld", ox.RdfFormat.JSON_LD)]
DATASET_FORMATS = [("trig", "trig", ox.RdfFormat.TRIG), ("nquads", "nquads", ox.RdfFormat.N_QUADS)]


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(extraction=extractions())
def test_any_text_round_trips_through_every_export(extraction):
    store, held = _stored(extraction)
    try:
        triples = {q.triple for q in held}
        for fmt, rdflib_fmt, ox_fmt in GRAPH_FORMATS:
            data = store.export_bytes(fmt, with_sketches=True)
            assert {q.triple for q in ox.parse(data, ox_fmt)} == triples, fmt
            assert _via_rdflib(data, rdflib_fmt, dataset=False) == triples, fmt
        for fmt, rdflib_fmt, ox_fmt in DATASET_FORMATS:
            data = store.export_bytes(fmt)
            assert set(ox.parse(data, ox_fmt)) == held, fmt
            assert _via_rdflib(data, rdflib_fmt, dataset=True) == held, fmt
        # Lone surrogates never reach the graph (RDF cannot carry them).
        assert not any(_SURROGATE.search(str(t)) for q in held for t in (q.subject, q.object))
    finally:
        store.close()


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(extraction=extractions())
def test_any_text_gives_a_graph_that_conforms_to_the_shapes(extraction):
    store, _ = _stored(extraction)
    try:
        conforms, report = store.validate()
        assert conforms, report
    finally:
        store.close()


@pytest.mark.parametrize("text", ['a "b" <c> \\d \n e', "\ud800 lone \udfff", "x" * 2000, "\u202e\u200b"])
def test_written_examples_round_trip(text):
    """A few texts that once broke serialisers, as plain examples."""
    body = f"{text} said the council."
    article = Article(path=text, key=text, text=body,
                      content_hash=hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest(),
                      meta=Meta(outlet=text, title=text, url=text))
    who = Mention(Span(0, len(text), text), "Organisation", text)
    said = Attribution("claims", Span(len(text) + 1, len(text) + 5, "said"),
                       Span(0, len(body), body), Span(0, len(text), text), who)
    store, held = _stored(Extraction(article, (who,), (said,), ()))
    try:
        for fmt, _rdflib_fmt, ox_fmt in DATASET_FORMATS:
            assert set(ox.parse(store.export_bytes(fmt), ox_fmt)) == held
        conforms, report = store.validate()
        assert conforms, report
    finally:
        store.close()


def test_one_withdrawal_read_twice_keeps_one_evidence_span():
    """Two records of one withdrawal (same actor, place and cue) with
    different evidence: one proposition with one evidence span, which the
    shapes require (a case Hypothesis found)."""
    body = "Colonel Ann Dorr said Ruvian troops left Marsk. They withdrew from Marsk overnight."
    article = Article(path="w.txt", key="w.txt", text=body,
                      content_hash=hashlib.sha256(body.encode()).hexdigest(), meta=Meta())
    troops = Mention(Span(29, 35, "troops"), "Organisation", "Ruvian troops")
    marsk = Mention(Span(41, 46, "Marsk"), "Place", "Marsk")
    left = Span(36, 40, "left")
    first, second = Span(0, 47, body[:47]), Span(48, len(body), body[48:])
    records = tuple(Withdrawal(actor=troops, place=marsk, asserted_by=None, evidence=e, cue=left)
                    for e in (first, second))
    store, held = _stored(Extraction(article, (troops, marsk), (), records))
    try:
        evidence = [q for q in held if q.predicate == KG.evidenceSpan]
        assert len(evidence) == 1
        conforms, report = store.validate()
        assert conforms, report
    finally:
        store.close()


def test_an_outlet_named_like_an_unnamed_group_is_an_outlet():
    """An outlet whose name reads as a group of unnamed people ("UNIONS",
    "Officials") is still the article's outlet, a named body: the graph
    conforms (found by the property test above)."""
    text = "0 0 0"
    meta = Meta(outlet="UNIONS", published=None, title=None, url=None, inferred=frozenset())
    article = Article(path="0", key="0", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), meta=meta)
    store, held = _stored(Extraction(article, (Mention(Span(0, 1, "0"), "Person", "0"),), (), ()))
    try:
        conforms, report = store.validate()
        assert conforms, report
        outlets = {q.object for q in held if q.predicate == KG.outlet}
        assert len(outlets) == 1 and "/source/" not in next(iter(outlets)).value
    finally:
        store.close()
