"""Claim identity across articles: normalised quantities and times, the claim
key a canonical claim is minted from, and near-duplicate (syndicated)
articles. Pure functions over records and strings; no spaCy, no store.

Identity comes from content, because the store holds one named graph per
article and replaces it whole: two propositions in different articles with
the same key get the same canonical-claim IRI without either article knowing
of the other, and removing an article removes exactly its reports.

>>> parse_quantity("about 1,000 square kilometers")
(1000.0, 'KiloM2', 'about')
>>> parse_quantity("1,800 square kilometers (695 square miles)")
(1800.0, 'KiloM2', None)
>>> parse_quantity("386 square miles")
(999.7, 'KiloM2', None)
>>> resolve_date("on Saturday", "2022-09-13")
'2022-09-10'
>>> resolve_date("September 10", "2022-09-12"), resolve_date("Sept. 15", None)
('2022-09-10', None)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from .folding import fold

# -- quantities ---------------------------------------------------------------

# Unit words -> (QUDT unit code, factor to that unit). Areas and distances are
# normalised to square kilometres and kilometres so figures given in miles in
# one article and kilometres in another compare.
_AREA = r"(?:square|sq\.?)\s+"
UNITS: tuple[tuple[re.Pattern, str, float], ...] = (
    (re.compile(_AREA + r"(?:kilomet(?:er|re)s?|km)\b|km2\b|km²", re.I), "KiloM2", 1.0),
    (re.compile(_AREA + r"miles?\b|mi2\b|mi²", re.I), "KiloM2", 2.589988),
    (re.compile(r"kilomet(?:er|re)s?\b|km\b", re.I), "KiloM", 1.0),
    (re.compile(r"miles?\b", re.I), "KiloM", 1.609344),
)
COUNT_UNIT = "NUM"  # a count of people (QUDT unit:NUM)

# Hedges before a number, longest first ("more than" before "more").
QUALIFIERS = (
    "approximately", "more than", "fewer than", "less than", "as much as", "as many as",
    "at least", "at most", "up to", "roughly", "nearly", "almost", "around", "about",
    "over", "some", "under",
)
# Normalised hedge: the words differ, the meaning is one of four.
_QUALIFIER_NORMAL = {
    "approximately": "about", "roughly": "about", "around": "about", "about": "about",
    "some": "about", "nearly": "up to", "almost": "up to", "as much as": "up to",
    "as many as": "up to", "up to": "up to", "at most": "up to", "under": "up to",
    "less than": "up to", "fewer than": "up to", "more than": "more than", "over": "more than",
    "at least": "at least",
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozens": 24, "a dozen": 12, "dozen": 12,
}
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")
_QUALIFIER_RE = re.compile(r"\b(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+$", re.I)


def parse_number(text: str) -> float | None:
    """A number written in digits ("1,300", "2.5") or in words ("eight")."""
    low = " ".join(text.lower().replace("\u2009", "").split())
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    match = _NUMBER.fullmatch(low)
    return float(match.group(1).replace(",", "")) if match else None


def qualifier_before(text: str) -> str | None:
    """The normalised hedge ending ``text`` ("... around " -> "about")."""
    match = _QUALIFIER_RE.search(text)
    return _QUALIFIER_NORMAL[" ".join(match.group(1).lower().split())] if match else None


def parse_quantity(text: str) -> tuple[float, str, str | None] | None:
    """The first measured amount in ``text``: (value in the normal unit, QUDT
    unit code, qualifier). A parenthesised conversion after it is ignored."""
    for match in _NUMBER.finditer(text):
        rest = text[match.end():].lstrip()
        for pattern, code, factor in UNITS:
            unit = pattern.match(rest)
            if unit:
                value = float(match.group(1).replace(",", "")) * factor
                qual = qualifier_before(text[:match.start()])
                return round_value(value), code, qual
    return None


def round_value(value: float) -> float:
    """Four significant figures: enough to tell figures apart, and a mile
    converted to kilometres does not split a claim on the fifth digit."""
    if value == 0:
        return 0.0
    digits = 4 - len(str(int(abs(value)))) if abs(value) >= 1 else 4
    return round(value, max(digits, 0)) if digits > 0 else float(round(value, digits))


def value_text(value: float) -> str:
    """Canonical decimal text of a value ("2500", "999.7")."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


# -- times --------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", re.I)
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?", re.I)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "yesterday": -1,
             "last night": -1, "the day before yesterday": -2}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso(published: str | None) -> date | None:
    match = _ISO.fullmatch(published or "")
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def looks_like_date(text: str) -> bool:
    """True when ``text`` names a day (a weekday, a month and day, today...)."""
    low = text.lower()
    return bool(_WEEKDAY.search(low) or _MONTH_DAY.search(low) or _DAY_MONTH.search(low)
                or any(w in low for w in _RELATIVE))


def resolve_date(text: str, published: str | None) -> str | None:
    """The ISO day a time expression names, read against the publication date
    ``published``: a weekday is the latest such day on or before it; a month
    and day without a year is in the publication year, or the year before
    when that would be after publication. None when it cannot be resolved."""
    pub = _iso(published)
    low = " ".join(text.lower().split())
    for matcher, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        match = matcher.search(low)
        if match:
            month = MONTHS[match.group(month_group).lower()]
            day, year = int(match.group(day_group)), match.group(3)
            if year is None and pub is None:
                return None
            try:
                when = date(int(year) if year else pub.year, month, day)
                if year is None and when > pub + timedelta(days=1):
                    when = date(pub.year - 1, month, day)
            except ValueError:
                return None
            return when.isoformat()
    if pub is None:
        return None
    for word, delta in sorted(_RELATIVE.items(), key=lambda kv: -len(kv[0])):  # longest first
        if re.search(r"\b" + word + r"\b", low):
            return (pub + timedelta(days=delta)).isoformat()
    match = _WEEKDAY.search(low)
    if match:
        back = (pub.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7
        return (pub - timedelta(days=back)).isoformat()
    return None


# -- claim identity -----------------------------------------------------------

# Predicates of events that happen once between a subject and an object (a
# force enters a town once per campaign): a stated day does not split them,
# so "entered X on Saturday" and "entered X on Sunday" are one claim - but the
# stated year stays in the key, so an entry said to happen in 2025 never
# merges with one of 2022 (a report that states no date meets reports of
# any year). Incidents (attacks, casualties, evacuations) and every other
# frame recur: their resolved day is part of the key, so Monday's shelling
# and Tuesday's are two claims; an undated one is keyed by its report's year.
ONCE_PREDICATES = frozenset({
    "withdrawsFrom", "entered", "captured", "controls", "liberatedArea", "advanced", "distanceFrom",
})
ANY_TIME = "any"
UNDATED = "undated"
QUOTE_PREDICATE = "says"  # the key of a statement matched on its words (``quote_key``)


@dataclass(frozen=True)
class ClaimKey:
    """The fields two propositions must share to be one canonical claim."""

    subject: str  # entity key, or "words:<folded>" for a phrase
    predicate: str  # local name in the controlled set, or a verb frame ("pull_back")
    object: str  # entity key, "<value> <unit>" for a quantity, "words:<folded>" for a phrase
    time: str  # ISO day, a year ("2022"), "any" or "undated"
    negated: bool = False
    modality: str | None = None

    @property
    def text(self) -> str:
        """The key as one readable literal (what kg:matchKey and kg:claimKey hold)."""
        extra = ("; negated=true" if self.negated else "") + (f"; modality={self.modality}" if self.modality else "")
        return (f"subject={self.subject}; predicate={self.predicate}; "
                f"object={self.object}; time={self.time}{extra}")


def time_bucket(predicate: str, stated: str | None, reported: str | None = None) -> str:
    """The time field of a claim key (see ``ONCE_PREDICATES``): ``stated``
    is the day the event is said to have happened, ``reported`` the day of
    the report (said, else published)."""
    if predicate in ONCE_PREDICATES:
        return stated[:4] if stated else ANY_TIME
    if stated:
        return stated
    year = (reported or "")[:4]
    return f"undated {year}" if year else UNDATED


def report_day(article) -> str | None:
    """When an article reports: its publication date (None when unknown:
    an undated report is keyed "any" time, and meets reports of any year)."""
    return article.meta.published or None


def claim_key(prop, resolver, published: str | None = None) -> ClaimKey:
    """The key of a ``Proposition``: resolved entity keys (corpus
    independent), the predicate, the normalised quantity and the time bucket;
    ``published`` is the article's date (the report's year when nothing
    closer is said)."""
    if prop.subject is not None:
        subject = resolver.entity(prop.subject).key
    else:  # a subject phrase naming no entity ("a military coup")
        subject = "words:" + fold(prop.subject_words.text)
    if prop.quantity is not None and prop.object is not None:  # a distance: the place and the amount
        obj = f"{resolver.entity(prop.object).key} {value_text(prop.quantity.value)} {prop.quantity.unit}"
    elif prop.quantity is not None:
        obj = f"{value_text(prop.quantity.value)} {prop.quantity.unit}"
    elif prop.object is not None:
        obj = resolver.entity(prop.object).key
    elif getattr(prop, "object_words", None) is not None:
        obj = "words:" + fold(prop.object_words.text)
    else:
        obj = "-"
    stated = prop.time.date if prop.time is not None else None
    said = prop.said.date if prop.said is not None else None
    return ClaimKey(subject, prop.predicate, obj, time_bucket(prop.predicate, stated, said or published),
                    getattr(prop, "negated", False), getattr(prop, "modality", None))


# -- statements matched on their words ------------------------------------------

QUOTE_ANCHORS = 2  # the k smallest word hashes that name a statement
_STOPWORDS = frozenset("""a an the and or but of to in on at for from by with as is are was were be been
being it its this that these those he she they we i you his her their our my your them us him
not no will would could should may might can has have had do does did said says say told""".split())


def quote_words(text: str) -> list[str]:
    """The content words of a statement, folded (case, accents, spelling)."""
    out = []
    for w in _WORD.findall(text):
        f = fold(w)
        if f and f not in _STOPWORDS and len(f) > 2:
            out.append(f)
    return out


def quote_key(speaker: str, text: str, published: str | None = None,
              article: str | None = None) -> ClaimKey | None:
    """The key of a statement matched on its words: the speaker's entity key
    and the ``QUOTE_ANCHORS`` content words with the smallest hash - a
    bottom-k MinHash sketch of the word set. Two reports of one statement
    share them whenever their word sets differ only outside them: certain
    for the same words in another order, punctuation or spelling, and for
    word sets with Jaccard similarity J roughly with probability J^k.

    A statement of fewer content words ("190 were dead", "she was
    innocent") says too little to be matched across articles: given the
    reporting ``article``'s key, it is keyed on all its words and that
    article (a claim of its own, still found from its speaker); else None."""
    words = set(quote_words(text))
    if len(words) < max(QUOTE_ANCHORS, 4):
        if article is None or not (words or _WORD.search(text)):
            return None
        said = " ".join(sorted(words)) or fold(text)
        return ClaimKey(speaker, QUOTE_PREDICATE, f"words:{said} in:{article}",
                        (published or "")[:4] or ANY_TIME)
    anchors = sorted(words, key=lambda w: hashlib.blake2b(w.encode(), digest_size=8).digest())[:QUOTE_ANCHORS]
    year = (published or "")[:4] or ANY_TIME
    return ClaimKey(speaker, QUOTE_PREDICATE, "words:" + " ".join(sorted(anchors)), year)


# -- syndication --------------------------------------------------------------

SKETCH_SIZE = 64  # MinHash slots: Jaccard error ~ 1/sqrt(64) = 0.125
SHINGLE_WORDS = 5  # word n-grams: wire copy shares long runs, topics share words
SYNDICATION_THRESHOLD = 0.5  # estimated Jaccard at or above which two articles are one copy
_PRIME = (1 << 61) - 1
_MASK32 = (1 << 32) - 1
_rng = np.random.default_rng(20240904)  # fixed: sketches must be equal across runs
_A = _rng.integers(1, 1 << 31, size=SKETCH_SIZE, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, size=SKETCH_SIZE, dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+")


def body_text(article) -> str:
    """The article text without its boilerplate ranges (what is compared)."""
    text, out, pos = article.text, [], 0
    for start, end in article.boilerplate:
        out.append(text[pos:start])
        pos = max(pos, end)
    out.append(text[pos:])
    return " ".join(out)


def sketch(text: str) -> tuple[int, ...]:
    """MinHash sketch of the word 5-shingles of ``text`` (lowercased); an
    empty tuple when the text has fewer words than a shingle."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    if not shingles:
        return ()
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big") for s in shingles),
        dtype=np.uint64, count=len(shingles),
    )
    # (a*h + b) mod 2^61-1 stays below 2^64 since a, b < 2^31 and h < 2^32.
    mixed = (_A[:, None] * hashes[None, :] + _B[:, None]) % np.uint64(_PRIME)
    return tuple(int(v) & _MASK32 for v in mixed.min(axis=1))


def fingerprint(sk: tuple[int, ...]) -> str:
    """The sketch as one hex literal (8 hex digits a slot)."""
    return "".join(f"{v:08x}" for v in sk)


def slots(sk: tuple[int, ...]) -> list[str]:
    """The sketch as 'slot:value' literals: equal literals are equal slots."""
    return [f"{i:02d}:{v:08x}" for i, v in enumerate(sk)]


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity: the share of equal slots."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)
