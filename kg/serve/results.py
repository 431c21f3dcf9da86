"""SPARQL for the pages: run a SELECT through the endpoint's worker pool
(time limit, guard and all) with bound terms, and read its cells as plain
Python values.

>>> plain({"type": "literal", "value": "20", "datatype": "http://www.w3.org/2001/XMLSchema#integer"})
20
>>> plain({"type": "uri", "value": "https://x/y"})
'https://x/y'
>>> plain(None) is None
True
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from starlette.responses import JSONResponse, Response

from .worker import Job

TEMPLATES = Path(__file__).resolve().parent / "templates"

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                "positiveInteger", "nonPositiveInteger", "negativeInteger")}
_DECIMALS = {_XSD + t for t in ("decimal", "double", "float")}


def plain(cell: dict | None):
    """A SPARQL JSON results cell as a plain value: integers as ``int``,
    decimals as ``float``, every other literal and IRI as its string."""
    if cell is None:
        return None
    datatype = cell.get("datatype", "")
    try:
        if datatype in _INTEGERS:
            return int(cell["value"])
        if datatype in _DECIMALS:
            return float(cell["value"])
    except ValueError:
        pass
    return cell["value"]


def value(binding: dict, name: str) -> str | None:
    """A cell's lexical value (or None when unbound)."""
    cell = binding.get(name)
    return None if cell is None else cell["value"]


async def select(endpoint, text: str, **terms) -> tuple[list[dict] | None, Response | None]:
    """(bindings, None), or (None, error response) when the worker refused or
    failed. ``terms`` are pyoxigraph terms bound to the query's variables."""
    answer = await endpoint.run(Job(text, "json", substitutions=terms))
    if answer.status != 200:
        return None, Response(answer.body, answer.status, media_type=answer.media_type)
    return json.loads(answer.body)["results"]["bindings"], None


def iri_term(iri: str):
    """A pyoxigraph NamedNode, or None when ``iri`` is not an IRI."""
    import pyoxigraph as ox

    try:
        return ox.NamedNode(iri)
    except ValueError:
        return None


def bad_request(message: str) -> JSONResponse:
    return JSONResponse({"error": message, "code": "E402"}, status_code=400)


@lru_cache(maxsize=1)
def environment():
    """One Jinja2 environment (and template cache) for every page, not one per request."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def render(template: str, status: int = 200, **context):
    from starlette.responses import HTMLResponse

    return HTMLResponse(environment().get_template(template).render(**context), status_code=status)
