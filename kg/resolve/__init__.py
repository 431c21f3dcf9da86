"""Resolve: names -> entities, statements -> canonical claim keys.

Takes names (a ``Mention``'s name and type, or a proposition's parts); gives
corpus-independent entity keys (``Resolver``), the transliteration-aware
folding they are made from (``fold``), the gazetteer of real places and
organisations (``Gazetteer``, data in ``data/``), where GeoNames places
are (``place_coordinates``), and claim keys, quantities,
dates and sketches (``claims``). Extraction reads the gazetteer, so this
layer sits below ``kg.extract`` although it runs after it.
"""

from .claims import (
    COUNT_UNIT,
    QUOTE_PREDICATE,
    ClaimKey,
    body_text,
    claim_key,
    fingerprint,
    looks_like_date,
    parse_number,
    parse_quantity,
    qualifier_before,
    quote_key,
    report_day,
    quote_words,
    resolve_date,
    similarity,
    sketch,
    slots,
    value_text,
)
from .coordinates import decode_arcs, place_coordinates
from .entities import KIN_NOUNS, PERSONAL_STAFF, PORTFOLIO_FIELDS, UNNAMED_PERSON_NOUNS, Resolver, unnamed_group
from .folding import (
    FOLD_VERSION, MENTION_KINDS, entity_key, fold, label_form, mention_kind, org_name_key, person_key,
    slug, surface,
)
from .gazetteer import Entry, Gazetteer

__all__ = [
    "COUNT_UNIT", "KIN_NOUNS", "PERSONAL_STAFF", "PORTFOLIO_FIELDS", "QUOTE_PREDICATE", "ClaimKey", "Entry", "FOLD_VERSION", "Gazetteer", "Resolver", "body_text", "claim_key",
    "MENTION_KINDS", "entity_key", "fingerprint", "fold", "label_form", "looks_like_date", "mention_kind", "org_name_key",
    "parse_number", "parse_quantity", "person_key", "decode_arcs", "place_coordinates", "qualifier_before", "quote_key", "quote_words",
    "report_day", "resolve_date", "similarity", "sketch",
    "slots", "slug", "surface", "UNNAMED_PERSON_NOUNS", "unnamed_group", "value_text",
]
