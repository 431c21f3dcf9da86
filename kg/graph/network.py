"""The graph as a ``networkx.MultiDiGraph``, for traversals in notebooks.

Nodes are entities, claims and articles (IRIs), each with a ``label`` and a
``type`` (Person, Organisation, Outlet, Place, UnnamedSource, Claim, CanonicalClaim,
Article). Edges carry a ``relation`` attribute and are keyed by it:

- speaker -claims/confirms/denies/hasNotConfirmed-> claim (with ``article``
  and ``cue``),
- claim -about-> entity, claim -reportedIn-> article, claim -via-> intermediary,
- article -publishedBy-> outlet, article -mentions-> entity,
- actor -withdrawsFrom-> place, one edge per reported withdrawal, keyed by
  its proposition IRI, with the ``claim`` that carries it: the edge says
  "someone asserted this", never "this happened".

>>> import os, tempfile
>>> from kg.records import Article, Attribution, Extraction, Meta, Mention, Span
>>> from kg.graph.quads import article_quads
>>> from kg.graph.store import Store
>>> class Names:  # a stand-in resolver: the entity key is the name
...     def entity(self, m):
...         from kg.records import Entity
...         return Entity(m.type.lower() + "/" + m.name.lower(), m.type, m.name)
>>> text = "Ann Lee said the bridge is open."
>>> ann = Mention(Span(0, 7, "Ann Lee"), "Person", "Ann Lee")
>>> said = Attribution("claims", Span(8, 12, "said"), Span(13, 31, "the bridge is open"), ann.span, ann)
>>> x = Extraction(Article("a.txt", "a.txt", text, "0" * 64, Meta(outlet="Daily")), (ann,), (said,), ())
>>> with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "s")) as store:
...     store.replace_article("a.txt", "0" * 64, article_quads(x, Names(), "v1", "m"))
...     g = to_networkx(store)
>>> [(g.nodes[u]["label"], k, g.nodes[v]["label"]) for u, v, k in g.edges(keys=True) if k == "claims"]
[('Ann Lee', 'claims', 'the bridge is open')]
"""

from __future__ import annotations

import networkx as nx

_TYPE_ORDER = ("Outlet", "Person", "Organisation", "Place", "UnnamedSource", "Actor")

_NODES = """
SELECT ?node (MIN(?label) AS ?name) (GROUP_CONCAT(DISTINCT STRAFTER(STR(?class), "#"); separator=" ") AS ?types)
WHERE {
  VALUES ?class { kg:Person kg:Organisation kg:Outlet kg:Place kg:UnnamedSource kg:Actor }
  ?node a ?class ; skos:prefLabel ?label .
}
GROUP BY ?node
"""

_CLAIMS = "SELECT ?node (MIN(?text) AS ?name) WHERE { ?node a kg:Claim ; kg:text ?text } GROUP BY ?node"

# Claims shared across articles (issue 4): one node per proposition key.
_CANONICAL = "SELECT ?node (MIN(?key) AS ?name) WHERE { ?node a kg:CanonicalClaim ; kg:claimKey ?key } GROUP BY ?node"

_ARTICLES = """
SELECT ?node (MIN(?title) AS ?t) (MIN(?path) AS ?p) WHERE {
  ?node a kg:Article ; kg:sourcePath ?path . OPTIONAL { ?node dcterms:title ?title }
} GROUP BY ?node
"""

_STANCES = """
SELECT DISTINCT ?speaker ?rel ?claim ?art ?cue WHERE {
  ?a kg:speaker ?speaker ; kg:relation ?rel ; kg:hasClaim ?claim ; kg:inArticle ?art ;
     kg:cueSpan/oa:hasSelector/oa:exact ?cue .
}
"""

_PAIRS = {
    "about": "SELECT DISTINCT ?s ?o WHERE { ?s kg:about ?o }",
    "reportedIn": "SELECT DISTINCT ?s ?o WHERE { ?a kg:hasClaim ?s ; kg:inArticle ?o }",
    "via": "SELECT DISTINCT ?s ?o WHERE { ?a kg:hasClaim ?s ; kg:via ?o }",
    "publishedBy": "SELECT DISTINCT ?s ?o WHERE { ?s kg:outlet ?o }",
    "mentions": "SELECT DISTINCT ?s ?o WHERE { ?s kg:mentions ?o }",
}

_WITHDRAWALS = """
SELECT DISTINCT ?w ?actor ?place ?claim WHERE {
  ?w a kg:Withdrawal ; rdf:subject ?actor ; rdf:object ?place . ?claim kg:proposition ?w .
}
"""


def _rows(store, sparql: str):
    return store.query(sparql)


def to_networkx(store) -> nx.MultiDiGraph:
    """Entities, claims and articles of ``store`` as a ``MultiDiGraph``."""
    g = nx.MultiDiGraph()
    for r in _rows(store, _NODES):
        types = r["types"].value.split()
        kind = next(t for t in _TYPE_ORDER if t in types)
        g.add_node(r["node"].value, label=r["name"].value, type=kind)
    for r in _rows(store, _CLAIMS):
        g.add_node(r["node"].value, label=r["name"].value, type="Claim")
    for r in _rows(store, _CANONICAL):
        g.add_node(r["node"].value, label=r["name"].value, type="CanonicalClaim")
    for r in _rows(store, _ARTICLES):
        label = r["t"].value if r["t"] is not None else r["p"].value
        g.add_node(r["node"].value, label=label, type="Article", path=r["p"].value)
    for r in _rows(store, _STANCES):
        rel = r["rel"].value.rsplit("#", 1)[-1]
        g.add_edge(r["speaker"].value, r["claim"].value, key=rel, relation=rel,
                   article=r["art"].value, cue=r["cue"].value)
    for rel, sparql in _PAIRS.items():
        for r in _rows(store, sparql):
            g.add_edge(r["s"].value, r["o"].value, key=rel, relation=rel)
    for r in _rows(store, _WITHDRAWALS):
        g.add_edge(r["actor"].value, r["place"].value, key=r["w"].value,
                   relation="withdrawsFrom", claim=r["claim"].value)
    return g
