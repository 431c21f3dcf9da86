"""Serve: the SPARQL endpoint, its pages and pictures.

Takes a store; gives a read-only HTTP endpoint (``make_app``, ``serve``)
with a query guard, worker processes with time limits, the query library,
entity, claim, search and map pages, static files and templates, and
pictures: an entity's neighbourhood (``draw_entity``) and the map of places
(``draw_map``), as PNG, SVG or HTML. Names load on first use, so drawing a
picture needs no web server packages.
"""

__all__ = ["Settings", "draw_entity", "draw_map", "make_app", "serve"]


def __getattr__(name: str):
    if name in ("Settings", "make_app", "serve"):
        from . import app

        return getattr(app, name)
    if name == "draw_entity":
        from .viz import viz

        return viz
    if name == "draw_map":
        from .mapdraw import viz_map

        return viz_map
    raise AttributeError(f"module 'kg.serve' has no attribute {name!r}")
