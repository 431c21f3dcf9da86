"""The map of places outside the server (``kg viz --map``): a PNG or SVG drawn
with matplotlib from the vendored Natural Earth outline, or a standalone HTML
page with the browser map inlined (d3-geo, topojson, the outline, the data),
which opens offline from disk. Same model as ``/map`` (``places.store_places``).

>>> rings = decode_arcs({"transform": {"scale": [1, 1], "translate": [0, 0]}, "arcs": [[[0, 0], [2, 0], [0, 2]]]})
>>> rings[0]
[(0, 0), (2, 0), (2, 2)]
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from kg.resolve import decode_arcs

STATIC = Path(__file__).resolve().parent / "static"
WORLD = STATIC / "vendor" / "world-atlas" / "countries-50m.json"
MAP_SCRIPTS = ("vendor/d3/d3-array.min.js", "vendor/d3/d3-geo.min.js",
               "vendor/d3/topojson-client.min.js", "map.js")


def _unwrapped(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring as drawn on a flat map: longitudes unwrapped (no jump of 180
    degrees between neighbours, so Chukotka or Fiji is no band across the
    world), plus a copy shifted back by 360 when it runs past 180."""
    out: list[tuple[float, float]] = []
    for x, y in points:
        if out:
            while x - out[-1][0] > 180:
                x -= 360
            while out[-1][0] - x > 180:
                x += 360
        out.append((x, y))
    low, high = min(x for x, _ in out), max(x for x, _ in out)
    shifts = [0.0] + ([-360.0] if high > 180 else []) + ([360.0] if low < -180 else [])
    return [[(x + d, y) for x, y in out] for d in shifts]


def country_rings(topology: dict) -> list[list[tuple[float, float]]]:
    """Every ring of every country polygon, as (lon, lat) points."""
    arcs = decode_arcs(topology)
    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])],
                    "MultiPolygon": geometry.get("arcs", [])}.get(geometry.get("type"), [])
        for polygon in polygons:
            for ring in polygon:
                points: list[tuple[float, float]] = []
                for i in ring:
                    arc = arcs[i] if i >= 0 else arcs[~i][::-1]
                    points.extend(arc[1:] if points else arc)
                if points:
                    rings.extend(_unwrapped(points))
    return rings


def _extent(places: list[dict], ratio: float) -> tuple[float, float, float, float]:
    """(west, east, south, north) around the places, padded and widened or
    heightened to ``ratio`` (width / height on the page); the world when none.

    >>> [round(v) for v in _extent([{"lon": 30.0, "lat": 50.0}], 1.0)]
    [27, 33, 48, 52]
    """
    if not places:
        return -180.0, 180.0, -60.0, 85.0
    lons, lats = [p["lon"] for p in places], [p["lat"] for p in places]
    west, east = min(lons) - max(3.0, (max(lons) - min(lons)) * 0.08), max(lons) + max(3.0, (max(lons) - min(lons)) * 0.15)
    south, north = min(lats) - max(2.0, (max(lats) - min(lats)) * 0.12), max(lats) + max(2.0, (max(lats) - min(lats)) * 0.12)
    squash = max(0.2, math.cos(math.radians((south + north) / 2)))
    width, height = (east - west) * squash, north - south
    if width / height < ratio:  # too tall: widen
        grow = (height * ratio / squash - (east - west)) / 2
        west, east = west - grow, east + grow
    else:  # too wide: heighten
        grow = (width / ratio - height) / 2
        south, north = south - grow, north + grow
    return max(-180.0, west), min(180.0, east), max(-85.0, south), min(85.0, north)


def draw_map(model: dict, out: str) -> None:
    """PNG or SVG (by extension): outlines, circles by statements, names of
    the bigger places."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection

    plt.rcParams["svg.fonttype"] = "none"
    places = model["places"]
    shown = [p for p in places if p["total"]] or places
    west, east, south, north = _extent(shown, 14 / 7.2)
    fig, ax = plt.subplots(figsize=(14, 8), dpi=100)
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    ax.add_collection(PolyCollection(country_rings(topology), facecolors="#e6e2d6",
                                     edgecolors="#b9b3a3", linewidths=0.4))
    ax.set_facecolor("#f4f8fc")
    most = max([p["total"] for p in places] + [1])
    ax.scatter([p["lon"] for p in shown], [p["lat"] for p in shown],
               s=[30 + 1500 * p["total"] / most for p in shown], c="#2456a6", alpha=0.55,
               edgecolors="#1d2330", linewidths=0.7, zorder=3)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / max(0.2, math.cos(math.radians((south + north) / 2))))
    fig.canvas.draw()  # settle the layout, so data -> pixel positions are final
    placed: list[tuple[float, float, float, float]] = []
    for p in shown:  # biggest first; a name that would overlap one already drawn is left out
        x, y = ax.transData.transform((p["lon"], p["lat"]))
        r = math.sqrt((30 + 1500 * p["total"] / most) / math.pi)
        box = (x + r + 2, y - 6, x + r + 2 + 6.5 * len(p["name"]), y + 8)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        ax.annotate(p["name"], (p["lon"], p["lat"]), xytext=(r + 2, -4), textcoords="offset points",
                    fontsize=9, zorder=4)
    dates = model.get("dates") or []
    span = f", reported {dates[0]} to {dates[-1]}" if dates else ""
    total = sum(p["total"] for p in places)
    ax.set_title(f"Places in the news: {len(shown)} places, {total} statements about them{span}", fontsize=13)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.text(0.01, 0.01, "Outlines: Natural Earth (public domain), world-atlas. Circle area: statements about the place.",
             fontsize=8, color="#556")
    fig.subplots_adjust(left=0.02, right=0.98, top=0.94, bottom=0.04)
    fig.savefig(out)
    plt.close(fig)


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Places in the news</title>
<style>{style}</style></head><body><main>
<h1>Places in the news</h1>
<p class="legend">Each circle is a place with GeoNames coordinates, sized by the number of attributed statements about it. Move the slider to count only reports published up to a date.</p>
<div class="slider"><input id="map-time" type="range" min="0" max="0" step="1" aria-label="report date"><output id="map-date"></output></div>
<div id="map" class="map"><script type="application/json" class="map-data">{data}</script></div>
<script type="application/json" id="world-data">{world}</script>
{scripts}
</main></body></html>
"""


def _json_in_html(value) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def write_map_html(model: dict, out: str) -> None:
    """A standalone page: the browser map with its scripts and data inlined."""
    scripts = "\n".join("<script>" + (STATIC / s).read_text(encoding="utf-8").replace("</script", "<\\/script")
                        + "</script>" for s in MAP_SCRIPTS)
    world = json.loads(WORLD.read_text(encoding="utf-8"))
    page = PAGE.format(style=(STATIC / "style.css").read_text(encoding="utf-8"), data=_json_in_html(model),
                       world=_json_in_html(world), scripts=scripts)
    Path(out).write_text(page, encoding="utf-8")


def viz_map(store, out: str) -> dict:
    """Draw the map of the store's places to ``out`` (.png, .svg or .html); the model."""
    from kg.errors import QueryError

    from .places import store_places

    suffix = Path(out).suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        raise QueryError(out, "E402", "output must end in .png, .svg or .html")
    model = store_places(store)
    if suffix == ".html":
        write_map_html(model, out)
    else:
        draw_map(model, out)
    return model
