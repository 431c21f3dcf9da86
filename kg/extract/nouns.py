"""Nouns of statement as cues: "the ministry's claim that P", "a denial
by X that P", "Y's announcement that Q" (FrameNet's Statement nouns, with
the stance of each in ``cues.STATEMENT_NOUNS``), and attitudes expressed
("X expressed concern that P"). A mixin of the attribution
rules (``attribution._Finder``): it reads the finder's parse, resolver and
records, and adds records of its own. Stance adjectives as predicates ("X
was confident that P", "Y was critical of Z") are read here too."""

from __future__ import annotations

from spacy.tokens import Token

from . import cues, names


class NounCueRules:
    """The noun-cue rule; mixed into the attribution finder."""

    def statement_noun(self, noun: Token) -> None:
        """"the ministry's claim that P", "a denial by X that P": a noun of
        statement with a "that" clause (the content) and its source as the
        possessor or a "by"/"from" phrase; the noun is the cue. As the
        object of a verb of issuing ("X issued a statement that P") the
        verb's subject is the source and verb and noun the cue."""
        relation = cues.STATEMENT_NOUNS.get(noun.lemma_.lower())
        if relation is None or noun.tag_ != "NN" or self.inside_quote(noun.idx) is not None:
            return
        # "X issued a statement that P", "Y issued the ultimatum, ..., that Q":
        # the noun's object verb of issuing; its clause may hang on the verb
        verb = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.ISSUE_VERBS else None
        kids = list(noun.children) + ([c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i] if verb else [])
        clause = [c for c in kids if c.dep_ in ("acl", "ccomp", "advcl")
                  and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        clause = clause or [c for c in noun.children if _complement_read_as_relative(c)]
        if not clause:
            return
        heads = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in cues.FIRST_PERSON]
        heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause[0].i
                  for g in c.children if g.dep_ == "pobj"]
        issuer = self.subject_of(verb) if verb is not None and not heads else None
        heads = heads or ([issuer] if issuer is not None else [])
        if not heads or verb is not None and any(c.dep_ == "neg" for c in verb.children):
            return
        source, speaker = self.speaker_for(heads[0], noun.idx)
        if speaker is None:
            return
        sub = [t for t in clause[0].subtree if t.dep_ != "mark" or t.head.i != clause[0].i]
        span = self.clean(sub[0].idx, sub[-1].idx + len(sub[-1].text))
        if span is None:
            return
        speaker = self.metonymy(heads[0], speaker, (span.start, span.end))
        cue = self.span_of([verb, noun] if issuer is not None else [noun])
        self.add_record(relation, cue, span, source, speaker, noun.i)
        self.res.remember(source.start, speaker, content=(span.start, span.end))

    def stated_by_participle(self, verb: Token, after: int) -> bool:
        """A participle of saying after token ``after`` that states what
        ``verb`` judged or expressed ("criticized X, saying P", "voiced
        support for X, telling T: Q")."""
        return any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.i > after
                   and c.lemma_.lower() in cues.ELABORATING and self.is_cue(c) for c in verb.children)

    def expressed_attitude(self, noun: Token) -> None:
        """"X expressed concern that P", "Y voiced confidence the ban would
        be lifted": a noun of attitude as the object of a verb of
        expressing, with a clause of its own (the content, "that" or not);
        the verb's subject speaks; verb and noun are the cue."""
        verb = noun.head
        raised = verb.lemma_.lower() == "raise" and noun.lower_ in cues.RAISED_DOUBTS
        if noun.lemma_.lower() not in cues.ATTITUDE_NOUNS and noun.lower_ not in cues.ATTITUDE_NOUNS and not raised \
                or noun.dep_ != "dobj" or verb.lemma_.lower() not in cues.EXPRESS_VERBS and not raised \
                or any(c.dep_ == "neg" for c in verb.children) or self.inside_quote(noun.idx) is not None \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):  # ("expressed no regret")
            return
        clause = [c for c in list(noun.children) + list(verb.children)
                  if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and c.pos_ in ("VERB", "AUX")
                  and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("which", "that", "who") for g in c.children)]
        # ("expressed concern over X", "raised concerns about X", "voiced support for X": what it is about)
        about = [g for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and c.i > noun.i
                 and (c.lower_ in cues.ATTITUDE_PREPS or c.lower_ == "with" and noun.lower_ in cues.CONTENT_WITH)
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
        head = self.subject_of(verb)
        if not (clause or about) or head is None:
            return
        if not clause and self.stated_by_participle(verb, noun.i):
            return  # "voiced support for X, telling T: 'Q'": one statement, the participle's
        source, speaker = self.speaker_for(head, verb.idx)
        # ("politicians such as X and Y expressed concern": each member named)
        speakers = [(source, one) for one in names.listed_members(self.res, head) or names.member_orgs(self.res, head)] \
            or [(source, speaker)] + [self.speaker_for(c, verb.idx) for c in self.conjoined(head)]  # ("X and Y raised concerns")
        speakers = [(at, one) for at, one in speakers if one is not None]
        span = self.clause_or_object(clause, about)
        if span is None or not speakers:
            return
        for at, one in speakers:
            self.add_record("claims", self.span_of([verb, noun]), span, at, one, verb.i)
        self.res.remember(speakers[-1][0].start, speakers[-1][1], content=(span.start, span.end))

    def clause_or_object(self, clause: list[Token], about: list[Token]):
        """The content: the first clause without its "that", else what the
        attitude is about (the first object of its preposition)."""
        sub = [t for t in clause[0].subtree if t.dep_ != "mark" or t.head.i != clause[0].i] if clause \
            else list(about[0].subtree)
        return self.clean(sub[0].idx, sub[-1].idx + len(sub[-1].text))

    def stance_adjective(self, adj: Token) -> None:
        """"X was confident that P", "Y remained adamant that Q", "Z was
        critical of the fines": an adjective of certainty, hope or
        judgement predicated of its subject, over a clause (or, for a
        judgement, over what it is "of"), is the subject's statement; the
        copula and the adjective are the cue."""
        verb = adj.head
        judged = adj.lower_ in cues.JUDGING_ADJECTIVES
        if adj.dep_ != "acomp" or verb.lemma_.lower() not in cues.COPULAS or not (
                adj.lower_ in cues.CERTAINTY_ADJECTIVES or judged) \
                or any(c.dep_ == "neg" for c in list(verb.children) + list(adj.children)) \
                or self.inside_quote(adj.idx) is not None:
            return
        clause = [c for c in list(adj.children) + list(verb.children) if c.dep_ == "ccomp" and c.i > adj.i
                  and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        # (a judgement passed, "was critical of the fines"; not a standing
        # one, "has been critical of X", "are supportive of Y")
        passed = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
        about = [g for c in adj.children if judged and passed and c.dep_ == "prep" and c.lower_ in ("of", "about")
                 for g in c.children if g.dep_ == "pobj"]
        head = self.subject_of(verb)
        if not (clause or about) or head is None or head.pos_ == "PRON" and head.lower_ in ("it", "this", "that"):
            return
        # ("X and Y were confident that P": each of them)
        speakers = [(at, one) for at, one in (self.speaker_for(h, verb.idx) for h in [head] + self.conjoined(head))
                    if one is not None]
        span = self.clause_or_object(clause, about)
        if span is None or not speakers:
            return
        for at, one in speakers:
            self.add_record(cues.JUDGING_ADJECTIVES.get(adj.lower_, "claims"), self.span_of([verb, adj]), span,
                            at, one, verb.i)
        self.res.remember(speakers[-1][0].start, speakers[-1][1], content=(span.start, span.end))


# Verbs that take a statement as their object: "the warning that X issued",
# "the claim that Y repeated" are relative clauses, whatever else may be.
_TAKES_A_STATEMENT = cues.ALL_CUE_VERBS | cues.ISSUE_VERBS | frozenset({
    "make", "give", "hear", "read", "see", "receive", "deliver", "cite", "quote", "ignore", "welcome",
    "investigate", "examine", "study", "follow", "use", "base", "draw", "heed", "spread", "broadcast",
})


def _complement_read_as_relative(clause: Token) -> bool:
    """"a warning that the river would flood": the parser took "that" for a
    relative pronoun, the object of a verb that takes none here; the clause
    is the noun's content. Not "the warning that the service issued"."""
    if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() in _TAKES_A_STATEMENT:
        return False
    that = [c for c in clause.children if c.lower_ == "that" and c.dep_ == "dobj" and c.i == clause.left_edge.i]
    others = [c for c in clause.children if c.dep_ in ("dobj", "attr", "dative") and c not in that]
    return bool(that) and not others and any(c.dep_ == "nsubj" and c.i > that[0].i for c in clause.children)
