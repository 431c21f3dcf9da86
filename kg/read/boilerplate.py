"""Mark the parts of an article that are page furniture, not reporting.

Nothing is removed: ``find_boilerplate(text)`` returns sorted, disjoint
``[start, end)`` ranges of ``text`` that extraction skips. The rules are
structural and lexical, never about particular articles:

- page-furniture lines anywhere: interface labels ("Read more", "Show More",
  "Avatar", "N min read"), comment forms ("Leave a Reply"), sign-up and
  donation appeals (an appeal word such as "journalism", "newsletter",
  "contributors", "your help" in a line that speaks to the reader or names an
  outlet, with no quotation marks), and exact repeats of an earlier line;
- the header: short label lines (site or section names) before the first
  line of four or more words;
- the tail: walking back from the end over labels, short lines, author bios
  ("<Name> is a senior editor ...") and teasers of other stories (a paragraph
  cut off mid-sentence, with its headline line), until real prose is reached;
- photo credits at the end of a caption line: "(Jane Doe/Agency via Getty
  Images)", "... 2022. Getty Images" (a caption line of its own stays body);
- share bars, teasers and teaser blocks ("Trending On ..."), credit lines
  ("Reporting by ...; Editing by ...") and captions glued into a paragraph
  (``furniture.py``).

>>> text = "Site\\n\\nTroops enter the town\\n\\nThe army said it entered the town.\\n\\nRead more"
>>> [text[s:e] for s, e in find_boilerplate(text)]
['Site', 'Read more']
"""

from __future__ import annotations

import re

from .furniture import find_furniture
from .metadata import HEADLINE_MAX_WORDS, outlet_regex

# Whole lines (case-folded, trailing punctuation and ellipsis ignored) that are
# interface labels, never reporting.
UI_LABELS = frozenset(
    {
        "advertisement", "advertising", "article image", "avatar", "close", "comments",
        "continue reading", "follow us", "image", "latest news", "latest stories", "leave a comment",
        "leave a reply", "listen to this article", "load more", "menu", "more from", "more stories",
        "most popular", "most read", "news feed", "newsletter", "print", "read more", "read next",
        "recommended", "related", "related articles", "related stories", "share", "share this",
        "share this article", "show more", "sign in", "sign up", "skip to content", "skip to main content",
        "subscribe", "top stories", "trending", "watch", "you may also like", "see also", "photo", "video",
    }
)

_READ_TIME = re.compile(r"^\d{1,3}\s*(?:min|mins|minute|minutes)\s+read$", re.I)

# Phrases of comment forms and paywall notices: unambiguous anywhere.
FORM_PHRASES = (
    "leave a reply", "required fields are marked", "your email address will not be published",
    "log in to hide these messages", "already contributed?", "by entering your email", "clicking sign up",
    "all rights reserved", "sign up for our newsletter", "subscribe to our newsletter", "click here to",
    "this site uses cookies", "accept cookies",
)

# Words of reader appeals (donations, subscriptions, self-promotion). Alone
# they also occur in reporting, so a line needs more evidence (see _is_appeal).
APPEAL_WORDS = re.compile(
    r"\b(?:journalism|newsroom|contributors|subscribe|subscription|subscribers|donate|donation|ad-free|"
    r"membership|newsletter|free press|sign up|your help|support us|join us|terms of service|"
    r"privacy policy)\b",
    re.I,
)
_READER_PRONOUN = re.compile(r"\b(?:we|we['’](?:re|ll|ve)|our|us|you|you['’](?:re|ll|ve)|your)\b", re.I)
_QUOTES = re.compile(r"[\"“”«»„]")

# A line that opens an author bio: "<Name> is a senior news editor ...".
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:is|was|has been|serves as|works as)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:editor|reporter|correspondent|journalist|writer|columnist|producer|"
    r"contributor|author|photographer|photojournalist|anchor|host|fellow|intern)s?\b"
)

# Marks of a photo credit; credits name agencies, photographers "A/B", "via".
_CREDIT_MARK = re.compile(
    r"Getty Images|AP Photo|\bvia\s+[A-Z]|\bHandout\b|Shutterstock|\bREUTERS\b|\bAFP\b"
    r"|/\s*(?:AP|AFP|Reuters|EPA|Pool|Anadolu|Sipa|Bloomberg)\b"
    r"|^(?:Photo|Image|Photograph|Credit)s?:"
)
# A line that is only a credit starts as one or ends in an agency's name (a
# headline such as "Aid reaches the city via Egypt" must not qualify).
_CREDIT_LINE = re.compile(
    r"^(?:Photo|Image|Photograph|Credit)s?:"
    r"|(?:Getty Images|AP Photo|Shutterstock|Handout|REUTERS|AFP"
    r"|/\s*(?:AP|AFP|Reuters|EPA|Pool|Anadolu|Sipa|Bloomberg))\)?$"
)
_CREDIT_IN_PARENS = re.compile(r"\(([^()\n]{2,150})\)\s*$")
_CREDIT_AFTER_SENTENCE = re.compile(r"(?<=[.!?”\"’)])\s+([^.!?\n]{2,150}?)\s*$")
_SENTENCE_END = ".!?…\"”’)]"

HEADER_WORDS = 3  # a header label has at most this many words
SHORT_TAIL_WORDS = 4  # a trailing label/name/job-title line has at most this many
TEASER_MIN_WORDS = 8  # a cut-off teaser paragraph has at least this many


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted, disjoint ``[start, end)`` ranges of ``text`` that are boilerplate."""
    lines = _lines(text)
    if not lines:
        return ()
    marked = [_is_furniture(line, i, lines, len(text)) for i, line in enumerate(lines)]
    whole, parts = find_furniture(lines)  # share bars, teasers, credit lines, glued captions
    for i in whole:
        marked[i] = True
    _mark_repeats(lines, marked)
    _mark_header(lines, marked)
    _mark_tail(lines, marked)
    ranges = [(s, e) for (s, e, _), m in zip(lines, marked) if m]
    ranges += [r for (s, e, content), m in zip(lines, marked) if not m and (r := _credit(content, s))]
    ranges += parts
    return _merge(sorted(ranges), text)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, content) with surrounding blanks trimmed."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        content = match.group()
        stripped = content.strip()
        if not stripped:
            continue
        start = match.start() + (len(content) - len(content.lstrip()))
        out.append((start, start + len(stripped), stripped))
    return out


def _words(content: str) -> int:
    """Words with a letter or digit (a Markdown "#" or a dash is no word)."""
    return sum(1 for token in content.split() if any(c.isalnum() for c in token))


def _ends_sentence(content: str) -> bool:
    return content.rstrip()[-1:] in _SENTENCE_END


def _label(content: str) -> str:
    return content.casefold().rstrip(" .:…»>›→").strip()


def _is_furniture(line: tuple[int, int, str], index: int, lines: list, text_len: int) -> bool:
    start, _, content = line
    label = _label(content)
    if label in UI_LABELS or _READ_TIME.match(label):
        return True
    folded = content.casefold().replace("’", "'")
    if any(phrase in folded for phrase in FORM_PHRASES):
        return True
    return _is_appeal(content, late=start > text_len / 2) or _is_credit_line(content)


def _is_appeal(content: str, late: bool) -> bool:
    """A reader appeal: appeal words, no quotation, and either addressed to the
    reader (we/our/you) or naming an outlet late in the text."""
    if _QUOTES.search(content):
        return False
    hits = len(APPEAL_WORDS.findall(content))
    if hits == 0:
        return False
    if _READER_PRONOUN.search(content):
        return True
    return late and bool(outlet_regex().search(content))


def _is_credit_line(content: str) -> bool:
    return _words(content) <= 8 and not _ends_sentence(content.rstrip(")")) and bool(_CREDIT_LINE.search(content))


def _mark_repeats(lines: list, marked: list[bool]) -> None:
    """An exact repeat of an earlier line (a headline or appeal printed twice)."""
    seen: set[str] = set()
    for i, (_, _, content) in enumerate(lines):
        if content in seen and _words(content) >= 5:
            marked[i] = True
        seen.add(content)


def _mark_header(lines: list, marked: list[bool]) -> None:
    """Short label lines (site or section names) before the headline.

    Only when a headline-like line follows them: a short first line followed
    directly by prose is more likely a short headline than a site name."""
    labels = []
    for i, (_, _, content) in enumerate(lines):
        if marked[i]:
            continue
        if _words(content) <= HEADER_WORDS and not _ends_sentence(content):
            labels.append(i)
            continue
        if _words(content) <= HEADLINE_MAX_WORDS and not content.endswith("."):
            for j in labels:
                marked[j] = True
        return


def _mark_tail(lines: list, marked: list[bool]) -> None:
    """Walk back from the end over furniture, short lines, bios and teasers."""
    i = len(lines) - 1
    while i > 0:
        content = lines[i][2]
        if marked[i] or _BIO.match(content):
            marked[i] = True
        elif _words(content) <= SHORT_TAIL_WORDS and not _ends_sentence(content):
            marked[i] = True
        elif _words(content) >= TEASER_MIN_WORDS and not _ends_sentence(content) and i + 1 < len(lines):
            # A paragraph cut off mid-sentence before page furniture: a teaser
            # of another story, with its headline on the line right above.
            marked[i] = True
            if _directly_above_is_headline(lines, i):
                i -= 1
                marked[i] = True
        else:
            return
        i -= 1


def _directly_above_is_headline(lines: list, i: int) -> bool:
    prev_start, prev_end, prev = lines[i - 1]
    adjacent = lines[i][0] - prev_end <= 2  # only a line break between them
    return adjacent and _words(prev) <= HEADLINE_MAX_WORDS and not prev.rstrip().endswith(".")


def _credit(content: str, start: int) -> tuple[int, int] | None:
    """The photo credit closing a caption line, as a range, if any."""
    for pattern in (_CREDIT_IN_PARENS, _CREDIT_AFTER_SENTENCE):
        match = pattern.search(content)
        if match and _CREDIT_MARK.search(match.group(1)) and _words(match.group(1)) <= 15:
            group = 0 if pattern is _CREDIT_IN_PARENS else 1
            return start + match.start(group), start + len(content.rstrip())
    return None


def _merge(ranges: list[tuple[int, int]], text: str) -> tuple[tuple[int, int], ...]:
    """Join overlapping ranges and ranges separated only by whitespace."""
    out: list[list[int]] = []
    for start, end in ranges:
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip()):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)
