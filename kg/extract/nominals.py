"""Definite descriptions of bodies as sources: "the company", "the
website", "the unions", "the Vale administration" refer to a body the
story named (by its name's words, by the kind it was introduced as, or as
the latest body that spoke), or to none. A mixin of the speaker resolver
(``coref.SpeakerResolver``): it reads the resolver's mentions and speakers."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from kg.records import Mention, Span
from kg.resolve import Gazetteer

from . import cues, names

# Kinds of outlet or service a definite description names ("the website
# said", "the network claims"): it refers only to a body introduced as one.
_MEDIA_KINDS = frozenset({"website", "site", "network", "newspaper", "paper", "daily", "broadcaster",
                          "channel", "outlet", "blog", "magazine", "app", "platform", "tabloid", "journal"})
# Words for one kind of outlet, a newspaper ("the newspaper X ... the paper").
_PAPER_KINDS = frozenset({"newspaper", "paper", "daily", "tabloid", "broadsheet", "weekly"})


# Kinds of institution a story introduces as such ("the regulator", "the
# union", "the court"): never a company or body named without that kind.
_INSTITUTION_KINDS = frozenset({"regulator", "union", "court", "hospital", "police", "army", "ministry",
                                "council", "university", "school", "commission", "committee", "parliament",
                                "tribunal", "watchdog", "department", "embassy", "military", "government", "force"})
# Kinds of body any body may be spoken of as ("a company spokesman" after
# "Acme Ltd"); other kinds ("hospital", "army") refer to a body named so.
GENERIC_KINDS = frozenset({"company", "firm", "group", "organisation", "organization", "corporation",
                            "business", "agency", "body", "government", "club", "party"})


# Kinds of business "the company" and "the firm" may refer to ("the pay
# television operator, X ... the company said").
# What the gazetteer's kinds of body may be called ("the group" for a rights
# group; never "the company").
_GAZETTEER_KINDS = {"org": frozenset({"group", "organisation", "organization", "body", "charity", "foundation",
                                      "association", "agency", "monitor", "watchdog"}),
                    "body": frozenset({"body", "agency", "authority", "bank", "board", "commission", "council",
                                       "office", "organisation", "organization", "regulator", "institute"})}
_BUSINESS_KINDS = frozenset({"company", "firm", "operator", "carrier", "airline", "retailer", "insurer", "lender",
                             "bank", "miner", "maker", "manufacturer", "producer", "developer", "publisher",
                             "supplier", "exporter", "chain", "conglomerate", "corporation", "giant", "startup",
                             "brewer", "broker", "automaker", "carmaker", "chipmaker", "drugmaker", "planemaker",
                             "steelmaker", "supermarket", "group", "business"})


class NominalRules:
    """The nominal-description rules; mixed into the speaker resolver."""

    def nominal_antecedent(self, head: Token) -> Mention | None:
        """"the institute" -> the nearest earlier organisation whose name has
        the word; else the nearest organisation speaker. A business's
        description ("the company") keeps the referent it last had, until
        the text introduces another body as one."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or lemma not in _BUSINESS_KINDS:
            return self._nominal_antecedent(head)
        kept = self._described.get(lemma)
        if kept is not None and not any(
                kept[1] < m.span.start < head.idx and m.type == "Organisation" and m.name != kept[0].name
                and lemma in self._body_speaker(m)[1] for m in self.mentions):
            return kept[0]
        found = self._nominal_antecedent(head)
        if found is not None:
            self._described[lemma] = (found, head.idx)
        return found

    def _nominal_antecedent(self, head: Token) -> Mention | None:
        m = self.kind_antecedent(head)
        if m is not None:
            return m
        made = self._named_after(head)
        if made is not None:
            return made
        # a definite description of a kind ("the company") needs a unique
        # salient body: the latest organisation that spoke, however far back,
        # else the latest organisation subject or mention nearby
        lemma = head.lemma_.lower()
        # "the website", "the network": only a body introduced as one; "the
        # unions": bodies of that kind, never one body named without it
        media = lemma in _MEDIA_KINDS or head.tag_ == "NNS"
        for pos, m in reversed(self.speakers):
            body, kinds = self._body_speaker(m)
            if body and pos < head.idx and (lemma in kinds if media or lemma in _INSTITUTION_KINDS
                                            else (not kinds or lemma in kinds)):
                return m  # (never one introduced as another kind: "the X union" is no "company")
        if head.tag_ == "NNS":
            return None
        if media:
            # "X's database had no record; the website noted ...", "according
            # to X ... The website suggested": the body just named as an
            # owner or a source; else no one rather than a guess
            return names.owner_or_source_nearby(self, head)
        if lemma == "government":
            return None  # no body named as one: the story's state's (the caller's ``home_government``)
        m = self.antecedent(head.idx, ("Organisation",))
        if m is None:
            return None
        # never a generic source ("Researchers found P. The utility said Q");
        # a kind that names ("the regulator", "the union") only a body introduced as one
        body, kinds = self._body_speaker(m)
        if body and kinds and not kinds & _BUSINESS_KINDS and lemma in ("company", "firm"):
            # "X's union said P. ... operator, Acme. The company said Q": the
            # body of that kind named nearest, not a union or a ministry
            return self._nearest_business(head)
        if lemma in _BUSINESS_KINDS - GENERIC_KINDS and kinds and lemma not in kinds \
                and not kinds & (_BUSINESS_KINDS - GENERIC_KINDS):
            return None  # "the airline" is no union, ministry or rights group named before
        return m if body and (lemma not in _INSTITUTION_KINDS or lemma in kinds) else None

    def newspaper_antecedent(self, head: Token) -> Mention | None:
        """"The newspaper X reported P. The paper also reported Q": the
        latest speaker introduced as a newspaper (by any of its words);
        None when none was, and "the paper" is a document of no one named."""
        for pos, m in reversed(self.speakers):
            body, kinds = self._body_speaker(m)
            if body and pos < head.idx and kinds & _PAPER_KINDS:
                return m
        return None

    def _nearest_business(self, head: Token) -> Mention | None:
        """The nearest organisation named in this or the previous sentence
        introduced as a business or as no kind at all."""
        here = self.sent_index(head.idx)
        for m in reversed(self.mentions[:bisect.bisect_left(self._starts, head.idx)]):
            if here - self.sent_index(m.span.start) > 1:
                return None
            if m.type == "Organisation":
                body, kinds = self._body_speaker(m)
                if body and (not kinds or kinds & _BUSINESS_KINDS):
                    return m
        return None

    def _named_after(self, head: Token) -> Mention | None:
        """"The Vale administration", "the Smith government": a body named
        after a person (the recogniser may type the name anything), never
        an earlier body."""
        named = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        person = self.mention_at(named[-1]) if named else None
        if not named or not (head.lemma_.lower() == "administration" or (person is not None and person.type == "Person")):
            return None
        lo, hi = person.span.start if person is not None else named[-1].idx, head.idx + len(head.text)
        made = Mention(span=Span(lo, hi, self.text[lo:hi]), type="Organisation", name=self.text[lo:hi])
        self.add(made)
        return made

    def _body_speaker(self, m: Mention) -> tuple[bool, frozenset[str]]:
        """Whether speaker ``m`` can be what "the company" refers to, and the
        kinds of body its introduction names; worked out once per mention
        (asked for every earlier speaker of each such source)."""
        known = self._bodies.get(m)
        if known is None:
            # (a name apposed to a person's role, "a spokeswoman, X", is a
            # person whatever type the recogniser gave it)
            if m.name.split()[-1].lower() in cues.GENERIC_SOURCE_NOUNS or self.in_dateline(m) or m in self.groups \
                    or self.is_publisher(m):
                known = (False, frozenset())  # "Analysts suggest", "(Reuters) -": no body that "the police" could be
            else:
                kinds = self.role_words(m) & cues.ORG_NOUNS
                # a name that states its kind ("X Fraud Office") is no "company"
                kinds = kinds or frozenset(w.lower() for w in m.name.split()) & cues.ORG_NOUNS
                # a body the gazetteer knows as a non-profit or a public body is no
                # business ("Amnesty International said P. The airline said Q")
                kinds = kinds or _GAZETTEER_KINDS.get(getattr(Gazetteer.load().lookup(m.name, "Organisation"), "kind", None),
                                                      frozenset())
                known = (self.kind_of(m) == "Organisation", frozenset(kinds))
            self._bodies[m] = known
        return known

    def kind_antecedent(self, head: Token) -> Mention | None:
        """The nearest earlier organisation whose name has the noun ("the
        institute" -> "the Institute for X")."""
        words = {head.lower_, head.lemma_.lower()}
        i = bisect.bisect_left(self._starts, head.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            named = {w.lower() for w in m.name.replace("’", "'").split()}
            if m.type == "Organisation" and words & (named | {w[:-1] for w in named if w.endswith("s")}):
                return m  # ("the airline" -> "X Airlines" too)
            if m.type != "Place" and words & self.role_words(m) and self.kind_of(m) == "Organisation":
                tok = self.head_token(m)
                if tok is not None and tok.dep_ == "compound" and {tok.head.lower_, tok.head.lemma_.lower()} & words:
                    # "the Vale administration" ... "the administration": the
                    # body named after the person, not the person
                    body = self.mention_at(tok.head)
                    if body is not None and body.type == "Organisation":
                        return body
                    i -= 1
                    continue
                return m  # "X, the streaming company" ... "the company"
            i -= 1
        return None
