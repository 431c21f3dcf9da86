"""The analysts' pages: an entity's names, the claims by and about it with the
quoted words in context, a timeline, and its neighbourhood for the graph view.

The SPARQL below runs through the endpoint's worker pool (time limit and all)
with the entity bound as ``?e``; rendering is Jinja2 with autoescaping, so
text from articles is never read as HTML.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from kg.records import Entity
from kg.vocab import ENTITY_NS, ID_NS, KG_NS, PREFIXES, entity_iri

from .viz import NEIGHBOURS, STANCES
from .worker import Job

TEMPLATES = Path(__file__).resolve().parent / "templates"

LABELS = """
SELECT ?e ?label ?kind ?type WHERE {
  { ?e skos:prefLabel ?label BIND("pref" AS ?kind) }
  UNION { ?e skos:altLabel ?label BIND("alt" AS ?kind) }
  UNION { ?e a ?type }
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


def page_url(iri: str) -> str:
    """The page of any IRI: ``/entity/KEY`` for kg entities, else ``/entity?iri=``."""
    if iri.startswith(ENTITY_NS):
        return "/entity/" + iri[len(ENTITY_NS):]
    return "/entity?iri=" + quote(iri, safe="")


def relation_name(iri: str) -> str:
    """``https://.../ns#hasNotConfirmed`` -> ``hasNotConfirmed``."""
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# Stance local name -> words, as the graph pictures write them.
RELATION_WORDS = {stance: words for stance, (words, _colour) in STANCES.items()}


def page_config() -> dict:
    """What the editor page needs to know: namespaces and its first query."""
    return {"id_ns": ID_NS, "entity_ns": ENTITY_NS, "start_query": START_QUERY}


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
            url=_value(b, "url") or "", outlet=_value(b, "outlet") or "",
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
    import pyoxigraph as ox

    try:
        term = ox.NamedNode(iri)
    except ValueError:
        return None, JSONResponse({"error": "not an IRI", "code": "E402"}, status_code=400)
    answer = await endpoint.run(Job(text, "json", substitutions={"e": term}))
    if answer.status != 200:
        return None, Response(answer.body, answer.status, media_type=answer.media_type)
    return json.loads(answer.body)["results"]["bindings"], None


@lru_cache(maxsize=1)
def _environment():
    """One Jinja2 environment (and template cache) for every page, not one per request."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


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
        return HTMLResponse(f"<!doctype html><title>not found</title><p>Nothing is known about "
                            f"{_escape(iri)}.</p><p><a href='/'>Back to the workbench</a></p>",
                            status_code=404)
    name = prefs.most_common(1)[0][0] if prefs else iri
    aliases = sorted({_value(b, "label") for b in labels if _value(b, "kind") in ("pref", "alt")} - {name})
    types = sorted({relation_name(_value(b, "type")) for b in labels if _value(b, "type")})
    rows = claim_rows(claims)
    html = _environment().get_template("entity.html").render(
        iri=iri, name=name, aliases=aliases, types=types,
        by=[r for r in rows if r.role == "by"], about=[r for r in rows if r.role == "about"],
        timeline=timeline(rows), graph_url="/graph?iri=" + quote(iri, safe=""))
    return HTMLResponse(html)


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


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
