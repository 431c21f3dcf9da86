"""What the endpoint lets through: SPARQL that cannot reach outside the store.

pyoxigraph follows ``SERVICE <url>`` (and ``LOAD <url>`` in an update) with a
real HTTP request, a server-side request forgery. The check fails closed, in
two steps:

1. A cheap screen on the text with SPARQL's code-point escapes decoded
   (SPARQL 1.1 §19.2 applies ``\\u0053``-style escapes to the raw string
   before parsing, so ``\\u0053ERVICE`` is ``SERVICE``): if neither word
   occurs anywhere, in any case, even inside another word, the text is
   clean. Not only whole words: oxigraph's lexer reads ``5710SERVICE`` as a
   number and the keyword.
   Nothing is blanked out at this step (no comment, string or IRI stripping),
   so no lexical trick can hide a keyword from it.
2. Only when a word occurs (``?service``, ``"Security Service"``,
   ``<http://x/load>`` and the real keywords alike), the text is parsed with
   rdflib's SPARQL grammar and the parse tree is searched for a
   ``ServiceGraphPattern`` or ``Load`` operation. Text rdflib cannot parse is
   refused: we cannot show it is clean.

Why not strip comments, strings and IRIs with a hand-made lexer: ``<`` is
both the IRI opener and the less-than operator, so a lexer without the
grammar can be made to read ``FILTER(1<2)SERVICE?x#>`` as one IRI and miss
the keyword that oxigraph executes. A parser resolves that; a screen that
blanks nothing cannot be fooled by it.

>>> find_refused("SELECT * { SeRvIcE <http://x/> { ?s ?p ?o } }")
'SERVICE'
>>> find_refused('SELECT ?service { ?service <http://x/p> "LOAD" } # SERVICE')
>>> find_refused("SELECT * { ?s ?p 5710SERVICE <http://127.0.0.1:9/sparql> { ?a ?b ?c } }")
'UNVERIFIABLE'
>>> find_refused("SELECT * { ?s ?p ?o }")
"""

from __future__ import annotations

import re

REMOTE_KEYWORDS = ("SERVICE", "LOAD")

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Anywhere, glued to anything ("5710SERVICE", "?service", "ex:load",
# "download"): all go on to the parser (fail closed).
_SCREEN = re.compile("|".join(REMOTE_KEYWORDS), re.IGNORECASE)
_TREE_NAMES = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}


def decode_escapes(text: str) -> str:
    """Apply SPARQL's code-point escapes (``\\u0053`` -> ``S``) as the grammar
    does before tokenising; invalid code points stay as written."""

    def repl(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)

    return _ESCAPE.sub(repl, text)


def _tree_keyword(node) -> str | None:
    """The first SERVICE/LOAD node in an rdflib parse tree (CompValue,
    ParseResults, lists and dicts nest freely)."""
    stack, seen = [node], set()
    while stack:
        cur = stack.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        name = getattr(cur, "name", None)
        if isinstance(name, str) and name in _TREE_NAMES:
            return _TREE_NAMES[name]
        if isinstance(cur, dict):
            stack.extend(cur.values())
        if isinstance(cur, (list, tuple)) or type(cur).__name__ == "ParseResults":
            stack.extend(list(cur))
    return None


def parse_tree(text: str, update: bool):
    """rdflib's parse tree of a query (or update), or None when rdflib cannot
    parse it."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return parseUpdate(text) if update else parseQuery(text)
    except Exception:  # pyparsing raises several types; any failure means "cannot verify"
        return None


def find_refused(text: str, update: bool = False) -> str | None:
    """Why ``text`` is refused: ``"SERVICE"``, ``"LOAD"``, ``"UNVERIFIABLE"``
    (a keyword word is present and the text does not parse), or None."""
    screened = _SCREEN.findall(decode_escapes(text))
    if not screened:
        return None
    tree = parse_tree(text, update)
    if tree is None:
        return "UNVERIFIABLE"
    return _tree_keyword(tree)


def is_update(text: str) -> bool:
    """True when ``text`` parses as a SPARQL Update (used to answer an update
    sent as a query with a clear refusal instead of a syntax error)."""
    return parse_tree(text, update=True) is not None
