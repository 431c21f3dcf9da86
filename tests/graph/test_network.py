"""The networkx view: typed, labelled nodes and keyed relation edges that a
notebook can traverse."""

from __future__ import annotations

import networkx as nx
import pytest
from graph_samples import sample_extraction

from kg.graph.network import to_networkx
from kg.graph.quads import article_quads
from kg.graph.store import Store
from kg.resolve.entities import Resolver


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / "store"
    with Store(str(path)) as s:
        x = sample_extraction()
        s.replace_article(x.article.key, x.article.content_hash, article_quads(x, Resolver(), "v", "m"), "v")
        yield to_networkx(s)


def by_label(g, label):
    (node,) = [n for n, d in g.nodes(data=True) if d["label"] == label]
    return node


def test_nodes_are_typed_and_labelled(graph):
    assert isinstance(graph, nx.MultiDiGraph)
    types = {d["type"] for _, d in graph.nodes(data=True)}
    # (canonical claims: the statements themselves, matched on their words)
    assert types == {"Person", "Organisation", "Outlet", "Place", "Claim", "Article", "CanonicalClaim"}
    assert all(d["label"] for _, d in graph.nodes(data=True))
    assert graph.nodes[by_label(graph, "Example News")]["type"] == "Outlet"


def test_stance_edges(graph):
    berg = by_label(graph, "Anna Berg")
    stances = {(k, graph.nodes[v]["label"]) for _, v, k in graph.out_edges(berg, keys=True)}
    assert stances == {("denies", "the city had been abandoned"),
                       ("claims", "We have not seen any withdrawal")}
    army = by_label(graph, "Southland army")
    assert [k for _, _, k in graph.out_edges(army, keys=True)] == ["hasNotConfirmed"]


def test_claim_article_outlet_path(graph):
    claim = by_label(graph, "We have not seen any withdrawal")
    out = {k: v for _, v, k in graph.out_edges(claim, keys=True)}
    assert graph.nodes[out["via"]]["label"] == "Coastal Wire"
    article = out["reportedIn"]
    assert graph.nodes[article]["type"] == "Article"
    (outlet,) = [v for _, v, k in graph.out_edges(article, keys=True) if k == "publishedBy"]
    assert graph.nodes[outlet]["label"] == "Example News"


def test_withdrawal_edges_carry_their_claim(graph):
    edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d["relation"] == "withdrawsFrom"]
    assert {(graph.nodes[u]["label"], graph.nodes[v]["label"]) for u, v, _ in edges} == {
        ("Northland Defence Ministry", "Eastport"), ("Northland", "Westbay")}
    for u, v, d in edges:
        claim = d["claim"]
        assert graph.nodes[claim]["type"] == "Claim"
        # who asserted it: the stance edges into the claim
        assert [k for _, _, k in graph.in_edges(claim, keys=True)]


def test_traversal_who_asserted_withdrawals_from_a_place(graph):
    place = by_label(graph, "Eastport")
    asserters = set()
    for _, _, d in graph.in_edges(place, data=True):
        if d["relation"] == "withdrawsFrom":
            asserters |= {graph.nodes[s]["label"] for s, _ in graph.in_edges(d["claim"])}
    assert asserters == {"Northland Defence Ministry"}


@pytest.mark.slow
def test_seeds_network(seed_store):
    g = to_networkx(seed_store)
    assert g.number_of_nodes() > 100
    places = [n for n, d in g.nodes(data=True) if d["type"] == "Place"]
    withdrawn = {v for _, v, d in g.edges(data=True) if d["relation"] == "withdrawsFrom"}
    assert withdrawn and withdrawn <= set(places)
    outlets = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Outlet"}
    assert len(outlets) >= 4
