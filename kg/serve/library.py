"""The query library (``kg.graph.queries``) as the endpoint shows it: a JSON list
for the editor's tabs, and named queries run with bound parameters."""

from __future__ import annotations

from .worker import Answer


def _describe(q) -> dict:
    params = [{"name": p.name, "kind": p.kind, "description": p.description, "example": p.example}
              for p in q.params]
    example = "&".join(f"{p.name}={p.example}" for p in q.params if p.example)
    return {"name": q.name, "title": q.title, "doc": q.doc, "params": params, "text": q.text,
            "url": f"/queries/{q.name}" + (f"?{example}" if example else "")}


def library_json() -> list[dict]:
    """Every shipped query: name, title, question, parameters, text and an
    example URL."""
    from kg.graph import queries

    return [_describe(q) for q in queries.list_queries()]


def bind_named(name: str, params: dict[str, str]):
    """(text, substitutions) for the library query ``name``, or an error Answer
    (unknown name 404; unknown, missing or malformed parameter 400). Values
    are bound as terms by ``kg.graph.queries.bindings``, never pasted into SPARQL."""
    from kg.errors import QueryError
    from kg.graph import queries

    known = {q.name: q for q in queries.list_queries()}  # by name only: no paths from a URL
    if name not in known:
        return Answer.error(404, "E401", f"unknown query {name!r}; known: {', '.join(sorted(known))}")
    q = known[name]
    try:
        return q.text, queries.bindings(q, params)
    except QueryError as err:
        return Answer.error(400, err.code, f"{name}: {err.reason}")
