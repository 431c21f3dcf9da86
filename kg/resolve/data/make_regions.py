"""Generate ``regions.json``: the first-level regions (states, provinces,
territories, the nations of the United Kingdom) of the countries whose news
names them in English, from ISO 3166-2 as pycountry ships it. GeoNames'
city list (``places.json``) has no such regions outside the US, so
"Queensland" or "Scotland" was no place at all, and "Wales" was a small town.

Run once when pycountry changes (it is a dev dependency; the output is
committed):

    .venv/bin/python kg/resolve/data/make_regions.py

Only top-level subdivisions (no parent) of the countries in ``COUNTRIES``;
names are cleaned of ISO's bracketed local forms ("Wales [Cymru GB-CYM]").
Countries whose subdivisions are written in the local language (Bayern,
Lombardia) or are English words ("Delta", "Rivers", "Nelson") are left out:
a region named like a person or a common word would turn them into places.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).with_name("regions.json")
COUNTRIES = ("AU", "CA", "GB", "IE", "IN", "PK", "ZA")


def main() -> None:
    regions = []
    for code in COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.parent_code is None:
                name = re.sub(r"\s*\[.*\]$", "", sub.name).strip()
                regions.append([sub.code, name, code, sub.type])
    regions.sort()
    data = {"source": f"pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''} (ISO 3166-2)",
            "fields": ["code", "name", "country", "type"], "regions": regions}
    rows = ",\n".join(json.dumps(r, ensure_ascii=False) for r in regions)
    head = json.dumps({k: v for k, v in data.items() if k != "regions"}, ensure_ascii=False)[:-1]
    OUT.write_text(f'{head}, "regions": [\n{rows}\n]}}\n', encoding="utf-8")


if __name__ == "__main__":
    main()
