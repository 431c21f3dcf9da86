"""The shared graph: what many articles have in common, described once.

An entity's type, labels, label keys and GeoNames link, a canonical claim
and a quantity live in one named graph (``vocab.SHARED_GRAPH``), not in each
article graph that names them, so the union graph an analyst queries holds
each label once and a plain ``COUNT`` is right. Article graphs keep what is
theirs: the mentions (``kg:Mention`` with its span, kind and name), the
statements and their spans.

The shared graph is kept exact by the store, in two steps:

1. An article's quads carry its *static* contributions to the shared graph
   (an entity's class and GeoNames link, a canonical claim's key, subject,
   predicate and object, a quantity's value and unit, the extraction
   activity and model: functions of the node's IRI alone, so adding them
   twice changes nothing) and a
   ``kg:pendingNode`` marker for each shared node it names. The store writes
   them with the article graph, in the same transaction; replacing or
   removing an article marks the shared nodes its old graph named.
2. ``settle`` then, in one update, re-derives every pending entity's labels
   from the mentions of all articles (names only: pronouns and descriptions
   stay mentions), marks it ``kg:Actor``/``kg:Outlet`` from how the articles
   use it (and gives a body of roles its search keys, ``body_keys``),
   marks a canonical claim ``kg:ContestedClaim`` while some report claims
   or confirms it and another denies or has not confirmed it, and
   ``kg:ConflictingAmount`` while another claim of the same subject,
   predicate and unit gives a different amount at a time that may coincide
   (so both are an index lookup, not a pass over every report), gives a
   marked claim a summary of its reports (how many support it and how many
   are against it, its speakers by stance, the outlets that carried it, the
   amount's words and qualifiers, the lowest and highest other amount: a
   listing of marked claims reads a few triples per claim), gives every
   withdrawal claim (predicate ``kg:withdrawsFrom``) the same summary (so
   who asserted a withdrawal, in how many reports and through which
   outlets is read from the shared graph too),
   drops every pending node no article names any more, and clears the
   markers. A crash between the steps leaves the markers, and the next write
   settles them, so a re-run ends in the same graph.

The derivation is a function of the stored article graphs only, so the
order in which articles arrive (``--jobs``, Dask, re-builds) cannot change it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from pyoxigraph import Literal, NamedNode, Quad

from kg.read import is_wire
from kg.resolve import fold, label_form, mention_kind, surface
from kg.vocab import ENTITY_NS, FRAME_NS, ID_NS, KG, OA, PROV, RDF, SHARED_GRAPH, SKOS, XSD

SHARED = NamedNode(SHARED_GRAPH)
# IRIs of the nodes the shared graph describes.
SHARED_PREFIXES = (ENTITY_NS, f"{ID_NS}canonical-claim/", f"{ID_NS}quantity/",
                   f"{ID_NS}activity/", f"{ID_NS}model/", f"{ID_NS}phrase/", FRAME_NS)
_MODEL_NS = f"{ID_NS}model/"
CHUNK = 400  # pending nodes settled per update

_PERSON, _ORG = KG.Person.value, KG.Organisation.value
_CLASS_TYPE = {KG.Person.value: "Person", KG.Organisation.value: "Organisation",
               KG.Place.value: "Place"}

Select = Callable[[str], Iterable]
Update = Callable[[str], None]


def is_shared(node) -> bool:
    """True for an IRI the shared graph describes."""
    return isinstance(node, NamedNode) and node.value.startswith(SHARED_PREFIXES)


def pending_quads(nodes: Iterable[NamedNode]) -> list[Quad]:
    """The markers that ask ``settle`` to look at ``nodes`` again."""
    return [Quad(SHARED, KG.pendingNode, n, SHARED) for n in sorted(set(nodes), key=str)]


def referenced_query(graph: NamedNode) -> str:
    """The shared nodes an article graph names (to mark them pending before
    the graph is replaced or dropped)."""
    tests = " || ".join(f'STRSTARTS(STR(?o), "{p}")' for p in SHARED_PREFIXES)
    return (f"SELECT DISTINCT ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER(isIRI(?o) && ({tests})) }}")


# Withdrawal claims a store built by an older kg left without their
# summary (they had none before the nineteenth session): marked pending, so
# the next settle gives them one.
UNSUMMARISED = (
    f"INSERT {{ GRAPH {SHARED} {{ {SHARED} {KG.pendingNode} ?c }} }} WHERE {{ GRAPH {SHARED} {{ "
    f"?c {RDF.predicate} {KG.withdrawsFrom} FILTER NOT EXISTS {{ ?c {KG.supportReports} ?n }} }} }}"
)


def _values(nodes: Iterable[NamedNode]) -> str:
    return " ".join(str(n) for n in nodes)


def settle(select: Select, update: Update, store=None) -> int:
    """Settle every pending shared node (see the module docstring); returns
    how many were settled. ``update`` runs one SPARQL update. The facts are
    read from ``store`` (a ``pyoxigraph.Store``) by index lookups when it is
    given, else through ``select`` (a SELECT over the union of all graphs,
    as a remote store answers it)."""
    reader = _PatternReader(store) if store is not None else _SparqlReader(select)
    pending = reader.pending()
    for start in range(0, len(pending), CHUNK):
        _settle_chunk(pending[start:start + CHUNK], reader, update)
    return len(pending)


def _settle_chunk(nodes: list[NamedNode], reader, update: Update) -> None:
    entities = [n for n in nodes if n.value.startswith(ENTITY_NS)]
    others = [n for n in nodes if not n.value.startswith(ENTITY_NS)]
    dead: list[NamedNode] = []
    if others:
        live = reader.referenced(others)
        dead += [n for n in others if n not in live and not n.value.startswith(_MODEL_NS)]
        # a model is named by the activities that used it, in the shared graph
        models = {n for n in others if n.value.startswith(_MODEL_NS)} | reader.models_of(dead)
        used = reader.models_in_use(models, set(dead))
        dead += sorted((m for m in models if m not in used), key=str)
    ended = set(dead)
    pending_claims = [n for n in others if n.value.startswith(_CLAIM_NS)]
    amounts = _amount_groups(pending_claims, ended, reader)
    # the live claims whose marks may change: the pending ones and every
    # claim of an amount group one of them is in
    claims = sorted({c for c in pending_claims if c not in ended} | set(amounts), key=str)
    withdrawn = {c for c, d in _by_node(reader.description(claims)).items()
                 if KG.withdrawsFrom in d.get(RDF.predicate, ())}
    derived = _claim_marks(claims, reader.claim_reports(claims) if claims else {}, _conflicting(amounts),
                           withdrawn)
    live_entities: list[NamedNode] = []
    if entities:
        facts = reader.entity_facts(entities)
        for e in entities:
            if e not in facts.mentions:
                dead.append(e)
                continue
            live_entities.append(e)
            derived += describe(e, facts.mentions[e], facts.classes.get(e, ""),
                                e in facts.actors, e in facts.outlets, e in facts.bodies)
    # explicit triples only: the update plans nothing and reads nothing
    gone = set(dead)
    old = [t for t in reader.description(dead + live_entities + claims)
           if t[0] in gone or t[1] in _DERIVED or (t[1] == RDF.type and t[2] in _DERIVED_TYPES)]
    old += [(SHARED, KG.pendingNode, n) for n in nodes]
    parts = [f"DELETE DATA {{ GRAPH {SHARED} {{\n" + "\n".join(f"{s} {p} {o} ." for s, p, o in old) + "\n} }"]
    if derived:
        parts.append(f"INSERT DATA {{ GRAPH {SHARED} {{\n" + "\n".join(f"{s} {p} {o} ." for s, p, o in derived)
                     + "\n} }")
    update(" ;\n".join(parts))  # one request: one transaction


# a marked claim's summary of its reports (kept with the marks, so a
# listing of marked claims reads a few triples per claim, not every report)
_SUMMARY = (KG.supportReports, KG.againstReports, KG.supportedBy, KG.deniedBy, KG.notConfirmedBy, KG.carriedBy,
            KG.amountWritten, KG.amountQualifier, KG.lowestOther, KG.highestOther, KG.stateReports, KG.statedBy,
            KG.reportsWithoutOutlet)
_DERIVED = frozenset({SKOS.prefLabel, SKOS.altLabel, KG.labelKey, KG.bodyKey, *_SUMMARY})
_DERIVED_TYPES = frozenset({KG.Actor, KG.Outlet, KG.WireService, KG.ContestedClaim, KG.ConflictingAmount})
_CLAIM_NS = f"{ID_NS}canonical-claim/"
_QUANTITY_NS = f"{ID_NS}quantity/"
_SUPPORT = frozenset({KG.claims, KG.confirms})
_AGAINST = frozenset({KG.denies, KG.hasNotConfirmed})
_BY = {KG.claims: KG.supportedBy, KG.confirms: KG.supportedBy, KG.denies: KG.deniedBy,
       KG.hasNotConfirmed: KG.notConfirmedBy, KG.states: KG.statedBy}


def _claim_marks(claims: list[NamedNode], reports: dict, conflicting: dict,
                 withdrawn: set = frozenset()) -> list[tuple]:
    """The derived triples of live canonical claims: ``kg:ContestedClaim``
    and ``kg:ConflictingAmount`` (with the lowest and highest other amount),
    and for a marked claim or a withdrawal claim (``withdrawn``: predicate
    ``kg:withdrawsFrom``) the summary of its reports ``(attribution,
    relation, speaker, outlet, qualifier, words)``: how many support it,
    how many are against it and how many state it in an outlet's own voice
    (when any do), who supports, denies, has not confirmed or states it,
    the outlets that carried it (and, for a withdrawal, how many reports
    have no known outlet), and the amount's qualifiers and words."""
    out: list[tuple] = []
    for c in claims:
        rows = set(reports.get(c, ()))
        support = {r[0] for r in rows if r[1] in _SUPPORT}
        against = {r[0] for r in rows if r[1] in _AGAINST}
        if support and against:
            out.append((c, RDF.type, KG.ContestedClaim))
        if c in conflicting:
            low, high = conflicting[c]
            out += [(c, RDF.type, KG.ConflictingAmount), (c, KG.lowestOther, low), (c, KG.highestOther, high)]
        elif not (support and against) and c not in withdrawn:
            continue
        uncarried = {r[0] for r in rows if r[3] is None}
        if c in withdrawn and uncarried:
            out.append((c, KG.reportsWithoutOutlet, Literal(str(len(uncarried)), datatype=XSD.integer)))
        stated = {r[0] for r in rows if r[1] == KG.states}
        out += [(c, KG.supportReports, Literal(str(len(support)), datatype=XSD.integer)),
                (c, KG.againstReports, Literal(str(len(against)), datatype=XSD.integer))]
        if stated:
            out.append((c, KG.stateReports, Literal(str(len(stated)), datatype=XSD.integer)))
        facts = {(_BY[r[1]], r[2]) for r in rows if r[1] in _BY}
        facts |= {(KG.carriedBy, r[3]) for r in rows if r[3] is not None}
        facts |= {(KG.amountQualifier, r[4]) for r in rows if r[4] is not None}
        facts |= {(KG.amountWritten, r[5]) for r in rows if r[5] is not None}
        out += [(c, p, o) for p, o in sorted(facts, key=str)]
    return out


def _amount_groups(claims: list[NamedNode], dead: set, reader) -> dict[NamedNode, tuple]:
    """Every live canonical claim of an amount that shares subject and
    predicate with one of ``claims`` (pending, alive or not): claim ->
    (subject, predicate, unit, value, time)."""
    groups = {(d[RDF.subject][0], d[RDF.predicate][0]) for d in _by_node(reader.description(claims)).values()
              if d.get(RDF.subject) and d.get(RDF.predicate) and _is_amount(d.get(RDF.object))}
    if not groups:
        return {}
    members = [c for c in reader.claims_about({s for s, _p in groups}) if c not in dead]
    described = _by_node(reader.description(members))
    quantities = _by_node(reader.description(sorted({d[RDF.object][0] for d in described.values()
                                                      if _is_amount(d.get(RDF.object))}, key=str)))
    out = {}
    for c, d in described.items():
        if (d.get(RDF.subject, [None])[0], d.get(RDF.predicate, [None])[0]) not in groups \
                or not _is_amount(d.get(RDF.object)):
            continue
        q = quantities.get(d[RDF.object][0], {})
        if q.get(KG.numericValue) and q.get(KG.unit) and d.get(KG.claimKey):
            out[c] = (d[RDF.subject][0], d[RDF.predicate][0], q[KG.unit][0], q[KG.numericValue][0],
                      d[KG.claimKey][0].value.rpartition("time=")[2])
    return out


def _conflicting(amounts: dict[NamedNode, tuple]) -> dict[NamedNode, tuple]:
    """The claims whose amount another claim of the same subject, predicate
    and unit contradicts at a time that may coincide (the same time, or
    either undated or not split by time): claim -> (lowest, highest) of
    those other amounts."""
    loose = ("any", "undated")
    buckets: dict = defaultdict(list)
    for c, (s, p, u, v, t) in amounts.items():
        buckets[(s, p, u)].append((c, v, t))
    out = {}
    for bucket in buckets.values():
        for c, v, t in bucket:
            others = sorted({v2 for _c2, v2, t2 in bucket if float(v2.value) != float(v.value)
                             and (t2 == t or t in loose or t2 in loose)}, key=lambda x: float(x.value))
            if others:
                out[c] = (others[0], others[-1])
    return out


def _by_node(triples: Iterable[tuple]) -> dict:
    out: dict = defaultdict(lambda: defaultdict(list))
    for n, p, o in triples:
        out[n][p].append(o)
    return out


def _is_amount(objects) -> bool:
    return bool(objects) and objects[0].value.startswith(_QUANTITY_NS)


class _Facts:
    def __init__(self):
        self.mentions: dict[NamedNode, list[tuple]] = defaultdict(list)
        self.classes: dict[NamedNode, str] = {}
        self.actors: set[NamedNode] = set()
        self.outlets: set[NamedNode] = set()
        self.bodies: set[NamedNode] = set()  # the body of a role (kg:roleOf)


class _PatternReader:
    """The facts ``settle`` needs, by index lookups on a local store: each
    costs in proportion to the node's own mentions, never to the store."""

    def __init__(self, store):
        self.store = store

    def _objects(self, s, p, g=None) -> list:
        return [q.object for q in self.store.quads_for_pattern(s, p, None, g)]

    def _any(self, s, p, o, g=None) -> bool:
        return any(True for _ in self.store.quads_for_pattern(s, p, o, g))

    def pending(self) -> list[NamedNode]:
        return sorted(set(self._objects(SHARED, KG.pendingNode, SHARED)), key=str)

    def referenced(self, nodes) -> set:
        return {n for n in nodes
                if any(q.graph_name != SHARED for q in self.store.quads_for_pattern(None, None, n, None))}

    def models_of(self, activities) -> set:
        return {m for a in activities for m in self._objects(a, PROV.used, SHARED)}

    def models_in_use(self, models, dead: set) -> set:
        return {m for m in models
                if any(q.subject not in dead for q in self.store.quads_for_pattern(None, PROV.used, m, SHARED))}

    def description(self, nodes) -> list[tuple]:
        return [tuple(q.triple) for n in nodes for q in self.store.quads_for_pattern(n, None, None, SHARED)]

    def claims_about(self, subjects) -> list[NamedNode]:
        """The canonical claims whose subject is one of ``subjects``."""
        return sorted({q.subject for s in subjects for q in self.store.quads_for_pattern(None, RDF.subject, s, SHARED)
                       if q.subject.value.startswith(_CLAIM_NS)}, key=str)

    def claim_reports(self, claims) -> dict:
        """The reports of each canonical claim: ``(attribution, relation,
        speaker, outlet, qualifier, words of the amount)``, one tuple per
        combination (``None`` where there is none)."""
        out: dict = defaultdict(list)
        for c in claims:
            for q in self.store.quads_for_pattern(None, KG.canonicalClaim, c, None):
                occ, g = q.subject, q.graph_name
                quals = self._objects(occ, KG.qualifier, g) or [None]
                words = [x for span in self._objects(occ, KG.quantitySpan, g)
                         for sel in self._objects(span, OA.hasSelector, g)
                         for x in self._objects(sel, OA.exact, g)] or [None]
                for said in (x.subject for x in self.store.quads_for_pattern(None, KG.proposition, occ, g)):
                    for att in (x.subject for x in self.store.quads_for_pattern(None, KG.hasClaim, said, g)):
                        outlets = [o for art in self._objects(att, KG.inArticle, g)
                                   for o in self._objects(art, KG.outlet, None)] or [None]
                        out[c] += [(att, rel, sp, o, qual, w) for rel in self._objects(att, KG.relation, g)
                                   for sp in self._objects(att, KG.speaker, g)
                                   for o in outlets for qual in quals for w in words]
        return out

    def entity_facts(self, entities) -> _Facts:
        facts = _Facts()
        for e in entities:
            for q in self.store.quads_for_pattern(None, KG.mentionOf, e, None):
                m, g = q.subject, q.graph_name
                kind, name = self._objects(m, KG.mentionKind, g), self._objects(m, KG.mentionName, g)
                if not kind or not name:
                    continue
                resolved = self._objects(m, KG.resolvedName, g)
                exact = [x for span in self._objects(m, KG.mentionSpan, g)
                         for sel in self._objects(span, OA.hasSelector, g)
                         for x in self._objects(sel, OA.exact, g)]
                facts.mentions[e].append((m.value, name[0].value, resolved[0].value if resolved else None,
                                          kind[0].value, exact[0].value if exact else None))
            for c in self._objects(e, RDF.type, SHARED):
                if c.value in _CLASS_TYPE:
                    facts.classes[e] = c.value
            if self._any(None, KG.roleOf, e):
                facts.bodies.add(e)
            if self._any(None, KG.outlet, e):
                facts.outlets.add(e)
                facts.actors.add(e)
            elif self._any(None, KG.speaker, e) or self._any(None, KG.via, e) or any(
                    self._any(q.subject, RDF.type, KG.Withdrawal, q.graph_name)
                    for q in self.store.quads_for_pattern(None, RDF.subject, e, None)):
                facts.actors.add(e)
        return facts


class _SparqlReader:
    """The same facts through SPARQL queries (a remote store)."""

    def __init__(self, select: Select):
        self.select = select

    def pending(self) -> list[NamedNode]:
        rows = self.select(f"SELECT ?n WHERE {{ GRAPH {SHARED} {{ {SHARED} {KG.pendingNode} ?n }} }}")
        return sorted({r["n"] for r in rows}, key=str)

    def referenced(self, nodes) -> set:
        return {r["n"] for r in self.select(
            f"SELECT DISTINCT ?n WHERE {{ VALUES ?n {{ {_values(nodes)} }} "
            f"GRAPH ?g {{ ?x ?p ?n }} FILTER(?g != {SHARED}) }}")}

    def models_of(self, activities) -> set:
        if not activities:
            return set()
        return {r["m"] for r in self.select(
            f"SELECT DISTINCT ?m WHERE {{ VALUES ?a {{ {_values(activities)} }} "
            f"GRAPH {SHARED} {{ ?a {PROV.used} ?m }} }}")}

    def models_in_use(self, models, dead: set) -> set:
        if not models:
            return set()
        rows = self.select(f"SELECT DISTINCT ?n ?a WHERE {{ VALUES ?n {{ {_values(models)} }} "
                           f"GRAPH {SHARED} {{ ?a {PROV.used} ?n }} }}")
        return {r["n"] for r in rows if r["a"] not in dead}

    def description(self, nodes) -> list[tuple]:
        if not nodes:
            return []
        return [(r["n"], r["p"], r["o"]) for r in self.select(
            f"SELECT ?n ?p ?o WHERE {{ VALUES ?n {{ {_values(nodes)} }} GRAPH {SHARED} {{ ?n ?p ?o }} }}")]

    def claims_about(self, subjects) -> list[NamedNode]:
        return sorted({r["c"] for r in self.select(
            f"SELECT DISTINCT ?c WHERE {{ VALUES ?s {{ {_values(subjects)} }} "
            f"GRAPH {SHARED} {{ ?c {RDF.subject} ?s ; {RDF.type} {KG.CanonicalClaim} }} }}")}, key=str)

    def claim_reports(self, claims) -> dict:
        out: dict = defaultdict(list)
        for r in self.select(
            f"SELECT ?c ?a ?rel ?sp ?outlet ?qual ?words WHERE {{ VALUES ?c {{ {_values(claims)} }} "
            f"?o {KG.canonicalClaim} ?c . ?s {KG.proposition} ?o . "
            f"?a {KG.hasClaim} ?s ; {KG.relation} ?rel ; {KG.speaker} ?sp . "
            f"OPTIONAL {{ ?a {KG.inArticle} ?art . ?art {KG.outlet} ?outlet }} "
            f"OPTIONAL {{ ?o {KG.qualifier} ?qual }} "
            f"OPTIONAL {{ ?o {KG.quantitySpan} ?span . ?span {OA.hasSelector} ?sel . ?sel {OA.exact} ?words }} }}"
        ):
            out[r["c"]].append((r["a"], r["rel"], r["sp"], r["outlet"], r["qual"], r["words"]))
        return out

    def entity_facts(self, entities) -> _Facts:
        return _entity_facts(entities, self.select)


def _entity_facts(entities: list[NamedNode], select: Select) -> _Facts:
    values = _values(entities)
    facts = _Facts()
    for r in select(
        f"SELECT ?e ?m ?name ?resolved ?kind ?exact WHERE {{ VALUES ?e {{ {values} }} "
        f"?m {KG.mentionOf} ?e ; {KG.mentionKind} ?kind ; {KG.mentionName} ?name . "
        f"OPTIONAL {{ ?m {KG.resolvedName} ?resolved }} "
        f"OPTIONAL {{ ?m {KG.mentionSpan} ?span . ?span {OA.hasSelector} ?sel . "
        f"?sel {OA.exact} ?exact }} }}"
    ):
        facts.mentions[r["e"]].append((
            r["m"].value, r["name"].value, r["resolved"].value if r["resolved"] else None,
            r["kind"].value, r["exact"].value if r["exact"] else None,
        ))
    for r in select(f"SELECT ?e ?c WHERE {{ VALUES ?e {{ {values} }} "
                    f"GRAPH {SHARED} {{ ?e {RDF.type} ?c }} }}"):
        if r["c"].value in _CLASS_TYPE:
            facts.classes[r["e"]] = r["c"].value
    facts.actors = {r["e"] for r in select(
        f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} "
        f"{{ ?x {KG.speaker} ?e }} UNION {{ ?x {KG.via} ?e }} UNION {{ ?x {KG.outlet} ?e }} "
        f"UNION {{ ?w {RDF.type} {KG.Withdrawal} ; {RDF.subject} ?e }} }}")}
    facts.outlets = {r["e"] for r in select(
        f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} ?x {KG.outlet} ?e }}")}
    facts.bodies = {r["e"] for r in select(
        f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} ?x {KG.roleOf} ?e }}")}
    return facts


def describe(entity: NamedNode, mentions: list[tuple], cls: str, actor: bool,
             outlet: bool, body: bool = False) -> list[tuple]:
    """The derived description of an entity from all its mentions
    ``(mention, name, resolved name, kind, exact words)``: one preferred
    label (the gazetteer's name, else the most frequent name; ties: longest,
    then alphabetical), the other names as alternative labels, a label key
    for each (and for a description resolved to a name), and
    ``kg:Actor``/``kg:Outlet`` when articles use it so (an outlet the
    registry lists as a news agency is a ``kg:WireService``); the body of a
    role gets its ``body_keys`` too."""
    type_ = _CLASS_TYPE.get(cls, "")
    counts: Counter = Counter()
    labels: set[str] = set()
    # descriptions the resolver gave a name ("Philippine government" ->
    # "Government of Philippines", "Russian troops"): what readers type,
    # so a key, but no label (the name is the entity's label)
    described: set[str] = set()
    for _m, name, resolved, kind, exact in sorted(set(mentions)):
        counts[label_form(resolved or name)] += 1
        if resolved:
            labels.add(label_form(resolved))
        if kind == "metadata" or mention_kind(name, type_) == "name":
            labels.add(label_form(name))
        elif resolved and kind in ("name", "description") and mention_kind(name, type_) == "description":
            described.add(label_form(name))
        if kind == "name" and exact:
            written = surface(exact)
            if mention_kind(written, type_) == "name":
                labels.add(label_form(written))
    pref = max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
    labels = {label for label in labels | {pref} if label}
    out: list[tuple] = [(entity, SKOS.prefLabel, Literal(pref))]
    out += [(entity, SKOS.altLabel, Literal(label)) for label in sorted(labels - {pref})]
    # A name of symbols only ("{", "—") folds to nothing; it still gets one
    # (empty) key, as the shapes require one per entity.
    keys = sorted({fold(label) for label in labels | described | {pref}} - {""} or {""})
    out += [(entity, KG.labelKey, Literal(key)) for key in keys]
    if body:
        out += [(entity, KG.bodyKey, Literal(key)) for key in body_keys(keys)]
    if actor and cls not in (_PERSON, _ORG):
        out.append((entity, RDF.type, KG.Actor))
    if outlet:
        out.append((entity, RDF.type, KG.Outlet))
        if any(is_wire(label) for label in sorted(labels)):  # the outlet registry's word
            out.append((entity, RDF.type, KG.WireService))
    return out


# British and American spellings of a word's end (defence/defense,
# labour/labor) are one: a body's keys hold every spelling of each run of
# words, so the name asked for, folded as for any entity, is one exact lookup.
_SPELLINGS = ((re.compile(r"ense\b"), "ence"), (re.compile(r"our\b"), "or"))
_OTHER_SPELLING = (("ence", "ense"), ("or", "our"))  # from the folded end
# A run of words that starts or ends with one of these is no name anybody
# asks for ("ministry of"; "of russia" is kept: it ends in a name).
_EDGE_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})
_MAX_RUN = 6  # words of a key's inner runs (the whole key is always a key)
_MAX_SPELLINGS = 16  # spellings of one run (a run of many -or words: its own two)


def spelling(key: str) -> str:
    """A folded key with British and American word ends made one.

    >>> spelling(fold("Defense Ministry")), spelling(fold("Labour Party"))
    ('defence ministri', 'labor parti')
    """
    for pattern, repl in _SPELLINGS:
        key = pattern.sub(repl, key)
    return key


def _spellings(words: list[str]) -> list[str]:
    """Every spelling of a run of words that ``spelling`` folds to its own."""
    runs = [""]
    for word in (spelling(w) for w in words):
        forms = [word] + [word[:-len(end)] + other for end, other in _OTHER_SPELLING
                          if word.endswith(end) and len(word) > 4]
        runs = [f"{run} {form}".strip() for run in runs for form in forms]
        if len(runs) > _MAX_SPELLINGS:
            return sorted({spelling(" ".join(words)), " ".join(words)})
    return runs


def body_keys(label_keys: Iterable[str]) -> list[str]:
    """The search keys of the body of a role: every run of whole words of
    each label key, in every British or American spelling, so a part of its
    name folded as any entity name ("defense ministry") finds it ("Russian
    Defence Ministry") by an exact, indexed lookup; runs that start or end
    with a function word are left out, the whole key never.

    >>> body_keys([fold("Russian Defense Ministry")])  # doctest: +NORMALIZE_WHITESPACE
    ['defence', 'defence ministri', 'defense', 'defense ministri', 'ministri', 'rusian',
     'rusian defence', 'rusian defence ministri', 'rusian defense', 'rusian defense ministri']
    >>> "ministri of defense" in body_keys([fold("Ministry of Defence of Russia")])
    True
    """
    out: set[str] = set()
    for key in label_keys:
        words = key.split()
        if not words:
            continue
        out.update(_spellings(words))
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + _MAX_RUN) + 1):
                if words[i] not in _EDGE_WORDS and words[j - 1] not in _EDGE_WORDS:
                    out.update(_spellings(words[i:j]))
    return sorted(out)


def settled_quads(quads: Iterable[Quad]) -> list[Quad]:
    """Quads as a store holds them once settled: the article graphs as they
    are, the shared graph with its derived descriptions and no markers
    (sorted). For one article's ``article_quads`` outside a store."""
    import pyoxigraph as ox

    store = ox.Store()
    store.extend(quads)
    settle(None, store.update, store)
    return sorted(store, key=str)
