"""Who speaks a quotation beyond its own sentence: "I"/"we" inside a
quotation whose cue follows it, and a paragraph of quotation alone that
carries on the quotation before it (the print convention). A mixin of the
attribution rules (``attribution._Finder``): it reads the finder's parse,
quotes and records."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.records import Mention

from . import cues
from .quotes import MARKS as _MARKS

# '"Q," read the warning.' / '"Q," the statement reads.' right after a quotation.
_READ_AFTER = (
    re.compile(r"[ \t]*,?[ \t]*(?P<cue>read|reads)[ \t]+(?P<source>(?:the|a|an|its|their|his|her)[ \t]+"
               r"(?:[\w-]+[ \t]+){0,2}?(?P<noun>[a-z]+))[ \t]*[.;]"),
    re.compile(r"[ \t]*,?[ \t]*(?P<source>(?:the|its|their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>[a-z]+))"
               r"[ \t]+(?P<cue>read|reads)[ \t]*[.;]"),
)


# Verbs whose subject is a text or a list, never a speaker, before a colon
# and a quotation ("the sign read:", "the demands included:").
_NO_SPEAKING = frozenset({"read", "include", "list", "contain", "feature", "show", "chant", "sing"})


class QuoteRules:
    """The quotation rules; mixed into the attribution finder."""

    def trailing_speaker(self, quote: tuple[int, int], last: Mention | None) -> Mention | None:
        """Who "I"/"we" inside a quotation is: the source of the cue right
        after it ('"We cannot confirm it," said a police dispatcher': an
        unnamed one, so no one), or of the cue right before it ('The
        neighbour said: "I saw it"'), else ``last``, the latest speaker."""
        after = self.doc.char_span(quote[1], min(len(self.text), quote[1] + 60), alignment_mode="expand")
        for t in list(after or [])[:8]:
            if self.is_cue(t):
                h = self.subject_of(t)
                return self.res.resolve(h) if h is not None and self.inside_quote(h.idx) is None else None
            if t.text in (".", "!", "?") or "\n" in t.text or t.pos_ in ("VERB", "AUX"):
                break  # the quotation's sentence ends, or narration goes on
        before = self.doc.char_span(max(0, quote[0] - 80), quote[0], alignment_mode="expand")
        for t in reversed(list(before or [])[-8:]):
            if t.idx >= quote[0]:
                continue
            if self.is_cue(t):  # 'The father said "I love my children"': the cue's source, or no one
                h = self.subject_of(t)
                return self.res.resolve(h) if h is not None and self.inside_quote(h.idx) is None else None
            if t.text in (".", "!", "?") or "\n" in t.text or t.pos_ in ("VERB", "AUX"):
                break
        return last

    def colon_statement(self, verb: Token) -> None:
        """'X spoke to the press after the speech: "Q"', 'X took a parting
        shot on Twitter: "Q"': a main clause whose subject is a named source
        and that ends in a colon right before a quotation introduces that
        source's words, whatever its verb (a verb of saying is a cue of its
        own; a text's "read", "include" or "list" quotes no speaker)."""
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_SPEAKING \
                or self.is_cue(verb) or self.inside_quote(verb.idx) is not None:
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() in cues.MESSAGE_NOUNS:
            return
        end = self.phrase_end(verb)
        if not re.match(r"[ \t]*:", self.text[end:]) or self.cue_before_colon(verb, end):
            return
        quote = self.colon_quote(end)
        if quote is None or any(r.content.start < quote[1] and quote[0] < r.content.end for r in self.recs):
            return
        self.emit(verb, verb.lemma_.lower(), verb, subj, "claims", None, None, given=quote)

    def inverted_cue(self, sent) -> None:
        """'Added Jane Roe: "Q"', 'Remarked team scientist Jane Roe, "Q"':
        a past tense of saying that opens its sentence, before the source's
        name and a comma or a colon, introduces that source's quotation
        (the inversion of feature writing, which the small parser reads as
        a modifier of the name)."""
        words = [t for t in sent if not t.is_space]
        if len(words) < 4:
            return
        verb = words[0]
        low = verb.text.lower()
        forms = {verb.lemma_.lower(), low[:-2], low[:-1]}  # ("Remarked" tagged an adjective keeps its own lemma)
        if not (verb.is_title and verb.tag_ in ("VBD", "VBN", "JJ", "NNP") and low.endswith(("ed", "id", "ote"))
                and forms & cues.SPEECH_VERBS) or any(r.cue.start == verb.idx for r in self.recs):
            return
        stop = next((t for t in words[1:] if t.text in (",", ":")), None)
        if stop is None or stop.i - verb.i < 2:
            return
        name = self.res.mention_at(self.doc[stop.i - 1])
        quote = self.colon_quote(self.doc[stop.i - 1].idx + len(self.doc[stop.i - 1].text))
        if name is None or name.type not in ("Person", "Organisation") or quote is None \
                or any(r.content.start < quote[1] and quote[0] < r.content.end for r in self.recs):
            return
        content = self.clean(quote[0], quote[1])
        if content is None:
            return
        source = self.span_of(list(self.doc[verb.i + 1:stop.i]))
        self.add_record("claims", self.span_of([verb]), content, source, name, verb.i)

    def read_quote(self, lo: int, hi: int) -> None:
        """'"Q," read the warning.' and '"Q," the statement reads.': a
        message noun that "reads" a quotation, inverted or not, which the
        small parser reads as an order or a noun. The message's issuer
        (named with it, or the one who issued it just before) said Q."""
        m = _READ_AFTER[0].match(self.text, hi) or _READ_AFTER[1].match(self.text, hi)
        if m is None or m.group("noun").lower() not in cues.MESSAGE_NOUNS | cues.ISSUED_NOUNS \
                or not self.article.is_body(lo, hi) \
                or any(r.content.start < hi and lo < r.content.end for r in self.recs):
            return
        noun = self.doc.char_span(m.start("noun"), m.end("noun"))
        cue = self.doc.char_span(m.start("cue"), m.end("cue"))
        if noun is None or cue is None:
            return
        source = self.doc.char_span(m.start("source"), m.end("noun"))
        speaker = self.res.resolve(noun.root)
        content = self.clean(lo, hi)
        if speaker is None or content is None or source is None:
            return
        self.add_record("claims", self.span_of(list(cue)), content, self.span_of(list(source)), speaker, cue.root.i)

    def carried_quote(self, lo: int, hi: int, prev: int) -> None:
        """A paragraph of quoted sentences alone after a paragraph that ends
        with a quotation and its attribution ('"P," said X.' / '"Q."')
        carries on that quotation (the print convention): one statement, as
        '"P," she said, "Q."' is. After narration, or with a cue of its own,
        it is no one's here; a quoted crosshead ("'X IS RETREATING'") is none."""
        words = self.text[lo:hi].strip(_MARKS + " ")
        if not self.article.is_body(lo, hi) or not re.search(r"[.!?…]$", words) or words.upper() == words \
                or any(lo <= r.cue.start < hi or lo <= r.content.start < hi for r in self.recs):
            return
        before = [r for r in self.recs if prev <= r.content.end <= lo and r.speaker is not None]
        if not before:
            return
        last = max(before, key=lambda r: r.content.end)
        quote = self.inside_quote(last.content.end - 1)
        if quote is None:
            return  # the paragraph's last statement is reported speech, not a quotation
        end = max([quote[1]] + [x.end for x in (last.cue, last.source) if x is not None and x.start >= prev])
        tail = self.doc.char_span(end, lo, alignment_mode="expand")
        own = [self.doc.char_span(a, b, alignment_mode="expand") for a, b in ((last.cue.start, last.cue.end),
                                                                              (quote[1] - 1, quote[1]))]
        if tail is None or None in own or any(t.sent.start not in {o[0].sent.start for o in own}
                                              for t in tail if not (t.is_punct or t.is_space)):
            return  # narration after the attribution: the quotation may be anyone's
        span = self.clean(last.content.start, hi)
        if span is not None:
            last.content = span
