"""The controlled predicates (ontology/kg.ttl): the verbs and frames of news
of armed conflict that key a claim across articles, read from the
dependency parse of a statement's content (or the outlet's sentence),
following the predicate word's arguments out of the span when the span cuts
them ("claimed |full control| over the town of X"):

- the predicate comes from ``PREDICATE_LEMMAS`` (verbs by lemma) and a few
  frames ("raise the flag over X" -> controls; "take control of X");
  a capture verb with an area ("seized 2,500 square kilometers") is
  ``liberatedArea``, an advance with a distance is ``advanced``;
- subjects, places, times and amounts are read by ``reader.Reader``;
- casualties ("one person was killed", "27 were injured", "two people died")
  become ``killed`` / ``injured`` with a count and the place they happened
  as subject.

A negated or hypothetical verb ("did not enter", "would retake") is not a
claim that it happened (``irrealis``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.records import Attribution, Mention, Proposition, Quantity, Span
from kg.resolve import COUNT_UNIT, parse_number, qualifier_before

from . import cues
from .clauses import named_in
from .coref import token_span
from .reader import Reader

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
PARSED = {lemma: pred for pred, lemmas in PREDICATE_LEMMAS.items()
           if pred != "withdrawsFrom" for lemma in lemmas}
ADVANCE_LEMMAS = frozenset({"advance", "penetrate", "push", "move", "progress"})
# "raise the flag over X": a control frame common to news of front lines.
FLAG_LEMMAS = frozenset({"raise", "hoist", "plant"})
# Nouns of casualty: "suffered injuries", "injuries" -> injured.
INJURY_NOUNS = frozenset({"injury", "injuries", "wound", "wounds"})
_OBJ = ("dobj", "obj", "attr", "oprd")
_WHERE = frozenset({"in", "near", "at", "around", "outside", "of", "on"})


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


class Finder:
    """Propositions of one attribution's content."""

    def __init__(self, reader: Reader, a: Attribution | None, span=None, keep=None):
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
                    elif lemma in PARSED:
                        self.verb(tok, PARSED[lemma])
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
        "established control in the town"."""
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
        """"advanced as much as 30 kilometers", "penetrated ... to a depth of 30 km"."""
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
