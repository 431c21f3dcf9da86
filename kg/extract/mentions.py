"""Entity mentions of one article, with document-level names.

``find_mentions(article, doc)`` turns the pipeline's entities (see
``kg.extract.consistency``) into ``Mention`` records whose ``name`` is normalised
within the document:
- no leading "the", no possessive, no trailing punctuation;
- a surname alone is the full name used elsewhere in the document, also when
  spelled differently (transliteration-folded; fuzzy, same initial: Horbenko ~ Horbenco);
- an acronym is the expansion the document gives for it ("X (ABC)", "X, the ABC");
- a short organisation name is the longer one it ends ("Defense Ministry" after
  "Russian Defense Ministry");
- a place used as a region is named as the region: "the region of X",
  "the X town of Y", "X governor" -> "X region"; "the city of X" -> "X city"
  where X alone names a region;
- a bare national institution ("the Defense Forces", "the General Staff")
  is that of the country the document is about: the country most named in
  it (countries, capitals, demonyms, national institutions), when one leads.
Persons are kept everywhere (bylines and bios name people) but in page
furniture (share bars, teasers, staff credit lines, glued captions:
``kg.read.furniture_ranges``); organisations and places only in the article body, except the article's own outlet, which
boilerplate names ("Reporter for The Kyiv Post") and which asserts its
narration.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from kg.read import furniture_ranges
from kg.records import Article, EntityType, Mention
from kg.resolve import Gazetteer, fold, org_name_key, surface

from .cues import ORG_NAME_WORDS, ORG_NOUNS
from .name_kinds import PERSON_KINDS, role_apposed
from .name_words import LEGAL_INSTRUMENTS, PORTFOLIO_TITLES, PORTFOLIOS, POSTNOMINALS, TERMS_OF_A_LEADER

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place", "FAC": "Place",
}
# Nouns after which a place name denotes the surrounding region, not the
# city: governors govern regions; "region of X" names X's region.
_REGION_HEADS = frozenset({"governor", "regional"})
_REGION_OF = frozenset({"region", "province", "oblast"})
_SETTLEMENTS = frozenset({"town", "village", "city", "settlement"})
_DETERMINERS = frozenset({"the", "The", "THE"})
# Folded surnames closer than this (0-100) are one spelling of one name.
_SURNAME_SIMILARITY = 80
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9/&.\-]{1,9}$")
# Folded company and club designators: "X United" / "X Inc." shortened to "X".
_DESIGNATOR_KEYS = frozenset(fold(w) for w in (
    "Inc", "Corp", "Corporation", "Co", "Ltd", "Limited", "LLC", "PLC", "GmbH", "AG", "SA", "NV",
    "Group", "Holdings", "United", "FC", "Incorporated", "Company"))


def find_mentions(article: Article, doc: Doc) -> list[Mention]:
    """Person/Organisation/Place mentions with offsets into ``article.text``
    (``doc`` must be built from ``article.text``)."""
    gazetteer = Gazetteer.load()
    outlet = gazetteer.organisation(article.meta.outlet) if article.meta.outlet else None
    # share bars, teasers, staff credit lines, glued captions: no names at all
    furniture = furniture_ranges(article.text) if article.boilerplate else []
    raw: list[tuple[Span, EntityType, int, int]] = []
    for ent in _joined_by_particles(doc):
        type_ = LABEL_TYPES.get(ent.label_)
        if type_ is None:
            continue
        start, end = _trimmed(ent)
        if start >= end:
            continue
        given = _given_names_before(ent, start) if type_ == "Place" and ent.label_ == "GPE" else start
        if given < start and _whole_place(article.text[given:end], gazetteer):
            start = given  # "New South" + "Wales": the words before name one region with it
        elif given < start and gazetteer.organisation(article.text[given:end]) is not None:
            type_, start = "Organisation", given  # "Air" + "France", "FC" + "Barcelona": a company's name
        elif given < start and _surname_place(ent):
            # "Luis Montenegro", "Michael Jordan": a country's name as a surname
            type_ = "Person"
        if type_ == "Organisation" and (named := _person_after_role(article.text, start, end)) != start:
            type_, start = "Person", named  # "Presidential Spokesperson Jane Roe": the person, not a body
        if type_ == "Person":
            start = _given_names_before(ent, start)
            start = _without_leading_title(article.text, start, end)
        if furniture and any(s < end and start < e for s, e in furniture):
            continue
        if type_ != "Place" and (_portfolio_of_a_title(ent, article.text[start:end], gazetteer)
                                 or _legal_instrument(ent, article.text[start:end])):
            continue  # "Justice Minister X", "the Bill": an office's field, a document; no body
        if type_ != "Person" and not article.is_body(start, end) and not (
            type_ == "Organisation" and outlet is not None
            and gazetteer.organisation(article.text[start:end]) == outlet
        ):
            continue
        raw.append((ent, type_, start, end))
    # Names are read from the article text: ``doc.text`` rebuilds the
    # whole text on every access.
    acronyms = _acronym_expansions(doc, article.text, raw)
    country = _main_country(doc, article.text, raw, gazetteer)
    persons = [(ent, _without_postnominals(surface(article.text[s:e]))) for ent, t, s, e in raw
               if t == "Person" and len(_without_postnominals(article.text[s:e]).split()) > 1]
    all_orgs = [surface(article.text[slice(*_org_bounds(article.text, s, e, gazetteer))]).rstrip(".,;:!?")
                for _, t, s, e in raw if t == "Organisation"]
    acronyms.update(_initialisms(all_orgs, acronyms))
    teams = _team_names(article.text)
    orgs: list[str] = []
    mentions = []
    ensembles: set[str] = set()
    peers: dict[str, str] = {}
    for ent, type_, start, end in raw:
        name = surface(article.text[start:end]).rstrip(".,;:!?")
        if name in acronyms:  # the document defined it as an organisation's acronym
            type_ = "Organisation"
        if type_ == "Person":
            name = _without_postnominals(name)  # "Helen Roe KC" is Helen Roe
        if type_ == "Place" and len(name.split()) == 1 and gazetteer.lookup(name) is None \
                and _full_name(name, ent, persons):
            # a surname the recogniser took for a place ("Roe told the court")
            type_ = "Person"
        if type_ == "Organisation":
            start, end = _org_bounds(article.text, start, end, gazetteer)
            name = surface(article.text[start:end]).rstrip(".,;:!?")
        if type_ == "Person" and len(name.split()) == 1 and name in orgs:
            type_ = "Organisation"  # "Pellix did not say" after "fitness app Pellix"
        if type_ == "Person" and _described_as_ensemble(ent):
            type_ = "Organisation"  # "the supergroup Velvet Anchor": a band, not a person
            ensembles.add(surface(article.text[start:end]).rstrip(".,;:!?"))
        if type_ == "Person" and len(name.split()) == 1 and _described_as_body(ent):
            type_ = "Organisation"  # "fitness app Pellix", "Pellix, the running app": a body, not a person
        if type_ == "Person" and len(name.split()) == 1 and not _full_name(name, ent, persons) \
                and _single_name_of_a_body(ent):
            type_ = "Organisation"  # "the Houthis", "Rudaw reports": no person's name
        if type_ == "Person" and _person_reads_as_body(ent, name):
            type_ = "Organisation"  # "Manila Bulletin", "ALDI", "X said in its report"
        if type_ in ("Person", "Organisation") and len(name.split()) > 1 and name.split()[-1].lower() in _SITE_NAME_ENDS \
                and gazetteer.organisation(name) is None:
            type_ = "Place"  # "Harbour Mall", "Kings Bridge": a building or site, not a person or a body
        if type_ in ("Person", "Organisation") and _part_of_a_place(
                name, gazetteer, doc[ent.start - 1].lower_ if ent.start > 0 else ""):
            type_ = "Place"  # "North India", "Borno State": a place, whatever the model said
        if type_ == "Place" and (len(name.split()) == 1 and _described_as_body(ent) and gazetteer.place(name) is None
                                 or len(name.split()) > 2 and name.split()[-1].lower() in _NAMED_BODY_ENDS):
            type_ = "Organisation"  # "online supermarket Pellix"; "the Great Choir of Christmas Charity"
        if type_ == "Organisation" and len(name.split()) <= 2 and name not in acronyms and name not in orgs \
                and gazetteer.lookup(name) is None and not _described_as_body(ent) and _full_name(name, ent, persons):
            # "Van Aken rejected ..." after "Pieter van Aken": a surname taken for a body
            type_ = "Person"
        words = name.split()
        if type_ == "Organisation" and name not in acronyms and gazetteer.lookup(name) is None and (
                len(words) == 1 and (ent.start > 0 and doc[ent.start - 1].text in _PEERAGES or name in peers)
                or len(words) == 2 and words[0] in _PEERAGES):
            type_ = "Person"  # "Baroness Wexley said", then "Wexley added": a peer, whatever the recogniser said
            if len(words) == 2:
                peers.setdefault(words[1], name)
        if type_ == "Person" and len(name.split()) <= 2:
            full = _full_name(name, ent, persons)
            company = None if full or len(name.split()) > 1 else _org_named_by_first_word(name, all_orgs, persons)
            if company:  # "Tarnvik" (taken for a person) after "Tarnvik Logistics"
                type_, name = "Organisation", company
            name = full or name
            if not full and len(name.split()) == 1 and ent.start > 0 and doc[ent.start - 1].text in _PEERAGES:
                start = doc[ent.start - 1].idx  # "Lord Ashby", "Baroness Wexley": a peer's name is the title's
                name = peers.setdefault(name, surface(article.text[start:end]).rstrip(".,;:!?"))
            elif not full and name in peers:  # "Ashby said" after "Lord Ashby"
                name = peers[name]
        if type_ == "Place" and len(name.split()) > 1 and name.split()[-1].lower() in _BODY_HEADS \
                and gazetteer.lookup(name) is None:
            type_ = "Organisation"  # "West Yorkshire Police", "Leeds City Council": a body named after its place
        if type_ != "Person" and gazetteer.lookup(name) is None:
            company = _designated_short_form(name, all_orgs) if len(name.split()) == 1 else name
            company = company if company != name else _first_words_of_org(name, all_orgs)
            if company != name:  # "Orvik" taken for a place after "Orvik Inc."; "Acme" for "Acme Energy"
                type_, name = "Organisation", company
        if name in teams and (type_ == "Place" or type_ == "Person" and len(name.split()) == 1
                              and gazetteer.lookup(name) is not None) \
                and getattr(gazetteer.lookup(name), "kind", "") != "country":
            # "Dunmore beat Kelby 43-5": clubs named after their towns (a
            # country's side is written as the country: "Pakistan beat India")
            type_ = "Organisation"
        if type_ == "Organisation":
            name = acronyms.get(name, name)
            name = _longer_org(name, orgs, all_orgs)
            name = _body_by_its_kind(name, orgs, all_orgs, acronyms, gazetteer)
            name = _designated_short_form(name, all_orgs)
            name = _national(name, country, gazetteer)
            orgs.append(name)
        elif type_ == "Place" and _used_as_region(ent):
            name = f"{name} region"
        elif type_ == "Place" and _used_as_city(ent) and _bare_name_is_no_city(name, gazetteer):
            name = f"{name} city"
        mentions.append(Mention(article.span(start, end), type_, name))
    mentions = [Mention(m.span, "Organisation", m.name) if m.type == "Person" and m.name in ensembles else m
                for m in mentions]  # the band is a band also where no "band" stands before it
    return _one_word_bodies(mentions + _short_forms_missed(article, mentions, acronyms))


_LOCATIVE = frozenset({"in", "at", "from", "across", "near", "of", "to", "into", "throughout"})


def _part_of_a_place(name: str, gazetteer: Gazetteer, after: str = "") -> bool:
    """"North India", "South Lebanon": a direction and a country or region the
    gazetteer knows; "Borno State", "Kano Province": a name and a word of a
    first-level division after a word of place ``after`` ("in Borno State";
    two words; never a body the gazetteer knows, as "Islamic State")."""
    words = name.split()
    if len(words) != 2 or gazetteer.organisation(name) is not None:
        return False
    if words[0].lower() in _COMPASS:
        place = gazetteer.place(words[1])
        return place is not None and place.kind in ("country", "state", "region")
    return words[1] in ("State", "Province", "Prefecture", "Governorate", "Oblast") and words[0][:1].isupper() \
        and words[0].isalpha() and after in _LOCATIVE  # ("in Borno State"; "Ann State said" is a person)


def _short_forms_missed(article: Article, mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
    """Each later use of a short form the text defined ("the Norland Survey
    (Norsurv) ... Norsurv said") that the recogniser did not take for a name
    is a mention of the body it stands for."""
    out: list[Mention] = []
    taken = [(m.span.start, m.span.end) for m in mentions]
    for short, full in acronyms.items():
        if not any(m.name == full and m.type == "Organisation" for m in mentions):
            continue
        for found in re.finditer(rf"(?<![\w(]){re.escape(short)}(?![\w)])", article.text):
            start, end = found.span()
            if any(s < end and start < e for s, e in taken) or not article.is_body(start, end):
                continue
            out.append(Mention(article.span(start, end), "Organisation", full))
    return out


def _one_word_bodies(mentions: list[Mention]) -> list[Mention]:
    """A one-word name the text shows is a body's somewhere ("X said in its
    report") is a body's everywhere, also where it came first ("according
    to X"); a site's name is a place's also under its acronym."""
    bodies = {m.name for m in mentions if m.type == "Organisation" and len(m.name.split()) == 1}
    sites = {m.name for m in mentions if m.type == "Place" and m.name.split()[-1].lower() in _SITE_NAME_ENDS}
    return [Mention(m.span, "Organisation", m.name) if m.type == "Person" and m.name in bodies
            else Mention(m.span, "Place", m.name) if m.type != "Place" and m.name in sites  # "... Station (ISS)"
            else m for m in mentions]


# Last words that make a place-like name a body's ("West Yorkshire Police").
_BODY_HEADS = frozenset({"police", "constabulary", "council", "ministry", "university", "hospital", "court",
                         "authority", "agency", "department", "commission", "parliament", "assembly"})


# Lower-case particles inside names ("Gazzetta dello Sport", "Eldorado do
# Sul", "Ludwig van Beethoven"), which split the recogniser's entities.
_NAME_PARTICLES = frozenset({
    "do", "da", "dos", "das", "de", "del", "della", "dello", "delle", "degli",
    "di", "du", "des", "van", "von", "der", "den", "y",
})


def _joined_by_particles(doc: Doc) -> list[Span]:
    """The document's entities, with an entity followed by a name particle
    and capitalised proper nouns (another entity or none) joined into one
    name of the first entity's label."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        end = ent.end
        while end + 1 < len(doc) and doc[end].text in _NAME_PARTICLES and doc[end + 1].pos_ == "PROPN" \
                and doc[end + 1].text[:1].isupper():
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper():
                nxt += 1
            end = nxt
        label = ent.label_
        if end == ent.end and end + 1 < len(doc) and doc[end].lower_ == "of" and i + 1 < len(ents) \
                and ents[i + 1].start == end + 1 and doc[end - 1].lower_ in ORG_NOUNS | ORG_NAME_WORDS:
            # "the Bank" + "of" + "Ghana": a body named after its place, one organisation
            end, label = ents[i + 1].end, "ORG"
        if end > ent.end:
            while i + 1 < len(ents) and ents[i + 1].start < end:
                end = max(end, ents[i + 1].end)
                i += 1
            ent = Span(doc, ent.start, end, label=label)
        out.append(ent)
        i += 1
    return out


# Ranks of a peer, who is named by the rank and one word ("Lord Ashby",
# "Baroness Wexley"), unlike "Lord Ivo Danvers", a title before a full name.
_PEERAGES = frozenset({"Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess"})
# Titles and honorifics written before a name, never part of it.
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "pope", "saint", "st", "rev", "prof",
                     # police ranks ("Detective Chief Inspector Jane Roe", "Superintendent John Roe")
                     "detective", "inspector", "superintendent", "sergeant", "constable", "sgt", "insp", "supt"})


def _given_names_before(ent: Span, start: int) -> int:
    """Start of a person's name with the given names the recogniser left
    out ("Ana [Varga]"): capitalised proper nouns right before the
    entity that modify its head, up to two, never a title, role, place or
    nationality, nor the object of "of" in a title ("Minister of
    Information Jane Roe"), nor one letter (a party: "Jane Roe (D Ohio)")."""
    from .cues import PERSON_NOUNS

    doc, i, taken = ent.doc, ent.start - 1, 0
    while i >= 0 and taken < 2:
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.dep_ != "compound" or tok.head.i not in range(ent.start, ent.end) \
                or not (tok.text[:1].isupper() and tok.text.isalpha() and len(tok) > 1) or tok.ent_type_ \
                or tok.lower_ in PERSON_NOUNS | PERSON_KINDS or tok.lower_ in _TITLES \
                or (i > 0 and doc[i - 1].text == "'s") \
                or _in_portfolio(doc, i, PERSON_NOUNS) \
                or (tok.has_extension("kg_role") and tok._.kg_role):
            break
        start, i, taken = tok.idx, i - 1, taken + 1
    return start


def _in_portfolio(doc, i: int, person_nouns) -> bool:
    """Token ``i`` ends a title's portfolio: "of"/"for" after a role noun,
    then capitalised words up to it ("Minister for Foreign [Affairs]")."""
    if i > 1 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in person_nouns:
        return True  # "Minister of [Information] Jane Roe"
    # "Minister for Foreign [Affairs] Jane Roe", not "Mayor of Leeds [Jane] Roe": no place or name before
    return i > 2 and doc[i - 1].is_title and not doc[i - 1].ent_type_ and doc[i - 2].lower_ in ("of", "for") \
        and doc[i - 3].lower_ in person_nouns


def _portfolio_of_a_title(ent: Span, name: str, gazetteer: Gazetteer) -> bool:
    """``name`` (a body-typed entity) is only the field of an office: its
    words are a portfolio's ("Justice", "Foreign Affairs", "National
    Security") and a title stands right after them ("Justice Minister X",
    "Cabinet officers"), ends them ("National Security Advisor") or opens
    them with "for"/"of" ("Advisor for Homeland Security"); no body the
    gazetteer knows."""
    words = [w.lower() for w in name.split()]
    doc = ent.doc
    if words and words[-1] in PORTFOLIO_TITLES:
        words = words[:-1]
    elif not (ent.end < len(doc) and doc[ent.end].lower_ in PORTFOLIO_TITLES) and not (
            ent.start > 1 and doc[ent.start - 1].lower_ in ("for", "of")
            and doc[ent.start - 2].lower_ in PORTFOLIO_TITLES):
        return False
    return bool(words) and all(w in PORTFOLIOS for w in words) and words[0] not in ("and", "for", "of") \
        and gazetteer.organisation(name) is None


def _legal_instrument(ent: Span, name: str) -> bool:
    """``name`` is a law or treaty written with a capital after a determiner
    or a bracketed part of its title ("the Bill", "the Convention also
    prohibits", "the Marriage (Scotland) Bill"): a document, no body."""
    before = ent[0] if len(ent) > 1 else ent.doc[ent.start - 1] if ent.start > 0 else None
    return " " not in name and name.lower() in LEGAL_INSTRUMENTS and before is not None \
        and before.lower_ in ("the", "a", "this", "that", "its", "their", "his", "her", ")")


def _body_by_its_kind(name: str, earlier: list[str], everyone: list[str], acronyms: dict[str, str],
                      gazetteer: Gazetteer) -> str:
    """A body named by its kind alone ("the Commission said", "University
    president Jane Roe", "Center" cut from "Center for X") is the nearest
    body before it whose name has that word ("the Human Rights Commission of
    X"), else the one such body of the document; else the name."""
    word = name.lower()
    if " " in name or word not in ORG_NOUNS or name in acronyms or gazetteer.organisation(name) is not None:
        return name
    def has(other: str) -> bool:
        return " " in other and word in other.lower().split()
    for other in reversed(earlier):
        if has(other):
            return other
    found = {o for o in everyone if has(o)}
    return found.pop() if len(found) == 1 else name


def _whole_place(text: str, gazetteer: Gazetteer) -> bool:
    """``text`` is the own name of a country, state or region the gazetteer
    knows ("New South Wales"), no given name and a place's."""
    entry = gazetteer.place(text)
    return entry is not None and entry.kind != "city" and fold(entry.name) == fold(text)


def _surname_place(ent: Span) -> bool:
    """A place name after a capitalised word reads as a surname unless that
    word only opens the sentence ("Neighbouring Chile and Peru"): a
    given name inside the sentence, or one whose name a verb follows."""
    doc = ent.doc
    first = ent.start - 1
    after = doc[ent.end] if ent.end < len(doc) else None
    return first > ent.sent.start or (after is not None and after.pos_ in ("VERB", "AUX"))


# A place's possessive opening a body's name: "Japan's Toyota".
_PLACE_POSSESSIVE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['\u2019]s (?=[A-Z])")


def _org_bounds(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """A body's name without the kind words the recogniser took in, before
    ("Dutch company X") or after an acronym ("the RMT union")."""
    start = _without_kind_words(text, start, end)
    owner = _PLACE_POSSESSIVE.match(text, start, end)
    place = gazetteer.lookup(owner.group(1), "Place") if owner else None
    if place is not None and (place.kind == "country" or place.population >= 100_000) \
            and not any(w.lower() in ORG_NOUNS for w in text[owner.end():end].split()):
        # "Japan's Toyota": the body is Toyota (a country's or a city's: not
        # "King's College"); a country's institution ("Japan's Supreme
        # Court", "Kenya's Red Cross", ... "Bank") keeps it
        start = owner.end()
    words = text[start:end].split(" ")
    if len(words) > 1 and words[-1].islower() and words[-1] in ORG_NOUNS \
            and sum(c.isupper() for c in words[-2]) >= 2 and not gazetteer.lookup(" ".join(words)):
        end -= len(words[-1]) + 1
    return start, end


def _without_kind_words(text: str, start: int, end: int) -> int:
    """Start of a body's name without the description the recogniser took
    in ("Dutch company Quillsoft" -> "Quillsoft"): words up to a lower-case
    kind-of-body noun, when only capitalised words follow it."""
    words = text[start:end].split(" ")
    for k in range(len(words) - 1, 0, -1):
        if words[k].islower() and words[k] in ORG_NOUNS:
            if all(w[:1].isupper() for w in words[k + 1:]) and k + 1 < len(words):
                return start + sum(len(w) + 1 for w in words[:k + 1])
            break
    return start


# Kinds of musical ensemble: a name right after one is the ensemble's.
_ENSEMBLES = frozenset({"band", "supergroup", "orchestra", "choir", "duo", "trio", "quartet", "quintet", "ensemble"})


def _described_as_ensemble(ent: Span) -> bool:
    """"the rock band X", "another supergroup X Y": a kind of ensemble
    right before the name, which it describes."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ in _ENSEMBLES \
        and (before.head.i in range(ent.start, ent.end) or ent.root.head.i == before.i)


def _described_as_body(ent: Span) -> bool:
    """The name is set beside a kind of body: a noun before it ("fitness
    app X", "the carmaker X") or a comma-set apposition ("X, the running
    app owned by Y,")."""
    root, doc = ent.root, ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in ORG_NOUNS and before.head.i == root.i:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_NOUNS for c in root.children)


# Last words no person's name ends with: an outlet's, a shop's or a
# service's ("Manila Bulletin", "Lakeside Studio", "Highway Patrol").
_BODY_NAME_ENDS = frozenset({
    "bulletin", "studio", "studios", "tracker", "patrol", "tribune", "news", "times",
    "herald", "gazette", "journal", "radio", "tv", "television", "media", "airlines", "airways",
    "inc", "corp", "ltd", "plc", "llc", "holdings", "technologies", "systems", "labs", "records",
    "magazine", "daily", "weekly", "agency", "bank", "university", "institute", "foundation",
    "hospital", "clinic", "college", "school", "academy", "museum", "library", "partners",
})


# Last words of a site's or a building's name, never a person's.
# (Not "Park", "Street" or "Tower": surnames too.)
_SITE_NAME_ENDS = frozenset({"mall", "bridge", "airport", "stadium", "square", "road", "avenue",
                             "station", "harbour", "harbor", "plaza", "highway", "freeway", "motorway",
                             "street", "lane", "boulevard", "dome", "arena", "oval", "ground", "point", "wharf",
                             # natural and administrative places, and sites ("Kaafu Atoll", "Wind River
                             # Reservation", "Golan Heights", "X Courthouse")
                             "atoll", "reservation", "peninsula", "archipelago", "desert", "plateau", "canal",
                             "strait", "gulf", "lagoon", "reef", "glacier", "volcano", "canyon", "gorge", "heights",
                             "island", "islands", "isle", "bay", "valley", "terminal", "courthouse", "prison",
                             "junction", "roundabout", "racecourse", "speedway", "raceway", "cemetery",
                             "marina", "pier", "tunnel"})
# Words of direction before a country's or a region's name ("North India",
# "South Lebanon"): a part of that place.
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeast", "northwest", "southeast", "southwest", "upper", "lower"})
# Last words of a body's name that a site's never ends with ("... Charity").
_NAMED_BODY_ENDS = frozenset({"charity", "foundation", "association", "society", "federation", "orchestra",
                              "choir", "league", "fund", "trust"})


def _person_reads_as_body(ent: Span, name: str) -> bool:
    """A name the recogniser took for a person that the text shows is a
    body's: it ends in a word no person's name ends with ("Manila
    Bulletin"), it is written in capitals ("ALDI"; an initialism is no
    person's name), it is set beside a kind of body ("Tarnvik Marine, a
    firm", "supergroup Velvet Anchor", "store chains Pellix and Orvik"),
    or it is the subject of a verb whose clause speaks of "its" ("X said
    in its report")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in _BODY_NAME_ENDS:
        return True
    if len(words) == 1 and len(name) >= 3 and name.isalpha() and name.isupper():
        return True
    root = ent.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":  # "chains X and Y": Y as X
        root = root.head
    if (_described_as_body(ent) if len(words) == 1 else _apposed_kind_of_body(ent)) \
            or root.i != ent.root.i and _described_as_body(_entity_of(root) or ent) \
            or (root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in ORG_NOUNS
                and not _role_for_body(root.head) and not role_apposed(ent) and not _person_of_a_trade(root.head, words)
                # ("centre back X", "centre forward Y": a player's position, no body)
                and not any(c.dep_ in ("advmod", "prt") and c.i == root.head.i + 1 for c in root.head.children)):
        return True
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        verb = root.head
        from .cues import DOCUMENT_NOUNS, MESSAGE_NOUNS

        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                # "said in its report", "wrote on its website" (not "posted a
                # photo of the army in its retreat")
                if noun.lemma_.lower() in MESSAGE_NOUNS | DOCUMENT_NOUNS | {"website", "account", "behalf"} \
                        and any(g.lower_ == "its" and g.dep_ == "poss" for g in noun.children):
                    return True
    return False


# Nouns of a trade a person or a body may ply ("its operator X", "the
# producer X"): beside a full name the recogniser took for a person's, a person.
_TRADES = frozenset({"operator", "producer", "publisher", "maker", "developer", "supplier", "broker"})


def _person_of_a_trade(noun, words: list[str]) -> bool:
    """"the site's alleged operator Jong Woo Sun": a full name the
    recogniser took for a person's, set beside a noun of a trade that a
    person or a body may ply, is the person who plies it (a body's name
    ending in a body's word is caught before)."""
    return noun.lemma_.lower() in _TRADES and len(words) > 1


# Verbs of publishing: a one-word name that publishes is an outlet's.
_PUBLISHING_VERBS = frozenset({"report", "publish", "broadcast", "air"})


def _single_name_of_a_body(ent: Span) -> bool:
    """A one-word name no person bears: written after "the" ("the
    Houthis", a group), or the subject of a verb of publishing ("Rudaw
    reports"), when no person of that surname is named."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in TERMS_OF_A_LEADER:
        return False  # "the Vale administration": "the" is the term's; Vale is its leader
    if ent[0].lower_ == "the" or (before is not None and before.lower_ == "the" and before.dep_ == "det"):
        return True
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _PUBLISHING_VERBS


def _role_for_body(noun) -> bool:
    """"a spokesman for the refugee agency, Jane Roe": the body noun is the
    object of a person's role, so the name apposed to it is that person."""
    from .cues import PERSON_NOUNS

    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and prep.head.lower_ in PERSON_NOUNS


def _apposed_kind_of_body(ent: Span) -> bool:
    """A full name set beside "a <kind of body>" ("X Marine, a firm
    that ..."): stricter than for one word, since a person's apposition
    can hold a body's noun ("X, Y's chief of staff")."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_NOUNS
               and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
               for c in ent.root.children)


def _entity_of(tok) -> Span | None:
    """The recogniser's entity that holds ``tok``."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


_NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
_RESULT_VERBS = r"(?:defeated|defeats|beat|beats|thrashed|edged(?: out)?|knocked off|lost to|loses to|drew with|draws with)"
_TEAM_PATTERNS = (
    re.compile(_NAME + r" " + _RESULT_VERBS + r"\b"),  # "Dunmore beat ..."
    re.compile(r"\b(?:" + _RESULT_VERBS + r"|(?:win|victory|defeat|loss) (?:over|to|against)) " + _NAME),
    re.compile(_NAME + r" \d{1,3} ?[–-] ?\d{1,3}\b(?![–-]?\d)"),  # "Kelby 43-5"
)


_SCORE = re.compile(r"\d{1,3}[\u2013-]\d{1,3}")


def _team_names(text: str) -> set[str]:
    """Names the text uses as sides in a game: the subject or object of a
    result ("X defeated Y", "a win over Y") or a name with a score after
    it ("Y 43-5"). A town's name there is its club's."""
    return {m.group(1) for p in _TEAM_PATTERNS for m in p.finditer(text)}


def _person_after_role(text: str, start: int, end: int) -> int:
    """Start of a person's name that closes a body-typed entity after a
    role word ("Presidential Spokesperson Jane Roe", "Deputy Minister
    Tom Baker"): two or three capitalised words after the last role word,
    none a body's word; else ``start``."""
    from .cues import PERSON_NOUNS

    words = text[start:end].split(" ")
    roles = [k for k, w in enumerate(words) if w.lower().rstrip(".") in PERSON_NOUNS | _TITLES]
    if not roles:
        return start
    rest = words[roles[-1] + 1:]
    body_words = ORG_NOUNS | ORG_NAME_WORDS | _BODY_HEADS | _BODY_NAME_ENDS
    if not 2 <= len(rest) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest) \
            or any(w.lower() in body_words for w in rest):
        return start
    return start + sum(len(w) + 1 for w in words[:roles[-1] + 1])


def _without_leading_title(text: str, start: int, end: int) -> int:
    """Start of a person's name without a role or title the recogniser took
    in ("Commissioner Jane Roe" -> "Jane Roe"), when a name of two words remains."""
    from .cues import PERSON_NOUNS

    def title(word: str) -> bool:
        word = word.lower().rstrip(".")
        # ("Senators Jane Roe of X, ...": a plural title before the first of several names)
        return word in PERSON_NOUNS or word in _TITLES or word[-1:] == "s" and word[:-1] in PERSON_NOUNS

    words = text[start:end].split(" ")
    while len(words) > 2 and (title(words[0]) or (len(words) > 3 and words[0].isupper() and title(words[1]))):
        # ("EU Commissioner Jane Roe": a body's acronym before the title goes too)
        cut = 1 if title(words[0]) else 2
        start += sum(len(w) + 1 for w in words[:cut])
        words = words[cut:]
    return start


def _trimmed(ent: Span) -> tuple[int, int]:
    """Character range without a leading determiner or a trailing possessive."""
    tokens = list(ent)
    while tokens and tokens[0].text in _DETERMINERS:
        tokens.pop(0)
    while len(tokens) > 1 and _SCORE.fullmatch(tokens[-1].text):
        tokens.pop()  # "Redcliffe 43-5": a side and its score
    while tokens and (tokens[-1].text in {"'s", "\u2019s", "'", "\u2019"} or tokens[-1].is_punct):
        if tokens[-1].is_quote and any(t.is_quote for t in tokens[:-1]):
            break  # 'Command "Dnipro"' keeps its closing quote
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# A regnal number or a generational suffix after a person's name.
_REGNAL = re.compile(r"\s+(?:[IVX]{1,5}|Jr\.?|Sr\.?)$")


def _full_name(word: str, ent: Span, persons: list[tuple[Span, str]]) -> str | None:
    """The full name in the document whose surname (or first name) is
    ``word``: same folded spelling, else a close one with the same initial;
    the first named before it, else the nearest later one. A two-word short
    form is a longer name's last two words ("Van Aken", "Al Dahri")."""
    key = fold(word)
    if not key:
        return None
    size = len(key.split())
    def matches(full: str) -> bool:
        base = _REGNAL.sub("", full)
        if base != full and fold(base) == key:
            return True  # "John Paul" for "John Paul II", "Luther King" for "Martin Luther King Jr."
        parts = fold(full).split()
        if len(parts) <= size:
            return False
        last = " ".join(parts[-size:])
        if last == key:
            return True
        return bool(last) and last[0] == key[0] and fuzz.ratio(last, key) >= _SURNAME_SIMILARITY
    before = [name for span, name in persons if span.start < ent.start and matches(name)]
    if before:
        # of several people of that surname, the one named most often, then
        # the one introduced first: news names a relative or namesake in full
        # once and the principal by surname ("Marek Dorn ... his
        # parents, Pavel Dorn and Ilse Dorn ... Dorn expressed intent")
        counts = Counter(before)
        return max(dict.fromkeys(before), key=lambda name: counts[name])
    after = [name for span, name in persons if span.start > ent.start and matches(name)]
    if after:
        return after[0]
    if size > 1:
        return None
    firsts = {name for _, name in persons if fold(name).split()[0] == key}
    return firsts.pop() if len(firsts) == 1 else None


def _org_named_by_first_word(word: str, orgs: list[str], persons: list[tuple[Span, str]]) -> str | None:
    """A one-word "person" that is no part of any person's name but is the
    first word of one organisation the document names is that organisation
    ("Brenmoor" after "Brenmoor Bank")."""
    key = fold(word)
    if any(key in fold(name).split() for _, name in persons):
        return None
    longer = {o for o in orgs if len(o.split()) > 1 and fold(o).split()[0] == key}
    return longer.pop() if len(longer) == 1 else None


def _designated_short_form(name: str, orgs: list[str]) -> str:
    """"Kalder" where the document names "Kalder United", "Tarnvik"
    for "Tarnvik Inc.": the one longer organisation name that adds only
    company or club designators."""
    key = fold(name)
    longer = {o for o in orgs if fold(o).startswith(key + " ")
              and all(w in _DESIGNATOR_KEYS for w in fold(o)[len(key) + 1:].split())}
    return longer.pop() if len(longer) == 1 else name


def _initialisms(orgs: list[str], known: dict[str, str]) -> dict[str, str]:
    """"RSF" where the document names the "Rapid Support Forces": an
    acronym-shaped organisation name equal to the initials of one other
    organisation name in the document (with or without its small words)."""
    out: dict[str, str] = {}
    for name in set(orgs):
        if name in known or not _ACRONYM.match(name) or "." in name:
            continue
        letters = name.replace("-", "").replace("&", "").upper()
        full = {o for o in orgs if not _ACRONYM.match(o) and letters in _initials(o)}
        if len(full) == 1:
            out[name] = full.pop()
    return out


def _initials(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s\-/]+", name) if w and w[0].isalpha()]
    every = "".join(w[0] for w in words).upper()
    big = "".join(w[0] for w in words if w[0].isupper()).upper()
    return {every, big}


def _acronym_expansions(doc: Doc, text: str, raw) -> dict[str, str]:
    """"Security Service of Ukraine (SBU)" and "Ukraine's security service,
    the SBU" -> {"SBU": expansion}."""
    out: dict[str, str] = {}
    for ent, type_, start, end in raw:
        if type_ != "Organisation":
            continue
        after = doc[ent.end: ent.end + 4]
        words = [t.text for t in after]
        acronym = None
        expansion = surface(text[start:end])
        if len(words) >= 3 and words[0] == "(" and words[2] == ")" and (
                _ACRONYM.match(words[1]) or _short_form(words[1], expansion)):
            acronym = words[1]
        elif len(words) >= 3 and words[0] == "," and words[1] in _DETERMINERS and _ACRONYM.match(words[2]):
            acronym = words[2]
        if acronym and acronym != expansion and not _ACRONYM.match(expansion):
            out.setdefault(acronym, expansion)
    return out


def _short_form(word: str, expansion: str) -> bool:
    """A one-word short form written in capitals and small letters, which
    news gives in brackets after a body's full name ("the Norland Institute
    of Volcanology (Norivolc)"): it starts as the name starts and its letters
    come in the name's order (a syllable acronym), and it is shorter."""
    if not (word[:1].isupper() and word.isalpha() and 3 <= len(word) < len(expansion.replace(" ", ""))):
        return False
    letters = "".join(ch for ch in expansion.lower() if ch.isalpha())
    short = word.lower()
    if short[0] != letters[:1] or len(expansion.split()) < 2:
        return False
    pos = 0
    for ch in short:
        pos = letters.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


_POSTNOMINALS = POSTNOMINALS


def _without_postnominals(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".").strip(",") in _POSTNOMINALS:
        words.pop()
    return " ".join(words).rstrip(",")


def _first_words_of_org(name: str, orgs: list[str]) -> str:
    """The one longer organisation name of the document that starts with
    these words ("Acme" or "Social Liberal" after "Acme Energy" or the
    "Social Liberal Union"): news shortens names so; else the name."""
    key = fold(name)
    found = {o for o in orgs if fold(o) != key and fold(o).startswith(key + " ")}
    return found.pop() if len(found) == 1 else name


def _longer_org(name: str, earlier: list[str], later: list[str] = ()) -> str:
    """A multi-word organisation name that ends a longer one (same words,
    "Ministry of X" read as "X Ministry") is that one: the nearest earlier,
    else the only later one ("Health ministry" in a headline before
    "Kenya's Ministry of Health")."""
    key = fold(org_name_key(name))
    if len(key.split()) < 2:
        return name
    def ends(other: str) -> bool:
        other_key = fold(org_name_key(other))
        return other_key != key and other_key.endswith(" " + key)
    for other in reversed(earlier):
        if ends(other):
            return other
    found = {o for o in later if ends(o)}
    return found.pop() if len(found) == 1 else name


def _main_country(doc: Doc, text: str, raw, gazetteer: Gazetteer) -> str | None:
    """The country key most named in the document (countries, capitals,
    national institutions, demonyms), when it leads the next by a margin."""
    votes: Counter = Counter()
    for ent, type_, start, end in raw:
        entry = gazetteer.lookup(text[start:end], type_)
        key = gazetteer.country_key(entry) if entry is not None else None
        if key:
            votes[key] += 1
    for ent in doc.ents:
        if ent.label_ == "NORP":
            key = gazetteer.demonym_country(ent.text)
            if key:
                votes[key] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 1.5 * ranked[1][1]):
        return None
    return ranked[0][0]


def _national(name: str, country: str | None, gazetteer: Gazetteer) -> str:
    """"Defense Forces" -> the main country's armed forces' name."""
    role = gazetteer.generic_roles.get(fold(name)) if country and name[:1].isupper() else None
    if role is None:
        return name
    entry = gazetteer.get(f"organisation/{country}-{role}")
    return entry.name if entry is not None else name


def _bare_name_is_no_city(name: str, gazetteer: Gazetteer) -> bool:
    """The gazetteer gives ``name`` alone to a region (news use), yet a city
    of that name exists: only then does "the city of X" need renaming."""
    bare = gazetteer.place(name)
    return bare is not None and bare.kind != "city" and gazetteer.place(f"{name} city") is not None


def _used_as_city(ent: Span) -> bool:
    """"the city of X": the city, also where X's bare name means its region."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ == "city"


def _used_as_region(ent: Span) -> bool:
    """"X governor", "the region of X", "the X town of Y"."""
    doc = ent.doc
    if any(w in fold(ent.text).split() for w in ("region", "oblast", "province", "district")):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _REGION_HEADS:
        return True
    if nxt is not None and nxt.lower_ in _SETTLEMENTS and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "of":
        return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _REGION_OF:
        return True
    return False
