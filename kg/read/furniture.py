"""Page furniture that the main-text extractor lets through on real news
pages and that names people or says things without being reporting:

- share bars: "Tweet this Share this", "Share on Facebook Share on Twitter
  Email", also glued to the start or end of a paragraph;
- teasers of other stories: a line ending in a link label ("... central bank
  action Full Article"), a line opened by one ("Read more: <headline>",
  "RELATED: <headline>"), and a block under a heading such as "Trending On
  <outlet>", "Related Coverage", "Most Read", "You may also like" (the heading
  and the headline-like lines after it);
- credit lines: "Additional reporting by A in City; Editing by B and C",
  "(Reporting by A; Writing by B)" closing a paragraph, "A and B contributed
  to this report." (staff who wrote or edited the story, not its sources);
- captions glued to the text: a caption sentence ending in a date, or opened by
  "FILE PHOTO:", followed by a photo credit ("REUTERS/Name"), in the middle
  or at the end of a paragraph.

``find_furniture(lines)`` takes the article's non-blank lines (start, end,
content) and gives the indexes of whole lines that are furniture and the
``[start, end)`` ranges of furniture inside other lines. The rules are
constructions of news pages, never words of particular articles. Names in
these ranges are no entities (``kg.extract`` asks ``furniture_ranges``).

>>> lines = [(0, 19, "Tweet this Share this"), (20, 71, "Reporting by Ann Lee in Oslo; Editing by Tom Ray")]
>>> find_furniture(lines)
({0, 1}, [])
"""

from __future__ import annotations

import re

from .metadata import HEADLINE_MAX_WORDS

# -- share bars -------------------------------------------------------------------

_NETWORK = r"(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Telegram|Messenger|Flipboard|Email|E-mail|SMS)"
_SHARE_ITEM = (
    r"(?:(?:Tweet|Share|Post|Email|E-mail|Print|Save|Pin)\s+(?:this|it)(?:\s+(?:article|story|page|link))?"
    r"|Share\s+(?:on|via|to|with)\s+" + _NETWORK + r"|Share\s+(?:article|story|page)|Copy\s+link"
    r"|" + _NETWORK + r")"
)
_SEP = r"[\s|·•/,]*"
_SHARE_RUN = re.compile(r"(?:" + _SHARE_ITEM + _SEP + r")+")
_SHARE_ALONE = re.compile(r"^(?:" + _SHARE_ITEM + _SEP + r")+$", re.IGNORECASE)
# A share run at the start or end of a paragraph counts when it has two items
# or a two-word item ("Share this"): "Facebook said on Monday" is reporting.
_MULTIWORD_ITEM = re.compile(r"^(?:Tweet|Share|Post|Email|E-mail|Print|Save|Pin|Copy)\s")

# -- teasers -----------------------------------------------------------------------

_LINK_LABEL_END = re.compile(
    r"(?:^|\s|…)(?:Full Article|Full Story|Read More|Read more|Read the full (?:story|article)|"
    r"Read full (?:story|article)|Continue Reading|Continue reading|Keep reading|Read on)\s*[.…»>›→]*$"
)
_LINK_LABEL_START = re.compile(
    r"^(?:Read more|READ MORE|Read More|Related|RELATED|Also read|ALSO READ|Also Read|Read also|See also|SEE ALSO|"
    r"More|MORE|Watch|WATCH|Listen|LISTEN|Recommended|RECOMMENDED|Don['’]t miss|DON['’]T MISS)\s*[:|]\s+"
)
_BLOCK_HEADING = re.compile(
    r"^(?:Trending|Related|Recommended|Popular|More (?:from|on|in|stories|news|coverage)|"
    r"Most (?:read|popular|viewed|shared|watched)|Editor['’]?s['’]? (?:picks|choice)|Top stories|"
    r"Latest (?:news|stories|headlines|videos)|You (?:may|might) (?:also )?(?:like|be interested)|"
    r"Also (?:read|on|in)|Read next|Don['’]t miss|Sponsored|Around the web|Further reading|In other news|"
    r"What to read next|Explore more|Top picks)\b",
    re.IGNORECASE,
)
BLOCK_HEADING_MAX_WORDS = 6
BLOCK_MAX_ITEMS = 12

# -- credit lines ------------------------------------------------------------------

_ROLE = (r"(?:reporting|writing|editing|research|compiled|compilation|contributing|production|graphics|"
         r"fact[- ]checking|translation|translated|photos|photography|video|design|data|additional reporting)")
_CREDIT_START = re.compile(
    r"^\(?\s*(?:(?:additional|further|earlier|previous|more)\s+)?" + _ROLE + r"\s+(?:by|from)\s"
    r"|^\(?\s*(?:with\s+(?:additional\s+)?reporting\s+(?:by|from)|contributing|contributors?)\s*[:\s]"
    r"|^\(?\s*(?:reported|written|edited|compiled)\s+by\s",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+(?:reporting|research|to\s+this))?(?:\s+(?:to\s+this|this))?\s+"
                          r"(?:report|story|article|piece)\.?\)?$|\bcontributed\s+(?:reporting|research)\.?\)?$",
                          re.IGNORECASE)
# The only lower-case words of a credit line: names, places and outlets are capitalised.
_CREDIT_WORDS = frozenset(
    "and in at by from with of the for on additional further earlier previous more also reporting writing editing "
    "research compiled compilation contributing contributed contributors contributor production graphics "
    "fact-checking checking translation translated photos photography video design data staff writer writers "
    "reporter reporters correspondent correspondents desk bureau newsroom report story article piece this to "
    "de van von der den da das dos du di del della la le el al bin ibn ben".split()
)
_CREDIT_TAIL_PARENS = re.compile(r"\((?:[^()]{0,40}?)(?:reporting|writing|editing)\s+by\b[^()]*\)\s*$", re.IGNORECASE)
_CREDIT_TAIL = re.compile(r"(?<=[.!?”\"’])\s+((?:(?:Additional|Further)\s+reporting|Reporting|Writing|Editing|Compiled)"
                          r"\s+by\s.*)$")

# -- glued captions ------------------------------------------------------------------

_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:REUTERS|Reuters|AFP|AP Photo|AP|EPA(?:-EFE)?|Anadolu|Bloomberg|Xinhua|Pool)\s*/\s*"
    r"(?:(?!(?:The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|Officials|Police|Mr|Ms|Mrs|Dr)\b)"
    r"[A-Z][\w'’.-]*(?:\s|$)){1,3}"
    r"|\b(?:via\s+)?Getty Images\b|\bShutterstock\b)"
)
# A paragraph given again in another language, marked with its language's
# code ("((es))Spanish language: ..."): the same words as the one before,
# in a language the English pipeline cannot read.
_TRANSLATION_LINE = re.compile(r"\(\([a-z]{2,3}\)\)")
_CAPTION_LABEL = re.compile(r"\b(?:FILE PHOTO|File photo|File Photo|PHOTO|Pictured|IMAGE)\s*:")
_DATE_END = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+"
    r"(?:19|20)\d{2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:19|20)\d{2})\.?\s*$"
)
# A sentence starts after . ! ? (not after "U.S." or "Mr.") and a space, at a capital.
_SENTENCE_START = re.compile(r"(?<=[.!?”\"’])(?<!\bU\.S\.)(?<!\bU\.K\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
                             r"(?<!\bJr\.)\s+(?=[A-Z“\"‘])")


def find_furniture(lines: list[tuple[int, int, str]]) -> tuple[set[int], list[tuple[int, int]]]:
    """(indexes of whole furniture lines, furniture ranges inside other lines)."""
    whole: set[int] = set()
    parts: list[tuple[int, int]] = []
    block = 0  # items left in a teaser block
    for i, (start, _end, content) in enumerate(lines):
        if block and _is_headline_like(content):
            whole.add(i)
            block -= 1
            continue
        block = 0
        if _is_block_heading(content):
            whole.add(i)
            block = BLOCK_MAX_ITEMS
            continue
        if (_SHARE_ALONE.match(content) or _LINK_LABEL_END.search(content) or _is_link_label_line(content)
                or is_credit(content) or _TRANSLATION_LINE.match(content)):
            whole.add(i)
            continue
        parts += [(start + s, start + e) for s, e in _inner(content)]
    return whole, parts


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Sorted ``[start, end)`` ranges of ``text`` that are share bars, teasers,
    credit lines or glued captions (a subset of ``find_boilerplate``):
    extraction takes no name from them."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        content = match.group()
        stripped = content.strip()
        if stripped:
            start = match.start() + (len(content) - len(content.lstrip()))
            lines.append((start, start + len(stripped), stripped))
    whole, parts = find_furniture(lines)
    return sorted([(lines[i][0], lines[i][1]) for i in whole] + parts)


def is_credit(content: str) -> bool:
    """A line (or a parenthesised aside) crediting the staff who reported,
    wrote or edited a story: "Reporting by A in City; Editing by B".

    >>> is_credit("Additional reporting by Ann Lee in Oslo; Editing by Tom Ray and Kim Ode")
    True
    >>> is_credit("Reporting by the BBC showed that the minister knew.")
    False
    """
    content = content.strip()
    if not (_CREDIT_START.match(content) or _CONTRIBUTED.search(content)):
        return False
    if len(content.split()) > 40:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", content)
    return all(w[0].isupper() or w.casefold() in _CREDIT_WORDS or w.casefold().endswith(("'s", "’s"))
               for w in words)


def _is_block_heading(content: str) -> bool:
    words = content.split()
    return (len(words) <= BLOCK_HEADING_MAX_WORDS and not content.rstrip().endswith((".", "!", "?", "”", '"'))
            and bool(_BLOCK_HEADING.match(content)))


def _is_headline_like(content: str) -> bool:
    """A teaser item: a headline (no closing period), or a short teaser line."""
    words = len(content.split())
    return 0 < words <= HEADLINE_MAX_WORDS and not content.rstrip().endswith(".")


def _is_link_label_line(content: str) -> bool:
    """"Read more: <headline>", "RELATED: <headline>"."""
    match = _LINK_LABEL_START.match(content)
    return bool(match) and _is_headline_like(content[match.end():])


def _inner(content: str) -> list[tuple[int, int]]:
    """Furniture inside a line of reporting: a share run at its start or end,
    a credit closing it, a caption (with its photo credit) glued into it."""
    out = []
    for match in (_SHARE_RUN.match(content), _last_share_run(content)):
        if match and _counts_as_share(match.group()):
            out.append((match.start(), match.end()))
    paren = _CREDIT_TAIL_PARENS.search(content)
    if paren and is_credit(paren.group().strip("() ")):
        out.append((paren.start(), len(content)))
    tail = _CREDIT_TAIL.search(content)
    if tail and is_credit(tail.group(1)):
        out.append((tail.start(1), len(content)))
    for credit in _PHOTO_CREDIT.finditer(content):
        caption = _caption_before(content, credit.start())
        if caption is not None:
            out.append((caption, _credit_end(content, credit.start(), credit.end())))
    return out


def _credit_end(content: str, start: int, end: int) -> int:
    """The end of a photo credit's name run: two names after the slash (a
    third only at the end of the line), fewer when a lower-case word follows
    ("REUTERS/Jane Roe Lawmakers met", "REUTERS/Jan Vos Although Hong Kong ...")."""
    words = content[start:end].split()
    if "/" in words[0] and len(words) == 3 and content[end:].strip():
        end = start + content[start:end].rstrip().rfind(" ")
    while True:
        rest = content[end:].lstrip()
        words = content[start:end].rstrip().split()
        if not rest[:1].islower() or len(words) < 2 or "/" in words[-1]:
            return end
        end = start + content[start:end].rstrip().rfind(" ")


def _last_share_run(content: str):
    for match in _SHARE_RUN.finditer(content):
        if match.end() == len(content) and match.start() > 0:
            return match
    return None


def _counts_as_share(run: str) -> bool:
    items = re.findall(_SHARE_ITEM, run)
    return len(items) >= 2 or any(_MULTIWORD_ITEM.match(item) for item in items)


def _caption_before(content: str, credit_start: int) -> int | None:
    """Where the caption sentence right before a photo credit starts, when
    that sentence is a caption (ends with a date, or opens with "FILE PHOTO:")
    and some reporting precedes it on the line; else ``None``."""
    before = content[:credit_start].rstrip()
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(before)]
    sentence = starts[-1]
    for m in _CAPTION_LABEL.finditer(before):
        if m.start() >= (starts[-2] if len(starts) > 1 else 0):
            sentence = m.start()
    if not (_CAPTION_LABEL.match(before, sentence) or _DATE_END.search(before)):
        return None
    return sentence if sentence > 0 else None
