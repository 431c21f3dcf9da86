"""Speaker resolution: tie a source phrase ("he", "the ministry", "Anna
Berg, the spokeswoman") to a named ``Mention`` of the same document.

A light, rule-based salience model (in the spirit of centering theory):
the most recent *speaker* of an attribution is the preferred antecedent of a
pronoun or nominal source, then the most recent grammatical subject, then the
most recent mention; every candidate must agree in type (person pronouns ->
Person; "it" and organisation nouns -> Organisation). Works on spaCy tokens,
but keeps only ``Mention`` records, so nothing spaCy leaves this module.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.records import Mention, Span
from kg.resolve import UNNAMED_PERSON_NOUNS, fold

from . import cues, groups, names, people, premises
from .nominals import GENERIC_KINDS, NominalRules
from .phrases import demonym, np_tokens, token_span  # noqa: F401  (re-exported)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# How far back (in sentences) a pronoun looks for a speaker before falling
# back to any subject: news prose re-names a source within a paragraph or two.
_SPEAKER_WINDOW = 3
# A line that ends as a sentence (a full stop, maybe inside closing quotes).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_SUBJECT_WINDOW = 4
# Grammatical gender of the singular person pronouns (agreement check only).
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


# Participles of coming to have a document, not of making it ("a letter
# seen by X", "e-mails obtained by Y"): their agent is no author.
_HAD_NOT_MADE = frozenset({"see", "obtain", "review", "receive", "acquire", "leak", "intercept", "examine",
                           "read", "view", "get", "hear", "access", "find", "discover"})
# Bodies a town has, named by the town and their kind ("Tarnby hospital").
_LOCAL_BODIES = frozenset({"hospital", "clinic", "police", "council", "court", "university", "prison", "school",
                           "museum", "zoo", "municipality", "morgue"})


@lru_cache(maxsize=4096)
def _inside(offset: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= offset < span[1]


def _surname_key(name: str) -> str | None:
    """The folded last word of a name of two words or more, else None."""
    words = name.split()
    return fold(words[-1]) if len(words) > 1 else None


# Verbs of putting out a message ("X issued a warning").
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "send", "put", "deliver", "file", "make",
                            "sign", "give", "pass", "adopt", "approve"})

# Remarks one makes ("made a comment saying P"): the maker's words, as a
# message issued is its issuer's (``_issuer_of_object``).
_REMARKS = frozenset({"comment", "remark"})

# Nouns for a kind of place that speaks through its government ("the city
# said", "the state announced"), and the gazetteer kinds each may refer to.
_PLACE_KIND_NOUNS = {"city": frozenset({"city"}), "town": frozenset({"city"}), "state": frozenset({"state"}),
                     "province": frozenset({"state"}), "country": frozenset({"country"})}


# Words of a body's top officer: "the FAO chief" is the person introduced
# as its head under any of these titles.
_CHIEF_WORDS = frozenset({"chief", "head", "boss", "leader"})
_TOP_TITLES = frozenset({"director", "director-general", "president", "chairman", "chairwoman", "chair",
                         "secretary-general", "ceo", "executive", "commissioner", "administrator"})


@dataclass
class SpeakerResolver(NominalRules):
    """Resolves source heads to Mentions within one document, remembering the
    speakers already resolved (in text order) as the most salient antecedents."""

    doc: Doc
    mentions: list[Mention]
    speakers: list[tuple[int, Mention]] = field(default_factory=list)  # (char offset, mention)
    plural: set[int] = field(default_factory=set)  # offsets of speakers named by a plural phrase
    said: dict[int, tuple[int, int]] = field(default_factory=dict)  # speaker offset -> what the speaker said (char span)
    publisher: str | None = None  # the outlet that published the article (its metadata), never an antecedent
    _starts: list[int] = field(default_factory=list, init=False)
    _subjects: list[tuple[int, Mention]] = field(default_factory=list, init=False)
    _sent_starts: list[int] = field(default_factory=list, init=False)
    _narrative: list[int] = field(default_factory=list, init=False)
    gender: dict[str, str] = field(default_factory=dict, init=False)  # person name -> "m"/"f", learned from pronouns
    made: list[Mention] = field(default_factory=list, init=False)  # names the recogniser missed, made by the rules
    unnamed: list[int] = field(default_factory=list, init=False)  # offsets of sources naming no one ("a neighbour")
    whole: list[tuple[Mention, Mention]] = field(default_factory=list, init=False)  # (cut, as written): ``names.whole_name``
    renamed: dict[Span, Mention] = field(default_factory=dict, init=False)  # a surname alone, named in full by a rule
    described: set[Mention] = field(default_factory=set, init=False)  # bodies an unnamed officer spoke for (``names.described_body``)
    groups: set[Mention] = field(default_factory=set, init=False)  # sources named by their phrase ("Rescue workers"): no body
    _line_ends: dict[int, bool] = field(default_factory=dict, init=False)  # line end -> a headline line (``_introduces``)
    _line_end_list: list[int] = field(default_factory=list, init=False)
    _roles: dict[Mention, frozenset[str]] = field(default_factory=dict, init=False)  # ``role_words`` memo
    _kinds: dict[Mention, str] = field(default_factory=dict, init=False)  # ``kind_of`` memo
    _quote_spans: list[tuple[int, int]] = field(default_factory=list, init=False)  # ``use_quotes``
    _bodies: dict[Mention, tuple[bool, frozenset[str]]] = field(default_factory=dict, init=False)  # ``_body_speaker`` memo
    # "the company" -> the body it last stood for, and where (``nominals.NominalRules.nominal_antecedent``)
    _described: dict[str, tuple[Mention, int]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]
        self._sent_starts = [s.start_char for s in self.doc.sents]
        self._narrative = list(range(len(self._sent_starts)))
        for m in self.mentions:
            tok = self.head_token(m)
            # (a name apposed to a subject, "X's director, Jane Roe, said", is the subject)
            if tok is not None and (tok.dep_ in _SUBJECT_DEPS or (tok.dep_ in ("compound", "poss", "appos") and tok.head.dep_ in _SUBJECT_DEPS)):
                self._subjects.append((m.span.start, m))
        for sent in self.doc.sents:
            # "Varga did not concede.": a bare surname the recogniser missed
            # is still the sentence's subject, standing for the person named before
            for tok in (c for c in sent.root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
                if self.mention_at(tok) is None:
                    m = self.surname(tok)
                    if m is not None:
                        self._subjects.append((tok.idx, m))
        self._subjects.sort(key=lambda p: p[0])

    @cached_property
    def text(self) -> str:
        """The document's text, built once: ``Doc.text`` joins every token
        again on each call, which cost the square of the length when asked
        per source."""
        return self.doc.text

    # -- lookups -------------------------------------------------------------
    def mention_at(self, tok: Token) -> Mention | None:
        """The mention whose span covers this token, if any."""
        i = bisect.bisect_right(self._starts, tok.idx) - 1
        # mentions are short: look back over the few that start before the token
        while i >= 0 and self._starts[i] > tok.idx - 200:
            m = self.mentions[i]
            if m.span.start <= tok.idx < m.span.end:
                return m
            i -= 1
        return None

    def add(self, m: Mention) -> None:
        """A mention the rules made (a name the recogniser missed) joins the
        document's mentions, so later short forms ("Okoro said") find it."""
        i = bisect.bisect_left(self._starts, m.span.start)
        self.mentions.insert(i, m)
        self._starts.insert(i, m.span.start)
        self.made.append(m)

    def in_dateline(self, m: Mention) -> bool:
        """The agency of a wire dateline ("CITY, Oct 3 (Reuters) - "): the
        outlet filing the story, never an antecedent of "the authority"."""
        text = self.text
        return text[max(0, m.span.start - 1):m.span.start] == "(" and \
            re.match(r"\)\s*[-—–]", text[m.span.end:m.span.end + 4]) is not None

    def head_token(self, m: Mention) -> Token | None:
        span: SpacySpan | None = self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        return span.root if span is not None else None

    def sent_index(self, offset: int) -> int:
        """The narrative sentence number of a char offset: sentences wholly
        inside a quotation do not count, because direct speech introduces no
        referents into the narration ("..., he said" after a long quote
        still refers to the speaker named before it)."""
        raw = bisect.bisect_right(self._sent_starts, offset) - 1
        return self._narrative[raw] if 0 <= raw < len(self._narrative) else raw

    def use_quotes(self, quotes: list[tuple[int, int]], is_body=None) -> None:
        """Tell the resolver where the quotations are (see ``sent_index``),
        and, with ``is_body(start, end)``, which sentences are boilerplate
        (a repeated headline, a photo caption): those are no narration
        either, so a headline's role noun still reaches the lead."""
        # the furthest quotation end among those opening at or before each
        # start (a bisect per sentence: a scan of all quotes per sentence cost
        # the square of a long text's length)
        quotes = sorted(quotes)
        self._quote_spans = quotes
        opens, reach, far = [q[0] for q in quotes], [], -2
        for _qs, qe in quotes:
            far = max(far, qe)
            reach.append(far)
        n, out = -1, []
        for sent in self.doc.sents:
            k = bisect.bisect_right(opens, sent.start_char)
            inside = k > 0 and sent.end_char <= reach[k - 1] + 1
            inside = inside or (is_body is not None and not is_body(sent.start_char, sent.end_char))
            # a verbless fragment (a dateline "CITY —", a byline) is no step of the narration
            inside = inside or not any(t.pos_ in ("VERB", "AUX") for t in sent)
            n += 0 if inside and n >= 0 else 1
            out.append(n)
        self._narrative = out

    def remember(self, offset: int, mention: Mention, plural: bool = False,
                 content: tuple[int, int] | None = None) -> None:
        """Record a resolved speaker (most salient antecedent from here on);
        ``plural`` when the source phrase was plural ("the researchers"), so
        a later "they" can refer to it whatever the speaker's type;
        ``content``, the span of what was said (a subject inside it is the
        speaker's topic, not newer than the speaker: ``antecedent``)."""
        self.speakers.append((offset, mention))
        if plural:
            self.plural.add(offset)
        if content is not None:
            self.said[offset] = content

    # -- resolution ----------------------------------------------------------
    def acting_body(self, head: Token, speaker: Mention, content: tuple[int, int]) -> Mention:
        """A country or capital as the source ("Manila accuses", "Ukraine
        claims gains") stands for its government, or for its armed forces
        when the content reports a military action (metonymy); the mention
        keeps the place's words as its span and names the organisation."""
        if speaker.type != "Place" or self.mention_at(head) is not speaker:
            return speaker
        span = self.doc.char_span(*content, alignment_mode="expand")
        words = {t.lemma_.lower() for t in span} | {t.lower_ for t in span} if span is not None else set()
        # ("India accused X of the attack": a charge against another is the government's)
        charge = head.head.lemma_.lower() in cues.JUDGMENT_VERBS
        # ("Vorland announced it will send army trainers": a plan, the government's)
        plan = span is not None and any(t.dep_ == "aux" and t.lower_ in ("will", "would", "shall", "'ll") for t in span)
        role = "military" if words & cues.MILITARY_ACTION and not charge and not plan else "government"
        actor = names.entity_resolver().actor_for(speaker, role)
        if actor is None:
            return speaker
        return Mention(span=speaker.span, type=actor.type, name=actor.name)

    def resolve(self, head: Token, quote_speaker: Mention | None = None) -> Mention | None:
        """The Mention a source head refers to, or None (unnamed individual,
        no compatible antecedent)."""
        low = head.lower_
        m = self.mention_at(head)
        if m is not None and m.type == "Organisation" and (owned := self._owned_person(head, m)) is not None:
            return owned  # "The X Institute for Y Studies's Jane Roe stated P", parsed with the body as subject
        if m is not None and m.type != "Place":
            return m
        if m is None and (office := people.office_of_role(self, head)) is not None:
            return office  # "the office of the Vorland President said P"
        if m is not None:
            person = names.place_after_body(self, head, m)
            if person is not None:  # "X of the University of Y, [Z] disagreed": X disagreed
                return person
        for child in head.children:
            if child.dep_ == "appos":
                am = self.mention_at(child)
                if am is not None and am.type != "Place":
                    return am
                if am is not None and head.lemma_.lower() in cues.PERSON_NOUNS and names.misread_person(am):
                    return Mention(span=am.span, type="Person", name=am.name)
                if child.pos_ == "PROPN":
                    continue
        if head.pos_ == "NOUN" and (called := self._called(head)) is not None:
            return called  # "a group called X", "a charity known as X": X
        if head.dep_ == "appos":  # "the SBU" apposed to the real subject
            hm = self.mention_at(head.head)
            if hm is not None and hm.type != "Place":
                return hm
        if low in ("latter", "former") and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return self._one_of_two(head.idx, low == "former")  # "X ... Y; the latter said P": Y
        if head.pos_ == "PRON":
            if low in cues.FIRST_PERSON:
                return quote_speaker
            if low in cues.PERSON_PRONOUNS:
                described = names.after_described(self, head)
                if described is not None:
                    return described  # "The head of the unit said P. She also said Q": the same officer
                if names.after_unnamed(self, head) or self._governed_by_unnamed(head):
                    return None  # "A neighbour said P. 'Q,' she said": the same unnamed person
                governing = self._governing_subject(head, _GENDER.get(low))
                if governing is not None:
                    return governing  # "X misled the BBC when he stated P": X
                found = self.antecedent(head.idx, ("Person",), gender=_GENDER.get(low))
                if found is not None and self.gender_of(found) is None and not (self.speakers and self.speakers[-1][1] == found):
                    # one of unknown sex who did not just speak yields to the one the text marks ("Ms X")
                    found = people.gendered_local(self, head.idx, _GENDER[low]) or found
                if found is not None and people.ambiguous_pair(self, found, head.idx):
                    return None  # "X and Y met. He said P": either of them, as far as the text says
                if found is not None:
                    self.gender.setdefault(found.name, _GENDER[low])
                return found
            if low in cues.ORG_PRONOUNS:  # ("it" is never a group named by a plural: "officials said")
                return self.antecedent(head.idx, ("Organisation",), singular=True)
            if low in cues.PLURAL_PRONOUNS:
                if (group := groups.previous_subject(head)) is not None:
                    return self.resolve(group)  # "Researchers at X used Y's data. They found P": X
                # a plural pronoun cannot stand for one named person; a body
                # can, and so can a plural source phrase ("the researchers")
                return self.plural_antecedent(head.idx) or self.antecedent(head.idx, ("Organisation",))
            return None
        if m is None and (head.pos_ == "PROPN" or head.text[:1].isupper()):
            # (a surname the tagger read as a common noun at a sentence start too)
            m = self.surname(head) or self.short_name(head) or names.bracketed(self, head) or names.same_name(self, head)
            if m is not None:
                return m
            m = names.proper_name(self, head)
            if m is not None:
                return m
        lemma = head.lemma_.lower()
        if m is not None and m.type == "Place" and head.i > 0:
            prev = head.doc[head.i - 1]
            pm = self.mention_at(prev) if prev.dep_ == "compound" and prev.head.i == head.i else None
            if pm is not None and pm.type == "Organisation":
                # "Amnesty Kenya", "Oxfam Kenya": a body's national branch, not the country
                end = m.span.end
                made = Mention(span=Span(pm.span.start, end, self.text[pm.span.start:end]), type="Organisation",
                               name=self.text[pm.span.start:end])
                self.add(made)
                return made
        if m is not None and m.type == "Place" and (agency := names.national_agency(self, head, m)) is not None:
            return agency  # "Statistics Canada says", "Geo-science Australia says": a body, not the country
        if m is not None and m.type == "Place":
            # "Tarnvik refused to confirm" beside "Tarnvik Rovers": a
            # place name that opens an organisation's name in the article
            # is that organisation acting (a club, a city's council)
            org = self.short_name(head) or names.later_org_name(self, head)
            if org is not None:
                return org
        if m is not None:  # a Place named as the speaker: metonymy for its government
            return m
        named = self._title_before_name(head)
        if named is not None:  # "broadcaster SVT" parsed as noun + stray name
            return named
        if lemma in people.KIN_NOUNS and head.tag_ == "NN":
            return people.relative(self, head)  # "his daughter said": the daughter the story named
        if lemma in cues.PERSON_NOUNS and (named := people.name_before_role(self, head)) is not None:
            return named  # "Professor Jane Roe deputy director of X says": Jane Roe
        if lemma in cues.PERSON_NOUNS:
            late = people.late_apposition(self, head)
            if late is not None:  # "a spokeswoman for X, Jane Roe, said": Jane Roe
                return late
        if lemma in cues.ORG_NOUNS or low in cues.ORG_NOUNS:
            named = self.apposed_name(head)
            if named is not None:  # "the country's largest union of nurses, ABC, said"
                return named
        member = self._member_of(head)
        if member is not None:  # "economists at X", "observers from Y", "a spokesperson for the company"
            return member
        if lemma in cues.LEGAL_SIDES or low in cues.LEGAL_SIDES:
            return names.legal_side(self, head)
        if lemma in cues.INQUIRY_NOUNS and (maker := self._inner_mention(head, ("Organisation", "Person"))) is not None:
            return maker  # "an investigation by X revealed P"
        if lemma in cues.DOCUMENT_NOUNS:
            # "an exit poll by X", "a survey from Y": the body named as its
            # author; an unattributed study or filing names no source ("the
            # paper" after "the newspaper X" is the newspaper)
            return self._inner_mention(head, ("Organisation", "Person")) \
                or (self.newspaper_antecedent(head) if lemma == "paper" else None)
        leader = self._leader(head)
        if leader is not None:  # "the researchers, led by X": the group stands for X
            return leader
        if lemma in _REMARKS and (maker := self._issuer_of_object(head)) is not None:
            return maker  # "X made a comment saying P": X's words
        if lemma in cues.ISSUED_NOUNS:  # "the decree signed by X", "X issued a warning ... the warning read"
            return self._issuer_of_object(head) or names.author(self, head) \
                or self._inner_mention(head, ("Organisation", "Person")) or self._possessor(head) \
                or self._issued_by(head) or self._issued_before(head)
        if lemma in cues.MESSAGE_NOUNS or low in cues.MESSAGE_NOUNS:
            # "a statement from X", "the ministry's statement": the issuer is named
            issuer = self._issuer_of_object(head) or names.author(self, head) \
                or self._inner_mention(head, ("Organisation", "Person", "Place")) or self._possessor(head) \
                or self._national_issuer(head) \
                or self._issued_by(head) or self._issued_before(head)
            if issuer is not None:
                return issuer
            if any(c.dep_ == "poss" and c.lower_ in cues.ORG_PRONOUNS | cues.PLURAL_PRONOUNS for c in head.children):
                # "its quarterly report": the body that owns it ("its": never a group named by a plural)
                return self.antecedent(head.idx, ("Organisation",),
                                       singular=any(c.lower_ in cues.ORG_PRONOUNS for c in head.children))
            if head.tag_ == "NNS" and not self._has_det(head):
                return None  # "according to eyewitness reports": reports of no one named
            if head.dep_ == "dobj" and self.issuing(head.head) and any(c.dep_ == "nsubj" for c in head.head.children):
                return None  # "Tarnvik Air issued a statement" with the name cut: its issuer, no earlier speaker
            return self.antecedent(head.idx, ("Organisation", "Person"), speakers_only=True)
        if lemma in cues.PERSON_NOUNS or low in cues.PERSON_NOUNS:
            agent = people.named_representative(self, head)
            if agent is not None:  # "Roe's lawyer said" after "Roe's lawyer, Marek Dorn,": Dorn
                return agent
            inner = self._inner_mention(head, ("Person",)) or self._name_closing_role(head)
            if inner is not None:
                return inner
            org = self._inner_mention(head, ("Organisation",))
            if org is not None:  # "the head of NATO": an unnamed officer speaks for the body
                return self._chief_of(head, org) or org
            holder = self._holder_of_same_role(head)
            if holder is not None:  # "the government spokesman" after "X, a government spokesman"
                return holder
            body = self.body_modifier(head) or names.body_before_role(self, head)
            if body is not None:  # "a ministry spokesman", "a senior army officer"
                return self._chief_of(head, body) or body
            official = names.state_official(self, head)
            if official is not None:  # "a senior U.S. official said": the US government
                return official
            if names.anonymous(head):
                return None  # "the official, who asked not to be named": no one named
            client = people.represented(self, head)
            if client is not None:  # "her lawyer said", "its spokesman said": for her, for it
                return client
            if self._has_det(head):
                found = self.role_antecedent(head, fallback=False) or names.later_role_holder(self, head)
                if found is None and any(c.dep_ == "prep" and c.lower_ in ("of", "at", "for") for c in head.children):
                    # "the head of the unit's investigators": a described officer
                    # no one named speaks for the body described, if any
                    return names.described_body(self, head)
                if found is None and len(people.role_holders(self, head, _SPEAKER_WINDOW)) > 1:
                    return None  # two people in the role, neither speaking: no one rather than a guess
                return found or self._unroled_antecedent(head)
            if self._introduces(head):
                late = people.late_apposition(self, head)
                late = late if late is not None else self.role_cataphor(head, ("Person",))
                late = late if late is not None else names.bare_spokesperson(self, head)
                # "a fire officer said" where the story speaks of "the fire service"
                return late if late is not None else names.body_named_by(self, head)
            if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):
                # "Iraq's oil minister": one office, held by the person named
                # with that role nearby (before, else in the next sentences)
                return self.role_antecedent(head, fallback=False)
            return None
        if (person := people.principal(self, head)) is not None:
            return person  # "Ann Roe's office said": her office speaks for her
        if (body := premises.business(self, head)) is not None:
            return body  # "a fire at the Hotel Orvik Palace ... the hotel said": the hotel's owner
        if lemma in cues.ORG_NOUNS or low in cues.ORG_NOUNS:
            inner = self._named_after(head) or self._inner_mention(head, ("Organisation",))
            if inner is not None:
                return inner
            named = names.eponymous_body(self, head)
            if named is not None:  # "Roe's animal foundation": the Jane Roe Animal Foundation
                return named
            if self._has_det(head):
                found = self.nominal_antecedent(head)
                if found is None and lemma == "government" and not any(c.dep_ == "poss" for c in head.children):
                    found = names.home_government(self, head)  # "the government": the story's state's
                return found
            if self._introduces(head):
                return self.role_cataphor(head, ("Organisation",))
        if lemma in _PLACE_KIND_NOUNS and head.tag_ == "NN" and [c.lower_ for c in head.children] == ["the"]:
            return self._place_of_kind(head, _PLACE_KIND_NOUNS[lemma])  # "the city said": the town named before
        if lemma in _PLACE_KIND_NOUNS and head.tag_ == "NN" and [c.lower_ for c in head.children] == ["the", "of"]:
            named = self._place_named_of(head)
            if named is not None:  # "the city of Tarnby announced": the town speaks through its government
                return named
        if head.pos_ == "NOUN" and lemma not in cues.PERSON_NOUNS and lemma not in cues.MESSAGE_NOUNS | cues.DOCUMENT_NOUNS:
            for c in head.children:  # "the Vorland-based Kessel movement claimed": the body named in it
                cm = self.mention_at(c) if c.dep_ == "compound" and c.i == head.i - 1 else None
                if cm is not None and cm.type == "Organisation":
                    return cm
        return None

    def _owned_person(self, head: Token, body: Mention) -> Mention | None:
        """A person named after a body's possessive at the end of the
        body's phrase ("The X Institute for Y Studies's Jane Roe stated"):
        the parser hung the person inside the body's name; the person speaks."""
        last = head.right_edge
        person = self.mention_at(last)
        if person is None or person.type != "Person" or person.span.start <= body.span.start:
            return None
        written = self.doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
        before = self.doc[written.start - 1] if written is not None and written.start > 0 else None
        return person if before is not None and before.tag_ == "POS" and before.i > head.i else None

    def _place_named_of(self, head: Token) -> Mention | None:
        """The place in "the city of X" (X as a place, also where the
        recogniser missed it: the phrase says it is a town)."""
        of = next(c for c in head.children if c.lower_ == "of")
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ != "PROPN":
            return None
        m = self.mention_at(pobj)
        if m is not None:
            return m if m.type == "Place" else None
        start = min(t.i for t in pobj.subtree)
        if not all(t.pos_ == "PROPN" and t.is_title for t in pobj.doc[start:pobj.i + 1]):
            return None
        made = Mention(span=token_span(pobj.doc, start, pobj.i + 1, self.text), type="Place",
                       name=pobj.doc[start:pobj.i + 1].text)
        self.add(made)
        return made

    def _place_of_kind(self, head: Token, kinds: frozenset[str]) -> Mention | None:
        """The latest place of one of ``kinds`` the last few sentences name
        ("Tarnby ... the city stated P"): a town, state or country
        speaks through its government, as a named one does."""
        from kg.resolve import Gazetteer

        here, gazetteer = self.sent_index(head.idx), Gazetteer.load()
        for m in people.mentions_before(self, head.idx, here - _SPEAKER_WINDOW):
            if m.type == "Place":
                entry = gazetteer.place(m.name)
                if entry is not None and entry.kind in kinds:
                    return m
        # else the one place of that kind the story has named ("a water main
        # broke in the city of X" in the lead, "the city stated" paragraphs on)
        named: dict[str, Mention] = {}
        for m in self.mentions[:bisect.bisect_left(self._starts, head.idx)]:
            entry = gazetteer.place(m.name) if m.type == "Place" else None
            if entry is not None and entry.kind in kinds:
                named[entry.id] = m
        return next(iter(named.values())) if len(named) == 1 else None

    @staticmethod
    def _national_issuer(head: Token) -> Mention | None:
        """"The Turkish statement called for P": a message a country's
        adjective modifies is its government's."""
        for c in head.children:
            if c.dep_ in ("amod", "compound") and c.i < head.i and (government := groups.government_of(c)) is not None:
                return government
        return None

    def _possessor(self, head: Token) -> Mention | None:
        """"Judge Roe's statement reads": the named possessor of a message,
        by surname too."""
        for c in head.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                m = self.resolve(c)
                if m is not None and m.type in ("Person", "Organisation"):
                    return m
        return None

    @staticmethod
    def issuing(verb: Token) -> bool:
        """A verb of putting out a message ("issued", "filed", "sent")."""
        return verb.lemma_.lower() in _ISSUING_VERBS

    @staticmethod
    def issuing_subject(verb: Token) -> Token | None:
        """The subject of a verb of issuing, or of the verb it is joined to
        ("X met Y and issued a statement": X)."""
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.dep_ == "ccomp":
                return subject  # ("X says Y did P and issued Q": the parser may join it to the wrong verb)
            verb = verb.head
        return None

    def _earlier_same(self, head: Token):
        """The earlier tokens of ``head``'s lemma in its sentence and the two
        before it, nearest first."""
        lemma, here = head.lemma_.lower(), self.sent_index(head.idx)
        for tok in reversed(self.doc[max(0, head.i - 120):head.i]):
            if self.sent_index(tok.idx) < here - 2:
                return
            if tok.lemma_.lower() == lemma:
                yield tok

    def issued_earlier(self, head: Token) -> Token | None:
        """"X issued a statement ... The statement said P": for "the
        <message>", the same noun as the object of a verb of issuing in the
        last three sentences (its object token); None otherwise."""
        if head.i == 0 or self.doc[head.i - 1].lower_ not in ("the", "this") \
                and not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        return next((tok for tok in self._earlier_same(head) if tok.dep_ == "dobj" and self.issuing(tok.head)), None)

    def _issuer_of_object(self, head: Token) -> Mention | None:
        """"X issued a statement saying P", "X filed a lawsuit alleging P",
        "X sent a letter stating P": the message is the object of a verb of
        issuing, whose subject wrote it."""
        verb = head.head
        if head.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.i > head.i:
            verb = verb.head  # ("made [a comment saying] P" parsed with the noun the participle's subject)
        elif head.dep_ != "dobj":
            return None
        if verb.lemma_.lower() not in _ISSUING_VERBS:
            return None
        subject = self.issuing_subject(verb)
        m = self.resolve(subject) if subject is not None else None
        return m

    def _issued_before(self, head: Token) -> Mention | None:
        """"X issued a warning on Monday. '...', read the warning": "the
        <message>" after a sentence in which someone issued, released or
        published one ("the warning was issued by X", "the warning issued by
        X") is theirs (the last three sentences)."""
        if head.i == 0 or self.doc[head.i - 1].lower_ not in ("the", "this"):
            return None
        for tok in self._earlier_same(head):
            if tok.dep_ == "dobj" and self.issuing(tok.head):
                subject = self.issuing_subject(tok.head)
                m = self.resolve(subject) if subject is not None and subject.i != head.i else None
                if m is not None and m.type != "Place":
                    return m
            # "the warning was issued by X", "the warning issued by X applied to ..."
            verbs = [tok.head] if tok.dep_ == "nsubjpass" else [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            for verb in (v for v in verbs if v.lemma_.lower() in _ISSUING_VERBS):
                for pobj in (g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                    m = self.resolve(pobj)
                    if m is not None and m.type != "Place":
                        return m
        return None

    def _issued_by(self, head: Token) -> Mention | None:
        """"The report, released on Monday by X, said": the agent of a
        participle of issuing set on the message noun (never of one of
        having it: "a memo obtained by the Post" is not the Post's)."""
        for acl in (c for c in head.children if ((c.dep_ == "acl" and c.tag_ == "VBN")
                    or (c.dep_ == "relcl" and any(g.dep_ == "auxpass" for g in c.children)))  # "which was issued by X"
                    and c.lemma_.lower() not in _HAD_NOT_MADE):
            for pobj in (g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                m = self.mention_at(pobj)
                if m is None and pobj.lemma_.lower() in cues.PERSON_NOUNS and pobj.tag_ == "NNP":
                    m = self.role_antecedent(pobj, fallback=False)  # "the decree signed by the Pope"
                if m is not None and m.type != "Place":
                    return m
        return None

    def apposed_name(self, head: Token) -> Mention | None:
        """The name set off by a comma after a kind-of-body noun ("the
        airport's operator, X, said"; "the main opposition party, the Y
        Alliance (Z), claimed"), whether parsed as an apposition of the noun,
        of its last complement, or as a conjunct."""
        for tok in head.subtree:
            if tok.i <= head.i or tok.dep_ not in ("appos", "conj") or head.doc[tok.left_edge.i - 1].text != ",":
                continue
            if tok.dep_ == "conj" and tok.head.i != head.i:
                continue
            m = self.mention_at(tok)
            if m is not None and m.type != "Place":
                return m
        return None

    def group(self, head: Token) -> list[Mention]:
        """"the companies said", "both firms said": a definite plural kind
        noun stands for the organisations of that kind named before it in
        its sentence (the number word, if any, says how many); fewer than
        two gives none, and the caller falls back to one antecedent."""
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod")}
        if (head.lower_ in ("they", "their") and head.pos_ == "PRON") or people.group_noun(head):
            return people.joint_persons(self, head)  # "X and Y were jailed. Both men said ..."
        states = people.paired_states(self, head)
        if states:
            return states  # "X and Y closed their embassies ... the two nations pledged P"
        if head.tag_ == "NNS" and head.lemma_.lower() in groups.ARMED_NOUNS:
            armed = groups.armed_groups(self, head.idx)  # "X and Y attacked ... said the attackers": both groups
            return armed if len(armed) >= 2 else []
        if head.tag_ != "NNS" or head.lemma_.lower() not in cues.ORG_NOUNS:
            return []
        if not dets & {"the", "both", "two", "three", "all"}:
            return []
        want = {"both": 2, "two": 2, "three": 3}.get(next(iter(dets & {"both", "two", "three"}), ""), 0)
        out: list[Mention] = []
        for m in self.mentions:
            if head.sent.start_char <= m.span.start < head.idx and m.type == "Organisation" \
                    and all(m.name != o.name for o in out):
                out.append(m)
        out = out[-want:] if want else out
        return out if len(out) >= 2 else []

    def _title_before_name(self, head: Token) -> Mention | None:
        """A bare role or kind noun directly followed by a name ("broadcaster
        SVT said", "founder X said") is that name, however the parse split them."""
        if head.i + 1 >= len(head.doc) or any(c.dep_ == "det" for c in head.children):
            return None
        if head.lemma_.lower() not in cues.PERSON_NOUNS | cues.ORG_NOUNS:
            return None
        nxt = head.doc[head.i + 1]
        m = self.mention_at(nxt)
        if m is not None and m.span.start == nxt.idx and m.type != "Place":
            return m
        return None

    def _member_of(self, head: Token) -> Mention | None:
        """People who speak for a body they are "at", "from" or "for": a
        plural noun of people with a named organisation ("economists at X",
        "observers from Y"), or a role noun with a definite organisation noun
        ("a spokesperson for the company" -> the company's referent)."""
        plural = head.tag_ == "NNS" and head.pos_ == "NOUN"
        role = head.lemma_.lower() in cues.PERSON_NOUNS
        if not (plural or role):
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in cues.MEMBER_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                m = self.mention_at(pobj)
                if m is not None and m.type == "Organisation":
                    return m
                if role and m is None and pobj.lemma_.lower() in cues.ORG_NOUNS and self._has_det(pobj):
                    return self.nominal_antecedent(pobj)
                if role and pobj.pos_ == "PRON" and pobj.lower_ in ("it", "them"):
                    # "a spokesman for it said", "with a spokesperson for them saying": the body named before
                    return self.antecedent(pobj.idx, ("Organisation",))
                if plural and m is None and pobj.pos_ == "PROPN" and pobj.text[:1].isupper() \
                        and head.lower_ in cues.GENERIC_SOURCE_NOUNS and prep.lower_ == "at":
                    # "analysts at Jefferies": a firm the recogniser missed
                    made = Mention(span=Span(pobj.idx, pobj.idx + len(pobj.text), pobj.text), type="Organisation", name=pobj.text)
                    self.add(made)
                    return made
        return None

    def _introduces(self, head: Token) -> bool:
        """An indefinite ("a federal judge") or bare singular ("company
        denies ..." in headline grammar) role noun introduces a referent that
        the next sentences name."""
        dets = [c for c in head.children if c.dep_ in ("det", "poss")]
        if not dets:
            # a bare singular count noun is headline grammar: only in a line
            # that does not end as a sentence does
            # (a headline in title case writes the role as a proper noun: "X, says Kenyan President")
            return (head.tag_ == "NN" or head.tag_ == "NNP" and not head.ent_type_) and self.in_headline(head.idx)
        return all(c.lower_ in ("a", "an") for c in dets)

    def in_headline(self, at: int) -> bool:
        """The character offset lies in a line that does not end as a
        sentence does (a headline's grammar). The line ends are found once
        per document (a 990,000-character line made reading it per call
        cost the square of its length)."""
        if not self._line_ends:
            text = self.text
            ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]
            self._line_ends = {end: not _SENTENCE_END.search(text, start, end) for start, end in
                               zip([0] + [e + 1 for e in ends[:-1]], ends)}
            self._line_end_list = sorted(self._line_ends)
        return self._line_ends[self._line_end_list[bisect.bisect_left(self._line_end_list, at)]]

    def role_cataphor(self, head: Token, types: tuple[str, ...]) -> Mention | None:
        """The named entity that the next two sentences introduce with the same
        role word ("A federal judge ... Judge X wrote"; "Finance minister
        resigns" over "Finance minister X resigned"); an organisation noun
        also takes the first organisation named there."""
        word = head.lemma_.lower()
        here = self.sent_index(head.idx)
        i = bisect.bisect_right(self._starts, head.idx + len(head.text))
        first_org = None
        while i < len(self.mentions) and self.sent_index(self._starts[i]) - here <= 2:
            m = self.mentions[i]
            if m.type in types:
                roles = self.role_words(m)
                if word in roles or (m.type == "Organisation" and word in {w.lower() for w in m.name.split()}):
                    return m  # "port authority" -> "the X Ports Authority"
                # an organisation introduced as another kind ("X news agency"
                # for "producer") is not the one the headline names
                if m.type == "Organisation" and first_org is None and not roles & cues.ORG_NOUNS:
                    first_org = m
            i += 1
        # (only headline grammar, a bare "company denies", takes the first body
        # named below; an indefinite "an armed group claimed" in the body text
        # introduces a body that need not be the next one named)
        return first_org if not any(ch.dep_ == "det" for ch in head.children) else None

    def _holder_of_same_role(self, head: Token) -> Mention | None:
        """"the government spokesman said" after "X, a government spokesman,
        said": a definite role noun with a body's word before it is the one
        person the story introduced with all those words, however far back."""
        which = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i}
        if not which or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        holders = [m for m in people.role_holders(self, head, len(self._sent_starts)) if which <= self.role_words(m)]
        return holders[0] if len(holders) == 1 else None

    def body_modifier(self, head: Token) -> Mention | None:
        """A role noun modified by an organisation noun ("a ministry
        spokesman") speaks for that organisation, resolved as a nominal."""
        for c in head.children:
            if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in cues.ORG_NOUNS:
                # a kind that names ("hospital officials", "an army spokesman"):
                # a body named so; a generic one ("a company spokesman"): the body spoken of
                found = self.nominal_antecedent(c) if c.lemma_.lower() in GENERIC_KINDS else self.kind_antecedent(c)
                if found is None and c.lower_ == "government":
                    found = names.home_government(self, c)  # "a government official": the story's state
                if found is None and c.lower_ == "police":
                    # "a police spokesman" with the force named only later: the one force
                    # the story names (as "Police said" takes it)
                    forces = {m.name: m for m in self.mentions if m.type == "Organisation"
                              and "police" in m.name.lower().split()[1:]}
                    found = next(iter(forces.values())) if len(forces) == 1 else None
                return found
            if c.dep_ == "amod" and c.lower_ == "military" and c.i == head.i - 1 and head.tag_ == "NNS" \
                    and not any(g.dep_ in ("amod", "compound", "poss", "nmod") and g.i != c.i for g in head.children):
                # "military officials said" with no state named: the story's state's armed forces
                return names.home_government(self, c, "military")
        for c in head.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower:
                # "a fire officer" after "the Delhi Fire Service": the body
                # named before whose name has that word; else no one
                named = [m for m in self.mentions if m.type == "Organisation" and m.span.start < head.idx
                         and c.lower_ in {w.lower() for w in m.name.split()}]
                if named:
                    return named[-1]
        return None

    def _leader(self, head: Token) -> Mention | None:
        """"the team, led by X": the named agent of a leading participle."""
        for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in cues.LEADER_VERBS):
            for agent in (g for g in acl.children if g.dep_ == "agent"):
                for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                    m = self.mention_at(pobj)
                    if m is not None and m.type != "Place":
                        return m
        return None

    def plural_antecedent(self, offset: int) -> Mention | None:
        """The latest speaker named by a plural phrase, within a few sentences."""
        here = self.sent_index(offset)
        for pos, m in reversed(self.speakers):
            if pos < offset and here - self.sent_index(pos) <= _SPEAKER_WINDOW:
                return m if pos in self.plural else None
        return None

    @staticmethod
    def _has_det(head: Token) -> bool:
        """A definite nominal ("the ministry") refers back; a bare or
        indefinite one ("a spokesman", "officials") does not."""
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their") or (c.dep_ == "amod" and c.lower_ == "same") for c in head.children)

    def _name_closing_role(self, head: Token) -> Mention | None:
        """"Ambassador to the United Nations Jane Roe wrote": the last
        mention of the role's phrase, typed a body by the recogniser but two
        or three capitalised words with no body's word, right after another
        body or place, is the office holder's name."""
        toks = sorted(np_tokens(head), key=lambda t: t.i)
        found = [m for m in (self.mention_at(t) for t in toks) if m is not None]
        if len(found) < 2 or found[-1].type != "Organisation" or found[-2].type not in ("Organisation", "Place"):
            return None
        last, words = found[-1], found[-1].name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) \
                or any(w.lower() in cues.ORG_NOUNS | cues.ORG_NAME_WORDS for w in words) \
                or last.span.end != toks[-1].idx + len(toks[-1].text) \
                or self.text[found[-2].span.end:last.span.start].strip():
            return None
        return Mention(span=last.span, type="Person", name=last.name)

    def _chief_of(self, head: Token, org: Mention) -> Mention | None:
        """"The VFA chief says P" after "VFA Director-General Ada Lind"
        or "Ada Lind, the head of the VFA"; "the museum director said P"
        after "the director of the X Museum, Tom Roe": the definite head of a
        body is the person the story introduced as its head, with the body's
        name beside the title (the latest such person before)."""
        if head.lower_ not in _CHIEF_WORDS | _TOP_TITLES or head.tag_ in ("NNS", "NNPS") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        doc = head.doc
        for m in reversed(self.mentions[:bisect.bisect_left(self._starts, head.left_edge.idx)]):
            tok = self.head_token(m)
            if m.type != "Person" or tok is None:
                continue
            sent = tok.sent
            lo = max(sent.start, tok.i - 8)
            hi = min(sent.end, tok.i + 10)
            window = doc[lo:hi]
            titled = any(t.lower_ in _CHIEF_WORDS | _TOP_TITLES for t in window)
            if titled and any(self._same_body(org, other) for other in self.mentions
                              if window.start_char <= other.span.start < window.end_char):
                return m
        return None

    @staticmethod
    def _same_body(a: Mention, b: Mention) -> bool:
        """Two mentions of one body: same name, or one entity to the resolver
        ("FAO", "U.N. Food and Agriculture Organization")."""
        if a.name == b.name:
            return True
        if b.type != "Organisation":
            return False
        resolver = names.entity_resolver()
        return resolver.entity(a).key == resolver.entity(b).key

    def _inner_mention(self, head: Token, types: tuple[str, ...]) -> Mention | None:
        """A named mention inside the source phrase ("spokesman X", "the head of NATO")."""
        for tok in np_tokens(head):
            if tok.i == head.i:
                continue
            m = self.mention_at(tok)
            if m is not None and m.type == "Place" and tok.dep_ == "compound" and tok.head.i != head.i \
                    and tok.head.lower_ in _LOCAL_BODIES and "Organisation" in types:
                # "reports from Tarnby hospital": the town's hospital, not the town
                lo, hi = m.span.start, tok.head.idx + len(tok.head.text)
                made = Mention(span=Span(lo, hi, self.text[lo:hi]), type="Organisation", name=self.text[lo:hi])
                self.add(made)
                return made
            if m is not None and m.type in types:
                return m
        return None

    def surname(self, head: Token) -> Mention | None:
        """A capitalised name the recogniser missed that is the last word of
        an earlier person's name ("Dorn said" after "Marek
        Dorn"), or the first word of the one earlier person so named, is
        that person."""
        key = fold(head.text)
        i = bisect.bisect_left(self._starts, head.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.type == "Person" and _surname_key(m.name) == key:
                return m
            i -= 1
        # or the given name of the one person so named before ("Hardeep said"
        # after "Hardeep Singh Puri"), where the word did not name something
        # else before the person came in ("Pellix says" before "Pellix Coach")
        named: dict[str, Mention] = {}
        for m in self.mentions[:bisect.bisect_left(self._starts, head.idx)]:
            if m.type == "Person" and len(m.name.split()) > 1 and fold(m.name.split()[0]) == key:
                named.setdefault(m.name, m)
        if len(named) != 1:
            return None
        m = next(iter(named.values()))
        alone = re.search(r"(?<!\w)" + re.escape(head.text) + r"(?!\w)", self.text)
        return m if alone is None or alone.start() >= m.span.start else None

    def short_name(self, head: Token) -> Mention | None:
        """A capitalised word the recogniser missed that is the first word
        of an earlier organisation's longer name ("Acme said" after "Acme
        Holdings Inc.") is that organisation: news shortens company names so."""
        key = fold(head.text)
        i = bisect.bisect_left(self._starts, head.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.type == "Organisation" and len(m.name.split()) > 1 and fold(m.name.split()[0]) == key \
                    and not names.possessive(m.name.split()[0]):
                return m
            i -= 1
        return None

    def antecedent(self, offset: int, types: tuple[str, ...], speakers_only: bool = False,
                   gender: str | None = None, singular: bool = False, mentions: bool = True) -> Mention | None:
        """Most recent compatible speaker within a few sentences, else the most
        recent compatible subject, else (``mentions``) the most recent compatible mention.
        ``gender`` ("m"/"f" of a pronoun) rules out a person already referred
        to by a pronoun of the other gender (agreement, learned in the text)."""
        here = self.sent_index(offset)

        def fits(m: Mention) -> bool:
            return self.kind_of(m) in types and (gender is None or self.gender_of(m) in (None, gender)) \
                and not self.in_dateline(m) and not self.is_publisher(m)

        recent = None if speakers_only else self._lead_subject(offset, here, fits)
        quoted = self._quote_just_before(offset)
        for pos, m in reversed(self.speakers):
            # (the cheap window test first: this runs over every earlier speaker)
            if pos < offset and here - self.sent_index(pos) <= _SPEAKER_WINDOW and fits(m) \
                    and not (singular and pos in self.plural) and not (quoted and quoted[0] <= pos < quoted[1]):
                # ("'The president has said P,' he said": whom the quotation
                # reports is not who speaks it)
                # "X said P. Y, asked about it, laughed. 'Q,' he said": Y, the
                # subject of the sentence just before, is newer than the speaker;
                # not a subject of what X said ("According to X, Y is a drag.
                # 'Q,' he said": X goes on speaking)
                if recent is not None and recent[0] > pos and not _inside(recent[0], self.said.get(pos)):
                    return recent[1]
                opener = None if speakers_only or gender is None else self._paragraph_subject(offset, pos, fits, gender)
                return opener if opener is not None else m
        if recent is not None:
            return recent[1]
        if speakers_only:
            return None
        introduced = self._introduced_just_before(offset, here, fits)
        if introduced is not None:
            return introduced
        # subjects are in text order: from the last before the offset back to the window's edge
        for pos, m in reversed(self._subjects[:self._subjects_before(offset)]):
            if here - self.sent_index(pos) > _SUBJECT_WINDOW:
                break
            if fits(m):
                return m
        if not mentions:
            return None
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            m = self.mentions[i]
            if fits(m):
                return m if here - self.sent_index(m.span.start) <= _SUBJECT_WINDOW else None
            i -= 1
        return None

    def is_publisher(self, m: Mention) -> bool:
        """Whether ``m`` names the outlet that published the article ("said
        X to Wikinews", "Wikinews has contacted Y" in a Wikinews story):
        the story's own voice, which "it", "they" or "the company" never
        refers to."""
        return self._publisher_key is not None and fold(m.name) == self._publisher_key

    @cached_property
    def _publisher_key(self) -> str | None:
        return fold(self.publisher) if self.publisher else None

    def _called(self, head: Token) -> Mention | None:
        """The name a noun is given by a participle after it ("a group
        called X", "an organisation named X", "a militia known as X"), if
        that name is a person or body."""
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                    and c.lemma_.lower() in ("call", "name", "know", "dub")):
            for c in acl.children:
                name = c if c.dep_ in ("oprd", "attr", "dobj") else next(
                    (g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" else None
                m = self.mention_at(name) if name is not None else None
                if m is not None and m.type in ("Organisation", "Person"):
                    return m
        return None

    def _one_of_two(self, offset: int, former: bool) -> Mention | None:
        """"The rebels are called a threat by X and Y; the latter says P":
        the last (or, for "the former", the one before it) of the two
        persons, bodies or places last named in this sentence and the one
        before; None when fewer than two are named there."""
        here = self.sent_index(offset)
        named: list[Mention] = []
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0 and len(named) < 2:
            m = self.mentions[i]
            if here - self.sent_index(m.span.start) > 1:
                break
            if self.kind_of(m) in ("Person", "Organisation", "Place") and all(m.name != n.name for n in named):
                named.append(m)
            i -= 1
        if len(named) < 2:
            return None
        one = named[1 if former else 0]
        actor = names.entity_resolver().actor_for(one, "government") if one.type == "Place" else None
        return Mention(span=one.span, type=actor.type, name=actor.name) if actor is not None else one

    def _quote_just_before(self, offset: int) -> tuple[int, int] | None:
        """The quotation that ends in the sentence of ``offset``, before it
        ("'Q,' he said"), if any."""
        i = bisect.bisect_left(self._quote_spans, (offset,)) - 1
        if i < 0:
            return None
        start, end = self._quote_spans[i]
        if end > offset or any(ch in self.text[end:offset] for ch in ".!?\n"):
            return None
        return start, end

    def _introduced_just_before(self, offset: int, here: int, fits) -> Mention | None:
        """"Few plan to go back, like Jane Roe, who lives in a camp.
        He says ...": a person the previous sentence introduces with a "who"
        clause, where no speaker or subject came since, is the one meant."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0 and here - self.sent_index(self._starts[i]) <= 1:
            m = self.mentions[i]
            tok = self.head_token(m)
            if m.type == "Person" and fits(m) and tok is not None and any(
                    c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
                    for c in tok.children):
                return m
            i -= 1
        return None

    def _governing_subject(self, pron: Token, gender: str | None) -> Mention | None:
        """The person named as the subject of the clause that a pronoun's
        own adverbial or complement clause hangs on, earlier in the sentence
        ("X misled the BBC when, last year, he stated P"; "X wrote that he
        had warned P"; "X spoke at a briefing in which he said P"), if the
        pronoun's gender fits."""
        verb = pron.head
        gov = verb.head
        if pron.dep_ == "nsubj" and verb.dep_ == "relcl" and gov.dep_ in ("pobj", "dobj"):
            # "X appeared at a news conference in which he said P": the
            # relative clause on the object of X's clause is about X
            gov = gov.head.head if gov.dep_ == "pobj" else gov.head
            if gov.pos_ not in ("VERB", "AUX"):
                return None
        elif pron.dep_ != "nsubj" or verb.dep_ not in ("advcl", "ccomp") or verb.head.i == verb.i:
            return None
        subj = next((c for c in gov.children if c.dep_ == "nsubj" and c.i < pron.i), None)
        m = self.mention_at(subj) if subj is not None else None
        if m is None and subj is not None and subj.pos_ == "PROPN":
            m = self.surname(subj)  # a surname the recogniser missed, of a person named before
        if m is None or m.type != "Person" or self.gender_of(m) not in (None, gender) or self.in_dateline(m):
            return None
        return m

    def _governed_by_unnamed(self, pron: Token) -> bool:
        """"A former officer is due to tell a court that she alerted X": a
        pronoun subject of a clause whose governing verb (or the verb it is
        the complement of) has for subject a person no name identifies is
        that unnamed person, no one named before."""
        verb = pron.head
        if pron.dep_ != "nsubj" or verb.dep_ != "ccomp":
            return False
        gov = verb.head
        for _ in range(4):
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i), None)
            if subj is not None:
                return subj.pos_ == "NOUN" and subj.lemma_.lower() in cues.PERSON_NOUNS \
                    and self.mention_at(subj) is None and not any(c.dep_ == "poss" for c in subj.children)
            if gov.dep_ not in ("xcomp", "ccomp", "acomp") or gov.head.i == gov.i:
                return False
            gov = gov.head
        return False

    def _subjects_before(self, offset: int) -> int:
        """How many subjects stand before ``offset`` (they are in text order)."""
        return bisect.bisect_left(self._subjects, offset, key=lambda p: p[0])

    def _paragraph_subject(self, offset: int, after: int, fits, gender: str) -> Mention | None:
        """"X said P. <new paragraph> Y based his estimate on Q: ... He also
        testified R": the person subject of a main clause in the pronoun's
        paragraph, when the speaker (at ``after``) spoke before the paragraph
        began; the paragraph's own subject is the one it goes on about. Only
        a subject of the pronoun's gender, known from the text or from a
        possessive of its own clause ("Y based his estimate")."""
        start = self.text.rfind("\n", 0, offset) + 1
        if after >= start:
            return None
        for pos, m in reversed(self._subjects[:self._subjects_before(offset)]):
            if pos < start:
                return None
            tok = self.head_token(m)
            if m.type == "Person" and fits(m) and tok is not None and tok.dep_ == "nsubj" \
                    and tok.head.dep_ in ("ROOT", "ccomp", "conj", "parataxis") \
                    and not any(a <= pos < b for a, b in self._quote_spans):
                own = {t.lower_ for c in tok.head.children if c.dep_ in ("dobj", "prep") for t in c.subtree
                       if t.dep_ == "poss" and t.lower_ in ("his", "her")}
                known = self.gender_of(m) or ({"his": "m", "her": "f"}[own.pop()] if len(own) == 1 else None)
                return m if known == gender else None
        return None

    def _lead_subject(self, offset: int, here: int, fits) -> tuple[int, Mention] | None:
        """The subject of the main clause of the previous narrative sentence
        (or of this one, before the offset, also of a clause before its root),
        outside quotations, if it fits."""
        for pos, m in reversed(self._subjects[:self._subjects_before(offset)]):
            if here - self.sent_index(pos) > 1:
                return None
            tok = self.head_token(m)
            if tok is None:
                continue
            if tok.dep_ == "poss" or tok.dep_ == "compound" and tok.head.lemma_.lower() in cues.PERSON_NOUNS:
                continue  # "X's former director, Y, ...", "the FAO chief": the subject is a person, not X
            subj = tok if tok.dep_ in _SUBJECT_DEPS else tok.head
            clause = subj.head
            # (in this sentence, a clause before its root counts too: "X held Y
            # responsible; he stated P", parsed with the first clause below the second)
            if (clause.dep_ == "ROOT" or self.sent_index(pos) == here and clause.dep_ in ("ccomp", "conj")
                    and clause.head.dep_ == "ROOT" and clause.i < clause.head.i) and fits(m):
                return pos, m
        return None

    def role_antecedent(self, head: Token, fallback: bool = True) -> Mention | None:
        """"the spokesman" -> a person introduced with that role word in the
        last few sentences (when two were, the latest speaker of them, else
        none); else one introduced with it in the next two
        ("the governor said ... Governor X wrote"); else the one person of the
        story introduced with it, however far back; else (``fallback``) the
        nearest person speaker."""
        word = head.lemma_.lower()
        here = self.sent_index(head.idx)
        # (not while the person who spoke a sentence ago in this paragraph,
        # introduced with no office, may hold it: "Dr X said P. He said Q.
        # The governor said R. Y said S" is X's R)
        last = self.speakers[-1] if self.speakers and here - self.sent_index(self.speakers[-1][0]) <= 1 \
            and "\n" not in self.text[self.speakers[-1][0]:head.idx] else None
        named = self._named_next(head) if last is None or last[1].type != "Person" \
            or self.role_words(last[1]) & cues.PERSON_NOUNS else None
        if named is not None:
            return named
        holders = people.role_holders(self, head, _SPEAKER_WINDOW)
        if holders:  # two people in the role ("X, the mayor of A, and Y, the mayor of B"): the one speaking, else no one
            return people.one_or_speaking(self, holders, head.idx)
        story = people.role_holders(self, head, len(self._sent_starts))
        if len(story) == 1 and any(m.name == story[0].name for _pos, m in self.speakers):
            return story[0]  # "The general also noted": the story's one general, who has spoken
        # a hyphened office is the whole of it ("Governor-General" is no "Attorney-General")
        whole = {word} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.i == head.i - 2
                          and head.doc[head.i - 1].text == "-"}
        i = bisect.bisect_right(self._starts, head.idx)
        while i < len(self.mentions) and self.sent_index(self._starts[i]) - here <= 2:
            m = self.mentions[i]
            if m.type == "Person" and whole <= self.role_words(m) and people.role_fits(self, head, m):
                return m
            i += 1
        if len(story) == 1:
            return story[0]  # "the president said" long after the story's one "President X"
        return self.antecedent(head.idx, ("Person",)) if fallback else None

    def _unroled_antecedent(self, head: Token) -> Mention | None:
        """"the scientist" with no one introduced so: the nearest person,
        unless the text gave that person another office ("Attorney General
        X ... the scientist said" is not X)."""
        # (one named before this sentence: "Jane Roe was arrested, the prosecutor
        # said" names the prosecutor's subject, not the prosecutor)
        if head.tag_ in ("NNS", "NNPS"):
            return None  # "the archaeologists": many, never the one person named last
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in head.children):
            return None  # "the Velmarian public prosecutor": a nation's office, not whoever was named last
        m = self.antecedent(head.sent.start_char, ("Person",))
        roles = self.role_words(m) & cues.PERSON_NOUNS if m is not None else frozenset()
        if roles and not people.role_fits(self, head, m):
            return None  # "Prime Minister X ... the health minister said": another minister
        if m is not None and not roles and self.role_words(m) & UNNAMED_PERSON_NOUNS - {w.lower() for w in m.name.split()} \
                and head.lemma_.lower() not in self.role_words(m):
            return None  # "X, a farmer, said P. The spokesman said Q": no farmer is "the spokesman"
        return None if roles and head.lemma_.lower() not in roles else m

    def _named_next(self, head: Token) -> Mention | None:
        """"the governor said P. Jane Roe said on Telegram that Q": a person
        named for the first time, bare (no title, no apposition), as the
        subject of a verb of saying that opens the next sentence is the
        role just spoken of (news names the office first, then the holder)."""
        here = self.sent_index(head.idx)
        i = bisect.bisect_right(self._starts, head.idx)
        while i < len(self.mentions) and self.sent_index(self._starts[i]) <= here:
            i += 1
        if i >= len(self.mentions) or self.sent_index(self._starts[i]) != here + 1:
            return None
        m = self.mentions[i]
        tok = self.head_token(m)
        if m.type != "Person" or tok is None or len(m.span.text.split()) < 2 or tok.dep_ != "nsubj":
            return None
        if tok.head.lemma_.lower() not in cues.SPEECH_VERBS or self.role_words(m) - {w.lower() for w in m.name.split()}:
            return None
        if any(o.name == m.name for o in self.mentions[:i]):
            return None  # named before: not the holder newly introduced
        return m

    def possessor(self, pron: Token) -> Mention | None:
        """"its"/"their": the nearest organisation or place earlier in the same
        sentence ("Vorland's heaviest loss since its troops ..."), else the
        salient antecedent."""
        sent_start = pron.sent.start_char
        i = bisect.bisect_left(self._starts, pron.idx) - 1
        while i >= 0 and self._starts[i] >= sent_start:
            m = self.mentions[i]
            if m.type in ("Organisation", "Place"):
                return m
            i -= 1
        return self.antecedent(pron.idx, ("Organisation", "Place"))

    def kind_of(self, m: Mention) -> str:
        """The mention's type as its own introduction states it: a name set
        beside a person's role only ("a spokeswoman, X") is a person, one
        beside a kind of body only ("X, the streaming company") an
        organisation, whatever the recogniser guessed; else its type."""
        if m.type == "Place":
            return m.type
        kind = self._kinds.get(m)
        if kind is None:
            roles = self.role_words(m)
            person, org = bool(roles & cues.PERSON_NOUNS), bool(roles & cues.ORG_NOUNS)
            kind = self._kinds[m] = ("Person" if person else "Organisation") if person != org else m.type
        return kind

    def gender_of(self, m: Mention) -> str | None:
        """A person's "m"/"f": learned from a pronoun referring to them, else
        from the words introducing them ("Ms X", "X, the chairwoman")."""
        if m.name not in self.gender and (found := people.word_gender(self.role_words(m))) is not None:
            self.gender[m.name] = found
        return self.gender.get(m.name)

    def role_words(self, m: Mention) -> frozenset[str]:
        """Lemmas of the words introducing a person ("governor X", "X, the
        spokesman"); worked out once per mention (looked up for every earlier
        speaker of each source, it cost the square of a long text's length)."""
        roles = self._roles.get(m)
        if roles is None:
            roles = self._roles[m] = frozenset(self._role_words(m))
        return roles

    def _role_words(self, m: Mention) -> set[str]:
        tok = self.head_token(m)
        if tok is None:
            return set()
        # (not the owner's words: "the union's Jane Roe" is no union)
        owner = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
        out = {t.lemma_.lower() for t in tok.subtree if t.i < tok.i and t.i not in owner}
        for c in tok.children:
            if c.dep_ == "appos":  # "X, the finance minister": its modifiers say which minister
                out |= {c.lemma_.lower()} | {g.lower_ for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i}
            if c.dep_ == "relcl" and c.pos_ == "VERB":
                # "X, who leads the bloc" is introduced as its leader: the
                # agent nouns of the verb ("lead" -> "leader", "direct" -> "director")
                v = c.lemma_.lower()
                out |= {v + "er", v + "r", v + "or"}
        named = self.mention_at(tok.head) if tok.dep_ == "appos" else None
        if named is not None and named.type == "Organisation":
            return out  # "the head of the X Institute, Jane Roe": set beside the body's name, she is no institute
        if tok.dep_ in ("appos", "compound", "amod") and (tok.head.pos_ == "NOUN" or tok.head.lower_ in cues.ORG_NOUNS | cues.PERSON_NOUNS):
            out |= {tok.head.lemma_.lower()} | {g.lower_ for g in tok.head.children if g.dep_ in ("amod", "compound")
                                                and g.i < tok.head.i and g.i != tok.i}  # "X, the spokesman"; "the X news agency"
        return out

