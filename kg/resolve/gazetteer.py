"""Real places and organisations with their spelling variants.

Two data files, both about the real world (no rule here names an entity):
``data/gazetteer.json`` is hand-curated (organisations, per-country templates
such as "{demonym} troops" -> that country's armed forces, regions that are
not cities) and ``data/places.json`` is generated from GeoNames by
``data/make_gazetteer.py`` (cities of 5000+ people with their Latin-script
spellings, countries, continents, US states); ``data/regions.json`` is
generated from ISO 3166-2 by ``data/make_regions.py`` (states and provinces
of countries outside the US: "Queensland", "Scotland").

Every lookup goes through ``kg.resolve.folding``, so transliteration variants
find the same entry.

>>> gz = Gazetteer.load()
>>> gz.lookup("Kharkov", "Place").name
'Kharkiv'
>>> gz.lookup("Kharkiv oblast", "Place").id
'kharkiv-region'
>>> gz.actor_for(gz.lookup("Moscow", "Place"), "military").id
'russia-armed-forces'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from kg.records import EntityType
from kg.vocab import geonames_iri

from .folding import FOLD_VERSION, fold

DATA = Path(__file__).with_name("data")
# Kinds of place that already are a region: "<X> region" names X itself.
_AREA_KINDS = frozenset({"country", "region", "continent", "state", "sea", "river"})
# A country's formal name: up to three words before a word of statehood and
# "of" the country ("Islamic Republic of Iran", "United Republic of Tanzania",
# "Federated States of Micronesia", "Kingdom of Saudi Arabia"; folded keys).
_FORMAL_NAME = re.compile(r"^(?:the )?(?:[\w'`-]+ ){0,3}(?:republic|kingdom|states|federation|commonwealth|"
                          r"principality|sultanate|emirate|state|grand duchy|union) of (?:the )?(.+)$")
# Other words for a role of ``actor_for`` -> the org template's id suffix.
# A city this large keeps its name from a region's ("Victoria").
_BIG_CITY = 500_000
_ROLE_WORDS = {"military": "armed-forces", "army": "armed-forces", "forces": "armed-forces",
               "troops": "armed-forces", "authorities": "government", "officials": "government"}


@dataclass(frozen=True)
class Entry:
    """One real-world entity: ``id`` is a readable slug of the canonical name,
    unique within its type; ``kind`` says what it is (city, country, region,
    district, org, outlet, platform, company, body, armed, ...)."""

    id: str
    type: EntityType
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    population: int = 0
    hidden: tuple[str, ...] = ()  # looked up, never matched by the ruler ("Russians")


def readable_slug(name: str) -> str:
    """ASCII, lowercase, dash-separated ("Nova Kakhovka" -> "nova-kakhovka")."""
    text = anyascii(name).lower().replace("'", "").replace("\u2019", "").replace(".", "")
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _fill(template: str, country: dict) -> str:
    return template.format(
        key=readable_slug(country["country"]),
        country=country["country"],
        demonym=country["demonym"],
        capital=country["capital"],
        plural=country.get("plural", ""),
    )


class Gazetteer:
    """Folded-name indexes over the entries, one per entity type; earlier
    entries win a shared name (curated before GeoNames, primary names before
    alternates, larger places first)."""

    def __init__(self, entries: list[Entry], region_words: dict[str, list[str]],
                 templated: frozenset[str] = frozenset(),
                 folded: dict[int, list[str]] | None = None,
                 countries: list[dict] = (), weapons: list[dict] = (),
                 templated_ids: dict[str, tuple[str, str]] | None = None,
                 generic_roles: dict[str, str] | None = None,
                 given_names: dict[str, str] | None = None):
        self.entries = tuple(entries)
        # Per-country template entries: id -> (country key, role), and the
        # role a bare institution name denotes ("Defense Ministry" ->
        # "defense-ministry"), from the templates' "{demonym} X" aliases.
        self.templated_ids = templated_ids or {}
        self.generic_roles = dict(generic_roles or {})
        # Folded romanisation of a given name -> the folded form person keys use.
        self.given_names = dict(given_names or {})
        # Given names common in many countries (``data/given_names.json``), folded.
        self.common_given: frozenset[str] = frozenset()
        self.templated = templated  # aliases generated from per-country templates
        # Weapon systems: (id, names); the ruler marks them PRODUCT, never an organisation.
        self.weapons = tuple((w["id"], (w["name"], *w["aliases"])) for w in weapons)
        self._index: dict[str, dict[str, Entry]] = {"Person": {}, "Organisation": {}, "Place": {}}
        self._cities: dict[str, Entry] = {}  # "X city" finds the city when X names a region
        # Own names as written (ASCII, lower case): an exact name wins over a
        # transliteration match ("Pennsylvania" is the state, not the town
        # "Pensilvania", which folds the same).
        self._exact: dict[str, dict[str, Entry]] = {"Person": {}, "Organisation": {}, "Place": {}}
        self._by_key: dict[str, Entry] = {}
        self._suffix = {fold(w): cls for cls, words in region_words.items() for w in words}
        self._derived: dict[tuple[str, str], Entry] = {}
        folded = folded or {}
        for entry in entries:
            self._by_key.setdefault(f"{entry.type.lower()}/{entry.id}", entry)
            keys = folded.get(id(entry))
            if keys is None:
                keys = [fold(name) for name in (entry.name, *entry.aliases, *entry.acronyms, *entry.hidden)]
            if entry.kind == "country" or entry.type == "Organisation":  # "Democratic Republic of Congo": news drops the inner "the"
                keys = [*keys, *(k.replace(" of the ", " of ") for k in keys if " of the " in k)]
            for key in keys:
                self._index[entry.type].setdefault(key, entry)
            self._exact[entry.type].setdefault(_exact_key(entry.name), entry)
            if entry.kind == "city":
                self._cities.setdefault(keys[0], entry)
        # Country key (template "{key}") by folded country name, alias or
        # demonym; capitals by their place id: "Moscow said" is Russia acting.
        self._country_keys: dict[str, str] = {}
        self._capital_keys: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        for country in countries:
            key = readable_slug(country["country"])
            for name in (country["country"], *country["aliases"]):
                self._country_keys.setdefault(fold(name), key)
            for word in (country["demonym"], country.get("plural")):
                if word:
                    self._demonyms.setdefault(fold(word), key)
            capital = self._index["Place"].get(fold(country["capital"]))
            if capital is not None and capital.kind == "city":
                self._capital_keys.setdefault(capital.id, key)

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, directory: str | None = None) -> Gazetteer:
        """Read the data files once per process (about 0.2 s)."""
        folder = Path(directory) if directory else DATA
        curated = json.loads((folder / "gazetteer.json").read_text(encoding="utf-8"))
        places = json.loads((folder / "places.json").read_text(encoding="utf-8"))
        entries: list[Entry] = []
        templated: set[str] = set()
        templated_ids: dict[str, tuple[str, str]] = {}
        generic_roles = {fold(a.removeprefix("{demonym} ")): t["id"].replace("{key}-", "")
                         for t in curated["org_templates"] for a in t["aliases"] if a.startswith("{demonym} ")}
        # Folded city names precomputed by make_gazetteer.py (same fold version).
        precomputed = places.get("fold_version") == FOLD_VERSION
        folded: dict[int, list[str]] = {}
        for org in curated["organisations"]:
            entries.append(Entry(org["id"], "Organisation", org["name"], org.get("kind", "org"),
                                 tuple(org["aliases"]), tuple(org.get("acronyms", ()))))
        for country in curated["countries"]:
            for template in curated["org_templates"]:
                # (a country listed without a capital, whose capital's name is
                # also a person's or another town's, has no "{capital}" aliases)
                usable = [a for a in template["aliases"] if country["capital"] or "{capital}" not in a]
                aliases = tuple(_fill(a, country) for a in usable)
                hidden = tuple(h for h in (_fill(a, country) for a in template.get("lookup_aliases", ())
                                           if country["capital"] or "{capital}" not in a) if h)
                templated.update(aliases)
                ident = _fill(template["id"], country)
                templated_ids[ident] = (readable_slug(country["country"]), template["id"].replace("{key}-", ""))
                entries.append(Entry(_fill(template["id"], country), "Organisation",
                                     _fill(template["name"], country), "org", aliases, hidden=hidden))
        for place in curated["places"]:
            entries.append(Entry(place["id"], "Place", place["name"], place["kind"],
                                 tuple(place["aliases"])))
        extra = {c["country"]: tuple(c["aliases"]) for c in curated["countries"]}
        for geonameid, name, iso, population in places["countries"]:
            entries.append(Entry(readable_slug(name), "Place", name, "country",
                                 extra.get(name, ()), (), (geonames_iri(geonameid),), population))
        for geonameid, name in places["continents"]:
            entries.append(Entry(readable_slug(name), "Place", name, "continent", (), (),
                                 (geonames_iri(geonameid),)))
        # First-level regions outside the US (regions.json): before the towns
        # that share their name ("Wales"), after a city of real size ("Victoria").
        big = {keys[0][0] if precomputed else fold(name)
               for _g, name, _cc, population, _alts, *keys in places["cities"] if population >= _BIG_CITY}
        regions = (folder / "regions.json")
        for code, name, _cc, _type in (json.loads(regions.read_text(encoding="utf-8"))["regions"]
                                       if regions.exists() else ()):
            if fold(name) not in big:
                entries.append(Entry(f"{readable_slug(name)}-{code.split('-')[0].lower()}", "Place", name, "state"))
        # US states likewise: before the towns named after them ("Florida",
        # Cuba; "California", Colombia), after a large city ("Washington").
        states = [Entry(readable_slug(name) + "-state", "Place", name, "state", (), (), (geonames_iri(geonameid),))
                  for geonameid, name, _code in places["us_states"]]
        entries.extend(e for e in states if fold(e.name) not in big)
        # Primary city names first, then US states, then alternate spellings:
        # an alternate never takes a name that is some place's own name.
        for geonameid, name, _cc, population, _alts, *keys in places["cities"]:
            entries.append(Entry(keys[1] if precomputed else readable_slug(name), "Place", name, "city", (), (),
                                 (geonames_iri(geonameid),), population))
            if precomputed:
                folded[id(entries[-1])] = [keys[0][0]]
        entries.extend(e for e in states if fold(e.name) in big)
        for geonameid, name, _cc, population, alts, *keys in places["cities"]:
            if alts:
                entries.append(Entry(keys[1] if precomputed else readable_slug(name), "Place", name, "city", tuple(alts), (),
                                     (geonames_iri(geonameid),), population))
                if precomputed:
                    folded[id(entries[-1])] = [keys[0][0], *keys[0][1]]
        given = {fold(variant): fold(first)
                 for first, variants in curated.get("given_name_variants", {}).items() if not first.startswith("_")
                 for variant in (first, *variants)}
        gazetteer = cls(entries, curated["region_words"], frozenset(templated), folded,
                        curated["countries"], curated.get("weapons", ()), templated_ids, generic_roles, given)
        common = folder / "given_names.json"
        if common.exists():
            gazetteer.common_given = frozenset(json.loads(common.read_text(encoding="utf-8"))["names"])
        return gazetteer

    def get(self, key: str) -> Entry | None:
        """The entry behind an entity key such as ``place/kyiv``."""
        return self._by_key.get(key) or next(
            (e for e in self._derived.values() if f"{e.type.lower()}/{e.id}" == key), None)

    def lookup(self, name: str, type_: EntityType | None = None) -> Entry | None:
        """The entry a name denotes (of ``type_`` when given; organisations
        are tried before places otherwise). "<place> region/oblast/province"
        and "<place> district" give a region entry distinct from the city."""
        key = fold(name)
        if not key:
            return None
        for kind in (type_,) if type_ else ("Organisation", "Place", "Person"):
            entry = self._index[kind].get(key)
            if entry is not None and entry.kind == "city":
                entry = _better_exact(entry, self._exact[kind].get(_exact_key(name)), name)
            if entry is None and kind == "Place":
                entry = self._area(key, name) or self._formal_name(key)
            if entry is not None:
                return entry
        return None

    def _formal_name(self, key: str) -> Entry | None:
        """The country a formal name stands for ("Republic of Moldova" ->
        Moldova); None when the words after "of" name no country."""
        match = _FORMAL_NAME.match(key)
        entry = self._index["Place"].get(match.group(1)) if match else None
        return entry if entry is not None and entry.kind == "country" else None

    def _area(self, key: str, name: str) -> Entry | None:
        """"Kharkiv region" -> the Kharkiv region (not the city); "Donbas
        region" -> Donbas itself; "Kharkiv city" -> the city."""
        words = key.split()
        cls = self._suffix.get(words[-1]) if len(words) > 1 else None
        if cls is None:
            return None
        base_key = " ".join(words[:-1])
        base = self._index["Place"].get(base_key)
        if cls == "city":
            return self._cities.get(base_key)
        if base is not None and base.kind in _AREA_KINDS:
            return base
        cached = self._derived.get((base_key, cls))
        if cached is None:
            base_name = base.name if base else " ".join(name.split()[:-1])
            base_id = base.id if base else readable_slug(base_name)
            cached = Entry(f"{base_id}-{cls}", "Place", f"{base_name} {cls}", cls)
            self._derived[(base_key, cls)] = cached
        return cached

    def is_area_word(self, word: str) -> str | None:
        """"region" / "district" / "city" when ``word`` names that kind of area."""
        return self._suffix.get(fold(word))

    def is_demonym(self, word: str) -> bool:
        """"Ukrainian", "Russians": a people's adjective or plural, never a place."""
        return fold(word) in self._demonyms

    def demonym_country(self, word: str) -> str | None:
        """The country key of a demonym ("Ukrainian" -> "ukraine")."""
        return self._demonyms.get(fold(word))

    def country_key(self, entry: Entry) -> str | None:
        """The template key of the country a country or capital entry stands
        for ("russia" for Russia and for Moscow), else None."""
        if entry.type == "Organisation":
            return self.templated_ids.get(entry.id, (None, None))[0]
        if entry.kind == "country":
            for name in (entry.name, *entry.aliases):
                key = self._country_keys.get(fold(name))
                if key:
                    return key
            return None
        if entry.kind == "city":
            return self._capital_keys.get(entry.id)
        return None

    def actor_for(self, entry: Entry | None, role: str = "government") -> Entry | None:
        """The organisation acting for a country or capital named as an actor
        (metonymy: "Ukraine claims gains", "Moscow abandoned"): ``role`` is an
        org template's id suffix ("government", "armed-forces",
        "defense-ministry", "foreign-ministry", ...) or "military"; None when
        ``entry`` is no country/capital or the role is unknown.

        >>> gz = Gazetteer.load()
        >>> gz.actor_for(gz.lookup("Ukraine", "Place")).id
        'ukraine-government'
        """
        key = self.country_key(entry) if entry is not None else None
        if key is None:
            return None
        role = _ROLE_WORDS.get(role.lower(), role.lower().replace(" ", "-"))
        return self._by_key.get(f"organisation/{key}-{role}")

    def place(self, name: str) -> Entry | None:
        return self.lookup(name, "Place")

    @staticmethod
    def written_as(entry: Entry, name: str, aliases: bool = True) -> bool:
        """``name`` is the entry's name (or, with ``aliases``, one of its
        aliases) as written, case and accents aside, not only another
        spelling that folds to it ("Tikrit" for Tikrīt, not "Shia" for
        the town Suya)."""
        written = _exact_key(name)
        names = (entry.name, *entry.aliases, *entry.acronyms) if aliases else (entry.name,)
        return any(_exact_key(n) == written for n in names)

    def organisation(self, name: str) -> Entry | None:
        return self.lookup(name, "Organisation")

    def ruler_patterns(self) -> list[dict]:
        """Entity-ruler patterns for curated organisations, template aliases,
        curated regions, countries and continents (not the 69k GeoNames
        cities, nor the companies, airlines, clubs, parties and state
        bodies: they are looked up, not matched). Template aliases match
        case-insensitively ("Ukrainian armed forces" / "Armed Forces");
        proper names match as written, since many are also common words
        ("Telegram", "The Independent", "60 Minutes")."""
        patterns: list[dict] = []
        seen: set[tuple] = set()
        for entry in self.entries:
            if entry.kind in {"city", "state", "company", "body"}:  # looked up, not matched
                continue  # (a company's name opens its units' names: "X Research", "X Foundation")
            label = "ORG" if entry.type == "Organisation" else (
                "LOC" if entry.kind in {"continent", "sea", "river", "site"} else "GPE")
            for alias in (entry.name, *entry.aliases, *entry.acronyms):
                for variant in _apostrophe_variants(alias):
                    lower = alias in self.templated
                    mark = (variant.lower() if lower else variant, lower, label)
                    if mark in seen:
                        continue
                    seen.add(mark)
                    patterns.append({"label": label, "pattern": mark[0], "id": entry.id,
                                     "case": "lower" if lower else "orth"})
        for ident, names in self.weapons:
            for name in names:
                patterns.append({"label": "PRODUCT", "pattern": name, "id": ident, "case": "orth"})
        return patterns


def _better_exact(entry: Entry, exact: Entry | None, name: str) -> Entry:
    """A town found by transliteration folding gives way to a place written
    exactly so that is no town or is larger ("Pennsylvania": the state,
    not the town "Pensilvania")."""
    if exact is None or exact is entry:
        return entry
    written = _exact_key(name)
    if any(_exact_key(n) == written for n in (entry.name, *entry.aliases)):
        return entry
    return exact if exact.kind != "city" or exact.population > entry.population else entry


def _exact_key(name: str) -> str:
    """A name as written, in ASCII lower case, without a leading "the"."""
    text = (name if name.isascii() else anyascii(name)).lower().strip()
    return text[4:] if text.startswith("the ") else text


def _apostrophe_variants(alias: str) -> tuple[str, ...]:
    """The alias with straight and typographic apostrophes and quotes."""
    variants = [alias]
    if "'" in alias:
        variants.append(alias.replace("'", "\u2019"))
    if '"' in alias:
        curly = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", alias)
        variants += [curly, curly.replace("'", "\u2019")] if "'" in alias else [curly]
    return tuple(variants)
