"""Cross-article entity identity.

Every mention gets an entity key computed from its name alone (plus the
gazetteer, which is static data), so the same name always gives the same id
whichever other articles are built: incremental builds depend on this.
"""

from __future__ import annotations

import re
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
    "prosecutors", "diplomats", "lawyers", "spokespeople", "aides", "television", "tv", "radio",
})
# A body a place has one of, named by its kind alone ("Military", "Court":
# ``kg.extract.unnamed.sole_body``); "Southland army" is a name.
SOLE_BODY_WORDS = frozenset({"military", "army", "navy", "opposition", "court", "tribunal", "prosecution", "junta"})


# Nouns of people described but not named, singular or plural, who may
# speak as sources ("A witness", "Residents", "Sources close to X", "Two
# people familiar with the plans"): each description is a source of its
# article alone, like the groups above (``kg.extract.unnamed`` finds them).
UNNAMED_PERSON_NOUNS = UNNAMED_GROUP_NOUNS | frozenset({
    # offices described, not named ("Vorlandish defence minister": kg.extract.unnamed.office_holder)
    "minister", "president", "premier", "chancellor", "secretary", "governor", "mayor", "ambassador", "envoy",
    "commissioner", "prosecutor", "chief", "commander", "director", "chairman", "chairwoman",
    "leader", "defector", "inspector", "campaigner", "economist", "scientist", "researcher",
    "lawyer", "engineer", "detective",
    "witness", "eyewitness", "eyewitnesses", "resident", "villager", "villagers", "local", "locals",
    "neighbour", "neighbours", "neighbor", "neighbors", "source", "insider", "insiders", "official",
    "diplomat", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisers", "advisor",
    "advisors", "analyst", "expert", "protester", "protesters", "protestor", "protestors", "demonstrator",
    "demonstrators", "doctor", "nurse", "nurses", "medic", "paramedic", "survivor", "survivors",
    "relative", "relatives", "passenger", "passengers", "student", "students", "teacher", "teachers",
    "worker", "employee", "employees", "person", "people", "man", "men", "woman", "women", "officer",
    "soldier", "soldiers", "fighter", "fighters", "journalist", "journalists", "reporter", "reporters",
    "activist", "observer", "bystander", "bystanders", "onlooker", "onlookers", "shopkeeper",
    "shopkeepers", "farmer", "farmers", "fisherman", "fishermen", "driver", "drivers", "parent",
    "parents", "mother", "father", "member", "members", "staffer", "staffers", "lawmaker", "legislator",
    "investigator", "rescuer", "volunteer", "volunteers", "organiser", "organizer", "user", "users",
    "customer", "customers", "voter", "voters", "refugee", "refugees", "migrant", "migrants", "patient",
    "patients", "victim", "victims", "commander", "commanders", "staff",
    "pilot", "pilots", "attendee", "attendees", "archaeologist", "archaeologists", "astronomer", "astronomers",
    "executive", "executives", "inspectors", "delegate", "delegates", "negotiator", "negotiators", "tourist",
    "tourists", "visitor", "visitors", "participant", "participants", "investor", "investors", "trader",
    "traders", "shareholder", "shareholders", "fans", "players", "citizens", "groups",
    # bodies no name identifies, as a group ("School districts across the county")
    "districts", "schools", "hospitals", "councils", "airlines", "firms", "agencies", "municipalities",
    "carriers", "insurers", "lenders", "retailers", "unions",
    # a person's circle ("Family of X", "Sponsors of Y": kg.extract.unnamed.circle_of)
    "family", "sponsors", "supporters", "colleagues", "teammates", "backers", "associates",
})
# Nouns of kinship: "Wife of X", "Husband and coach of Y" name a person's
# relative no name identifies (kg.extract.unnamed.kin_of).
KIN_NOUNS = frozenset({
    "father", "mother", "parent", "son", "daughter", "brother", "sister", "husband", "wife", "widow",
    "widower", "partner", "fiancé", "fiancée", "grandfather", "grandmother", "uncle", "aunt", "cousin",
    "nephew", "niece", "stepfather", "stepmother", "stepson", "stepdaughter", "sibling",
})
# Nouns of the people one person employs or consults, who speak of that
# person without speaking for them ("his agent said", "according to her
# publicist"): "Agent of X" names one no name identifies, as a relative is
# named (kg.extract.unnamed.kin_of). A spokesman or a lawyer speaks *for*
# the person, and is resolved to them elsewhere.
PERSONAL_STAFF = frozenset({
    "agent", "publicist", "manager", "aide", "assistant", "coach", "trainer", "doctor", "physician",
    "biographer", "bodyguard", "caretaker", "carer",
})
# Words that may open a description before its noun ("A", "One", "Two",
# "Some"): the first word is capitalised as any sentence start is.
_DESCRIPTION_WORDS = re.compile(r"^[a-z0-9][a-z0-9.'-]*$")
# Words that join the words of a body's name ("Students for Fair Admissions",
# "Scientists against Nuclear Arms"), never a description's complement.
_NAME_LINKS = frozenset({"for", "against", "without", "and", "&"})
_INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "some", "several", "many", "another"})
# Where a body's name gives its country: "X (Vorland)", "X (ANAC, Vorland)",
# "X of (the) Vorland", "Vorland's X", "Vorlandish X" (a capitalised name after it).
_INNER_BRACKETS = re.compile(r"\s*\([^()]*\)\s+(?=\S)")
_IN_BRACKETS = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
_OF_COUNTRY = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})$")
# "X in Place": a body named with the place it is in ("the health ministry in Gaza").
_IN_PLACE = re.compile(r"^(?:the\s+)?(.+?)\s+in\s+(?:the\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})$")
_POSSESSOR = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['\u2019]s?\s+([A-Z].*)$")
_LEADING_WORD = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)\s+([A-Z].*)$")


# Offices, and the words that say which one, written without a holder's name
# ("Health Minister", "Irish Taoiseach", "Deputy Foreign Secretary").
_OFFICE_ENDS = frozenset({"minister", "president", "chairperson", "chairman", "chairwoman", "secretary",
                          "taoiseach", "premier", "chancellor", "governor", "mayor", "ambassador", "spokesman",
                          "spokeswoman", "spokesperson", "commissioner", "prosecutor", "president-elect"})
# The fields a government office or a cabinet post is named by ("Justice
# Minister", "Commerce Secretary", "National Security Advisor"), with the
# words that join them ("Minister of Foreign Affairs and Trade").
PORTFOLIO_FIELDS = frozenset({
    "foreign", "affairs", "home", "health", "defence", "defense", "finance", "interior", "justice", "education",
    "transport", "transportation", "trade", "commerce", "energy", "environment", "agriculture", "labour", "labor",
    "culture", "tourism", "information", "economy", "economic", "sports", "sport", "youth", "science", "industry",
    "housing", "immigration", "security", "national", "homeland", "state", "cabinet", "treasury", "intelligence",
    "counterterrorism", "veterans", "public", "works", "communications", "development", "fisheries", "mines",
    "petroleum", "oil", "water", "external", "internal", "social", "welfare", "family", "planning", "infrastructure",
    "technology", "budget", "revenue", "customs", "and", "for", "of",
})
# An office's fields, and the words of its rank and level ("Deputy Prime",
# "Acting County").
_PORTFOLIO_WORDS = PORTFOLIO_FIELDS | frozenset({
    "prime", "deputy", "vice", "acting", "former", "interim", "chief", "general", "attorney", "the",
    "senior", "junior", "regional", "provincial", "federal", "local", "county", "city", "party",
})
_DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i|ch)$")


def _office_only(words: list[str]) -> bool:
    """An office named by its words alone, capitalised or not ("Health
    Minister", "Irish Taoiseach", "President"): no holder's name among them."""
    if len(words) > 5 or words[-1].lower() not in _OFFICE_ENDS:
        return False
    return all(w.lower() in _PORTFOLIO_WORDS or _DEMONYM_SHAPE.match(w) for w in words[:-1])


def unnamed_group(name: str) -> bool:
    """True for a group named by a plural noun of people and common words
    only: "Officials", "Police", "Local authorities", "state media". A
    capitalised word after the first makes it a name ("Kent Police",
    "Capitol Police"); one before the noun may be a nationality
    ("Kenyan police": its affiliation, see ``affiliation``). Also a
    description of people no name identifies: "A witness", "Sources close
    to X", "People familiar with the matter" (common words up to the noun,
    then a lower-case word opening its complement).

    >>> [unnamed_group(n) for n in ("Officials", "Local authorities", "Kent Police", "Police", "Anna Berg")]
    [True, True, False, True, False]
    >>> [unnamed_group(n) for n in ("A witness", "Sources close to Ann Dorr", "A European diplomat", "People Power")]
    [True, True, True, False]
    >>> [unnamed_group(n) for n in ("Family of Ann Dorr", "Sponsors of Ann Dorr", "Friends of the Earth")]
    [True, True, False]
    >>> [unnamed_group(n) for n in ("Wife of Ann Dorr", "Husband and coach of Ann Dorr", "Sisters of Mercy")]
    [True, True, False]
    >>> [unnamed_group(n) for n in ("Agent of Ann Dorr", "Manager of Ann Dorr", "Agents of Shield")]
    [True, True, False]
    >>> [unnamed_group(n) for n in ("Vorlandish court", "Vorland's highest court", "Supreme Court")]
    [True, True, False]
    """
    words = name.replace("\u2019", "'").split()
    if not words:
        return False
    if len(words) == 1 and words[0].lower() in SOLE_BODY_WORDS:
        return True
    if words[-1] in ("court", "tribunal") and 1 < len(words) <= 3 and all(
            _DEMONYM_SHAPE.match(w) or w.endswith(("'s", "'")) or w.islower() for w in words[:-1]):
        return True  # "Vorlandish court", "Vorland's highest court": a nation's court, by its kind
    if _office_only(words):
        return True  # "Health Minister", "Irish Taoiseach": an office described, no one named
    if words[0].lower() in KIN_NOUNS | PERSONAL_STAFF and "of" in words[1:] and all(w.islower() for w in words[1:words.index("of")]) \
            and all(w[:1].isupper() for w in words[words.index("of") + 1:]):
        return True  # a person's relative or staff, described: "Wife of Ann Dorr", "Agent of Ann Dorr"
    if words[-1].lower() in UNNAMED_GROUP_NOUNS:
        return all(w.islower() or not w[:1].isalpha() for w in words[1:])
    for i, word in enumerate(words):
        if word.lower() in UNNAMED_PERSON_NOUNS and (i > 0 or word.lower().endswith("s") or word.lower() in ("people", "family")):
            rest = words[i + 1:]
            return _DESCRIPTION_WORDS.match(word.lower() if i == 0 else word) is not None \
                and (not rest or (rest[0].islower() and rest[0] not in _NAME_LINKS))
        if i > 0 and not _DESCRIPTION_WORDS.match(word) and words[0].lower() not in _INDEFINITE:
            return False  # (after "A", "Two": a nationality or a region, "A European diplomat")
    return False


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
        moved = self._country_first(mention.name) if entry is None and mention.type == "Organisation" else mention.name
        if moved != mention.name:
            entry = self.gazetteer.lookup(moved, mention.type)  # "Interior Ministry of Vorland": "Vorland's Interior Ministry"
        if entry is None and mention.type == "Organisation" and (held := _IN_BRACKETS.match(mention.name)) \
                and self._country(held.group(2).split(",")[-1]):
            entry = self.gazetteer.lookup(f"{held.group(1)} of {held.group(2).strip()}", mention.type)  # "X (Vorland)"
        if entry is None and mention.type == "Organisation" and (bare := _INNER_BRACKETS.sub(" ", mention.name)) != mention.name:
            entry = self.gazetteer.lookup(" ".join(bare.split()), mention.type)  # "the Vorland (VL) government"
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
            ident = slug(org_name_key(moved))
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

    def _country_first(self, name: str) -> str:
        """A body's name with the country it belongs to moved to the front in
        one spelling, so that the forms news writes for one national body
        share a key: "National Statistics Office of Vorland", "National
        Statistics Office (Vorland)", "Vorland's National Statistics Office"
        and "Vorlandish National Statistics Office" all become "<country>'s
        National Statistics Office". A name without a country, or whose
        country is the whole name, stays as it is."""
        body, country = name.strip(), None
        match = _IN_BRACKETS.match(body)
        if match:
            country = self._country(match.group(2).split(",")[-1])
            body = match.group(1) if country else body
        if country is None and (match := _OF_COUNTRY.match(body)):
            country = self._country(match.group(2))
            body = match.group(1) if country else body
        if country is None and (match := _POSSESSOR.match(body)):
            country = self._country(match.group(1))
            body = match.group(2) if country else body
        if country is None and (match := _LEADING_WORD.match(body)):
            country = self.gazetteer.demonym_country(match.group(1))
            body = match.group(2) if country else body
        if country is None and (match := _IN_PLACE.match(body)):
            # "the health ministry in Gaza", "police in Baytown": the place first,
            # as "Gaza's health ministry" and "Baytown police" write it
            place = self.gazetteer.lookup(match.group(2).strip(), "Place")
            if place is not None:
                country = self._country(match.group(2))
                return f"{country}'s {match.group(1)}" if country else f"{match.group(2).strip()} {match.group(1)}"
        return f"{country}'s {body}" if country and body.strip() else name

    def _country(self, words: str) -> str | None:
        """The gazetteer's key of the country ``words`` name, else None."""
        entry = self.gazetteer.lookup(words.strip(), "Place")
        return self.gazetteer.country_key(entry) if entry is not None and entry.kind == "country" else None

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
