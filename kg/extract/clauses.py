"""General propositions: the clausal core of any statement, for any verb,
and the distances an article gives between two places.

The controlled war predicates (``events.PREDICATES``) cover a few
verbs; every other statement with a clausal core ("the airline said it
would suspend flights to Bali") still has a subject, a verb and an object.
``ClauseRules`` reads them from the dependency parse:

- the core verbs of a span are the verbs whose head lies outside it (the
  clause the cue introduces) and the verbs coordinated with them;
- the frame is the verb's lemma with its particle ("pull back", "cut off");
  an agentless passive is "be <participle>" ("be closed"); negation and a
  modal auxiliary are kept as fields, never dropped or folded into the verb;
- the subject is a named actor or place (or a pronoun the attribution rules
  resolve), the agent of a passive; a verb with no subject of its own takes
  the subject of the verb it is coordinated with;
- the object is a named entity of the direct object (else of a
  prepositional phrase, whose preposition joins the frame: "arrive in", or
  of a predicate adjective's: "be married to"), a measured amount, or the
  words of the object noun phrase (after a named subject, also of a
  prepositional phrase that is no time or count: "rely on donors").

The outlet's narration also states its subordinate clauses (adverbial,
relative, open complements: "when X was leaving Y", "X, who held the
post", "X failed to obtain Y" - frame "fail to obtain"), a fronted
participle ("Founded by X, the firm ...") and a copula that names who ("the
winner was X").

A clause needs a named subject and some object: "they are sitting there"
says nothing a key could match. A subject phrase that names no entity
("a military coup", "members of the public") is kept as its words when the
object is an entity ("a military coup removed X"): the entity makes the key
matchable; two phrases ("the move sparked anger") are not read unless the
clause names an entity elsewhere (below).

Every entity the clause names besides its subject and object (the verb's
words below it: "stopped X at the Y", "voted for X in the Z") is listed as
``named``, so the claim is found from each of them; a clause of two phrases
is read when it names one ("a car bomb was rammed into a base in X").

A past participle qualifying a noun is a passive clause on that noun
("findings published in X": be published in X; "a report released by Y":
Y release report), also in a sentence whose main verb is a cue (the
qualifier is the outlet's words). A claim whose content is a noun phrase
("X claimed responsibility for the blasts") is the speaker's act: the
speaker, the cue verb, the phrase (``statement_noun``).

``distances`` reads "X lies 104 kilometers east of Y" / "X, located about
120 km south-east of Y" / "X, 73 km from Y": a place, an amount of length
and another place, with the compass direction when given.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kg.records import Attribution, Mention, Proposition, Quantity, Span
from kg.resolve import parse_quantity, qualifier_before

from . import cues, frames

# Auxiliaries that make a clause a possibility, a plan or a wish.
MODALS = frozenset({"may", "might", "could", "would", "should", "can", "will", "must", "shall"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "dative")
# Prepositions that carry a verb's object when it has no direct one
# ("arrived in X", "withdrew from Y", "met with Z").
FRAME_PREPS = frozenset({
    "in", "into", "to", "from", "on", "onto", "with", "against", "over", "at", "for", "about",
    "toward", "towards", "near", "across", "through",
})
# Noun-phrase words kept in an object's words: its modifiers, not relative
# clauses or prepositional tails.
_NP_DEPS = frozenset({"compound", "amod", "nummod", "poss", "case", "nmod", "det", "quantmod"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"})
# Verbs that say nothing on their own in a statement's core.
_EMPTY_LEMMAS = frozenset({"have", "do", "get", "go", "come", "seem", "appear", "say", "tell"})

_DIRECTION = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?"
_DISTANCE = re.compile(
    r"(?P<amount>\d[\d,.]*\s*(?:kilomet(?:er|re)s?|km|miles?)\b)"
    r"(?:\s*\([^)]{0,30}\))?\s*(?:(?P<direction>" + _DIRECTION + r")\s+of|from|away\s+from)\s+(?:the\s+)?",
    re.I,
)
# Words allowed between a place and the distance that follows it ("X lies",
# "X, located about", "X, which is some").
_LINK_WORDS = frozenset({
    "lies", "lie", "lying", "is", "was", "sits", "located", "situated", "which", "that", "some",
    "about", "around", "approximately", "roughly", "nearly", "almost", "just", "only", "more", "than",
})


def core_verbs(span: DocSpan) -> list[Token]:
    """The verbs heading the clauses of ``span``: those whose head lies
    outside it (or the sentence root) and the verbs coordinated with them."""
    inside = {t.i for t in span}
    out: list[Token] = []
    for t in span:
        if not (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
            continue
        if t.dep_ in ("aux", "auxpass"):
            continue
        if t.head.i == t.i or t.head.i not in inside or (t.dep_ == "conj" and t.head in out):
            out.append(t)
    return out


# Subordinate clauses an outlet's sentence states besides its main one:
# adverbial ("when X was leaving Y", "after X contacted Y"), relative ("X,
# who held the post") and open complements ("X failed to obtain seats"; the
# frame keeps the governing verb: "fail to obtain" is no "obtain"), and the
# verbs coordinated with them.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "xcomp", "conj"})
# A relative clause's subject that stands for the noun it qualifies.
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def subordinate_verbs(span: DocSpan) -> list[Token]:
    """The verbs heading subordinate clauses inside ``span`` (any depth),
    other than its core verbs."""
    core = {t.i for t in core_verbs(span)}
    inside = {t.i for t in span}
    return [t for t in span
            if t.i not in core and t.head.i in inside and t.head.i != t.i and t.dep_ in _SUBORDINATE_DEPS
            and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))
            and (t.dep_ != "conj" or t.head.pos_ in ("VERB", "AUX"))]


def frame_of(verb: Token, passive: bool, agent: bool) -> str:
    """The verb frame: lemma and particle; "be <participle>" for an
    agentless passive."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if passive and not agent:
        return " ".join(["be", verb.lower_, *particles])
    return " ".join([verb.lemma_.lower(), *particles])


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def modality(verb: Token) -> str | None:
    """The modal auxiliary of a verb ("may", "would"), by lemma ("won't" -> will)."""
    for c in verb.children:
        if c.dep_ == "aux" and (c.lemma_.lower() in MODALS or c.lower_ in MODALS):
            return c.lemma_.lower() if c.lemma_.lower() in MODALS else c.lower_
    return None


def predicate_name(frame: str) -> str:
    """A frame as a predicate local name ("pull back" -> "pull_back")."""
    return re.sub(r"[^a-z0-9]+", "_", frame.lower()).strip("_") or "state"


def _participle(verb: Token) -> bool:
    """A past participle qualifying a noun ("findings published in X", "a
    report released by Y"): a passive clause whose patient is that noun. One
    with a direct object is a main verb the parser attached to its subject
    ("a coup removed X"), not a qualifier."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _fronted(verb: Token) -> bool:
    """A past participle opening its sentence with no subject of its own
    ("Founded in 1990 by X, the firm ..."): a passive clause on the main
    clause's subject."""
    # (the tagger may take a participle with its agent for a past tense)
    return verb.dep_ == "advcl" and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)) \
        and not any(c.dep_ in (*_SUBJECT_DEPS, "aux", "auxpass", "mark") for c in verb.children)


def _adjective_objects(verb: Token) -> list[tuple[Token, Token, Token]]:
    """(adjective, preposition, object) of a predicate adjective's
    prepositional phrase: "was married to X", "has been critical of Y"."""
    return [(adj, prep, p) for adj in verb.children if adj.dep_ == "acomp"
            for prep in adj.children if prep.dep_ == "prep" and (prep.lower_ in FRAME_PREPS or prep.lower_ == "of")
            for p in prep.children if p.dep_ == "pobj"]


def named_in(reader, verb: Token, a: Attribution | None, keep=None, known=()) -> tuple[Mention, ...]:
    """The entities named in ``verb``'s words below it - within the
    statement's content (or the sentence, for narration), ``keep``-ing only
    its own words - except ``known`` (the subject and object)."""
    lo, hi = (a.content.start, a.content.end) if a is not None else (verb.sent.start_char, verb.sent.end_char)
    names = {m.name for m in known if m is not None}
    out: list[Mention] = []
    for t in verb.subtree:
        if not lo <= t.idx < hi or (keep is not None and not keep(t)):
            continue
        m = reader.res.mention_at(t)
        if m is not None and m.name not in names:
            names.add(m.name)
            out.append(m)
    return tuple(out)


class ClauseRules:
    """Rules over one document, given the proposition reader (its mentions,
    spans, times and actors)."""

    def __init__(self, reader, owned: frozenset[str] = frozenset()):
        self.r = reader
        # lemmas the controlled predicates read: their rules resolve a force
        # noun subject ("the army": the speaker's side), so a bare phrase
        # subject is never a second reading of them
        self.owned = owned

    # -- subjects and objects -------------------------------------------------
    def _named(self, tok: Token) -> Mention | None:
        """The mention a phrase names: at its head, else at a possessor or
        compound before it ("the airline's chief" is not the airline, but
        "Ukraine's armed forces" with no mention of its own is Ukraine)."""
        m = self.r.res.mention_at(tok)
        if m is not None:
            return m
        for c in tok.children:  # "the deputy minister, X": the person apposed
            if c.dep_ == "appos" and (m := self.r.res.mention_at(c)) is not None:
                return m
        if tok.lemma_.lower() in cues.PERSON_NOUNS or tok.lower_ in cues.PERSON_NOUNS:
            return None  # "the country's minister" is not the country
        for c in tok.children:
            if c.dep_ in ("compound", "poss") and c.i < tok.i:
                m = self.r.res.mention_at(c)
                if m is not None:
                    return m
        return None

    @staticmethod
    def subject_token(verb: Token) -> Token | None:
        """The head of the verb's subject (the agent of a passive); a verb
        with none of its own takes the verb it is coordinated with or
        controlled by (its object when it has one: "urged X to leave": X).
        An -ing adjunct with no subject ("..., providing airstrikes") takes
        its clause's own subject; a relative clause's "who"/"which" is the
        noun it qualifies."""
        cur = verb
        for step in range(3):
            # the agent is its own verb's subject only: "X was praised by Y and
            # left" - X left
            agent = None if step else next(
                (p for c in cur.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            subj = agent if agent is not None else next((c for c in cur.children if c.dep_ in _SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ in _RELATIVE_SUBJECTS and cur.dep_ == "relcl":
                return frames.who_antecedent(cur.head) if subj.lower_ == "who" else cur.head  # "X, who held the post": X
            if subj is not None:
                return None if subj.dep_ == "expl" else subj
            adjunct = cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(c.dep_ == "mark" for c in cur.children)
            if adjunct and step:
                return None  # an adjunct of an adjunct ("..., leading to X using Y"): too far
            if (cur.dep_ not in ("conj", "xcomp") and not adjunct) or cur.head.i == cur.i:
                return None
            if cur.dep_ == "xcomp":
                controller = next((c for c in cur.head.children if c.dep_ in ("dobj", "obj")), None)
                if controller is not None:
                    return controller
            cur = cur.head
        return None

    def subject(self, verb: Token, a: Attribution | None) -> tuple[Mention, str] | None:
        subj = self.subject_token(verb)
        if subj is None:
            return None
        found = self.r.actor(subj, a, False)
        if found is not None:
            return found
        m = self._named(subj)
        return (m, f"named '{m.name}'") if m is not None else None

    def subject_words(self, verb: Token) -> Span | None:
        """The words of a subject phrase that names no entity, with its "of"
        phrase ("members of the public"); None for a pronoun."""
        subj = self.subject_token(verb)
        if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in ("DATE", "TIME"):
            return None
        lo = self._np_start(subj)
        if lo is None:
            return None
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subj.i + 1), None)
        pobj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        hi = pobj.i + 1 if pobj is not None and pobj.pos_ != "PRON" else subj.i + 1
        return self.r.span(list(self.r.doc[lo:hi]))

    def _heads_object(self, verb: Token, mention: Mention | None) -> bool:
        """True when ``mention`` names one of the verb's objects (direct, or
        of a prepositional phrase): written at its head or in a compound of
        it ("the X party"), not in the modifier of a count ("five X
        personnel")."""
        if mention is None:
            return False
        heads = [c for c in verb.children if c.dep_ in _OBJECT_DEPS or c.dep_ == "nsubjpass"]
        heads += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        heads += [a for h in heads for a in h.children if a.dep_ == "appos"]
        heads = [h for h in heads if not any(c.dep_ == "nummod" for c in h.children)]
        heads += [c for h in heads for c in h.children if c.dep_ == "compound"]
        return any(mention.span.start <= h.idx < mention.span.end for h in heads)

    @staticmethod
    def _np_start(tok: Token) -> int | None:
        """The first token of a noun phrase's words: its head and modifiers,
        without a leading determiner; None for a pronoun or a lone function
        word."""
        if tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") or tok.lower_ in _DETERMINERS:
            return None
        toks = sorted([tok] + [t for t in tok.subtree if t.i < tok.i and t.dep_ in _NP_DEPS], key=lambda t: t.i)
        while toks and toks[0].lower_ in _DETERMINERS:
            toks = toks[1:]
        toks = [t for t in toks if t.i >= (toks[0].i if toks else tok.i)]
        if not toks or not any(t.is_alpha for t in toks):
            return None
        return toks[0].i

    def words(self, tok: Token) -> Span | None:
        """The words of a noun phrase (``_np_start`` to its head)."""
        lo = self._np_start(tok)
        return None if lo is None else self.r.span(list(self.r.doc[lo:tok.i + 1]))

    @staticmethod
    def _object_tokens(verb: Token, passive: bool, has_agent: bool) -> list[Token]:
        """The heads of the verb's direct objects (the patient of a passive
        with its agent)."""
        objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
        if passive and has_agent:
            objs = [c for c in verb.children if c.dep_ == "nsubjpass"] + objs
            if _participle(verb):  # "a report released by X": the report
                objs = [verb.head] + objs
            elif _fronted(verb):  # "Founded by X, the firm ...": the firm
                objs = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS] + objs
        return objs

    def object(self, verb: Token, passive: bool, has_agent: bool, phrases: bool = False):
        """(mention, quantity, words, preposition, why) of the verb's object:
        a direct object, a named entity after a preposition (of the verb or
        of its predicate adjective: "was married to X", "is critical of Y"),
        else the words of a direct object; with ``phrases`` (the subject is
        named) also the words after a preposition ("X performed in a film")."""
        objs = self._object_tokens(verb, passive, has_agent)
        for o in objs:
            if o.pos_ == "PRON":
                continue
            m = self._named(o)
            if m is not None:
                return m, None, None, None, f"object named '{m.name}'"
            q = self.r.quantity(list(o.subtree))
            if q is not None:
                return None, q, None, None, f"amount '{q.span.text}'"
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in FRAME_PREPS:
                for p in (g for g in c.children if g.dep_ == "pobj"):
                    m = self._named(p)
                    if m is not None:
                        return m, None, None, c.lower_, f"'{c.text} {m.name}'"
        for adj, prep, p in _adjective_objects(verb):
            m = self._named(p)
            if m is not None:
                return m, None, None, f"{adj.lower_} {prep.lower_}", f"'{adj.text} {prep.text} {m.name}'"
        for o in objs:
            w = self.words(o)
            if w is not None:
                return None, None, w, None, f"words '{w.text}'"
        if not phrases:
            return None
        after = [(f"{adj.lower_} {prep.lower_}", p) for adj, prep, p in _adjective_objects(verb)]
        if verb.lemma_.lower() != "be" or passive:  # "X is in session" says where, not what
            after += [(c.lower_, p) for c in verb.children if c.dep_ == "prep" and c.lower_ in FRAME_PREPS
                      for p in c.children if p.dep_ == "pobj"]
        for prep, p in after:
            # a time or a count ("at 1429 UTC", "with 220 votes") is no object
            counted = p.ent_type_ in ("DATE", "TIME") or p.like_num or any(c.dep_ == "nummod" for c in p.children)
            w = self.words(p) if not counted else None
            if w is not None:
                return None, None, w, prep, f"words '{w.text}' after '{prep}'"
        return None

    # -- clauses -------------------------------------------------------------
    def clause(self, verb: Token, a: Attribution | None, keep=None, sub: bool = False) -> Proposition | None:
        """The proposition of ``verb``'s clause; ``sub``: a subordinate
        clause (an open complement's frame keeps its governing verb)."""
        if verb.lemma_.lower() in _EMPTY_LEMMAS and not any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            return None
        participle = _participle(verb)
        passive = participle or _fronted(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        has_agent = any(c.dep_ == "agent" for c in verb.children)
        owned = verb.lemma_.lower() in self.owned
        if participle and not has_agent:  # "findings published in X": the findings
            m = self._named(verb.head)
            subj = (m, f"named '{m.name}' (the noun the participle qualifies)") if m is not None else None
            subject_words = self.words(verb.head) if subj is None and not owned else None
        else:
            subj = self.subject(verb, a)
            subject_words = self.subject_words(verb) if subj is None and not owned else None
        if subj is None and subject_words is None:
            return None
        obj = self.object(verb, passive, has_agent, phrases=subj is not None)
        if obj is None:
            return None
        mention, quantity, words, prep, why_obj = obj
        named = named_in(self.r, verb, a, keep, (subj[0] if subj else None, mention))
        if subj is None:
            if verb.lemma_.lower() == "be" and not passive and prep is None and not self._heads_object(verb, mention):
                # a copula ("the deaths are ...") says what a phrase is, not
                # what happened - unless it names who ("the winner was X")
                return None
            if mention is not None and not self._heads_object(verb, mention) and quantity is None:
                # the entity only qualifies the object ("Guests included X's
                # children and ..."): the object is its words, the entity named
                held = next((w for o in self._object_tokens(verb, passive, has_agent)
                             if o.pos_ != "PRON" and (w := self.words(o)) is not None), None)
                if held is not None:
                    why_obj = f"words '{held.text}' (naming '{mention.name}')"
                    named, words, mention, prep = (mention, *named), held, None, None
            if not self._heads_object(verb, mention) and not (words is not None and named):
                # phrases only: nothing a key could match, unless the clause
                # names an entity it can be found from ("a car bomb was rammed
                # into a base in X"); an entity only modifying a count ("five
                # X personnel") is not the object
                return None
            subj = (None, f"words '{subject_words.text}' (no entity named)")
        if mention is not None and mention == subj[0]:
            return None
        frame = frame_of(verb, passive, has_agent) + (f" {prep}" if prep else "")
        governing = verb.head if sub and verb.dep_ == "xcomp" else None
        if governing is not None:  # "failed to obtain": fail to obtain
            to = " to" if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else ""
            head_passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in governing.children)
            governed = self.subject_token(verb)
            if governed is not None and governed.head == governing and governed.dep_ in ("dobj", "obj"):
                # "X forced Y to leave": Y "be forced to leave" (a present "X
                # urges Y to leave" has no participle to say it with: its own
                # clause, "X urge Y", is read)
                if governing.tag_ not in ("VBN", "VBD"):
                    return None
                head = "be " + governing.lower_
            else:
                head = frame_of(governing, head_passive, False)
            frame = f"{head}{to} {frame}"
        sent = verb.sent
        evidence = Span(sent.start_char, sent.end_char, self.r.article.text[sent.start_char:sent.end_char])
        cue = self.r.span([verb])
        return Proposition(
            predicate_name(frame), subj[0], mention, quantity, cue, evidence, a, None,
            self.r.time_of(verb), self.r.said_time(a), (f"subject: {subj[1]}", f"object: {why_obj}"),
            frame=frame, negated=negated(verb) or (governing is not None and negated(governing)),
            modality=modality(verb) or (modality(governing) if governing is not None else None), object_words=words,
            subject_words=subject_words, named=named,
        )

    def statement_noun(self, span: DocSpan, a: Attribution, keep=None) -> Proposition | None:
        """A claim whose content is a noun phrase, not a clause ("X claimed
        responsibility for the blasts", "Y announced a ban on Z"): the
        speaker, the cue verb's frame and the phrase."""
        if a.speaker is None or a.relation != "claims" or core_verbs(span):
            return None
        cue = self.r.doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
        verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
        if verb is None:
            return None  # "according to": the content is a clause elsewhere
        head = span.root
        m = self._named(head)
        q = self.r.quantity(list(head.subtree)) if m is None else None
        w = self.words(head) if m is None and q is None else None
        if m is None and q is None and w is None:
            return None
        frame = frame_of(verb, False, True)
        sent = verb.sent
        evidence = Span(sent.start_char, sent.end_char, self.r.article.text[sent.start_char:sent.end_char])
        what = f"named '{m.name}'" if m is not None else f"amount '{q.span.text}'" if q is not None else f"words '{w.text}'"
        return Proposition(
            predicate_name(frame), a.speaker, m, q, self.r.span([verb]), evidence, a, None,
            self.r.time_of(verb), self.r.said_time(a), (f"subject: the speaker '{a.speaker.name}'", f"object: {what}"),
            frame=frame, negated=negated(verb), modality=modality(verb), object_words=w,
            named=named_in(self.r, head, a, keep, (a.speaker, m)),
        )

    def clauses(self, span: DocSpan, a: Attribution | None, skip: set[int], keep=None,
                core: bool = True, sub: bool = False) -> list[Proposition]:
        """A proposition for each core verb of ``span`` and each participle
        qualifying a noun in it, not read already (``skip``: token indices of
        verbs a controlled predicate read); ``keep`` limits the verbs
        (narration: verbs not inside a quote); without ``core`` only the
        participles are read (a sentence whose main verb is a cue: "In
        findings published in X, researchers reported ..."); with ``sub``
        the subordinate clauses too (``subordinate_verbs``)."""
        out = []
        inside = {t.i for t in span}
        participles = [t for t in span if _participle(t) and t.head.i in inside]
        subs = [t for t in subordinate_verbs(span) if t not in participles] if sub else []
        for verb in (core_verbs(span) if core else []) + participles + subs:
            if verb.i in skip or (keep is not None and not keep(verb)):
                continue
            try:
                p = self.clause(verb, a, keep, sub=verb in subs)
            except (IndexError, ValueError, AttributeError):
                continue  # one odd parse loses only its own proposition
            if p is not None:
                out.append(p)
        return out

    # -- distances -----------------------------------------------------------
    def _place_before(self, text: str, lo: int, hi: int) -> Mention | None:
        """The place named right before a distance, over a few linking words
        ("X lies", "X, located about"): a place mention there, or a name
        written there that the document names as a place elsewhere."""
        head = text[lo:hi]
        cut = len(head)
        while True:
            m = re.search(r"([A-Za-z]+)[\s,]*$", head[:cut])
            if m is None or m.group(1).lower() not in _LINK_WORDS:
                break
            cut = m.start()
        name = re.search(r"((?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)[\s,]*$", head[:cut])
        if name is None or len(re.findall(r"[A-Za-z]+", head[cut:])) > 4:
            return None
        start, end = lo + name.start(1), lo + name.end(1)
        for m in self.r.places:
            if m.span.start <= start < m.span.end or start <= m.span.start < end:
                return m
        written = text[start:end]
        for m in self.r.places:
            if written in (m.span.text, m.name):
                return Mention(Span(start, end, written), "Place", m.name)
        return None

    def distances(self, sent: DocSpan, attribution_at) -> list[Proposition]:
        """"X lies 104 km east of Y": ``distanceFrom`` with the amount and
        the direction. ``attribution_at(offset)`` is the statement holding
        an offset (None: the article's own voice)."""
        text = self.r.article.text
        places = [m for m in self.r.places if sent.start_char <= m.span.start < sent.end_char]
        out = []
        for match in _DISTANCE.finditer(text, sent.start_char, sent.end_char):
            to = next((m for m in places if match.end() <= m.span.start <= match.end() + 12), None)
            frm = self._place_before(text, sent.start_char, match.start())
            if to is None or frm is None or frm.name == to.name:
                continue
            start = match.start("amount")
            amount_end = match.end("amount")
            found = parse_quantity(text[start:amount_end])
            if found is None:
                continue
            value, unit, _ = found
            qual = qualifier_before(text[max(0, start - 24):start])
            qual_start = start
            if qual:
                words = re.search(r"(\S+(?:\s+than)?)\s*$", text[max(0, start - 24):start])
                qual_start = start - len(words.group(0)) if words else start
            quantity = Quantity(Span(qual_start, amount_end, text[qual_start:amount_end]), value, unit, qual)
            direction = (match.group("direction") or "").lower().replace(" ", "-") or None
            cue = Span(match.start(), match.end(), text[match.start():match.end()])
            evidence = Span(sent.start_char, sent.end_char, text[sent.start_char:sent.end_char])
            a = attribution_at(match.start())
            why = (f"subject: place '{frm.name}' before the distance",
                   f"object: place '{to.name}' after '{cue.text.strip()}'")
            out.append(Proposition("distanceFrom", frm, to, quantity, cue, evidence, a, None,
                                   None, self.r.said_time(a), why,
                                   frame=f"{direction} of" if direction else "from", direction=direction))
        return out

