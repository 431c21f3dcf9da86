"""Intermediaries of attributed statements: "according to T" (a source,
or the relay of a cue whose clause it ends), "X, quoted by T, said",
"in a statement published by T", "T reported P, citing X". A mixin of the
attribution rules (``attribution._Finder``): it reads the finder's parse,
resolver and records, and adds "according to" records of its own."""

from __future__ import annotations

from spacy.tokens import Token

from kg.records import Mention

from . import cues, frames, groups
from .coref import token_span

# Objects of "citing" that name where a statement came from, not a reason.
_SOURCE_OBJECTS = cues.CLAIM_NOUNS | cues.MESSAGE_NOUNS | cues.DOCUMENT_NOUNS | frozenset({
    "source", "sources", "official", "officials", "witness", "witnesses", "person", "people", "media"})

# Verbs of putting something out ("posted samples", "published photos").
_PUBLISHING = frozenset({"post", "publish", "tweet"})
# Nouns of a count that "by X's ..." gives as X's ("by NBC's reckoning").
_RECKONINGS = frozenset({"reckoning", "count", "estimate", "estimates", "tally", "account", "calculation",
                         "calculations", "figures", "report"})


def counted_by(tok: Token) -> Token | None:
    """"by NBC's reckoning", "by the army's own count": the count noun of a
    "by" phrase with an owner, else None."""
    if tok.lower_ != "by" or tok.dep_ != "prep":
        return None
    for pobj in (c for c in tok.children if c.dep_ == "pobj" and c.lower_ in _RECKONINGS):
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in pobj.children):
            return pobj
    return None



# Verbs of saying: "according to T, the respondents said P" is their
# statement relayed by T, whoever they are (not T's own).
_SAYING = cues.PLAIN_SPEECH_VERBS | {"announce", "argue", "explain", "note"}
# Verbs of voicing a feeling or a message ("expressed disappointment",
# "voiced concern"): with a verb of saying after them, one statement.
_EXPRESSING = frozenset({"express", "voice", "reiterate", "offer", "extend", "convey", "issue"})


def _without_apposed_role(part: list[Token]) -> list[Token]:
    """The tokens after "according to X" without a role set off by commas
    that the parser hung on the proposition (", the deputy minister, P")."""
    k = 1 if part and part[0].text == "," else 0
    for j in range(k, min(len(part), k + 9)):
        if part[j].text == ",":
            role = part[k:j]
            if role and any(t.lemma_.lower() in cues.PERSON_NOUNS and t.pos_ in ("NOUN", "PROPN") for t in role) \
                    and role[0].lower_ in ("the", "a", "an", "its", "his", "her", "their") and j + 1 < len(part):
                rest = part[j + 1:]
                names = 0
                while names < len(rest) and rest[names].pos_ == "PROPN":
                    names += 1
                if names and names < len(rest) and rest[names].text == ",":
                    break  # ", the chief executive, Tom Berg, resigned": the role names the subject
                return rest
            break
    return part

class RelayRules:
    """The intermediary rules; mixed into the attribution finder."""
    def cited(self, verb: Token, head: Token) -> Mention | None:
        """The named source of a "citing X" participle on the cue; "citing the
        risk of ..." (a reason, not a source) gives none. The participle may
        hang off the cue, off the end of its complement or, set off by
        commas, off the subject ("T, citing X, said P")."""
        clauses = [verb, head] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        for c in (k for node in clauses for k in node.children):
            if c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "quote") and c.tag_ == "VBG":
                for o in (g for g in c.children if g.dep_ == "dobj"):
                    m = self.res.mention_at(o)
                    if m is None and o.tag_ == "NNS" and any(p.dep_ == "prep" and p.lower_ in ("at", "from", "in", "of", "with")
                                                             for p in o.children):
                        m = self.res.resolve(o)  # "citing officials at the Navy": the Navy
                        m = m if m is not None and m.type == "Organisation" else None
                    if m is None and (o.lemma_.lower() in cues.DOCUMENT_NOUNS or o.lower_ in cues.DOCUMENT_NOUNS):
                        # "citing Vorland Health Institute data", "citing the ministry's figures"
                        m = next((self.res.mention_at(g) for g in o.children if g.dep_ in ("compound", "poss")
                                  and self.res.mention_at(g) is not None), None)
                    if m is not None and m.type != "Place":
                        return m
                    m = groups.cited_group(o, self.text) if m is None else None
                    if m is not None:  # "citing anonymous sources": they are the source
                        self.extra.append(m)
                        return m
        return None

    def cites_reason(self, verb: Token) -> bool:
        """"X banned the airline, citing security concerns": a participle of
        citing ("citing", "referencing", "invoking", "pointing to") set off
        on an act (not on a cue) gives the actor's stated reason, a statement
        of its own; "citing X" that names a source (a body, "anonymous
        sources", "a report") is no reason but a relay."""
        if not (verb.lemma_.lower() in cues.CITING_VERBS and verb.tag_ == "VBG" and verb.dep_ == "advcl"):
            return False
        if any(self.is_cue(a) for a in verb.ancestors) or verb.i == 0 or self.doc[verb.left_edge.i - 1].text != ",":
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() != "point" else [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            if g.dep_ == "pobj" and frames.abstract_noun(g.lower_)]  # ("pointing to the door" shows a way)
        if not objs:
            return False
        m = self.res.mention_at(objs[0])
        return (m is None or m.type == "Place") and objs[0].lemma_.lower() not in _SOURCE_OBJECTS

    def via_of(self, verb: Token, head: Token) -> Mention | None:
        """Intermediaries around a cue: "according to T" on the cue clause,
        "X, quoted by T, said", "in a statement published by T"."""
        if verb.i in self.via_for:
            return self.via_for[verb.i]
        if frames.passive_as(verb) is not None:
            return None  # "N according to X, it was rated as M by Y": X is a second source
        late = [t for t in verb.subtree if t.lower_ == "according" and t.dep_ == "prep" and self.reporting_cue(t) == verb.i]
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in _EXPRESSING | _SAYING and verb.lemma_.lower() in _SAYING:
            late += [c for c in verb.head.children if c.i < verb.head.i]  # "According to T, X regretted Q and said P"
        for c in list(verb.children) + list(head.children) + late:
            if c.dep_ == "prep" and c.lower_ == "according":
                m = self._according_pobj(c)
                if m is not None:
                    return m
            if c.dep_ == "acl" and c.lemma_.lower() in ("quote", "cite", "publish", "carry", "report"):
                m = self._agent(c)
                if m is not None:
                    return m
            if c.dep_ == "prep" and c.lower_ in ("in", "on"):
                for pobj in (g for g in c.children if g.dep_ == "pobj"):
                    for acl in (g for g in pobj.children if g.dep_ == "acl"):
                        m = self._agent(acl)
                        if m is not None:
                            return m
        return None

    def _saying_conjunct(self, verb: Token) -> Token | None:
        """The verb of saying joined to a clause's verb ("X expressed regret
        and said P"): the statement the clause makes."""
        return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                     and c.lemma_.lower() in _SAYING and self.is_cue(c)), None)

    def reporting_cue(self, prep: Token) -> int | None:
        """The cue (token index) whose complement an "according to T" at the
        end of a sentence hangs inside ("X said that P and that Q, according
        to T", the parser hanging it on Q's verb), if that cue has a subject."""
        if any(not (t.is_punct or t.is_space) for t in self.doc[prep.right_edge.i + 1:prep.sent.end]):
            return None  # only a sentence-final attribution reaches back over the clause
        node = prep.head
        for _ in range(4):
            if self.is_cue(node) and self.subject_of(node) is not None:
                return None if self._posts_a_thing(node) else node.i
            if node.dep_ not in ("ccomp", "conj", "advcl", "xcomp") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _agent(self, verb: Token) -> Mention | None:
        for c in verb.children:
            if c.dep_ == "agent":
                for pobj in (g for g in c.children if g.dep_ == "pobj"):
                    m = self.res.mention_at(pobj)
                    if m is not None and m.type != "Place":
                        return m
        return None

    def _according_pobj(self, prep: Token) -> Mention | None:
        for t in prep.subtree:
            if t.dep_ == "pobj":
                m = self.res.resolve(t)
                if m is not None:
                    return m
        return None

    def _owned_body(self, owner: Mention | None, tok: Token) -> Mention | None:
        """A body named right after its owner's possessive inside the
        "according to" phrase, which the parser hung under the owner."""
        if owner is None or owner.type != "Organisation":
            return None
        for t in tok.subtree:
            if t.idx == owner.span.end and t.lower_ in ("'s", "’s") and t.i + 1 < len(self.doc):
                m = self.res.mention_at(self.doc[t.i + 1])
                return m if m is not None and m.type == "Organisation" and m.name != owner.name else None
        return None

    @staticmethod
    def _posts_a_thing(verb: Token) -> bool:
        """"A group posted samples on a forum, according to X": a verb of
        publishing with a thing as object and no clause is an event that X
        reports, no statement X relays."""
        return verb.lemma_.lower() in _PUBLISHING and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() not in cues.MESSAGE_NOUNS for c in verb.children)

    def according_to(self, tok: Token) -> None:
        """"P, according to X" (source X), unless the clause already has a
        cue with a speaker, in which case X is the intermediary; "by X's
        count, P" ("by NBC's reckoning", "by the army's own estimate") the same."""
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        count = counted_by(tok)
        if count is None and (tok.lower_ != "according" or nxt is None or nxt.lower_ != "to"):
            return
        if count is not None:
            pobj, nxt = [c for c in count.children if c.dep_ == "poss"], count
        else:
            pobj = [t for t in tok.subtree if t.dep_ == "pobj"]
        if not pobj:
            return
        gov = tok.head
        while count is not None and gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head  # "had 214 votes by X's count": the clause, not the counted noun
        if gov.lemma_.lower() in _EXPRESSING and (said := self._saying_conjunct(gov)) is not None:
            gov = said  # "According to T, X expressed regret and said P": X's statement, relayed by T
        subject = self.subject_of(gov) if self.is_cue(gov) else None
        if subject is not None and gov.lemma_.lower() not in cues.DENY_VERBS \
                and not self._posts_a_thing(gov) and frames.passive_as(gov) is None \
                and (subject.pos_ in ("PRON", "PROPN") or self.res.mention_at(subject) is not None
                     or subject.lemma_.lower() in cues.PERSON_NOUNS | cues.ORG_NOUNS
                     or gov.lemma_.lower() in _SAYING):
            # handled as via of that cue ("N according to X, it was rated as M by Y": two
            # sources); not when no source acts ("according to X, 40 farmers protested")
            return
        if self.reporting_cue(tok) is not None:
            return  # "X said P and that Q, according to T": T relays X's statement
        direct = [t for t in pobj if t.head.i == nxt.i] if count is None else []
        if len(direct) > 1:
            # a hyphenated word split into objects of "to": "according to Ostrian vice-premier X"
            # ("vice" and "X"), "according to e-mails sent by X" ("e", "-", "mails"): the name, else the last
            pobj = [t for t in direct if self.res.mention_at(t) is not None][:1] or direct[-1:]
        elif direct:  # "according to the Minister of Defense X": X, not the "of" phrase's object before it
            pobj = direct
        source, speaker = self.speaker_for(self.named_among(pobj[0]) or pobj[0], tok.idx)
        owned = self._owned_body(speaker, tok)
        if owned is not None:  # "according to the University of X's Institute for Y": the institute
            source, speaker = owned.span, owned
        authors = groups.study_authors(self.member_groups, pobj[0]) if speaker is None else []
        if speaker is None and not authors:
            return
        cue = token_span(self.doc, tok.i, nxt.i + 1, self.text)
        # (the parser may make "According" the sentence's root, with the
        # proposition hung below it: only "according to X" is the cue then)
        skip = {t.i for t in tok.subtree} if gov.i != tok.i else {tok.i} | {t.i for t in nxt.subtree}
        clause = [t for t in gov.subtree if t.i not in skip] if gov.i != tok.i else []
        sent = tok.sent
        if not clause:
            clause = [t for t in sent if t.i not in skip]
        # keep the side of the clause that holds its head (the proposition)
        before = [t for t in clause if t.i < tok.i]
        after = [t for t in clause if t.i > max(skip)]
        part = before if len(before) >= len(after) or (before and frames.passive_as(gov) is not None) else after
        if gov.i != tok.i and before and after and any(t.i == gov.i for t in after) \
                and tok.i > 0 and self.doc[tok.i - 1].text == "," and max(skip) + 1 < len(self.doc) \
                and self.doc[max(skip) + 1].text == "," \
                and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == gov.i for t in before):
            # "The minister, according to X, had known for months": the
            # statement runs on both sides of the interjected source
            part = before + after
        if part is after:
            part = _without_apposed_role(part)  # "According to X, the deputy minister, P": P alone
        while (gov.i == tok.i or count is not None) and part and part[-1].is_punct and part[-1].text not in ('"', "”", "'"):
            part = part[:-1]  # (the sentence's full stop hangs on the root "According" too)
        if not part:
            return
        lo, hi = part[0].idx, part[-1].idx + len(part[-1].text)
        quote = self.adjacent_quote(cue.start, source.end)
        if quote is not None and quote[1] <= cue.start and quote[0] < lo:
            lo = quote[0]
        span = self.clean(lo, hi)
        if span is None:
            return
        for one in authors or [speaker]:  # "according to the study": each body whose researchers did it
            self.add_record("claims", cue, span, source, one, tok.i)
        if speaker is not None and not authors:
            # "according to Reuters and the BBC": a joint source, one record each
            for conj in pobj[0].conjuncts:
                other = self.res.mention_at(conj)
                if other is not None and other.type != "Place" and other.name != speaker.name:
                    self.add_record("claims", cue, span, other.span, other, tok.i)
        self.res.remember(source.start, speaker or authors[0], content=(span.start, span.end))
