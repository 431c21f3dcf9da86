"""Scoring extractions against a gold file (format of ``tests/data/gold_seeds.json``).

Matching rules (also printed by ``kg eval --help``):

- Attributions: same article (gold ``doc`` = the file name); the system's
  source, cue and content spans together overlap the gold evidence (at least
  one character of one of them falls inside an occurrence of the evidence,
  located with ``str.find`` after normalising quotes/apostrophes and
  whitespace); same relation; the speaker's name is one of the gold speaker's
  aliases (case, ' vs ’, a leading "the", "a", "an" or possessive "his",
  "her", "its", "their" ignored) or resolves to the same entity as one of
  them (for a gold country, also to its government: the keys' guideline
  lets a system that names the government match; for a placeholder
  "unnamed-..." of the key, any unnamed source of the same head noun:
  "Officials in X" are the key's "officials"). Matching is one-to-one,
  the largest overlap first.
  ``core`` scores count only core gold records; a system record matched to a
  non-core gold record is left out of them, an unmatched one is a false
  positive in both. A key declaring ``"unnamed_sources": "skipped"`` (the
  seeds' guidelines: unnamed individuals tied to no entity are skipped)
  leaves out a record whose speaker is an unnamed source
  (``kg:UnnamedSource``: "A witness", "Sources close to X", "Officials") and
  whose spans overlap no gold evidence (a statement the key did not annotate),
  counted in ``details["unnamed_left_out"]``; the realnews key makes such
  sources speakers and counts them.
- Relation accuracy: among pairs matched on evidence + speaker (relation
  ignored). Speaker accuracy: among pairs matched on evidence alone.
- Withdrawals: same article, actor and place as aliases (as above) of the
  gold actor and place; one record per (article, actor, place) on both sides,
  so the evidence is not compared. ``asserted_by`` accuracy among matched
  (a system ``None`` means the outlet's own voice).
- Spans (quote-extraction style): "X in evidence": a system source/cue/
  content span overlaps a gold evidence of its article (precision) and a gold
  evidence is found when some span of that kind overlaps it (recall).
  "X overlap" / "X exact" where the gold writes the span out (``cue``;
  ``source_span`` and ``content_span`` when present): for the pairs matched on
  evidence, the system span overlaps / equals the gold span (case, quotes,
  whitespace and edge punctuation ignored; "..." joins the parts of a split
  quotation), P over system spans, R over annotated gold spans.
- Entities (scored by ``kg.evaluate.entities``): a gold entity is expected in an
  article when one of its aliases occurs there (whole words); it is recalled
  when a mention of that article has an alias as name or surface text. Split
  errors: gold entities given more than one system id across all articles;
  merge errors: system ids given more than one gold entity.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.records import Extraction, Mention, Span

# The matching rules, for ``kg eval --help`` (the module docstring says the same).
EVAL_HELP = """Score extraction against a gold file and print a table.

\b
Matching rules:
- attributions: same article (gold "doc" = file name); the system's source,
  cue and content spans together overlap the gold evidence (located with
  str.find after normalising quotes, apostrophes and whitespace); same
  relation; the speaker's name is one of the gold speaker's aliases (case,
  ' vs ’ and a leading "the", "a", "an", "his", "her", "its" or "their"
  ignored) or resolves to the same entity (for a gold country, also its
  government; for a placeholder "unnamed-...", an unnamed source with the
  same head noun).
  One-to-one, cue overlap first, then the largest overlap. Core: only core
  gold records; a system record matched to a non-core one is left out, an
  unmatched one is a false positive - except, under a key that declares
  "unnamed_sources": "skipped", one whose speaker is an unnamed source
  ("A witness", "Officials") on a statement the key does not annotate.
- relation accuracy: among pairs matched on evidence and speaker; speaker
  accuracy: among pairs matched on evidence alone.
- withdrawals: same article, actor and place (aliases as above); one record
  per (article, actor, place), evidence not compared; asserted_by accuracy
  among matched (none = the outlet's own voice).
- spans: "X in evidence": source/cue/content overlaps a gold evidence
  (P: system spans, R: gold evidences); "X overlap"/"X exact": over pairs
  matched on evidence, the span overlaps/equals the gold's written span
  (cue; source_span, content_span when given), edge punctuation, quotes and
  case ignored, "..." joining the parts of a split quotation.
- entities: recall of gold entities per article (an alias occurs in the
  text), split/merge errors of entity ids across all articles; precision
  per article (a country's government is right where the key lists the
  country there).
"""

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "`": "'", "´": "'"})


@dataclass(frozen=True)
class PRF:
    """Counts and the precision/recall/F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass(frozen=True)
class Scores:
    attributions: PRF
    core: PRF
    relation: Ratio
    speaker: Ratio
    withdrawals: PRF
    asserted_by: Ratio
    entity_recall: Ratio
    split_errors: int
    merge_errors: int
    spans: dict[str, PRF]
    entity_precision: Ratio = Ratio()  # per-article system entities naming a gold entity of their type
    link_precision: Ratio = Ratio()  # GeoNames links whose mention is that place
    misses: tuple[str, ...] = ()  # gold ids not matched (attributions and withdrawals)
    false_positives: tuple[str, ...] = ()  # system records not matched, as readable lines
    details: dict = field(default_factory=dict)


def norm(text: str) -> str:
    """Quotes/apostrophes unified, whitespace collapsed, lower case."""
    return " ".join(text.translate(_QUOTES).split()).lower()


def _norm_name(name: str) -> str:
    n = norm(name)
    n = re.sub(r"^(the|a|an|his|her|its|their) ", "", n)  # ("A presidential adviser", "His associates": the key's words)
    return re.sub(r"'s$", "", n)


def locate(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` as original offsets, comparing
    with quotes unified and whitespace runs collapsed.

    >>> locate("He said  “yes”.", 'said "yes"')
    [(3, 14)]
    """
    chars, index = [], []
    prev_space = False
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        chars.append(ch)
        index.append(i)
    hay = "".join(chars)
    pin = " ".join(needle.translate(_QUOTES).split())
    out, at = [], hay.find(pin)
    while pin and at >= 0:
        out.append((index[at], index[at + len(pin) - 1] + 1))
        at = hay.find(pin, at + 1)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Names:
    """Does a system mention name a gold entity? Alias match, or the resolver
    gives both the same entity key."""

    def __init__(self, entities: list[dict], resolver=None):
        self.aliases = {e["id"]: {_norm_name(a) for a in e["aliases"] + [e["name"]]} for e in entities}
        self.types = {e["id"]: e["type"] for e in entities}
        self.resolver = resolver
        self.keys: dict[str, set[str]] = {}
        if resolver is not None:
            for e in entities:
                names = e["aliases"] + [e["name"]]
                self.keys[e["id"]] = {self._key(Mention(Span(0, len(a), a), e["type"], a)) for a in names}
                if e["type"] == "Place":
                    # a country the key names as the one who states something: a
                    # system naming its government names it (the keys' guideline)
                    self.keys[e["id"]] |= {self._government(a) for a in names}

    def _key(self, m: Mention) -> str | None:
        try:
            return self.resolver.entity(m).key
        except Exception:  # noqa: BLE001 - a resolver failure only loses this shortcut
            return None

    def _government(self, name: str) -> str | None:
        try:
            gov = self.resolver.actor_for(Mention(Span(0, len(name), name), "Place", name), "government")
        except Exception:  # noqa: BLE001 - as in _key
            return None
        return gov.key if gov is not None else None

    def same(self, m: Mention | None, gold_id: str | None) -> bool:
        if m is None or gold_id is None or gold_id not in self.aliases:
            return False
        if _norm_name(m.name) in self.aliases[gold_id] or _norm_name(m.span.text) in self.aliases[gold_id]:
            return True
        if gold_id.startswith("unnamed-") and _unnamed(m, self.resolver) \
                and _head_noun(m.span.text) in {_head_noun(a) for a in self.aliases[gold_id]} - {None}:
            return True  # a placeholder is a description: "Officials in Omsk" are the key's "officials"
        if self.resolver is not None and (m.type == self.types[gold_id]
                                          or m.type == "Organisation" and self.types[gold_id] == "Place"):
            return self._key(m) in self.keys[gold_id] - {None}
        return False


_PHRASE_END = re.compile(r"\s(?:of|in|at|from|for|with|close|familiar|who|that|on)\s.*$")


def _head_noun(phrase: str) -> str | None:
    """The head noun of a description, crudely singular: "Hospital
    officials in Omsk" -> "official", "a senior aide" -> "aide"."""
    words = _PHRASE_END.sub("", norm(phrase)).split()
    return re.sub(r"(?<=[^s])s$", "", words[-1]) if words else None


def _unnamed(speaker: Mention | None, resolver=None) -> bool:
    """The speaker is an unnamed source tied to no entity ("A witness",
    "Officials", "Sources close to X": ``kg:UnnamedSource``)."""
    if speaker is None or speaker.type not in ("Organisation", "Person"):
        return False
    if resolver is not None:
        return resolver.entity(speaker).unnamed
    from kg.resolve import unnamed_group

    return unnamed_group(speaker.name)


def _greedy(pairs: list[tuple[int, int, int]]) -> dict[int, int]:
    """One-to-one matching (system index -> gold index), largest weight first."""
    used_s, used_g, out = set(), set(), {}
    for w, s, g in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if s not in used_s and g not in used_g:
            used_s.add(s)
            used_g.add(g)
            out[s] = g
    return out


def _doc_name(extraction: Extraction) -> str:
    return os.path.basename(extraction.article.path)


def score(gold: dict, extractions: list[Extraction], resolver=None) -> Scores:
    """Score extractions (one per gold document) against a gold dict."""
    names = _Names(gold["entities"], resolver)
    by_doc = {_doc_name(x): x for x in extractions}
    golds = [g for g in gold["attributions"] if g["doc"] in by_doc]
    occ = {g["id"]: locate(by_doc[g["doc"]].article.text, g["evidence"]) for g in golds}
    sys_recs = [(d, a) for d, x in by_doc.items() for a in x.attributions]

    def spans(a):
        return [s for s in (a.source, a.cue, a.content) if s is not None]

    def ov(a, gid):
        # the cue anchors a statement: a pair whose cue lies in the evidence goes first
        total = max((_overlap((s.start, s.end), o) for s in spans(a) for o in occ[gid]), default=0)
        cue = max((_overlap((a.cue.start, a.cue.end), o) for o in occ[gid]), default=0)
        return total + (100000 if cue else 0) if total else 0

    cand = []  # (overlap, si, gi, relation_ok, speaker_ok)
    for si, (d, a) in enumerate(sys_recs):
        for gi, g in enumerate(golds):
            if g["doc"] != d:
                continue
            w = ov(a, g["id"])
            if w:
                cand.append((w, si, gi, a.relation == g["relation"], names.same(a.speaker, g["speaker"])))
    full = _greedy([(w, s, g) for w, s, g, r, k in cand if r and k])
    no_rel = _greedy([(w, s, g) for w, s, g, r, k in cand if k])
    spans_only = _greedy([(w + 1000000 * k, s, g) for w, s, g, r, k in cand])
    ok = {(s, g): (r, k) for w, s, g, r, k in cand}

    tp = len(full)
    # a key that skips unnamed sources ("a witness", "officials" tied to no
    # entity) neither confirms nor refutes a record of one on a statement it
    # left out (one on a statement it annotates is judged as any other)
    touching = {s for _w, s, _g, _r, _k in cand}
    left_out = {si for si, (_d, a) in enumerate(sys_recs) if si not in touching
                and gold.get("unnamed_sources") == "skipped" and _unnamed(a.speaker, resolver)}
    all_prf = PRF(tp, len(sys_recs) - tp - len(left_out), len(golds) - tp)
    core_tp = sum(1 for g in full.values() if golds[g]["core"])
    core_fp = len(sys_recs) - tp - len(left_out)
    core_fn = sum(1 for g in golds if g["core"]) - core_tp
    relation = Ratio(sum(ok[(s, g)][0] for s, g in no_rel.items()), len(no_rel))
    speaker = Ratio(sum(ok[(s, g)][1] for s, g in spans_only.items()), len(spans_only))

    kept = [si for si in range(len(sys_recs)) if si not in left_out]
    renumber = {si: i for i, si in enumerate(kept)}
    span_scores = _span_scores(golds, occ, [sys_recs[si] for si in kept],
                               {renumber[si]: gi for si, gi in spans_only.items()}, by_doc)
    matched_g = set(full.values())
    misses = [g["id"] for gi, g in enumerate(golds) if gi not in matched_g]
    fps = [f"{d[:3]} {a.relation} {a.speaker.name if a.speaker else None!s}: {a.cue.text} | {a.content.text[:70]}"
           for si, (d, a) in enumerate(sys_recs) if si not in full and si not in left_out]

    w_prf, asserted, w_miss, w_fp = _withdrawals(gold, by_doc, names)
    ents = _entity_scores(gold, extractions, resolver)
    return Scores(all_prf, PRF(core_tp, core_fp, core_fn), relation, speaker, w_prf, asserted,
                  Ratio(ents["found"], ents["expected"]), len(ents["splits"]), len(ents["merges"]),
                  span_scores, Ratio(ents["entities_right"], ents["system_entities"]),
                  Ratio(ents["place_links"] - len(ents["wrong_links"]), ents["place_links"]),
                  tuple(misses + w_miss), tuple(fps + w_fp),
                  {"entity_splits": ents["splits"], "entity_merges": ents["merges"], "entity_missed": ents["missed"],
                   "spurious_entities": ents["spurious_entities"], "wrong_type": ents["wrong_type"],
                   "wrong_links": ents["wrong_links"], "unnamed_left_out": len(left_out)})


def _entity_scores(gold: dict, extractions: list[Extraction], resolver) -> dict:
    """Entity recall and split/merge errors, by the entity layer's own scorer."""
    from .entities import entity_scores

    if resolver is None:
        from kg.resolve import Resolver

        resolver = Resolver()
    pairs = [(x.article.path, m, resolver.entity(m)) for x in extractions for m in x.mentions]
    return entity_scores(gold, pairs, {x.article.path: x.article.text for x in extractions}, resolver)


_EDGE = " \t\n.,;:!?\"'’‘“”—–-"
_GAP = re.compile(r"\s*(?:\.\.\.|…)\s*")


def _edge_norm(text: str) -> str:
    """``norm`` without leading/trailing punctuation and quote marks: span
    boundaries at a comma or a closing quote are a matter of convention."""
    return norm(text).strip(_EDGE)


def exact_span(system: str, gold: str) -> bool:
    """The quote-extraction "exact" test: the system span, trimmed of edge
    punctuation and quote marks, starts with the gold span's first part,
    ends with its last part and holds the parts in order ("..." marks a gap,
    as in a quotation split around its attribution).

    >>> exact_span('"We will not stop," she said, "until it is fixed."', "We will not stop ... until it is fixed.")
    True
    >>> exact_span("the ministry", "the ministry's spokesman")
    False
    """
    sys_text = _edge_norm(system)
    parts = [_edge_norm(p) for p in _GAP.split(gold) if _edge_norm(p)]
    if not parts:
        return False
    if len(parts) == 1:
        return sys_text == parts[0]
    if not (sys_text.startswith(parts[0]) and sys_text.endswith(parts[-1])):
        return False
    at = 0
    for part in parts:
        at = sys_text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def _near(text: str, phrase: str, around: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a gold phrase is written: its occurrence nearest the evidence
    (inside it first), or None when it does not occur."""
    best = None
    for part_lo, part_hi in (locate(text, phrase) if phrase else []):
        if (part_lo > 0 and text[part_lo - 1].isalnum() and phrase[:1].isalnum()) or \
                (part_hi < len(text) and text[part_hi].isalnum() and phrase[-1:].isalnum()):
            continue  # "he" inside "the": whole words only
        dist = min((max(0, lo - part_hi, part_lo - hi) for lo, hi in around), default=0)
        if best is None or dist < best[0]:
            best = (dist, (part_lo, part_hi))
    return best[1] if best else None


def gold_span(text: str, phrase: str, around: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The character range of a gold span ("..." joins parts) near its evidence."""
    parts = [p for p in _GAP.split(phrase) if p.strip()]
    found = [_near(text, p, around) for p in parts]
    if not found or any(f is None for f in found):
        return None
    return min(f[0] for f in found), max(f[1] for f in found)


# Gold fields naming each span as written (the seeds gold annotates only the cue).
_GOLD_SPAN_FIELDS = {"source": "source_span", "cue": "cue", "content": "content_span"}


def _span_scores(golds, occ, sys_recs, pairs, by_doc) -> dict[str, PRF]:
    """Span-level P/R/F1, as quote-extraction papers report them.

    ``X in evidence``: a system X span overlaps a gold evidence of its article
    (P over system spans, R over gold evidences). ``X overlap`` / ``X exact``,
    where the gold writes the span out (``cue`` always, ``source_span`` and
    ``content_span`` when given): over the pairs matched on evidence, the
    system span overlaps / equals (``exact_span``) the gold span; P over the
    system records with such a span, R over the gold records annotating it."""
    out = {}
    for kind in ("source", "cue", "content"):
        sys_spans = [(d, getattr(a, kind)) for d, a in sys_recs if getattr(a, kind) is not None]
        hit = sum(1 for d, s in sys_spans if any(_overlap((s.start, s.end), o) for g in golds if g["doc"] == d for o in occ[g["id"]]))
        found = sum(1 for g in golds if any(_overlap((s.start, s.end), o) for d, s in sys_spans if d == g["doc"] for o in occ[g["id"]]))
        out[f"{kind} in evidence"] = PRF(hit, len(sys_spans) - hit, len(golds) - found)
    for kind, fld in _GOLD_SPAN_FIELDS.items():
        annotated = [gi for gi, g in enumerate(golds) if g.get(fld)]
        if not annotated:
            continue
        n_sys = sum(1 for d, a in sys_recs if getattr(a, kind) is not None)
        over = exact = 0
        for si, gi in pairs.items():
            d, a = sys_recs[si]
            g = golds[gi]
            sys_span = getattr(a, kind)
            if sys_span is None or not g.get(fld):
                continue
            where = gold_span(by_doc[d].article.text, g[fld], occ[g["id"]])
            over += where is not None and _overlap((sys_span.start, sys_span.end), where) > 0
            text = by_doc[d].article.text
            hit = exact_span(sys_span.text, g[fld])
            if kind == "cue" and not hit and a.source is not None:
                # a gold cue written with its source ("he said") is matched by
                # the system's source-to-cue words
                lo, hi = min(a.cue.start, a.source.start), max(a.cue.end, a.source.end)
                hit = exact_span(text[lo:hi], g[fld])
            exact += hit
        out[f"{kind} overlap"] = PRF(over, n_sys - over, len(annotated) - over)
        out[f"{kind} exact"] = PRF(exact, n_sys - exact, len(annotated) - exact)
    return out


def _withdrawals(gold, by_doc, names: _Names):
    golds = [w for w in gold["withdrawals"] if w["doc"] in by_doc]
    outlets = {d: v.get("outlet") for d, v in gold.get("documents", {}).items()}
    sys_w = [(d, w) for d, x in by_doc.items() for w in x.withdrawals]
    pairs = []
    for si, (d, w) in enumerate(sys_w):
        for gi, g in enumerate(golds):
            if g["doc"] == d and names.same(w.actor, g["actor"]) and names.same(w.place, g["place"]):
                pairs.append((1, si, gi))
    match = _greedy(pairs)
    hit = 0
    for si, gi in match.items():
        d, w = sys_w[si]
        g = golds[gi]
        if w.asserted_by is None:
            outlet = outlets.get(d)
            hit += bool(outlet) and _norm_name(outlet) in names.aliases.get(g["asserted_by"], set())
        else:
            hit += names.same(w.asserted_by, g["asserted_by"])
    tp = len(match)
    # (a key's withdrawal without an id is named by its document, actor and place)
    misses = [g.get("id") or f"{g['doc']}:{g['actor']}->{g['place']}" for gi, g in enumerate(golds)
              if gi not in set(match.values())]
    fps = [f"{d[:3]} W {w.actor.name} -> {w.place.name} ({w.cue.text})" for si, (d, w) in enumerate(sys_w) if si not in match]
    return PRF(tp, len(sys_w) - tp, len(golds) - tp), Ratio(hit, tp), misses, fps


def format_table(scores: Scores):
    """A Rich table of every metric."""
    from rich.table import Table

    table = Table(title="kg eval")
    for col in ("metric", "P", "R", "F1", "counts"):
        table.add_column(col)

    def prf(name, v: PRF):
        table.add_row(name, f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}", f"tp={v.tp} fp={v.fp} fn={v.fn}")

    def ratio(name, v: Ratio):
        table.add_row(name, "", "", f"{v.value:.3f}", f"{v.hit}/{v.total}")

    prf("attributions (all)", scores.attributions)
    prf("attributions (core)", scores.core)
    if scores.details.get("unnamed_left_out"):  # the key skips unnamed sources: these are not counted
        table.add_row("unnamed-source records left out", "", "", "", str(scores.details["unnamed_left_out"]))
    ratio("relation accuracy", scores.relation)
    ratio("speaker accuracy", scores.speaker)
    prf("withdrawals", scores.withdrawals)
    ratio("withdrawal asserted_by", scores.asserted_by)
    ratio("entity recall", scores.entity_recall)
    ratio("entity precision", scores.entity_precision)
    ratio("place-link precision", scores.link_precision)
    table.add_row("entity split / merge errors", "", "", "", f"{scores.split_errors} / {scores.merge_errors}")
    for name, v in scores.spans.items():
        prf(f"span: {name}", v)
    return table


def load_gold(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


SPLITS = ("all", "dev", "test")
_NUMBER = re.compile(r"\d+")


def doc_split(gold: dict, doc: str) -> str:
    """A gold document's split: its ``"split"`` field, else "test" when the
    first number in its file name is divisible by 3, else "dev".

    >>> doc_split({}, "wn_006_x.txt"), doc_split({}, "wn_007_x.txt")
    ('test', 'dev')
    """
    named = gold.get("documents", {}).get(doc, {}).get("split")
    if named:
        return named
    number = _NUMBER.search(doc)
    return "test" if number and int(number.group()) % 3 == 0 else "dev"


def evaluate_files(gold_path: str | Path, textdir: str | Path, model: str | None = None, resolver=None,
                   split: str = "all") -> Scores:
    """Read, parse and extract every gold document from ``textdir`` (only
    those of ``split``: "dev", "test" or "all") and score it."""
    from kg.extract import extract, load_nlp
    from kg.read import read_article

    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    gold = load_gold(gold_path)
    docs = sorted({g["doc"] for g in gold["attributions"]} | set(gold.get("documents", {})))
    docs = [d for d in docs if split == "all" or doc_split(gold, d) == split]
    articles = [read_article(str(Path(textdir) / d)) for d in docs if (Path(textdir) / d).exists()]
    nlp = load_nlp(model)
    extractions = [extract(a, doc) for a, doc in zip(articles, nlp.pipe(a.text for a in articles))]
    if resolver is None:
        from kg.resolve import Resolver

        resolver = Resolver()
    return score(gold, extractions, resolver)
