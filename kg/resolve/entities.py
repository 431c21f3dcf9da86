"""Cross-article entity identity.

Every mention gets an entity key computed from its name alone (plus the
gazetteer, which is static data), so the same name always gives the same id
whichever other articles are built: incremental builds depend on this.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.records import Entity, Extraction, Mention

from .folding import entity_key, org_name_key, person_key, slug, surface
from .gazetteer import Gazetteer


class Resolver:
    """Maps mentions to entities using the gazetteer (static data) and the
    folded name only, never the rest of the corpus."""

    def __init__(self, gazetteer=None):
        if gazetteer is None:
            gazetteer = Gazetteer.load()
        self.gazetteer = gazetteer

    def entity(self, mention: Mention) -> Entity:
        """The entity a mention names (aliases are just this mention's forms)."""
        entry = self.gazetteer.lookup(mention.name, mention.type)
        aliases = tuple(sorted({mention.name, surface(mention.span.text)}))
        if entry is not None:
            return Entity(
                key=entity_key(entry.type, entry.id),
                type=entry.type,
                name=entry.name,
                aliases=aliases,
                same_as=entry.same_as,
            )
        if mention.type == "Organisation":
            ident = slug(org_name_key(mention.name))
        elif mention.type == "Person":
            ident = person_key(mention.name, getattr(self.gazetteer, "given_names", {}))
        else:
            ident = slug(mention.name)
        return Entity(
            key=entity_key(mention.type, ident),
            type=mention.type,
            name=mention.name,
            aliases=aliases,
        )

    def actor_for(self, mention: Mention, role: str = "government") -> Entity | None:
        """The organisation a country or capital stands for when the text
        makes it an actor ("Ukraine claims gains", "Moscow abandoned"):
        ``role`` is "government", "military" / "armed-forces",
        "defense-ministry", "foreign-ministry", ... (see
        ``Gazetteer.actor_for``). None for any other place or an unknown role.
        A caller keeping a mention for the actor can name it ``entity.name``
        (the span stays the place's words): ``entity()`` then gives this key.
        """
        if mention.type != "Place":
            return None
        entry = self.gazetteer.actor_for(self.gazetteer.lookup(mention.name, "Place"), role)
        if entry is None:
            return None
        return Entity(key=entity_key(entry.type, entry.id), type=entry.type, name=entry.name,
                      aliases=(entry.name,), same_as=entry.same_as)

    def entities(self, extractions: Iterable[Extraction]) -> list[Entity]:
        """One entity per key across all extractions, with every surface form
        (as written) as aliases; the display name is the gazetteer's or the
        most frequent normalised name (ties: the longest)."""
        by_key: dict[str, Entity] = {}
        names: dict[str, Counter] = defaultdict(Counter)
        aliases: dict[str, set[str]] = defaultdict(set)
        for extraction in extractions:
            for mention in extraction.mentions:
                entity = self.entity(mention)
                by_key.setdefault(entity.key, entity)
                names[entity.key][mention.name] += 1
                aliases[entity.key].update(entity.aliases)
        result = []
        for key in sorted(by_key):
            first = by_key[key]
            name = first.name
            if not first.same_as and self.gazetteer.get(key) is None:
                name = max(names[key].items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
            result.append(
                Entity(key, first.type, name, tuple(sorted(aliases[key])), first.same_as)
            )
        return result
