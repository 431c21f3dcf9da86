"""Entity scores against a gold file (format of ``tests/data/gold_seeds.json``).

- recall per article: a gold entity is expected in an article when one of its
  aliases occurs in the article text (case-sensitive, whole words, longest
  match: "Kharkiv" inside "Kharkiv region" does not count); it is found when
  some system mention of that article has a name or surface text equal to one
  of its aliases (ignoring case, a leading "the", a possessive, ' vs ’). An
  alias shared by several gold entities ("Kharkiv": city or region) makes one
  expectation met by any of them.
- split / merge across all articles: each system mention that matches gold
  aliases (by its name, else by its surface text; a renamed mention's text
  only confirms) is assigned to its gold entity (a shared alias goes to the gold
  entity the same system id already has, else the one whose name the system
  entity bears); a split is a gold entity given more than one system id, a
  merge a system id given more than one gold entity.
- spurious: system ids none of whose mentions (name, surface text or the
  entity's name) is an alias of any gold entity - junk such as a weapon or a
  capitalised common word taken for an organisation (or an entity the gold
  leaves out, such as a place named only in a byline).
- precision per article: each system entity (one key per article) is right
  when one of its forms is an alias of a gold entity of the same type (a
  country's government where the key lists the country in that article:
  the keys' guideline makes the country the government's entity); else
  it is spurious (no gold entity has that form) or of the wrong type.
- place links: a system entity carrying an external id (GeoNames) is a right
  link when one of its forms is an alias of a gold Place and the linked name
  folds to the mention's words or a gold alias of that place ("Wall" linked
  to "Waal", or "Myers" the meteorologist linked to a town, is wrong).
The placeholder entity ``unnamed-analysts`` is never scored, and neither is a
system's unnamed source (``Entity.unnamed``: "A witness", "Officials") in
precision: the keys list named entities, their placeholders aside.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict

from kg.records import Entity, Mention, Span
from kg.resolve import fold

EXCLUDED = frozenset({"unnamed-analysts"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " "})


def _norm(text: str) -> str:
    text = " ".join(text.translate(_QUOTES).split()).lower()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"'s?$", "", text).strip()


def doc_id(path: str) -> str:
    """Gold documents are keyed by file name."""
    return os.path.basename(path)


def expected_entities(gold: dict, text: str) -> list[frozenset[str]]:
    """Gold entities expected in one text, as groups (one per shared alias)."""
    text = text.translate(_QUOTES)
    hits: list[tuple[int, int, str]] = []
    for entity in gold["entities"]:
        if entity["id"] in EXCLUDED:
            continue
        for alias in set(entity["aliases"]):
            pattern = r"(?<![\w])" + re.escape(alias.translate(_QUOTES)) + r"(?![\w])"
            hits.extend((m.start(), m.end(), entity["id"]) for m in re.finditer(pattern, text))
    spans = {(s, e) for s, e, _ in hits}
    longest = {(s, e) for s, e in spans
               if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)}
    owners: dict[tuple[int, int], set[str]] = defaultdict(set)
    for s, e, ident in hits:
        if (s, e) in longest:
            owners[(s, e)].add(ident)
    unique = {next(iter(o)) for o in owners.values() if len(o) == 1}
    groups = {frozenset(o) for o in owners.values() if len(o) > 1 and not (o & unique)}
    return [frozenset({u}) for u in sorted(unique)] + sorted(groups, key=sorted)


def entity_scores(gold: dict, pairs: list[tuple[str, Mention, Entity]],
                  texts: dict[str, str], resolver=None) -> dict:
    """Recall of gold entities per article and split/merge errors.

    ``pairs`` are (article path or name, mention, resolved entity);
    ``texts`` maps the same article path or name to its text. Returns
    ``{"recall", "found", "expected", "missed": [(doc, ids)], "splits":
    {gold_id: [keys]}, "merges": {key: [gold_ids]}, "errors", "spurious":
    [keys]}``.
    """
    aliases = {e["id"]: {_norm(a) for a in e["aliases"]} for e in gold["entities"]
               if e["id"] not in EXCLUDED}
    names = {e["id"]: _norm(e["name"]) for e in gold["entities"]}
    by_alias: dict[str, set[str]] = defaultdict(set)
    for ident, forms in aliases.items():
        for form in forms:
            by_alias[form].add(ident)

    def candidates(mention: Mention, entity: Entity | None = None) -> set[str]:
        forms = {mention.name, mention.span.text, *([entity.name] if entity else [])}
        return set().union(*(by_alias.get(_norm(f), set()) for f in forms))

    found_in: dict[str, set[str]] = defaultdict(set)
    matched_keys: set[str] = set()
    for doc, mention, entity in pairs:
        cands = candidates(mention, entity)
        found_in[doc_id(doc)] |= cands
        if cands:
            matched_keys.add(entity.key)
    expected = found = 0
    missed = []
    for doc, text in sorted(texts.items()):
        for group in expected_entities(gold, text):
            expected += 1
            if group & found_in[doc_id(doc)]:
                found += 1
            else:
                missed.append((doc_id(doc), sorted(group)))

    gold_to_sys: dict[str, set[str]] = defaultdict(set)
    sys_to_gold: dict[str, set[str]] = defaultdict(set)
    ambiguous = []
    for _doc, mention, entity in pairs:
        # The mention's name is the system's claim of identity; the words
        # of a mention it renamed (the place "Russia" named as the armed
        # forces) only confirm an assignment made by other mentions.
        cands = by_alias.get(_norm(mention.name), set())
        renamed = not cands and _norm(mention.name) != _norm(mention.span.text)
        cands = cands or candidates(mention)
        if len(cands) == 1 and not renamed:
            (ident,) = cands
            gold_to_sys[ident].add(entity.key)
            sys_to_gold[entity.key].add(ident)
        elif cands:
            ambiguous.append((cands, entity))
    for cands, entity in ambiguous:
        known = cands & sys_to_gold.get(entity.key, set())
        named = {c for c in cands if names[c] == _norm(entity.name)}
        choice = known or named
        if len(choice) == 1:
            (ident,) = choice
            gold_to_sys[ident].add(entity.key)
            sys_to_gold[entity.key].add(ident)
    by_key: dict[str, set[str]] = defaultdict(set)
    for e in gold["entities"] if resolver is not None else ():
        for form in e["aliases"] + [e["name"]]:
            by_key[resolver.entity(Mention(Span(0, len(form), form), e["type"], form)).key].add(e["id"])
    # a country the key names: its government's entity is right too (the keys' guideline)
    governments = {e["id"]: gov.key for e in gold["entities"] if resolver is not None and e["type"] == "Place"
                   and (gov := resolver.actor_for(Mention(Span(0, len(e["name"]), e["name"]), "Place", e["name"]),
                                                  "government")) is not None}
    # ... also where the government is named by other words ("French officials")
    # in an article where the key lists the country
    named_states = {doc_id(doc): {governments[g] for group in expected_entities(gold, text) for g in group
                                  if g in governments} for doc, text in texts.items()}
    precision = _precision(pairs, by_alias, aliases, {e["id"]: e["type"] for e in gold["entities"]}, by_key,
                           governments, named_states)
    splits = {g: sorted(k) for g, k in sorted(gold_to_sys.items()) if len(k) > 1}
    merges = {k: sorted(g) for k, g in sorted(sys_to_gold.items()) if len(g) > 1}
    return {
        "recall": found / expected if expected else 1.0,
        "found": found,
        "expected": expected,
        "missed": missed,
        "splits": splits,
        "merges": merges,
        "errors": len(splits) + len(merges),
        "spurious": sorted({entity.key for _d, _m, entity in pairs} - matched_keys),
        **precision,
    }


def _precision(pairs, by_alias: dict[str, set[str]], aliases: dict[str, set[str]],
               types: dict[str, str], by_key: dict[str, set[str]] | None = None,
               governments: dict[str, str] | None = None,
               named_states: dict[str, set[str]] | None = None) -> dict:
    """Per-article entity precision and place-link precision (see the module
    docstring). Placeholder gold entities ("unnamed-...") count as gold. An
    entity whose forms are no alias is still right when the resolver gives
    a gold name or alias its key (``by_key``: "Vorland's Statistics Office"
    is the key's "Statistics Office (Vorland)"), as attribution scoring
    matches speakers; and a country's government is right where the key
    names the country (``governments``: the keys' guideline lets a system
    that names the government match the country), also when the system named
    the government by other words in an article where the key lists the
    country (``named_states``: per article, the government keys of the
    countries the key expects there: "French officials" -> Government of France)."""
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    entity_of: dict[tuple[str, str], Entity] = {}
    for doc, mention, entity in pairs:
        if entity.unnamed:  # an unnamed source ("A witness", "Officials") is no named entity
            continue
        k = (doc_id(doc), entity.key)
        entity_of[k] = entity
        forms[k] |= {_norm(mention.name), _norm(mention.span.text), _norm(entity.name)}
    right, spurious, wrong_type, links, bad_links = 0, [], [], 0, []
    for k, entity in sorted(entity_of.items()):
        golds = set().union(*(by_alias.get(f, set()) for f in forms[k]))
        if not golds and by_key:
            golds = {g for g in by_key.get(entity.key, set()) if types[g] == entity.type and g in aliases}
        if any(types[g] == entity.type or (governments or {}).get(g) == entity.key for g in golds):
            right += 1
        elif not golds and entity.key in (named_states or {}).get(k[0], ()):
            right += 1
        elif golds:
            wrong_type.append((k[0], entity.name, entity.type, sorted(golds)))
        else:
            spurious.append((k[0], entity.name, entity.type))
        if entity.same_as:
            links += 1
            places = [g for g in golds if types[g] == "Place"]
            names = {fold(f) for f in forms[k]} | {fold(a) for g in places for a in aliases[g]}
            if not places or fold(entity.name) not in names:
                bad_links.append((k[0], entity.name, sorted(f for f in forms[k] if f != _norm(entity.name))))
    total = len(entity_of)
    return {
        "system_entities": total,
        "entities_right": right,
        "precision": right / total if total else 1.0,
        "spurious_entities": spurious,
        "wrong_type": wrong_type,
        "place_links": links,
        "wrong_links": bad_links,
        "link_precision": (links - len(bad_links)) / links if links else 1.0,
    }
