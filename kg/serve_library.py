"""The query library (``kg.queries``) as the endpoint shows it: a JSON list
for the editor's tabs, and named queries run with bound parameters."""

from __future__ import annotations

from .serve_worker import Answer


def _term(value: str):
    """A parameter value as an RDF term: an absolute IRI (optionally in
    ``<...>``) becomes an IRI, anything else a plain string literal. The
    value is bound as a term, so SPARQL inside it stays text."""
    import pyoxigraph as ox

    raw = value.strip()
    inner = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
    if inner.split(":", 1)[0] in ("http", "https", "urn") and ":" in inner:
        try:
            return ox.NamedNode(inner)
        except ValueError:
            pass
    return ox.Literal(value)


def _describe(q) -> dict:
    params = [getattr(p, "name", p) for p in (getattr(q, "params", None) or ())]
    return {"name": q.name, "doc": getattr(q, "doc", "") or "", "params": list(params),
            "text": q.text, "url": f"/queries/{q.name}"}


def library_json() -> list[dict]:
    """Every shipped query: name, doc, parameter names, text and URL."""
    from .queries import list_queries, load

    out = []
    for item in list_queries():
        q = item if hasattr(item, "text") else load(item)
        out.append(_describe(q))
    return sorted(out, key=lambda d: d["name"])


def bind_named(name: str, params: dict[str, str]):
    """(text, substitutions) for the library query ``name``, or an error Answer
    (unknown name, unknown or missing parameter)."""
    from .errors import KGError
    from .queries import load

    if "/" in name or "\\" in name or name.startswith("."):
        return Answer.error(404, "E401", f"unknown query {name!r}")
    try:
        q = load(name)
    except (KGError, FileNotFoundError, ValueError):
        return Answer.error(404, "E401", f"unknown query {name!r}")
    known = {getattr(p, "name", p) for p in (getattr(q, "params", None) or ())}
    unknown = sorted(set(params) - known)
    if unknown:
        return Answer.error(400, "E402", f"query {name!r} has no parameter {unknown[0]!r}; "
                            f"it takes: {', '.join(sorted(known)) or 'none'}")
    return q.text, {k.lstrip("?$"): _term(v) for k, v in params.items()}
