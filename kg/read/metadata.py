"""Article metadata: outlet, publication date, title and URL.

A sidecar ``NAME.json`` next to the article (``foo.txt`` -> ``foo.json``)
wins field by field; whatever it does not give is taken from the HTML page's
metadata or inferred from the text, and listed in ``Meta.inferred``.

Outlets are recognised through the gazetteer ``kg/data/outlets.json`` (data,
not code). The inference weighs evidence: a dateline "CITY (AP) —" counts
most; the outlet narrating its own reporting ("Newsweek has contacted ...",
"Reuters could not independently confirm"), staff lines ("a senior editor for
the Kyiv Independent", "Associated Press writer"), a masthead or byline line
near the top that is just the outlet's name, photo credits and the site's own
boilerplate count less.

>>> infer_outlet("KYIV, Ukraine (AP) — Troops advanced on Saturday.", ())
'AP'
>>> infer_published("A photo taken on September 9, 2022. Fighting went on on Saturday.", ())
'2022-09-10'
"""

from __future__ import annotations

import bisect
import datetime as dt
import email.utils
import json
import os
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from kg.errors import ReadError
from kg.records import Meta
from kg.vocab import article_url

SIDECAR_FIELDS = ("outlet", "published", "title", "url")
MIN_OUTLET_SCORE = 2  # below this the evidence is one passing mention: no guess

# -- the outlet gazetteer -----------------------------------------------------


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """alias (as written) -> canonical outlet name."""
    data = json.loads(resources.files("kg.read").joinpath("data/outlets.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for outlet in data["outlets"]:
        for alias in [outlet["name"], *outlet["aliases"]]:
            table[alias] = outlet["name"]
            table[alias.upper()] = outlet["name"]
    return table


@lru_cache(maxsize=1)
def outlet_regex() -> re.Pattern[str]:
    """Any outlet alias as a whole word, longest first, as written or in capitals."""
    aliases = sorted(_outlets(), key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w/])")


@lru_cache(maxsize=1)
def _outlets_folded() -> dict[str, str]:
    """casefolded alias -> canonical outlet name (built once, not per lookup)."""
    return {alias.casefold(): canon for alias, canon in _outlets().items()}


def canonical_outlet(name: str) -> str | None:
    """The gazetteer's name for ``name`` (any alias, any case), else ``None``."""
    name = name.strip()
    table = _outlets()
    if name in table:
        return table[name]
    return _outlets_folded().get(name.casefold())


# -- sidecars -----------------------------------------------------------------


def sidecar_path(path: str) -> str:
    return os.path.splitext(path)[0] + ".json"


def load_sidecar(path: str) -> dict | None:
    """The validated sidecar of ``path`` (``None`` when there is none).

    Raises ``ReadError`` E105 naming the article and its sidecar when the
    sidecar is not a JSON object, or a field (outlet, published, title, url)
    is not a string or null, ``published`` is not an ISO date or ``url`` is
    not an http(s) URL or a URN. Other fields are ignored. The article fails
    with it: built without its metadata it would get another identity.
    """
    side = sidecar_path(path)
    if not os.path.isfile(side):
        return None

    def bad(reason: str) -> ReadError:
        return ReadError(path, "E105", f"sidecar {side}: {reason}")

    try:
        with open(side, encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise bad(f"invalid JSON at {where}: {exc.msg}") from None
    except UnicodeDecodeError:
        raise bad("sidecar is not UTF-8") from None
    except OSError as exc:
        raise bad(f"cannot read sidecar: {exc.strerror or exc}") from None
    if not isinstance(data, dict):
        raise bad(f"expected a JSON object, got {type(data).__name__}")
    out: dict = {}
    for name in SIDECAR_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            got = type(value).__name__
            raise bad(f"field {name!r} must be a string or null, got {got}")
        value = value.strip()
        if name == "published":
            value = _iso_date(value)
            if value is None:
                got = data[name]
                raise bad(f"field 'published' must be an ISO date (YYYY-MM-DD), got {got!r}")
        if name == "url" and value and article_url(value) is None:
            raise bad(f"field 'url' must be an http(s) URL or a URN, got {value[:80]!r}")
        if value:
            out[name] = value
    return out


def _iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` (from a date or an ISO date-time), else ``None``."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


# -- assembling ---------------------------------------------------------------


def build_meta(
    text: str, boilerplate: tuple[tuple[int, int], ...], given: dict | None, page: dict | None,
    headers: dict | None = None,
) -> Meta:
    """Each field from the first source that has it, in this order (the
    order ``kg build --help`` and the README state):

    1. ``given``: the document's own metadata: a sidecar ``NAME.json``, a
       corpus record's fields, a feed item's link, title and date; the URL a
       page was captured or fetched from (a WARC record's target URI);
    2. ``page``: the HTML page's metadata (title, canonical URL, date, site name);
    3. ``headers``: what its delivery says: a WARC record's date (the capture,
       a bound on publication), the feed's title as the outlet;
    4. inference from the text (``infer_outlet``, ``infer_published``, ``infer_title``).

    Fields not from ``given`` are listed in ``Meta.inferred``.
    """
    given = given or {}
    page = page or {}
    headers = headers or {}
    guessed = {
        "outlet": _page_outlet(page.get("sitename")) or _page_outlet(headers.get("outlet"))
        or infer_outlet(text, boilerplate),
        "published": _iso_date(page.get("date") or "") or to_iso_date(headers.get("published"))
        or infer_published(text, boilerplate),
        "title": page.get("title") or headers.get("title") or infer_title(text, boilerplate),
        "url": article_url(page.get("url")) or article_url(headers.get("url")),
    }
    fields = {}
    inferred = set()
    for name in SIDECAR_FIELDS:
        if given.get(name):
            fields[name] = given[name]
        elif guessed[name]:
            fields[name] = guessed[name]
            inferred.add(name)
    return Meta(**fields, inferred=frozenset(inferred))


def to_iso_date(value) -> str | None:
    """``YYYY-MM-DD`` from the dates corpora and feeds write: ISO dates and
    date-times ("2019-02-07 10:00:00"), RFC 2822 ("Thu, 07 Feb 2019
    10:00:00 GMT"), Unix seconds or milliseconds; else ``None``.

    >>> [to_iso_date(v) for v in ("2019-02-07T10:00:00Z", "Thu, 07 Feb 2019 10:00:00 GMT", 1549533600, "soon")]
    ['2019-02-07', '2019-02-07', '2019-02-07', None]
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    value = value.strip()
    iso = _iso_date(value)
    if iso:
        return iso
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def outlet_name(value: str) -> str:
    """An outlet as a corpus names it: the gazetteer's name when it knows
    it (also for a domain such as ``www.reuters.com``), else as written
    without a leading ``www.``."""
    value = value.strip()
    known = canonical_outlet(value)
    if known:
        return known
    if "." in value and " " not in value:
        value = re.sub(r"^www\.", "", value.lower())
        parts = value.split(".")
        for part in parts[:-1]:
            known = canonical_outlet(part)
            if known:
                return known
    return value


def _page_outlet(sitename: str | None) -> str | None:
    if not sitename:
        return None
    return canonical_outlet(sitename) or sitename.strip()


def _body(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str:
    """``text`` with boilerplate blanked out (same length, so offsets hold)."""
    pieces, pos = [], 0
    for start, end in boilerplate:
        pieces += [text[pos:start], " " * (end - start)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# -- outlet -------------------------------------------------------------------

_DATELINE = re.compile(r"^[^\n()]{0,80}?\((?P<o>[^()\n]{1,60})\)\s*(?:—|–|--?)\s", re.M)
# (pattern, weight) for the words right after / right before an outlet's name:
# how strongly they say "this outlet published the text".
_AFTER = (
    (re.compile(r"\s+(?:has|have|had)\s+(?:contacted|reached out|asked|requested)\b"), 4),
    (re.compile(r"\s+(?:could not|couldn't|couldn’t|cannot|can't|can’t|was unable to|has not been able to|"
                r"did not|didn't|didn’t)\s+(?:\w+ly\s+)?(?:confirm|verify)"), 4),
    (re.compile(r"\s+(?:staff\s+)?(?:writer|reporter|correspondent|journalist|photographer)s?\b"), 3),
    (re.compile(r"\s+(?:saw|witnessed|observed)\b"), 2),
)
_BEFORE = (
    (re.compile(r"\b(?:editor|reporter|correspondent|writer|journalist|columnist|producer|contributor)s?\s+"
                r"(?:for|at|with)\s+(?:the\s+)?$"), 5),
    (re.compile(r"\btold\s+$"), 1),
    (re.compile(r"\bvia\s+$"), 1),
)
CONTEXT = 80  # characters of context read around an outlet's name
DATELINE_WEIGHT = 10
# A masthead or byline line near the top that is only the outlet's name ("Kyiv
# Post", "By Jane Doe, Reuters", "BBC News staff"): the page naming itself.
MASTHEAD_WEIGHT = 6
MASTHEAD_CHARS = 800  # how far from the top such a line may stand
_MASTHEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:by|from)\s+[^\n,|]{1,60}?\s*[,|–—-]\s*)?(?:the\s+)?$",
                              re.IGNORECASE)
_MASTHEAD_AFTER = re.compile(r"[ \t]*(?:(?:staff|reporters?|news\s+desk|newsroom|wire)\b)?[ \t.]*(?:\n|$)",
                             re.IGNORECASE)
BOILERPLATE_MENTION_WEIGHT = 2  # the site's own furniture names the site


def infer_outlet(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str | None:
    """The outlet that most likely published ``text``, or ``None``."""
    scores: Counter[str] = Counter()
    first_seen: dict[str, int] = {}

    def add(alias: str, weight: int, at: int) -> None:
        name = canonical_outlet(alias)
        if name:
            scores[name] += weight
            first_seen.setdefault(name, at)

    starts = [s for s, _ in boilerplate]
    for match in _DATELINE.finditer(text[:3000]):
        add(match.group("o"), DATELINE_WEIGHT, match.start())
    for match in outlet_regex().finditer(text):
        after = text[match.end() : match.end() + CONTEXT]
        before = text[max(0, match.start() - CONTEXT) : match.start()]
        for pattern, weight in _AFTER:
            if pattern.match(after):
                add(match.group(), weight, match.start())
        for pattern, weight in _BEFORE:
            if pattern.search(before):
                add(match.group(), weight, match.start())
        if match.start() < MASTHEAD_CHARS and _MASTHEAD_BEFORE.search(before) and _MASTHEAD_AFTER.match(after):
            add(match.group(), MASTHEAD_WEIGHT, match.start())
        k = bisect.bisect_right(starts, match.start()) - 1
        if k >= 0 and match.end() <= boilerplate[k][1]:
            add(match.group(), BOILERPLATE_MENTION_WEIGHT, match.start())
    if not scores:
        return None
    best = max(scores, key=lambda name: (scores[name], -first_seen[name]))
    return best if scores[best] >= MIN_OUTLET_SCORE else None


# -- publication date -----------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<m>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?")
_DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})\s+" + _MONTH + r"(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")


def _dates(body: str) -> tuple[list[dt.date], list[tuple[int, int]]]:
    """Full dates (with a year) and partial ones (month, day) in ``body``."""
    full: list[dt.date] = []
    partial: list[tuple[int, int]] = []
    for pattern in (_MONTH_DAY, _DAY_MONTH, _ISO):
        for match in pattern.finditer(body):
            month = match.group("m")
            month_no = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
            day = int(match.group("d"))
            try:
                dt.date(2000, month_no, day)  # a leap year: validates month and day
            except ValueError:
                continue
            if match.group("y"):
                try:
                    full.append(dt.date(int(match.group("y")), month_no, day))
                except ValueError:
                    continue
            else:
                partial.append((month_no, day))
    return full, partial


def infer_published(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str | None:
    """The publication date as ``YYYY-MM-DD``, or ``None`` when no year is given.

    The rule, simple on purpose (news style writes the year only when it is not
    the current one, and a photo is never newer than the article using it):
    - the latest full date (with a year) is a lower bound L;
    - dates without a year take L's year, or the next year when all of them
      would fall before L; the publication date is the latest date of all;
    - when that latest date is a full date (typically a photo caption) and the
      text names weekdays, move forward (at most six days) to the most often
      named weekday ("on Saturday"), the day the story is told from.
    Boilerplate is ignored.
    """
    body = _body(text, boilerplate)
    full, partial = _dates(body)
    if not full:
        return None
    lower = max(full)
    candidates = list(full)
    if partial:
        year = lower.year
        placed = [_safe_date(year, m, d) for m, d in partial]
        if all(p is None or p < lower for p in placed):
            placed = [_safe_date(year + 1, m, d) for m, d in partial]
        candidates += [p for p in placed if p]
    best = max(candidates)
    weekdays = Counter(_WEEKDAY.findall(body))
    if weekdays and best in full:
        top = max(_WEEKDAYS, key=lambda w: (weekdays[w], w == _WEEKDAYS[best.weekday()]))
        shift = (_WEEKDAYS.index(top) - best.weekday()) % 7
        best += dt.timedelta(days=shift)
    return best.isoformat()


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February of a common year
        return None


# -- title ----------------------------------------------------------------------

HEADLINE_MAX_WORDS = 25  # also kg.read.boilerplate's bound for a headline line


def infer_title(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str | None:
    """The first body line when it looks like a headline: two to 25 words,
    no final period, not a dateline."""
    body = _body(text, boilerplate)
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        words = len(line.split())
        if 2 <= words <= HEADLINE_MAX_WORDS and not line.endswith(".") and not _DATELINE.match(line + " "):
            return line
        return None
    return None
