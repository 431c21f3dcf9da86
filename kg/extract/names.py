"""Names the recogniser missed or mistyped, and bodies named by their
description: the source-naming rules that ``coref`` and ``attribution``
share. Each function takes the document's ``SpeakerResolver`` (``res``) and
a source head token; a name it has to make joins the resolver's mentions
(``res.add``) so later short forms find it.

- unrecognised proper names ("coach Tunde Okoro said"), a long name with its
  bracketed short form ("The League for X (ABC)"), a capitalised word named
  elsewhere in the article, a place name opening an organisation's name;
- the sides of a trial ("Prosecutors allege", "the defence argued");
- members of named bodies ("researchers at X and Y");
- bodies named by their description ("China's coast guard", "the city's
  water department", "the health ministry"), and institutional collectives
  ("Ukrainian officials");
- unnamed members of an institution ("officials said", "state media"), a
  source inside a named body ("a German government source"), the author of
  a message ("a post by X"). (People named as a group or by kinship: ``people``.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.records import Mention, Span
from kg.resolve import Gazetteer, fold

from . import cues
from .name_words import DOCUMENT_HEADS, HONORIFICS, NAME_PARTICLES, ROLE_TITLES
from .things import LAW_ENDS


def _span(doc: Doc, start_tok: int, end_tok: int, text: str | None = None) -> Span:
    """Character span of tokens [start_tok, end_tok), its text from the
    article ``text`` when given (the pipeline may normalise ``doc.text``)."""
    start, last = doc[start_tok].idx, doc[end_tok - 1]
    end = last.idx + len(last.text)
    return Span(start, end, (text if text is not None else doc.text)[start:end])


def later_org_name(res, head: Token) -> Mention | None:
    """An organisation named anywhere in the article whose name starts
    with the word ("Tarnvik" ... "Tarnvik Rovers")."""
    key = fold(head.text)
    for m in res.mentions:
        if m.type == "Organisation" and len(m.name.split()) > 1 and fold(m.name.split()[0]) == key \
                and not possessive(m.name.split()[0]):
            return m
    return None


def possessive(word: str) -> bool:
    """"Pakistan's": the word owns what follows ("Pakistan's military" is
    the country's institution; the country is not named after it)."""
    return word.endswith(("'s", "\u2019s", "'", "\u2019"))


def legal_side(res, head: Token) -> Mention | None:
    """"Prosecutors allege", "the defence argued": a side of a trial.
    Prosecutors are the prosecuting office named in the article (a name
    with a prosecution word), else a body named by the phrase itself;
    the defence is the defendant's counsel named in the article."""
    low = head.lemma_.lower()
    if low in ("defence", "defense"):
        for m in res.mentions:
            if m.type != "Place" and res.role_words(m) & cues.COUNSEL_NOUNS:
                return m
        return None
    for m in res.mentions:
        if m.type == "Organisation" and {w.lower().strip("'’s") for w in m.name.split()} & cues.PROSECUTION_WORDS:
            return m
    if head.tag_ != "NNS":
        return None
    span = _span(res.doc, head.i, head.i + 1)
    made = Mention(span=span, type="Organisation", name=span.text)
    res.add(made)
    return made


def bracketed(res, head: Token) -> Mention | None:
    """"The League for the Renewal of X (ABC), ..., said": a long name
    the recogniser missed, followed by its bracketed short form, is the
    body that short form names."""
    sub = {t.i for t in head.subtree}
    for i in range(head.i + 1, min(head.i + 12, len(head.doc) - 2)):
        tok = head.doc[i]
        if i not in sub or tok.text in (",", ";", ":"):
            return None
        if tok.text == "(" and head.doc[i + 2].text == ")":
            m = res.mention_at(head.doc[i + 1])
            return m if m is not None and m.type != "Place" else None
    return None


def same_name(res, head: Token) -> Mention | None:
    """A capitalised word the recogniser missed here but named elsewhere
    in the article ("Tarnvik have rejected ..." at a sentence start,
    "Tarnvik" recognised later) is that mention."""
    key = fold(head.text)
    for m in res.mentions:
        if m.type != "Place" and fold(m.name) == key:
            return m
    return None


# Words that make a title with a role noun ("Secretary General", "Vice
# Chancellor", "Deputy Governor"), never a name of their own.
_TITLE_WORDS = frozenset({"vice", "deputy", "general", "acting", "chief", "senior", "prime", "assistant", "interim",
                          "first", "lady", "majority", "minority"})




def proper_name(res, head: Token) -> Mention | None:
    """A proper name of two or more capitalised words that the
    recogniser missed ("coach Tunde Okoro said", "The Harbour Observatory,
    a network of ..., said") names a source of its own: an organisation
    when one of its words is a kind of body, else a person. A name with
    a place or nationality inside ("Nigeria coach X") keeps only the
    words after the last common noun. An acronym after a kind of body
    ("the Vorland transport authority VTA") is that body's name."""
    if head.text.isupper() and head.text.isalpha() and 2 <= len(head.text) <= 6 and res.mention_at(head) is None \
            and any(c.dep_ == "compound" and c.lower_ in cues.ORG_NOUNS for c in head.children):
        before = next((m for m in res.mentions if m.type == "Organisation" and m.name == head.text), None)
        if before is not None:
            return before
        made = Mention(span=_span(res.doc, head.i, head.i + 1), type="Organisation", name=head.text)
        res.add(made)
        return made
    run, place = [head], None
    for i in range(head.i - 1, max(head.i - 5, -1), -1):
        tok = head.doc[i]
        hyphen = tok.text == "-" and tok.dep_ == "punct" and 0 < i and head.doc[i - 1].pos_ == "PROPN"
        if not hyphen and (tok.pos_ != "PROPN" or tok.head.i not in {t.i for t in run} or tok.dep_ != "compound"
                           or tok.ent_type_ in ("GPE", "NORP")):
            if tok.dep_ == "compound" and tok.ent_type_ == "GPE" and tok.head.i in {t.i for t in run}:
                place = tok  # "the Norland Geological Survey": a body named for its country
            break
        run.insert(0, tok)
    while len(run) > 2 and run[0].lower_ in cues.PERSON_NOUNS:
        run.pop(0)  # "Commissioner Jane Roe": the title is no part of the name
    single = len(run) == 2 and run[0].lower_ in ROLE_TITLES and run[0].lower_ not in HONORIFICS \
        and run[1].text[:1].isupper() and run[1].text.isalpha()
    if single:  # "Survivor Dorn, 37, said": a one-word name after a role word
        run.pop(0)
    if (len(run) < 2 and not single) or not all(t.text[:1].isupper() and t.text.isalpha()
                               or 0 < k < len(run) - 1 and (t.lower_ in NAME_PARTICLES or t.text == "-")
                               for k, t in enumerate(run)):
        return None  # ("Karim al-Dahri": a particle and a hyphen inside a name)
    if run[-1].lower_ in LAW_ENDS | DOCUMENT_HEADS or run[-1].lower_ in ("no", "number") and run[-2].lower_ in LAW_ENDS:
        # "the Clean Rivers Act states", "Republic Act No. 9012 states": a law, no source;
        # "the Kelby Development Report noted": a document, whose author the text must name
        return None
    if all(t.lower_ in cues.PERSON_NOUNS | _TITLE_WORDS or t.text == "-" for t in run):
        return None  # "Secretary General of X Jane Roe", "The Vice-President said": a title, no name
    if head.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "FAC", "EVENT") or any(res.mention_at(t) for t in run):
        return None
    words = {t.lower_ for t in run}
    kind = "Organisation" if words & cues.ORG_NOUNS or words & cues.ORG_NAME_WORDS else "Person"
    if kind == "Person" and place is not None and not words & (cues.PERSON_NOUNS | _TITLE_WORDS):
        kind = "Organisation"  # a place's name never opens a person's ("US Geological Survey")
        run.insert(0, place)
    before = next((m for m in res.mentions if m.type == kind and fold(m.name) == fold(" ".join(t.text for t in run))), None)
    if before is not None:
        return before
    span = _span(res.doc, run[0].i, head.i + 1)
    made = Mention(span=span, type=kind, name=span.text)
    res.add(made)
    return made


def misread_person(m: Mention) -> bool:
    """A "place" of two or more words that no gazetteer knows, set beside
    a person's role ("His campaign manager, Mirel X, said"): a person's
    name the recogniser misread."""
    if m.type != "Place" or len(m.name.split()) < 2:
        return False
    return Gazetteer.load().lookup(m.name, "Place") is None


def anonymous(head: Token) -> bool:
    """The phrase says its person is unnamed ("who asked not to be
    named", "speaking on condition of anonymity")."""
    words = [t.lower_ for t in head.subtree] + [t.lower_ for t in head.head.children if t.dep_ == "advcl"
                                                for t in t.subtree]
    text = " ".join(words)
    return "anonymity" in words or "not to be named" in text or "not to be identified" in text \
        or "not be named" in text or "not be identified" in text


def member_orgs(res, head: Token) -> list[Mention]:
    """"Researchers at X and Y found": every named body the members
    are at, coordinated ones included (one record per body)."""
    if not (head.tag_ == "NNS" and head.pos_ == "NOUN"):
        return []
    # "authorities in X and Y": officials of two states speak for their governments
    states = head.lower_ in cues.COLLECTIVE_SOURCE_NOUNS
    out: list[Mention] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in cues.MEMBER_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            for tok in [pobj] + [c for c in pobj.children if c.dep_ == "conj"]:
                m = res.mention_at(tok)
                if m is not None and m.type == "Place" and states:
                    m = _actor(m)
                if m is not None and m.type == "Organisation" and all(o.name != m.name for o in out):
                    out.append(m)
    return out


def document_authors(res, head: Token) -> list[Mention]:
    """"A study by X and Y finds P", "a report from X and Y says P": two or
    more bodies or people named as a document's authors each speak (one
    record each); one author is the resolver's to find."""
    if head.lemma_.lower() not in cues.DOCUMENT_NOUNS | cues.MESSAGE_NOUNS:
        return []
    out = named_after(res, head, ("by", "from"), ("Organisation", "Person"))
    return out if len(out) > 1 else []


def named_after(res, head: Token, preps, types: tuple[str, ...]) -> list[Mention]:
    """The entities of ``types`` named in the objects of ``head``'s
    prepositions ``preps``, each once, however the parser chained the
    coordinated names ("by X and Y", "a team from X, Y and Z")."""
    out: list[Mention] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            for tok in pobj.subtree:
                m = res.mention_at(tok)
                if m is not None and m.type in types and all(o.name != m.name for o in out):
                    out.append(m)
    return out


# Prepositions that list the members of a group ("firms including X and Y",
# "countries such as X").
_LISTING = frozenset({"including", "like", "among"})


def listed_members(res, head: Token) -> list[Mention]:
    """"German firms including X, Y and Z have announced P", "countries
    such as X and Y have cited Q": every named member the group lists
    speaks (one record each); fewer than two named is no list."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[Mention] = []
    # ("members of the Assembly from X including A and B": the parser may hang the list deeper in the phrase)
    for prep in (t for t in head.subtree if t.i > head.i):
        if prep.dep_ != "prep" or not (prep.lower_ in _LISTING or (prep.lower_ == "as" and prep.i > 0
                                                                  and head.doc[prep.i - 1].lower_ == "such")):
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            for tok in [pobj] + [t for t in pobj.subtree if t.dep_ == "conj"]:
                m = res.mention_at(tok)
                if m is not None and m.type in ("Organisation", "Person", "Place") and all(o.name != m.name for o in out):
                    out.append(m)
    return out if len(out) > 1 else []


def acronym_body(res, head: Token, text: str | None = None) -> Mention | None:
    """"the ABC union said": an organisation noun right after an acronym
    the recogniser left unnamed is the body that acronym names."""
    if head.i == 0 or head.lemma_.lower() not in cues.ORG_NOUNS or head.tag_ != "NN":
        return None
    acr = head.doc[head.i - 1]
    if not (acr.head.i == head.i and acr.is_alpha and acr.is_upper and 2 <= len(acr.text) <= 6) or res.mention_at(acr):
        return None
    return Mention(span=_span(head.doc, acr.i, acr.i + 1, text), type="Organisation", name=acr.text)


def named_body(res, head: Token) -> bool:
    """A singular organisation noun tied to a country ("China's coast
    guard", "the Philippine coast guard") that no earlier organisation
    name contains: a body of its own, named by its phrase."""
    lemma = head.lemma_.lower()
    if lemma not in cues.STATE_BODY_NOUNS | cues.PUBLIC_BODY_NOUNS or (head.tag_ not in ("NN", "NNP") and lemma != "police") \
            or res.mention_at(head) is not None or res.apposed_name(head) is not None or _name_follows(head) \
            or any(c.dep_ == "appos" and res.mention_at(c) is not None for c in head.children):  # "the trade union X"
        return False  # (a body named in apposition is that name: "X's fiscal authority, ABC")
    ties = [t.lower_[:4] for t in head.subtree if t.i < head.i and t.ent_type_ in ("NORP", "GPE")]
    # "the city's water department": a body of a jurisdiction named by its kind
    local = any(c.dep_ == "poss" and c.lemma_.lower() in cues.JURISDICTION_NOUNS for c in head.children)
    # "the health ministry" with no ministry named before: a body of its own
    kind = lemma in cues.STATE_BODY_NOUNS | cues.PUBLIC_BODY_NOUNS and any(c.lower_ == "the" for c in head.children) \
        and any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") for c in head.children)
    if not ties and not local and not kind:
        return False
    # an earlier body of the same kind and country ("Philippine ..." /
    # "Philippines' ...", compared on the stem) is the one meant
    before = res.kind_antecedent(head)
    if not ties:
        return before is None
    return before is None or not any(w.lower()[:4] in ties for w in before.name.split())


def earlier_body(res, head: Token) -> Mention | None:
    """The body of the same kind and country named before ("Mali's
    army" after "the Mali army"), which ``named_body`` defers to."""
    if head.lemma_.lower() not in cues.STATE_BODY_NOUNS | cues.PUBLIC_BODY_NOUNS or res.mention_at(head) is not None:
        return None
    ties = [t.lower_[:4] for t in head.subtree if t.i < head.i and t.ent_type_ in ("NORP", "GPE")]
    before = res.kind_antecedent(head) if ties else None
    if before is not None and any(w.lower()[:4] in ties for w in before.name.split()):
        return before
    return None


def collective(res, head: Token, toks: list[Token], extra: list[Mention], text: str | None = None) -> Mention | None:
    """"Ukrainian officials", "officials in Kyiv": an institutional
    collective tied to a nationality or place is an attributable source
    (named after its phrase); a bare "officials" is not."""
    low = head.lower_
    body = named_body(res, head)
    if low not in cues.COLLECTIVE_SOURCE_NOUNS and not body:
        return None
    # "China's coast guard" keeps its possessor; "Ukrainian officials" drop "the"
    drop = ("det", "advmod", "predet") if body else ("det", "advmod", "poss", "case", "predet")
    left = [t for t in toks if t.i < head.i and t.dep_ not in drop]
    tied = body or any(t.ent_type_ in ("NORP", "GPE") or (t.pos_ == "PROPN") or t.lower_.startswith("pro") for t in left)
    words = left + [head]
    if body and not any(t.ent_type_ in ("NORP", "GPE") or t.dep_ == "poss" for t in left):
        # "the health ministry in Gaza": a body with no country of its own is the place's
        for p in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            pobj = [g for g in p.children if g.dep_ == "pobj"]
            place = res.mention_at(pobj[0]) if pobj else None
            if place is not None and place.type == "Place":
                words = [t for t in toks if t.i <= max(s.i for s in pobj[0].subtree) and t.dep_ not in drop]
    if not tied:
        prep = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")]
        for p in prep:
            pobj = [g for g in p.children if g.dep_ == "pobj"]
            if pobj and res.mention_at(pobj[0]) is not None:
                tied = True
                words = [t for t in toks if t.i >= head.i and t.i <= max(s.i for s in pobj[0].subtree)]
    if not tied:
        return None
    span = _span(head.doc, min(t.i for t in words), max(t.i for t in words) + 1, text)
    mention = Mention(span=span, type="Organisation", name=span.text)
    if body:  # a body of its own: "the ministry" later refers back to it
        res.add(mention)
    else:
        extra.append(mention)
    return mention


def generic_group(head: Token, text: str | None = None) -> Mention | None:
    """"Analysts suggest", "Pharmaceutical companies say": a bare plural
    of a kind of expert or body, named by no one, is a generic source
    (named after its phrase: adjectives and noun); with a determiner
    ("the analysts") it refers back instead, and unnamed individuals
    ("witnesses", "residents") are no source at all."""
    if head.tag_ != "NNS" or head.lower_ not in cues.GENERIC_SOURCE_NOUNS or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "prep", "relcl", "acl", "appos") and c.lower_ not in cues.GENERIC_QUANTIFIERS
           for c in head.children):
        return None
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i and c.pos_ in ("ADJ", "NOUN")]
    first = min([head.i] + [m.i for m in mods])
    if any(c.i < first for c in head.children if c.dep_ == "det"):
        first = min(c.i for c in head.children if c.dep_ == "det")
    span = _span(head.doc, first, head.i + 1, text)
    return Mention(span=span, type="Organisation", name=span.text[:1].upper() + span.text[1:])


# Plural nouns of unnamed people who speak for an institution or a trade
# ("officials said", "according to authorities", "Emergency workers have
# indicated", "state media said", "anonymous sources"); those in
# ``_NEEDS_MODIFIER`` only with a word saying which ("state media",
# "rescue workers", not "the workers").
UNNAMED_SOURCE_NOUNS = frozenset({
    "officials", "authorities", "sources", "police", "investigators", "rescuers", "firefighters",
    "media", "workers", "senators", "lawmakers", "legislators", "activists", "organisers",
    "organizers", "medics", "paramedics", "observers", "monitors", "regulators", "officers",
    "television", "tv", "radio",
})  # (experts and scientists speak generically: ``generic_group``)
# Media that speak for the state that runs them ("state television said").
_MEDIA = frozenset({"media", "television", "tv", "radio"})
_NEEDS_MODIFIER = frozenset({"workers", "sources"})
# Media speak for a body only when the state runs them ("state media said");
# "local media reported" names no one who can be held to the statement.
_STATE_MEDIA = frozenset({"state", "state-run", "state-owned", "state-controlled", "government", "official"})
_BACK_REFERENCE = frozenset({"these", "those", "such", "both"})


def unnamed_group(head: Token, text: str | None = None) -> Mention | None:
    """"Officials said", "according to police", "Authorities stated",
    "Local authorities have noted", "state media said": unnamed members of
    an institution that no name in the text ties to a body are a source of
    their own, named after their phrase (modifiers and noun) and typed an
    organisation (their affiliation is unknown). Never a pronoun, a quoted
    word or a phrase that points back ("these officials")."""
    low = head.lower_
    if low not in UNNAMED_SOURCE_NOUNS or head.pos_ not in ("NOUN", "PROPN") \
            or head.dep_ not in ("nsubj", "nsubjpass", "pobj", "conj", "appos"):
        return None
    if any(c.dep_ in ("poss", "nummod", "relcl") or (c.dep_ == "det" and c.lower_ in _BACK_REFERENCE)
           for c in head.children):
        return None
    if embedded_belief(head):
        return None  # "she said officers believed P": her statement, not theirs
    if any(c.dep_ == "amod" and c.i > head.i and c.lower_ in ("familiar", "close") for c in head.children):
        return None  # "officials familiar with the talks": the anonymous formula names no side
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
            and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")]
    if (low in _NEEDS_MODIFIER and not mods) or (low in _MEDIA and not any(m.lower_ in _STATE_MEDIA for m in mods)):
        return None
    first = min([head.i] + [t.i for m in mods for t in m.subtree])
    span = _span(head.doc, first, head.i + 1, text)
    return Mention(span=span, type="Organisation", name=span.text[:1].upper() + span.text[1:])


# Verbs of publishing: what names itself as their subject is an outlet.
_PUBLISHING = frozenset({"report", "publish", "broadcast"})


def unrecognised_outlet(head: Token, text: str | None = None) -> Mention | None:
    """"Zorbat reported P": a capitalised name the recogniser left out,
    the subject of a verb of publishing, is an outlet that speaks (typed
    an organisation); so is a name in capitals after "according to" ("P,
    according to WSET-TV"), a station's or a body's acronym. Never a common
    noun, a pronoun or a recognised name."""
    according = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according" \
        and head.text.isupper() and len(head.text) >= 2 and head.pos_ in ("PROPN", "NOUN")
    if head.pos_ != "PROPN" and not according or head.ent_type_ or not head.text[:1].isupper() or head.is_stop:
        return None  # ("Amongst reported incidents ...": a preposition opening the sentence)
    if not according and (head.dep_ != "nsubj" or head.head.lemma_.lower() not in _PUBLISHING):
        return None
    allowed = ("compound", "punct") if according else ("compound",)  # ("WSET" "-" "TV")
    # a station's channel number is part of its name ("News 12 reported")
    channel = [c for c in head.children if c.dep_ == "nummod" and c.i == head.i + 1 and c.text.isdigit()]
    if any(c.dep_ not in allowed or c.dep_ == "compound" and (c.pos_ != "PROPN" or c.ent_type_)
           for c in head.children if c.i < head.i) \
            or any(c.i > head.i and c.dep_ not in ("punct",) and c.head.i == head.i and c not in channel
                   for c in head.children):
        return None
    first = min([head.i] + [c.i for c in head.children if c.i < head.i])
    span = _span(head.doc, first, head.i + 1 + len(channel), text)
    return Mention(span=span, type="Organisation", name=span.text)


def apposed_body(head: Token, text: str | None = None) -> Mention | None:
    """"VIKTA, the main farmers' association in Vorland, said P": a
    capitalised name the recogniser left out, set beside a noun of an
    organisation's kind, is that organisation."""
    if head.pos_ != "PROPN" or head.ent_type_ or not head.text[:1].isupper() or head.is_stop \
            or not any(c.dep_ == "appos" and c.lemma_.lower() in cues.ORG_NOUNS | _BODY_KINDS for c in head.children):
        return None
    first = min([head.i] + [c.i for c in head.children if c.i < head.i and c.dep_ == "compound" and c.pos_ == "PROPN"])
    span = _span(head.doc, first, head.i + 1, text)
    return Mention(span=span, type="Organisation", name=span.text)


# Kinds of organisation set beside a name ("X, the business association").
_BODY_KINDS = frozenset({"confederation", "society", "coalition", "movement", "institution", "lobby",
                         "syndicate", "cooperative", "consortium"})


def _name_follows(head: Token) -> bool:
    """"X's fiscal authority, ABC, said" with ABC left outside the phrase by
    the parse: a capitalised name right after the comma names the body."""
    doc, i = head.doc, head.right_edge.i + 1
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text[:1].isupper() \
        and doc[i + 1].pos_ in ("PROPN", "ADV", "X") and i + 2 < len(doc) and doc[i + 2].text == ","


# Unnamed officers of a state who speak for its government ("a senior
# U.S. official said", "a French diplomat told reporters"): singular role
# nouns that, tied to a country, stand for that country's government.
STATE_ROLE_NOUNS = frozenset({"official", "diplomat", "aide"})


def state_official(res, head: Token) -> Mention | None:
    """"A senior U.S. official said", also "speaking on condition of
    anonymity": an unnamed officer of a country named as the modifier of
    the role noun speaks for its government (an official of a named body
    speaks for that body, the same rule); "the official" a few sentences
    later is that officer again. None for a modifier no gazetteer knows
    as a country ("a European diplomat": no one state)."""
    if head.lemma_.lower() not in STATE_ROLE_NOUNS or head.tag_ != "NN":
        return None
    for c in head.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i:
            m = res.mention_at(c)
            if m is None and c.pos_ == "ADJ":  # "a senior French official": the demonym's country
                m = _demonym_place(c)
            if m is not None and m.type == "Place":
                actor = _actor(m)
                if actor is not None:
                    return actor
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and \
            not any(c.dep_ in ("compound", "amod", "nmod", "prep", "appos") for c in head.children):
        # "the official said": the same officer introduced with a country before
        here = res.sent_index(head.idx)
        for tok in reversed(head.doc[:head.i]):
            if here - res.sent_index(tok.idx) > 3:
                break
            if tok.lemma_.lower() == head.lemma_.lower() and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass"):
                return state_official(res, tok) if any(c.dep_ != "det" for c in tok.children) else None
    return None


def national_agency(res, head: Token, place: Mention) -> Mention | None:
    """"Statistics Canada says", "Geo-science Australia says", "Sport England
    said": capitalised words no name covers, run into a country's name as
    its modifiers, name a national body (an agency, a sports body); the
    words and the country are the organisation's name."""
    doc = head.doc
    first = place.span.start
    tok = doc[head.i - 1] if head.i > 0 else None
    words = []
    while tok is not None and tok.idx < first and tok.head.i in (head.i, *(w.i for w in words)) \
            and (tok.dep_ == "compound" or (tok.text == "-" and words)) and res.mention_at(tok) is None:
        words.insert(0, tok)
        tok = doc[tok.i - 1] if tok.i > 0 and not tok.is_sent_start else None
    if not words or not words[0].text[:1].isupper() or words[0].text == "-":
        return None
    entry = Gazetteer.load().lookup(place.name, "Place")
    if entry is None or entry.kind != "country":
        return None
    start, end = words[0].idx, place.span.end
    made = Mention(span=Span(start, end, res.text[start:end]), type="Organisation", name=res.text[start:end])
    res.add(made)
    return made


@lru_cache(maxsize=1)
def entity_resolver():
    """The entity resolver (gazetteer) for country-as-actor lookups, loaded once."""
    from kg.resolve import Resolver

    return Resolver()


def source_in(res, head: Token) -> Mention | None:
    """"a German government source said", "a police source told", "a
    source within the ministry said": an unnamed source inside a body named
    as its modifier or after "within", "in", "at" speaks for that body (a
    country's for its government)."""
    if head.lemma_.lower() != "source" or head.tag_ != "NN":
        return None
    for c in sorted((c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i),
                    key=lambda c: -c.i):
        m = res.mention_at(c)
        if m is None and c.pos_ == "ADJ":
            m = _demonym_place(c)
        if m is not None and m.type == "Place":
            m = _actor(m)
        if m is not None and m.type == "Organisation":
            return m
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _INSIDE_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            m = res.mention_at(pobj)  # "a source within the ministry", "a source in the army"
            if m is not None and m.type == "Organisation":
                return m
    return None


# Prepositions that place an unnamed source inside a body ("a source
# within the ministry"); never "close to", which names whom it is near.
_INSIDE_PREPS = frozenset({"within", "inside", "in", "at"})


def _demonym_place(tok: Token) -> Mention | None:
    """A nationality adjective as a mention of its country (span: the adjective)."""
    from kg.resolve import Gazetteer

    gaz = Gazetteer.load()
    key = gaz.demonym_country(tok.text)
    entry = gaz.get(f"place/{key}") if key else None
    if entry is None or entry.type != "Place":
        return None
    return Mention(span=Span(tok.idx, tok.idx + len(tok.text), tok.text), type="Place", name=entry.name)


def _actor(place: Mention, role: str = "government") -> Mention | None:
    """The government (or another ``role`` of ``Gazetteer.actor_for``) a
    place mention stands for, keeping the place's span."""
    actor = entity_resolver().actor_for(place, role)
    return None if actor is None else Mention(span=place.span, type=actor.type, name=actor.name)


def home_government(res, tok: Token, role: str = "government") -> Mention | None:
    """"a government official said" with no state named: the government of
    the place the story names most (its first named on a tie), keeping the
    modifier's span; None when that place is no country. ``role`` asks for
    another body of that state ("military", "navy", "air-force")."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in res.mentions:
        if m.type == "Place":
            counts[m.name] = counts.get(m.name, 0) + 1
            first.setdefault(m.name, m)
    top = min(counts, key=lambda n: (-counts[n], first[n].span.start)) if counts else None
    actor = _actor(first[top], role) if top is not None else None
    if actor is None:
        actor = _named_country_actor(res, role)  # a story about a town of a country it names more than once
    if actor is None:
        return None  # (a story about a city or region of no named country names no state's government)
    return Mention(span=_span(tok.doc, tok.i, tok.i + 1, res.text), type=actor.type, name=actor.name)


def _named_country_actor(res, role: str) -> Mention | None:
    """The ``role`` body of the one country a story names most, by name or
    by its people's adjective ("Nigerian authorities", "in Nigeria"), when
    named at least twice."""
    gazetteer = Gazetteer.load()
    votes: dict[str, int] = {}
    for m in res.mentions:
        entry = gazetteer.lookup(m.name, "Place") if m.type == "Place" else None
        key = gazetteer.country_key(entry) if entry is not None and entry.kind == "country" else None
        if key:
            votes[key] = votes.get(key, 0) + 1
    for t in res.doc:
        key = gazetteer.demonym_country(t.text) if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() else None
        if key:
            votes[key] = votes.get(key, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    country = gazetteer.get(f"place/{ranked[0][0]}")
    actor = gazetteer.actor_for(country, role) if country is not None else None
    return None if actor is None else Mention(span=Span(0, 0, ""), type=actor.type, name=actor.name)


# Bodies named after a person: "Roe's animal foundation" is the "Jane Roe
# Animal Foundation" (news writes the founder's possessive for the name).
EPONYMOUS_BODIES = frozenset({"foundation", "charity", "trust", "fund", "institute", "estate", "museum",
                              "clinic", "academy", "school"})


def eponymous_body(res, head: Token) -> Mention | None:
    """A body of an eponymous kind with a person's possessive ("Roe's
    animal foundation said"): the body named after that person, its name
    the person's full name and the kind's words ("Jane Roe Animal
    Foundation"), its span the phrase."""
    if head.lemma_.lower() not in EPONYMOUS_BODIES or head.tag_ != "NN":
        return None
    poss = [c for c in head.children if c.dep_ == "poss" and c.i < head.i]
    if not poss:
        return None
    owner = res.mention_at(poss[0])
    if owner is None and poss[0].pos_ == "PROPN":
        owner = res.surname(poss[0])  # "Roe's" after "Jane Roe"
    if owner is None or owner.type != "Person":
        return None
    mods = [c for c in head.children if c.dep_ in ("compound", "amod") and poss[0].i < c.i < head.i]
    if any(t.i != head.i - len(mods) + k for k, t in enumerate(mods)):
        return None  # (the kind's words run up to the noun)
    name = " ".join([owner.name] + [t.text.capitalize() for t in mods] + [head.text.capitalize()])
    span = _span(head.doc, poss[0].left_edge.i, head.i + 1, res.text)
    made = Mention(span=span, type="Organisation", name=name)
    res.add(made)
    return made


# The rest of a name the recogniser cut: capitalised words, joined by the
# small words names carry ("Tea for the Road", "Islamic State of Iraq and
# the Levant").
_NAME_TAIL = re.compile(r"(?:[ \t]+(?:(?:of|and|the|a|an|for|on|de|du|des|la|le|del|&)[ \t]+)*[A-Z][\w'’.\-]*)+")


# Off: the place-opened name ("[Florida] Highway Patrol") became a main actor
# of its article that claims-about could not answer (tests/graph/test_statements).
_PLACE_OPENS_NAME = False


def whole_name(res, speaker: Mention, source: Span) -> Mention:
    """A source's name as the source phrase writes it, where the recogniser
    cut it: an organisation's name runs on to the end of the phrase in
    capitalised words ("producer Tea for [the Road] said"); a name opened
    by a place written before it is an organisation's ("[Florida] Highway
    Patrol described"). Words another name covers are no part of it."""
    if speaker.type == "Place" or not (source.start <= speaker.span.start and speaker.span.end <= source.end):
        return speaker
    text = res.text
    start, end, kind = speaker.span.start, speaker.span.end, speaker.type
    others = [m for m in res.mentions if source.start <= m.span.start and m.span.end <= source.end
              and m.span != speaker.span and m.name != speaker.name]
    tail = text[end:source.end]
    tail_span = res.doc.char_span(end, source.end, alignment_mode="expand") if tail else None
    if kind == "Organisation" and tail and _NAME_TAIL.fullmatch(tail) and \
            not any(m.span.start >= end and (m.type == "Organisation" or len(m.name.split()) > 1)
                    for m in others if m.type != "Place") \
            and not (tail_span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in tail_span)):
        # (a stray word read as a name may be in it; a day is not: "published by X on Monday")
        end = source.end
    place = [m for m in others if m.type == "Place" and m.span.end == start - 1 and text[m.span.end] == " "]
    tok = res.head_token(place[0]) if place else None
    own = res.head_token(speaker)
    if _PLACE_OPENS_NAME and tok is not None and tok.dep_ == "compound" and start <= tok.head.idx < end and own is not None \
            and own.ent_type_ != "PERSON" and speaker.name.split()[0].lower() not in cues.PERSON_NOUNS:
        # (never a name the recogniser read as a person's: "Ambassador to
        # [Germany] Jane Roe", the place is no part of her name)
        start, kind = place[0].span.start, "Organisation"
    if (start, end) == (speaker.span.start, speaker.span.end):
        return speaker
    made = Mention(span=Span(start, end, text[start:end]), type=kind, name=text[start:end])
    res.add(made)
    res.whole.append((speaker, made))
    return made


# How English nationality words end ("Norwegian", "Maltese", "Danish",
# "Iraqi", "Dutch", "Swiss"): a name the recogniser read as a nationality
# that ends otherwise ("a Pellix spokesperson") is a body's.
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", "ss", "ot", "ene")


def body_before_role(res, head: Token) -> Mention | None:
    """"An Orvik Harbour Authority spokesperson said": capitalised words
    before a role noun that the recogniser left unnamed, ending in a kind
    of body ("Authority", "Ministry", "Institute"), are that body's name;
    before a spokesperson ("a Halbrook spokesperson"), any such words are
    (the body named before with them, if any)."""
    run: list[Token] = []
    spokes = head.lemma_.lower() in _SPOKES_NOUNS
    for i in range(head.i - 1, max(head.i - 7, -1), -1):
        tok = head.doc[i]
        # (a name read as a nationality, "a Halbrook spokesperson", only for a body named before)
        if tok.dep_ != "compound" or tok.pos_ != "PROPN" or not tok.is_title \
                or tok.ent_type_ not in ("", "NORP" if spokes else ""):
            break
        run.insert(0, tok)
    # (a spokesperson speaks for a body: "a Halbrook spokesperson" is Halbrook's, whatever its name's words)
    kind_named = 2 <= len(run) <= 5 and run[-1].lower_ in cues.ORG_NOUNS | cues.ORG_NAME_WORDS
    if not (kind_named or (run and len(run) <= 3 and spokes)) or any(res.mention_at(t) for t in run):
        return None
    span = _span(head.doc, run[0].i, run[-1].i + 1, res.text)
    # the body named before, in full or by its first words ("Halbrook Foods"); a person by surname
    name = fold(span.text)
    before = next((m for m in reversed(res.mentions) if m.span.start < head.idx and (
        (m.type == "Organisation" and (fold(m.name) == name or fold(m.name).startswith(name + " ")))
        or (m.type == "Person" and fold(m.name).endswith(" " + name)))), None)
    if before is not None or any(t.ent_type_ and t.lower_.endswith(_DEMONYM_ENDINGS) for t in run):
        return before  # ("a Kestrelian spokesperson": a nationality, no body)
    made = Mention(span=span, type="Organisation", name=span.text)
    res.add(made)
    return made


def body_named_by(res, head: Token) -> Mention | None:
    """"a fire officer said" where the story speaks of "the fire service":
    the body named elsewhere by the role's modifier and an organisation
    noun (made as a mention of those two words), if exactly one such body is."""
    words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
    if not words:
        return None
    word = words[0]
    found = {}
    for tok in word.doc:
        if tok.i != word.i and tok.lower_ == word.lower_ and tok.dep_ == "compound" and tok.head.i == tok.i + 1 \
                and tok.head.lemma_.lower() in cues.ORG_NOUNS and tok.head.lemma_.lower() not in cues.PERSON_NOUNS:
            found.setdefault(tok.head.lemma_.lower(), tok)
    if len(found) != 1:
        return None
    tok = next(iter(found.values()))
    span = _span(tok.doc, tok.i, tok.i + 2, res.text)
    made = Mention(span=span, type="Organisation", name=span.text)
    res.add(made)
    return made


# Bare nouns of police as a source: "Police said", "officers said".
POLICE_NOUNS = frozenset({"police", "officers", "detectives"})
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "fear", "expect", "hope", "understand", "know"})


def embedded_belief(head: Token) -> bool:
    """An unnamed group's belief set inside another clause ("she said
    officers believed P", "the fire, which police believe was set"): part
    of that clause, no statement of the group's. A belief that is the
    sentence's own main verb ("Investigators believe P", "Authorities
    expected gales") is the group's statement, as a named source's is."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in BELIEF_VERBS \
        and head.head.dep_ != "ROOT"


def police_force(res, head: Token, text: str | None = None) -> Mention | None:
    """"Police said", "police say", "Officers said", "detectives said": the
    force speaks. It is the police force the article names (a body whose
    name has the word "Police", nearest before, else after); without one,
    a source named after the phrase. "Officers" and "detectives" count only
    in an article that speaks of police, as soldiers are officers too."""
    low = head.lower_
    if low not in POLICE_NOUNS or head.dep_ not in ("nsubj", "nsubjpass") or embedded_belief(head):
        return None  # ("she said officers believed P": the officers' belief is her statement)
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "prep", "relcl", "acl", "appos") for c in head.children):
        return None  # "the police" refers back; "two officers", "Ukrainian police" are other rules
    if low != "police" and not any(t.lower_ == "police" for t in head.doc):
        return None
    forces = [m for m in res.mentions if m.type == "Organisation" and "police" in m.name.lower().split()[1:]]
    if forces:
        before = [m for m in forces if m.span.start < head.idx]
        return before[-1] if before else forces[0]
    if low != "police":
        return None
    span = _span(head.doc, head.i, head.i + 1, text)
    return Mention(span=span, type="Organisation", name=span.text[:1].upper() + span.text[1:])


_SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def bare_spokesperson(res, head: Token) -> Mention | None:
    """"A spokesperson said in a statement that P", with no body named:
    the spokesperson of the organisation the text is speaking of (the
    latest organisation speaker or subject nearby; never one only
    mentioned, "a teacher at a Toowoomba school")."""
    if head.lemma_.lower() not in _SPOKES_NOUNS:
        return None
    if any(c.dep_ not in ("det", "punct") for c in head.children if c.i < head.i) or \
            any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in head.children):
        return None
    return res.antecedent(head.idx, ("Organisation",), mentions=False)


def later_role_holder(res, head: Token) -> Mention | None:
    """"the transport minister said P" in a lead, the holder named only
    paragraphs later ("Transport Minister Jane Roe"): the one person of
    the article introduced with the role noun and all its modifiers."""
    mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i}
    if not mods:
        return None
    want = mods | {head.lemma_.lower()}
    found = {m.name: m for m in res.mentions if m.type == "Person" and m.span.start > head.idx
             and want <= res.role_words(m)}
    return next(iter(found.values())) if len(found) == 1 else None


def owner_or_source_nearby(res, head: Token) -> Mention | None:
    """The latest organisation in this sentence (before ``head``) or
    the one before that owns something ("X's database") or spoke."""
    here = res.sent_index(head.idx)
    spoke = {m.name for pos, m in res.speakers if pos < head.idx and here - res.sent_index(pos) <= 1}
    for m in reversed([m for m in res.mentions if m.span.start < head.idx]):
        if here - res.sent_index(m.span.start) > 1:
            return None
        tok = res.head_token(m)
        if res.kind_of(m) == "Organisation" and tok is not None and not res.in_dateline(m) \
                and (tok.dep_ == "poss" or m.name in spoke or (
                    tok.dep_ == "pobj" and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "according")):
            return m
    return None


def place_after_body(res, head: Token, place: Mention) -> Mention | None:
    """"Jane Roe of the University of Ontario, Kingston disagreed": a place
    set after a body's name by a comma qualifies the body (a campus, a
    branch); the parser made it the verb's subject, but the subject is the
    person named just before with "of" that body."""
    text = res.text
    before = text[:place.span.start].rstrip()
    if not before.endswith(","):
        return None
    body = [m for m in res.mentions if m.span.end == len(before) - 1]
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if not body or verb is None:
        return None
    # the person's name heads the clause the verb hangs on, or hangs on the verb
    for tok in [verb.head] + [c for c in verb.children if c.i < head.i and c.dep_ != "nsubj"]:
        person = res.mention_at(tok)
        if person is not None and person.type == "Person" and person.span.end < body[0].span.start \
                and body[0].span.start - person.span.end < 60 and text[person.span.end:body[0].span.start].lstrip().startswith("of "):
            return person
    return None


def described_body(res, head: Token) -> Mention | None:
    """"The head of the navy's internal auditors told the court":
    an officer no one named speaks for the body the phrase describes, a
    source of its own named after its description (a plural of people or
    a kind of body, without the article)."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if not (pobj.tag_ == "NNS" or pobj.lemma_.lower() in cues.ORG_NOUNS) or res.mention_at(pobj) is not None:
                continue
            toks = [t for t in pobj.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")]
            while toks and toks[0].dep_ == "det":
                toks.pop(0)  # ("the police's investigators": the body's name has no article)
            lo, hi = min(t.i for t in toks), pobj.i + 1
            if any(t.i > pobj.i for t in toks):
                continue  # ("of the unit in the north": no name of its own)
            span = _span(head.doc, lo, hi, res.text)
            made = Mention(span=span, type="Organisation", name=span.text)
            res.add(made)
            res.described.add(made)
            return made
    return None


def after_described(res, pron: Token) -> Mention | None:
    """"The head of the unit said P. She also said Q": a person pronoun in
    the same paragraph, the next sentence at most, after an officer no one
    named (``described_body``) with no other speaker between, is that
    officer again."""
    if not res.speakers:
        return None
    pos, m = res.speakers[-1]
    if pos >= pron.idx or "\n" in res.text[pos:pron.idx] or m not in res.described and not _officer_of(res, pos, m):
        return None
    return m if res.sent_index(pron.idx) - res.sent_index(pos) <= 1 else None


def _officer_of(res, pos: int, m: Mention) -> bool:
    """The source at ``pos`` is one unnamed person of the body ``m`` ("an
    African Union soldier said P. He added Q": the soldier again, for the body)."""
    span = res.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if m.type != "Organisation" or span is None:
        return False
    head = span[0]
    while head.dep_ in ("det", "compound", "amod", "nummod") and head.head.i > head.i:
        head = head.head
    return head.tag_ == "NN" and head.lemma_.lower() in cues.PERSON_NOUNS | _RANKS \
        and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in head.children)


# People of a body's ranks who speak for it unnamed ("a soldier", "one staffer").
_RANKS = frozenset({"soldier", "source", "member", "employee", "worker", "staffer", "officer", "official"})


def after_unnamed(res, pron: Token) -> bool:
    """"A colleague, who asked not to be named, said P. 'Q,' she said.":
    a person pronoun in the same paragraph as an earlier source that named
    no one, with no named speaker between them, is that unnamed person."""
    text = res.text
    for at in reversed(res.unnamed):
        if at >= pron.idx:
            continue
        if "\n" in text[at:pron.idx]:
            return False
        return not any(at < pos < pron.idx for pos, _ in res.speakers)
    return False


def author(res, head: Token) -> Mention | None:
    """"a Twitter post by X", "a tweet on Monday by X", "a statement
    from X": the person or body after "by"/"from" wrote it, whatever
    platform or place modifies the noun."""
    for prep in (c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            m = res.mention_at(pobj)
            if m is None:
                m = next((res.mention_at(t) for t in pobj.subtree if res.mention_at(t) is not None
                          and res.mention_at(t).type == "Person"), None)
            if m is None and named_body(res, pobj):  # "statements from Malaysia's health ministry": that body
                m = collective(res, pobj, [t for t in pobj.subtree if t.i <= pobj.i], [], res.text)
            if m is None and pobj.lemma_.lower() in cues.ORG_NOUNS and any(c.lower_ == "the" for c in pobj.children):
                m = res.nominal_antecedent(pobj)  # "a statement from the company": the company named before
            if m is not None and m.type != "Place":
                return m
    return None
