"""Name folding: the comparison keys that entity identity is made from.

``fold`` is the transliteration-aware comparison key: Ukrainian and Russian
romanisations of one name (Verbytsky / Verbytskiy / Verbytskyy, Mykolaiv / Mykolayiv,
Khmelnytskyi / Khmelnytskyy / Khmelnitsky) fold to one string.

>>> fold("Ostap Verbytskiy") == fold("Ostap Verbytskyy") == fold("Ostap Verbytsky")
True
>>> fold("the Kyiv Post's")
'kiv post'
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from kg.records import EntityType

# Bump when ``fold`` changes: ``data/places.json`` stores folded names made
# with this version (folding 600k GeoNames spellings at load takes seconds).
FOLD_VERSION = 1

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?\b|'$")
# Apostrophes (soft-sign marks: Lysychans'k) and dots (U.S.) vanish; every
# other non-alphanumeric run separates words.
_DROP = re.compile(r"['.]")
_SEPARATE = re.compile(r"[^a-z0-9]+")
# Romanisation variants, applied in order to each word.  y and i are one
# letter in the folded key (Mykolayiv/Mykolaiv, Verbytskyy/Verbytskiy), kh and h
# too (Kharkiv/Harkiv); ie/ye after a consonant is a softened e
# (Bilyayev/Biliaiev); a doubled letter counts once (Odessa/Odesa).
_VARIANTS = (
    (re.compile(r"kh"), "h"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[^aeiou])ie"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Transliteration-aware comparison key of a name (lowercase ASCII words).

    >>> fold("Khmelnytskyi") == fold("Khmelnytskyy") == fold("Khmelnitsky")
    True
    >>> fold("Odessa") == fold("Odesa")
    True
    >>> fold("Russia’s") == fold("Russia")
    True
    """
    text = anyascii(name.translate(_APOSTROPHES)).lower().strip()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _DROP.sub("", text)
    words = []
    for word in _SEPARATE.split(text):
        for pattern, repl in _VARIANTS:
            word = pattern.sub(repl, word)
        if word:
            words.append(word)
    return " ".join(words)


def slug(name: str) -> str:
    """The folded name as an id fragment (``fold`` with dashes)."""
    return fold(name).replace(" ", "-") or "unnamed"


def entity_key(type_: EntityType, ident: str) -> str:
    """``person/anna-berg``-like key: the type keeps a place and an
    organisation of the same name apart."""
    return f"{type_.lower()}/{ident}"


# Legal forms dropped from an organisation's key: "Tarnvik Inc.", "Tarnvik
# Corp" and "Tarnvik Corporation" are one company.
_LEGAL_FORMS = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|gmbh|ag|sa|nv|bv)\.?)+$", re.I)
# "Ministry of Health" is the "Health Ministry" (also department, agency).
_OF_FORM = re.compile(r"^(.+?['\u2019]s?\s+)?(ministry|department|agency)\s+of\s+(?:the\s+)?(.+)$", re.I)


# The Arabic article is written al-, el-, Al, El: one word in person keys.
_ARTICLES = {"el": "al"}


def person_key(name: str, given_names: dict[str, str]) -> str:
    """A person's key: the folded name with each given name in the one
    romanisation ``given_names`` maps it to (Mohammed/Muhammad,
    Serhiy/Sergei) and the Arabic article as "al" (el-Dahri/al-Dahri).

    >>> person_key("Hassan el-Rawi", {}) == person_key("Hassan al-Rawi", {})
    True
    """
    words = fold(name).split()
    words = [_ARTICLES.get(w, w) for w in words[:-1]] + words[-1:]
    words = [given_names.get(w, w) for w in words[:-1]] + words[-1:]
    return "-".join(words) or "unnamed"


def org_name_key(name: str) -> str:
    """An organisation's name in the word order and without the legal form
    its key is made from.

    >>> org_name_key("Tarnvik Logistics Inc.")
    'Tarnvik Logistics'
    >>> org_name_key("Ministry of Health")
    'Health Ministry'
    >>> org_name_key("Kenya's Ministry of Health")
    "Kenya's Health Ministry"
    """
    stripped = _LEGAL_FORMS.sub("", name.strip()).strip() or name
    match = _OF_FORM.match(stripped)
    if match:
        stripped = f"{match.group(1) or ''}{match.group(3)} {match.group(2).title()}"
    return stripped


_SURFACE_THE = re.compile(r"^(?:the|The|THE)\s+")
_SURFACE_POSSESSIVE = re.compile(r"['\u2019]s?$")


def surface(text: str) -> str:
    """A surface form as written, minus a leading "the" and a final
    possessive ("the Kyiv Post's" -> "Kyiv Post")."""
    text = " ".join(text.split())
    text = _SURFACE_THE.sub("", text)
    return _SURFACE_POSSESSIVE.sub("", text).strip()


# -- names and references (issue 14) ----------------------------------------
# Words that make a reference a pronoun when they lead it ("it", "they",
# "its forces", "their troops"): the words say who by context, not by name.
PRONOUNS = frozenset(
    "i me my we us our ours you your he him his she her hers it its they them their theirs "
    "itself himself herself themselves ourselves this that these those who whom whose which "
    "one".split()
)
# A head word that makes a lowercase-headed place name a name ("Kharkiv
# region", "Donetsk oblast"): the generic part of a proper place name.
PLACE_DESIGNATORS = frozenset(
    "region oblast province district city county state island islands river sea bay "
    "mountains valley peninsula republic area".split()
)
# Prepositions after the head of a name: "Armed Forces of Russia" is headed
# by "Forces", "the governor of Kharkiv" by "governor".
_POSTMODIFIER = re.compile(r"\s+(?:of|for|in|at|on|from|to|and)\s+", re.I)
# A plural demonym used as a group ("Russians", "Ukrainians", "Koreans"):
# a description of people, not a name of the organisation they stand for.
_PLURAL_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|can)s")
_APOSTROPHE_VARIANTS = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})

MENTION_KINDS = ("name", "pronoun", "role", "description", "metadata")


def mention_kind(text: str, type_: str = "") -> str:
    """How a reference names its entity: "name" (a proper name, acronym or
    transliteration: "Kyiv", "SBU", "Armed Forces of Russia"), "pronoun"
    ("it", "its forces"), "role" (a common noun phrase: "troops", "the
    spokesman"), or "description" (a common noun with proper modifiers:
    "Russian troops", "Russians"). Only names become labels.

    >>> [mention_kind(t) for t in ("Kyiv", "it", "its forces", "troops", "Russian troops")]
    ['name', 'pronoun', 'pronoun', 'role', 'description']
    >>> mention_kind("Kharkiv region", "Place"), mention_kind("the governor of Kharkiv")
    ('name', 'role')
    >>> mention_kind("Omar Fathi el-Rawi"), mention_kind("US authorities")
    ('name', 'description')
    """
    words = surface(text).split()
    if not words:
        return "description"
    first = words[0].strip(".,;:'\u2019")
    if first.lower() in PRONOUNS and not (len(first) > 1 and first.isupper()):  # "US" is no "us"
        return "pronoun"
    if not any(ch.isupper() for ch in "".join(words)):
        return "role"
    head_phrase = _POSTMODIFIER.split(" ".join(words), maxsplit=1)[0].split()
    head = head_phrase[-1].strip(".,;:()\"")
    if not head:
        return "description"
    if len(words) == 1 and _PLURAL_DEMONYM.fullmatch(head):
        return "description"
    # "el-Dahri", "al-Mansur": a name part after a lowercase particle
    if any(part[:1].isupper() for part in re.split(r"[-'\u2019]", head)) or any(
            ch.isdigit() for ch in head):
        return "name"
    if (type_ == "Place" and head.lower() in PLACE_DESIGNATORS and len(head_phrase) > 1
            and head_phrase[-2][:1].isupper()):
        return "name"
    return "role" if not head_phrase[0][:1].isupper() else "description"


def label_form(name: str) -> str:
    """A name as a label: spaces collapsed, apostrophe variants folded to
    one ("Kyiv’s" and "Kyiv's" are one label).

    >>> label_form("Kyiv\u2019s  Mayor") == label_form("Kyiv's Mayor") == "Kyiv's Mayor"
    True
    """
    return " ".join(name.translate(_APOSTROPHE_VARIANTS).split())
