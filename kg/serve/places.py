"""The places of the store for the map: every place with coordinates
(``geo:lat``/``geo:long``, written for places with a GeoNames link), with the
number of attributed statements about it per report date, so the map can
size each place and a time slider can count only what was reported by a
given day.

One model feeds the ``/map`` page (JSON from ``/map/places``), the panel on
place pages and ``kg viz --map`` (PNG or standalone HTML).

>>> m = places_from_rows([
...     {"place": "urn:p", "name": "Vellmar", "lat": "50.1", "lon": "30.2", "date": "2024-03-02", "n": "2"},
...     {"place": "urn:p", "name": "Vellmar", "lat": "50.1", "lon": "30.2", "n": "1"}])
>>> m["dates"], m["places"][0]["total"], m["places"][0]["by_date"]
(['2024-03-02'], 3, {'2024-03-02': 2, '': 1})
"""

from __future__ import annotations

from .links import page_url

# Places with coordinates and, per report date ("" when undated), how many
# attributed statements are about them. A place no statement is about has
# one row with ?n = 0.
PLACES = """
SELECT ?place (MIN(?label) AS ?name) ?lat ?lon ?date (COUNT(DISTINCT ?att) AS ?n) WHERE {
  ?place geo:lat ?lat ; geo:long ?lon ; skos:prefLabel ?label .
  OPTIONAL {
    ?claim kg:about ?place .
    ?att kg:hasClaim ?claim ; kg:inArticle ?art .
    OPTIONAL { ?art dcterms:date ?date }
  }
} GROUP BY ?place ?lat ?lon ?date ORDER BY ?place ?date"""


def places_from_rows(rows: list[dict]) -> dict:
    """The map's model from PLACES rows (plain strings): places (iri, name,
    lat, lon, total, by_date, url) biggest first, and the sorted report dates."""
    places: dict[str, dict] = {}
    dates: set[str] = set()
    for row in rows:
        iri = row["place"]
        place = places.setdefault(iri, {
            "iri": iri, "name": row.get("name") or iri, "lat": float(row["lat"]),
            "lon": float(row["lon"]), "total": 0, "by_date": {}, "url": page_url(iri)})
        n = int(row.get("n") or 0)
        if n:
            date = (row.get("date") or "")[:10]
            place["by_date"][date] = place["by_date"].get(date, 0) + n
            place["total"] += n
            if date:
                dates.add(date)
    ordered = sorted(places.values(), key=lambda p: (-p["total"], p["name"]))
    return {"places": ordered, "dates": sorted(dates)}


async def places_json(endpoint, request):
    """``/map/places``: the map's model as JSON."""
    from starlette.responses import JSONResponse

    from .results import select

    bindings, error = await select(endpoint, PLACES)
    if error:
        return error
    rows = [{k: v["value"] for k, v in b.items()} for b in bindings]
    return JSONResponse(places_from_rows(rows))


def store_places(store) -> dict:
    """The map's model read from a ``kg.graph`` store (for ``kg viz --map``)."""
    rows = []
    for sol in store.query(PLACES):
        rows.append({v: sol[v].value for v in ("place", "name", "lat", "lon", "date", "n")
                     if sol[v] is not None})
    return places_from_rows(rows)
