"""Pictures of who said what around one entity: speakers point at the entities
their statements are about, each arrow coloured and labelled with its stance
("denies") and the outlets that carried it, so no legend is needed.

One model (``Neighbourhood``) feeds three outputs: Cytoscape elements for
the entity page, a standalone HTML page (Cytoscape inlined, works offline),
and PNG/SVG drawn with matplotlib.

>>> hood = neighbourhood("urn:x:a", "A", [
...     {"att": "urn:t:1", "speaker": "urn:x:b", "speakerLabel": "B", "rel": "https://w3id.org/kg-news/ns#denies",
...      "about": "urn:x:a", "aboutLabel": "A", "outletLabel": "Daily"}])
>>> [(e.source, e.target, e.label) for e in hood.edges]
[('urn:x:b', 'urn:x:a', 'denies (Daily)')]
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"

# Stance -> (words on the arrow, colour). Colour-blind-safe-ish, distinct in grey.
# Who said what about whom around ?e: one row per (speaker, stance, entity the
# claim is about, outlet that carried it).
NEIGHBOURS = """
SELECT DISTINCT ?e ?att ?speaker ?speakerLabel ?rel ?about ?aboutLabel ?outletLabel WHERE {
  ?att kg:speaker ?speaker ; kg:relation ?rel ; kg:hasClaim ?claim ; kg:inArticle ?article .
  ?claim kg:about ?about .
  FILTER(?speaker = ?e || ?about = ?e)
  FILTER(?speaker != ?about)
  OPTIONAL { ?speaker skos:prefLabel ?speakerLabel }
  OPTIONAL { ?about skos:prefLabel ?aboutLabel }
  OPTIONAL { ?article kg:outlet ?o . ?o skos:prefLabel ?outletLabel }
}"""

STANCES = {
    "claims": ("claims", "#2456a6"),
    "confirms": ("confirms", "#1f7a3a"),
    "denies": ("denies", "#b3261e"),
    "hasNotConfirmed": ("has not confirmed", "#b07800"),
}
OTHER_STANCE = ("asserts", "#555555")


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    centre: bool = False


@dataclass(frozen=True)
class Edge:
    """``source`` (a speaker) made ``count`` statements with ``stance`` about ``target``."""

    source: str
    target: str
    stance: str
    count: int
    outlets: tuple[str, ...]

    @property
    def words(self) -> str:
        return STANCES.get(self.stance, OTHER_STANCE)[0]

    @property
    def colour(self) -> str:
        return STANCES.get(self.stance, OTHER_STANCE)[1]

    @property
    def label(self) -> str:
        times = f" \u00d7{self.count}" if self.count > 1 else ""
        outlets = f" ({', '.join(self.outlets)})" if self.outlets else ""
        return f"{self.words}{times}{outlets}"


@dataclass(frozen=True)
class Neighbourhood:
    centre: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def cytoscape(self, page_url=lambda iri: iri) -> dict:
        """Cytoscape.js elements; each node carries the URL of its page."""
        nodes = [{"data": {"id": n.id, "label": n.label, "url": page_url(n.id),
                           "centre": n.centre}} for n in self.nodes]
        edges = [{"data": {"id": f"e{i}", "source": e.source, "target": e.target,
                           "label": e.label, "colour": e.colour, "stance": e.stance}}
                 for i, e in enumerate(self.edges)]
        return {"centre": self.centre, "nodes": nodes, "edges": edges}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def neighbourhood(centre: str, centre_label: str, rows: list[dict]) -> Neighbourhood:
    """Aggregate statement rows (``att speaker speakerLabel rel about
    aboutLabel outletLabel``, plain strings) into speaker -> entity edges."""
    labels = {centre: centre_label}
    counts: dict[tuple, set] = defaultdict(set)
    outlets: dict[tuple, set] = defaultdict(set)
    for row in rows:
        speaker, about = row["speaker"], row["about"]
        labels.setdefault(speaker, row.get("speakerLabel") or _local(speaker))
        labels.setdefault(about, row.get("aboutLabel") or _local(about))
        key = (speaker, about, _local(row["rel"]))
        counts[key].add(row.get("att") or len(counts[key]))
        if row.get("outletLabel"):
            outlets[key].add(row["outletLabel"])
    edges = tuple(Edge(s, t, stance, len(counts[(s, t, stance)]), tuple(sorted(outlets[(s, t, stance)])))
                  for s, t, stance in sorted(counts))
    ids = sorted({centre} | {e.source for e in edges} | {e.target for e in edges})
    nodes = tuple(Node(i, labels[i], i == centre) for i in ids)
    return Neighbourhood(centre, nodes, edges)


# -- from the store -----------------------------------------------------------

def find_entity(store, name: str) -> tuple[str, str]:
    """(IRI, label) of the entity named ``name`` (an IRI, an entity key such
    as ``person/x``, or any of its names, compared folded)."""
    import pyoxigraph as ox

    from kg.errors import QueryError
    from kg.resolve import fold
    from kg.vocab import ENTITY_NS

    candidates = []
    if name.startswith(("http://", "https://", "urn:")):
        candidates.append(name)
    candidates.append(ENTITY_NS + name.strip("/"))
    for iri in candidates:
        try:
            rows = list(store.query("SELECT ?e ?l WHERE { ?e skos:prefLabel ?l }", {"e": ox.NamedNode(iri)}))
        except ValueError:
            continue
        if rows:
            return iri, rows[0]["l"].value
    rows = list(store.query(
        "SELECT ?k ?e (SAMPLE(?l) AS ?label) (COUNT(?a) AS ?n) WHERE { ?e kg:labelKey ?k ; skos:prefLabel ?l "
        "OPTIONAL { ?a kg:speaker ?e } } GROUP BY ?k ?e ORDER BY DESC(?n) ?e",
        {"k": ox.Literal(fold(name))}))
    if not rows:
        raise QueryError(name, "E402", "no entity with this name, key or IRI in the store")
    return rows[0]["e"].value, rows[0]["label"].value


def store_neighbourhood(store, name: str) -> Neighbourhood:
    """The neighbourhood of the entity ``name`` read from a ``kg.graph.store.Store``."""
    import pyoxigraph as ox


    iri, label = find_entity(store, name)
    rows = []
    for sol in store.query(NEIGHBOURS, {"e": ox.NamedNode(iri)}):
        rows.append({v: sol[v].value for v in ("att", "speaker", "speakerLabel", "rel", "about",
                                               "aboutLabel", "outletLabel") if sol[v] is not None})
    return neighbourhood(iri, label, rows)


# -- drawing --------------------------------------------------------------------

def _wrap(text: str, width: int = 18) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def draw(hood: Neighbourhood, out: str) -> None:
    """PNG or SVG (by extension) with matplotlib: labelled, coloured arrows."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "none"  # SVG keeps its words as text: searchable, selectable
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in hood.nodes:
        g.add_node(n.id)
    for e in hood.edges:
        g.add_edge(e.source, e.target, label=e.label, colour=e.colour)
    pos = nx.shell_layout(g, [[hood.centre], [n.id for n in hood.nodes if not n.centre]]) \
        if len(hood.nodes) > 1 else {hood.centre: (0.0, 0.0)}
    pos = {k: (1.6 * x, y) for k, (x, y) in pos.items()}  # an ellipse fills a wide page
    fig, ax = plt.subplots(figsize=(14, 9), dpi=100)
    ax.set_aspect("equal")  # arcs bend in display space: keep data and display alike
    ax.set_title(f"Statements around {next(n.label for n in hood.nodes if n.centre)}", fontsize=15)
    # Parallel edges between one pair curve apart; each label sits on its own
    # arc, nearer the speaker than the centre, where the ring has more room.
    seen: dict[tuple, int] = defaultdict(int)
    for s, t, data in g.edges(data=True):
        k = seen[(s, t)]
        seen[(s, t)] += 1
        rad = (0.15 + 0.3 * (k // 2)) * (1 if k % 2 == 0 else -1)  # alternate sides
        nx.draw_networkx_edges(g, pos, edgelist=[(s, t)], ax=ax, edge_color=data["colour"], width=2,
                               arrows=True, arrowsize=18, connectionstyle=f"arc3,rad={rad}",
                               node_size=3000)
        (x1, y1), (x2, y2) = pos[s], pos[t]
        # Point of the quadratic arc at parameter u (0 at the speaker).
        u = (0.4 if t == hood.centre else 0.6) + (0.22 if k % 2 else 0.0) * (1 if t == hood.centre else -1)
        cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
        lx = (1 - u) ** 2 * x1 + 2 * u * (1 - u) * cx + u ** 2 * x2
        ly = (1 - u) ** 2 * y1 + 2 * u * (1 - u) * cy + u ** 2 * y2
        ax.text(lx, ly, _wrap(data["label"], 22), color=data["colour"],
                fontsize=8.5, ha="center", va="center",
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": data["colour"], "lw": 0.8})
    colours = ["#ffe9a8" if n.centre else "#e8eef8" for n in hood.nodes]
    nx.draw_networkx_nodes(g, pos, nodelist=[n.id for n in hood.nodes], node_color=colours,
                           node_size=3000, edgecolors="#1d2330", ax=ax)
    nx.draw_networkx_labels(g, pos, labels={n.id: _wrap(n.label, 14) for n in hood.nodes},
                            font_size=9, ax=ax)
    ax.axis("off")
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    pad = 0.45
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    fig.subplots_adjust(left=0.02, right=0.98, top=0.93, bottom=0.02)
    fig.savefig(out)
    plt.close(fig)


HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1em}}#graph{{width:100%;height:85vh;border:1px solid #ccd}}</style>
</head><body><h1>{title}</h1><div id="graph"></div>
<script>{cytoscape}</script>
<script>{script}
kgDrawGraph({data}, "graph");</script></body></html>
"""


def graph_script() -> str:
    """The JavaScript defining ``kgDrawGraph(data, container)`` (shared by the
    entity page and the standalone HTML)."""
    return (STATIC / "graph.js").read_text(encoding="utf-8")


def write_html(hood: Neighbourhood, out: str, page_url=lambda iri: iri) -> None:
    """A standalone page: Cytoscape inlined, so it opens offline from disk."""
    cyto = (STATIC / "vendor" / "cytoscape" / "cytoscape.min.js").read_text(encoding="utf-8")
    title = f"Statements around {next(n.label for n in hood.nodes if n.centre)}"
    data = json.dumps(hood.cytoscape(page_url)).replace("</", "<\\/")
    page = HTML.format(title=_html_escape(title), cytoscape=cyto.replace("</script", "<\\/script"),
                       data=data, script=graph_script())
    Path(out).write_text(page, encoding="utf-8")


def _html_escape(text: str) -> str:
    import html

    return html.escape(text)


def viz(store, entity: str, out: str) -> Neighbourhood:
    """Draw the statements around ``entity`` to ``out`` (.png, .svg or .html)."""
    from kg.errors import QueryError

    suffix = Path(out).suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        raise QueryError(out, "E402", "output must end in .png, .svg or .html")
    hood = store_neighbourhood(store, entity)
    if suffix == ".html":
        write_html(hood, out)
    else:
        draw(hood, out)
    return hood
