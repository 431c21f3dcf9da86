"""Groups of unnamed people described as a source, beyond the bare plurals
of ``names.generic_group`` and ``names.unnamed_group``:

- a quantity of them ("a number of councillors condemned P", "dozens of
  doctors said P"): the group is the noun after "of";
- located by a place ("researchers in Norway found P", "scientists from
  Vorland say P"): named after the whole phrase;
- a definite plural of researchers that refers back to no one named ("The
  archaeologists say P"): the body they were introduced as belonging to
  ("researchers from the University of X" ... "the researchers"), else a
  source of its own named after the noun (the realnews key's placeholder).

Each function takes the document's ``SpeakerResolver`` (``res``) and a source
head token and gives a ``Mention`` or None; the caller keeps made mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.records import Mention, Span
from kg.resolve import UNNAMED_PERSON_NOUNS

from . import cues, names

# Nouns of quantity whose "of" complement is the group that speaks
# ("a number of senators", "a group of doctors", "dozens of residents").
QUANTITY_NOUNS = frozenset({
    "number", "group", "majority", "minority", "handful", "dozen", "dozens", "hundreds", "scores",
    "couple", "some", "many", "several", "most", "few", "half",
})
# Experts named by their field, beside ``cues.GENERIC_SOURCE_NOUNS``: they
# speak for a study or a team ("The archaeologists say P").
FIELD_EXPERT_NOUNS = frozenset({
    "archaeologists", "astronomers", "biologists", "physicists", "chemists", "epidemiologists",
    "historians", "geologists", "meteorologists", "psychologists", "climatologists", "ecologists",
    "virologists", "academics", "physicians", "engineers", "seismologists", "volcanologists",
})
# Those who speak for a study ("the researchers found"); "the analysts",
# "the critics" refer back to commentators named before, or to no one.
STUDY_NOUNS = FIELD_EXPERT_NOUNS | frozenset({"researchers", "scientists"})
# Prepositions that place a group ("researchers in Norway", "scientists from Vorland").
_PLACING = frozenset({"in", "from", "at", "across"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Prepositions that tie a group to the body it belongs to ("researchers from X").
_MEMBER = frozenset({"from", "at", "of", "with"})


def _expert(tok: Token) -> bool:
    return tok.tag_ == "NNS" and tok.lower_ in cues.GENERIC_SOURCE_NOUNS | FIELD_EXPERT_NOUNS


def _named(span: Span) -> Mention:
    text = span.text
    return Mention(span=span, type="Organisation", name=text[:1].upper() + text[1:])


def _span(head: Token, first: int, last: int, text: str) -> Span:
    doc = head.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Span(start, end, text[start:end])


def quantified(head: Token) -> Token | None:
    """"a number of senators": the group noun after "of" a quantity noun
    heading the source, when it is a noun of unnamed or expert sources."""
    if head.lemma_.lower() not in QUANTITY_NOUNS and head.lower_ not in QUANTITY_NOUNS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.lower_ in names.UNNAMED_SOURCE_NOUNS or _expert(pobj):
                return pobj
    return None


def placed(head: Token, text: str) -> Mention | None:
    """"Researchers in Norway found P": a bare plural of experts located
    by a place names its source by the whole phrase (never one with a
    determiner, a possessor or a relative clause, which refer back)."""
    if not _expert(head) or any(c.dep_ in ("det", "poss", "relcl", "acl", "appos") for c in head.children):
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _PLACING and c.i > head.i):
        pobj = [g for g in prep.children if g.dep_ == "pobj"]
        if pobj and (pobj[0].ent_type_ in _PLACE_LABELS):
            first = min([head.i] + [c.i for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i])
            return _named(_span(head, first, pobj[0].right_edge.i, text))
    return None


def study_team(res, head: Token, text: str) -> Mention | None:
    """"The archaeologists say P", "the researchers found P": a definite
    plural of researchers with nothing else in its phrase, that the resolver
    tied to no one. The body the story introduced that group with ("a team
    of chemists from the University of X") speaks; else the group is a
    source of its own, named after its noun."""
    if head.tag_ != "NNS" or head.lower_ not in STUDY_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ not in ("det", "punct") for c in head.children if c.dep_ != "amod"):
        return None
    lemma = head.lemma_.lower()
    for tok in reversed(head.doc[max(0, head.i - 400):head.i]):
        if tok.lemma_.lower() != lemma:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _MEMBER):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                m = res.mention_at(pobj)
                if m is not None and m.type == "Organisation":
                    return m
        break  # (only the group's own introduction decides)
    return _named(_span(head, head.i, head.i, text))


def described(res, head: Token, text: str) -> Mention | None:
    """The group a source head describes by one of the constructions above."""
    inner = quantified(head)
    if inner is not None:
        return names.unnamed_group(inner, text) or (_named(_span(inner, inner.i, inner.i, text)) if _expert(inner) else None)
    return placed(head, text) or study_team(res, head, text)


# Singular nouns of a group that "they" may refer to ("The Orvik team ... They found").
COLLECTIVE_NOUNS = frozenset({"team", "group", "panel", "crew", "family", "couple", "committee", "jury"})


def previous_subject(head: Token) -> Token | None:
    """"Researchers at X used data from Y. They found P": "they" opening
    its sentence refers to the subject of the sentence before when that is
    a plural or collective common noun (the researchers, the team), not to
    the body named last (Y); the caller resolves that subject, and gets no
    one when it names no one ("Residents were evacuated. They said P")."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.sent.start == 0 \
            or any(t.dep_ in ("nsubj", "nsubjpass") and t.i < head.i for t in head.sent):
        return None
    before = head.doc[head.sent.start - 1].sent
    subj = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ != "NOUN" or (subj[0].tag_ != "NNS" and subj[0].lemma_.lower() not in COLLECTIVE_NOUNS):
        return None
    return subj[0]


def same_group(res, head: Token) -> Mention | None:
    """"Vorlandish officials said P. ... officials said Q": a bare plural
    of unnamed sources ("officials", "police") after a source group of the
    same noun tied to a body or a country refers back to that group."""
    if head.tag_ != "NNS" or head.lower_ not in names.UNNAMED_SOURCE_NOUNS \
            or any(c.dep_ in ("amod", "compound", "poss", "prep", "nummod") for c in head.children):
        return None
    for pos, m in reversed(res.speakers):
        words = m.name.lower().split()
        if pos < head.idx and len(words) > 1 and head.lower_ in words and m.type == "Organisation":
            return m
    return None


def officials_of_subject(res, head: Token) -> Mention | None:
    """"Vorland banned the airline, with officials saying P": bare
    "officials" in an absolute "with" clause speak for the subject of the
    clause it hangs on: that body, or the government of that country."""
    if head.lower_ not in ("officials", "authorities") or any(c.dep_ != "acl" for c in head.children):
        return None
    # (parsed "with [officials saying P]" or "with officials [saying P]")
    prep = head.head.head if head.dep_ == "nsubj" and head.head.tag_ == "VBG" else head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    main = prep.head
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    m = res.mention_at(subj[0]) if subj else None
    if m is None or m.type not in ("Place", "Organisation"):
        return None
    if m.type == "Organisation":
        return m
    actor = names.entity_resolver().actor_for(m, "government")
    return Mention(span=m.span, type=actor.type, name=actor.name) if actor is not None else None


def cited_group(obj: Token, text: str) -> Mention | None:
    """"T, citing anonymous sources, reported P": unnamed sources cited by
    the one who relays them are the source (named after their phrase);
    "sources familiar with the talks" name no side, as in subject position."""
    if obj.lower_ not in names.UNNAMED_SOURCE_NOUNS or obj.dep_ != "dobj" \
            or any(c.dep_ in ("amod", "acl") and c.i > obj.i for c in obj.children) \
            or any(c.dep_ in ("poss", "relcl") for c in obj.children):
        return None
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i]
    first = min([obj.i] + [t.i for m in mods for t in m.subtree])
    return _named(_span(obj, first, obj.i, text))


def named_again(groups: dict[str, list[Mention]], head: Token) -> list[Mention]:
    """"Researchers at X and Y reported P. ... The researchers also found Q":
    a definite bare plural of the noun that named members of several bodies
    (``names.member_orgs``) speaks for those bodies again."""
    if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("prep", "compound", "amod", "poss", "nummod") for c in head.children):
        return []
    lemma = head.lemma_.lower()
    if lemma in _RESEARCH_NOUNS and lemma not in groups:
        # "scientists from X and Y reported P ... the researchers estimate Q": the same team
        return next((groups[k] for k in groups if k in _RESEARCH_NOUNS), [])
    return groups.get(lemma, [])


def they_again(res, last: tuple[int, list[Mention]] | None, head: Token) -> list[Mention]:
    """"Scientists at X, Y and Z found P. They estimated Q": "they" right
    after a statement of several bodies' members (``last``: its source's
    offset and the bodies), in the same or the next sentence with no one
    else speaking since, speaks for those bodies again."""
    if last is None or head.lower_ != "they" or head.pos_ != "PRON" or len(last[1]) < 2:
        return []
    at, bodies = last
    gap = res.sent_index(head.idx) - res.sent_index(at)
    if not 0 <= gap <= 2:
        return []
    if any(at < pos < head.idx and m not in bodies for pos, m in res.speakers):
        return []  # someone else spoke since
    if gap == 2 and any(at < t.idx < head.idx and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS", "PRP")
                        and (t.lemma_.lower() in cues.PERSON_NOUNS | cues.ORG_NOUNS or t.lower_ in UNNAMED_PERSON_NOUNS
                             or t.ent_type_ in ("NORP", "ORG", "PERSON")
                             or t.lower_ in ("they", "we"))
                        for t in head.doc[:head.i]):
        return []  # ("Several scenarios were considered. They estimated": no people or bodies named between)
    return bodies


# A study's words and the nouns that name the people who did it: "the study
# found P" after "researchers at X and Y reported Q" is theirs.
_STUDY_NOUNS = frozenset({"study", "research", "paper", "findings", "analysis"})
_RESEARCH_NOUNS = frozenset({"researcher", "scientist", "author", "team", "astronomer", "archaeologist",
                             "economist", "epidemiologist", "biologist", "physicist", "investigator"})


# A headline's shorthand for a study and those who made it ("Study finds P",
# "P, says new study", "Astronomers discover Q"), beside the nouns above.
_HEADLINE_STUDY = _STUDY_NOUNS | _RESEARCH_NOUNS | {"survey"} | {n[:-1] for n in FIELD_EXPERT_NOUNS}


def study_word(tok: Token) -> bool:
    """A study's or researchers' word ("study", "scientists"), whatever
    the tagger made of it."""
    return tok.lower_ in _HEADLINE_STUDY or tok.lower_[:-1] in _HEADLINE_STUDY


def headline_study(res, head: Token) -> bool:
    """A headline's bare study noun or researchers ("Study finds P", "US
    researchers find P", "P, says new study"; "study" read as a verb there
    too): the lead names whose study it is (``lead_study``); no determiner
    or possessor of its own."""
    if head.pos_ == "VERB":  # ("study" as the tagger read it: the word as written)
        word, plural = head.lower_.removesuffix("s"), head.lower_.endswith("s")
    else:
        word, plural = head.lemma_.lower(), head.tag_ == "NNS"
    return head.pos_ in ("NOUN", "VERB") and word in _HEADLINE_STUDY \
        and (plural or word in _STUDY_NOUNS | {"survey"}) \
        and not any(c.dep_ in ("det", "poss", "prep") for c in head.children) and res.in_headline(head.idx)


def lead_source(doc, source: Span) -> bool:
    """The source of a record in the lead is researchers or their study
    ("A team of researchers from X found", "Astronomers at Y announced"),
    or people named with that title ("Engineers X and Y disclosed")."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    return span is not None and any((t.lemma_.lower() in _HEADLINE_STUDY or t.lower_[:-1] in _HEADLINE_STUDY)
                                    and (t.i == span.root.i or t.dep_ == "compound" and t.head.i == span.root.i)
                                    for t in span)


def research_groups(res, doc) -> list[tuple[int, str, list[Mention]]]:
    """"A research team from X and Y has analysed ...", "scientists at X
    used ...": each group of researchers the story introduces with the
    bodies they come from, wherever it stands (not only as a source), as
    (token index, noun, bodies) in text order, so that a later "the
    scientists found P" or "the study showed Q" is those bodies'."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _RESEARCH_NOUNS:
            continue
        members = names.named_after(res, tok, cues.MEMBER_PREPS, ("Organisation",))
        if members:
            out.append((tok.i, tok.lemma_.lower(), members))
    return out


# Verbs of doing a study ("the study was carried out by X", "the research,
# led by X, ...").
_STUDY_VERBS = frozenset({"carry", "conduct", "lead", "author", "perform", "undertake", "write"})


def named_study_authors(res, doc) -> list[Mention]:
    """"The study was conducted by Dr. X and his colleagues", "the
    research, conducted by the Y Institute": the people or bodies a story
    names as doing its study, wherever it does (the study's findings before
    that sentence are theirs too); none when it names no one so, or more
    than one study's."""
    found: list[Mention] = []
    for tok in doc:
        if tok.lemma_.lower() not in _STUDY_VERBS or tok.tag_ != "VBN":
            continue
        study = [c for c in tok.children if c.dep_ == "nsubjpass"] if tok.dep_ != "acl" else [tok.head]
        if not study or study[0].lemma_.lower() not in _STUDY_NOUNS:
            continue
        for pobj in (g for a in tok.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
            m = res.mention_at(pobj)
            if m is not None and m.type in ("Person", "Organisation") and all(m.name != f.name for f in found):
                found.append(m)
    return found


def study_authors(groups: dict[str, list[Mention]], head: Token) -> list[Mention]:
    """The bodies whose researchers the story named (``named_again``) for
    "the study" with no author of its own: its findings are theirs."""
    if head.lemma_.lower() not in _STUDY_NOUNS and head.lower_ not in _STUDY_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) \
            or any(c.dep_ in ("poss", "prep", "compound") for c in head.children):
        return []
    found = [members for noun, members in groups.items() if noun in _RESEARCH_NOUNS]
    return found[-1] if found else []


# Those who speak for an inquiry ("investigators believe P", "the
# investigation concluded P") and the words of the names of bodies that hold
# inquiries ("National Transportation Safety Board", "Air Accidents
# Investigation Branch", "Independent Inquiry into X").
_INQUIRY_NOUNS = frozenset({"investigator", "investigation", "inquiry", "probe"})
_INQUIRY_BODY_WORDS = frozenset({"safety", "investigation", "investigations", "investigative", "inquiry",
                                 "accident", "accidents"})


# Words of an inquiry's stage that say nothing of whose it is ("preliminary investigations").
_STAGES = frozenset({"preliminary", "initial", "early", "first", "ongoing", "official"})


def investigating_body(res, head: Token) -> Mention | None:
    """"Investigators believe P", "the investigation concluded P" in a story
    that names one body that holds inquiries ("Vorland's National
    Transport Safety Board declared ...", before or after the
    phrase, as a headline's "Investigators blame X" comes first): that body; None when
    the story names none or several, or the phrase says whose it is
    ("investigators from X", "a police investigation")."""
    lemma = head.lemma_.lower()
    if lemma not in _INQUIRY_NOUNS or head.pos_ != "NOUN":
        return None
    kids = [c for c in head.children if c.dep_ not in ("punct",) and c.lower_ not in _STAGES]
    plural = head.tag_ == "NNS"
    if (lemma == "investigator" and not plural) or (lemma != "investigator" and not kids and not plural) \
            or any(c.dep_ != "det" or c.lower_ not in ("the", "this") for c in kids):
        return None  # ("an investigator", "investigators from X", "a police probe"; "investigation" needs "the")
    bodies = {m.name: m for m in res.mentions if m.type == "Organisation"  # (before or after: a headline's)
              and {w.lower() for w in m.name.split()} & _INQUIRY_BODY_WORDS}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def nation(head: Token) -> Mention | None:
    """"The Israelis say P", "the Russians claimed P": a people named by its
    plural demonym after "the", as the subject, speaks for its country's
    government (as "Israel says P" does). None with any other word
    ("Israeli settlers", "the Israelis in the car", a bare "Israelis")."""
    if head.tag_ not in ("NNPS", "NNS") or head.dep_ != "nsubj" or not head.text[:1].isupper() \
            or [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"] \
            or not head.text.lower().endswith("s"):
        return None  # (a bare "Israelis say" is people at large, a poll's)
    return government_of(head)


def government_of(word: Token) -> Mention | None:
    """The government of the country ``word`` is a demonym of ("Israelis",
    "Turkish"), as a mention at the word; None for no demonym."""
    from kg.resolve import Gazetteer

    gazetteer = Gazetteer.load()
    key = gazetteer.demonym_country(word.text)
    entry = gazetteer.get(f"place/{key}") if key else None
    actor = gazetteer.actor_for(entry, "government") if entry is not None else None
    if actor is None:
        return None
    return Mention(span=Span(word.idx, word.idx + len(word.text), word.text), type=actor.type, name=actor.name)


# Members of an armed group, named by what they do ("the rebels said", "one
# militant told T", "according to insurgents").
ARMED_NOUNS = frozenset({"rebel", "militant", "insurgent", "guerrilla", "guerilla", "separatist", "jihadist",
                         "attacker", "gunman", "extremist"})
# Words of an armed group's own name ("the X Liberation Front", "the Y Brigades").
_ARMED_NAME_WORDS = frozenset({"liberation", "militia", "militias", "brigade", "brigades", "mujahideen", "jihad",
                               "rebels", "insurgents"})


def armed_groups(res, before: int | None = None) -> list[Mention]:
    """The armed groups a story names, one mention each, in text order: the
    gazetteer's armed groups, and bodies or parties whose name says what they
    are ("X Liberation Front", "Y Brigades"; never an "Army": a state's, as
    often). With ``before``, those named before that offset, or, where none
    is, all the story names ("according to rebels" in a headline). An
    acronym of a group named in full ("TPLF") is that group."""
    from kg.resolve import Gazetteer

    gazetteer, named, initials = Gazetteer.load(), {}, set()
    for m in res.mentions:
        if m.type != "Organisation":
            continue
        entry = gazetteer.organisation(m.name)
        words = m.name.split()
        folded = {w.lower() for w in words}
        if entry is not None and entry.kind == "armed" or (entry is None or entry.kind in ("org", "company")) \
                and folded & _ARMED_NAME_WORDS and "army" not in folded:
            if m.name.isupper() and m.name in initials:
                continue
            named.setdefault(entry.id if entry is not None else m.name, m)
            initials.add("".join(w[0] for w in words if w[:1].isupper()))
    found = list(named.values())
    if before is not None:
        return [m for m in found if m.span.start < before] or found
    return found
