"""People named by their relation to the story rather than by name: a
plural of people ("both officers", "the defendants", "they", "the pair")
for the people the story named together (and "the two nations" for two
states named together), and a kinship noun ("his daughter", "the mother")
for the relative it introduced. Each function takes the document's
``SpeakerResolver`` (``res``) and a source head token, and gives the named
mentions, or nothing when the text does not single them out.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from spacy.tokens import Token

from kg import resolve
from kg.resolve import fold
from kg.records import Mention, Span

from . import cues, names

# People nouns that, plural and definite ("both men", "the defendants"),
# stand for people named together.
PERSON_GROUP_NOUNS = frozenset({"man", "woman", "officer", "defendant", "brother", "sister", "parent",
                                 "suspect", "player", "driver", "pilot", "soldier", "student", "accused",
                                 "son", "daughter", "policeman", "guard", "worker", "victim", "child",
                                 "researcher", "scientist", "lawyer"})
# Determiners of a plural that points at people already named.
_GROUP_DETS = frozenset({"the", "both", "two", "these", "those"})
# Singular nouns of two people ("the pair denied P", "the duo said").
_PAIR_NOUNS = frozenset({"pair", "duo"})
# Plurals of states that, with "two" or "both", stand for two named
# together ("X and Y closed their embassies ... the two nations pledged").
_STATE_GROUP_NOUNS = frozenset({"country", "nation", "government", "state", "side"})
# Kinship nouns: "his daughter said" is the daughter the story introduced
# ("his daughter Jane Roe", "Jane Roe, the victim's mother").
KIN_NOUNS = resolve.KIN_NOUNS  # (kept in kg.resolve, which names such a relative unnamed)
# How far back (narrative sentences) a plural looks for the pair it stands
# for when no pair was introduced with its own word.
_PAIR_WINDOW = 4


def group_noun(head: Token) -> bool:
    """"both officers", "the two defendants", "the accused": a definite
    plural of people."""
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod")}
    if head.lower_ in _PAIR_NOUNS and dets & {"the", "this"}:
        return True  # "the pair denied P"
    plural = head.tag_ == "NNS" or (head.lower_ == "accused" and "the" in dets)
    return plural and head.lemma_.lower() in PERSON_GROUP_NOUNS and bool(dets & _GROUP_DETS)


def _pairs(res, before: int) -> list[tuple[Mention, Mention]]:
    """People named together ("X and Y", "officers X and Y") before an
    offset, in text order: a person and the person coordinated with it."""
    out = []
    for m in res.mentions:
        if m.span.start >= before or m.type != "Person":
            continue
        tok = res.head_token(m)
        if tok is None or tok.dep_ != "conj":
            continue
        first = res.mention_at(tok.head)
        if first is None or first.name == m.name:
            continue
        if first.type != "Person" and len(first.span.text.split()) > 1 and \
                all(t.pos_ == "PROPN" for t in res.doc.char_span(first.span.start, first.span.end, alignment_mode="expand")):
            # "officers Jane Roe and John Doe": a name coordinated with a
            # person's is a person's, whatever the recogniser guessed
            first = Mention(span=first.span, type="Person", name=first.name)
        if first.type == "Person":
            out.append((first, m))
    return out


def named_pair(res, head: Token) -> list[Mention]:
    """The two people a definite plural stands for: the pair the story
    introduced with the same word ("officers X and Y" ... "both officers"),
    else the pair named together in the last few sentences ("X and Y were
    charged. The defendants denied it."), else the one pair the story
    names together at all; a kinship plural ("the parents") only the pair
    introduced with its word."""
    word = head.lemma_.lower()
    pairs = _pairs(res, head.idx)
    for first, second in reversed(pairs):
        if word in res.role_words(first) or word in res.role_words(second):
            return [first, second]
    if word in KIN_NOUNS:
        return []  # "the parents": only a pair introduced as such, never the last two named
    here = res.sent_index(head.idx)
    if pairs and here - res.sent_index(pairs[-1][1].span.start) <= _PAIR_WINDOW:
        return list(pairs[-1])
    if len({(first.name, second.name) for first, second in pairs}) == 1:
        return list(pairs[-1])  # the one pair the story named together
    if head.lower_ in _PAIR_NOUNS:
        return _only_two(res, head)
    return []


def _only_two(res, head: Token) -> list[Mention]:
    """"X sold the car. He had Y drive it away. The pair denied P": the two
    people named in the last five sentences, when no one else was."""
    here = res.sent_index(head.idx)
    named: dict[str, Mention] = {}
    for m in res.mentions:
        if m.type == "Person" and m.span.start < head.idx and 0 <= here - res.sent_index(m.span.start) <= _PAIR_WINDOW + 1:
            # ("Peter Marsh" and a later "Marsh" are one person: keyed by the surname, the fullest name kept)
            key = fold(m.name.split()[-1])
            if key not in named or len(m.name) > len(named[key].name):
                named[key] = m
    return list(named.values()) if len(named) == 2 else []


def paired_states(res, head: Token) -> list[Mention]:
    """"X and Y closed their embassies. ... the two nations pledged P":
    "two" or "both" with a plural of states stands for the two places or
    bodies named together in its sentence or the two before it."""
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod")}
    if head.tag_ != "NNS" or head.lemma_.lower() not in _STATE_GROUP_NOUNS or not dets & {"both", "two"}:
        return []
    here = res.sent_index(head.idx)
    found: list[Mention] = []
    for m in res.mentions:
        if m.span.start >= head.idx or m.type == "Person" or not 0 <= here - res.sent_index(m.span.start) <= 2:
            continue
        tok = res.head_token(m)
        first = res.mention_at(tok.head) if tok is not None and tok.dep_ == "conj" else None
        if first is not None and first.type != "Person" and first.name != m.name and tok.head.dep_ != "conj" \
                and sum(c.dep_ == "conj" for c in tok.head.children) == 1 and not any(c.dep_ == "conj" for c in tok.children):
            found = [first, m]  # (the last pair before the plural; a list of three is no pair)
    return found or _two_countries(res, head)


def _two_countries(res, head: Token) -> list[Mention]:
    """"the two countries announced P" with no pair named together just
    before: the two countries the story has named most so far, each at
    least twice, a third far behind ("India ... the US ... the two
    countries"); none otherwise."""
    from kg.resolve import Gazetteer

    gazetteer, counts, last = Gazetteer.load(), Counter(), {}
    for m in res.mentions:
        if m.span.start >= head.idx or m.type != "Place":
            continue
        entry = gazetteer.place(m.name)
        if entry is not None and entry.kind == "country":
            counts[entry.id] += 1
            last[entry.id] = m
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < 2 or len(top) == 3 and top[2][1] * 2 > top[1][1]:
        return []
    return [last[top[0][0]], last[top[1][0]]]


def _subject_or_apposed(tok: Token) -> bool:
    """The subject, or a name set beside a subject noun ("researchers X
    and Y disclosed")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")


def joint_persons(res, head: Token) -> list[Mention]:
    """The people "they" or "both men" stand for: two people named
    together as the subject of the sentence before, or earlier in this one,
    with no one speaking since; a plural of people (``group_noun``) for the
    pair it names (``named_pair``); "they" after such a plural as the
    subject of the sentence before, for that pair."""
    if head.pos_ != "PRON" and group_noun(head):
        return named_pair(res, head)
    here = res.sent_index(head.idx)
    pair: list[Mention] = []
    for m in reversed([m for m in res.mentions if m.span.start < head.idx and m.type == "Person"
                       and 0 <= here - res.sent_index(m.span.start) <= 1]):
        tok = res.head_token(m)
        if tok is None or tok.dep_ != "conj" or not _subject_or_apposed(tok.head):
            continue
        first = res.mention_at(tok.head)
        if first is not None and first.type == "Person" and first.name != m.name:
            pair = [first, m]
            break
    if not pair and head.pos_ == "PRON" and head.lower_ == "they":
        subjects = [t for t in head.sent if t.i < head.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if head.sent.start > 0:
            subjects += [t for t in head.doc[head.sent.start - 1].sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for subj in subjects:
            if group_noun(subj):  # "The officers are back at work. They said ...", "Both women ..., but they said"
                pair = named_pair(res, subj)
                break
    members = {m.name for m in pair}
    if any(pos < head.idx and here - res.sent_index(pos) <= 1 and m.name not in members for pos, m in res.speakers):
        return []  # someone else spoke since: "they" may be theirs (the pair's own statement is no obstacle)
    return pair


def possessor(res, head: Token) -> Mention | None:
    """Whose ``head`` is: "his"/"her" for the person they refer to, "X's"
    for the mention X; None without a possessive."""
    poss = [c for c in head.children if c.dep_ == "poss"]
    if not poss:
        return None
    if poss[0].lower_ in _ROLE_PRONOUNS:
        return res.antecedent(poss[0].idx, ("Person",), gender=_ROLE_PRONOUNS[poss[0].lower_])
    return res.mention_at(poss[0])


def relative(res, head: Token) -> Mention | None:
    """"his daughter said", "the mother said": the one person the story
    introduced with that kinship word ("his daughter Jane Roe", "Jane Roe,
    the victim's mother"), before or in the next two sentences; none when
    more than one person was; when no one was, the one other person of the
    possessor's surname named within three sentences."""
    word = head.lemma_.lower()
    here = res.sent_index(head.idx)
    found = {m.name: m for m in res.mentions if m.type == "Person" and word in res.role_words(m)
             and (m.span.start < head.idx or res.sent_index(m.span.start) - here <= 2)}
    if len(found) == 1:
        return next(iter(found.values()))
    if found:
        return None
    # "his mother said P ... Joyce Blake told T": the one other person of
    # the family's surname named within a few sentences
    owner = possessor(res, head)
    if owner is None or owner.type != "Person" or len(owner.name.split()) < 2:
        return None
    kin = {m.name: m for m in res.mentions if m.type == "Person" and m.name != owner.name
           and len(m.name.split()) > 1 and m.name.split()[-1] == owner.name.split()[-1]
           and abs(res.sent_index(m.span.start) - here) <= 3}
    return next(iter(kin.values())) if len(kin) == 1 else None


# Bodies that act for one person ("Ann Roe's office", "the office of Mayor
# Ann Roe", "her campaign"): what they say, that person says. An office
# named by a role ("the prime minister's office", "the sheriff's office")
# is an institution of its own, as the held-out keys have it (``role_office``).
PRINCIPAL_NOUNS = frozenset({"office", "campaign", "team", "government", "camp", "entourage", "staff"})
_ROLE_PRONOUNS = {"his": "m", "her": "f"}
# Holders of public offices beside the role nouns of ``cues.PERSON_NOUNS``
# ("the sheriff's office", "the coroner's office").
_OFFICE_HOLDERS = frozenset({"sheriff", "coroner", "ombudsman", "auditor", "comptroller", "treasurer",
                             "registrar", "attorney", "marshal", "commissioner"})


def principal(res, head: Token) -> Mention | None:
    """The person whose office, campaign or team the source head names:
    the person named as its possessor or after "of"; "his"/"her" for the
    person they refer to. None when the possessor is no named person (a
    body's, a country's or a role's office)."""
    if head.lemma_.lower() not in PRINCIPAL_NOUNS or head.tag_ not in ("NN", "NNP"):
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        m = res.mention_at(owner)
        if m is not None:
            return m if m.type == "Person" else None
        if owner.pos_ == "PRON":
            gender = _ROLE_PRONOUNS.get(owner.lower_)
            return res.antecedent(owner.idx, ("Person",), gender=gender) if gender else None
        if owner.dep_ == "poss" and owner.lemma_.lower() in cues.PERSON_NOUNS | _OFFICE_HOLDERS \
                and head.lemma_.lower() == "office":
            return role_office(res, head, owner)
    return None


def office_of_role(res, head: Token) -> Mention | None:
    """"The office of the Vorland President said P": a role's office named
    with "of" is an institution of its own, as "the Vorland President's
    office" is (``role_office``), named by its phrase; None for a person's
    office ("the office of Ann Roe") or anything else."""
    if head.lemma_.lower() != "office" or head.tag_ != "NN":
        return None
    for role in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"):
        m = res.mention_at(role)
        if role.lemma_.lower() not in cues.PERSON_NOUNS | _OFFICE_HOLDERS or m is not None and m.type == "Person":
            return None
        last = max(t.idx + len(t.text) for t in role.subtree)
        words = res.text[head.idx:last]
        made = Mention(span=Span(head.idx, last, words), type="Organisation", name=words[:1].upper() + words[1:])
        res.add(made)
        return made
    return None


def role_office(res, head: Token, role: Token) -> Mention:
    """"The sheriff's office", "the Vorland Prime Minister's office": the
    office of a role is an institution of its own: the organisation named
    before with both words ("the Kestrel County Sheriff's Office"), else
    one named by the phrase (without its article)."""
    words = {role.lower_, head.lower_}
    for m in reversed(res.mentions):
        if m.type == "Organisation" and m.span.start < head.idx and words <= {w.lower().removesuffix("'s").removesuffix("\u2019s") for w in m.name.split()}:
            return m
    toks = [t for t in role.subtree if t.dep_ != "det"] + [head]
    start, last = toks[0].idx, head.idx + len(head.text)
    made = Mention(span=Span(start, last, res.text[start:last]), type="Organisation", name=res.text[start:last])
    res.add(made)
    return made


def named_representative(res, head: Token) -> Mention | None:
    """"Roe's lawyer, Marek Dorn, filed P ... Roe's lawyer said Q", "her
    lawyer said Q": the representative the story named as the same
    client's (an apposition of the same noun with the same possessor, by
    surname, or the one a pronoun refers to) speaks, not the client; None
    when the story named none."""
    lemma = head.lemma_.lower()
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if lemma not in cues.REPRESENTATIVE_NOUNS or poss is None:
        return None
    if poss.pos_ == "PRON":
        if poss.lower_ not in ("his", "her", "its", "their"):
            return None
        client = represented(res, head)
    else:
        client = res.mention_at(poss)
    if client is None:
        return None
    for m in reversed([m for m in res.mentions if m.type == "Person" and m.span.end <= head.idx]):
        tok = res.head_token(m)
        if tok is None or lemma not in res.role_words(m):
            continue
        nouns = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        for noun in (n for n in nouns if n.lemma_.lower() == lemma):
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            of = res.mention_at(owner) if owner is not None and owner.pos_ == "PROPN" else None
            if of is not None and of.name.split()[-1] == client.name.split()[-1]:
                return m
    return None


def represented(res, head: Token) -> Mention | None:
    """A representative named only by a possessive pronoun ("her
    lawyer", "its spokesman") speaks for the one the pronoun refers to."""
    if head.lemma_.lower() not in cues.REPRESENTATIVE_NOUNS:
        return None
    poss = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not poss or poss[0].lower_ not in ("his", "her", "its", "their"):
        return None
    low = poss[0].lower_
    if low == "its":
        return res.antecedent(poss[0].idx, ("Organisation",))
    if low == "their":
        return res.plural_antecedent(poss[0].idx) or res.antecedent(poss[0].idx, ("Organisation",))
    return res.antecedent(poss[0].idx, ("Person",), gender="m" if low == "his" else "f")


def role_holders(res, head: Token, window: int) -> list[Mention]:
    """The people introduced with the role word of ``head`` ("the mayor")
    in the last ``window`` sentences, one per surname, nearest first."""
    word, here = head.lemma_.lower(), res.sent_index(head.idx)
    holders: dict[str, Mention] = {}
    for m in mentions_before(res, head.idx, here - window):
        if m.type == "Person" and word in res.role_words(m):
            holders.setdefault(m.name.split()[-1].lower(), m)
    # "the prime minister" after "Prime Minister X" and "Y, the finance
    # minister": the words that say which role pick among its holders
    which = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i}
    fitting = [m for m in holders.values() if which and which <= res.role_words(m)]
    if len(holders) > 1 and fitting:
        return fitting
    return [m for m in holders.values() if role_fits(res, head, m)]


# Modifiers of a role noun that say nothing of which office it is ("the
# local health minister" is a health minister).
_ANY_OFFICE = frozenset({"local", "former", "new", "current", "then", "top", "senior", "outgoing", "incoming",
                         "longtime", "long-time", "veteran", "acting", "interim", "same", "own", "newly"})


def role_fits(res, head: Token, person: Mention) -> bool:
    """The office ``head`` names may be ``person``'s: every word that says
    which office it is ("health" in "the health minister", "deputy") is
    among the person's role words ("the health minister" is no "Prime
    Minister X")."""
    which = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
             and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.lower_ not in _ANY_OFFICE
             and c.ent_type_ not in ("NORP", "GPE", "LOC")}  # (where the office is: as before)
    return which <= res.role_words(person)


def mentions_before(res, offset: int, first_sent: int):
    """The mentions before ``offset`` back to sentence ``first_sent``,
    nearest first (a bounded walk: never the whole of a long text)."""
    i = bisect.bisect_left(res._starts, offset) - 1
    while i >= 0 and res.sent_index(res._starts[i]) >= first_sent:
        yield res.mentions[i]
        i -= 1


def one_or_speaking(res, holders: list[Mention], before: int) -> Mention | None:
    """The one person of ``holders``; of several, the one who spoke last
    before ``before``, if any did; else None (ambiguous)."""
    if len(holders) == 1:
        return holders[0]
    keys = {m.name.split()[-1].lower(): m for m in holders}
    for pos, m in reversed(res.speakers):
        if pos < before and m.type == "Person" and m.name.split()[-1].lower() in keys:
            return keys[m.name.split()[-1].lower()]
    return None


# Words that introduce a person with their sex ("Ms Roe", "X, the
# chairwoman", "his wife, X"): the agreement of "she"/"he" with a person the
# text has not yet referred to by a pronoun.
FEMALE_WORDS = frozenset({
    "ms", "mrs", "miss", "madam", "dame", "lady", "woman", "girl", "chairwoman", "spokeswoman",
    "businesswoman", "congresswoman", "councilwoman", "policewoman", "sportswoman", "actress", "queen",
    "princess", "duchess", "countess", "empress", "mother", "wife", "daughter", "sister", "widow",
    "grandmother", "granddaughter", "aunt", "niece", "stepmother", "stepdaughter", "girlfriend", "fiancée",
    "nun", "heiress", "waitress", "hostess", "baroness",
})
MALE_WORDS = frozenset({
    "mr", "sir", "lord", "man", "boy", "chairman", "spokesman", "businessman", "congressman",
    "councilman", "policeman", "sportsman", "king", "prince", "duke", "count", "emperor", "father",
    "husband", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew", "stepfather",
    "stepson", "boyfriend", "fiancé", "monk", "baron",
})


def word_gender(words: frozenset[str]) -> str | None:
    """"f" or "m" when the words introducing a person say which, else None."""
    f, m = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    return "f" if f and not m else "m" if m and not f else None


def ambiguous_pair(res, found: Mention, offset: int) -> bool:
    """"Mara Lind and Tom Berg met. He said P": of two people joined as one
    phrase in this sentence or the one before, neither of a sex the text has
    marked and neither the last speaker, "he" (at ``offset``) may be either;
    no one rather than a guess (first names are no evidence here)."""
    tok = res.head_token(found)
    if tok is None or res.gender_of(found) is not None or res.sent_index(offset) - res.sent_index(tok.idx) > 1 \
            or any(pos < offset and m == found for pos, m in res.speakers[-1:]):
        return False
    others = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    for other in others:
        m = res.mention_at(other)
        if m is not None and m.type == "Person" and m.name != found.name and res.gender_of(m) is None:
            return True
    return False


def gendered_local(res, offset: int, gender: str) -> Mention | None:
    """The one person of this sentence or the one before (before
    ``offset``) whom the text marks with the pronoun's sex ("Tom Roe met
    Ms Dorr. She said P": Dorr), which a person of unknown sex nearer the
    pronoun does not outrank; None when there is no such one person."""
    found = {m.name: m for m in mentions_before(res, offset, res.sent_index(offset) - 1)
             if m.type == "Person" and not res.in_dateline(m) and res.gender_of(m) == gender}
    return next(iter(found.values())) if len(found) == 1 else None


def late_apposition(res, head: Token) -> Mention | None:
    """"A second nurse with the same surname, X, said": a name set
    off by commas at the end of an indefinite role noun's phrase names
    that person, though the parser hung it on the phrase's last noun.
    A name the recogniser took for a place is a person there."""
    for tok in head.subtree:
        if tok.dep_ == "appos" and tok.head.i != head.i and tok.i > head.i and head.doc[tok.left_edge.i - 1].text == ",":
            m = res.mention_at(tok)
            if m is not None and (m.type == "Person" or names.misread_person(m)):
                return m if m.type == "Person" else Mention(span=m.span, type="Person", name=m.name)
            if m is None and (res.mention_at(tok.head) is not None or _closes_subject(tok, head)):
                return _unrecognised_name(res, tok)
    return None


def _closes_subject(tok: Token, head: Token) -> bool:
    """The apposition ends the subject: its closing comma stands right
    before the subject's verb or an auxiliary of it ("The prime minister who
    resigned after the coup, Jane Roe, has told ...")."""
    doc = tok.doc
    after = tok.right_edge.i + 2
    if after >= len(doc) or doc[after - 1].text != ",":
        return False
    nxt = doc[after]
    return nxt.i == head.head.i or (nxt.head.i == head.head.i and nxt.dep_ in ("aux", "auxpass", "neg", "advmod"))


# A capitalised word of a name: "Jan", "Ulufa'alu", "Smith-Jones".
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['\u2019-][A-Za-z][a-z]*)*")


def _unrecognised_name(res, tok: Token) -> Mention | None:
    """"A spokesman for governor X, Akbar Jan, says": a name the recogniser
    missed, apposed to a name it found, set off by commas and made of two or
    three capitalised words, is the role holder's name (a person of the
    story; "Mr Jan said" later finds it)."""
    words = list(tok.subtree)
    doc = tok.doc
    if not 2 <= len(words) <= 3 or words[-1].i + 1 >= len(doc) or doc[words[-1].i + 1].text != ",":
        return None
    if not all(w.pos_ == "PROPN" and _NAME_WORD.fullmatch(w.text) and w.lower_ not in cues.PERSON_NOUNS
               for w in words):
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    made = Mention(span=Span(start, end, res.text[start:end]), type="Person", name=res.text[start:end])
    res.add(made)
    for i, m in enumerate(res.mentions):  # "Mr Jan" later: the surname the recogniser found alone
        if m.type == "Person" and m.span.start > end and m.name == words[-1].text:
            res.mentions[i] = res.renamed[m.span] = Mention(span=m.span, type="Person", name=made.name)
    return made


def name_before_role(res, head: Token) -> Mention | None:
    """"Professor Jane Roe deputy director of the institute says": a full
    name run straight into a role noun, with nothing before it, is the role
    holder (the parser made the name a modifier of the role). A single word
    ("the Roe spokesman", "Dorn adviser") is the one served, not this."""
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    for child in head.children:
        if child.dep_ != "compound" or child.i >= head.i or child.left_edge.i != head.left_edge.i:
            continue
        m = res.mention_at(child)
        if m is not None and m.type == "Person" and " " in m.span.text.strip():
            return m
    return None
