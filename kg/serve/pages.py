"""The analysts' pages: an entity's names, the claims by and about it with the
quoted words in context, a timeline, and its neighbourhood for the graph view.

The SPARQL below runs through the endpoint's worker pool (time limit and all)
with the entity bound as ``?e``; rendering is Jinja2 with autoescaping, so
text from articles is never read as HTML.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kg.records import Entity
from kg.vocab import ENTITY_NS, ID_NS, KG_NS, PREFIXES, entity_iri, is_web_link

from .links import page_url
from .results import bad_request, iri_term, render, select
from .search import name_from_key, open_by_name
from .viz import NEIGHBOURS, STANCES

LABELS = """
SELECT ?e ?label ?kind ?type ?lat ?lon WHERE {
  { ?e skos:prefLabel ?label BIND("pref" AS ?kind) }
  UNION { ?e skos:altLabel ?label BIND("alt" AS ?kind) }
  UNION { ?e a ?type }
  UNION { ?e geo:lat ?lat ; geo:long ?lon }
}"""

CLAIMS = """
SELECT ?e ?att ?role ?speaker ?speakerLabel ?rel ?exact ?prefix ?suffix ?article ?title ?date
       ?url ?outlet ?outletLabel WHERE {
  { ?att kg:speaker ?e BIND("by" AS ?role) } UNION { ?att kg:hasClaim/kg:about ?e BIND("about" AS ?role) }
  ?att kg:speaker ?speaker ; kg:relation ?rel ; kg:inArticle ?article ; kg:contentSpan ?span .
  ?span oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?exact .
  OPTIONAL { ?sel oa:prefix ?prefix } OPTIONAL { ?sel oa:suffix ?suffix }
  OPTIONAL { ?speaker skos:prefLabel ?speakerLabel }
  OPTIONAL { ?article dcterms:date ?date } OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:source ?url }
  OPTIONAL { ?article kg:outlet ?outlet OPTIONAL { ?outlet skos:prefLabel ?outletLabel } }
} ORDER BY ?date ?article ?att ?role"""

START_QUERY = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k in ("kg", "skos")) + """
# Every named entity, with how many statements it made. Click one to open its page.
SELECT ?entity (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?att) AS ?statements) WHERE {
  ?entity skos:prefLabel ?name .
  FILTER(STRSTARTS(STR(?entity), "%s"))
  OPTIONAL { ?att kg:speaker ?entity }
} GROUP BY ?entity ORDER BY DESC(?statements) ?label
""" % ENTITY_NS


def relation_name(iri: str) -> str:
    """``https://.../ns#hasNotConfirmed`` -> ``hasNotConfirmed``."""
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# Stance local name -> words, as the graph pictures write them.
RELATION_WORDS = {stance: words for stance, (words, _colour) in STANCES.items()}


def page_config() -> dict:
    """What the editor page needs to know: namespaces and its first query."""
    return {"id_ns": ID_NS, "entity_ns": ENTITY_NS, "start_query": START_QUERY,
            "claim_ns": ID_NS + "canonical-claim/"}


def asks(name: str) -> list[dict]:
    """The library queries that take one entity, each as a link that opens
    it in the workbench with ``name`` filled in."""
    from kg.graph import queries

    out = []
    for q in queries.list_queries():
        if len(q.params) == 1 and q.params[0].kind == "entity":
            link = "/?" + urlencode({"query": q.name, q.params[0].name: name})
            out.append({"name": q.name, "title": q.title or q.name, "url": link})
    return out


def _value(binding: dict, name: str) -> str | None:
    cell = binding.get(name)
    return None if cell is None else cell["value"]


@dataclass(frozen=True)
class ClaimRow:
    """One attributed statement shown on an entity page."""

    role: str  # "by" or "about"
    speaker: str
    speaker_label: str
    relation: str
    prefix: str
    exact: str
    suffix: str
    article: str
    title: str
    date: str
    url: str
    outlet: str
    outlet_label: str

    @property
    def speaker_page(self) -> str:
        return page_url(self.speaker)

    @property
    def relation_words(self) -> str:
        return RELATION_WORDS.get(self.relation, self.relation)


def claim_rows(bindings: list[dict]) -> list[ClaimRow]:
    """Rows of the CLAIMS query, one per (attribution, role)."""
    seen, out = set(), []
    for b in bindings:
        key = (_value(b, "att"), _value(b, "role"))
        if key in seen:
            continue
        seen.add(key)
        out.append(ClaimRow(
            role=_value(b, "role") or "", speaker=_value(b, "speaker") or "",
            speaker_label=_value(b, "speakerLabel") or _value(b, "speaker") or "",
            relation=relation_name(_value(b, "rel") or ""),
            prefix=_value(b, "prefix") or "", exact=_value(b, "exact") or "",
            suffix=_value(b, "suffix") or "", article=_value(b, "article") or "",
            title=_value(b, "title") or "", date=_value(b, "date") or "",
            # a link only to an http(s) page, whatever a sidecar or a remote store says
            url=_value(b, "url") if is_web_link(_value(b, "url")) else "", outlet=_value(b, "outlet") or "",
            outlet_label=_value(b, "outletLabel") or ""))
    return out


def timeline(rows: list[ClaimRow]) -> list[tuple[str, list[ClaimRow]]]:
    """Statements grouped by article date, oldest first (undated last)."""
    by_date: dict[str, list[ClaimRow]] = {}
    for row in rows:
        by_date.setdefault(row.date or "undated", []).append(row)
    return sorted(by_date.items(), key=lambda kv: (kv[0] == "undated", kv[0]))


def _entity_iri(request: Request) -> str | None:
    if "key" in request.path_params:
        key = request.path_params["key"].strip("/")
        return entity_iri(Entity(key, "Person", key)) if key else None
    return request.query_params.get("iri")


async def _bindings(endpoint, text: str, iri: str) -> tuple[list[dict] | None, Response | None]:
    term = iri_term(iri)
    if term is None:
        return None, bad_request("not an IRI")
    return await select(endpoint, text, e=term)


async def entity_page(endpoint, request: Request) -> Response:
    """``/entity/{key}`` (or ``/entity?iri=``): names, claims, timeline, graph."""
    iri = _entity_iri(request)
    if not iri:
        return JSONResponse({"error": "give an entity key or ?iri=", "code": "E402"}, status_code=400)
    labels, error = await _bindings(endpoint, LABELS, iri)
    if error:
        return error
    claims, error = await _bindings(endpoint, CLAIMS, iri)
    if error:
        return error
    prefs = Counter(_value(b, "label") for b in labels if _value(b, "kind") == "pref")
    if not prefs and not claims:
        if "key" in request.path_params:  # a typed name in the path: /entity/organisation/yukos
            name, type_hint = name_from_key(request.path_params["key"])
            return await open_by_name(endpoint, name, type_hint)
        return render("found.html", status=404, name=iri, what="entity", hits=[], suggestions=[])
    from .claims import claims_about

    canonical, error = await claims_about(endpoint, iri)
    if error:
        return error
    name = prefs.most_common(1)[0][0] if prefs else iri
    aliases = sorted({_value(b, "label") for b in labels if _value(b, "kind") in ("pref", "alt")} - {name})
    types = sorted({relation_name(_value(b, "type")) for b in labels if _value(b, "type")})
    where = next(((float(_value(b, "lat")), float(_value(b, "lon"))) for b in labels
                  if _value(b, "lat") and _value(b, "lon")), None)
    rows = claim_rows(claims)
    return render("entity.html",
        iri=iri, name=name, aliases=aliases, types=types, asks=asks(name), canonical=canonical,
        coordinates=where,
        by=[r for r in rows if r.role == "by"], about=[r for r in rows if r.role == "about"],
        timeline=timeline(rows), graph_url="/graph?iri=" + quote(iri, safe=""))


async def graph_json(endpoint, request: Request) -> Response:
    """``/graph?iri=``: the entity's neighbourhood as Cytoscape elements."""
    from .viz import neighbourhood

    iri = request.query_params.get("iri")
    if not iri:
        return JSONResponse({"error": "missing ?iri=", "code": "E402"}, status_code=400)
    rows, error = await _bindings(endpoint, NEIGHBOURS, iri)
    if error:
        return error
    labels, error = await _bindings(endpoint, LABELS, iri)
    if error:
        return error
    plain = [{k: v["value"] for k, v in b.items()} for b in rows]
    centre = next((_value(b, "label") for b in labels if _value(b, "kind") == "pref"), iri)
    hood = neighbourhood(iri, centre, plain)
    return JSONResponse(hood.cytoscape(page_url))
