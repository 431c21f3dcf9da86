"""Where a statement's content lies: the complements of a cue verb (its
clause, its object, a message clause after an addressee), the statements
inside its reach that are records of their own, and where the cue's phrase
ends. A mixin of the attribution rules (``attribution._Finder``): it reads
the finder's parse and calls its helpers (``is_cue``, ``subject_of``,
``outer_cue``, ``reporting_cue``, ``has_own_subject``)."""

from __future__ import annotations

from spacy.tokens import Token

from . import cues, frames, names

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})


class ContentRules:
    """The content rules; mixed into the attribution finder."""

    @staticmethod
    def misread_subject(verb: Token, clause: list[Token], kids: list[Token]) -> list[Token]:
        """"warned continued growth is dependent on P": a clause with no
        subject of its own right after the cue's object (or a phrase the
        parser hung on the cue) has that object for its subject."""
        out = []
        for c in clause:
            if c.i < verb.i or c.dep_ != "ccomp" or any(g.dep_ == "mark" for g in c.children) \
                    or any(t.dep_ in _SUBJ | {"expl"} for t in c.subtree if t.i < c.i):
                continue
            out += [k for k in kids if k.dep_ in ("dobj", "prep") and verb.i < k.i
                    and k.right_edge.i + 1 == c.left_edge.i]
        return out

    def content_of(self, verb: Token, lemma: str, exclude: set[int]) -> tuple[int, int] | None:
        """Char range of the reported content from the verb's complements."""
        exclude = exclude | self.separate_statements(verb) | frames.beyond_semicolon(verb)
        # "..., according to T" at the end of the complement names the relay, not content
        exclude |= {g.i for t in verb.subtree if t.lower_ == "according" and t.dep_ == "prep"
                    and self.reporting_cue(t) == verb.i for g in t.subtree}
        kids = [c for c in verb.children if c.i not in exclude]
        pair = frames.neither_nor(verb)
        if pair is not None:  # "neither confirm nor deny that P": P may hang on "deny"
            kids += [c for c in pair[1].children if c.i not in exclude and c.dep_ not in ("cc", "preconj")]
        clause = [c for c in kids if c.dep_ in ("ccomp", "xcomp")
                  or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))]
        if lemma == "make" and (cleared := frames.made_clear(verb)) is not None:
            clause = [cleared]  # "made (it) clear that P": P, not "clear"
        misread = frames.misread_that(verb)
        if not clause and misread is not None:  # "established that X, ..., is Y" with "that" read as a determiner
            clause = list(misread)
            exclude = exclude | {verb.i + 1}
        if not clause and (stranded_p := frames.stranded_clause(verb)) is not None:
            clause = [stranded_p]  # "upon announcing to reporters P", P hung on the main verb
        if not clause:  # "said as a child she was forced ...": a bare clause the parser hung as an adjunct
            clause = [c for c in kids if c.dep_ == "advcl" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                      and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                      and not any(g.dep_ == "mark" for g in c.children)
                      and self.doc[c.left_edge.i - 1].i == verb.i]
        if not clause:  # "announced on its site at noon, stage two had ended": a clause the parser left unlabelled
            clause = [c for c in kids if c.dep_ == "dep" and c.i > verb.i and self.doc[c.left_edge.i - 1].text == ","
                      and c.left_edge.i - 1 > verb.i and not c.is_punct
                      and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in c.subtree)
                      and not any(t.is_quote for t in c.subtree)][:1]
        if not clause:  # "T reported, citing X, that P": the parser hangs P on the interjected "citing"
            clause = [g for c in kids if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in ("cite", "quote")
                      and c.i > verb.i for g in c.children if g.dep_ == "ccomp" and g.i > c.i
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)][:1]
        if not clause and (conjunct := frames.clause_conjunct(verb)) is not None:
            clause = [conjunct]  # "estimated by 2030, a growing population would double demand"
        if not clause and (gerund := frames.gerund_complement(verb)) is not None:
            clause = [gerund]  # "acknowledged using the funds" with the gerund hung as an adjunct
        # 'rejected that account, telling reporters: "Q"': Q, hung on the first
        # cue, belongs to the participle cue standing between them
        # ("reported, citing X, that P": P is the report's; "citing" names its source)
        clause = [c for c in clause if not any(p.dep_ == "advcl" and p.tag_ == "VBG" and self.is_cue(p) and verb.i < p.i < c.left_edge.i
                                                 and p.lemma_.lower() not in ("cite", "quote") for p in verb.children)]
        if any(c.i > verb.i for c in clause):
            # "X say P but so far, Y says Q": X's statement before Y's, hung on Y's cue, is X's own
            clause = [c for c in clause if c.i > verb.i or not (self.is_cue(c) and self.subject_of(c) is not None)]
        for c in clause:  # "P but so far, Y says Q": a "but" that joins P to nothing ends P
            cc = [g for g in c.children if g.dep_ == "cc" and g.i > c.i]
            if cc and not any(g.dep_ == "conj" and g.i > cc[-1].i for g in c.children):
                exclude = exclude | {t.i for g in c.children if g.i >= cc[-1].i for t in g.subtree}
        objs = [c for c in kids if c.dep_ in ("dobj", "oprd", "attr")]
        toks: list[Token] = []
        stranded = self.stranded_predicate(verb, objs) if not clause else None
        if stranded is not None:  # "a letter stating the plan had failed", "failed" hung elsewhere
            clause = [objs[0], stranded]
        if clause:
            toks = clause + self.misread_subject(verb, clause, kids)
            end = max(t.i for c in clause for t in c.subtree)
            # "said that P had the names, phone numbers and ... of N users":
            # the rest of a list the parser hung on the cue verb stays in P
            toks += [c for c in kids if c.dep_ in ("npadvmod", "dobj") and c.pos_ == "NOUN" and c.i > end
                     and self.doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 == end + 1]
            if lemma in cues.ADDRESSEE_VERBS and any(c.dep_ == "xcomp" for c in clause):
                toks = clause + objs  # "urged X to do Y": X is part of the call
                toks += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for g in c.children]
        elif objs and lemma in cues.TELL_VERBS and not any(c.dep_ == "prep" and c.lower_ in ("of", "against", "that") for c in kids):
            toks = frames.message_clause(verb, exclude)  # "told analysts on a call that P"
            if not toks and lemma in cues.PREP_CONTENT:  # "warned X of the consequences": X and the warning
                # (also hung on an adjunct: "warned X on Sunday of the consequences")
                hosts = [verb, *objs] + [c for c in verb.children if c.dep_ == "npadvmod"]
                about = [c for o in hosts for c in o.children
                         if c.dep_ == "prep" and c.lower_ in ("of", "against") and c.i not in exclude]
                toks = objs + about if about else []
            if not toks:
                return None  # "told X", "warned X about Y": an addressee, no message
        elif objs and (lemma not in cues.NEEDS_CLAUSE or frames.predicted_object(verb) is not None or frames.owned_fault(verb)
                       or frames.found_nothing(verb) is not None
                       or frames.ruled_out(verb) is not None or frames.judged_predicate(verb) is not None or any(
                c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "that"
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in c.children)
                and c.head.lower_ in cues.STATEMENT_OBJECTS | cues.MESSAGE_NOUNS | cues.CLAIM_NOUNS
                for o in objs for c in o.children)):  # ("published findings that P": the noun's clause)
            if lemma in cues.ACT_OR_DENY and not any(o.pos_ == "PRON" or o.lower_ in cues.STATEMENT_OBJECTS
                                                     or o.lemma_.lower() in cues.STATEMENT_OBJECTS for o in objs):
                return None  # "rejected the bid": an act, no statement denied
            if lemma in cues.NOTING_VERBS and not any(o.lemma_.lower() in cues.STATEMENT_OBJECTS for o in objs) and (
                    any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "conj"
                    and any(c.dep_ == "neg" or c.lower_ in ("nor", "neither") for c in verb.head.children)):
                return None  # "did not list X, nor mention any damages": nothing stated
            if lemma == "call" and frames.summons(verb, kids):
                return None  # "called the ministers to a meeting", "called an election": an act
            toks = objs
            if (judged := frames.judged_predicate(verb)) is not None:
                toks = objs + [judged]  # "found the ban unlawful": the object and what it is found to be
            if frames.placed_figure(verb) is not None:  # "placed the epicentre 8 km south of X", "put the toll at 45"
                toks += [c for c in kids if c.dep_ in ("prep", "advmod", "npadvmod") and c.i > objs[0].i]
            if lemma in cues.ADDRESSEE_VERBS:  # (and "warned X against Y")
                toks += [c for c in kids if c.dep_ == "prep" and c.i > verb.i
                         and (c.lower_ in ("as", "of", "to", "for") or c.lower_ == "against" and lemma in cues.PREP_CONTENT)]
            elif lemma in cues.FRAMES["Attributing_cause"][1]:  # "attribute the rise to X": the cause too
                toks += [c for c in kids if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i]
        elif not objs and (ruled := frames.ruled_on(verb)) is not None:
            toks = [ruled]  # "ruled against the extension", "ruled in favour of the union"
        elif lemma in cues.PREP_CONTENT and not objs:  # "warned of weaker demand", "apologised for the delay"
            toks = [g for c in kids if c.dep_ == "prep" and c.lower_ in cues.PREP_CONTENT[lemma] for g in c.children
                    if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
            if lemma == "report" and not any(c.dep_ in ("amod", "prep", "acl", "relcl") for t in toks for c in t.children):
                toks = []  # "reported on alleged plans for X" says what; "reported on the crash" only the topic
            if toks and (lemma in cues.LABEL_VERBS or lemma == "point"):  # "referred to X as Y": the label too
                toks += [c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > toks[0].i]
        elif lemma == "call":  # "called on X to do Y": what X is called on to do
            toks = [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for") for g in c.children]
            toks += [c for c in kids if c.dep_ in ("xcomp", "advcl") and c.i > verb.i]
        if not toks and (verb.dep_ == "parataxis" or (
                verb.dep_ == "dep" and verb.i > verb.head.i and self.has_own_subject(verb)
                and self.doc[verb.left_edge.i - 1].text == ",")):
            # '"P," he said' parsed with the quote's verb as governor (also
            # a headline's "P, say scientists" with the cue left unlabelled)
            gov = verb.head
            mine = {t.i for t in verb.subtree}
            left = [t for t in gov.subtree if t.i < min(mine)]
            right = [t for t in gov.subtree if t.i > max(mine)]
            words = [t for t in sorted(right + frames.statement_tail(verb), key=lambda t: t.i) if not t.is_punct]
            if left and words and self.doc[min(mine)].text == "," and not any(t.is_quote for t in gov.subtree):
                # "P1, X said, P2": the statement runs on both sides of a
                # comma-set reporting clause ("The convoy, the army said, was hit")
                return left[0].idx, words[-1].idx + len(words[-1].text)
            side = left if len(left) >= len(right) else right
            if left and right and any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i == gov.i for t in left) \
                    and any(t.i == gov.i or t.dep_ in ("aux", "auxpass") and t.head.i == gov.i for t in right):
                side = left + right  # '"The bridge," X said, "will reopen"': the quotation's clause on both sides
            if side:
                return side[0].idx, side[-1].idx + len(side[-1].text)
        if not toks and verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.pos_ in ("VERB", "AUX") \
                and self.has_own_subject(verb) and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children) \
                and verb.right_edge.i + 1 < len(self.doc) and self.doc[verb.right_edge.i + 1].text == ",":
            # "X said of the comets, they 'started spinning P'": the clause after
            # the comma, which the parser made the governor of the cue
            right = [t for t in verb.head.subtree if t.i > verb.right_edge.i + 1 and not t.is_punct]
            if right:
                return right[0].idx, right[-1].idx + len(right[-1].text)
        inverted = None
        if not toks and verb.dep_ == "conj" and verb.i > verb.head.i \
                and (self.has_own_subject(verb) or (inverted := self.comma_inverted(verb)) is not None) \
                and not self.is_cue(verb.head) and not any(c.dep_ in ("dobj", "ccomp") and (inverted is None or c.i != inverted.i)
                                                            for c in verb.children):
            # "P, X said in a statement" parsed as P's verb coordinated with the
            # cue; "P, stated minister X, and Q": P (and Q, when it is P's verb's)
            first = min(t.i for t in verb.subtree)
            left = [t for t in verb.head.subtree if t.i < first and not t.is_punct]
            if left:
                return left[0].idx, left[-1].idx + len(left[-1].text)
        if not toks:
            toks = [c for c in kids if c.dep_ == "nsubjpass"]  # "P was denied by X"
        if not toks and verb.dep_ == "ROOT" and self.has_own_subject(verb):
            # "P, X said" with P left as an unlabelled dependent before the subject
            subj = min((c for c in verb.children if c.dep_ in _SUBJ), key=lambda c: c.i).left_edge.i
            toks = [c for c in kids if c.dep_ == "dep" and c.i < subj and subj > 0 and self.doc[subj - 1].text == ","]
            if not toks and subj > verb.i and self.doc[verb.i - 1].text == ",":
                # "Wash your hands, say scientists": the inverted cue after the
                # statement, which the parser hung on it as an adjunct clause
                toks = [c for c in kids if c.dep_ == "advcl" and c.i < verb.i and c.right_edge.i == verb.i - 2]
        if not toks:
            toks = frames.message_clause(verb, exclude)
        if not toks:
            return None
        sub = [t for c in toks for t in c.subtree if t.i not in exclude]
        cut = frames.clause_subject_cut(sub)
        if cut is not None:  # "... the town and Y has contacted": Y begins a clause of its own
            sub = [t for t in sub if t.i < cut]
        sub = frames.drop_cue_date(sub)
        if lemma in cues.TELL_VERBS and clause and not objs:
            sub = self.without_addressee(sub, clause)
        if not sub:
            return None
        lo, hi = min(sub, key=lambda t: t.i), max(sub, key=lambda t: t.i)
        return lo.idx, hi.idx + len(hi.text)

    def cue_as_modifier(self, verb: Token) -> tuple[Token, tuple[int, int]] | None:
        """"The city's security chief, Jane Roe, announced on Facebook on
        Tuesday there were suspects in custody", parsed with the cue as a
        participle modifying its subject and the message as the main
        clause: a person (a role noun or a name) cannot be "announced", so
        the cue is the main verb, the person its source and the main clause
        after it the message. The head and the message's character range."""
        head = verb.head
        root = head.head
        if verb.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBD", "VBP") and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "X, in her review of the season, notes Y has the edge": the cue
            # read as the subject of the message, X as the message's subject too
            root = verb.head
            head = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i - 1), None)
            if head is None or root.pos_ not in ("VERB", "AUX") or any(c.dep_ not in ("punct", "advmod") for c in verb.children):
                return None
        elif verb.dep_ != "acl" or head.dep_ != "nsubj" or root.dep_ != "ROOT" or root.i < verb.i \
                or root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("auxpass", "agent", "dobj", "ccomp")
                                                          for c in verb.children):
            return None
        if not (head.lemma_.lower() in cues.PERSON_NOUNS or head.ent_type_ == "PERSON"
                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)
                or verb.dep_ == "nsubj" and head.ent_type_ == "ORG"):
            return None
        end = max(t.i for t in verb.subtree)
        words = [t for t in root.subtree if t.i > end]
        while words and words[-1].is_punct and not words[-1].is_quote:
            words.pop()
        if not words or not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i == root.i and t.i > end
                                for t in words):
            return None
        return head, (words[0].idx, words[-1].idx + len(words[-1].text))

    @staticmethod
    def stranded_predicate(verb: Token, objs: list[Token]) -> Token | None:
        """"filed a lawsuit alleging the contract was void", "sent a letter
        stating the plan had failed": the parser takes the message's subject
        for the cue's object and hangs its verb on the clause above. The
        verb right after the object, with no subject of its own and outside
        the cue's phrase, is the message's."""
        if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN", "PRON") or verb.lemma_.lower() in cues.ADDRESSEE_VERBS:
            return None
        i = objs[0].right_edge.i + 1
        doc = verb.doc
        while i < len(doc) and doc[i].dep_ in ("aux", "auxpass", "neg"):
            i += 1
        if i >= len(doc):
            return None
        pred = doc[i] if doc[i].pos_ in ("VERB", "AUX") else None
        if pred is None or pred.i in {t.i for t in verb.subtree}:
            pred = frames.misread_conjunct(verb)  # "found reduction of X by 2030 exceeded a tenth"
        if pred is None \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children):
            return None
        if not any(doc[j].dep_ in ("aux", "auxpass") and doc[j].head.i == pred.i for j in range(objs[0].right_edge.i + 1, pred.i)) \
                and pred.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # a finite verb: "the contract was void", "the plan failed"
        return pred

    @staticmethod
    def without_addressee(sub: list[Token], clause: list[Token]) -> list[Token]:
        """"told NPR the envoy had resigned": with no "that", the parser
        takes the addressee's name into the message's subject. A name that
        opens the message and ends before the subject's own head word is the
        addressee, not part of what was told."""
        first = min(sub, key=lambda t: t.i)
        ent = next((e for e in first.doc.ents if e.start == first.i and e.label_ in ("ORG", "PERSON", "NORP")), None)
        heads = [g for c in clause for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if ent is None or not heads or any(h.i < ent.end for h in heads) \
                or first.doc[ent.end].pos_ not in ("PROPN", "NOUN", "DET", "NUM", "ADJ"):
            return sub
        return [t for t in sub if t.i >= ent.end]

    def phrase_end(self, verb: Token) -> int:
        """Where the cue's own phrase ends (its objects and adjuncts, not a
        quotation): a quotation right after it is the cue's."""
        toks = [t for t in verb.subtree if self.inside_quote(t.idx) is None and not t.is_punct and not t.is_space]
        last = max(toks, key=lambda t: t.i) if toks else verb  # (a cue inside a quotation)
        return last.idx + len(last.text)

    def cue_before_colon(self, verb: Token, end: int) -> bool:
        """Whether another cue of the cue's phrase stands between it and the
        colon or comma at char ``end``: 'X said no, saying P and pointing out
        that, "Q"': the quotation is that cue's, not this one's."""
        return any(t.i != verb.i and verb.idx < t.idx < end and self.inside_quote(t.idx) is None and self.is_cue(t)
                   for t in verb.subtree)

    def separate_statements(self, verb: Token) -> set[int]:
        """Tokens of statements inside this cue's reach that are records of
        their own: a cue participle/conjunct controlled by this cue ("...,
        adding that ..."), and a later comma-set clause with its own cue and
        subject ("X reports P, Y says Q")."""
        out: set[int] = set()
        for t in verb.subtree:
            if t.i == verb.i:
                continue
            outer = self.outer_cue(t)
            if t.dep_ == "relcl" and self.is_cue(t) and self.has_own_subject(t) and t.head.lemma_.lower() in cues.CLAIM_NOUNS \
                    and t.head.i > verb.i and self.doc[t.head.left_edge.i - 1].text == ",":
                out |= {g.i for g in t.head.subtree}  # "X accused Y of P, a charge Z denied": Z's record
                continue
            if t.dep_ == "conj" and t.lemma_.lower() in cues.HEDGE_GOVERNORS and not self.has_own_subject(t) \
                    and t.left_edge.i > 0 and self.doc[t.left_edge.i - 1].lower_ in ("but", "and", ","):
                out |= {g.i for g in t.subtree}  # "confirmed P but declined to give details": the speaker's act
                continue
            if t.i > verb.i and t.left_edge.i > 0 and self.doc[t.left_edge.i - 1].text == ";" \
                    and self.is_cue(t) and self.has_own_subject(t):
                out |= {g.i for g in t.subtree}  # "X reported P; Y reported Q", Y's clause hung inside P
                continue
            if t.dep_ == "advcl" and self.is_cue(t) and self.has_own_subject(t) \
                    and any(c.dep_ == "mark" and (c.lower_ in ("while", "whereas") or (c.lower_ == "as" and self.doc[c.i - 1].lower_ == "even"))
                            for c in t.children):
                out |= {g.i for g in t.subtree}  # "X said P, while (even as) Y claimed Q": Y's statement
                continue
            if (outer is not None and outer.i == verb.i) or (
                    t.dep_ == "ccomp" and t.head.i == verb.i and t.i > verb.i and self.is_cue(t)
                    and self.has_own_subject(t) and t.left_edge.i > 0 and self.doc[t.left_edge.i - 1].text == ","
                    and verb.lemma_.lower() not in cues.ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in verb.children)):
                out |= {g.i for g in t.subtree}
        return out
