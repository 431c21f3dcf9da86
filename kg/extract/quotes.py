"""Quotations in an article: where they are, and how they sit next to an
attribution (before it, after it, continued after it). Plain text offsets;
the one rule that needs the parse (``Quotes.continued``) takes a cue test
from the caller, so this module knows no lexicon."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from spacy.tokens import Token

# Only these may stand between a quotation and its attribution: commas,
# colons, dashes, spaces.
GLUE = re.compile(r"^[\s,;:\u2014\u2013\-]*$")
MARKS = "\"“”‘’«»"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quotation spans [start, end) including their marks, paired within each
    paragraph. Curly quotes nest with a stack; straight double quotes pair in
    order; an unmatched mark is ignored (it loses only its own quote). A
    quotation left open at the end of a paragraph continues when the next
    paragraph opens with a quotation mark (the print convention for a quote
    running over several paragraphs).

    >>> t = 'He said: "a b" and “c “d” e” and ” x'
    >>> [t[s:e] for s, e in find_quotes(t)]
    ['"a b"', '“c “d” e”', '“d”']
    >>> t = '“One.' + chr(10) + '“Two,” she said.'
    >>> [t[s:e].replace(chr(10), '|') for s, e in find_quotes(t)]
    ['“One.|“Two,”']
    >>> t = 'Tom: "One. "Two," he said.'
    >>> [t[s:e] for s, e in find_quotes(t)]
    ['"One. "Two,"']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    carry: tuple[str, int] | None = None  # (kind, start) of a quote left open by the previous paragraph
    for para in text.split("\n"):
        straight: int | None = None
        curly: list[int] = []
        single: list[int] = []
        lead = len(para) - len(para.lstrip())
        cont = None
        if carry is not None and para.strip():
            first = para[lead]
            if (carry[0] == "straight" and first == '"') or (carry[0] == "curly" and first in "“«"):
                cont = carry[1]
            carry = None
        for i, ch in enumerate(para):
            at = pos + i
            if ch == '"':
                if straight is None:
                    straight = cont if (cont is not None and i == lead) else at
                elif _reopens(para, i):
                    pass  # a paragraph break lost in flattened text: the open quote runs on
                else:
                    out.append((straight, at + 1))
                    straight = None
            elif ch in "“«":
                curly.append(cont if (cont is not None and i == lead) else at)
            elif ch in "”»":
                if curly:
                    out.append((curly.pop(), at + 1))
            elif ch == "‘" and (i == 0 or not para[i - 1].isalnum()):
                single.append(at)
            elif ch == "’" and single and (i + 1 == len(para) or not para[i + 1].isalnum()):
                out.append((single.pop(), at + 1))
        if para.strip():
            if straight is not None:
                carry = ("straight", straight)
            elif len(curly) == 1:
                carry = ("curly", curly[0])
        pos += len(para) + 1
    return sorted(out, key=lambda q: (q[0], -q[1]))


def _reopens(para: str, i: int) -> bool:
    """A straight mark at ``i`` that opens a quotation although one is open:
    it follows a sentence end and a space and a capital follows it ('... in
    the industry. "We have ...'). Text flattened from paragraphs (feeds,
    news-mail services) keeps the print convention of a quote running over
    paragraphs (no closing mark at the paragraph's end, an opening mark at
    the next one) without the line break; a closing mark sits against its
    last word."""
    return (0 < i < len(para) - 1 and para[i - 1] == " " and para[i + 1].isupper()
            and re.search(r"[.!?]\s+$", para[:i]) is not None)


@dataclass(frozen=True)
class Quotes:
    """The quotations of one text (``find_quotes``) and their neighbours.

    Lookups bisect the spans (sorted by start, as ``find_quotes`` gives
    them) instead of scanning them all: asked once per source, a scan cost
    the square of a long text's length."""

    text: str
    spans: list[tuple[int, int]]

    @cached_property
    def _starts(self) -> list[int]:
        return [q[0] for q in self.spans]

    @cached_property
    def _by_end(self) -> tuple[list[int], list[int]]:
        """Span ends in order, and the index in ``spans`` of each."""
        order = sorted(range(len(self.spans)), key=lambda i: (self.spans[i][1], i))
        return [self.spans[i][1] for i in order], order

    @cached_property
    def _reach(self) -> list[int]:
        """The furthest end of any span up to each index."""
        out, far = [], -1
        for _s, e in self.spans:
            far = max(far, e)
            out.append(far)
        return out

    @cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    def _longest(self, indices) -> tuple[int, int] | None:
        """The longest span among ``indices``, the first in order on a tie."""
        best = None
        for i in sorted(indices):
            q = self.spans[i]
            if best is None or q[1] - q[0] > best[1] - best[0]:
                best = q
        return best

    def inside(self, offset: int) -> tuple[int, int] | None:
        found, j = [], bisect.bisect_left(self._starts, offset) - 1
        while j >= 0 and self._reach[j] > offset:
            if self.spans[j][1] > offset:
                found.append(j)
            j -= 1
        return self._longest(found)

    def _ending_before(self, lo: int) -> list[int]:
        """Indices of the spans that end at ``lo`` or before it with only
        glue, and no line break, between."""
        g = lo
        while g > 0 and self.text[g - 1] != "\n" and GLUE.match(self.text[g - 1]):
            g -= 1
        ends, order = self._by_end
        return order[bisect.bisect_left(ends, g):bisect.bisect_right(ends, lo)]

    def _starting_after(self, hi: int) -> list[int]:
        """Indices of the spans that start at ``hi`` or after it with only
        glue, and no line break, between."""
        e, n = hi, len(self.text)
        while e < n and self.text[e] != "\n" and GLUE.match(self.text[e]):
            e += 1
        return list(range(bisect.bisect_left(self._starts, hi), bisect.bisect_right(self._starts, e)))

    def adjacent(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The longest quotation ending just before char ``lo`` or starting just
        after ``hi`` (only commas, colons, dashes or spaces between)."""
        return self._longest(set(self._ending_before(lo)) | set(self._starting_after(hi)))

    def after_colon(self, hi: int) -> tuple[int, int] | None:
        """The quotation a colon or comma right after char ``hi`` introduces
        ('X commented on the ruling: "Q"', 'X wrote on a forum, "Q"'), on
        the same line, or a colon that ends its paragraph introduces at the
        start of the next ('X said:' then '"Q"' set off as a paragraph)."""
        m = re.match(r"[ \t]*:[ \t]*\n\s*(?=\S)", self.text[hi:]) or re.match(r"[ \t]*[:,][ \t]*", self.text[hi:])
        return self._longest(self._starting_after(hi + m.end())) if m else None

    def paragraph_after_colon(self, hi: int) -> tuple[int, int] | None:
        """The paragraph a colon ending its own introduces when no quotation
        marks set it off ('In a statement X says:' then the statement as a
        block of its own): the next paragraph, up to a full stop, with no
        quotation mark opening it and no longer than a statement runs."""
        m = re.match(r"[ \t]*:[ \t]*\n\s*(?=\S)", self.text[hi:])
        if m is None:
            return None
        start = hi + m.end()
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        block = self.text[start:end].rstrip()
        if not block or block[0] in MARKS or len(block) > 1500 or block[-1] not in ".!?\"”’":
            return None
        return start, start + len(block)

    def before(self, lo: int) -> tuple[int, int] | None:
        """The quotation ending right before char ``lo`` (glue between)."""
        return self._longest(self._ending_before(lo))

    def continued(self, hi: int, verb: Token, is_cue: Callable[[Token], bool],
                  own_sentence: bool = False) -> tuple[int, int] | None:
        """The quotation that carries on a quote after its trailing
        attribution, in the same paragraph: right after the attribution
        ('"P," she said, "Q."'), or opening the next sentence ('"P," she
        said. "Q."', also after a short comma-set adjunct) when no cue of its
        own follows it (a quote with its own "he added" is its own record).
        ``own_sentence``: a quotation closed by a full stop ends its sentence,
        so a cue after it opens the next one ('X says P. "Q." Y says R')."""
        at = bisect.bisect_left(self._newlines, hi)
        line_end = self._newlines[at] if at < len(self._newlines) else len(self.text)
        # (a quotation opening in this paragraph may run on over the next ones)
        first = bisect.bisect_left(self._starts, hi)
        nxt = self.spans[first] if first < len(self.spans) and self.spans[first][0] < line_end else None
        if nxt is None:
            return None
        gap = self.text[hi:nxt[0]]
        if any(ch in MARKS for ch in gap) or len(gap) > 120:
            return None
        if not (GLUE.match(gap) or re.search(r"[.!?]\s+$", gap)):
            return None
        if not GLUE.match(gap) and verb.doc.char_span(hi, nxt[0], alignment_mode="expand") is not None:
            # a new sentence in between must not be narration with a verb of its own
            between = verb.doc.char_span(hi, nxt[0], alignment_mode="expand")
            if any(t.sent.start != verb.sent.start for t in between if not t.is_punct and not t.is_space):
                return None
        end = min(nxt[1], line_end)
        after = verb.doc.char_span(end, line_end, alignment_mode="expand") if nxt[1] < line_end else None
        if after is not None and not (own_sentence and re.search(r"[.]\W?$", self.text[nxt[0]:end])):
            for t in list(after)[:16]:  # (a long source phrase: "Russian Foreign Ministry spokesman X said")
                if t.text in ".!?" and t.i > after.start:
                    break
                if is_cue(t):
                    return None
        return nxt


def quoted_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Paragraphs made of quotations alone, no word outside the marks but
    end punctuation: (start, end, start of the previous paragraph) of each.
    News quotes a speaker over several paragraphs this way; the
    attribution stands only in the first ('"P," said X. // "Q."').

    >>> t = '"P," said X.' + chr(10) + chr(10) + '"Q. R."' + chr(10) + 'Y said S.'
    >>> [(t[s:e], p) for s, e, p in quoted_paragraphs(t, find_quotes(t))]
    [('"Q. R."', 0)]
    """
    out: list[tuple[int, int, int]] = []
    pos, prev = 0, None
    for para in text.split("\n"):
        start, end = pos + len(para) - len(para.lstrip()), pos + len(para.rstrip())
        pos += len(para) + 1
        if start >= end:
            continue
        inner = [(s, e) for s, e in spans if start <= s and e <= end]
        rest, at = [], start
        for s, e in sorted(inner):
            if s >= at:
                rest.append(text[at:s])
                at = e
        rest.append(text[at:end])
        if prev is not None and inner and text[start] in MARKS and not re.sub(r"[\s.,;:!?]", "", "".join(rest)):
            out.append((start, end, prev))
        prev = start
    return out
