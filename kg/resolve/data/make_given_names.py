"""Generate ``given_names.json``: given names common in many countries, from
the name data nomquamgender ships (MIT; names with counts gathered from
several national and international sources).

Run once when nomquamgender changes (it is a dev dependency; the output is
committed):

    .venv/bin/python kg/resolve/data/make_given_names.py

Kept: names of three or more Latin letters seen at least ``MIN_COUNT`` times,
folded as person keys fold them. ``kg.extract.mentions`` reads a two- or
three-word name the model typed as a body or a place whose first word is one
of these, and no word of which says body or place, as a person's.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from kg.resolve.folding import fold

OUT = Path(__file__).with_name("given_names.json")
MIN_COUNT = 2000
_LATIN = re.compile(r"^[a-z]{3,}$")


def main() -> None:
    data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))
    names = sorted({fold(name) for name, row in data.items() if row[1] >= MIN_COUNT and _LATIN.match(name)} - {""})
    names = [n for n in names if len(n) >= 3]  # (folding shortens a few: "ed", "le")
    OUT.write_text(json.dumps({"about": "Given names seen at least %d times in nomquamgender's name data (MIT), "
                                        "folded; see make_given_names.py." % MIN_COUNT, "names": names},
                              ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
