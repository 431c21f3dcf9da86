"""Text spans as W3C Web Annotation resources, and text literals: what both
the article quads (``quads``) and the claim quads (``claim_quads``) write."""

from __future__ import annotations

import re
from collections.abc import Callable

from pyoxigraph import Literal, NamedNode

from kg.records import Article, Span
from kg.vocab import OA, RDF, XSD, article_iri, selector_iri, span_iri

QUOTE_CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
UNATTRIBUTED_LABEL = "(unattributed)"  # the article's voice when its outlet is unknown

_SURROGATE = re.compile("[\ud800-\udfff]")


def text_literal(text: str) -> Literal:
    """A plain string literal; lone surrogates (which RDF cannot carry) become
    U+FFFD instead of failing the article."""
    return Literal(_SURROGATE.sub("\ufffd", text))


def _int(value: int) -> Literal:
    # Web Annotation says xsd:nonNegativeInteger, but oxigraph stores every
    # integer-derived type as xsd:integer; writing xsd:integer keeps the
    # graph identical before and after the store (shapes check >= 0).
    return Literal(str(value), datatype=XSD.integer)


def write_span(add: Callable[[NamedNode, NamedNode, NamedNode | Literal], None],
               article: Article, span: Span) -> NamedNode:
    """Write, through ``add``, an oa:SpecificResource of ``article`` with a
    position selector and a quote selector (exact text with some context
    either side), and return it. Both ``quads`` and ``claim_quads`` write
    spans through here, so a span written by both is one node."""
    key, text = article.key, article.text
    node = NamedNode(span_iri(key, span))
    pos = NamedNode(selector_iri(key, span, "position"))
    quote = NamedNode(selector_iri(key, span, "quote"))
    add(node, RDF.type, OA.SpecificResource)
    add(node, OA.hasSource, NamedNode(article_iri(key)))
    add(node, OA.hasSelector, pos)
    add(node, OA.hasSelector, quote)
    add(pos, RDF.type, OA.TextPositionSelector)
    add(pos, OA.start, _int(span.start))
    add(pos, OA.end, _int(span.end))
    add(quote, RDF.type, OA.TextQuoteSelector)
    add(quote, OA.exact, text_literal(span.text))
    prefix = text[max(0, span.start - QUOTE_CONTEXT):span.start]
    suffix = text[span.end:span.end + QUOTE_CONTEXT]
    if prefix:
        add(quote, OA.prefix, text_literal(prefix))
    if suffix:
        add(quote, OA.suffix, text_literal(suffix))
    return node
