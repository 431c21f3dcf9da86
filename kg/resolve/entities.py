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


# Plural nouns of people who speak as a group no name identifies: officials,
# police, experts ... ("Officials said", "Local authorities said", "Rescue
# workers said"). Such a group in one article is not the group of the same
# words in another, so it is a source local to its article.
UNNAMED_GROUP_NOUNS = frozenset({
    "officials", "authorities", "sources", "police", "investigators", "rescuers", "firefighters",
    "media", "workers", "senators", "lawmakers", "legislators", "activists", "organisers",
    "organizers", "medics", "paramedics", "observers", "monitors", "regulators", "officers",
    "detectives", "analysts", "experts", "critics", "economists", "campaigners", "scientists",
    "commentators", "strategists", "doctors", "researchers", "leaders", "witnesses", "residents",
    "prosecutors", "diplomats", "lawyers", "spokespeople", "aides",
})


def unnamed_group(name: str) -> bool:
    """True for a group named by a plural noun of people and common words
    only: "Officials", "Police", "Local authorities", "state media". A
    capitalised word after the first makes it a name ("Kent Police",
    "Capitol Police"); one before the noun may be a nationality
    ("Kenyan police": its affiliation, see ``affiliation``).

    >>> [unnamed_group(n) for n in ("Officials", "Local authorities", "Kent Police", "Police", "Anna Berg")]
    [True, True, False, True, False]
    """
    words = name.replace("\u2019", "'").split()
    if not words or words[-1].lower() not in UNNAMED_GROUP_NOUNS:
        return False
    return all(w.islower() or not w[:1].isalpha() for w in words[1:])


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
        if mention.type in ("Organisation", "Person") and unnamed_group(mention.name):
            return Entity(key=entity_key(mention.type, "unnamed-" + slug(mention.name.lower())),
                          type=mention.type, name=mention.name, aliases=aliases, unnamed=True)
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

    def affiliation(self, entity: Entity) -> str | None:
        """The country an unnamed group belongs to when its first word is a
        nationality ("Kenyan police" -> "Kenya"), else None."""
        if not entity.unnamed:
            return None
        key = self.gazetteer.demonym_country(entity.name.split()[0])
        entry = self.gazetteer.get(f"place/{key}") if key else None
        return entry.name if entry is not None and entry.type == "Place" else None

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
