"""Attributed statements from the dependency parse: who (source) said (cue)
what (content), with the stance (relation) and any intermediary (via).

Patterns (each a function below, all over spaCy's dependency labels):

- a cue verb with its subject and clausal complement or message object:
  "X said (that) P", "X told Y that P", "X posted a photo of P", "X confirmed P";
  inverted and trailing forms ("'P,' said X", "'P,' he said") where the
  content is the adjacent quotation, even when it spans several sentences;
- passives with an agent ("P was denied by X");
- participial cues sharing the subject of their clause ("..., adding that P",
  "X, urging Y to P") and conjoined cues ("X told ... and described ...");
- hedged and negated confirmations ("has not confirmed", "stopped short of
  confirming", "could not independently verify") -> ``not_confirmed``;
- "according to X" (a source, or an intermediary when the clause already has
  a speaker: "X said P, according to TASS");
- "T quoted X as saying P" and "X, quoted by T, said P" (speaker X, via T);
  "in a statement published by T, X said P" (via T);
- a report of a report ("P, X told residents, T reported") gives the inner
  speaker with the outer one as ``via``;
- "found that P" (a finding), "reminded X that P"; "declined to say / did
  not say whether P" -> ``not_confirmed``; "researchers at X and Y found"
  gives one record per body; "P, X said" parsed as a coordination;
  '..., telling reporters: "Q"' (the quotation is the participle's).
Sources the recogniser missed or mistyped, and bodies named by their
description, are named in ``names``; intermediaries ("according to T",
"quoted by T", "citing X") are read in ``relays``; a wire dateline's agency
is never a source.

Degrades locally: an unbalanced quotation mark only loses its own quote, and a
sentence whose parse defeats the rules only loses its own records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.records import Article, Attribution, Mention, Span

from . import cues, frames, groups, names, people, unnamed
from .coref import SpeakerResolver, np_tokens, token_span
from .name_words import POSTNOMINALS

# Adjectives of readiness before a cue's infinitive ("was quick to say P",
# "was keen to stress P"): the subject of "be" makes the statement.
_EAGER = frozenset({"quick", "keen", "careful", "happy", "glad", "pleased", "proud", "swift", "fast"})
from .quotes import MARKS as _MARKS
from .quotes import Quotes, find_quotes, quoted_paragraphs
from .documents import DocumentRules
from .nesting import nest
from .nouns import NounCueRules
from .content_rules import ContentRules
from .quote_rules import QuoteRules
from .relays import RelayRules, counted_by
from .transcripts import find_turns

__all__ = ["find_attributions", "find_quotes", "nest"]

# Dependencies through which a participle or infinitive shares its governor's
# subject ("X told Y, adding that ..."; "X, urging Y ...").
_CONTROL_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
# Cues by which an outlet relays someone else's statement: a statement nested
# in their content keeps its own speaker, with the relaying source as via.
_RELAY_VERBS = frozenset({"report", "quote", "cite", "carry", "publish"})
_TELL_VERBS = cues.TELL_VERBS
# Verbs that carry a speaker's words "as saying P": "T quoted X as saying P",
# "X was reported as saying P", "X is cited as saying P" (X speaks, T relays).
_QUOTING_VERBS = frozenset({"quote", "cite", "report"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Verbs whose passive subject is the one told ("X was told P", "Y had been warned P").
_HEARER_SUBJECT_VERBS = frozenset({"tell", "warn", "inform", "advise", "notify", "assure", "remind", "brief",
                                   "caution", "promise", "ask"})
# Things that carry words ("flags saying 'Q'", "a banner reading 'Q'"): slogans, no statement.
_WORDS_CARRIED = frozenset({"flag", "banner", "sign", "placard", "poster", "shirt", "t-shirt", "sticker",
                            "billboard", "graffiti", "badge", "button", "mask", "hat", "cap"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Modals of possibility: a cue under one states no one's statement ("data
# can reveal P", "it might suggest Q"); negated, "could not confirm" is one.
# Verbs whose "it" subject is a placeholder before an infinitive ("it will
# take time to confirm", "it is too early to say").
_EXPLETIVE_GOVERNORS = frozenset({"take", "be", "seem", "appear", "remain", "prove"})
_POSSIBILITY = frozenset({"can", "could", "may", "might", "must", "should"})  # (also obligation: "X must reveal P")
# A wire dateline opening a paragraph: "CITY, Country, Oct 3 (AGENCY) — ".
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'’-]{2,}(?:,[^()\n—–]{0,40})?|[A-Z][a-z]{2,8}\.? \d{1,2})"
                       r"\s*(?:\([A-Za-z .]{1,30}\))?\s*[-—–]+\s+")


@dataclass
class _Rec:
    """A candidate attribution while rules still adjust it."""

    relation: str
    cue: Span
    content: Span
    source: Span | None
    speaker: Mention | None
    via: Mention | None
    cue_i: int
    relay: bool = False  # a relaying cue ("T reported", "T quoted"): may be the via of a nested record


class _Finder(RelayRules, NounCueRules, DocumentRules, QuoteRules, ContentRules):
    """The rules for one document; ``run`` yields records in text order."""

    def __init__(self, article: Article, doc: Doc, resolver: SpeakerResolver):
        self.article, self.doc, self.res = article, doc, resolver
        self.text = article.text
        self.quotes = find_quotes(self.text)
        self.res.use_quotes(self.quotes, article.is_body)
        q = Quotes(self.text, self.quotes)
        self.inside_quote, self.adjacent_quote, self.quote_before, self.colon_quote = q.inside, q.adjacent, q.before, q.after_colon
        self.colon_block = q.paragraph_after_colon
        self.continued_quote = lambda hi, verb, own=False: q.continued(hi, verb, self.is_cue, own)
        self.recs: list[_Rec] = []
        self.via_for: dict[int, Mention] = {}  # cue token index -> intermediary
        self.extra: list[Mention] = []  # source mentions made for collective nouns
        self.described: dict[int, Mention] = {}  # head offset -> an unnamed source it describes ("a witness")
        self.groups_said: dict[int, Mention] = {}  # plural head offset -> the source it stood for ("officials")
        self.member_groups: dict[str, list[Mention]] = {}  # "researchers" -> the bodies "researchers at X and Y" named
        self.research_groups = groups.research_groups(resolver, doc)
        self.last_group: tuple[int, list[Mention]] | None = None  # source offset, bodies of the latest joint record
        self.headline_studies: list[tuple] = []  # emit's arguments for "Study finds P" in a headline (``lead_study``)
        authors = groups.named_study_authors(resolver, doc)
        if authors:  # "the study was carried out by X": "the study", "according to the study" are X's
            self.member_groups["author"] = authors

    # -- small helpers -------------------------------------------------------
    def span_of(self, toks: list[Token]) -> Span:
        lo = min(t.i for t in toks)
        hi = max(t.i for t in toks) + 1
        return token_span(self.doc, lo, hi, self.text)

    def clean(self, start: int, end: int) -> Span | None:
        """Trim marks, punctuation and a leading complementiser from a char range."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _MARKS + ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS + ",;:—–-"):
            end -= 1
        m = re.match(r"only\s+(?=that\s)", text[start:end])
        if m:  # "said only that P"
            start += m.end()
        m = _DATELINE.match(text[start:end])
        if m:  # 'CITY, Country (AP) — P, X said': the dateline is no part of P
            start += m.end()
        m = re.match(r"that\s+", text[start:end])  # "whether P" stays: the content is the question
        that = self.doc.char_span(start, start + 4) if m else None
        if m and not (that is not None and that[0].dep_ in ("det", "nsubj", "nsubjpass")):
            # ("that claim" keeps its determiner, "said that was not true" its subject)
            start += m.end()
        m = re.search(r"[\s,]+(and|but|or)$", text[start:end])
        if m:  # a conjunction left behind by a coordinated statement cut off
            end = start + m.start()
        return Span(start, end, text[start:end]) if end - start > 1 else None

    # -- the source ----------------------------------------------------------
    def name_before_apposed_subject(self, subj: Token) -> Token:
        """"X, the owner of the mine, has warned P": the parser made the
        phrase set off by commas the subject and hung the name opening the
        clause elsewhere; the name (a person or a body) is the subject."""
        doc = self.doc
        left, right = subj.left_edge.i, subj.right_edge.i
        if doc[right].text == "," and right > subj.i:
            right -= 1  # (the closing comma hung on the phrase itself)
        if subj.pos_ != "NOUN" or left < 2 or doc[left - 1].text != "," or right + 1 >= len(doc) \
                or doc[right + 1].text != "," or self.res.mention_at(subj) is not None:
            return subj
        name = doc[left - 2]
        m = self.res.mention_at(name)
        if m is None or m.type not in ("Person", "Organisation") or name.head.i == subj.i \
                or m.span.start != (name.sent.start_char if name.sent.start != 0 else doc[0].idx):
            return subj
        return name

    def person_in_subject(self, head: Token) -> Token:
        """The person a subject phrase names where the parser made another
        word its head: letters after the name ("Jane Roe MSP said", "Marek
        Dorn KC argued"), or a place ending the person's affiliation ("Dr.
        Jane Roe of Hospital Johor Bahru testified"); else the head."""
        at = self.res.mention_at(head)
        misread = (head.text.rstrip(".") in POSTNOMINALS and (at is None or at.type != "Person")) \
            or (at is not None and at.type == "Place")
        for c in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
            m = self.res.mention_at(c)
            if c.dep_ in ("compound", "nmod") and m is not None and m.type == "Person" and m is not at \
                    and (misread or any(g.dep_ == "prep" and g.lower_ in ("of", "from", "at") for g in c.children)):
                return c  # ("Dr. X of [Hospital Y]": the parser made the place the head)
        if at is not None and at.type == "Organisation":
            # "X Fund (XF) managing director, Ada Lind warned P": the parser hung
            # the role and the name on the body; the person named in the role speaks
            apposed = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
            persons = [c for c in apposed if (m := self.res.mention_at(c)) is not None and m.type == "Person"]
            if persons and any(c.lemma_.lower() in cues.PERSON_NOUNS and c.i < persons[0].i for c in apposed):
                return persons[0]
        if at is None and head.pos_ == "NOUN" and head.lemma_.lower() not in cues.PERSON_NOUNS:
            # "News source X's editorial director, Ada Lind, said": the parser made the
            # body's description the subject, the role its apposition, the name the role's
            for role in (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in cues.PERSON_NOUNS):
                named = [g for g in role.children if g.dep_ == "appos" and (m := self.res.mention_at(g)) is not None
                         and m.type == "Person"]
                if named:
                    return named[0]
        return head

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The source head of a cue verb: its subject, its passive agent, or the
        subject it shares with its governor (participles, conjuncts, acl)."""
        quote = self.inside_quote(verb.idx)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")
                    and self.inside_quote(c.idx) in (None, quote)  # never inside the quote it introduces
                    and not frames.dateline_agency(c)]
        if subjects:
            # two subjects is a parse slip ("the thinktank the Institute said"): the
            # named one; a place among two is a dateline ("CITY, Nov 3 - X said")
            named = [c for c in subjects if self.res.mention_at(c) is not None
                     # (not the tail of a name begun earlier: "... of Rio Grande do Sul said")
                     and not (len(subjects) > 1 and self.res.mention_at(c).span.start < self.doc[c.left_edge.i].idx)]
            if len(subjects) > 1:
                named = [c for c in named if self.res.mention_at(c).type != "Place"]
            c = self.person_in_subject((named or subjects)[-1])
            first = subjects[0]
            if len(subjects) > 1 and self.res.mention_at(first) is not None \
                    and any(g.dep_ == "relcl" and g.right_edge.i == c.left_edge.i - 1 and not g.right_edge.is_punct
                            for g in first.children):
                # "X, who came in place of Y says P": Y ends the unclosed relative clause
                c = first
            if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return frames.who_antecedent(frames.last_conjunct(verb.head, verb)) if c.lower_ == "who" \
                    else frames.dated_antecedent(verb.head)
            fronted = frames.fronted_clause_name(c, verb)
            if fronted is not None:  # "Asked about X, Jane Roe, a member of Y, said P"
                return fronted
            if c.ent_type_ == "DATE":
                # "CITY, Dec 8 — X's main party, Y, claimed": the dateline's
                # date taken for the subject; the subject is its apposition
                appos = [g for g in c.children if g.dep_ == "appos" and g.ent_type_ != "DATE"]
                return appos[0] if appos else None
            return self.name_before_apposed_subject(c)
        for c in verb.children:
            if c.dep_ == "agent":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                return pobj[0] if pobj else None
        if (agent := frames.judging_agent(verb)) is not None:
            return agent  # "Y is considered a terrorist group by X"
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.lemma_.lower() in _EAGER:
            # "X was quick to say P", "X was keen to stress P": the subject of "be"
            return next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if verb.dep_ == "xcomp" and self.raises(verb.head):
            return next(c for c in verb.head.children if c.dep_ == "nsubjpass")
        if self.raises(verb):  # the frame's top: its raised subject
            return next(c for c in verb.children if c.dep_ == "nsubjpass")
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "it was reported that ...": no source named
        if any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() in _HEARER_SUBJECT_VERBS:
            return None  # "X tried to fly, but was told that P": X heard P; no teller named
        if verb.tag_ == "VBG" and (verb.dep_ == "acl" or verb.dep_ == "advcl" and verb.head.pos_ in ("NOUN", "PROPN")):
            return verb.head  # "military expert X telling the program ...", "X, noting P, said Q"
        if frames.misread_main_verb(verb):
            return verb.head  # "X, a county magistrate, ordered on Tuesday that P"
        if frames.prep_controller(verb) is not None:
            return frames.prep_controller(verb)  # "X was cheered upon announcing P"
        relay = frames.relayed_subject(verb)
        if relay is not None:
            return relay
        outer = self.outer_cue(verb)
        if outer is not None and depth < 3:
            return self.subject_of(outer, depth + 1)  # "X denied a report that P, calling it ..."
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            return self.subject_of(verb.head, depth + 1)  # "X told ... and described ..."
        if verb.dep_ == "dep" and verb.tag_ in _FINITE and verb.head.pos_ == "VERB" and verb.head.i < verb.i \
                and depth < 3:
            # "X sold the car, then claimed P": a conjunct the parser left unlabelled
            up = self.subject_of(verb.head, depth + 1)
            if up is not None:
                return up
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "advcl" \
                and any(c.dep_ == "mark" for c in verb.head.children) and depth < 3:
            # "X resigned after Y blocked Z, saying ...": a comma-set participle
            # is controlled by the main clause, not by the subordinate one
            return self.subject_of(verb.head.head, depth + 1)
        if verb.tag_ in _FINITE:
            lent = next((g for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                         and c.i > 0 and self.doc[c.i - 1].text == "," for g in c.children
                         if g.dep_ == "nsubj" and g.i < c.i), None)
            if lent is not None:  # "X, noting P, said Q": the parse lent the subject to the participle
                return self.name_before_apposed_subject(lent)
            fronted = next((t for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                            and c.i == verb.sent.start and c.right_edge.i == verb.i - 2 and self.doc[verb.i - 1].text == ","
                            for t in c.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.left_edge.i > 0
                            and self.doc[t.left_edge.i - 1].text == ","
                            and (m := self.res.mention_at(t)) is not None and m.type == "Person"), None)
            if fronted is not None:
                # 'Calling it "a sham", Jane Roe of X, a charity, told T P': the parser hung the
                # name inside the fronted participle and left the cue no subject
                return fronted
            found = self.left_subject(verb)
            if found is not None:
                return found
        if depth < 3 and verb.dep_ in _CONTROL_DEPS and verb.head.i != verb.i:
            up = self.subject_of(verb.head, depth + 1)
            if up is not None and up.lower_ == "it" and verb.head.lemma_.lower() in _EXPLETIVE_GOVERNORS:
                return None  # "it will take time to confirm P", "it is hard to say": no one
            return up
        return None

    def is_cue(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return tok.pos_ in ("VERB", "AUX") and (lemma in cues.SPEECH_VERBS or lemma in cues.CONFIRM_VERBS
                                                or lemma in cues.DENY_VERBS) and frames.construction_ok(tok) \
            and not (lemma in cues.OPINION_VERBS and not frames.states_clause(tok)
                     and frames.predicted_object(tok) is None)  # ("fear to return"; "expect rain" forecasts)

    def raises(self, verb: Token) -> bool:
        """A passive raising verb over a cue: "X is reported/said to have told"."""
        return (verb.lemma_.lower() in cues.RAISING_VERBS and verb.tag_ == "VBN"
                and any(c.dep_ == "nsubjpass" for c in verb.children)
                and any(c.dep_ == "xcomp" and self.is_cue(c) for c in verb.children))

    def outer_cue(self, verb: Token) -> Token | None:
        """For a subjectless cue participle or conjunct set off by a comma or
        "and" that the parser hung inside another cue's content ("X denied a
        report that P, calling it Q"; "X said that P and called Q"): that
        outer cue, whose subject controls it. Coordination and adjunction
        join like with like: a reporting verb with the reporting verb."""
        hedge = verb.lemma_.lower() in cues.HEDGE_GOVERNORS and any(c.dep_ == "xcomp" and self.is_cue(c) for c in verb.children)
        if not (self.is_cue(verb) or hedge) or self.has_own_subject(verb) or verb.dep_ not in ("advcl", "conj"):
            return None
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])
        prev = self.doc[first - 1] if first > 0 else None  # before "could not confirm"
        if prev is None or prev.text not in (",", "and", "but"):
            return None
        node = verb.head
        if self.is_cue(node) and (node.lemma_.lower() not in cues.NEEDS_CLAUSE | cues.NOTING_VERBS or frames.states_clause(node)):
            return None  # hung on the cue itself: ordinary control ("noted some progress" reports nothing)
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in node.children) \
                and node.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ in ("while", "whereas", "although")
                                                            for g in node.children):
            return None  # "X noted that while Y had stood trial and admitted P, ...": Y admitted P
        for _ in range(6):
            if node.head.i == node.i:
                return None
            if node.dep_ not in ("ccomp", "xcomp", "acl", "relcl", "dobj", "pobj", "prep", "advcl", "conj", "appos"):
                return None
            node = node.head
            if self.is_cue(node) and not self.inside_quote(node.idx):
                return node
        return None

    def left_subject(self, verb: Token) -> Token | None:
        """A finite verb always has a subject; when the parse gave it none
        ("after website X reported that ..."), take the nearest named person
        or organisation before it in the clause, else the nearest noun phrase
        that is the object of a preposition, never crossing another finite verb."""
        first_np = None
        for i in range(verb.i - 1, verb.sent.start - 1, -1):
            tok = self.doc[i]
            if tok.tag_ in _FINITE or tok.text in ";:" or tok.text in _MARKS:
                break
            m = self.res.mention_at(tok)
            if m is not None and m.type != "Place":
                return self.apposed_name(tok) or tok
            if first_np is None and m is None and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "appos"):
                node = tok
                while node.head.dep_ == "prep" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
                    node = node.head.head
                first_np = node
        return first_np

    def apposed_name(self, tok: Token) -> Token | None:
        """"X, columnist from ESPN, said": a name inside the role phrase set
        off after a person's name is no subject; the person is."""
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.pos_ != "NOUN":
            return None
        role = tok.head.head
        i = role.left_edge.i - 1
        if i < 1 or self.doc[i].text != ",":
            return None
        m = self.res.mention_at(self.doc[i - 1])
        return self.doc[i - 1] if m is not None and m.type == "Person" else None

    def inverted_subject(self, verb: Token) -> Token | None:
        """'"...," added the message': a message noun or named entity right
        after the cue, parsed as its object."""
        if self.adjacent_quote(verb.idx, verb.idx + len(verb.text)) is None:
            return self.comma_inverted(verb) or self.headline_source_after(verb)
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i:
                lemma = c.lemma_.lower()
                if lemma in cues.MESSAGE_NOUNS or self.res.mention_at(c) is not None \
                        or (lemma in unnamed.PERSON_NOUNS | cues.PERSON_NOUNS and c.tag_ == "NN"
                            and any(g.dep_ == "det" for g in c.children)):
                    return c  # ('"P," said a protester using the pseudonym X': a described source too)
        return None

    def headline_source_after(self, verb: Token) -> Token | None:
        """"P, says study", "P, say scientists": in a headline, the one word
        after a cue set off by a comma, up to the line's end, a study or
        researchers that the tagger read as a verb ("study")."""
        doc, i = verb.doc, verb.i + 1
        if verb.i == 0 or doc[verb.i - 1].text != "," or i >= len(doc) or not self.res.in_headline(verb.idx) \
                or (i + 1 < len(doc) and not doc[i + 1].is_space):
            return None
        return doc[i] if doc[i].head.i == verb.i and groups.study_word(doc[i]) else None

    def comma_inverted(self, verb: Token) -> Token | None:
        """"P, stated Minister of Information X, and Q": a cue set off by
        commas after the statement, its source after it parsed as its
        object (a person, a role or a body), is an inverted attribution."""
        doc = verb.doc
        if verb.i == 0 or doc[verb.i - 1].text != "," or verb.dep_ not in ("conj", "parataxis") \
                or verb.lemma_.lower() in cues.JUDGMENT_VERBS | cues.ADDRESSEE_VERBS \
                or verb.head.i > verb.i or verb.tag_ not in ("VBD", "VBZ") or self.has_own_subject(verb):
            return None
        for c in verb.children:
            if c.dep_ != "dobj" or c.i != verb.i + 1 and doc[verb.i + 1].dep_ != "compound":
                continue
            after = doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(doc) else None
            named = c.lower_ in cues.PERSON_NOUNS or any(
                (m := self.res.mention_at(t)) is not None and m.type in ("Person", "Organisation") for t in c.subtree)
            if named and (after is None or after.text in (",", ".", ";")):
                return c
        return None

    def source_tokens(self, head: Token, cue_at: int) -> list[Token]:
        """The source as written: the maximal noun phrase of the head, with
        its appositions ("X, the ministry's spokesman"), ages, prepositional
        complements and relative clauses, as quote-extraction corpora mark it;
        never a coordinated second source, a comma-set participle ("X,
        pointing at ..."), the cue itself or a quotation the head is not in."""
        quote = self.inside_quote(head.idx)
        cut: set[int] = set()
        for c in head.children:
            if c.dep_ in ("cc", "conj", "punct") and c.i > head.i and c.dep_ != "punct" \
                    or (c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i > head.i and self.doc[c.left_edge.i - 1].text == ","):
                cut |= {t.i for t in c.subtree}
        for c in head.subtree:  # "X, which said Q": Q is a record of its own
            if c.dep_ == "relcl" and c.i > head.i and self.is_cue(c) and not c.left_edge.idx <= cue_at <= c.right_edge.idx:
                cut |= {t.i for t in c.subtree}
        dash = [c.i for c in head.children if c.dep_ == "punct" and c.i < head.i and c.text in _DASHES
                and (c.whitespace_ or self.doc[c.i - 1].whitespace_)]  # (not the hyphen inside "al-X")
        if dash:  # "ORVIK, May 3 - X said": the dateline before the dash is no part of the source
            cut |= {t.i for t in head.subtree if t.i <= max(dash)}
        if head.dep_ == "conj":  # "X and Y said": Y's phrase is Y alone
            cut |= {t.i for t in head.subtree if t.dep_ in ("cc", "conj") and t.head.i == head.i}
        toks = [t for t in head.subtree if t.i not in cut and self.inside_quote(t.idx) == quote]
        if any(t.idx <= cue_at < t.idx + len(t.text) for t in toks) or not toks:
            return np_tokens(head)  # "X telling Y that ...": the cue lives in the phrase
        # the contiguous run through the head
        present = {t.i for t in toks}
        lo = hi = head.i
        while lo - 1 in present:
            lo -= 1
        while hi + 1 in present:
            hi += 1
        run = [self.doc[i] for i in range(lo, hi + 1)]
        while run and (run[-1].is_punct or run[-1].is_space) and run[-1].i != head.i:
            run.pop()
        while run and (run[0].is_punct or run[0].is_space) and run[0].i != head.i:
            run.pop(0)
        return run or np_tokens(head)

    def speaker_for(self, head: Token, cue_at: int) -> tuple[Span, Mention | None]:
        toks = np_tokens(head)
        source = self.span_of(self.source_tokens(head, cue_at))
        end_tok = self.doc.char_span(source.end - 1, source.end, alignment_mode="expand")
        last = self.res.mention_at(end_tok[0]) if end_tok is not None and len(end_tok) else None
        if last is not None and source.end < last.span.end < cue_at:
            # a name the parse cut ("... of Rio Grande [do Sul]") ends where the name does
            source = Span(source.start, last.span.end, self.text[source.start:last.span.end])
        quote = self.inside_quote(cue_at)
        if quote is not None and head.pos_ == "PRON" and head.lower_ not in cues.FIRST_PERSON \
                and self.inside_quote(head.idx) == quote:
            # "he"/"they" inside someone's direct speech live in the speaker's
            # discourse, not the narration this resolver tracks
            return source, None
        quote_speaker = self.res.speakers[-1][1] if quote and self.res.speakers else None
        if quote is not None and head.pos_ == "PRON" and head.lower_ in cues.FIRST_PERSON:
            quote_speaker = self.trailing_speaker(quote, quote_speaker)
        owner = (self.document_maker(head) or self.issuer(head)) if self.inside_quote(head.idx) is None else None
        if owner is not None or self.unowned_document(head):  # "its website notes P"; "videos posted online show P"
            return source, owner
        if names.named_body(self.res, head):
            return source, names.collective(self.res, head, toks, self.extra, self.text)
        earlier = names.earlier_body(self.res, head)
        if earlier is not None:  # "Mali's army" after "Mali army": the body named before
            return source, earlier
        acronym = names.acronym_body(self.res, head, self.text)
        if acronym is not None:
            self.extra.append(acronym)
            return source, acronym
        speaker = names.police_force(self.res, head, self.text)  # "Police said"
        if speaker is not None and speaker not in self.res.mentions:
            self.extra.append(speaker)
        if speaker is None and (again := unnamed.again(self.groups_said | self.described, self.res, head)) is not None:
            return source, again  # "A neighbour said P. 'Q,' she said"; "Residents said P. They said Q"
        if speaker is None:  # "Officials in Kenya said", "The Israelis say": its government
            speaker = unnamed.officials_in(self.res, head) or groups.nation(head) or unnamed.ministers(self.res, head) \
                or groups.investigating_body(self.res, head)  # "investigators believe P": the inquiry's body
            if speaker is not None:
                self.extra.append(speaker)
        if speaker is None:
            speaker = self.res.resolve(head, quote_speaker)
        if speaker is None and (group := self._source_before_they(head)) is not None:
            return source, self.speaker_for(group, group.idx)[1]  # "The researchers tested X. They found P"
        if speaker is None:
            speaker = names.collective(self.res, head, toks, self.extra, self.text)
        if speaker is None:
            speaker = names.source_in(self.res, head)  # "a German government source said"
        if speaker is None and self.inside_quote(head.idx) is None:
            speaker = names.generic_group(head, self.text)  # "Analysts suggest": a generic source
            if speaker is None:  # "Vorlandish officials said P ... officials said Q"; "X banned Y, with officials saying P"
                speaker = groups.same_group(self.res, head) or groups.officials_of_subject(self.res, head)
            if speaker is None:  # "officials said", "according to police": unnamed members of a body
                speaker = names.unnamed_group(head, self.text)
            if speaker is None:  # "a number of senators", "researchers in Norway", "the archaeologists"
                speaker = groups.described(self.res, head, self.text)
            if speaker is None:  # "Zorbat reported P": an outlet the recogniser missed
                speaker = names.unrecognised_outlet(head, self.text) or names.apposed_body(head, self.text)
            if speaker is None:  # "Witnesses said", "sources close to X said": a described source
                speaker = unnamed.armed_members(self.res, head, self.text) \
                    or unnamed.describable(head, self.text) or unnamed.part_of(head, self.text) \
                    or unnamed.national_office(self.res, head) or unnamed.office_holder(head, self.text) \
                    or unnamed.circle_of(self.res, head, self.text) or unnamed.kin_of(self.res, head, self.text) \
                    or unnamed.sole_body(self.res, head, self.text)
                if speaker is not None:
                    self.described[head.idx] = speaker
            if speaker is not None and speaker not in self.res.mentions and speaker not in self.extra:
                self.extra.append(speaker)
        if speaker is not None and speaker.type == "Organisation" and head.tag_ == "NN" \
                and head.lemma_.lower() in cues.PERSON_NOUNS and self.inside_quote(head.idx) is None:
            self.res.described.add(speaker)  # "A spokesman for X said P. He said Q": the same officer, for X
        if speaker is not None and head.pos_ == "NOUN" \
                and speaker.name.lower() == self.text[head.left_edge.idx:head.idx + len(head)].lower():
            self.res.groups.add(speaker)  # named by its own phrase ("Rescue workers"): never "the hospital"
        if (speaker is None or head.idx in self.described) and head.tag_ == "NN" and self.inside_quote(head.idx) is None \
                and head.lemma_.lower() in unnamed.PERSON_NOUNS | cues.PERSON_NOUNS | people.KIN_NOUNS:
            self.res.unnamed.append(head.idx)  # "a neighbour said": a later "she" is that neighbour
        if speaker is not None and head.tag_ == "NNS" and head.pos_ == "NOUN" and self.inside_quote(head.idx) is None:
            self.groups_said.setdefault(head.idx, speaker)  # "Several hundred X leaders said P. They said Q"
        return source, speaker

    def _others_confirm(self, verb: Token) -> bool:
        """"Police confirmed his identity", "government sources confirmed
        her name": a body or a group confirms someone else's particulars,
        a fact; one person confirming "his name" in court does not."""
        subj = self.subject_of(verb)
        if subj is None:
            return False
        m = self.res.mention_at(subj)
        return subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "police" or (m is not None and m.type == "Organisation")

    def judged_then_said(self, verb: Token) -> bool:
        """"X criticised the resolution, saying P", "X condemned the attack,
        calling it Q": a verb of judgment over a thing (no clause of its
        own), followed by a participle of saying that states the judgment,
        is one statement, the participle's; the thing judged is no second one."""
        if verb.lemma_.lower() not in cues.JUDGMENT_VERBS or not any(c.dep_ == "dobj" for c in verb.children) \
                or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children):
            return False  # ("accused X of P, saying Q": the charge is a statement of its own)
        return self.stated_by_participle(verb, verb.i)

    def _source_before_they(self, head: Token) -> Token | None:
        """"The researchers tested 40 samples. They found P": a narrated
        "they" that opens its sentence, when the sentence before has an
        unnamed source group as its subject (researchers, officials,
        police) and no clause joined to its verb has a subject of its own,
        is that group, which would be the source had it spoken there;
        residents, passengers and the like are not sources by kind."""
        if head.pos_ != "PRON" or head.lower_ != "they" or self.inside_quote(head.idx) is not None:
            return None
        group = groups.previous_subject(head)
        if group is None or group.lower_ not in cues.GENERIC_SOURCE_NOUNS | names.UNNAMED_SOURCE_NOUNS:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for v in group.head.conjuncts for c in v.children):
            return None  # ("Some groups suggested P, and X is urging Q. They say R": either)
        return group

    # -- relation ------------------------------------------------------------
    def stance(self, verb: Token) -> tuple[str | None, Token]:
        """The relation of a cue verb after negation and hedging, and the token
        that heads the whole cue frame (the hedging governor, if any)."""
        lemma = verb.lemma_.lower()
        if frames.neither_nor(verb) is not None:
            return "not_confirmed", verb
        if (pleaded := frames.plea(verb)) is not None:
            return pleaded[0], verb  # "pleaded not guilty to X": X denied
        if frames.answered_no(verb) is not None:
            return "denies", verb  # "asked if P, X said no": P denied
        negated = any(c.dep_ == "neg" for c in verb.children)
        top, hedged, short_of = verb, False, False
        node = verb
        for _ in range(4):  # "stopped short of confirming", "refused to confirm"
            if node.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "advmod", "acomp") or node.head.i == node.i:
                break
            node = node.head
            if node.lemma_.lower() in cues.HEDGE_GOVERNORS or node.lower_ == "short" or node.lower_ == "without":
                hedged = True
                short_of = short_of or node.lower_ == "short" or any(c.lower_ == "short" for c in node.children)
                top = node
        if hedged:
            while top.dep_ in ("advmod", "prep", "acomp", "pcomp") and top.head.i != top.i:
                top = top.head  # climb to the verb ("stopped", "was unable")
            negated = negated and False
        if lemma == "accept" and negated:
            return "denies", top  # "did not accept that P": P rejected
        if lemma in cues.CONFIRM_VERBS:
            return ("not_confirmed" if negated or hedged else "confirms"), top
        if hedged and short_of and lemma in cues.SPEECH_VERBS and not negated:
            # "stopped short of saying that P": P is withheld, as with confirming
            return "not_confirmed", top
        if (negated or hedged) and lemma in cues.WITHHOLD_VERBS and frames.asks_whether(verb):
            # "declined to say whether P", "did not say whether P": P withheld
            return "not_confirmed", top
        if frames.withholds(verb):
            return "not_confirmed", top  # "did not disclose the price", "declined to give details"
        if hedged and not negated and lemma == "comment" and not frames.states_clause(verb):
            # "declined to comment on the reports", "refusing to comment on P":
            # the reports are neither confirmed nor denied ("has not commented
            # on P" only reports a silence)
            return "not_confirmed", top
        if negated and lemma in cues.FINDING_VERBS and frames.states_clause(verb):
            return "not_confirmed", top  # "the inquiry did not find that P": P not established
        if negated and lemma in cues.WITHHOLD_VERBS and frames.states_clause(verb) and any(
                c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in verb.children):
            return "not_confirmed", top  # "cannot say that P": P not vouched for
        if negated and not hedged and frames.found_nothing(verb) is not None:
            return "claims", top  # "did not find any sign of P": the absence found
        if negated or hedged:
            return None, top  # "did not deny", "declined to say", "did not rule out": no stance asserted
        if frames.ruled_out(verb) is not None:
            return "denies", top  # "police ruled out foul play"
        if lemma in cues.SPEECH_VERBS and frames.unsure_whether(verb):
            return "not_confirmed", top  # "said it was not aware whether P": P left open
        if lemma in cues.DENY_VERBS or lemma in cues.SPEECH_VERBS and frames.dismisses_claim(verb):
            return "denies", top  # ("said the rumours were ridiculous": a denial)
        return "claims", top

    # -- the patterns ----------------------------------------------------------
    def cue_verb(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        misread = frames.misread_modifier(verb)  # "Tarnvik Air stated cabin crew acted ...": a finite cue
        if verb.pos_ not in ("VERB", "AUX") or (verb.dep_ in ("amod", "compound") and misread is None):
            return
        if lemma not in cues.SPEECH_VERBS and lemma not in cues.CONFIRM_VERBS and lemma not in cues.DENY_VERBS \
                and not (lemma == "put" and frames.as_aside(verb) is not None) \
                and frames.made_clear(verb) is None and frames.placed_figure(verb) is None \
                and not frames.withholds(verb) and not self.cites_reason(verb) and frames.judged_as(verb) is None \
                and frames.plea(verb) is None:
            # ("P, as X put it"; "X made (it) clear that P"; "X placed the epicentre at P")
            return
        if lemma in _QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.dep_ == "pcomp" and g.lemma_.lower() in cues.SPEECH_VERBS for g in c.children) for c in verb.children):
            return  # "T reported X as saying P": X's statement (the "saying" cue), T only relays it
        if verb.dep_ in ("oprd", "dobj", "pobj", "attr", "appos", "compound") and (
                any(c.dep_ == "det" for c in verb.children)
                or (verb.head.i < verb.i and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ") for t in verb.doc[verb.head.i + 1:verb.i]))):
            return  # "called the X claims propaganda": a noun the tagger took for a verb
        if lemma in cues.CONFIRM_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.CLERICAL_OBJECTS
                                               and any(g.dep_ == "poss" for g in c.children) for c in verb.children) \
                and not self._others_confirm(verb):
            return  # "spoke only to confirm his name": a formality, no proposition
        if verb.tag_ == "VBG" and verb.i > 0 and any(
                t.pos_ == "NOUN" and t.lemma_.lower() in _WORDS_CARRIED
                for t in ((verb.head,) if verb.dep_ in ("acl", "advcl") else ()) + (verb.doc[verb.i - 1],)):
            return  # "protesters with flags saying 'Q'": words carried on a thing, no one's statement
        if lemma == "confirm" and not any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i for c in verb.children) \
                and any(c.dep_ == "dobj" and (c.lower_ in ("him", "her", "them") or c.ent_type_ == "PERSON")
                        for c in verb.children):
            return  # "the Senate confirmed him (as secretary)": an appointment voted, no proposition
        if lemma == "read" and not (self.subject_of(verb) is not None
                                    and self.subject_of(verb).lemma_.lower() in cues.MESSAGE_NOUNS | cues.ISSUED_NOUNS | cues.SITE_NOUNS) \
                and self.message_it(verb) is None:
            return  # only '"P," the statement read' is a cue; "she read the report" is not
        if not frames.construction_ok(verb) and not self.owned_evidence(verb) and not self.cites_reason(verb):
            return  # "the database shows P", "identified him as X"; "the team showed courage" is none
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
            return  # "asked whether she feared P": a question put to her, nothing stated
        if self.judged_then_said(verb):
            return  # "X criticised the plan, saying P": one statement, P's
        if verb.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            return  # "allowed only if a doctor determined P": a condition, no one's statement
        if (lemma in cues.OPINION_VERBS or lemma in cues.JUDGING_AS_VERBS) and self.inside_quote(verb.idx) is not None:
            return  # '"We think P," she said' is her statement, not a second one
        if lemma in cues.THAT_CLAUSE_ONLY and not frames.states_clause(verb) and not frames.interjected(verb) \
                and frames.predicted_object(verb) is None and frames.ruled_on(verb) is None \
                and frames.ruled_out(verb) is None and frames.judged_predicate(verb) is None \
                and frames.gerund_complement(verb) is None and not frames.owned_fault(verb) \
                and frames.found_nothing(verb) is None:  # ("proposed converting X"; "found no evidence of P")
            return  # "found/ruled (that) P" reports a finding; "found the body" does not
        if lemma == "quote" or (lemma == "cite" and verb.tag_ == "VBG" and verb.dep_ == "advcl" and not self.cites_reason(verb)):
            return  # frames of their own ("quoted X as saying"; "T said P, citing Y": Y is T's source)
        described = frames.passive_as(verb)
        lead = self.cue_as_modifier(verb)  # "X's chief, Y, announced on Tuesday there were P"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and described is None and lead is None \
                and not frames.misread_main_verb(verb):
            return  # "a statement published by X": an intermediary, not a claim
        particle = cues.PARTICLE_CUES.get(lemma)
        if particle and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particle and c.i > verb.i for c in verb.children):
            return  # "point" is a cue only as "point out", "brush" only as "brush aside"
        if self.raises(verb):
            return  # "X is reported to have told ...": the embedded cue is the record
        if lemma in cues.QUOTE_ONLY_VERBS and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                                                   and c.lemma_.lower() in cues.SPEECH_VERBS for c in verb.children):
            return  # 'X continued, saying "Q"': one statement, the participle's
        if lemma == "question" and not frames.doubted(verb):
            return  # "police questioned the driver": an interrogation, no statement
        if lemma == "challenge" and (verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
                                     or not any(c.dep_ == "dobj" for c in verb.children)):
            # "X was challenged by reporters over P", "saw X challenged on the
            # basis that P": X was questioned; one denies only by challenging a statement
            return
        if any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in verb.children) and \
                not any(c.dep_ == "neg" for c in verb.children):
            return  # "the logs can reveal where users live", "X must reveal which": no statement made
        if verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ", "VB") and any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever", "once", "until", "unless", "if")
                and c.i < verb.i for c in verb.children):
            return  # "X will return when Y believes P", "... once the regulator says P": not said yet
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) \
                and not any(c.dep_ == "neg" for c in verb.children) \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not self.adjacent_quote(verb.idx, self.phrase_end(verb)):
            return  # "the referee will announce his verdict": nothing said yet
        if frames.decided(verb):
            return  # "voted to review the links and to threaten sanctions": a decision, not a statement
        if frames.neither_nor(verb) is not None and verb.dep_ == "conj":
            return  # "neither confirm nor deny": one record, on the first verb
        relation = None
        top = verb
        exclude: set[int] = set()
        if lemma == "call":
            objs = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj")]
            if any(t.lower_ in cues.DENIAL_CALL_NOUNS for c in objs for t in c.subtree) or frames.rejects_claim(verb) \
                    or frames.calls_denied(verb):
                relation = "denies"
            elif verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ in ("in", "off", "up", "back", "by") \
                    and self.doc[verb.i + 1].head.i == verb.i:
                return  # "called in at X on the way", "called off the talks": a visit, an act
            elif not any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for") for c in verb.children) \
                    and not frames.calls_x_y(verb):
                return
        rel, top = self.stance(verb)
        if rel is None:
            return
        relation = relation or rel
        if verb.dep_ == "xcomp" and self.raises(verb.head):
            top = verb.head  # the cue is "is reported to have told"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not self.has_own_subject(verb) \
                and relation != "denies" and not frames.takes_claim(verb) \
                and not any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "advcl" and any(g.lower_ == "that" for g in c.children))
                            for c in verb.children) and not self.adjacent_quote(verb.idx, self.phrase_end(verb)) \
                and not self.cites_reason(verb) and not frames.charges_on_act(verb):
            return  # "..., predicting a fallback": a gloss on the statement, not a new proposition
        named = frames.what_named(verb)  # "protested what they called 'a sham'"
        if named is None and (any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") for c in verb.children)
                              or (verb.dep_ in ("csubj", "pcomp", "pobj") and any(c.lower_ == "what" for c in verb.subtree))):
            return  # a free relative ("what they said was a strike") is part of another clause
        content = described or (lead[1] if lead is not None else None) \
            or frames.as_aside(verb) or named or misread or frames.at_the_time_clause(verb) or frames.judged_as(verb) \
            or (frames.plea(verb) or (None, None))[1] or frames.answered_no(verb)
        if relation == "not_confirmed" and lemma == "comment" and content is None:
            content = frames.comment_topic(verb)  # "declined to comment on the reports"
            if content is None:
                return
        # ("a pattern described by X as Y"; "as X noted, P"; "said at the time P")
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in verb.children):
            content = frames.relative_content(verb)
            if content is None:
                return  # "regions that X has declared ...", "what he said was": part of another statement
        via = None
        frame_lo = None
        # "T quoted X as saying P": the speaker is the object of "quoted"
        participle = self.quoted_participle(verb)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in _QUOTING_VERBS \
                or participle is not None:
            quoted = participle or verb.head.head
            obj = [c for c in quoted.children if c.dep_ in ("dobj", "nsubjpass")]
            head = obj[0] if obj else None
            # (passive: "X was quoted by T as saying P", T the agent)
            agent = [g for c in quoted.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            teller = agent[0] if agent else (None if obj and obj[0].dep_ == "nsubjpass" else self.subject_of(quoted))
            if teller is not None:
                via = self.res.resolve(teller)
                frame_lo = min(t.idx for t in teller.subtree)
            top = quoted
        else:
            head = self.subject_of(top) if lead is None else lead[0]
            if head is None:
                head = self.inverted_subject(verb)
            if frames.confirmed_with(verb) is not None:  # "T confirmed with X that P": X confirms, T relays
                via, head = (self.res.resolve(head) if head is not None else None), frames.confirmed_with(verb)
        if head is None:
            return
        members = names.member_orgs(self.res, head) or names.listed_members(self.res, head) \
            or names.document_authors(self.res, head)
        if members:  # "researchers at X and Y": a later "the researchers", "the study" is theirs
            self.member_groups[head.lemma_.lower()] = members
        for i, noun, orgs in self.research_groups:  # ("a research team from X and Y has analysed": no statement)
            if i < head.i:
                self.member_groups.setdefault(noun, orgs)
        again = [] if members else groups.named_again(self.member_groups, head) \
            or groups.study_authors(self.member_groups, head) or groups.they_again(self.res, self.last_group, head)
        members = members or again
        if len(members) > 1 or again:  # "researchers at X and Y found", "firms including X and Y said": one record per body
            self.last_group = (head.idx, members)
            for org in members:
                self.emit(verb, lemma, top, head, relation, via, frame_lo, content, speaker=org)
            return
        message = self.message_it(verb, lemma != "read") if lemma in ("read", "say", "state") else None
        issuer = self.res.resolve(message) if message is not None else None
        if issuer is not None:  # "X released a statement. It read, 'Q'": X's
            self.emit(verb, lemma, top, head, relation, via, frame_lo, content, speaker=issuer)
            return
        heads = self.apposed_list(head, top) or self.joint_issuers(head) \
            or self.titles_of_one(self.split_subjects(top, head) + [head] + self.conjoined(head) + self.listed(head))
        owned = self.owned_role(head)
        if owned is not None:  # "The X Institute of A and B's director, Y, said": Y alone
            heads = [owned]
        for h in heads:
            self.emit(verb, lemma, top, h, relation, via, frame_lo, content)

    @staticmethod
    def quoted_participle(verb: Token) -> Token | None:
        """'X is quoted by T responding to the letter: "Q"': the passive
        quoting verb whose agent the participle hangs on (X speaks, T relays)."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
            return None
        node = verb.head
        if verb.dep_ == "acl" and node.dep_ == "pobj" and node.head.dep_ == "agent":
            node = node.head.head
        if node.lemma_.lower() in _QUOTING_VERBS and any(c.dep_ == "nsubjpass" for c in node.children):
            return node
        return None

    def trailing_teller(self, verb: Token, content: tuple[int, int]) -> Mention | None:
        """"P, CNN reported the governor said.": a bare "Y said" after the
        relaying cue, its content before both, names who said P."""
        if content[0] >= verb.idx:
            return None
        for c in verb.children:
            if c.dep_ == "ccomp" and c.i > verb.i and c.lemma_.lower() in cues.SPEECH_VERBS \
                    and not any(g.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for g in c.children):
                subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
                m = self.res.resolve(subject) if subject is not None else None
                if m is not None and m.type != "Place":
                    return m
        return None

    def message_it(self, verb: Token, subject_before: bool = False) -> Token | None:
        """"X released a statement. It read, 'Q'": "it" as the subject of
        "read" is the message named last in this or the previous sentence.
        ``subject_before`` (for "said", "stated"): only a message that was the
        previous sentence's subject ("A statement by X was posted online. It
        said P"); "In a statement published by T, it said P" is the issuer's."""
        subject = self.subject_of(verb)
        if subject is None or subject.lower_ != "it":
            return None
        first = self.doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
        last = verb.sent.start if subject_before else subject.i
        for tok in reversed(self.doc[first:last]):
            if tok.pos_ == "NOUN" and (tok.lemma_.lower() in cues.MESSAGE_NOUNS | cues.ISSUED_NOUNS
                                       or tok.lower_ in cues.MESSAGE_NOUNS):
                return tok if not subject_before or tok.dep_ in ("nsubj", "nsubjpass") else None
        return None

    def titles_of_one(self, heads: list[Token]) -> list[Token]:
        """"Retired navy diver and salvage specialist Jane Roe told": role
        nouns coordinated before a name, the last one run into it, are one
        person's titles; she is the one source."""
        if len(heads) < 2:
            return heads
        last = heads[-1]
        m = self.res.mention_at(last)
        before = self.doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
        if m is None or m.type != "Person" or before is None or before.i not in {h.i for h in heads[:-1]}:
            return heads
        if all(h.pos_ == "NOUN" and h.is_lower and (self.res.mention_at(h) is None
                                                    or self.res.mention_at(h).type != "Person")
               for h in heads[:-1]):
            return [last]
        return heads

    def owned_role(self, head: Token) -> Token | None:
        """"The Institute of Soil and Water Science's director, Jane
        Roe, said", parsed with the body as the subject and its director
        coordinated or set beside it: a role noun right after the
        possessive that closes the subject's name is that body's officer,
        the one source."""
        mention = self.res.mention_at(head)
        if mention is None or mention.type != "Organisation":
            return None
        end = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if end is None or end.end + 1 >= len(self.doc) or self.doc[end.end].lower_ not in ("'s", "\u2019s"):
            return None
        role = self.doc[end.end + 1]
        if role.lower_ in cues.PERSON_NOUNS and role.i in {t.i for t in head.subtree}:
            return role
        return None

    def split_subjects(self, verb: Token, head: Token) -> list[Token]:
        """"X, which makes A, and Y, which makes B, said": a coordination
        the parser split into two subjects of the verb (the first keeps the
        "and"): the first named one is a source too."""
        return [s for s in verb.children if s.dep_ == "nsubj" and s.i < head.i and head.dep_ == "nsubj"
                and any(c.dep_ == "cc" for c in s.children) and self.res.mention_at(s) is not None
                and self.res.mention_at(s).type != "Place"]

    @staticmethod
    def has_own_subject(verb: Token) -> bool:
        return any(c.dep_ in _SUBJ for c in verb.children)

    def joint_issuers(self, head: Token) -> list[Token]:
        """"X and Y issued a (joint) statement saying P", "X and Y issued a
        joint statement ... The joint statement said P": the message's
        issuers, one record each; [] for anything else."""
        if head.lemma_.lower() not in cues.MESSAGE_NOUNS:
            return []
        issued = head if head.dep_ == "dobj" and self.res.issuing(head.head) else self.res.issued_earlier(head)
        if issued is None:
            return []
        subject = self.res.issuing_subject(issued.head)
        both = self.conjoined(subject) if subject is not None else []
        return [subject] + both if both else []

    @staticmethod
    def conjoined(head: Token) -> list[Token]:
        """"X and the head of Y warned": one record per coordinated source."""
        out = []
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                out.append(c)
                out.extend(_Finder.conjoined(c))
        return out

    def listed(self, head: Token) -> list[Token]:
        """Coordinated sources the parser hung elsewhere than on ``conj``:
        "A, B, C and D have all denied P" with B taken for a modifier of A
        (the subject is a list of names, each a source), and "agency head A
        and minister B have both said P" with A the object of the role noun
        (B, coordinated with A, is a source too). Names only."""
        if head.pos_ == "PROPN" and self.res.mention_at(head) is not None:
            # (the head is any item: "Both the X Front and Y Front" hangs the list on its last)
            return [t for t in self.name_list(head) if t.i != head.i]
        out = []
        if head.pos_ in ("NOUN", "PROPN") and self.res.mention_at(head) is None:
            for c in head.children:
                if c.dep_ in ("dobj", "appos", "compound") and c.pos_ == "PROPN" and self.res.mention_at(c) is not None:
                    out.extend(t for t in self.conjoined(c) if t.pos_ == "PROPN" and self.res.mention_at(t) is not None
                               and self.res.mention_at(t).type != "Place")
        return out

    def apposed_list(self, head: Token, verb: Token) -> list[Token]:
        """"Two lawmakers from X, A and B, said P": a plural noun with the
        list of the names it stands for set off by commas before the verb is
        those named, one each (read from the words: the parser often hangs
        the list on the noun's last word)."""
        if head.tag_ != "NNS" or self.res.mention_at(head) is not None or verb.i <= head.i:
            return []
        end = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod", "dep") and head.i < c.i < verb.i])
        if self.doc[end - 1].text != ",":
            return []
        for i in range(head.i + 1, end - 1):
            if self.doc[i].text == ",":
                found = self.name_items(i + 1, end - 1)
                if found:
                    return found
        return []

    def name_items(self, lo: int, hi: int) -> list[Token]:
        """Tokens [lo, hi) read as "A, B(,) and C", every item one whole name
        of a person or body: the last token of each item; [] otherwise."""
        items: list[list[Token]] = [[]]
        for t in self.doc[lo:hi]:
            if t.text == "," or t.lower_ == "and":
                if items[-1]:
                    items.append([])
                continue
            if not items[-1] and (t.lower_ == "the" or t.lower_ == "both" and t.i == lo):
                continue  # "Both the X and the Y said": the determiners are no part of the names
            items[-1].append(t)
        if not items[-1]:
            items.pop()
        if len(items) < 2 or not any(t.lower_ == "and" for t in self.doc[lo:hi]):
            return []
        out = []
        for item in items:
            m = self.res.mention_at(item[-1])
            if m is None or m.type not in ("Person", "Organisation") or m.span.start > item[0].idx \
                    or m.span.end < item[-1].idx + len(item[-1].text):
                return []
            out.append(item[-1])
        return out

    def name_list(self, head: Token) -> list[Token]:
        """The subject phrase of ``head`` read as a list "A, B, C(,) and D"
        (``name_items``); [] for anything else."""
        toks = sorted(t.i for t in head.subtree)
        lo, hi = toks[0], toks[-1] + 1
        if any(i != lo + k for k, i in enumerate(toks)):
            return []
        return self.name_items(lo, hi)

    def emit(self, verb: Token, lemma: str, top: Token, head: Token, relation: str,
             via: Mention | None, frame_lo: int | None, given: tuple[int, int] | None = None,
             speaker: Mention | None = None) -> None:
        """Build one record for a cue and one source head (``speaker`` when
        the rules already know whom the head stands for)."""
        if speaker is None and groups.headline_study(self.res, head):
            # "Study finds P", "Researchers find P" in a headline: whose, the lead says (``lead_study``)
            self.headline_studies.append((verb, lemma, top, head, relation, via, frame_lo, given))
            return
        source, found = self.speaker_for(head, verb.idx)
        if found is not None:  # "producer Tea for [the Road] said": the name as written
            found = names.whole_name(self.res, found, source)
        speaker = speaker or found
        joint = (self.res.group(head) or self.joint_owners(head)) if speaker is None else []  # "They said" after "X and Y were ..."
        if speaker is None and not joint:
            return  # an unnamed individual ("a witness said"): not tied to an entity
        speaker = speaker or joint[0]
        if verb.i in {t.i for t in head.subtree}:  # "X telling Y that ...": only X's name
            exclude = {t.i for t in np_tokens(head)}
        else:
            exclude = {t.i for t in head.subtree}
        cue_toks = self.cue_tokens(verb, top)
        exclude |= {t.i for t in cue_toks}
        content = given or self.content_of(verb, lemma, exclude)
        lo = min(source.start, cue_toks[0].idx, frame_lo if frame_lo is not None else source.start)
        hi = max(source.end, cue_toks[-1].idx + len(cue_toks[-1].text))
        quote = self.adjacent_quote(lo, hi)
        if quote is None and (content is None or lemma in cues.QUOTE_ONLY_VERBS and self.inside_quote(content[0]) is not None) and (
                (verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)) or (
                self.quote_before(lo) is None and (lemma in _TELL_VERBS or lemma in cues.QUOTE_ONLY_VERBS))):
            # '..., telling reporters in Lisbon: "Q"', 'told a porter at the gate,
            # in Spanish, "Q"': the quotation after the addressee and adjuncts
            # ('answered with, "Q"': also for a verb that takes only a quotation)
            quote = self.adjacent_quote(lo, self.phrase_end(verb))
        if quote is None and content is None:  # 'X commented on the ruling: "Q"'
            end = self.phrase_end(verb)
            quote = None if self.cue_before_colon(verb, end) else self.colon_quote(end) or self.colon_block(end)
        first = self.quote_before(lo)
        if lemma in cues.QUOTE_ONLY_VERBS:
            if first is None and quote is None:
                return  # "asked whether P" asserts nothing; a quoted question is an utterance
            content = quote = first if first is not None else quote
        if first is not None and quote != first and content is not None and content[0] < first[1] and first[0] < content[1]:
            quote = first  # the complement is the quote before: '"P," she said, "Q."'
        if quote is not None and (content is None or (content[0] < quote[1] and quote[0] < content[1])):
            content = quote if content is None else (min(quote[0], content[0]), max(quote[1], content[1]))
        if content is None:
            return
        if (quote is not None and quote[1] <= lo) or content[1] <= lo:
            # (also after reported speech: "P, she said. 'Q.'" continues her statement)
            more = self.continued_quote(hi, verb)
            if more is not None:  # '"P," she said, "Q."' / '"P," she said. "Q."'
                content = (content[0], max(content[1], more[1]))
        speaker = self.metonymy(head, speaker, content)
        if head.pos_ == "PRON" and speaker.type == "Person" and len(speaker.name.split()) > 1 \
                and self.inside_quote(content[0] + 1) is not None and re.search(
                rf"\b{re.escape(speaker.name.split()[-1])}\b", self.text[content[0]:content[1]]):
            return  # "'When Sharon kills ...,' he said": no one names himself so; "he" is someone else
        span = self.clean(*content)
        if span is None:
            return
        via = via or self.via_of(top, head)
        cited = self.cited(verb, head)
        if cited is not None:  # "T reported P, citing X": X said it, T relayed it
            speaker, via = cited, speaker
        told = self.trailing_teller(verb, content)
        if told is not None and cited is None and via is None:  # "P, T reported the governor said": the governor's, relayed
            speaker, via = told, speaker
        if via is not None and via.name == speaker.name:
            via = None  # "a report published by X on Monday found P": X's own, not relayed by X
        relay = top.lemma_.lower() in _RELAY_VERBS and not any(c.dep_ == "dobj" for c in top.children)
        spans = [span]
        if (quote is None or quote[1] <= lo) and content[0] >= hi:
            # 'X says P. "Q."': reported speech, then a quotation with no cue of
            # its own bearing it out (broadcast news' paraphrase-then-quote)
            more = self.continued_quote(content[1], verb, True)
            if more is not None and not re.fullmatch(r"[^:]*[.!?]\s+", self.text[content[1]:more[0]]):
                more = None  # (a quotation in the same sentence: 'disagreed with it: "Q"')
            extra = self.clean(*more) if more is not None else None
            if extra is not None:
                spans.append(extra)
        members = joint if joint and speaker is joint[0] else self.res.group(head)
        for member in members or [speaker]:  # "the companies said", "their study shows": one record each
            for one in spans:
                self.recs.append(_Rec(relation, self.span_of(cue_toks), one, source, member, via, verb.i, relay))
        if speaker not in self.described.values():  # (a described source is no antecedent of "the statement")
            self.res.remember(source.start, speaker, plural=head.tag_ in ("NNS", "NNPS"), content=(span.start, span.end))

    def metonymy(self, head: Token, speaker: Mention, content: tuple[int, int]) -> Mention:
        """A country or capital as the source: the organisation acting for it
        (``SpeakerResolver.acting_body``), kept among the named mentions."""
        actor = self.res.acting_body(head, speaker, content)
        if actor is not speaker:
            self.extra.append(actor)
        return actor

    def cue_tokens(self, verb: Token, top: Token) -> list[Token]:
        """The cue words: auxiliaries and negation before the verb ("has not
        immediately confirmed"), a hedging frame ("stopped short of
        confirming"), a particle ("called on"), "quoted ... as saying"."""
        lo, hi = min(verb.i, top.i), max(verb.i, top.i)
        for node in (verb, top):
            for c in node.children:
                if c.dep_ in ("aux", "auxpass", "neg") and c.i < node.i and node.i - c.i <= 3 \
                        and self.res.mention_at(c) is None:  # (a name's particle taken for "do")
                    lo = min(lo, c.i)
        for c in verb.children:
            if c.dep_ in ("prt",) or (verb.lemma_ == "call" and c.dep_ == "prep" and c.i == verb.i + 1):
                hi = max(hi, c.i)
        pair = frames.neither_nor(verb)
        if pair is not None:
            hi = max(hi, pair[1].i)
        return [self.doc[i] for i in range(lo, hi + 1)]

    def lead_study(self) -> None:
        """A headline's "Study finds P" or "Researchers find P" is the
        finding of those whom the first record of the next three sentences
        with researchers or a study as its source speaks for ("A team from
        X and Y found Q": one record each); with no such record, "Study"
        names no one and "Researchers" are a described group, as elsewhere."""
        for verb, lemma, top, head, relation, via, frame_lo, given in self.headline_studies:
            here = self.res.sent_index(head.idx)
            later = sorted((r for r in self.recs if r.cue.start > head.idx and r.source is not None), key=lambda r: r.cue.start)
            lead = next((r for r in later if self.res.sent_index(r.cue.start) - here <= 3
                         and groups.lead_source(self.doc, r.source)), None)
            found = [r.speaker for r in later if lead is not None and r.cue == lead.cue]
            if not found and head.tag_ == "NNS":
                found = [self.speaker_for(head, verb.idx)[1]]
            for speaker in found:
                if speaker is not None:
                    self.emit(verb, lemma, top, head, relation, via, frame_lo, given, speaker=speaker)

    def add_record(self, relation: str, cue: Span, content: Span, source: Span, speaker: Mention, cue_i: int) -> None:
        """A record found by a frame of its own ("P, according to X")."""
        self.recs.append(_Rec(relation, cue, content, source, speaker, None, cue_i))

    # -- driver -----------------------------------------------------------------
    def run(self) -> list[Attribution]:
        for sent in self.doc.sents:
            if not self.article.is_body(sent.start_char, sent.end_char):
                continue
            before = len(self.recs)
            try:
                for tok in sent:
                    if tok.lower_ == "according" or counted_by(tok) is not None:
                        self.according_to(tok)  # (and "by X's count")
                    elif tok.pos_ == "NOUN":
                        self.statement_noun(tok)
                        self.expressed_attitude(tok)
                    elif tok.pos_ == "ADJ":
                        self.stance_adjective(tok)
                    else:
                        self.cue_verb(tok)
                        self.colon_statement(tok)
                self.inverted_cue(sent)
            except (IndexError, ValueError, AttributeError):
                # a parse the rules cannot read costs this sentence only
                del self.recs[before:]
        self.lead_study()
        for lo, hi in self.quotes:
            self.read_quote(lo, hi)
        for lo, hi, prev in quoted_paragraphs(self.text, self.quotes):
            self.carried_quote(lo, hi, prev)
        for turn in find_turns(self.article, self.doc, self.res):  # "Jane Roe: P" in an interview
            self.add_record("claims", turn.cue, turn.content, turn.source, turn.speaker, 0)
        return [Attribution(r.relation, r.cue, r.content, r.source, r.speaker, r.via) for r in nest(self.recs, self.quotes)]


def find_attributions(article: Article, doc: Doc, resolver: SpeakerResolver) -> tuple[list[Attribution], list[Mention]]:
    """All attributions of the article body, and the collective-source
    mentions the rules had to name ("Ukrainian officials")."""
    finder = _Finder(article, doc, resolver)
    recs = finder.run()
    return recs, finder.extra + resolver.made
