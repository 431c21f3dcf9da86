"""Cue frames read off the dependency parse: pure tests on spaCy tokens
that say which stance a cue takes ("neither confirm nor deny", "called the
report baseless", "rejecting the argument that P"), where a content
clause starts and ends ("said on Friday it had ...", "said in a statement
that P"), and which tokens are no source (a wire dateline's agency, a cue
hung on the agency that quoted its speaker). Used by ``attribution``; no
state, no lexicon of its own (words come from ``cues``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.resolve import UNNAMED_PERSON_NOUNS

from . import cues
from .phrases import np_tokens

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def neither_nor(verb: Token) -> tuple[Token, Token] | None:
    """"neither confirm nor deny": (first, second) verb of the pair, found
    from either; the pair withholds a stance, so it is one not_confirmed."""
    first = verb.head if verb.dep_ == "conj" else verb
    if not any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        return None
    for c in first.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.lower_ == "nor" for g in first.children if g.dep_ == "cc"):
            lemmas = {first.lemma_.lower(), c.lemma_.lower()}
            if lemmas & (cues.CONFIRM_VERBS | cues.DENY_VERBS | {"say", "comment"}):
                return first, c
    return None


# Verbs of deciding or planning: a cue in their infinitive is an act decided
# on ("voted to threaten sanctions", "decided to announce"), not yet said.
_DECISION_GOVERNORS = frozenset({"vote", "decide", "resolve", "plan", "intend", "prepare", "agree"})


def decided(verb: Token) -> bool:
    """"The parliament voted to review the links and to threaten sanctions":
    the cue is an infinitive (or one joined to it) under a verb of deciding."""
    node = verb
    # (up through infinitives joined to it: the parser hangs "..., to impose" on the one before)
    while node.dep_ in ("conj", "advcl") and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in _DECISION_GOVERNORS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def calls_x_y(verb: Token) -> bool:
    """"called the closure 'a blow to the region'": "call" with an object
    and a predicate noun phrase about it (an evaluation, ``claims``)."""
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        if any(c.dep_ in ("oprd", "appos", "attr") and c.pos_ in ("NOUN", "ADJ") and c.i > o.i for c in o.children):
            return True
        first = o.left_edge
        if first.lower_ in ("this", "that", "it") and first.i + 2 < o.i and verb.doc[first.i + 1].text in ('"', "“"):
            return True  # 'called this "a troubling signal"': the parser made the pronoun the quote's determiner
        for t in (t for t in o.subtree if t.text in ('"', "“") and o.i < t.i < o.right_edge.i):
            close = next((u for u in verb.doc[t.i + 1:] if u.text in ('"', "”")), None)
            if close is None or close.i > o.right_edge.i:
                return True  # 'called the order for X's release "long overdue"': the quoted words hung inside the object
    return any(c.dep_ == "oprd" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def rejects_claim(verb: Token) -> bool:
    """"called the report baseless", "calling the claim lazy": "call" with a
    statement as object and a negative evaluation as its complement."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    comps = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "acomp", "ccomp") and c.i > verb.i]
    if not any(o.lemma_.lower() in cues.CLAIM_NOUNS or o.lower_ in cues.CLAIM_NOUNS for o in objs):
        return False
    words = {t.lower_ for c in comps for t in c.subtree}
    words |= {t.lower_ for o in objs for t in o.subtree if t.dep_ in ("oprd", "amod", "acomp") and t.i > o.i}
    return bool(words & (cues.NEGATIVE_EVALUATION | cues.DENIAL_CALL_NOUNS)) or "without" in words and "basis" in words


def dismisses_claim(verb: Token) -> bool:
    """"said the rumours were 'ridiculous'", "said the report was
    laughable": a statement whose clause calls a claim already made (a
    statement noun with its determiner as subject) false is a denial of it;
    so is one whose clause is the speaker's own denial of a claim ('said:
    "We reject the allegations"', '"I deny that P," she said')."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("we", "i") and clause.lemma_.lower() in cues.DENY_VERBS \
                and not any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "can", "could", "would",
                                                                     "will", "may", "might") for c in clause.children) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.CLAIM_NOUNS | {"allegation", "accusation", "claim"}
                        or c.dep_ == "ccomp" for c in clause.children):
            return True  # 'said: "We reject any allegations that P"', '"I deny that P," she said'
        if subj is None or not (subj.lemma_.lower() in cues.CLAIM_NOUNS or subj.lower_ in cues.CLAIM_NOUNS) \
                or not any(c.dep_ in ("det", "poss") for c in subj.children) \
                or any(c.dep_ == "neg" for c in clause.children):
            continue
        words = {t.lower_ for c in clause.children if c.dep_ in ("acomp", "attr", "oprd") for t in c.subtree}
        if clause.lemma_ == "be" and words & (cues.NEGATIVE_EVALUATION | cues.DENIAL_CALL_NOUNS):
            return True
    return False


def summons(verb: Token, kids: list[Token]) -> bool:
    """"called the ministers to a meeting", "called an election": "call"
    with an object and no complement that evaluates it ("called X a liar",
    "called the report baseless"), no "on" ("called on X to ...") and no
    "for" unless the object is people ("called the election for X" is a
    projection)."""
    objs = [c for c in kids if c.dep_ == "dobj"]
    if not objs or any(c.dep_ in ("oprd", "attr", "xcomp", "acomp", "ccomp") for c in kids) \
            or any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in kids):
        return False
    words = {t.lower_ for o in objs for t in o.subtree}
    if words & (cues.DENIAL_CALL_NOUNS | cues.CLAIM_NOUNS):
        return False  # "called the claims lies" (parsed with two objects)
    if calls_x_y(verb):
        return False  # 'called the order for X "long overdue"': an evaluation hung inside the object
    people_ = any(o.ent_type_ == "PERSON" or o.lemma_.lower() in cues.PERSON_NOUNS | {"member", "people", "voter"}
                  or o.lower_ in cues.PERSON_PRONOUNS | cues.PLURAL_PRONOUNS for o in objs)
    return people_ or not any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)


def takes_claim(verb: Token) -> bool:
    """A stance verb whose object is a statement or has a content clause
    ("rejecting the argument that P", "denying the reports") states a
    position on a proposition, even as a participle."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.DENY_VERBS and lemma not in cues.CONFIRM_VERBS:
        return False
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        if o.lemma_.lower() in cues.CLAIM_NOUNS:
            return True
        if any(c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in o.children):
            return True
    return False


def calls_denied(verb: Token) -> bool:
    """"X rejected the claim, calling it P": a "call" participle whose
    object is a pronoun standing for what its governor just denied carries
    on the denial (the evaluation is of the rejected statement)."""
    gov = verb.head
    if verb.lemma_.lower() != "call" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or gov.i == verb.i:
        return False
    if gov.lemma_.lower() not in cues.DENY_VERBS or any(c.dep_ == "neg" for c in gov.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "that", "them", "those") for c in verb.children)


def clause_subject_cut(toks: list[Token]) -> int | None:
    """Where a content span must stop because the parser hung the subject
    of a following coordinated clause on its last noun phrase ("has not
    confirmed reaching the port and Y has contacted ..." with Y read as a
    second object): the index of that coordinating conjunction, else None.
    The sign: a conjoined noun phrase right after which comes a finite verb
    (maybe after auxiliaries) that has no subject of its own."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN", "PRON") or t.head.i not in inside:
            continue
        cc = [c for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
        after = t.right_edge.i + 1
        doc = t.doc
        while after < len(doc) and doc[after].dep_ in ("aux", "auxpass", "neg", "advmod"):
            after += 1
        if not cc or after >= len(doc) or after in inside:
            continue
        nxt = doc[after]
        aux = [c for c in nxt.children if c.dep_ in ("aux", "auxpass") and c.i > t.i]
        finite = nxt.tag_ in _FINITE or any(a.tag_ in _FINITE for a in aux)
        if nxt.pos_ in ("VERB", "AUX") and finite and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
            return cc[-1].i
    return None


def dateline_agency(tok: Token) -> bool:
    """The agency of a wire dateline ("CITY, Oct 3 (AFP) - X said"),
    which the parser may take for a second subject: the outlet filing
    the story, never the source of its first sentence."""
    doc, i = tok.doc, tok.i
    return 0 < i and i + 2 < len(doc) and doc[i - 1].text == "(" and doc[i + 1].text == ")" \
        and doc[i + 2].text in ("-", "—", "–", "--")


def relayed_subject(verb: Token) -> Token | None:
    """"X, quoted by T, called P ...": a cue the parser hung on T (the
    agent of "quoted"/"cited") has X, the one quoted, as its subject."""
    node = verb.head
    if verb.dep_ not in ("acl", "relcl", "conj") or node.dep_ != "pobj" or node.head.dep_ != "agent":
        return None
    part = node.head.head
    if part.dep_ == "acl" and part.lemma_.lower() in ("quote", "cite") and part.i < verb.i:
        return part.head
    return None


def misread_that(verb: Token) -> tuple[Token, Token] | None:
    """"established that careless storage by shops, specifically X, is
    responsible for Y" parsed as "established [that storage]" and "is ..."
    coordinated with the cue: "that" right after the verb read as the
    determiner of its object, and a finite verb without a subject of its
    own hung on the cue after that object. The clause's subject (the
    object) and its verb, or None."""
    if verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ != "that" or verb.doc[verb.i + 1].dep_ != "det":
        return None
    subj = verb.doc[verb.i + 1].head
    if subj.head.i != verb.i or subj.dep_ != "dobj":
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.i > subj.i and c.tag_ in _FINITE \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) \
                and not any(t.dep_ == "cc" and subj.i < t.i < c.i for t in verb.children):
            return subj, c
    return None


def owned_fault(verb: Token) -> bool:
    """"accepted responsibility for the crash", "admitted wrongdoing": a
    fault owned (``cues.FAULT_OBJECTS``) as the object of "admit", "accept"
    or "concede" is a statement that confirms the deed."""
    return verb.lemma_.lower() in ("admit", "accept", "concede") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues.FAULT_OBJECTS for c in verb.children)


def doubted(verb: Token) -> bool:
    """"X questioned the figures", "X questioned whether P": doubt cast on
    a thing said or a proposition; "police questioned the driver", "he was
    questioned for hours" question a person (an interrogation, no statement)."""
    if verb.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
           for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ \
        and not {obj.lower_, obj.lemma_.lower()} & (cues.PERSON_NOUNS | UNNAMED_PERSON_NOUNS)


def gerund_complement(verb: Token) -> Token | None:
    """"admitted taking the money", "proposed converting the museum": the
    gerund right after a cue that takes one (``cues.GERUND_CUES``), with no
    subject or conjunction of its own (the parser may hang it as an
    adjunct: "acknowledged using the funds")."""
    if verb.lemma_.lower() not in cues.GERUND_CUES:
        return None
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.tag_ == "VBG" and c.i > verb.i \
                and all(t.pos_ in ("ADV", "PART") for t in verb.doc[verb.i + 1:c.i]) \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children):
            return c
    return None


def states_clause(verb: Token) -> bool:
    """The verb takes a proposition: a "that" clause, or a finite clause
    with its own subject ("ruled the law was void", "found most victims were
    children"); "found the body", "found him guilty", "ruled the country"
    take none."""
    if misread_that(verb) is not None or misread_conjunct(verb) is not None or clause_conjunct(verb) is not None:
        return True
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return True
        finite = c.tag_ in _FINITE or any(g.dep_ in ("aux", "auxpass") and g.tag_ in _FINITE for g in c.children)
        # (a clause, not a small clause the tagger made finite: "found the
        # reserves overstated" has no auxiliary, copula or object)
        # (a present tense, "finds most people live in X", is never a participle)
        full = c.pos_ == "AUX" or c.tag_ in ("VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass", "dobj", "xcomp") for g in c.children)
        if finite and full and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return True
    return False


def misread_conjunct(verb: Token) -> Token | None:
    """"found reduction of crop yields by 2030 exceeded a tenth": the
    message's verb taken for a second verb of the cue's, after its one
    object, with no "and", comma or subject of its own between - the
    object is the message's subject."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if len(objs) != 1:
        return None
    doc = verb.doc
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > objs[0].right_edge.i
                 and c.tag_ in ("VBD", "VBZ", "VBP")
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                 and not any(t.dep_ == "cc" or t.is_punct for t in doc[verb.i + 1:c.left_edge.i])), None)


def clause_conjunct(verb: Token) -> Token | None:
    """"estimated by 2030, a growing population would double demand": a
    clause with a subject of its own, a modal or tense, and no "and" or
    "but" before it, taken for a second verb of a cue that has no
    complement - the cue's message."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "cc") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children)
                 and any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)), None)


def interjected(verb: Token) -> bool:
    """A reporting clause set off by commas inside the statement it reports,
    with nothing of its own but a subject ("P1, she testified, P2"; an
    opening adverbial the parser hung on it stays the statement's): the
    statement is the clause around it."""
    doc = verb.doc
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ != "parataxis" or not subj or subj[0].i > verb.i:
        return False
    left = min(t.i for t in subj[0].subtree)
    right = max([verb.i] + [c.i for c in verb.children if c.dep_ == "advmod" and c.i > verb.i])
    own = [c for c in verb.children if c.dep_ not in ("nsubj", "advmod", "punct")]
    return 0 < left and right + 1 < len(doc) and doc[left - 1].text == "," and doc[right + 1].text == "," \
        and all(c.i < left for c in own)


def passive_as(verb: Token) -> tuple[int, int] | None:
    """"It was rated as category 3 by X", "a pattern described by X as
    confused", "the attacker, reported by X as convicted of fraud": a
    passive participle with a "by" agent and an "as" complement states what
    the agent takes its subject to be. The content (char range): the
    subject (or the noun the participle modifies) through the "as" phrase."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return None
    as_phrase = [c for c in verb.children if c.lower_ == "as" and c.dep_ in ("prep", "advmod")]
    as_phrase += [c for c in verb.children if c.dep_ in ("advcl", "acomp")
                  and any(g.lower_ == "as" and g.dep_ in ("mark", "advmod") for g in c.children)]
    if verb.lemma_.lower() in cues.JUDGING_AS_VERBS:  # "X is considered a terrorist group by Y"
        as_phrase += [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i]
    if not as_phrase:
        return None
    if verb.dep_ == "acl":
        first = verb.head.left_edge
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subj:
            return None
        first = subj[-1].left_edge
        commas = [t for t in verb.doc[first.i:subj[-1].i] if t.text == ","]
        if commas:  # "N according to X, it was rated as M by Y": the subject's own phrase
            first = verb.doc[commas[-1].i + 1]
    last = max((t for c in as_phrase for t in c.subtree), key=lambda t: t.i)
    if any(t.is_punct and t.text in '"”' for t in (last.doc[last.i + 1:last.i + 2])):
        last = last.doc[last.i + 1]  # the closing mark of a quoted description
    return first.idx, last.idx + len(last.text)


def judged_as(verb: Token) -> tuple[int, int] | None:
    """"Y is considered a terrorist group by X", "the vote was viewed as
    illegal by X", "X sees the operation as a test": a verb of judging with
    what is judged and what it is judged to be states X's view; the content
    (char range) runs from what is judged through the judgement. Not
    without the "as" phrase or complement ("X saw the film", "Y was seen
    by X")."""
    if verb.lemma_.lower() not in cues.JUDGING_AS_VERBS:
        return None
    if verb.tag_ == "VBN":
        agent = judging_agent(verb)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if agent is None or subj is None:
            return None
        if any(c.dep_ == "agent" for c in verb.children):
            return passive_as(verb)
        by = agent.head  # ("a terrorist group by X": the parser hung "by X" on the judgement)
        judged = [t for t in by.head.subtree if t.i < by.i]
        return subj.left_edge.idx, judged[-1].idx + len(judged[-1].text)
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    judged = next((c for c in verb.children if c.i > (obj.i if obj is not None else verb.i)
                   and (c.lower_ == "as" and c.dep_ == "prep" or c.dep_ == "oprd")), None)
    if obj is None or judged is None or obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that"):
        return None
    last = max(judged.subtree, key=lambda t: t.i)
    return obj.left_edge.idx, last.idx + len(last.text)


def judging_agent(verb: Token) -> Token | None:
    """The agent of a passive verb of judging with its judgement: "by X"
    on the verb, or hung by the parser on the judgement ("considered [a
    terrorist group by X]", "regarded as [an organisation by X]")."""
    if verb.lemma_.lower() not in cues.JUDGING_AS_VERBS or verb.tag_ != "VBN":
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None) if passive_as(verb) else None
    judged = [c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "attr", "xcomp")
                                                               or c.lower_ == "as" and c.dep_ == "prep")]
    for c in judged:
        by = [t for t in c.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i > c.i]
        if by:
            return next((g for g in by[-1].children if g.dep_ == "pobj"), None)
    return None


def fronted_clause_name(subject: Token, verb: Token) -> Token | None:
    """"Asked about the trailers, Jane Roe, a member of X, said P": the
    parser may take the fronted participle for the cue's subject and hang
    the name on its last noun; the name is the apposition set off by commas
    that runs up to the comma before the cue (the participle labelled the
    clausal or, opening its sentence, the plain subject). None when there is none."""
    if not (subject.dep_ == "csubj" or subject.dep_ == "nsubj" and subject.i == subject.sent.start) or subject.tag_ not in ("VBN", "VBG") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    for tok in subject.subtree:
        if tok.dep_ in ("appos", "conj") and tok.pos_ == "PROPN" and tok.right_edge.i == verb.i - 2 \
                and verb.doc[tok.left_edge.i - 1].text == ",":
            return tok
    return None


def at_the_time_clause(verb: Token) -> tuple[int, int] | None:
    """"Officials said at the time the coast guard had been sent": the parser
    hangs the content clause on "time" as a relative clause; with no other
    complement, that clause is what was said ("at the time when P" is a
    time, not a statement). The content (char range)."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == verb.i + 1):
        for time in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "time"):
            for rel in (g for g in time.children if g.dep_ == "relcl"):
                subj = [g for g in rel.children if g.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].lower_ not in ("which", "who", "that") \
                        and not any(g.lower_ in ("when", "while") for g in rel.children):
                    return rel.left_edge.idx, rel.right_edge.idx + len(rel.right_edge.text)
    return None


def misread_modifier(verb: Token) -> tuple[int, int] | None:
    """"Tarnvik Air stated cabin crew acted on their own": a finite cue with its
    own subject that the parser took for an adjective on the next clause's
    subject ("stated cabin crew"). The content (char range): that clause
    without the cue and its subject."""
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.head.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    clause = verb.head.head
    cut = {t.i for t in verb.subtree}
    toks = [t for t in clause.subtree if t.i not in cut and t.i > verb.i]
    while toks and toks[-1].is_punct and toks[-1].text not in ('"', "”", "'", "’"):
        toks = toks[:-1]
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if len(toks) > 2 else None


def what_named(verb: Token) -> tuple[int, int] | None:
    """"protested what they called 'a sham'", "in what X calls an attack on
    Y", "resigned for what she said were family reasons": a free relative whose
    speaker names the thing the sentence is about. The content (char range):
    the name given ("'a sham'", "an attack on Y") or the clause said of
    "what" ("were family reasons"); None for any other free relative
    ("what they said was a strike": the relative is one part of a claim)."""
    what = [c for c in verb.children if c.lower_ == "what" and c.dep_ == "dobj"]
    if what and verb.lemma_.lower() in ("call", "term", "dub", "describe", "label", "brand", "declare"):
        named = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i] or [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i] or [
            c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "what" and c.i > verb.i]  # ("declared a pandemic")
        if not named:
            return None
        first, last = named[0].left_edge, named[0].right_edge
        return first.idx, last.idx + len(last.text)
    if verb.lemma_.lower() not in ("say", "claim", "allege", "describe"):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if any(g.lower_ == "what" and g.dep_ in ("nsubj", "nsubjpass") and g.i < verb.i for g in clause.children):
            toks = [t for t in clause.subtree if t.i > verb.i and not (t.is_punct and t.i == clause.right_edge.i)]
            return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None
    return None


def comment_topic(verb: Token) -> tuple[int, int] | None:
    """"declined to comment on the reports", "refusing to comment about P":
    the character span of what was left without comment."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "about", "regarding") and prep.i > verb.i:
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                toks = sorted(objs[0].subtree, key=lambda t: t.i)
                return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None


def as_aside(verb: Token) -> tuple[int, int] | None:
    """"As X told T, P", "P, as the agency noted", "as explained by X, P",
    "P, as X put it":
    a clause of "as" with a verb of speech whose object is the sentence it
    is set in (no complement, no object but an addressee) says that the
    sentence is X's statement. The content (char range): the sentence's
    clause without the "as" clause and its commas."""
    put_it = verb.lemma_.lower() == "put" and [c.lower_ for c in verb.children if c.dep_ == "dobj"] == ["it"] \
        and all(c.dep_ in ("nsubj", "dobj", "mark", "advmod", "punct") for c in verb.children)  # not "put it on X"
    if verb.dep_ != "advcl" or not (verb.lemma_.lower() in cues.ASIDE_VERBS or put_it) \
            or verb.head.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i
                                                                for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "acomp") for c in verb.children):
        return None  # "as he said he would", "as expected to be": a complement of its own
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and not put_it]
    if objs and (verb.lemma_.lower() not in cues.TELL_VERBS or any(o.pos_ not in ("PROPN", "NOUN", "PRON") or o.lower_ in ("this", "that", "it") for o in objs)):
        return None  # "as she said goodbye", "as he told this": an act at the time of the sentence
    if verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "as expected", "as reported": no one named
    aside = {t.i for t in verb.subtree}
    toks = [t for t in verb.head.subtree if t.i not in aside and t.sent == verb.sent]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in ('"', "”", "'", "’"):
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# Prepositions that set a participle's act beside the main clause's ("upon
# announcing", "after saying"), not against it ("without saying").
_ALONGSIDE = frozenset({"upon", "on", "after", "before", "by", "while", "when", "in"})


# Verbs of causing whose small clause's subject is the one acted on ("have
# him released", "get them moved", "make it stop").
_CAUSATIVE = frozenset({"have", "get", "make", "let"})


# Figures a source puts or places somewhere ("placed the epicentre 8 km
# south of X", "put the death toll at 45", "put the blame on X").
_PLACED_FIGURES = frozenset({"epicentre", "epicenter", "toll", "magnitude", "blame", "figure", "number", "cost",
                             "damage", "losses", "count", "tally", "estimate", "centre", "center"})


# A count a source revises to a new value ("raised the death toll to 40").
_REVISED_FIGURES = frozenset({"toll", "count", "tally", "estimate", "figure"})
_REVISING = frozenset({"raise", "increase", "revise", "lower", "reduce", "update"})


def placed_figure(verb: Token) -> Token | None:
    """"The Vorland Geological Survey placed the epicentre 8 km south of X",
    "officials put the death toll at 45", "authorities raised the death toll
    to 236": a figure or a blame set (or a count revised to a value "to"
    it) by its source (the object); None for any other placing, putting or
    raising."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _REVISING | {"place", "put"}:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if lemma in _REVISING:
        revised = obj.lemma_.lower() in _REVISED_FIGURES and any(c.dep_ == "prep" and c.lower_ == "to"
                                                                for c in verb.children)
        return obj if revised else None
    return obj if obj.lemma_.lower() in _PLACED_FIGURES else None


# Verbs of forecasting whose bare object is the forecast ("authorities
# expected winds of 160 km/h", "analysts predict a rise in prices").
_FORECAST_VERBS = frozenset({"expect", "anticipate", "forecast", "predict"})


def found_nothing(verb: Token) -> Token | None:
    """"The inquiry found no evidence of foul play", "has found no trace
    of explosives", "did not find any sign that P": a finding that
    something is absent (its object, a noun of evidence with "no", or
    "any" under a negation, and what it would be evidence of); None for
    "found the body", "found errors", "found no survivors"."""
    if verb.lemma_.lower() not in cues.FINDING_VERBS or verb.pos_ != "VERB":
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in cues.ABSENCE_OBJECTS:
        return None
    dets = {c.lower_ for c in obj.children if c.dep_ == "det"}
    what = any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children)  # (of what: "found no evidence" alone says little)
    return obj if what and ("no" in dets or negated and "any" in dets) else None


def predicted_object(verb: Token) -> Token | None:
    """"Officials expect waves of two metres", "the airline anticipated
    delays": a forecast whose object is the thing foreseen (an active verb
    with a noun object and no clause); None for "expects to win", "we expect
    him", "is expected" and any other verb."""
    if verb.lemma_.lower() not in _FORECAST_VERBS or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in kids) and verb.dep_ not in ("conj", "advcl", "acl", "relcl"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass", "ccomp", "xcomp", "dative") for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    if obj.lemma_.lower() in cues.PERSON_NOUNS or any(g.dep_ in ("ccomp", "xcomp") for g in obj.children):
        return None
    return obj


# What a record counts ("recorded 611 aftershocks", "listed no results",
# "recorded an increase in X"), as against a performance ("recorded an
# album", "recorded a 2-0 win").
_CHANGE_NOUNS = frozenset({"increase", "rise", "drop", "decline", "fall", "surge", "decrease", "jump", "spike",
                           "reduction", "growth"})
_PERFORMANCES = frozenset({"win", "victory", "loss", "defeat", "draw", "goal", "point", "run", "album", "song",
                           "single", "track", "video", "message", "episode", "interview", "time", "lap", "best"})


def recorded_count(verb: Token) -> Token | None:
    """"The seismic agency recorded 611 aftershocks", "the tracking site
    listed no results for the month", "the agency has recorded an increase in
    returns": a body's count or measured change (a verb of recording with an
    organisation as subject and a counted object); None otherwise."""
    if verb.lemma_.lower() not in cues.FRAMES["Recording"][1] or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = subj is not None and any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in
                                     [subj] + [c for c in subj.children if c.dep_ == "appos"])
    if subj is None or subj.ent_type_ == "PERSON" or not (named or subj.lemma_.lower() in cues.ISSUED_DATA):
        return None  # ("the tracking service X listed": X's record)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in _PERFORMANCES:
        return None
    counted = any(g.dep_ == "nummod" or (g.dep_ == "det" and g.lower_ == "no") for g in obj.children)
    return obj if counted or obj.lemma_.lower() in _CHANGE_NOUNS else None


def _as_phrase(verb: Token) -> bool:
    """An "as" phrase on the verb or on its "to" object ("pointed to X as
    the cause", however the parser hung "as")."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or any(
        g.dep_ == "prep" and g.lower_ == "as" for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children if o.dep_ == "pobj" for g in o.children)


# The favour a ruling gives ("ruled in favour of X").
_FAVOUR = frozenset({"favour", "favor"})


def ruled_out(verb: Token) -> Token | None:
    """"Police ruled out foul play", "the agency ruled out a tsunami": what
    is ruled out (the object), which the subject denies; None for any
    other verb or no object."""
    if verb.lemma_.lower() != "rule" or verb.pos_ != "VERB" \
            or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


# Verbs of a verdict or a declaration that state their object to be what
# the word after it says ("found the law unconstitutional", "declared the
# outbreak a pandemic", "deemed the site safe").
_VERDICT_VERBS = frozenset({"find", "declare", "deem", "rule", "pronounce", "judge"})


def judged_predicate(verb: Token) -> Token | None:
    """"The court found the ban unlawful", "the WHO declared the outbreak a
    pandemic", "the test found him to be positive": the adjective, noun or
    infinitive a verdict says its object is (the object and it are the
    proposition); None for "found the body", a
    passive ("was found guilty": the subject is judged, no judge named) or
    any other verb."""
    if verb.lemma_.lower() not in _VERDICT_VERBS or verb.pos_ != "VERB" \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    infinitive = [c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "advcl", "xcomp") and c.pos_ in ("AUX", "VERB")
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                  and (c.lemma_.lower() == "be" or any(g.dep_ in ("aux", "auxpass") and g.lemma_.lower() in ("have", "be")
                                                        for g in c.children))]  # (not "found the car to stop X")
    if infinitive and (obj is not None or any(g.dep_ == "nsubj" for g in infinitive[0].children)):
        return infinitive[0]  # "found him to be positive", "found the sequences to be diverse"
    if obj is None:  # parsed as a verbless clause: "found [the law unconstitutional]"
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ == "ADJ"
                     and any(g.dep_ == "nsubj" for g in c.children)), None)
    for c in verb.children:
        if c.i > obj.i and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp") and (
                c.pos_ == "ADJ" or c.tag_ == "VBN" and c.dep_ == "oprd"
                or c.pos_ == "NOUN" and c.dep_ == "oprd" and verb.lemma_.lower() != "find"):
            return c
    return None


def ruled_on(verb: Token) -> Token | None:
    """"The court ruled against the extension", "ruled in favour of the
    union": the phrase a ruling decides for or against (the preposition);
    None for "ruled the country", "ruled in 2019" and any other verb."""
    if verb.lemma_.lower() != "rule" or verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "against" and objs:
            return c
        if c.lower_ == "in" and any(o.lower_ in _FAVOUR and any(g.lower_ == "of" for g in o.children) for o in objs):
            return c
    return None


def made_clear(verb: Token) -> Token | None:
    """"X made clear that P", "X made it clear that P": the clause made
    clear, wherever the parser hung it (on "made" or on "clear"); None for
    any other use of "make"."""
    if verb.lemma_.lower() != "make":
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd", "xcomp")), None)
    if clear is None:
        return None
    for c in list(verb.children) + list(clear.children):
        if c.i > clear.i and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX") \
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return c
    return None


def misread_main_verb(verb: Token) -> bool:
    """"X, a county magistrate, ordered on Tuesday that P": after a name and its
    apposition the parser may read the sentence's verb as a participle on
    the name (the name the root); with a clause of its own it is the main
    verb and the name its subject."""
    head = verb.head
    # (the name may be hung as the subject of a later verb instead: then
    # only a "that" clause marks the participle as the main verb)
    root = head.dep_ == "ROOT" or head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and root and head.pos_ == "PROPN" \
        and verb.i > 0 and verb.doc[verb.i - 1].text == "," and any(c.dep_ == "appos" for c in head.children) \
        and any(c.dep_ == "ccomp" for c in verb.children)


def prep_controller(verb: Token) -> Token | None:
    """"X was greeted with cheers upon announcing P", "X left after saying
    P": the subject (active or passive) of the clause a participle's
    preposition hangs on speaks the participle (of the clause that clause
    is the complement or conjunct of, if it has none of its own); after
    "for", the object if there is one ("Y thanked X for saying P")."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in _ALONGSIDE | {"for"} or verb.head.dep_ != "prep":
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children) and stranded_clause(verb) is None:
        return None  # "by posting pictures": an act, no statement
    return _controller(verb)


def stranded_clause(verb: Token) -> Token | None:
    """"X was greeted with cheers upon announcing to reporters the bridge
    would reopen": the clause a participle of speech introduces, which the
    parser joined to the main verb as a conjunct (no "and", no comma between)
    right after the participle's own words; None if there is none."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return None
    main = verb.head.head
    doc = verb.doc
    for c in main.children:
        if c.dep_ == "conj" and c.i > verb.i and c.left_edge.i == verb.right_edge.i + 1 \
                and not doc[verb.right_edge.i].is_punct \
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children) \
                and not any(g.dep_ == "cc" and verb.i < g.i < c.i for g in main.children):
            return c
    return None


def _controller(verb: Token) -> Token | None:
    """Who does the act of a participle hung on a preposition (``prep_controller``)."""
    main = verb.head.head
    if verb.head.lower_ == "for":
        # "X apologised for saying P", "X was fired for saying P"; "Y thanked X for saying P": X
        obj = [c for c in main.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i < verb.i]
        if obj:
            return obj[0]
        if main.dep_ == "pcomp" and main.tag_ == "VBG" and main.head.lower_ in _ALONGSIDE and main.head.dep_ == "prep":
            return _controller(main)  # "after apologising for saying P": who apologised
    for _ in range(4):  # "X tried to calm them by saying P": the subject of the verb that controls "calm"
        subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and main.dep_ == "ccomp" and main.head.lemma_.lower() in _CAUSATIVE:
            subj = []  # "X tried to have him freed by saying P": "him" is what is caused, X speaks
        elif subj or main.dep_ not in ("xcomp", "conj") or main.head.i == main.i:
            break
        main = main.head
    return subj[0] if subj and subj[0].i < verb.i else None


def confirmed_with(verb: Token) -> Token | None:
    """"T confirmed with X that P", "P was confirmed by T with X": X is who
    confirms, T the one who checked with X (the relay)."""
    if verb.lemma_.lower() not in cues.CONFIRM_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            pobj = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
            if pobj:
                return pobj[0]
    return None


def charges_on_act(verb: Token) -> bool:
    """"X filed a petition, accusing Y of P": a participle of accusing or
    blaming with its charge, set on an act rather than on another cue, is a
    statement of its own (on a cue, "X said P, blaming Y" glosses P)."""
    return verb.lemma_.lower() in cues.CHARGE_VERBS and verb.tag_ == "VBG" \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children) \
        and not any(a.lemma_.lower() in cues.SPEECH_VERBS | cues.CONFIRM_VERBS | cues.DENY_VERBS for a in verb.ancestors)


def is_document(tok: Token) -> bool:
    """A document, message, website or record ("the notice", "its website")."""
    return tok.lemma_.lower() in cues.SOURCE_DOCUMENTS or tok.lower_ in cues.SOURCE_DOCUMENTS


# Objects of "claim" that make it taking, not asserting ("claimed 300 lives").
_CLAIMED_LIVES = frozenset({"life", "lives", "victim", "title", "crown", "trophy", "medal", "prize", "seat",
                            "share", "stake"})


# Nouns that count or group what their "of" phrase names ("a number of steps").
_GROUPING = frozenset({"number", "series", "set", "list", "range", "raft", "host", "package", "couple"})


def _kind_of(noun: Token) -> Token:
    """The noun a grouping noun stands for ("a number of steps" -> "steps")."""
    if noun.lemma_.lower() in _GROUPING:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((g for g in prep.children if g.dep_ == "pobj"), noun)
    return noun


# Who may show or prove a proposition by their work ("researchers showed
# that P"), beside the nouns of persons by role.
_DEMONSTRATORS = frozenset({"researcher", "scientist", "team", "author", "investigator", "expert"})


def construction_ok(verb: Token) -> bool:
    """Cues of restricted frames in their reporting construction: a verb of
    evidence or record with a document, website or data set as subject
    ("the database shows P", not "the team showed courage", "the band
    recorded an album"), a verb of labelling with its "as" phrase ("police
    identified him as X", not "identified the body"), a phrasal cue with its
    particle ("pointed out"); data and figures that
    "show" something are the writer's reading of them, no one's statement;
    either in a passive
    with a "by" agent and an "as" phrase ("was recorded as M by X")."""
    lemma = verb.lemma_.lower()
    if reduced_raising(verb):
        return False
    if withholds(verb):
        return True  # "has not identified the buyers": no "as" phrase, the thing left unknown
    if lemma == "claim" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CLAIMED_LIVES
                                for c in verb.children):
        return False  # "the crisis claimed 15,000 lives", "a title claimed by X": a toll, a prize, no statement
    if lemma == "accept" and not states_clause(verb) and gerund_complement(verb) is None and not owned_fault(verb):
        return False  # "accepted that P" concedes P; "accepted the resignation" is an act
    if lemma == "make":
        return made_clear(verb) is not None  # "made clear that P"; "made a statement" is no cue itself
    if lemma == "deny" and not states_clause(verb) and any(
            c.dep_ == "dative" or c.dep_ == "dobj" and _kind_of(c).lemma_.lower() in cues.GRANTS for c in verb.children):
        return False  # "denied the application", "denied him entry": a refusal; "denied the report" disputes it
    if lemma in cues.OBJECT_RESTRICTED and not states_clause(verb) and not any(
            c.dep_ == "dobj" and _kind_of(c).lemma_.lower() in cues.OBJECT_RESTRICTED[lemma] for c in verb.children):
        return False  # "defended his decision to X" states a stand; "defended the city" is a fight
    particle = cues.PARTICLE_CUES.get(lemma)
    if particle and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particle and c.i > verb.i
                            for c in verb.children):
        return False  # "point" only as "point out", "speak" only as "spoke of"
    if lemma == "point" and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in verb.children) \
            and not _as_phrase(verb):
        return False  # "pointed to the door"; "pointed to X as the cause" names a cause
    if lemma not in cues.DOCUMENT_SUBJECT_VERBS | cues.LABEL_VERBS or passive_as(verb) is not None:
        return True
    if recorded_count(verb) is not None:
        return True  # "the agency recorded 611 aftershocks"
    if lemma in cues.LABEL_VERBS:  # (the parser may hang "as" on the object: "characterised [the raid as X]")
        return any(c.lower_ == "as" and c.dep_ == "prep" for c in verb.children) or any(
            g.lower_ == "as" and g.dep_ == "prep" for c in verb.children if c.dep_ == "dobj" for g in c.children)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj and lemma in cues.FRAMES["Evidence"][1] and states_clause(verb) and (
            subj[0].ent_type_ in ("PERSON", "ORG") or subj[0].lower_ in ("he", "she", "they", "we")
            or subj[0].lemma_.lower() in cues.PERSON_NOUNS | _DEMONSTRATORS):
        return True  # "the researchers showed that P", "X has shown that P": a finding they state
    return bool(subj) and (subj[0].lemma_.lower() in cues.RECORD_NOUNS or subj[0].lower_ in cues.RECORD_NOUNS)


# Predicates of knowing that leave a question open when negated ("not aware
# whether P") and those that leave it open as they stand ("unclear if P").
_KNOWING_ADJECTIVES = frozenset({"aware", "sure", "certain", "clear"})
_OPEN_ADJECTIVES = frozenset({"unclear", "unknown", "uncertain", "unsure", "unaware"})


def unsure_whether(verb: Token) -> bool:
    """"X said it was not aware whether P", "X said it was unclear if P":
    the clause the speaker states leaves P open (``not_confirmed``, as with
    "declined to say whether P")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        adj = next((g for g in clause.children if g.dep_ == "acomp"), None)
        if adj is None:
            continue
        negated = any(g.dep_ == "neg" for g in list(clause.children) + list(adj.children))
        if not (adj.lower_ in _OPEN_ADJECTIVES or negated and adj.lower_ in _KNOWING_ADJECTIVES):
            continue
        if any(t.dep_ == "mark" and t.lower_ in ("whether", "if") and t.head.head.i in (clause.i, adj.i)
               for t in clause.subtree):
            return True
    return False


def reduced_raising(verb: Token) -> bool:
    """"Some 300 fighters, believed to be at large", "a man said to be in
    his forties", "the hurricane, estimated to have done $90 billion in
    damage": a raising verb's participle on a noun, with its
    infinitive, says what someone unnamed believes of the noun; the noun is
    no speaker and no one is quoted."""
    if verb.lemma_.lower() not in cues.RAISING_VERBS | {"estimate", "expect", "fear", "think"} \
            or verb.tag_ not in ("VBN", "VBD") \
            or not any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                       for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return True
    # the parser's slip: "X are searching for two men, believed to be hiding"
    # read as X's second verb; it has no subject or auxiliary of its own
    # (or as an adjunct clause: "recovered from the hurricane, estimated to have done ...")
    return verb.dep_ in ("conj", "advcl") and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def beyond_semicolon(verb: Token) -> set[int]:
    """Tokens of the cue's dependents that a semicolon cuts off before it:
    "X said P; T reported Q" is two statements, though the parser may hang
    X's clause on "reported"."""
    out: set[int] = set()
    for c in verb.children:
        if c.i < verb.i and any(t.text == ";" for t in verb.doc[c.right_edge.i + 1:verb.i]):
            out |= {t.i for t in c.subtree}
    return out


def asks_whether(verb: Token) -> bool:
    """The verb's complement is an open question ("whether P", "if P")."""
    return any(c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
               for c in verb.children)


_ABSTRACT_ENDS = ("tion", "sion", "ity", "ness", "ment", "ance", "ence", "ism", "ship", "cy")


def abstract_noun(word: str) -> bool:
    """A noun of a reason or state of affairs ("threats", "inflation",
    "uncertainty"), not of a thing one can point at ("the door")."""
    return word in cues.REASON_NOUNS or len(word) > 5 and word.rstrip("s").endswith(_ABSTRACT_ENDS)


def withholds(verb: Token) -> bool:
    """"did not disclose the price", "has not identified the buyers",
    "declined to give details", "would not release the figures": a verb of
    making known (or of handing over, with information as its object),
    negated or hedged ("declined to", "refused to"), over an object it
    leaves unknown; not over a person's pronoun ("did not identify him")."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.DISCLOSE_VERBS and lemma not in cues.HANDOVER_VERBS:
        return False  # (first: this runs on every verb the cue lexicon does not hold)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or objs[0].pos_ == "PRON" or any(c.dep_ in ("ccomp", "prt") for c in verb.children):
        return False
    if lemma in cues.HANDOVER_VERBS and objs[0].lower_ not in cues.INFORMATION_NOUNS:
        return False
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in cues.HEDGE_GOVERNORS
                                  or any(c.dep_ == "acomp" and c.lower_ == "unable" for c in verb.head.children)))


def drop_cue_date(sub: list[Token]) -> list[Token]:
    """"X said on Friday it had ...": a date phrase the parser hung on
    the complement, ahead of its subject, dates the saying, not the content."""
    sub = sorted(sub, key=lambda t: t.i)
    if not sub or sub[0].dep_ != "prep" or sub[0].pos_ != "ADP":
        return sub
    prep = sub[0]
    phrase = {t.i for t in prep.subtree}
    if not all(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree if t.i != prep.i):
        return sub
    rest = [t for t in sub if t.i not in phrase]
    if rest and rest[0].dep_ in ("nsubj", "nsubjpass", "expl") or (rest and rest[0].head.dep_ in ("nsubj", "nsubjpass")):
        return rest
    return sub


def message_clause(verb: Token, exclude: set[int]) -> list[Token]:
    """"confirmed in a statement that P": the that-clause the parser hung
    on the message noun of an "in a statement/interview/post" adjunct."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "during") and c.i not in exclude):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            for cl in pobj.subtree:
                if cl.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children):
                    return [cl]
    # "told a rally of workers outside X that P": P misread as a relative
    # clause of the addressee's last noun; "that" is its complementiser
    # (a mark, with a subject of its own; after "told", also when tagged as
    # the relative's object: "told N that P" is the common reading)
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i not in exclude):
        for cl in obj.subtree:
            that = [m for m in cl.children if m.lower_ == "that" and m.i == cl.left_edge.i]
            if cl.dep_ in ("acl", "relcl") and that and (that[0].dep_ == "mark" or verb.lemma_.lower() == "tell") \
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in cl.children):
                return [cl]
    return []


# Dependents that, hung on a comma-set reporting verb after its closing
# comma, go on with the statement it interrupts ("The fire began, police
# said, in a warehouse"): adjuncts of place, time and manner.
_TAIL_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
_ALL_CUES = cues.ALL_CUE_VERBS
# Occasions of speaking: a tail naming one is where the speaker spoke ("...,
# X said, in a speech to farmers"), not more of the statement
_OCCASIONS = cues.MESSAGE_NOUNS | {
    "interview", "conference", "speech", "meeting", "rally", "hearing", "visit", "ceremony",
    "session", "debate", "broadcast", "appearance", "remarks", "podcast",
}


def statement_tail(verb: Token) -> list[Token]:
    """"P1, X said, P2" with P2 parsed as the reporting verb's own
    adjuncts after its closing comma: the tokens of P2, else []; [] too when
    what follows is the speaker's own doing ("..., adding that P", "...,
    citing X", "..., in a statement"): a participle, a cue, or a phrase
    naming a message."""
    commas = [c for c in verb.children if c.text == "," and c.i > verb.i]
    if not commas:
        return []
    after = [c for c in verb.children if c.i > commas[0].i and not c.is_punct]
    if not after or any(c.dep_ not in _TAIL_DEPS or c.tag_ == "VBG" or c.lemma_.lower() in _ALL_CUES
                        or any(g.lower_ in _OCCASIONS for g in c.subtree)
                        for c in after):
        return []
    return [t for c in after for t in c.subtree]


def relative_content(verb: Token) -> tuple[int, int] | None:
    """A cue verb in a relative clause whose subject is a named source:
    "the depot, which union X said was under review" (content: the
    antecedent and the embedded clause), "P, a claim the agency
    rejected" (content: the clause the claim noun restates) and "P,
    which he denied" (content: the clause before the comma)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    if any(c.lower_ == "what" for c in verb.subtree):
        return None
    ante = verb.head
    comp = [c for c in verb.children if c.dep_ == "ccomp"]
    rel = [c for c in verb.subtree if c.lower_ in ("who", "which", "that", "whom") and c.i < verb.i]
    # "the 12 ports they said were affected": no pronoun, the antecedent the clause's missing subject
    gap = bool(comp) and comp[0].tag_ in _FINITE | {"VBN"} and not any(
        g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for g in comp[0].children)
    if comp and (rel or gap):
        toks = [t for t in np_tokens(ante)] + list(comp[0].subtree)
        return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    if ante.lemma_.lower() in cues.CLAIM_NOUNS and not comp \
            and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in verb.children) \
            and ante.dep_ in ("appos", "npadvmod", "dobj") and verb.doc[ante.i - 1].text in (",", "a", "an"):
        # the clause the claim noun is set against: its governing clause minus itself
        node = ante.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        skip = {t.i for t in ante.subtree}
        toks = [t for t in node.subtree if t.i not in skip and t.i < ante.i]
        toks = [t for t in toks if not t.is_punct] or None
        if toks:
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    which = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which" and verb.doc[c.i - 1].text == ","]
    if which and not comp and verb.lemma_.lower() in cues.DENY_VERBS | cues.CONFIRM_VERBS:
        # "X was accused of P, which he denied": the clause before the comma
        node = ante
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.head.i != node.i:
            node = node.head
        toks = [t for t in node.subtree if t.i < which[0].i - 1]
        if toks:
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    adverb = any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < verb.i for c in verb.children)
    if not rel and (ante.lemma_.lower() in _TIME_NOUNS and (comp or any(c.dep_ == "dobj" for c in verb.children))
                    or adverb and comp):
        # "the same day Vorland confirmed its first cases": a time's relative
        # clause with no pronoun states what its subject said or confirmed;
        # so does one opened by "where" or "when" over a clause ("the
        # capital, where X said that P")
        toks = sorted((t for c in verb.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree), key=lambda t: t.i)
        cut = clause_subject_cut(toks)  # "... its first cases and Y had its first death"
        toks = [t for t in toks if cut is None or t.i < cut]
        return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    return None


# Nouns of a time a relative clause may follow without a pronoun ("the day X said P").
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "moment", "hour", "morning", "evening", "night"})


def last_conjunct(noun: Token, verb: Token) -> Token:
    """"X and Y's minister Z who adds P": a singular relative clause that
    follows a coordination straight after its last item, hung by the parser
    on the first, is said of the last (the name apposed to its role)."""
    last = noun
    while (nxt := next((c for c in last.children if c.dep_ == "conj"), None)) is not None:
        last = nxt
    rel = verb.left_edge
    if last is noun or verb.tag_ != "VBZ" or rel.i != last.right_edge.i + 1:
        return noun
    named = [c for c in last.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    return named[-1] if last.pos_ == "NOUN" and named else last


def who_antecedent(noun: Token) -> Token:
    """"X, an expert from the Y University, who said": "who" is said of a
    person, so a body or place closing a person's role phrase is not its
    antecedent; the person named beside the role is (else the role)."""
    if not (noun.ent_type_ in ("ORG", "GPE", "LOC", "FAC") and noun.dep_ == "pobj" and noun.head.dep_ == "prep"):
        return noun
    role = noun.head.head
    if role.pos_ != "NOUN":
        return noun
    if role.dep_ == "appos" and role.head.pos_ == "PROPN" and role.head.ent_type_ == "PERSON":
        return role.head  # "Tom Vell, a specialist with the Y Department, who said": any role apposed to a person
    if role.lower_ not in cues.PERSON_NOUNS:
        return noun
    return role.head if role.dep_ == "appos" and role.head.pos_ == "PROPN" else role


def dated_antecedent(head: Token) -> Token:
    """The noun a "which" clause hung on a date stands for: "X updated
    her account on Tuesday, which read, 'Q'" - the parser takes the day
    for the antecedent; the object of the verb the date modifies is
    meant (a day says nothing)."""
    if head.ent_type_ not in ("DATE", "TIME") or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return head
    objects = [c for c in head.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < head.i]
    return objects[-1] if objects else head


def plea(verb: Token) -> tuple[str, tuple[int, int]] | None:
    """"X pleaded not guilty to seven counts of fraud", "pled not guilty of
    murdering Y": a plea of not guilty in court denies the charge.
    (relation, char range of the charge, or of the plea where no charge is
    named); none for "did not plead guilty", "agreed to plead not guilty"
    (no plea made yet) or "pleaded with X to do Y". A guilty plea is left to
    the admission a story reports with it (the keys annotate "admitted his
    guilt", not the plea)."""
    if verb.lemma_.lower() not in ("plead", "plea") or verb.pos_ != "VERB" or verb.tag_ == "VB" \
            or any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "to", "will", "would") for c in verb.children):
        return None
    guilty = next((c for c in verb.children if c.lower_ == "guilty" and c.dep_ in ("acomp", "oprd", "advmod", "dobj", "xcomp", "ccomp")), None)
    if guilty is None:
        return None
    denied = any(c.dep_ == "neg" for c in guilty.children) or verb.doc[guilty.i - 1].lower_ == "not"
    if not denied:
        return None
    charge = [g for host in (verb, guilty) for c in host.children if c.dep_ == "prep" and c.lower_ in ("to", "of")
              for g in c.children if g.dep_ in ("pobj", "pcomp")]
    toks = [t for g in charge for t in g.subtree] or [t for t in guilty.subtree]
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return "denies", (first.idx, last.idx + len(last.text))


def answered_no(verb: Token) -> tuple[int, int] | None:
    """"X was asked if P. X said no", "Asked whether P, X replied in the
    negative": a "no" to a yes-no question denies what was asked. The
    question's clause (char range) in this or the previous sentence; none
    where the text puts no question ("said no to the plan" refuses)."""
    lemma = verb.lemma_.lower()
    if lemma not in ("say", "reply", "answer", "respond") or any(c.dep_ in ("ccomp", "xcomp", "neg") for c in verb.children):
        return None
    no = any(c.lower_ == "no" and c.dep_ in ("intj", "dobj", "npadvmod", "advmod") and c.i == verb.i + 1
             and not any(g.dep_ in ("prep",) for g in c.children) for c in verb.children) \
        or any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "negative" for g in c.children) for c in verb.children)
    if not no or (verb.i + 2 < len(verb.doc) and verb.doc[verb.i + 2].lower_ == "to"):
        return None
    doc = verb.doc
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for ask in reversed(doc[first:verb.i]):
        if ask.lemma_.lower() != "ask":
            continue
        for c in ask.children:
            if c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children):
                toks = [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
                return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None
