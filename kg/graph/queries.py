"""The query library: ``queries/*.rq``, each with a header saying what it
answers and what it takes.

Header lines (comments at the top of the file)::

    # title: Who asserted what about an entity
    # question: Who asserted facts about NAME, with outlet, date, cue and quote?
    # param: name [entity] — an entity's name or any alias (Kharkiv)

A parameter's kind is ``literal`` (default: bound as a string to ``?NAME``),
``entity`` (the value is folded like entity labels and bound to
``?NAME_key``, to be matched against ``kg:labelKey`` in a triple pattern, so
any spelling finds the entity through an index), ``iri`` or ``integer``.
Values are bound with pyoxigraph ``substitutions``, never pasted into the
query text, so a value is always just a value. (pyoxigraph only substitutes
variables the query projects; ``run`` drops those constant columns.)

Speed on a large store, with ``substitutions`` kept (measured with
``python -m bench.query_latency``, oxigraph 0.5): pyoxigraph plans a query
before it sees the substituted values, then starts evaluation with them
bound. A lookup is therefore an index lookup only if the plan starts at the
bound pattern, and the queries are written so that it does:

- the bound pattern (``?entity kg:labelKey ?name_key``) is written first:
  the planner orders by a fixed size guess, keeps written order on ties, and
  guesses a pattern with a constant (``VALUES``, ``?x a kg:Class``) smaller,
  so those are written as ``FILTER``s in entity-bound queries (a ``VALUES``
  block in ``aliases`` scanned every entity: 43 ms on 10,000 claims, 5.8 s
  on 1,000,000);
- sub-selects and OPTIONALs of more than one triple are joined by hashing
  their whole result, so each such part starts from ``?name_key`` again;
  one-triple OPTIONALs (or nested ones) are looked up per row, but only
  while the planner's size guess of what comes before them stays small: a
  long group of triples overflows it and the OPTIONAL reads the whole
  store, so ``who-asserted-about`` and ``distances`` put their mandatory
  triples in a sub-select with a ``LIMIT`` far above any answer, which caps
  the guess;
- the default graph is the union of the article graphs, and a shared node
  (an entity, a canonical claim) is described again in every graph that
  names it; a chain through it multiplies those copies. A report's chain is
  followed inside ``GRAPH ?g`` (its own article graph), and names are taken
  from small per-node tables (the first label) rather than per row.

A ``VALUES`` block written by pyoxigraph's term printer (what ``kg.graph.remote``
does for endpoints) would also have made the lookups plan well, but it is
not needed: with the shapes above the bound lookups stay flat from 10,000 to
1,000,000 claims (docs/scaling.md).

>>> q = load("aliases")
>>> q.name, [p.name for p in q.params], q.params[0].kind
('aliases', ['name'], 'entity')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions

from kg.errors import QueryError
from kg.vocab import XSD

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"
KINDS = ("literal", "entity", "iri", "integer")

_HEADER = re.compile(r"^#\s*(title|question|param)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\[(?P<kind>\w+)\])?\s*(?:[—–-]+\s*(?P<doc>.*?))?"
    r"\s*(?:\((?P<example>[^()]*)\))?\s*$"
)
_PAGE_MARK = re.compile(r"^([ \t]*)#[ \t]*page[ \t]*$", re.M)
_BOUND_MARK = re.compile(r"^([ \t]*)#[ \t]*page bound[ \t]*$", re.M)
_CAP_MARK = re.compile(r"^([ \t]*)#[ \t]*page cap[ \t]*$", re.M)
# rows a "# page cap" allows each group of a page: far above any real page,
# and low enough that the planner looks the rows after it up one by one
ROWS_PER_GROUP_CAP = 1000
_GROUP_PAGING = re.compile(r"^#[ \t]*paging[ \t]*:[ \t]*(\w+)", re.M)
_OWN_LIMIT = re.compile(r"\bLIMIT\s+\d+(\s+OFFSET\s+\d+)?\s*$", re.I)
DEFAULT_LIMIT = 1000  # rows of a page in `kg query`
_INTEGERS = {XSD.integer.value, XSD.NS + "long", XSD.NS + "int", XSD.NS + "nonNegativeInteger"}


@dataclass(frozen=True)
class Param:
    """One declared parameter of a query."""

    name: str
    kind: str = "literal"
    description: str = ""
    example: str | None = None

    @property
    def variables(self) -> tuple[str, ...]:
        """The SPARQL variables this parameter binds."""
        return (f"{self.name}_key",) if self.kind == "entity" else (self.name,)


@dataclass(frozen=True)
class Query:
    """A SPARQL query from the library (or any ``.rq`` file)."""

    name: str
    text: str
    title: str
    question: str
    params: tuple[Param, ...]
    path: str

    @property
    def doc(self) -> str:
        return self.question or self.title


def parse_header(text: str, where: str) -> tuple[str, str, tuple[Param, ...]]:
    """(title, question, params) from the leading comment lines."""
    title = question = ""
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = _HEADER.match(stripped)
        if not m:
            continue
        field, value = m.groups()
        if field == "title":
            title = value
        elif field == "question":
            question = value
        else:
            p = _PARAM.match(value)
            if not p:
                raise QueryError(where, "E402", f"malformed param header: {value!r}")
            kind = p.group("kind") or "literal"
            if kind not in KINDS:
                raise QueryError(where, "E402", f"param {p.group('name')}: unknown kind {kind!r}")
            params.append(Param(p.group("name"), kind, p.group("doc") or "", p.group("example")))
    return title, question, tuple(params)


def load(name_or_path: str | Path) -> Query:
    """A query by library name (file stem in ``queries/``) or by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.exists():
        path = candidate
    else:
        path = QUERIES_DIR / f"{name_or_path}.rq"
    if not path.is_file():
        known = ", ".join(q.name for q in list_queries())
        raise QueryError(str(name_or_path), "E401", f"unknown query; known: {known}")
    text = path.read_text(encoding="utf-8")
    title, question, params = parse_header(text, str(path))
    return Query(path.stem, text, title, question, params, str(path))


def list_queries() -> list[Query]:
    """Every query shipped in ``queries/``, by name."""
    return [load(p) for p in sorted(QUERIES_DIR.glob("*.rq"))]


def bindings(query: Query, params: dict[str, str]) -> dict[str, object]:
    """The substitutions for ``params`` (every declared parameter is required)."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(query.name, "E402", f"unknown parameter {unknown[0]!r}; "
                         f"takes: {', '.join(declared) or 'none'}")
    subs: dict[str, object] = {}
    for p in query.params:
        if p.name not in params:
            hint = f" (e.g. {p.name}={p.example})" if p.example else ""
            raise QueryError(query.name, "E402", f"missing parameter {p.name!r}{hint}")
        value = params[p.name]
        if p.kind == "entity":
            from kg.resolve import fold

            subs[f"{p.name}_key"] = Literal(fold(value))
        elif p.kind == "iri":
            try:
                subs[p.name] = NamedNode(value)
            except ValueError:
                raise QueryError(query.name, "E402", f"parameter {p.name!r} is not an IRI") from None
        elif p.kind == "integer":
            if not re.fullmatch(r"[+-]?\d+", value.strip()):
                raise QueryError(query.name, "E402", f"parameter {p.name!r} is not an integer")
            subs[p.name] = Literal(value.strip(), datatype=XSD.integer)
        else:
            subs[p.name] = Literal(value)
    return subs


def _value(term) -> object:
    """A plain Python value for a result cell: IRIs and strings as str,
    integers as int, unbound as None."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype.value in _INTEGERS:
        try:
            return int(term.value)
        except ValueError:
            return term.value
    return term.value


def paged(text: str, limit: int | None, offset: int = 0) -> str:
    r"""``text`` asking for ``limit`` rows from row ``offset`` on (all rows
    when ``limit`` is None or 0).

    A query that pages itself marks the place with a ``# page`` comment line
    (in ``attributions``: the sub-select that orders the statements by their
    keys, so only the page is expanded into spans and labels); the
    ``LIMIT``/``OFFSET`` goes there (on every such line: each branch of a
    UNION may page its own kind of group), and a ``# page bound`` line (a
    sub-select of groups in the same order, each giving at least one row)
    gets ``LIMIT offset+limit``, so only those groups are sorted; a ``# page
    cap`` line gets ``LIMIT limit*1000`` (see below). Any other query gets them at its end,
    unless it ends in a ``LIMIT`` of its own. Without paging the marker is
    a comment, so every library query is plain SPARQL 1.1 anywhere.

    >>> paged("SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x", 10, 20)
    'SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x\nLIMIT 10 OFFSET 20\n'
    >>> paged("SELECT * WHERE { { SELECT ?x WHERE { ?x ?p ?o }\n  # page\n} }", 5)
    'SELECT * WHERE { { SELECT ?x WHERE { ?x ?p ?o }\n  LIMIT 5 OFFSET 0\n} }'
    """
    if not limit:
        return text
    if limit < 0 or offset < 0:
        raise QueryError("query", "E402", "--limit and --offset take a number >= 0")
    clause = f"LIMIT {int(limit)} OFFSET {int(offset)}"
    # "# page bound": a sub-select of groups (articles, claims) in the
    # page's order, each giving at least one row: the page lies in the
    # first offset + limit of them (each branch of a UNION may have its own)
    text = _BOUND_MARK.sub(lambda m: m[1] + f"LIMIT {int(offset) + int(limit)}", text)
    # "# page cap": a sub-select of the page's groups and their rows gets a
    # bound the page never reaches; it caps the planner's guess of its size,
    # so the OPTIONALs after it are lookups per row, not hash joins over
    # the store (without a page, no cap: every row, whatever the planner)
    text = _CAP_MARK.sub(lambda m: m[1] + f"LIMIT {int(limit) * ROWS_PER_GROUP_CAP}", text)
    if _PAGE_MARK.search(text):
        return _PAGE_MARK.sub(lambda m: m[1] + clause, text)
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")).rstrip()
    if _OWN_LIMIT.search(body):
        return text
    return text.rstrip() + "\n" + clause + "\n"


def paging_unit(query: Query) -> str:
    """What ``--limit`` and ``--offset`` count: the groups a ``# paging:``
    header line names ("claims", "entities"), else "rows"."""
    m = _GROUP_PAGING.search(query.text)
    return m[1] if m else "rows"


def pages_groups(query: Query) -> bool:
    """True for a query whose page counts groups (canonical claims,
    entities) and sorts the rows of each page: a page can hold more rows
    than groups, and the row after a page does not tell whether another
    page follows."""
    return paging_unit(query) != "rows"


def run_page(store, query: Query | str, params: dict[str, str] | None = None,
             limit: int | None = None, offset: int = 0) -> tuple[list[str], list[list], bool]:
    """(columns, rows, more): the page ``run`` gives, and whether another
    page follows (``limit`` 0 or None: every row, and False)."""
    if isinstance(query, str):
        query = load(query)
    if not limit:
        columns, rows = run(store, query, params)
        return columns, rows, False
    if pages_groups(query):
        columns, rows = run(store, query, params, limit=limit, offset=offset)
        more = bool(run(store, query, params, limit=1, offset=offset + limit)[1])
        return columns, rows, more
    # one row more than the page, to know whether another page follows
    columns, rows = run(store, query, params, limit=limit + 1, offset=offset)
    return columns, rows[:limit], len(rows) > limit


def run(store, query: Query | str, params: dict[str, str] | None = None,
        limit: int | None = None, offset: int = 0) -> tuple[list[str], list[list]]:
    """Run ``query`` on ``store`` with ``params`` bound; (columns, rows):
    every row, or ``limit`` rows from row ``offset`` on (see ``paged``).

    Columns holding a bound parameter are constant and left out."""
    if isinstance(query, str):
        query = load(query)
    subs = bindings(query, params or {})
    try:
        result = store.query(paged(query.text, limit, offset), subs, where=query.name)
    except RuntimeError as err:  # e.g. a parameter the query does not project
        raise QueryError(query.name, "E402", str(err)) from None
    if not isinstance(result, QuerySolutions):
        raise QueryError(query.name, "E402", "only SELECT queries can be run as tables")
    names = [v.value for v in result.variables]
    keep = [i for i, n in enumerate(names) if n not in subs]
    rows = []
    for solution in result:
        cells = [_value(solution[names[i]]) for i in keep]
        rows.append(cells)
    return [names[i] for i in keep], rows
