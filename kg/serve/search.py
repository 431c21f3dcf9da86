"""Finding entities by name: the search box, ``/entity?name=`` and the
suggestions page for a name the store does not know.

A typed name is folded exactly as entity labels are (``kg.resolve.fold``,
the folding of the ``aliases`` query), so "Brennivka", "Brenivka" and
"BRENIVKA" find one town. What folding cannot bridge (a typo, a missing
word) is ranked by ``rapidfuzz`` (QRatio) against every label key of the store.

>>> rank("brenivka", [("a", "Brennivka", "Place", ["brenivka"]), ("b", "Brenivka district", "Place", ["brenivka district"])])
['a', 'b']
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from .links import page_url
from .results import render, select, value

ENTITY_TYPES = ("Person", "Organisation", "Place")
_KEY_SEPARATOR = "\u001f"

# The entities one folded key names (bound: ?key), with their names.
BY_KEY = """
SELECT ?key ?e (MIN(?label) AS ?name) (MIN(?t) AS ?type) WHERE {
  ?e kg:labelKey ?key ; skos:prefLabel ?label ; a ?class .
  FILTER(?class IN (kg:Person, kg:Organisation, kg:Place))
  BIND(STRAFTER(STR(?class), "#") AS ?t)
} GROUP BY ?key ?e ORDER BY ?type ?e"""

# Entities with a label key containing the folded text (bound: ?q).
CONTAINING = """
SELECT ?q ?e (MIN(?label) AS ?name) (MIN(?t) AS ?type)
       (GROUP_CONCAT(DISTINCT ?key; separator="\u001f") AS ?keys) WHERE {
  ?e kg:labelKey ?key . FILTER(CONTAINS(?key, ?q))
  ?e skos:prefLabel ?label ; a ?class .
  FILTER(?class IN (kg:Person, kg:Organisation, kg:Place))
  BIND(STRAFTER(STR(?class), "#") AS ?t)
} GROUP BY ?q ?e LIMIT 500"""

# Every entity with its keys: what a fuzzy match is ranked against.
ALL_KEYS = """
SELECT ?e (MIN(?label) AS ?name) (MIN(?t) AS ?type)
       (GROUP_CONCAT(DISTINCT ?key; separator="\u001f") AS ?keys) WHERE {
  ?e kg:labelKey ?key ; skos:prefLabel ?label ; a ?class .
  FILTER(?class IN (kg:Person, kg:Organisation, kg:Place))
  BIND(STRAFTER(STR(?class), "#") AS ?t)
} GROUP BY ?e"""


# The name of each IRI of a VALUES block (written by pyoxigraph's term printer).
NAMES = "SELECT ?e (MIN(?label) AS ?name) WHERE {{ VALUES ?e {{ {} }} ?e skos:prefLabel ?label }} GROUP BY ?e"
MAX_NAMES = 200


def rank(q: str, rows: list[tuple[str, str, str, list[str]]]) -> list[str]:
    """Entity ids of ``rows`` (id, name, type, folded keys) best first: a key
    equal to ``q``, then one starting with it, then one with a word starting
    with it, then any; shorter names first within each."""

    def score(row):
        keys = row[3]
        if q in keys:
            tier = 0
        elif any(k.startswith(q) for k in keys):
            tier = 1
        elif any(f" {q}" in f" {k}" for k in keys):
            tier = 2
        else:
            tier = 3
        return (tier, len(row[1]), row[1], row[0])

    return [row[0] for row in sorted(rows, key=score)]


def _rows(bindings: list[dict]) -> list[tuple[str, str, str, list[str]]]:
    return [(value(b, "e"), value(b, "name") or value(b, "e"), value(b, "type") or "",
             (value(b, "keys") or "").split(_KEY_SEPARATOR)) for b in bindings]


def _hit(iri: str, name: str, type_: str) -> dict:
    return {"iri": iri, "name": name, "type": type_, "url": page_url(iri)}


async def fuzzy(endpoint, folded: str, limit: int = 8) -> tuple[list[dict], Response | None]:
    """The entities whose names come closest to ``folded`` (rapidfuzz QRatio
    over every label key, at least 70 of 100)."""
    from rapidfuzz import fuzz, process

    bindings, error = await select(endpoint, ALL_KEYS)
    if error:
        return [], error
    rows = _rows(bindings)
    choices = {(i, k): k for i, row in enumerate(rows) for k in row[3] if k}
    best: dict[int, float] = {}
    for _key, score, (i, _k) in process.extract(folded, choices, scorer=fuzz.QRatio,
                                                limit=limit * 4, score_cutoff=70):
        best[i] = max(best.get(i, 0), score)
    order = sorted(best, key=lambda i: (-best[i], len(rows[i][1]), rows[i][1]))[:limit]
    return [_hit(*rows[i][:3]) for i in order], None


async def search(endpoint, text: str, limit: int = 12) -> tuple[list[dict], Response | None]:
    """Entities named like ``text`` (any spelling), best first; fuzzy
    matches when no label key contains the folded text."""
    import pyoxigraph as ox

    from kg.resolve import fold

    folded = fold(text)
    if not folded:
        return [], None
    bindings, error = await select(endpoint, CONTAINING, q=ox.Literal(folded))
    if error:
        return [], error
    rows = {row[0]: row for row in _rows(bindings)}
    if not rows:
        return await fuzzy(endpoint, folded, limit)
    return [_hit(*rows[i][:3]) for i in rank(folded, list(rows.values()))[:limit]], None


async def search_json(endpoint, request: Request) -> Response:
    """``/search?q=TEXT``: up to 12 entities as JSON (name, type, iri, url)."""
    hits, error = await search(endpoint, request.query_params.get("q", "")[:200])
    return error or JSONResponse(hits)


async def named(endpoint, name: str) -> tuple[list[dict], Response | None]:
    """The entities any of whose names folds to the fold of ``name``."""
    import pyoxigraph as ox

    from kg.resolve import fold

    folded = fold(name)
    if not folded:
        return [], None
    bindings, error = await select(endpoint, BY_KEY, key=ox.Literal(folded))
    if error:
        return [], error
    return [_hit(value(b, "e"), value(b, "name") or value(b, "e"), value(b, "type") or "")
            for b in bindings], None


async def open_by_name(endpoint, name: str, type_hint: str | None = None, status: int = 404) -> Response:
    """Redirect to the one entity called ``name``; a list to choose from when
    several are (of ``type_hint``'s type first); else a page suggesting close
    names (``status``, 404 by default)."""
    from kg.resolve import fold

    hits, error = await named(endpoint, name)
    if error:
        return error
    if type_hint:
        typed = [h for h in hits if h["type"].lower() == type_hint.lower()]
        hits = typed or hits
    if len(hits) == 1:
        return RedirectResponse(hits[0]["url"], status_code=303)
    if hits:
        return render("found.html", name=name, hits=hits, suggestions=[])
    suggestions, error = await fuzzy(endpoint, fold(name))
    if error:
        return error
    return render("found.html", status=status, name=name, hits=[], suggestions=suggestions)


def name_from_key(key: str) -> tuple[str, str | None]:
    """A typed page path as a name and a type: ``organisation/yukos`` ->
    ("yukos", "Organisation"); ``toni-blair`` -> ("toni blair", None)."""
    parts = [p for p in key.strip("/").split("/") if p]
    type_hint = None
    if len(parts) > 1 and parts[0].capitalize() in ENTITY_TYPES:
        type_hint = parts[0].capitalize()
        parts = parts[1:]
    return " ".join(parts).replace("-", " ").replace("_", " "), type_hint


async def entity_by_name(endpoint, request: Request) -> Response:
    """``/entity?name=NAME``: the entity's page (303), a choice, or suggestions."""
    name = request.query_params.get("name", "").strip()[:200]
    if not name:
        return render("found.html", status=400, name="", hits=[], suggestions=[])
    return await open_by_name(endpoint, name)


async def names_json(endpoint, request: Request) -> Response:
    """``/names?iri=A&iri=B``: {IRI: name} for up to 200 IRIs (the query
    forms show names, not IRIs). Each IRI is written into the query by
    pyoxigraph's own term printer, never as pasted text."""
    from .results import iri_term

    terms = [t for t in (iri_term(i) for i in request.query_params.getlist("iri")[:MAX_NAMES]) if t]
    if not terms:
        return JSONResponse({})
    bindings, error = await select(endpoint, NAMES.format(" ".join(str(t) for t in terms)))
    if error:
        return error
    return JSONResponse({value(b, "e"): value(b, "name") for b in bindings})
