"""Documents, websites and data as the source of a statement: "X's notice
claimed P", "its website notes P", "X's tracking database shows P", "a
survey published by X found P". The speaker is the document's author or
owner where the text names it (a possessor, a "by" agent); an unowned
document ("the study found") names no one here. Verbs of evidence and
record-keeping ("shows", "listed", "recorded") report a statement only with
such a subject (``frames.construction_ok``). A mixin of the attribution
rules (``attribution._Finder``): it reads the finder's parse and resolver."""

from __future__ import annotations

from spacy.tokens import Token

from kg.records import Mention

from . import cues, frames, groups, names, premises, unnamed
from .phrases import np_tokens


# Kinds of body a story also uses for groups it never names ("the team's
# data", "the group's study"): no owner is looked up behind them.
_UNNAMED_KINDS = frozenset({"team", "group", "staff", "unit", "units", "troops", "force", "forces", "body"})


class DocumentRules:
    """The document-source rules; mixed into the attribution finder."""

    def document_owner(self, head: Token) -> Mention | None:
        """The author or owner of a document named as a source: the
        possessor ("X's notice", "its website", "X's website's record", a
        possessor that is itself a document passing the question on) or
        the agent of a participle of making ("a survey published by X")."""
        node = head
        for _ in range(3):
            if not frames.is_document(node):
                return None
            for acl in (c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues.ISSUE_VERBS):
                for pobj in (g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                    # ("a statement released by her family": the family, a source of its own)
                    m = self.res.resolve(pobj) or unnamed.circle_of(self.res, pobj, self.text)
                    if m is not None and m.type != "Place":
                        return m
            poss = [c for c in node.children if c.dep_ == "poss"]
            if not poss:
                return self.earlier_owner(node) if node.i == head.i else None
            if frames.is_document(poss[0]) and any(c.dep_ == "poss" for c in poss[0].children):
                node = poss[0]  # "X's website's latest record"
                continue
            if poss[0].lower_ in cues.FIRST_PERSON | {"my", "our"}:
                return None
            if poss[0].lower_ == "their" and self.res.group(poss[0]):
                return None  # "X and Y found P. Their study shows Q": the pair's (``joint_owners``)
            if poss[0].pos_ != "PRON" and self.res.mention_at(poss[0]) is None:
                # "the hotel's website": the premises named before; "the company's website": the body
                # "the company" refers to; "the team's data": an owner described, not named
                found = premises.business(self.res, poss[0])
                if found is None and poss[0].lemma_.lower() in cues.ORG_NOUNS - _UNNAMED_KINDS:
                    found = self.res.resolve(poss[0])
                if found is None and names.named_body(self.res, poss[0]):
                    # "the American embassy's website": a body of a country named by its phrase
                    found = names.collective(self.res, poss[0], np_tokens(poss[0]), self.extra, self.text)
                return found if found is None or found.type != "Place" else None
            return self.res.resolve(poss[0])
        return None

    def joint_owners(self, head: Token) -> list[Mention]:
        """The people "their" stands for on a document ("Their study claimed
        P" after "X and Y disclosed Q"): each is a speaker."""
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ == "their"]
        return self.res.group(poss[0]) if poss and frames.is_document(head) else []

    def earlier_owner(self, head: Token) -> Mention | None:
        """"The guidelines cite P" after "X guidelines" or "X's guidelines",
        "the report found P" after "X released its report": a definite
        document refers back to the last one of its kind introduced (past
        "the report" again), whose issuer the text named (as a possessor, a
        name before it, or the subject of a verb of issuing it)."""
        lemma = head.lemma_.lower()
        if not frames.is_document(head) or lemma in cues.SITE_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        for tok in reversed(self.doc[max(0, head.i - 1000):head.i]):
            if tok.lemma_.lower() != lemma or tok.i == 0:
                continue
            prev = self.doc[tok.i - 1]  # (the name right before it: the tagger may misread "X guidelines")
            if prev.tag_ == "POS" and tok.i > 1:
                prev = self.doc[tok.i - 2]
            if prev.lower_ in ("the", "this", "that") and tok.tag_ == head.tag_:
                continue  # "the report" again: it refers back further
            if tok.dep_ == "dobj" and self.res.issuing(tok.head):
                # "X released its annual report ... the report found P": X's
                subject = self.res.issuing_subject(tok.head)
                m = self.res.resolve(subject) if subject is not None else None
                return m if m is not None and m.type != "Place" else None
            m = self.res.mention_at(prev)
            if m is not None and m.span.start <= tok.idx < m.span.end:
                continue  # "the X Special Report states": the document's own title, no issuer
            return m if m is not None and m.type != "Place" else None  # (the last of its kind decides)
        return None

    def owned_evidence(self, verb: Token) -> bool:
        """"A poll conducted by X shows P", "a Greenpeace study shows P", "the
        report by X demonstrates P": a verb of evidence with a study, survey
        or report whose maker the text names is the maker's finding (data
        and figures that "show" something stay the writer's reading)."""
        if verb.lemma_.lower() not in cues.FRAMES["Evidence"][1]:
            return False
        if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):  # "X released data showing P": the issuer's finding
            noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            return noun is not None and self.issuer(noun) is not None
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lemma_.lower() not in cues.EVIDENCE_DOCUMENTS:
            return False
        # ("Study shows P" in a headline: the lead says whose study it is)
        return self.document_maker(subj[0]) is not None or names.author(self.res, subj[0]) is not None \
            or groups.headline_study(self.res, subj[0])

    def issuer(self, head: Token) -> Mention | None:
        """Who put out evidence named as the object of a verb of issuing:
        "X released data showing P", "X published a study showing P"."""
        if head.dep_ != "dobj" or not self.res.issuing(head.head) \
                or not {head.lemma_.lower(), head.lower_} & (cues.EVIDENCE_DOCUMENTS | cues.ISSUED_DATA):
            return None
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        found = self.res.resolve(subject) if subject is not None else None
        return found if found is not None and found.type != "Place" else None

    def document_maker(self, head: Token) -> Mention | None:
        """Who made a document: its owner (``document_owner``), or a body or
        person named right before it ("a Gallup poll", "a Greenpeace
        study"); (the author after "by"/"from" is ``names.author``'s)."""
        found = self.document_owner(head)
        if found is not None or not frames.is_document(head) \
                or any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in head.children):
            return found  # ("a Twitter post by X" is X's)
        for c in head.children:
            m = self.res.mention_at(c) if c.dep_ == "compound" and c.i < head.i else None
            if m is None and c.dep_ == "compound" and c.i < head.i:
                m = unnamed.sole_body(self.res, c, self.text)  # "an air force statement": the country's
            if m is not None and m.type in ("Organisation", "Person"):
                return m
        # "a police statement", "a fire service statement": the body of that kind
        # the story names ("court documents" are filed with a court, not its words)
        return self.res.body_modifier(head) if head.tag_ == "NN" else None

    def unowned_document(self, head: Token) -> bool:
        """Documents no one is named as issuing: plural or indefinite
        ("videos posted online show", "reports said", "a study found"), with
        no possessor or author; "the statement said" still refers back to
        the last one who issued one."""
        if not frames.is_document(head) or any(c.dep_ == "poss" for c in head.children):
            return False
        if self.document_owner(head) is not None or names.author(self.res, head) is not None or any(self.res.mention_at(t) is not None for t in head.subtree
                                                         if t.dep_ != "conj" and t.head.dep_ != "conj"):
            return False  # "a post by X", "a NATO press release", "a report from X", "a statement from the company"
        if head.dep_ == "dobj" and self.res.issuing(head.head):
            return False  # "X filed a lawsuit alleging P": X's
        det = [c.lower_ for c in head.children if c.dep_ == "det"]
        return head.tag_ in ("NNS", "NNPS") or not det or det[0] in ("a", "an", "some", "these", "those")

    def named_among(self, head: Token) -> Token | None:
        """"according to these photos and X": of a document and a named
        source coordinated, the named one."""
        if not frames.is_document(head):
            return None
        for c in head.children:
            if c.dep_ == "conj":
                m = self.res.mention_at(c)
                if m is not None and m.type != "Place":
                    return c
        return None
