"""Where the pages of graph nodes are (no web server packages needed, so
pictures drawn outside the server link the same way).

>>> page_url("https://w3id.org/kg-news/id/entity/place/kyiv")
'/entity/place/kyiv'
>>> claim_url("https://w3id.org/kg-news/id/canonical-claim/ab")
'/claim?iri=https%3A%2F%2Fw3id.org%2Fkg-news%2Fid%2Fcanonical-claim%2Fab'
"""

from __future__ import annotations

from urllib.parse import quote

from kg.vocab import ENTITY_NS


def page_url(iri: str) -> str:
    """The page of any IRI: ``/entity/KEY`` for kg entities, else ``/entity?iri=``."""
    if iri.startswith(ENTITY_NS):
        return "/entity/" + iri[len(ENTITY_NS):]
    return "/entity?iri=" + quote(iri, safe="")


def claim_url(iri: str) -> str:
    """The page of a canonical claim."""
    return "/claim?iri=" + quote(iri, safe="")
