"""Capitalised names that name no person, body or place: things, works,
diseases, events - and capitalised words that name nothing at all.

The small model labels many such names PERSON, ORG or GPE ("the Velmont
space telescope", "a Quarkscript interpreter", "KOVID-22"). The kinds follow
the OntoNotes 5.0 entity guidelines, whose PRODUCT (vehicles, software,
standards), WORK_OF_ART (titles of books, songs, films, shows), EVENT and LAW
are no entities of ours, and the BBN types' DISEASE. ``non_entity_spans`` is
rule 7 of ``kg.extract.consistency``; it relabels spans (PRODUCT, WORK_OF_ART)
or drops them, for a form as a whole: a name that the text uses as a thing
and never as an agent.

Evidence that a name names a thing (each a construction, never a name):
- it takes a demonstrative ("this X");
- its last word says it is a thing ("the Orbital Shuttle", "the Clean Rivers
  Act"), or its head before a complement ("the Convention on X", "the Y Prize
  in Physics"), or its first word that it is a ship ("MV Sea Lark") or a
  military operation ("Operation Z");
- it is made ("the firm that makes X") or written in ("a script written in X");
- it modifies a head noun of a thing's kind ("the X space telescope", "the X
  protocol", "a X 9 rocket") or is said to be one ("X is free software");
- it stands after a class noun of things ("events such as X");
- its shape is a model's or a disease's code: letters, a hyphen and a number
  ("KOVID-22"); it is a flight ("X Air Flight 61") or a time zone ("Central
  European Time"); it is a genus and a species' epithet ("Quercus
  rubra");
- it is an acronym the text spells out in lower-case words ("TPM (trusted
  platform module)": a common noun's acronym);
- it is a title written after a noun of a work ("the comedy Silver
  Morning", "the album Boat on the River") or quoted before one ("the 'Boat
  on the River' album").
A name that is the subject of a verb or owns something ("X said", "X's
launch") somewhere in the document is an agent and stays, and so does any
name the gazetteer knows.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span

from kg.resolve import Gazetteer, fold

from .cues import ORG_NOUNS
from .name_words import NAME_PARTICLES

# Head nouns of things (OntoNotes PRODUCT, LAW; BBN DISEASE; effects named
# after people): a name that modifies one is the thing's name. Makers'
# words that a body's name often modifies ("app", "platform", "game",
# "show", "mission", "program") are left out.
THING_HEADS = frozenset({
    # vehicles and instruments
    "telescope", "rocket", "spacecraft", "spaceship", "satellite", "shuttle", "shuttles", "capsule",
    "rover", "lander", "booster", "airliner", "helicopter", "submarine",
    # software and standards
    "software", "protocol", "interpreter", "compiler", "browser", "codec", "licence", "license",
    "programming", "operating", "firmware", "cryptocurrency", "system",
    # diseases
    "disease", "pandemic", "epidemic", "virus", "coronavirus", "syndrome", "outbreak",
    # effects and phenomena
    "effect", "phenomenon",
})
# Last words of the names of laws and treaties (OntoNotes LAW).
LAW_ENDS = frozenset({"act", "law", "treaty", "accord", "amendment", "statute", "ordinance", "decree"})
# Head words of agreements between parties ("the Paris Climate Accords", "the
# Convention on Cluster Munitions", "the Global Political Agreement").
AGREEMENT_HEADS = frozenset({"accords", "agreement", "convention", "pact"})
# First words of a named storm's name ("Hurricane Maria", "Tropical Storm
# X"): a weather event, no person, body or place.
STORM_PREFIXES = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Super"})
# Last words of an award's name ("the Nobel Prize", "the Berwick Prize").
AWARD_ENDS = frozenset({"prize", "award", "awards", "medal", "trophy"})
# Prefixes of ships' names (vessels are OntoNotes PRODUCTs).
SHIP_PREFIXES = frozenset({"MV", "MS", "MT", "SS", "HMS", "USS", "RMS", "HMAS", "HMCS", "INS", "FV"})
VESSEL_NOUNS = frozenset({"ship", "vessel", "tanker", "freighter", "ferry", "yacht", "trawler", "warship",
                          "frigate", "destroyer", "submarine", "liner", "spaceship", "spacecraft"})
_MAKING_VERBS = frozenset({"make", "manufacture", "produce"})
_WRITING_VERBS = frozenset({"write", "code", "program", "implement"})
# Class nouns before "such as X" / "including X" naming things, not bodies.
THING_CLASSES = frozenset({"event", "events", "phenomenon", "phenomena", "disease", "diseases",
                           "product", "products", "language", "languages", "software"})
# Nouns of a work: the capitalised title right after one is the work's.
WORK_NOUNS = frozenset({
    "album", "song", "single", "film", "movie", "comedy", "drama", "musical", "novel", "book",
    "sitcom", "documentary", "opera", "poem", "painting", "show", "series", "thriller",
    "memoir", "autobiography", "mixtape", "soundtrack", "ballad",
})
# Small words inside a title ("Boat on the River", "Sink or Swim").
_TITLE_LINKS = frozenset({"on", "the", "of", "a", "an", "and", "or", "in", "to", "for", "at", "with", "'s", "\u2019s"})
_MAX_TITLE = 8
# A model's or a disease's code: three or more letters, a hyphen, a number.
CODE = re.compile(r"^[A-Za-z]{3,}(?:-[A-Za-z]+)*-\d+[A-Za-z]?$")
_BIG_TOWN = 100_000  # towns this large are no thing's name (as in kg.extract.consistency)
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Bodies written with a demonstrative ("this Congress", "this Chamber").
_BODY_WORDS = ORG_NOUNS | {"congress", "senate", "house", "chamber", "parliament", "cabinet", "legislature"}
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def non_entity_spans(doc: Doc, spans: list[Span], gazetteer: Gazetteer | None = None,
                     english: frozenset[str] = frozenset()) -> list[Span]:
    """``spans`` with the names of things relabelled PRODUCT and the
    titles of works WORK_OF_ART (see the module docstring). Names the
    gazetteer gave an id stay, but for small towns ("the Drizzle
    protocol" is no town of that name)."""
    spans = _titles(doc, spans)

    def open_(span: Span) -> bool:
        if span.label_ not in _NAME_LABELS:
            return False
        if not span.id_:
            return True
        entry = gazetteer.place(span.text) if gazetteer is not None and span.label_ in ("GPE", "LOC") else None
        return entry is not None and entry.kind == "city" and entry.population < _BIG_TOWN

    forms: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        if open_(span):
            forms[fold(span.text)].append(span)
    things = {key for key, group in forms.items()
              if any(_thing_evidence(s) for s in group) and not any(_agent(s) for s in group)}
    things |= {key for key, group in forms.items() if any(_strong_evidence(s) or _taxon(s, english) for s in group)}
    # "MV Sea Lark" ... "the ship Sea Lark": the vessel's name without its prefix
    things |= {fold(s[1:].text) for group in forms.values() for s in group if len(s) > 1 and s[0].text in SHIP_PREFIXES}
    # "Hurricane Vera" ... "Vera weakened": the storm's name without its prefix
    things |= {fold(s[i:].text) for group in forms.values() for s in group
               for i in range(1, len(s)) if s[i - 1].text in STORM_PREFIXES}
    return [Span(doc, s.start, s.end, label="PRODUCT")
            if open_(s) and fold(s.text) in things else s for s in spans]


def _strong_evidence(span: Span) -> bool:
    """Evidence that holds also for a thing that acts ("MV Sea Lark sailed",
    "the Clean Rivers Act states"): a code's shape, a law's last word, a
    ship's prefix or a vessel's noun before it, an acronym spelled out in
    lower case."""
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in VESSEL_NOUNS and before.text.islower():
        return True  # "the cargo ship X"
    if before is not None and before.text in STORM_PREFIXES:
        return True  # "Hurricane [Lorenzo]"
    head = _head_word(span)
    return bool(CODE.match(span.text)) or _spelled_lowercase(span) \
        or len(span) > 1 and (head.lower_ in LAW_ENDS | AGREEMENT_HEADS and head.is_title or span[0].text in SHIP_PREFIXES) \
        or len(span) > 1 and (span[0].text in STORM_PREFIXES or head.lower_ in AWARD_ENDS and head.is_title) \
        or len(span) > 1 and span[0].text == "Operation" \
        or _numbered_law(span) or _flight(span) or _time_zone(span)


# Latin endings of a species' epithet ("sapiens", "coli", "capitata",
# "rubra").
_EPITHET = re.compile(r"^[a-z]{3,}(?:a|ae|um|us|is|es|ii|i|ense|ensis|ica|icus|oides|ata|atus|ens)$")


def _taxon(span: Span, english: frozenset[str]) -> bool:
    """"Quercus rubra", "Q. rubra", "E. c. coli": a genus (or its
    initial) and a species' epithet in small letters, no English word, name
    a living kind, no person or place; the recogniser often takes the genus
    alone (a name's small words are particles: "van", "bin", "de la")."""
    doc = span.doc
    tokens = [t for t in span if t.text != "."]
    after = doc[span.end] if span.end < len(doc) else None
    if len(tokens) == 1 and after is not None and after.is_lower and len(after) >= 5 and not after.is_stop \
            and after.pos_ in ("NOUN", "ADJ", "PROPN", "X"):
        tokens.append(after)  # "[Montipora] capitata"
    last = tokens[-1]
    return 2 <= len(tokens) <= 3 and bool(_GENUS.match(tokens[0].text) and _EPITHET.match(last.text)) \
        and all(_INITIAL.match(t.text) for t in tokens[1:-1]) and last.text not in NAME_PARTICLES \
        and bool(english) and last.text not in english and last.lemma_.lower() not in english


_GENUS = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]\.?)$")
_INITIAL = re.compile(r"^[a-z]\.?$")


# Words before "Time" in a time zone's name ("Central European Time",
# "Eastern Standard Time", "Pacific Time").
_ZONE_WORDS = frozenset({"Standard", "Daylight", "Summer", "Mean", "European", "Universal", "Coordinated",
                         "Pacific", "Eastern", "Central", "Mountain", "Atlantic", "Western", "Indochina"})


def _time_zone(span: Span) -> bool:
    """"Central European Time": a time zone, no body or place."""
    return len(span) > 1 and span[-1].text == "Time" and span[-2].text in _ZONE_WORDS


def _flight(span: Span) -> bool:
    """"Lion Air Flight 610", "the crash of Flight 9": a flight, named by
    the word and its number, is no body (the airline is named apart)."""
    doc = span.doc
    return any(t.text == "Flight" and t.i + 1 < len(doc) and doc[t.i + 1].like_num for t in span)


def _head_word(span: Span):
    """The name's head: its last word, or the word before a preposition that
    starts its complement ("the [Convention] on Cluster Munitions", "the
    Nemmers [Prize] in Mathematics")."""
    for tok in span[1:]:
        if tok.lower_ in ("on", "for", "in", "of") and tok.is_lower:
            return span.doc[tok.i - 1]
    return span[-1]


def _numbered_law(span: Span) -> bool:
    """"Republic Act No. 9012", "Executive Order No. 12": a law's name and
    its number sign ("No", "Number")."""
    words = [t for t in span if t.text != "."]
    return len(words) > 2 and words[-1].lower_.rstrip(".") in ("no", "number") and words[-1].text[:1].isupper() \
        and words[-2].lower_ in LAW_ENDS | {"order", "resolution", "bill", "proclamation", "ordinance"}


def _agent(span: Span) -> bool:
    """The subject of a verb (not a copula's: "X is software") or an owner."""
    root = span.root
    if root.dep_ == "poss":
        return True
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB"


def _thing_evidence(span: Span) -> bool:
    root = span.root
    if span[-1].lower_ in THING_HEADS:
        return True  # "the Orbital Shuttle": the name says what it is
    if _thing_noun_after_acronym(span):
        return True  # "the Vessel Reporting (VR) system"
    if root.dep_ == "dobj" and root.head.lemma_ in _MAKING_VERBS:
        return True  # "the firm that makes X"
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_ == "nominate" \
            and span.root.tag_ != "NNS" and not any(t.lower_ in _BODY_WORDS for t in span):
        return True  # "nominated for the Golden Reel": an award
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_ in _WRITING_VERBS:
        return True  # "a script written in X": a language
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in _DEMONSTRATIVES and before.dep_ == "det" \
            and not any(t.lower_ in _BODY_WORDS for t in span):
        return True  # "this Quarkscript" (but "this Congress", "this Chamber" are bodies)
    head, steps = root, 0
    # "the X space telescope", "a X 9 rocket", "X Attribution license"
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i and steps < 3:
        head, steps = head.head, steps + 1
        if head.pos_ == "NOUN" and head.lower_ in THING_HEADS:
            return True
        if head.pos_ == "NOUN":
            break
    if root.dep_ in ("nsubj", "nsubjpass"):  # "X is free software"
        verb = root.head
        if verb.pos_ == "NOUN" and verb.lower_ in THING_HEADS:
            return True
        if verb.lemma_ == "be" and any(c.dep_ == "attr" and c.lower_ in THING_HEADS for c in verb.children):
            return True
    if root.dep_ == "appos" and root.head.lower_ in THING_HEADS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("as", "including") and root.head.head.lower_ in THING_CLASSES | {"such"}:
        noun = root.head.head if root.head.head.lower_ != "such" else root.head.head.head
        return noun.lower_ in THING_CLASSES
    for child in root.children:  # "X, the coronavirus that ..."
        if child.dep_ == "appos" and child.lower_ in THING_HEADS:
            return True
    return False


def _thing_noun_after_acronym(span: Span) -> bool:
    """The name, its acronym in brackets, then a lower-case noun of a
    thing: "the Long Range Vessel Reporting (LRVR) system"."""
    doc, i = span.doc, span.end
    if i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    noun = doc[i + 3]
    return doc[i + 1].text.isupper() and noun.text.islower() and noun.lower_ in THING_HEADS


def _spelled_lowercase(span: Span) -> bool:
    """An acronym the text spells out in lower-case words right after it
    ("TPM (trusted platform module)") or before it ("closed-circuit
    television (CCTV)"): the acronym of a common noun."""
    doc = span.doc
    if len(span) != 1 or not span.text.isupper() or len(span.text) < 2:
        return False
    if span.end + 2 < len(doc) and doc[span.end].text == "(":
        inside = []
        for tok in doc[span.end + 1: span.end + 8]:
            if tok.text == ")":
                break
            inside.append(tok)
        words = [t for t in inside if t.is_alpha]
        return len(words) >= 2 and all(t.text.islower() for t in words) and _initials_fit(span.text, words)
    if span.start >= 3 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
        before = []
        for tok in reversed(doc[max(0, span.start - 7): span.start - 1]):
            if not (tok.is_alpha or tok.text == "-"):
                break
            before.insert(0, tok)
        words = [t for t in before if t.is_alpha]
        return len(words) >= 2 and all(t.text.islower() for t in words) and _initials_fit(span.text, words)
    return False


def _initials_fit(acronym: str, words) -> bool:
    """The acronym's letters are the initials of the last words before it
    (or the first after it), in order ("digital rights management" ->
    DRM)."""
    initials = "".join(t.text[0] for t in words).upper()
    return acronym.upper() in initials


def _titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """Titles of works: the capitalised run after a work noun ("the
    comedy Silver Morning") and a quoted run before one ("the 'Boat on
    the River' album") become one WORK_OF_ART span, over any names the
    model found inside."""
    runs: list[tuple[int, int]] = []
    for tok in doc[:-1]:
        if tok.lower_ not in WORK_NOUNS or tok.pos_ != "NOUN" or not tok.text.islower():
            continue
        nxt = doc[tok.i + 1]
        if nxt.text[:1].isupper() and not nxt.is_punct:
            end = _title_end(doc, tok.i + 1)
            if end > tok.i + 1:
                runs.append((tok.i + 1, end))
        elif tok.i >= 2 and doc[tok.i - 1].is_quote:
            start = next((t.i for t in reversed(doc[max(0, tok.i - 2 - _MAX_TITLE): tok.i - 1]) if t.is_quote), None)
            if start is not None and start + 1 < tok.i - 1 and doc[start + 1].text[:1].isupper():
                runs.append((start + 1, tok.i - 1))
    if not runs:
        return spans
    # a title holding a known name or a date, or read by a verb after it
    # ("the book Jane Roe wrote"), is left alone
    runs = [(b, e) for b, e in runs
            if not any(s.start < e and b < s.end and (s.id_ or s.label_ not in _NAME_LABELS) for s in spans)
            and not (e < len(doc) and doc[e].pos_ in ("VERB", "AUX"))]
    out = [s for s in spans if not any(s.start < e and b < s.end for b, e in runs)]
    out += [Span(doc, b, e, label="WORK_OF_ART") for b, e in runs]
    return sorted(out, key=lambda s: s.start)


def _title_end(doc: Doc, start: int) -> int:
    """End of a title that starts at ``start``: capitalised words and the
    small words between them, closing on a capitalised word."""
    end, i = start, start
    while i < len(doc) and i - start < _MAX_TITLE:
        tok = doc[i]
        if tok.text[:1].isupper() and tok.is_alpha:
            end = i + 1
        elif tok.lower_ not in _TITLE_LINKS:
            break
        i += 1
    return end
