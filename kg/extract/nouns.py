"""Nouns of statement as cues: "the ministry's claim that P", "a denial
by X that P", "Y's announcement that Q" (FrameNet's Statement nouns, with
the stance of each in ``cues.STATEMENT_NOUNS``). A mixin of the attribution
rules (``attribution._Finder``): it reads the finder's parse, resolver and
records, and adds records of its own."""

from __future__ import annotations

from spacy.tokens import Token

from . import cues


class NounCueRules:
    """The noun-cue rule; mixed into the attribution finder."""

    def statement_noun(self, noun: Token) -> None:
        """"the ministry's claim that P", "a denial by X that P": a noun of
        statement with a "that" clause (the content) and its source as the
        possessor or a "by"/"from" phrase; the noun is the cue."""
        relation = cues.STATEMENT_NOUNS.get(noun.lemma_.lower())
        if relation is None or noun.tag_ != "NN" or self.inside_quote(noun.idx) is not None:
            return
        clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "advcl")
                  and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        if not clause:
            return
        heads = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in cues.FIRST_PERSON]
        heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause[0].i
                  for g in c.children if g.dep_ == "pobj"]
        if not heads:
            return
        source, speaker = self.speaker_for(heads[0], noun.idx)
        if speaker is None:
            return
        sub = [t for t in clause[0].subtree if t.dep_ != "mark" or t.head.i != clause[0].i]
        span = self.clean(sub[0].idx, sub[-1].idx + len(sub[-1].text))
        if span is None:
            return
        speaker = self.metonymy(heads[0], speaker, (span.start, span.end))
        self.add_record(relation, self.span_of([noun]), span, source, speaker, noun.i)
        self.res.remember(source.start, speaker)
