"""Who speaks a quotation beyond its own sentence: "I"/"we" inside a
quotation whose cue follows it, and a paragraph of quotation alone that
carries on the quotation before it (the print convention). A mixin of the
attribution rules (``attribution._Finder``): it reads the finder's parse,
quotes and records."""

from __future__ import annotations

import re

from kg.records import Mention

from .quotes import MARKS as _MARKS


class QuoteRules:
    """The quotation rules; mixed into the attribution finder."""

    def trailing_speaker(self, quote: tuple[int, int], last: Mention | None) -> Mention | None:
        """Who "I"/"we" inside a quotation is: the source of the cue right
        after it ('"We cannot confirm it," said a police dispatcher': an
        unnamed one, so no one), else ``last``, the latest speaker."""
        after = self.doc.char_span(quote[1], min(len(self.text), quote[1] + 60), alignment_mode="expand")
        for t in list(after or [])[:8]:
            if self.is_cue(t):
                h = self.subject_of(t)
                return self.res.resolve(h) if h is not None and self.inside_quote(h.idx) is None else None
            if t.text in (".", "!", "?") or "\n" in t.text or t.pos_ in ("VERB", "AUX"):
                break  # the quotation's sentence ends, or narration goes on
        return last

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
