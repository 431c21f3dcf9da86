"""Unnamed but describable sources: people the story describes without
naming them, and who speak ("Witnesses said P", "a local resident told T
that P", "sources close to X said P", "people familiar with the matter
said P", "Diplomats said P", "a senior official said P").

They are a source of the article that describes them (``kg:UnnamedSource``,
labelled with their description), not an entity shared across articles; the
rules of ``names`` and ``groups`` go first and tie a description to the body
it speaks for where the text names one ("a ministry spokesman", "officials
of X", "a senior US official"). What is left is the description itself, the
convention of a reader of any news (and of the realnews key: "describable
sources are speakers"). Keys that skip such sources (the seeds' guidelines)
declare it, and ``kg eval`` leaves these records out of their scores.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import resolve
from kg.records import Mention, Span
from kg.resolve import fold

from . import cues, groups, names, people
from .phrases import np_tokens

# Members of a parliament by their title's short form ("25 MPs said", "One MP
# told T"), which the tagger often reads as names.
_MEMBER_SHORT = frozenset({"mp", "mep", "msp", "mla"})
# Nouns of people who speak without being named: those present at an event,
# those who live there, those who know, and those whose job is to speak or
# to know ("a witness", "residents", "sources", "a diplomat", "doctors").
# Singular and plural; a bare plural or an indefinite phrase only (a definite
# "the witness" refers back, see ``DEFINITE_DETS``).
PERSON_NOUNS = frozenset({
    "witness", "eyewitness", "resident", "villager", "local", "neighbour", "neighbor", "source", "insider",
    "official", "diplomat", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor",
    "analyst", "expert", "protester", "protestor", "demonstrator", "doctor", "nurse", "medic", "paramedic",
    "survivor", "relative", "passenger", "student", "teacher", "worker", "employee", "person", "people",
    "man", "woman", "officer", "soldier", "fighter", "journalist", "reporter", "activist", "observer",
    "bystander", "onlooker", "shopkeeper", "farmer", "fisherman", "driver", "parent", "mother", "father",
    "member", "staffer", "lawmaker", "legislator", "investigator", "rescuer", "volunteer", "organiser",
    "organizer", "user", "customer", "voter", "refugee", "migrant", "patient", "victim", "commander", "staff",
    "leader", "defector", "inspector", "campaigner", "economist", "scientist", "researcher",
    "lawyer", "engineer", "detective",
    # people known to someone, at an event or in a trade ("an acquaintance
    # said", "a spectator told T", "one firefighter said")
    "acquaintance", "friend", "colleague", "classmate", "schoolmate", "fan", "spectator", "attendee",
    "participant", "tourist", "visitor", "pilot", "firefighter", "policeman", "policewoman",
    "motorist", "commuter", "tenant", "landlord", "historian", "professor", "academic",
    "surgeon", "physician", "clinician", "pensioner", "hostage", "prisoner", "inmate",
}) | _MEMBER_SHORT
# Nouns of anyone at all: a source only with a word that describes them
# ("people familiar with the matter", "a local man", "a woman at the scene").
ANYONE_NOUNS = frozenset({"person", "people", "man", "woman", "member", "user", "customer", "voter", "staff"})
# People counted in crowds: hundreds of them reply to a poll, they do not speak as one.
_CROWDS = ANYONE_NOUNS | frozenset({"fan", "spectator", "supporter", "visitor", "tourist", "reader", "viewer",
                                    "respondent", "participant", "attendee", "protester", "demonstrator", "passenger",
                                    "student", "resident", "worker", "employee"})
_CROWD_NUMBERS = frozenset({"hundreds", "thousands", "millions", "dozens", "hundred", "thousand", "million", "billion"})
# Bodies no name identifies, as a group ("School districts across the county
# announced closings", "Several airlines said"): plural only.
BODY_NOUNS = frozenset({"district", "school", "hospital", "council", "airline", "firm", "agency",
                        "municipality", "carrier", "insurer", "lender", "retailer", "union"})
# Words that make a phrase point back to someone already met, or name no one
# in particular as a speaker ("the witness", "these residents", "his aide").
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those", "such", "both", "either", "neither", "no"})
# Subjects of a cue that may be such a source.
_SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "conj", "appos", "dobj"})


# Words of quantity whose "of" complement is the people described ("One of
# the witnesses said", "some of the residents said").
_PART_OF = frozenset({"one", "two", "three", "some", "many", "several", "most", "none", "few",
                      "dozens", "scores", "hundreds", "thousands"})


def part_of(head: Token, text: str) -> Mention | None:
    """"One of the witnesses said P", "some of the residents told T P",
    "dozens of farmers said P":
    part of a described group (the group may be definite: it is the one the
    story described) is a source named after the whole phrase."""
    if head.lower_ not in _PART_OF or head.dep_ not in _SOURCE_DEPS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.pos_ == "NOUN" and pobj.tag_ == "NNS" and pobj.lemma_.lower() in PERSON_NOUNS \
                    and pobj.lemma_.lower() not in ANYONE_NOUNS and not any(c.dep_ == "poss" for c in pobj.children) \
                    and not (head.lower_ in _CROWD_NUMBERS | {"scores"} and pobj.lemma_.lower() in _CROWDS):
                # ("Dozens of farmers said P"; "Thousands of fans replied" are a crowd)
                start, end = head.idx, pobj.idx + len(pobj.text)
                words = text[start:end]
                return Mention(span=Span(start, end, words), type="Organisation", name=words[:1].upper() + words[1:])
    return None


def describable(head: Token, text: str) -> Mention | None:
    """"Witnesses said P", "A local resident told T P", "Sources close to
    X said P", "people familiar with the plans said P": a common noun of
    people no name identifies, bare or indefinite, is a source of its own
    named after its description (the noun with its modifiers and
    prepositional complements; never a relative clause: "a colleague, who
    asked not to be named, said"). Typed an organisation like the realnews
    key's placeholders; the resolver marks it unnamed (``kg.resolve``).
    None for a name, a pronoun, a definite or possessed phrase, or a
    noun not of people."""
    bodies = head.tag_ == "NNS" and head.lemma_.lower() in BODY_NOUNS
    titled = head.pos_ == "PROPN" and head.lower_.removesuffix("s") in _MEMBER_SHORT  # "One MP told T"
    if head.pos_ != "NOUN" and not titled \
            or head.lemma_.lower() not in PERSON_NOUNS and head.lower_ not in PERSON_NOUNS and not bodies and not titled \
            or head.dep_ not in _SOURCE_DEPS or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    if names.embedded_belief(head):
        return None  # "she said officers believed P": her statement
    restricted = head.tag_ == "NNS" and any(c.dep_ == "relcl" and c.i > head.i and c.left_edge.i > 0
                                            and not head.doc[c.left_edge.i - 1].is_punct for c in head.children)
    if any(c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_DETS
                                and not (restricted and c.lower_ == "the")) for c in head.children):
        return None  # ("the officials who ordered the change claimed P": a restrictive clause describes them)
    if head.tag_ == "NN" and not any(c.dep_ in ("det", "nummod") for c in head.children) \
            and not (head.lower_ == "staff" and any(c.dep_ in ("amod", "compound") for c in head.children)):
        return None  # a bare singular ("Source said"): a headline's shorthand or a parse slip
    if any(c.dep_ == "nummod" and (any(g.dep_ == "quantmod" or g.dep_ == "compound" and c.lower_ in _CROWD_NUMBERS
                                       for g in c.children)
                                   or c.lower_ in _CROWD_NUMBERS and head.lemma_.lower() in _CROWDS)
           for c in head.children):
        # "More than three million people replied": a crowd, not a source
        # ("Several hundred business leaders announced P" are described)
        return None
    described_by = [c for c in head.children if c.dep_ in ("amod", "compound", "prep", "acl")]
    relcl = [c for c in head.children if c.dep_ == "relcl" and c.i > head.i]
    if head.lemma_.lower() in ANYONE_NOUNS and not described_by and not relcl:
        return None  # "Two people said": described by nothing but their number
    toks = [t for t in np_tokens(head) if not (t.i > head.i and t.dep_ == "punct")]
    if bodies:  # "School districts across the county": bodies are named by their kind, the place aside
        toks = [t for t in toks if t.i <= head.i]
    while toks and toks[-1].i > head.i and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "advmod")):
        toks.pop()
    if head.lemma_.lower() in ANYONE_NOUNS and not described_by and toks and toks[-1].i == head.i:
        # "A man who lives nearby said P": the relative clause is all that describes him
        toks += [t for t in relcl[0].subtree if t.i > head.i]
    if restricted and toks and toks[0].lower_ == "the":
        toks = toks[1:]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    words = text[start:end]
    return Mention(span=Span(start, end, words), type="Organisation", name=words[:1].upper() + words[1:])


# Offices one person holds at a time: "the defence minister", "the French
# president" are a particular person even where the story never names them.
OFFICE_NOUNS = frozenset({
    "minister", "president", "premier", "chancellor", "secretary", "governor", "mayor", "ambassador", "envoy",
    "commissioner", "prosecutor", "chief", "commander", "director", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "spokesperson", "expert", "official",
})
_OFFICE_MODS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# Offices that do not speak for their country's government ("the Egyptian
# public prosecutor", "a French expert"): sources described as themselves.
_INDEPENDENT_OFFICES = frozenset({"prosecutor", "expert"})


def _office_subject(head: Token, capitalised: bool = False) -> bool:
    """A singular office noun, not a name, as the subject of the cue (with
    ``capitalised``, also written as a title: "Vorland's Minister of Health")."""
    noun = head.pos_ == "NOUN" and head.tag_ == "NN" or capitalised and head.tag_ == "NNP"
    return noun and head.lemma_.lower() in OFFICE_NOUNS \
        and head.dep_ in ("nsubj", "nsubjpass") and head.ent_type_ not in ("PERSON", "ORG")


def office_holder(head: Token, text: str) -> Mention | None:
    """"The Vorlandish defence minister said P", "the chief prosecutor told
    T P": a definite office described by what it is of, with no holder the
    story names (``coref`` found none before this is asked), is a source of
    its own named after its description ("Vorlandish defence minister";
    unnamed like the other described sources). None for a bare "the
    minister" (it points back), a plural, a name in the phrase other than a
    nationality or a country, or a phrase inside a quotation's words."""
    if not _office_subject(head):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    mods = [c for c in head.children if c.dep_ in _OFFICE_MODS and c.i < head.i]
    if not mods or any(c.dep_ in ("appos", "relcl", "acl", "prep") for c in head.children):
        return None
    toks = sorted((t for m in mods for t in m.subtree), key=lambda t: t.i) + [head]
    if any(t.ent_type_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART") or t.is_punct and t.text != "." for t in toks) \
            or [t.i for t in toks] != list(range(toks[0].i, head.i + 1)):
        return None
    start, end = toks[0].idx, head.idx + len(head.text)
    words = text[start:end]
    return Mention(span=Span(start, end, words), type="Organisation", name=words[:1].upper() + words[1:])


def national_office(res, head: Token) -> Mention | None:
    """"Indonesia's foreign minister said P", "Vorland's Minister of Health
    said P", "the French defence minister said P": an office of a country whose holder the story never names
    (``coref`` found none before this is asked) speaks for the country's
    government, as its officials do ("U.S. officials"). None for an office
    of no country in the gazetteer ("the Vorlandish defence minister" is
    ``office_holder``'s)."""
    if not _office_subject(head, capitalised=True) or any(c.dep_ in ("appos", "relcl", "acl") for c in head.children) \
            or head.lemma_.lower() in _INDEPENDENT_OFFICES:
        return None
    for c in (c for c in head.children if c.i < head.i):
        found = None
        if c.dep_ == "poss":
            found = _country_government(res.mention_at(c))
        elif c.dep_ in _OFFICE_MODS and c.n_lefts + c.n_rights == 0:
            found = groups.government_of(c) or _country_government(res.mention_at(c))
        if found is not None:
            return found
    return None


# Bodies a story's place has one of, named by their kind alone ("the military
# said", "the opposition accuses X"): the one the story is about.
SOLE_BODY_NOUNS = frozenset({"military", "army", "navy", "opposition", "court", "tribunal", "prosecution", "junta"})
# Of those, the armed services a state has (``Gazetteer.actor_for`` roles):
# "the military said" in a story about a country is that country's.
_STATE_SERVICES = {"military": "military", "army": "military", "navy": "navy"}


def sole_body(res, head: Token, text: str) -> Mention | None:
    """"The military said P", "the opposition accuses X of P", "the
    tribunal stated that P", "an air force statement": a body the story's
    place has one of, with no body of its kind named before it (``coref``
    found none before this is asked): an armed service of the country the
    story names most is that country's ("Armed Forces of X", "Air Force of
    X"); any other, or one of a story about no country, is a source of its
    own named by its kind ("Military"; unnamed, ``kg.resolve.unnamed_group``).
    Only the bare phrase: "the Kenyan military" is ``names.named_body``'s,
    "the court's ruling" no source."""
    national = _national_body(head)
    if national is not None:  # "the Vorlandish court ruled", "an Ostrian court", "Vorland's highest court"
        end = head.idx + len(head.text)
        return Mention(span=Span(national.idx, end, text[national.idx:end]), type="Organisation",
                       name=text[national.idx:end])
    air = head.lemma_.lower() == "force" and [c.lower_ for c in head.children if c.dep_ == "compound"] == ["air"]
    noun = head.pos_ == "NOUN" and head.tag_ == "NN" or (head.lower_ == "military" and head.dep_ == "nsubj")
    if not noun or not (head.lemma_.lower() in SOLE_BODY_NOUNS or air) \
            or head.dep_ not in ("nsubj", "nsubjpass", "compound") or head.ent_type_:
        return None
    kids = [(c.dep_, c.lower_) for c in head.children if c.dep_ not in ("punct",) and not (air and c.dep_ == "compound")
            and not _aside(c)]
    if kids != ([] if head.dep_ == "compound" else [("det", "the")]):
        return None  # ("an air force statement": the compound's determiner is the statement's)
    role = "air-force" if air else _STATE_SERVICES.get(head.lemma_.lower())
    home = names.home_government(res, head, role) if role else None
    if home is not None:
        lo = head.left_edge.idx if air else head.idx
        return Mention(span=Span(lo, head.idx + len(head.text), text[lo:head.idx + len(head.text)]), type=home.type, name=home.name)
    if air or head.dep_ == "compound":
        return None
    word = head.text
    return Mention(span=Span(head.idx, head.idx + len(word), word), type="Organisation", name=word[:1].upper() + word[1:])


# Ranks of a court ("the country's highest court", "a federal court").
_COURT_RANKS = frozenset({"highest", "supreme", "top", "federal", "high", "constitutional", "regional", "district",
                          "provincial", "appeals", "lower"})


def _national_body(head: Token) -> Token | None:
    """The first word of "the Vorlandish court", "an Ostrian tribunal",
    "Vorland's highest court": a court or tribunal (``SOLE_BODY_NOUNS``, the
    armed services aside) of a nation the phrase names by its adjective or
    its possessive, with nothing else before it but a rank; None otherwise
    (those with a name are ``names.named_body``'s)."""
    if head.lower_ not in ("court", "tribunal") or head.dep_ not in ("nsubj", "nsubjpass") or head.ent_type_:
        return None
    before = [c for c in head.children if c.i < head.i and c.dep_ != "punct"]
    nation = [c for c in before if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
              or c.dep_ == "poss" and c.ent_type_ == "GPE" and all(g.dep_ == "det" for g in c.lefts)]
    rest = [c for c in before if c not in nation and not (c.dep_ == "det" and c.lower_ in ("the", "a", "an"))
            and not (c.dep_ in ("amod", "compound") and c.lower_ in _COURT_RANKS)]
    if len(nation) != 1 or rest or any(c.dep_ in ("appos", "relcl", "acl", "prep") for c in head.children):
        return None
    return head.doc[min(c.i for c in before if c.dep_ != "det")]


def _aside(tok: Token) -> bool:
    """A phrase set off by commas after its head ("the tribunal, besides
    handing down the sentence, stated"): no part of what names it."""
    doc = tok.doc
    return tok.dep_ == "prep" and tok.i > tok.head.i and doc[tok.i - 1].text == "," \
        and tok.right_edge.i + 1 < len(doc) and doc[tok.right_edge.i + 1].text == ","


# Officers of a state: placed in a country, they speak for its government.
_STATE_OFFICERS = frozenset({"officials", "authorities", "official", "representatives", "ministers"})
# Words that may stand before "ministers" of no named state ("Ministers said
# P", "government ministers said P", "senior ministers"): ``ministers``.
_MINISTER_MODS = frozenset({"government", "cabinet", "senior", "other", "several", "some", "two", "three"})


def ministers(res, head: Token) -> Mention | None:
    """"Ministers said P", "Government ministers announced P": members of a
    government named by no state speak for the government of the country
    the story names most (``names.home_government``); None for a story about
    no country, and for ministers of anything named ("ministers of the
    EU", "the ministers"): those refer back or are another's."""
    if head.lower_ != "ministers" or head.tag_ != "NNS" or head.dep_ not in ("nsubj", "nsubjpass") \
            or any(c.dep_ not in ("amod", "compound", "nummod", "punct") or c.lower_ not in _MINISTER_MODS | {","}
                   for c in head.children):
        return None
    return names.home_government(res, head)
_PLACING = frozenset({"in", "of", "from"})


def officials_in(res, head: Token) -> Mention | None:
    """"Officials in Kenya said P", "authorities of Vorland said P": officials
    placed in a country (never a city or a region: "officials in Nairobi" may
    be the city's) speak for that country's government, as "Kenyan officials"
    do. None when no country is named."""
    if head.lower_ not in _STATE_OFFICERS or head.pos_ != "NOUN":
        return None
    national = _national_officers(res, head)
    if national is not None:
        return national
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _PLACING):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            found = _country_government(res.mention_at(pobj))
            if found is not None:
                return found
    return None


def _country_government(m: Mention | None) -> Mention | None:
    """The government of the country ``m`` names, as a mention at ``m``'s
    words; None for anything but a country."""
    from kg.resolve import Gazetteer

    entry = Gazetteer.load().lookup(m.name, "Place") if m is not None and m.type == "Place" else None
    if entry is None or entry.kind != "country":
        return None
    actor = names.entity_resolver().actor_for(m, "government")
    return Mention(span=m.span, type=actor.type, name=actor.name) if actor is not None else None


# Words that rank officers without narrowing whom they speak for ("senior
# U.S. officials", "two French officials").
_RANKS = frozenset({"senior", "top", "high", "ranking", "high-ranking", "other", "several", "some", "unnamed",
                    "anonymous", "many", "few", "two", "three", "both", "government", "state"})


def _national_officers(res, head: Token) -> Mention | None:
    """"U.S. officials said P", "senior French authorities said P": the
    officers of a country, named by its adjective or its name and by no
    narrower body ("fire officials", "nuclear safety officials" are
    another's), speak for its government, as "officials in Kenya" and "a
    U.S. official" do."""
    if head.tag_ != "NNS":
        return None
    country = None
    for c in head.children:
        if c.i > head.i or c.dep_ in ("det", "predet", "nummod", "punct"):
            continue
        words = [t for t in c.subtree if not t.is_punct]
        if c.dep_ in ("amod", "compound", "nmod") and country is None:
            found = (groups.government_of(c) if len(words) == 1 else None) or _country_government(res.mention_at(c))
            if found is not None:
                country = found
                continue
        if not all(t.lower_ in _RANKS for t in words):
            return None
    return country


def again(described: dict[int, Mention], res, head: Token) -> Mention | None:
    """A pronoun or a definite noun that is a source described just before:
    "A neighbour said P. 'Q,' she said", "a staff member told T P ... the
    staff member added Q" (``names.after_unnamed``: same paragraph, no named
    speaker between), and "Residents said P. They said Q" (a plural source,
    within two sentences). ``described``: head offset -> the source."""
    low = head.lower_
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) \
            and all(c.dep_ in ("det", "compound", "amod") for c in head.children) \
            and not any(c.dep_ in ("compound", "amod") and res.mention_at(c) is not None for c in head.children):
        # (not "the X ministry officials": a body named in the phrase speaks)
        # "a staff member told T P ... the staff member added Q": the same one
        earlier = [at for at in described if at < head.idx and res.sent_index(head.idx) - res.sent_index(at) <= 4]
        for at in reversed(earlier):
            tok = head.doc.char_span(at, at + 1, alignment_mode="expand")
            if tok is not None and len(tok) and tok[0].lemma_.lower() == head.lemma_.lower() and tok[0].tag_ == head.tag_:
                return described[at]
        return None
    if head.pos_ != "PRON":
        return None
    if low in cues.PERSON_PRONOUNS:
        if not names.after_unnamed(res, head):
            return None
        at = max(at for at in res.unnamed if at < head.idx)
        tok = head.doc.char_span(at, at + 1, alignment_mode="expand")
        if at not in described and tok is not None and len(tok) and tok[0].dep_ == "conj":
            at = tok[0].head.idx  # ("X's husband and coach said P. He said Q": one person, named by both)
        return described.get(at)
    if low != "they" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    earlier = [at for at in described if at < head.idx]
    if not earlier:
        return None
    at = max(earlier)
    toks = head.doc.char_span(at, at + 1, alignment_mode="expand")
    if not toks or toks[0].tag_ != "NNS" or "\n" in res.text[at:head.idx] \
            or res.sent_index(head.idx) - res.sent_index(at) > 2 or any(at < pos < head.idx for pos, _ in res.speakers):
        return None
    return described[at]


def armed_members(res, head: Token, text: str) -> Mention | None:
    """"The rebels said P", "one insurgent told T P": members of an armed
    group speak for the armed group the story names (``groups.armed_groups``;
    of several, each speaks: ``SpeakerResolver.group`` gives each its record);
    where it names none, they are a source of their own named after their
    phrase ("Rebels", unnamed), as any described people are."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in groups.ARMED_NOUNS or head.dep_ not in _SOURCE_DEPS \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    named = groups.armed_groups(res, head.idx)
    if named:  # (several: ``SpeakerResolver.group`` gives each its record)
        return named[0]
    toks = [t for t in np_tokens(head) if t.i <= head.i and not t.is_punct]
    if toks and toks[0].lower_ in DEFINITE_DETS:
        toks = toks[1:]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    words = text[start:end]
    return Mention(span=Span(start, end, words), type="Organisation", name=words[:1].upper() + words[1:])


# People close to someone, who speak as a group of their own ("her family
# said", "his sponsors said", "the family of the victim said").
CIRCLE_NOUNS = frozenset({"family", "relatives", "sponsors", "supporters", "colleagues", "teammates",
                          "backers", "associates"})


def circle_of(res, head: Token, text: str) -> Mention | None:
    """"Her family said P", "X's family said P", "the family of the victim
    said P": the circle of a person is a source of its own (unnamed, as the
    other described sources), named after that person where the text names
    them ("Family of X"), else after its phrase."""
    if head.pos_ != "NOUN" or head.lower_ not in CIRCLE_NOUNS or head.dep_ not in _SOURCE_DEPS:
        return None
    owner = people.possessor(res, head)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            owner = next((res.mention_at(g) for g in c.children if g.dep_ == "pobj"), None)
            if owner is None:  # "the family of the victim": named by its phrase
                toks = np_tokens(head)
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                words = re.sub(r"^(?:the|a|an)\s+", "", text[start:end], flags=re.IGNORECASE)
                return Mention(span=Span(start, end, text[start:end]), type="Organisation",
                               name=words[:1].upper() + words[1:])
    if owner is None and head.lower_ == "family" and [c.lower_ for c in head.children] == ["the"]:
        owner = _protagonist(res, head.idx)  # "X died on Friday ... The family said P": X's
    if owner is None or owner.type != "Person":
        return None
    lo = min(t.idx for t in head.subtree)
    return Mention(span=Span(lo, head.idx + len(head.text), text[lo:head.idx + len(head.text)]),
                   type="Organisation", name=f"{head.text[:1].upper()}{head.text[1:]} of {owner.name}")


def _protagonist(res, offset: int) -> Mention | None:
    """The person a story is about so far: the one named most often before
    ``offset`` (by full name or surname), at least twice and more often
    than anyone else; None when two persons tie."""
    counts: dict[str, int] = {}
    full: dict[str, Mention] = {}
    for m in res.mentions:
        if m.type != "Person" or m.span.start >= offset:
            continue
        key = fold(m.name.split()[-1])
        counts[key] = counts.get(key, 0) + 1
        if len(m.name.split()) > len(full.get(key, m).name.split()) or key not in full:
            full[key] = m
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return full[ranked[0][0]]


def kin_of(res, head: Token, text: str) -> Mention | None:
    """"His wife said P", "X's husband and coach told T P", "according to
    her publicist": a relative of a person the text names, or one of the
    people the person employs (``kg.resolve.PERSONAL_STAFF``), who is not
    named himself (``people.relative`` found no one), is a source of his
    own, unnamed, named after the relation and the person ("Husband and
    coach of X", "Agent of X"), as a circle is."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" \
            or head.lemma_.lower() not in people.KIN_NOUNS | resolve.PERSONAL_STAFF \
            or head.dep_ not in _SOURCE_DEPS:
        return None
    owner = people.possessor(res, head)
    if owner is None or owner.type != "Person":
        return None
    # ("husband and coach": the other roles he is named by)
    words = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN"]
    end = words[-1].idx + len(words[-1].text)
    phrase = text[head.idx:end]
    lo = min(t.idx for t in head.subtree if t.i <= head.i)
    return Mention(span=Span(lo, end, text[lo:end]), type="Organisation",
                   name=f"{phrase[:1].upper()}{phrase[1:]} of {owner.name}")
