"""Documents, websites and data as the source of a statement: "X's notice
claimed P", "its website notes P", "X's tracking database shows P", "a
survey published by X found P". The speaker is the document's author or
owner where the text names it (a possessor, a "by" agent); an unowned
document ("the study found") names no one here. Verbs of evidence and
record-keeping ("shows", "listed", "recorded") report a statement only with
such a subject. A mixin of the attribution rules (``attribution._Finder``):
it reads the finder's parse and resolver."""

from __future__ import annotations

from spacy.tokens import Token

from kg.records import Mention

from . import cues, frames

# Nouns of a thing that can state something on its owner's behalf (with the
# entries of a record: "the website's latest result showed P").
_DOCUMENTS = cues.DOCUMENT_NOUNS | cues.MESSAGE_NOUNS | cues.SITE_NOUNS | {"record", "result", "results", "entry", "listing"}


class DocumentRules:
    """The document-source rules; mixed into the attribution finder."""

    @staticmethod
    def is_document(tok: Token) -> bool:
        return tok.lemma_.lower() in _DOCUMENTS or tok.lower_ in _DOCUMENTS

    def document_owner(self, head: Token) -> Mention | None:
        """The author or owner of a document named as a source: the
        possessor ("X's notice", "its website", "X's website's record", a
        possessor that is itself a document passing the question on) or
        the agent of a participle of making ("a survey published by X")."""
        node = head
        for _ in range(3):
            if not self.is_document(node):
                return None
            for acl in (c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                for pobj in (g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                    m = self.res.resolve(pobj)
                    if m is not None and m.type != "Place":
                        return m
            poss = [c for c in node.children if c.dep_ == "poss"]
            if not poss:
                return None
            if self.is_document(poss[0]) and any(c.dep_ == "poss" for c in poss[0].children):
                node = poss[0]  # "X's website's latest record"
                continue
            if poss[0].lower_ in cues.FIRST_PERSON | {"my", "our"}:
                return None
            if poss[0].pos_ != "PRON" and self.res.mention_at(poss[0]) is None:
                return None  # "the team's data": an owner described, not named
            return self.res.resolve(poss[0])
        return None

    def document_subject_ok(self, verb: Token) -> bool:
        """A verb of evidence or record ("shows", "listed") reports a
        statement only when its subject is a document, a website or data
        ("the database shows P", "the website listed no results"); "the
        team showed courage", "the band recorded an album" report none."""
        if verb.lemma_.lower() not in cues.DOCUMENT_SUBJECT_VERBS or frames.passive_as(verb) is not None:
            return True  # (and "was recorded as magnitude 5 by X": X's measurement)
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subj) and self.is_document(subj[0])
