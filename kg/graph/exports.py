"""Exports people can read: JSON-LD compacted with kg's published ``@context``
(``ontology/context.jsonld``: ontology terms as short names), graphs without
the syndication sketches unless asked for, and a CSV of statements (one row
per attribution) for spreadsheets.

The sketches (``kg:sketchSlot``: 64 MinHash slots per article) stay in the
store, where the queries use them to tell a reprint from an independent
report; an export leaves them out unless ``with_sketches`` is set.

>>> context()["@context"]["speaker"]
{'@id': 'kg:speaker', '@type': '@id'}
>>> context()["@context"]["prefLabel"]
'skos:prefLabel'
>>> context()["@context"]["relation"]
{'@id': 'kg:relation', '@type': '@vocab'}
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.vocab import DCTERMS, GEO, KG, OA, OWL, PREFIXES, PROV, RDF, RDFS, SKOS, XSD, Vocabulary

CONTEXT_FILE = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"
SKETCH_PREDICATES = frozenset({KG.sketchSlot})
RDF_TYPE = RDF.type
XSD_STRING, XSD_INTEGER = XSD.string.value, XSD.integer.value

# Properties whose values are IRIs (written as plain strings in the compact form).
_IRI_VALUED = {
    "speaker", "via", "relation", "hasClaim", "inArticle", "cueSpan", "contentSpan", "sourceSpan",
    "proposition", "about", "withdrawsFrom", "evidenceSpan", "outlet", "mentions", "canonicalClaim",
    "entered", "captured", "controls", "attacked", "killed", "injured", "evacuated", "liberatedArea",
    "advanced", "unit", "quantitySpan", "timeSpan", "viaSpan", "hasSource", "hasSelector",
    "sameAs", "wasAttributedTo", "wasDerivedFrom", "wasQuotedFrom", "wasGeneratedBy", "used", "source",
    "subject", "object",
    # any statement, the outlet's own voice, relays and roles (issue 16)
    "states", "relayedIn", "objectWordsSpan", "distanceFrom", "distance", "says", "roleAssertion",
    "holder", "roleOf", "holderSpan", "roleSpan", "bodySpan", "subjectWordsSpan", "names",
}


# Properties whose values are ontology terms, written by their short names ("denies").
_VOCAB_VALUED = {"relation", "predicate"}
# Decimal-valued properties: "lat": "49.207" rather than a typed value object.
_DECIMALS = {"lat", "long", "numericValue"}


def _terms() -> Iterable[tuple[str, str, Vocabulary]]:
    # Later vocabularies do not take a short name an earlier one has (kg first).
    for vocab, prefix in ((KG, "kg"), (SKOS, "skos"), (OA, "oa"), (DCTERMS, "dcterms"),
                          (PROV, "prov"), (GEO, "geo"), (OWL, "owl"), (RDF, "rdf"), (RDFS, "rdfs")):
        for name in vocab.terms():
            if (prefix, name) != ("rdf", "type"):  # rdf:type is JSON-LD's own @type
                yield name, prefix, vocab


@lru_cache(maxsize=1)
def context() -> dict:
    """kg's JSON-LD context: the prefixes, and each ontology term by its
    local name (``speaker``, ``prefLabel``, ``exact``); IRI-valued
    properties coerce their values to IRIs."""
    ctx: dict[str, object] = {k: v for k, v in PREFIXES.items() if k != "id"}
    for name, prefix, _vocab in _terms():
        if name in ctx or name.startswith("@"):
            continue
        curie = f"{prefix}:{name}"
        if name in _VOCAB_VALUED:
            ctx[name] = {"@id": curie, "@type": "@vocab"}
        elif name in _IRI_VALUED:
            ctx[name] = {"@id": curie, "@type": "@id"}
        elif name in _DECIMALS:
            ctx[name] = {"@id": curie, "@type": "xsd:decimal"}
        else:
            ctx[name] = curie
    return {"@context": ctx}


def context_text() -> str:
    """The context as published in ``ontology/context.jsonld``."""
    return json.dumps(context(), indent=1, sort_keys=True) + "\n"


def readable_triples(triples: Iterable[ox.Triple], with_sketches: bool = False) -> list[ox.Triple]:
    """``triples`` sorted, without the sketch slots unless ``with_sketches``."""
    kept = triples if with_sketches else (t for t in triples if t.predicate not in SKETCH_PREDICATES)
    return sorted(set(kept), key=str)


@lru_cache(maxsize=1)
def _term_table() -> tuple[dict[str, str], dict[str, object], dict[str, str]]:
    """(full IRI -> short name, short name -> its coercion: "@id", "@vocab",
    a datatype IRI, or None, namespace -> prefix) from the context."""
    ctx = context()["@context"]
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def full(curie: str) -> str:
        prefix, _, local = curie.partition(":")
        return prefixes[prefix] + local if prefix in prefixes else curie

    names, coercion = {}, {}
    for name, definition in ctx.items():
        if name in prefixes:
            continue
        iri = full(definition["@id"] if isinstance(definition, dict) else definition)
        names[iri] = name
        kind = definition.get("@type") if isinstance(definition, dict) else None
        coercion[name] = full(kind) if kind and not kind.startswith("@") else kind
    return names, coercion, {v: k for k, v in prefixes.items()}


def _key(iri: str, names: dict[str, str], namespaces: dict[str, str]) -> str:
    """A property's key: its short name, else a compact IRI (``rdfs:seeAlso``),
    else the IRI itself."""
    if iri in names:
        return names[iri]
    for namespace, prefix in namespaces.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and "/" not in local and "#" not in local and ":" not in local:
            return f"{prefix}:{local}"
    return iri


def _json_value(term, coerced, names: dict[str, str]):
    """One object in compact JSON-LD, as the term's coercion reads it back."""
    if isinstance(term, ox.NamedNode):
        if coerced == "@vocab":
            return names.get(term.value, term.value)
        return term.value if coerced == "@id" else {"@id": term.value}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    datatype = term.datatype.value
    if datatype == coerced:
        return term.value
    if datatype == XSD_STRING and coerced is None:
        return term.value
    if datatype == XSD_INTEGER and _canonical_int(term.value):
        return int(term.value)  # a JSON number reads back as xsd:integer
    return {"@value": term.value, "@type": datatype}


def _canonical_int(text: str) -> bool:
    return text.lstrip("-").isdigit() and str(int(text)) == text


def _subject(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def write_jsonld(triples: list[ox.Triple], out: BinaryIO) -> None:
    """Compact JSON-LD: the context inline (so any parser reads it offline),
    one node object per subject in ``@graph``, keys and values sorted, so
    equal graphs give equal bytes. Written straight from the triples with
    the context's term table (no JSON-LD processor: linear in the graph)."""
    names, coercion, namespaces = _term_table()
    nodes: dict[str, dict[str, list]] = {}
    for t in triples:
        node = nodes.setdefault(_subject(t.subject), {})
        if t.predicate == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(names.get(t.object.value, t.object.value))
            continue
        key = _key(t.predicate.value, names, namespaces)
        node.setdefault(key, []).append(_json_value(t.object, coercion.get(key), names))
    graph = []
    for subject in sorted(nodes):
        obj = {"@id": subject}
        for key, values in nodes[subject].items():
            values = sorted(values, key=lambda v: json.dumps(v, sort_keys=True))
            obj[key] = values[0] if len(values) == 1 else values
        graph.append(obj)
    doc = {"@context": context()["@context"], "@graph": graph}
    out.write((json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))


# One row per attribution; labels are looked up outside the article graph
# (an entity's names may live in a shared graph), so a row can repeat with
# each spelling: ``statement_rows`` keeps the first.
STATEMENTS = """
SELECT ?att ?speaker ?relation ?cue ?quote ?outlet ?date ?article ?title
       ?cue_start ?cue_end ?quote_start ?quote_end ?via WHERE {
  GRAPH ?g {
    ?att a kg:Attribution ; kg:speaker ?sp ; kg:relation ?rel ; kg:inArticle ?art ;
         kg:cueSpan ?cs ; kg:contentSpan ?qs .
    ?cs oa:hasSelector ?cq , ?cp . ?cq oa:exact ?cue . ?cp oa:start ?cue_start ; oa:end ?cue_end .
    ?qs oa:hasSelector ?qq , ?qp . ?qq oa:exact ?quote . ?qp oa:start ?quote_start ; oa:end ?quote_end .
    ?art kg:sourcePath ?article .
    OPTIONAL { ?art dcterms:date ?date } OPTIONAL { ?art dcterms:title ?title }
  }
  OPTIONAL { ?sp skos:prefLabel ?speaker }
  OPTIONAL { ?art kg:outlet ?o . ?o skos:prefLabel ?outlet }
  OPTIONAL { ?att kg:via ?v . ?v skos:prefLabel ?via }
  BIND(STRAFTER(STR(?rel), "#") AS ?relation)
}"""
STATEMENT_COLUMNS = ("speaker", "relation", "cue", "quote", "outlet", "date", "article", "title",
                     "cue_start", "cue_end", "quote_start", "quote_end", "via")


def statement_rows(store) -> list[dict]:
    """Every attribution as a dict of ``STATEMENT_COLUMNS`` (plain values),
    by article and position."""
    rows: dict[str, dict] = {}
    for sol in store.query(STATEMENTS, where="statements"):
        row = {c: (sol[c].value if sol[c] is not None else "") for c in STATEMENT_COLUMNS}
        for c in ("cue_start", "cue_end", "quote_start", "quote_end"):
            row[c] = int(row[c])
        key = sol["att"].value
        if key not in rows or _spelling(row) < _spelling(rows[key]):
            rows[key] = row
    return sorted(rows.values(), key=lambda r: (r["article"], r["cue_start"], r["quote_start"],
                                               r["relation"], r["speaker"]))


def _spelling(row: dict) -> tuple:
    return (row["speaker"], row["outlet"], row["via"])


def write_statements_csv(store, out: BinaryIO) -> None:
    """The statements as CSV (UTF-8, a header row, RFC 4180 quoting)."""
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=STATEMENT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(statement_rows(store))
    out.write(text.getvalue().encode("utf-8"))
