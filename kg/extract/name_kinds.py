"""A name's extent and type from its own shape and its context (rule 8 of
``kg.extract.consistency``), where the small model cuts a name or gives it
the wrong label.

Whole names (a name cut by the recogniser is joined again):
- two person spans side by side are one person's name ("Zaid El Amin" +
  "Ben Omar");
- one capitalised English word the model took for a body, right before
  another name, is the first word of that name ("Royal" + "Norland Navy");
- a body's name ending in its kind ("League", "Society") goes on over "for
  (the)" and the capitalised words after it ("the Norland League for the
  Defence of Animals");
- a possessive plural right before a capitalised word is inside a name
  ("Tanners' Hall");
- a name cut before the head of its compound, a body's kind, takes the head
  and an "of" phrase after it ("Norland Highway" + "Patrol", "Norland
  Department" + "of Justice").
A person's name and "of" a place, read as one name ("Jane Tarrow of
Kelby"), are the person and the place.
Types from shape: a web address is a site, a body ("Shopnews.com.au"); a
word with a capital inside ("QuickTube", "VexaX"; not "McKay", "DeLuca") is
a brand's, a body's; a place's demonym ("Londoner") or a "non-X" adjective
is no name.
Types from context, for every span of the same form:
- a place's words around a person or body name make it a place: a place
  noun after it ("X province", "the X area"), "a town in X", "the town of
  X", a compass bearing on either side ("X, south-west of Y"), or a
  locative preposition before it and a country after it ("in X, Norland");
- a lower-case noun of a person's role or kin before a two- or three-word
  name the model took for a body ("officers Pierre Valois", "record producer
  Terry Vance", "her son, Tom Reed") makes it a person;
- an age makes a name a person's ("the 24-year-old Gambill", "Arnaud
  Clement, 24,": ``aged_persons``).
Not names: a place found only as another spelling of a town that the text
never locates ("Tommy" as the town "Tomi"); editorial brackets ("[I]t"), a one-letter person ("Mr. A"), a word
of a sentence written in capitals ("BY A LOT").
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from anyascii import anyascii

from kg.resolve import Gazetteer, fold

from .cues import ALL_CUE_VERBS, ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUNS
from .name_words import KIN

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|info|tv)(?:\.[a-z]{2})?$", re.I)
# A capital inside a word: a brand ("QuickTube"), unless a name's prefix
# ("McKay", "MacLeod", "DeLuca", "LaGuardia", "O'Neil") explains it.
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "Al", "El", "Abu", "Ibn")
# Nouns after a name that make it a place's ("X province", "the X area").
PLACE_NOUNS = frozenset({"province", "provincial", "region", "district", "county", "area", "municipality",
                         "island", "islands", "peninsula", "valley", "town", "village", "city"})
# Nouns of a place that "in X" locates ("a town in X", "a base in X").
_LOCATED_NOUNS = frozenset({"town", "village", "city", "base", "river", "port", "province", "region", "district",
                            "island", "camp", "settlement", "mountain", "lake", "coast", "area", "county"})
_LOCATIVE = frozenset({"in", "at", "from", "near"})
# Plural nouns of places before a list ("towns including X and Y").
_PLACE_CLASSES = frozenset({"towns", "cities", "villages", "provinces", "regions", "districts", "countries",
                            "states", "islands", "municipalities", "counties", "areas"})
# Kin and kinds of person before a name ("her son, X", "officers X and Y").
KIN_NOUNS = frozenset({"son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
                       "partner", "widow", "widower", "grandson", "granddaughter", "uncle", "aunt", "cousin"})
PERSON_KINDS = (PERSON_NOUNS | KIN_NOUNS | KIN | {
    "singer", "actor", "actress", "musician", "drummer", "player", "producer", "writer", "author", "artist",
    "officers", "candidate", "activist", "campaigner", "dissident", "novelist", "poet", "reporter", "host",
    "anchor", "athlete", "footballer", "driver", "pilot", "student", "resident", "citizen", "politician",
    "businessman", "businesswoman", "entrepreneur", "billionaire", "philanthropist", "whistleblower",
    "suspect", "defendant", "veteran", "soldier", "victim", "survivor", "witness", "eyewitness", "motorist",
    "passenger", "protester", "demonstrator", "commuter", "tourist", "bystander", "spectator", "shopper",
    "pilgrim", "patient", "teacher", "farmer", "fisherman", "villager", "neighbour", "neighbor"}) - ORG_NOUNS
# Words that end a body's name and take "for (the) ..." after them.
_BODY_KINDS = frozenset({"league", "society", "association", "committee", "foundation", "institute", "centre",
                         "center", "council", "union", "federation", "campaign", "alliance", "coalition", "fund",
                         "office", "commission", "agency", "organisation", "organization", "movement"})
# Courts named for their circuit or district ("the Court of Appeals for the
# Ninth Circuit", "the District Court for the Eastern District of X").
_COURTS = frozenset({"Court", "Appeals"})
# Head words of a body's name (with ``ORG_NOUNS``): a name cut before one
# of them is joined to it ("Norland Highway" + "Patrol").
BODY_HEADS = _BODY_KINDS | ORG_NOUNS | frozenset({"patrol", "guard", "guards", "corps", "brigade", "squad"})
_TITLE_LINKS = frozenset({"of", "and", "the", "for", "&"})
_STREET_WORDS = frozenset({"street", "road", "avenue", "lane", "boulevard", "drive", "highway"})
# Towns this large are named as places without more evidence (as in
# ``kg.extract.consistency``).
_BIG_TOWN = 100_000
# The Solar System's bodies (IAU): no place of ours ("from Earth", "cooler
# than the Sun"), unless written as an outlet's name ("The Sun reported").
SOLAR_SYSTEM = frozenset({"earth", "sun", "moon", "mercury", "venus", "mars", "jupiter", "saturn", "uranus",
                          "neptune", "pluto"})
# Kinds of heavenly body: the name after one is no place ("the constellation X").
SKY_KINDS = frozenset({"constellation", "planet", "exoplanet", "asteroid", "comet", "galaxy", "nebula"})
# Last words of the names of landforms and natural features (GeoNames
# feature classes H and T: "the Norvale Fault", "the Tamsin Range"): the
# name is a place's, not a person's or a body's.
LANDFORM_ENDS = frozenset({"fault", "mountain", "mountains", "range", "ridge", "river", "lake", "sea", "ocean",
                           "bay", "gulf", "strait", "desert", "peninsula", "valley", "canyon", "glacier",
                           "volcano", "plateau", "plain", "plains", "basin", "trench", "falls", "delta",
                           "creek", "island", "islands", "reef", "gorge", "lagoon", "cove"})
# First words of such names ("Mt Kembla", "Lake Tarvo", "Cape Norvel").
LANDFORM_STARTS = frozenset({"mt", "mt.", "mount", "lake", "cape", "isle"})
# Compass bearings, whole or in parts ("north", "south-west", "northeast").
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})
# Nouns of a settlement that a copula or an apposition gives a name ("the
# nearest town is X", "X is a small village", "X, a mining town").
_SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "settlement", "hamlet", "township", "suburb", "capital"})
# Place nouns whose "of" names the place ("the island of X", "the towns of X and Y").
_OF_PLACE_NOUNS = _SETTLEMENT_NOUNS | frozenset({"island", "atoll", "province", "region", "district", "county",
                                                 "municipality", "towns", "villages", "cities", "islands",
                                                 "provinces", "regions", "districts", "counties"})
# Words of a body's name that no person's name holds ("Family Rights
# Coalition Norland").
_NEVER_IN_PERSON_NAMES = frozenset({"coalition", "alliance", "association", "federation", "league", "society",
                                    "foundation", "committee", "council", "movement", "union", "institute",
                                    "network", "campaign", "party", "ministry", "agency", "commission"})
_DETERMINER_WORDS = frozenset({"a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
# Nouns of a facility whose name is written with them ("the Tarvish oil
# field", "the Kestrel Road ground").
_FACILITY_NOUNS = frozenset({"field", "oilfield", "gasfield", "ground"})
# Buildings and grounds that a body's name may also stand for ("the Embassy
# said"), a place where one goes to or stays at; and the prepositions of that.
_VISITED_SITES = frozenset({"embassy", "consulate", "palace", "park", "temple", "church", "cathedral", "mosque",
                            "hall", "capitol", "stadium", "arena", "circuit"})
_GONE_TO = frozenset({"to", "at", "in", "into", "inside", "outside", "near", "towards", "toward"})
# Verbs whose "to" addresses a body, not a place one goes to ("wrote to the X Embassy").
_ADDRESSING_VERBS = frozenset({"write", "appeal", "complain", "apply", "report", "submit", "petition", "send",
                               "deliver", "hand", "speak", "talk", "turn", "reply", "respond", "object", "protest"})
# Diplomatic missions: bodies that speak, though the recogniser often types them buildings.
_MISSIONS = frozenset({"embassy", "consulate", "mission"})
# Prepositions before a house number ("at 12 Harbour Street").
_ADDRESS_PREPS = frozenset({"at", "to", "from", "on"})
# Church titles (with ``PERSON_NOUNS``) before "of" and a see's name.
_CHURCH_TITLES = frozenset({"archbishop", "bishop", "cardinal", "patriarch", "metropolitan", "archdeacon", "dean",
                            "rector", "abbot", "rabbi", "imam", "mufti"})
# Role words that are towns' names too ("Vice President X").
_ROLE_WORDS = frozenset({"vice", "deputy", "general", "acting", "chief", "senior", "prime"})


def role_apposed(span: Span) -> bool:
    """"Jane Roe, the Norland prime minister,", "X, an air industry
    expert", "X, his wife": a comma after the name, then a few determiners,
    possessives, adjectives and modifying nouns before a noun of what only a
    person is (a role, a trade, kin), the person the name is."""
    doc, i, root = span.doc, span.end, span.root
    if i >= len(doc) or doc[i].text != ",":
        return False
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "at", "from", "for", "with") \
            and (root.head.head.pos_ == "PROPN" or root.head.head.lower_ in PERSON_NOUNS):
        return False  # "Dr X of Y College, a researcher": the role is X's
    i += 1
    while i < len(doc) and i - span.end <= 5 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].tag_ == "PRP$"
                                                   or doc[i].pos_ == "NOUN" and doc[i].dep_ in ("compound", "amod")):
        i += 1
    # (not a title before the next name: "At X University, Norland president Y said")
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].lower_ in PERSON_KINDS and doc[i].dep_ != "compound"


def whole_names(doc: Doc, spans: list[Span], words: frozenset[str], gazetteer: Gazetteer | None = None) -> list[Span]:
    """Names the recogniser cut, joined again (see the module docstring)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and _adjacent(span, nxt) and span.label_ in _NAME_LABELS and nxt.label_ in _NAME_LABELS:
            joined = gazetteer.place(doc[span.start:nxt.end].text) if gazetteer is not None else None
            if joined is not None and fold(joined.name) == fold(doc[span.start:nxt.end].text):
                out.append(Span(doc, span.start, nxt.end, label="GPE"))  # "Sultan" + "Kudarat": one town
                i += 2
                continue
            if span.label_ == nxt.label_ == "PERSON" or _person_of_two_places(span, nxt, gazetteer):
                out.append(Span(doc, span.start, nxt.end, label="PERSON"))
                i += 2
                continue
            word = span[-1]
            if (span.label_ == "ORG" and nxt.label_ != "PERSON" and not span.id_ and word.is_title
                    and word.lower_ in words and (len(span) == 1 or len(span) == 2 and span[0].lower_ == "the")
                    and not (gazetteer is not None and gazetteer.is_demonym(word.text))):  # "British" + a ministry
                out.append(Span(doc, span.start, nxt.end, label="ORG"))
                i += 2
                continue
        if nxt is not None and span.label_ == "ORG" and nxt.label_ in _PLACE_LABELS and len(span) >= 3 \
                and span[-2].lower_ == "of" and nxt.start == span.end + 1 \
                and doc[span.end].lower_ == "and" and gazetteer is not None \
                and gazetteer.place(span[-1].text) is not None and gazetteer.place(nxt.text) is not None:
            out.append(Span(doc, span.start, nxt.end, label="ORG"))  # "the High Court of X and Y": one court
            i += 2
            continue
        if nxt is not None and _state_university_campus(doc, span, nxt, gazetteer):
            out.append(Span(doc, span.start, nxt.end, label="ORG"))  # "the University of Tennessee, Knoxville"
            i += 2
            continue
        if nxt is not None and span.label_ == "ORG" and nxt.start == span.end and span[-1].lower_ in ("the", "of") \
                and nxt.label_ in _NAME_LABELS:
            out.append(Span(doc, span.start, nxt.end, label="ORG"))  # "[the X Conference of the] [Philippines]"
            i += 2
            continue
        if nxt is not None and _joined_by_and(doc, span, nxt, spans, gazetteer):
            out.append(Span(doc, span.start, nxt.end, label="ORG"))  # "[X Fire] and [Rescue Service]": one body
            i += 2
            continue
        joined = _and_words_around(doc, span, nxt, out, spans, gazetteer)
        if joined is not None:  # "[Kelby Paint] and Timber Centre", "Senate Budget and [Reform Committee]"
            out.append(joined)
            i += 1
            continue
        grown = _grown(doc, span, nxt, words, gazetteer)
        if grown is not None and grown.label_ == "ORG" and grown[-1].text in _COURTS:
            grown = Span(doc, grown.start, _for_the(doc, grown.end), label="ORG")  # "... Court" + "for the X District"
        if grown is not None:
            while i + 1 < len(spans) and spans[i + 1].start < grown.end:
                i += 1
            out.append(grown)
            i += 1
            continue
        if span.label_ == "ORG" and (span[-1].lower_ in _BODY_KINDS or span[-1].text in _COURTS):
            end = _for_the(doc, span.end)
            if end > span.end:
                while i + 1 < len(spans) and spans[i + 1].start < end:
                    i += 1
                out.append(Span(doc, span.start, end, label="ORG"))
                i += 1
                continue
        split = _title_of_body_name(doc, span, gazetteer, words)
        if split is not None:  # "Secretary General of the X League Jane Roe": the body, then the person
            out.extend(split)
            i += 1
            continue
        if (span.label_ in _NAME_LABELS and span.end + 1 < len(doc) and doc[span.end].text in ("'", "\u2019")
                and not doc[span.end - 1].whitespace_ and span[-1].text.endswith("s")
                and doc[span.end + 1].is_title and doc[span.end + 1].pos_ in ("PROPN", "NOUN")
                and not doc[span.end + 1].ent_type_):
            out.append(Span(doc, span.start, span.end + 2, label="FAC"))
            i += 1
            continue
        out.append(span)
        i += 1
    return out


def _state_university_campus(doc: Doc, span: Span, nxt: Span, gazetteer: Gazetteer | None) -> bool:
    """"the University of Tennessee, Knoxville", "University of California,
    Los Angeles": a state university's name, a comma and the campus town
    (no list: "the Universities of X, Y and Z" goes on with "and")."""
    if gazetteer is None or span.label_ != "ORG" or nxt.label_ not in _PLACE_LABELS or len(span) < 3 \
            or span[-2].lower_ != "of" or not any(t.lower_ == "university" for t in span[:-2]) \
            or span.end + 1 != nxt.start or doc[span.end].text != ",":
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "PROPN":
        return False  # "Jane Roe of the University of X, Y disagreed": the parser made Y the subject; kept apart
    state, town = gazetteer.place(span[-1].text), gazetteer.place(nxt.text)
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return getattr(state, "kind", "") == "state" and getattr(town, "kind", "") == "city" \
        and (after is None or after.lower_ not in ("and", "or"))


def _grown(doc: Doc, span: Span, nxt: Span | None, words: frozenset[str], gazetteer: Gazetteer | None) -> Span | None:
    """The longer name a span is the start of, else None: over a dash
    written without spaces ("Norland–Vexo Centre for Optics"); a place
    before a word that is neither English nor a place (the firm "Bristol
    Quantica"); a place before "Street" or "Road" (a street, no town);
    a person's span that starts with a body's word ("Coalition Norland"
    after "Marriage Equality"), with the capitalised words before it; a
    one-word place no gazetteer knows, with the capitalised words after it
    ("Punta" + "Alta")."""
    if span.label_ not in _NAME_LABELS:
        return None
    tail = _person_tail(doc, span, nxt, words, gazetteer)
    if tail > span.end:
        return Span(doc, span.start, tail, label="PERSON")
    if span.label_ == "PERSON" and span[0].lower_ in _BODY_KINDS | ORG_NAME_WORDS and len(span) <= 3:
        start = span.start
        while start > 0 and span.start - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start:
            start -= 1
        return Span(doc, start, span.end, label="ORG")
    head_end = _compound_head_end(doc, span, nxt)
    if head_end > span.end:
        if head_end + 1 < len(doc) and doc[head_end].text in ("\u2013", "-") and not doc[head_end - 1].whitespace_ \
                and not doc[head_end].whitespace_ and doc[head_end + 1].is_title:
            head_end = _title_run(doc, head_end + 1)  # "... League" + "-Nawaz": the name goes on over the dash
        return Span(doc, span.start, head_end, label="ORG")
    if span.end + 1 >= len(doc):
        return None
    after, after2 = doc[span.end], doc[span.end + 1]
    if after.text in ("\u2013", "-") and not doc[span.end - 1].whitespace_ and not after.whitespace_ \
            and after2.is_title and (nxt is None or nxt.start > span.end or nxt.label_ in _NAME_LABELS):
        end = _for_the(doc, _title_run(doc, span.end + 1))
        return Span(doc, span.start, end, label="ORG" if doc[end - 1].lower_ in _BODY_KINDS | ORG_NOUNS else span.label_)
    named = [t for t in span if t.lower_ != "the"]
    if span.label_ in ("GPE", "LOC") and len(named) == 1 and doc[span.end - 1].whitespace_ and after.is_title \
            and after.pos_ == "PROPN" and not after.is_sent_start and after.ent_type_ in ("", "GPE", "LOC") \
            and (nxt is None or nxt.start > span.end or nxt.label_ in ("GPE", "LOC")) \
            and gazetteer is not None and gazetteer.lookup(named[0].text) is None:
        # a word no gazetteer knows, cut from the place name it opens
        # ("Punta" + "Alta", "the East" + "Norland Sea", "Las" + "Palmas")
        end = span.end
        while end < len(doc) and end - span.end < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and doc[end].ent_type_ in ("", "GPE", "LOC") and not doc[end].is_sent_start:
            end += 1
        return Span(doc, span.start, end, label="LOC")
    if span.label_ in _PLACE_LABELS and doc[span.end - 1].whitespace_ and after.is_title and after.pos_ == "PROPN" \
            and (nxt is None or nxt.start > span.end) and words and not after.is_sent_start:
        if after.lower_ in _STREET_WORDS:
            return Span(doc, span.start, span.end + 1, label="FAC")
        if after.lower_ not in words and gazetteer is not None and gazetteer.lookup(after.text) is None \
                and after.is_alpha and not after.text.isupper() and not (after2.is_title and after2.pos_ == "PROPN") \
                and _BIG_TOWN <= getattr(gazetteer.place(span.text), "population", 0) < 10_000_000:
            return Span(doc, span.start, span.end + 1, label="ORG")
    return None


def _person_tail(doc: Doc, span: Span, nxt: Span | None, words: frozenset[str], gazetteer: Gazetteer | None) -> int:
    """End of a person's name the recogniser cut short, else the span's end:
    up to two capitalised words after it that no entity took and that are
    no English words nor known places or bodies ("Idris Kamal" +
    "Yusuf Darro said"), or a
    hyphenated given name ("Park" + "Ji-hoon")."""
    if span.label_ != "PERSON" or not words or len(span) > 3:
        return span.end
    end = span.end
    if end + 2 < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end + 1].text == "-" \
            and doc[end + 2].is_lower and doc[end + 2].is_alpha and doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 3
    else:
        while end < len(doc) and end - span.end < 2 and doc[end].is_title and doc[end].is_alpha \
                and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end - 1].whitespace_ \
                and doc[end].lower_ not in words and not doc[end].is_sent_start \
                and (gazetteer is None or gazetteer.lookup(doc[end].text) is None):
            end += 1
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end - 1].whitespace_:
            return span.end  # a longer run of capitalised words: no telling where the name ends
    if nxt is not None and nxt.start < end:
        return span.end
    return end


def _compound_head_end(doc: Doc, span: Span, nxt: Span | None) -> int:
    """End of the body's name a span stops short of, else the span's end:
    the span's last word is a compound of capitalised words after it that
    end in a body's kind ("Norland Highway" + "Patrol", "Kestria Border" +
    "Force"), with an "of" phrase of capitalised words after the head
    ("... Department of Justice"); the parser reads the whole as one name,
    the recogniser cut it before its head."""
    end = span.end
    while (end < len(doc) and end - span.end < 3 and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end
           and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_
           and (nxt is None or nxt.start > end)):
        end += 1
    if end == span.end or doc[end - 1].lower_ not in BODY_HEADS:
        return span.end
    if end + 1 < len(doc) and doc[end].lower_ in _HEAD_LINKS and doc[end].head.i == end - 1 \
            and doc[end + 1].is_title and not _a_date(doc[end + 1]):
        end = _title_run(doc, end + 1)  # "Norland Department" + "of Justice"; "Commission" + "on Human Rights"
    return end


# Prepositions that carry a body's name on after its head word ("Department
# of Justice", "Commission on Human Rights", "Centre for Disease Control").
_HEAD_LINKS = frozenset({"of", "on", "for"})
_DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"})


def _a_date(tok: Token) -> bool:
    """A day's or month's name ("the Commission on Tuesday"), no part of a name."""
    return tok.lower_ in _DATE_WORDS or tok.ent_type_ in ("DATE", "TIME")


def _title_of_body_name(doc: Doc, span: Span, gazetteer: Gazetteer | None = None,
                        words: frozenset[str] = frozenset()) -> tuple[Span, ...] | None:
    """"Secretary General of the Alpine League Jane Roe said": after a
    role title and "of" (or "for": "Minister for Defence Jane Roe"), a body's name that runs on into a person's name
    (one span from the recogniser) is the body up to its kind word and the
    person after it; likewise a country's, state's or region's name ("First
    Minister of Norland Jane Roe"), and a portfolio of English words, which
    names no entity ("Minister of Information Jane Roe"). Only two or three
    capitalised words after the kind word, the place or the portfolio, none
    of them a body's word, make the person."""
    if span.label_ != "ORG" or span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for") \
            or doc[span.start - 2].lower_ not in PERSON_NOUNS | _ROLE_WORDS:
        return None
    kinds = [t.i for t in span[:-2] if t.lower_ in _BODY_KINDS | ORG_NOUNS and t.is_title]
    label, cut = "ORG", kinds[-1] + 1 if kinds else None
    if cut is None and gazetteer is not None:
        for k in (2, 1):
            entry = gazetteer.place(doc[span.start:span.start + k].text) if len(span) > k + 1 else None
            if entry is not None and entry.kind != "city":
                label, cut = "GPE", span.start + k
                break
    if cut is None and words:
        portfolio = 0
        while portfolio < len(span) - 2 and (span[portfolio].lower_ in words or span[portfolio].lower_ == "and"):
            portfolio += 1
        if portfolio and span[portfolio - 1].lower_ != "and" and span[-1].lower_ not in words:
            label, cut = "", span.start + portfolio
    if cut is None:
        return None
    tail = doc[cut:span.end]
    if not 2 <= len(tail) <= 3 or any(not t.is_title or not t.is_alpha or t.pos_ != "PROPN"
                                      or t.lower_ in _BODY_KINDS | ORG_NOUNS | ORG_NAME_WORDS for t in tail):
        return None
    person = Span(doc, cut, span.end, label="PERSON")
    return (Span(doc, span.start, cut, label=label), person) if label else (person,)


def _title_run(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and end - start < 6 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end


def _person_of_two_places(a: Span, b: Span, gazetteer: Gazetteer | None) -> bool:
    """"Nadia Holland said": a small town's one-word name and a place's
    name side by side, with no locative before them and no comma between,
    are a person's given name and surname."""
    if gazetteer is None or a.label_ not in _PLACE_LABELS or b.label_ not in _PLACE_LABELS or len(a) != 1 or len(b) > 2:
        return False
    before = a.doc[a.start - 1] if a.start else None
    if before is not None and (before.lower_ in _LOCATIVE | {"the", "to", "of", "into"} or before.pos_ == "ADP"):
        return False
    first = gazetteer.place(a.text)
    return first is None or first.kind == "city" and first.population < _BIG_TOWN


# Last words of a body's name that may join two words with "and" ("X Fire and
# Rescue Service", "the Y and Z Foundation", "A Research and Teaching Hospital").
_AND_NAME_ENDS = BODY_HEADS | frozenset({"hospital", "clinic", "school", "college", "museum", "trust", "society",
                                         "tribes", "rescue", "show", "company", "corporation", "bank"})


def _joined_by_and(doc: Doc, span: Span, nxt: Span, spans: list[Span], gazetteer: Gazetteer | None) -> bool:
    """"[United Bakers] and [Grocers Association]", "[Ann] and [Olaf
    Lind Foundation]": a name with no kind word of its own, "and"
    and a body's name are one name when the first part stands nowhere else in
    the text and names nothing the gazetteer knows (so "[Acme] and [Gates
    Foundation]" stay two where Acme is named again)."""
    if nxt.start != span.end + 1 or doc[span.end].lower_ not in ("and", "&") or span.label_ not in _NAME_LABELS \
            or nxt.label_ not in ("ORG", "FAC", "PERSON") or span.id_ or nxt[-1].lower_ not in _AND_NAME_ENDS \
            or not nxt[-1].is_title:
        return False
    return _first_part_only_here(doc, span, spans, gazetteer)


def _first_part_only_here(doc: Doc, part: Span, spans: list[Span], gazetteer: Gazetteer | None) -> bool:
    """The words before "and" in a name: no kind word of their own, no
    list before them, no gazetteer name, written nowhere else as a name."""
    if any(t.lower_ in _AND_NAME_ENDS or t.lower_ == "of" for t in part) \
            or (gazetteer is not None and gazetteer.lookup(part.text) is not None):
        return False  # "[University of X] and [Y University]": two whole names
    if part.start > 0 and doc[part.start - 1].text == ",":
        return False  # "X, Y and Z Foundation": a list
    form = fold(part.text)
    return sum(fold(s.text) == form or fold(s.text).startswith(form + " ") for s in spans) <= 1


def _and_words_around(doc: Doc, span: Span, nxt: Span | None, out: list[Span], spans: list[Span],
                      gazetteer: Gazetteer | None) -> Span | None:
    """A body's name the recogniser found half of, the other half
    capitalised words no name holds, "and" between them: "[Kelby Paint] and
    Timber Centre", "Senate Budget and [Reform Committee]"."""
    if span.label_ not in _NAME_LABELS or span.id_ or not (
            span.end < len(doc) and doc[span.end].lower_ in ("and", "&")
            or span.start > 0 and doc[span.start - 1].lower_ in ("and", "&")):
        return None
    taken = {k for s in spans for k in range(s.start, s.end)}

    def free(k: int) -> bool:
        return 0 <= k < len(doc) and k not in taken and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN")

    end = span.end + 1
    if span.end < len(doc) and doc[span.end].lower_ in ("and", "&") and free(end):
        while free(end) and end - span.end <= 3:
            end += 1
        if doc[end - 1].lower_ in _AND_NAME_ENDS and (nxt is None or nxt.start >= end) \
                and _first_part_only_here(doc, span, spans, gazetteer):
            return Span(doc, span.start, end, label="ORG")
    start = span.start - 1
    if span.label_ in ("ORG", "FAC") and span[-1].lower_ in _AND_NAME_ENDS and span[-1].is_title \
            and start > 0 and doc[start].lower_ in ("and", "&") and free(start - 1):
        first = start - 1
        while free(first - 1) and start - first < 3:
            first -= 1
        if (not out or out[-1].end <= first) and _first_part_only_here(doc, doc[first:start], spans, gazetteer):
            return Span(doc, first, span.end, label="ORG")
    return None


def _adjacent(a: Span, b: Span) -> bool:
    """``b`` starts right after ``a``, one space between."""
    return b.start == a.end and a.doc[a.end - 1].whitespace_ == " "


def _for_the(doc: Doc, end: int) -> int:
    """End of "for (the) <Capitalised words and links>" or "on <Capitalised
    words>" from ``end``, else ``end``."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "on") \
            or doc[end].lower_ == "on" and (not doc[end + 1].is_title or _a_date(doc[end + 1])):
        return end
    i, last = end + 1, end
    while i < len(doc) and i - end <= 8:
        tok = doc[i]
        if tok.is_title and tok.is_alpha:
            last = i + 1
        elif tok.lower_ not in _TITLE_LINKS:
            break
        i += 1
    return last if last > end + 1 and (doc[end + 1].lower_ == "the" or doc[end + 1].is_title) else end


def typed_names(doc: Doc, spans: list[Span], gazetteer: Gazetteer, words: frozenset[str] = frozenset()) -> list[Span]:
    """Spans retyped from shape and context, and non-names dropped (see the
    module docstring); a type found from context holds for every span of
    the same form."""
    spans = [part for span in spans for part in _person_of_place(span, words)]
    by_form: dict[str, str] = {}
    for span in spans:
        if span.label_ not in _NAME_LABELS or span.id_:
            continue
        label = _context_label(span, gazetteer)
        if label:
            by_form.setdefault(fold(span.text), label)
    out = []
    for span in spans:
        if span.label_ not in _NAME_LABELS:
            out.append(span)
            continue
        if _no_name(span, gazetteer) or _no_place(span, gazetteer) or _common_word(span, words):
            continue
        span = _body_or_place_after_title(span, gazetteer, words)
        if span is None:
            continue
        label = _shape_label(span, gazetteer)
        if label is None and not span.id_:
            label = by_form.get(fold(span.text))
        if label and label != span.label_:
            span = Span(doc, span.start, span.end, label=label)
        out.append(span)
    return _facilities(doc, _addresses(doc, _bodies_read_as_persons(doc, out)))


def _person_of_place(span: Span, words: frozenset[str]) -> list[Span]:
    """"Jane Tarrow of Kelby says": a span of two or three capitalised words,
    the first no English word ("Republic", "Gulf", "Duke" are), then
    "of" and a capitalised name, is a person and the place they are from,
    whatever place or person label the recogniser gave the whole (a body's
    name, "X House of Y", stays whole)."""
    doc = span.doc
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if span.id_ or span.label_ == "ORG" or not words or cut is None or not 2 <= cut - span.start <= 3 or cut + 1 >= span.end:
        return [span]
    head, tail = doc[span.start:cut], doc[cut + 1:span.end]
    if any(not t.is_title or not t.is_alpha or t.lower_ in BODY_HEADS | ORG_NAME_WORDS for t in head) \
            or _english(head[0].lower_, words) \
            or not all(t.is_title and t.is_alpha for t in tail) or len(tail) > 3:
        return [span]
    return [Span(doc, head.start, head.end, label="PERSON"), Span(doc, tail.start, tail.end, label="GPE")]


def _bodies_read_as_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """"of Family Rights Coalition Norland": a "person" with a body's word
    inside (no person's name holds "Coalition" or "League") is a body,
    and the capitalised words the recogniser left before it are its name's
    first words."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if span.label_ == "PERSON" and not span.id_ and len(span) >= 2 \
                and any(t.lower_ in _NEVER_IN_PERSON_NAMES and t.is_title for t in span):
            start = span.start
            while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and start - 1 not in taken \
                    and not doc[start - 1].is_sent_start \
                    and doc[start - 1].lower_ not in _TITLE_LINKS | _DETERMINER_WORDS:
                start -= 1
            span = Span(doc, start, span.end, label="ORG")
        out.append(span)
    return out


def _facilities(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Tarvish oil field", "their Kestrel Road ground": a name that
    a facility's noun heads (over at most one lower-case noun, "oil") is
    the facility's name with the noun, a place (FAC)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        end = span.end
        if span.label_ in _NAME_LABELS and end < len(doc) and not any(t.lower_ in ORG_NOUNS for t in span):
            nxt = end + (doc[end].lower_ not in _FACILITY_NOUNS and doc[end].text.islower()
                         and doc[end].pos_ == "NOUN" and end + 1 < len(doc))
            noun = doc[nxt]
            if noun.lower_ in _FACILITY_NOUNS and noun.text.islower() and noun.pos_ == "NOUN" \
                    and span.root.head.i == noun.i and noun.dep_ != "compound" \
                    and not taken.intersection(range(end, nxt + 1)):
                start = max([t.i + 1 for t in span if t.dep_ == "case"], default=span.start)  # not the owner's name
                span = Span(doc, start, nxt + 1, label="FAC")
        out.append(span)
    return out


def _addresses(doc: Doc, spans: list[Span]) -> list[Span]:
    """"at 36 Rue des Lilas", "to 12 Harbour Street": a house number before
    a name makes the two one address, a place (FAC), whatever the
    recogniser called the name; the number's own span goes."""
    out, numbers = [], set()
    for span in spans:
        if span.label_ in _NAME_LABELS and not span.id_ and span.start >= 2:
            number, prep = doc[span.start - 1], doc[span.start - 2]
            if number.is_digit and len(number.text) <= 3 and prep.lower_ in _ADDRESS_PREPS \
                    and not any(t.lower_ in ORG_NOUNS | _BODY_KINDS for t in span) \
                    and not (span.end < len(doc) and doc[span.end].tag_ == "NNS"):  # "at 5 Norland hospitals"
                numbers.add(number.i)
                span = Span(doc, span.start - 1, span.end, label="FAC")
        out.append(span)
    return [s for s in out if not (s.label_ not in _NAME_LABELS and numbers.intersection(range(s.start, s.end)))]


def _body_or_place_after_title(span: Span, gazetteer: Gazetteer, words: frozenset[str]) -> Span | None:
    """"the Archbishop of Tarrow", "Governor of the Norland Bank": a
    person's title is no body; the name after "of" is the place or body
    it is held in (the title itself goes)."""
    lead = int(span[0].lower_ == "the")
    if span.label_ != "ORG" or span.id_ or len(span) < 3 + lead or span[lead + 1].lower_ != "of" \
            or not span[lead].is_title or span[lead].lower_ not in PERSON_NOUNS | _CHURCH_TITLES:
        return span
    start = span.start + lead + 2
    start += span.doc[start].lower_ == "the"
    if start >= span.end or not span.doc[start].text[:1].isupper():
        return span
    rest = span.doc[start:span.end]
    if len(rest) == 1 and _english(rest[0].lower_, words):
        return span  # "Secretary of State": a title as a whole
    place = gazetteer.place(rest.text)
    return Span(span.doc, rest.start, rest.end, label="GPE" if place is not None else "ORG")


def _no_name(span: Span, gazetteer: Gazetteer) -> bool:
    text = span.text
    if "[" in text or "]" in text:
        return True  # "[I]t": an editor's bracket, no name
    if span.label_ == "PERSON" and len(text.rstrip(".")) == 1:
        return True  # "Mr. A"
    if span.label_ == "PERSON" and any(t.like_num or t.is_digit for t in span):
        return True  # "Magnitude 6.1": no person's name has a number
    if all(t.like_num or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text) for t in span if t.lower_ != "the"):
        return True  # "the 118th": an ordinal, no name
    if span.id_:
        return False
    if len(span) == 1 and text.isupper() and _in_capitals(span):
        return True  # "BY A LOT": a sentence written in capitals
    if span.label_ != "PERSON" and len(span) >= 2 and span[0].lower_ == "non" and span[1].text == "-":
        return True  # "non-Norlish": an adjective
    if len(span) <= 2 and _demonym(text, gazetteer):
        return True  # "Londoner", "Hong Kongers"
    return False


def _no_place(span: Span, gazetteer: Gazetteer) -> bool:
    """A place span (also one the gazetteer linked to a town) that names
    no place: the Solar System's bodies ("from Earth"), a heavenly body
    after its kind ("the constellation X"), a role word before a title-case
    word ("Vice President"), a word after "a"/"an" that is the head of its
    noun phrase ("to be a Latina"), a span without a capital letter."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ in _PLACE_LABELS and not any(c.isupper() for c in span.text):
        return True  # "the west coast" found as a town's alternate name
    if len(span) == 1 and span.text.lower() in SOLAR_SYSTEM and not (before is not None and before.text == "The"):
        return span.label_ in _PLACE_LABELS or before is not None and before.text == "the"
    if before is not None and before.lower_ in SKY_KINDS and before.text.islower():
        return True
    entry = gazetteer.place(span.text)
    if span.label_ not in _PLACE_LABELS or (entry is not None and (entry.kind != "city" or entry.population >= 1_000_000)):
        return False
    if len(span) == 1 and span[0].lower_ in _ROLE_WORDS and after is not None and after.is_title:
        return True
    if len(span) == 1 and len(span.text) > 3 and span.text.isupper() and span.label_ != "LOC":
        return True  # "the NORA programme": an acronym, no town written so
    if len(span) == 1 and before is not None and before.lower_ in ("a", "an") and before.dep_ == "det" \
            and span.root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return True
    return False


def _common_word(span: Span, words: frozenset[str]) -> bool:
    """A capitalised English word that names nothing: the first word of a
    quoted sentence ('"Levees can only hold so much"'), an adjective of
    kind after "a" ("a Methodist church"), words after a possessive
    pronoun ("their Easter Break")."""
    if span.id_ or not words:
        return False
    doc, first, root = span.doc, span[0], span.root
    before = doc[span.start - 1] if span.start else None
    english = all(_english(t.lower_, words) for t in span if t.is_alpha)
    if len(span) == 1 and english and first.pos_ in ("NOUN", "PROPN") and before is not None and before.is_quote \
            and (before.is_sent_start or first.is_sent_start or before.i == 0 or doc[before.i - 1].is_space
                 or doc[before.i - 1].pos_ in ("VERB", "PUNCT") and span.end < len(doc)
                 and doc[span.end].pos_ in ("AUX", "VERB") and doc[span.end].text.islower()):
        return True  # 'He said "Barriers can ...': a quoted sentence's first word
    if len(span) == 1 and first.text.isupper() and len(first.text) > 2 and english and _after_capitals(span):
        return True  # "I WON, BY A LOT!": a word of a sentence written in capitals
    if len(span) == 1 and first.pos_ == "ADJ" and first.dep_ == "amod" and before is not None \
            and before.lower_ in ("a", "an") and span.label_ != "PERSON":
        return True
    if english and before is not None and before.lower_ in ("my", "your", "his", "her", "its", "our", "their") \
            and root.dep_ not in ("compound", "nmod", "amod") and span.label_ != "PERSON" \
            and not any(t.lower_ in ORG_NOUNS | ORG_NAME_WORDS | _BODY_KINDS for t in span):
        return True
    return False


def _english(word: str, words: frozenset[str]) -> bool:
    """``word`` or its singular is an English word of the lemmatizer's list."""
    return word in words or word.endswith("s") and word[:-1] in words


def _in_capitals(span: Span) -> bool:
    """The words around ``span`` are in capitals too (two before or after)."""
    doc = span.doc
    around = [t for t in doc[max(0, span.start - 3): span.start] if t.is_alpha][-2:] \
        + [t for t in doc[span.end: span.end + 3] if t.is_alpha][:2]
    return len(around) >= 2 and all(t.text.isupper() and len(t) > 1 or t.text in ("A", "I") for t in around)


def _after_capitals(span: Span) -> bool:
    """The two words before ``span``, in its sentence, are in capitals too."""
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 4): span.start] if t.is_alpha][-2:]
    return len(before) == 2 and all(t.text.isupper() for t in before) \
        and not any(t.is_sent_start and t.i < before[0].i for t in doc[before[0].i: span.start])


def _demonym(text: str, gazetteer: Gazetteer) -> bool:
    """A place's name with a demonym's ending ("Londoner", "Hong Kongers")."""
    for suffix in ("ers", "er", "ites", "ite", "ians", "ian"):
        if text.endswith(suffix) and len(text) > len(suffix) + 3:
            place = gazetteer.place(text[: -len(suffix)])
            if place is not None and place.kind in ("city", "country", "state", "region"):
                return True
    return False


def _small_town(text: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.place(text)
    return entry is None or entry.kind == "city" and entry.population < _BIG_TOWN


def _shape_label(span: Span, gazetteer: Gazetteer) -> str | None:
    text = span.text
    if span.id_ and not (span.label_ in _PLACE_LABELS and _small_town(text, gazetteer)):
        return None
    if (len(span) == 1 and span.label_ in _PLACE_LABELS and span.start > 0 and span.doc[span.start - 1].text == "The"
            and not span.doc[span.start - 1].is_sent_start and _small_town(text, gazetteer)):
        return "ORG"  # "told The Atlantic": an outlet, not a town
    if len(span) <= 3 and _WEB_ADDRESS.match(text.replace(" ", "")):
        return "ORG"  # "Shopnews.com.au"
    if (len(span) == 1 and _INNER_CAPITAL.match(text) and not text.startswith(_NAME_PREFIXES)
            and span.label_ != "ORG" and gazetteer.lookup(text) is None):
        return "ORG"  # "QuickTube": a brand
    return None


# Last words of a place's name that are no one's surname ("Martin
# Roundabout", "Kelmo Atoll", "Jarvis Ranch", "Varenna Circuit", "Tarno Temple").
_PLACE_NAME_ENDS = frozenset({"atoll", "roundabout", "junction", "ranch", "reservation", "courthouse", "circuit",
                              "bazaar", "stadium", "airport", "plaza", "arena", "racecourse", "airbase", "motorway",
                              # houses of worship ("X Temple", "Y Monastery"; a church may be a body)
                              "temple", "monastery", "cathedral", "mosque", "shrine", "pagoda", "abbey", "basilica",
                              "synagogue"})
# Compass words that open a part of a country or state ("Northern Peru",
# "South Vorland", "Western Chile").
_PART_BEARINGS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower"})
# Words of a body's name that no person's name holds ("FC Tarnvik", "Air Vorland").
_BODY_NAME_WORDS = frozenset({"fc", "afc", "cf", "sc", "air"})


def _kind_from_words(span: Span, gazetteer: Gazetteer) -> str | None:
    """A name's kind from its own words, whatever the recogniser said: a
    place-kind last word ("Martin Roundabout"), a bearing before a country
    or state ("Northern Peru"), "X State" that the recogniser took for a
    person ("Dorvo State"), a club's or airline's word ("FC Tarnvik", "Air
    Vorland")."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return None
    last, first = words[-1].lower_, words[0].lower_
    if last in _PLACE_NAME_ENDS:
        return "FAC"
    if first in _PART_BEARINGS:
        rest = gazetteer.lookup(" ".join(t.text for t in words[1:]), "Place")
        if rest is not None and rest.kind in ("country", "state"):
            return "LOC"
    if span.label_ == "PERSON" and last == "state" and len(words) == 2 \
            and span.root.dep_ == "pobj" and span.root.head.lower_ in _LOCATIVE:
        return "GPE"  # "in Dorvo State" (a person's surname may be "State")
    if (first in _BODY_NAME_WORDS or last in ("fc", "afc")) and span.label_ != "ORG":
        return "ORG"
    return None


def _context_label(span: Span, gazetteer: Gazetteer) -> str | None:
    doc = span.doc
    root = span.root
    if span.label_ in ("PERSON", "ORG") and (kind := _kind_from_words(span, gazetteer)) is not None:
        return kind
    gone_to = root.dep_ == "pobj" and root.head.lower_ in _GONE_TO \
        and not (root.head.lower_ == "to" and root.head.head.lemma_.lower() in _ADDRESSING_VERBS)
    if span.label_ == "ORG" and span[-1].lower_ in _VISITED_SITES and gone_to:
        return "FAC"  # "fled to the X Embassy", "flags at the Y Palace": the building, where one goes
    if span.label_ == "FAC" and span[-1].lower_ in _MISSIONS and not gone_to:
        return "ORG"  # "wrote to the X Embassy", "the X Embassy said": the mission, a body
    if span.label_ in ("PERSON", "ORG"):
        if len(span) >= 2 and ((span[-1].lower_ in LANDFORM_ENDS and span[-1].is_title)
                               or (span[0].lower_ in LANDFORM_STARTS and span[0].text[:1].isupper()
                                   and span[1].text[:1].isupper())) \
                and not any(t.lower_ in ORG_NOUNS | ORG_NAME_WORDS | _BODY_KINDS for t in span) \
                and not (root.dep_ == "nsubj" and root.head.lemma_.lower() in ALL_CUE_VERBS):
            # (a landform says nothing: "Ricki Lake said" is a person)
            return "LOC"  # "the Norvale Fault", "the Tamsin Range", "Mt Kembla": a landform
        if _said_to_be_settlement(span):
            return "GPE"  # "the nearest town is X", "X is a village"
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.lower_ in PLACE_NOUNS and nxt.pos_ == "NOUN" and root.head.i == nxt.i \
                and not any(t.lower_ in ORG_NOUNS | ORG_NAME_WORDS for t in span):
            return "GPE"  # "X province", "the X area"
        if _beside_a_bearing(span):
            return "GPE"  # "X, south-west of Y", "50 km north of X"
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _OF_PLACE_NOUNS \
                and root.head.head.text.islower():
            return "GPE"  # "the town of X", "the island of X", "the towns of X and Y"
        if root.dep_ == "pobj" and root.head.lower_ in ("including", "as") \
                and _class_noun(root.head).lower_ in _PLACE_CLASSES:
            return "GPE"  # "two towns, including X"
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
            if root.head.head.lower_ in _LOCATED_NOUNS:
                return "GPE"  # "a town in X"
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if after is not None and doc[span.end].text == "," and after.ent_type_ in ("GPE",) \
                    and getattr(gazetteer.place(after.text), "kind", "") in ("country", "state"):
                return "GPE"  # "in X, Norland"
    if (span.label_ == "ORG" or span.label_ in _PLACE_LABELS and not span.id_ and gazetteer.lookup(span.text) is None) \
            and (2 <= len(span) <= 3 or len(span) == 1 and span.label_ == "ORG" and not span[0].is_upper) \
            and all(t.is_title and t.is_alpha for t in span) \
            and not any(t.lower_ in ORG_NOUNS | ORG_NAME_WORDS | PLACE_NOUNS | _LOCATED_NOUNS for t in span) \
            and _after_person_noun(span):
        # "officers X", "South African president X" (a place no gazetteer
        # knows), "agency spokesman X" (a one-word name)
        return "PERSON"
    if span.label_ == "FAC" and not span.id_ and 2 <= len(span) <= 3 \
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span) \
            and not any(t.lower_ in ORG_NOUNS | ORG_NAME_WORDS | LANDFORM_ENDS | _STREET_WORDS | _FACILITY_NOUNS
                        for t in span) \
            and gazetteer.lookup(span.text) is None and _apposed_role(span):
        return "PERSON"  # "Dominic Roe, chief executive of the palace, said": a person, no building
    return None


def _apposed_role(span: Span) -> bool:
    """A name set before ", (the) <role noun>" ("X, chief executive of Y,")."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if doc[i].lower_ in ("the", "a", "an"):
        i += 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and doc[i].lower_ not in PERSON_NOUNS:
        i += 1
    return i < len(doc) and doc[i].lower_ in PERSON_NOUNS


def _beside_a_bearing(span: Span) -> bool:
    """A name on either side of a compass bearing ("X, south-west of Y",
    "X just north of Y", "80 km east of X") is a place's: news locates a
    town by its bearing from a better-known one. The bearing is one or two
    compass words, joined by a hyphen or not."""
    doc = span.doc
    i = span.start - 1  # "... west of X"
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _COMPASS:
        return True
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    while i < len(doc) and doc[i].lower_ in ("just", "about", "some", "due"):
        i += 1
    j = i
    while j < len(doc) and (doc[j].lower_ in _COMPASS or doc[j].text == "-" and j > i):
        j += 1
    return j > i and j < len(doc) and doc[j].lower_ == "of" and doc[j - 1].lower_ in _COMPASS \
        and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()


def _said_to_be_settlement(span: Span) -> bool:
    """The name and a settlement's noun are the two sides of a copula
    ("the nearest town is X", "X is a small village") or in apposition
    ("X, a mining town")."""
    root = span.root
    head = root.head
    if root.dep_ == "attr" and head.lemma_ == "be":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SETTLEMENT_NOUNS for c in head.children)
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lower_ in _SETTLEMENT_NOUNS and c.text.islower() for c in head.children)
    if any(c.dep_ == "appos" and c.lower_ in _SETTLEMENT_NOUNS and c.text.islower()
           and any(d.lower_ in ("a", "an") for d in c.children) for c in root.children):
        return True
    return False


def _class_noun(prep):
    """The noun a list hangs on: "towns including X", "towns such as X"."""
    head = prep.head
    return head.head if head.lower_ == "such" else head


def _after_person_noun(span: Span) -> bool:
    """"officers X", "record producer X", "her son, X"."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.text.islower() and before.lemma_ in PERSON_KINDS | {"officer"}:
        return True
    if root.dep_ == "appos" and root.head.text.islower() and root.head.lemma_ in PERSON_KINDS:
        return True
    return False



# Prepositions that locate ("in X", "towards X") for a spelling variant.
_LOCATING = frozenset({"in", "at", "from", "near", "to", "into", "towards", "toward", "outside", "around",
                       "across", "through", "around", "between", "via", "of"})
# Verbs whose subject is a person's name rather than a town's.
PERSON_VERBS = frozenset({"say", "tell", "add", "explain", "insist", "admit", "smile", "laugh", "win", "lose",
                          "play", "marry", "die", "score"})
# A town this large is known by its variants without more evidence.
_KNOWN_CITY = 500_000


def unsupported_variants(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Place spans in a person's slot ("with X", "X said") that the
    gazetteer finds only as another spelling of a town ("Benny" folds as
    the town "Beni"), where no span of that town in the
    document is written as the gazetteer spells it or located ("in X", "the
    town of X", "X, Norland", "X province"), are no names: transliteration joins the spellings of a
    place the text places, it does not make a place of a given name or an
    unknown word. A spelling the gazetteer holds as written stays."""
    variants: dict[str, list[Span]] = defaultdict(list)
    located: set[str] = set()
    surnames = {fold(s[-1].text) for s in spans if s.label_ == "PERSON" and len(s) > 1}
    for span in spans:
        if span.label_ not in _PLACE_LABELS:
            continue
        entry = gazetteer.place(span.text)
        if entry is None or entry.kind != "city" or entry.population >= _KNOWN_CITY:
            continue
        if _as_written(span.text) in {_as_written(n) for n in (entry.name, *entry.aliases)} or _located(span):
            located.add(entry.id)  # the place as the gazetteer spells it, or placed by the text
        elif _persons_slot(span) and fold(span.text) not in surnames:  # "Roe said" after "Jane Roe"
            variants[entry.id].append(span)
    dropped = {id(s) for key, group in variants.items() if key not in located for s in group}
    return [s for s in spans if id(s) not in dropped]


def _persons_slot(span: Span) -> bool:
    """The name stands where a person does: "with X", "by X", "X and Jane
    Roe", or the subject of a verb of saying."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "by", "for"):
        return True
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in PERSON_VERBS:
        return True
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" for t in linked)


def _as_written(name: str) -> str:
    return " ".join(anyascii(name).lower().replace("-", " ").split())


def _located(span: Span) -> bool:
    doc, root = span.doc, span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATING - {"of"}:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _LOCATED_NOUNS | _PLACE_CLASSES:
        return True  # "the town of X", "the villages of X and Y"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in PLACE_NOUNS:
        return True
    return after is not None and after.text == "," and span.end + 1 < len(doc) \
        and doc[span.end + 1].ent_type_ == "GPE" and doc[span.end + 1].text[:1].isupper()


def aged_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name given an age is a person's, whatever the model made of it:
    "the 24-year-old Gambill", "Arnaud Clement, 24," (no place or body
    has an age; a linked place keeps its link)."""
    out = list(spans)
    for tok in doc[2:]:
        if not (tok.lower_ == "old" and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("year", "years")):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and _name_word(doc[end]):
            end += 1
        if end > tok.i + 1:
            out = _as_person(doc, out, tok.i + 1, end)
    for span in spans:
        end = span.end
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 1].text.isdigit() \
                and 0 < int(doc[end + 1].text) < 111 and doc[end + 2].text in (",", ")", "(", "."):
            out = _as_person(doc, out, span.start, end)
    return sorted(out, key=lambda s: s.start)


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ == "PROPN"


def _as_person(doc: Doc, spans: list[Span], start: int, end: int) -> list[Span]:
    overlapping = [s for s in spans if s.start < end and start < s.end]
    if any(s.label_ == "PERSON" or s.id_ or s.label_ not in _NAME_LABELS for s in overlapping):
        return spans
    return [s for s in spans if s not in overlapping] + [Span(doc, start, end, label="PERSON")]
