"""Claim identity: quantities and times normalised, keys from content,
MinHash sketches that find near-copies (pure functions, no model)."""

from __future__ import annotations

from dataclasses import replace

from kg.records import Article, Mention, Proposition, Quantity, Span, StatedTime
from kg.resolve.claims import (
    ClaimKey,
    body_text,
    claim_key,
    parse_number,
    parse_quantity,
    quote_key,
    resolve_date,
    similarity,
    sketch,
    time_bucket,
)
from kg.resolve.entities import Resolver
from kg.vocab import canonical_claim_iri


def test_quantities_are_normalised_to_units():
    assert parse_quantity("about 1,200 square kilometers") == (1200.0, "KiloM2", "about")
    assert parse_quantity("1,800 square kilometers (695 square miles)") == (1800.0, "KiloM2", None)
    assert parse_quantity("more than 400 square miles")[:2] == (1036.0, "KiloM2")
    assert parse_quantity("as much as 70 kilometers (43 miles) north") == (70.0, "KiloM", "up to")
    assert parse_quantity("12 mi") is None  # no unit we know: nothing rather than a guess
    assert parse_number("eight") == 8 and parse_number("1,300") == 1300


def test_times_resolve_against_publication_date():
    # 2023-03-15 is a Wednesday
    assert resolve_date("on Monday", "2023-03-15") == "2023-03-13"
    assert resolve_date("Wednesday", "2023-03-15") == "2023-03-15"
    assert resolve_date("March 3", "2023-03-15") == "2023-03-03"
    assert resolve_date("Dec. 30", "2023-01-02") == "2022-12-30"  # not in the future
    assert resolve_date("yesterday", "2023-03-15") == "2023-03-14"
    assert resolve_date("on Monday", None) is None  # unknown publication date: unresolved
    assert resolve_date("4 July 2021", None) == "2021-07-04"


def _prop(text, start, subject, obj=None, predicate="entered", quantity=None, day=None):
    subj = Mention(Span(start, start + len(subject), subject), "Organisation", subject)
    place = Mention(Span(start + 20, start + 20 + len(obj), obj), "Place", obj) if obj else None
    time = StatedTime(Span(0, 3, "Mon"), day) if day else None
    return Proposition(predicate, subj, place, quantity, Span(start, start + 5, text[:5]),
                       Span(0, 10, text[:10]), time=time)


def test_same_proposition_in_two_articles_is_one_key():
    r = Resolver()
    a = _prop("troops entered", 10, "Syrian forces", "Aleppo")
    b = _prop("forces entered", 500, "Syrian troops", "Halab" if False else "Aleppo", day="2023-03-13")
    c = _prop("forces entered", 900, "Syrian troops", "Aleppo", day="2023-03-12")
    ka, kb, kc = claim_key(a, r, published="2023-03-15"), claim_key(b, r), claim_key(c, r)
    assert kb == kc  # entered is not split by the day, only by the year
    assert ka.time == "any" and kb.time == "2023"
    assert canonical_claim_iri(kb.text) == canonical_claim_iri(kc.text)
    assert "predicate=entered" in ka.text and "time=any" in ka.text


def test_an_event_said_to_happen_years_later_is_another_claim():
    r = Resolver()
    a = _prop("troops entered", 10, "Syrian forces", "Aleppo", day="2016-12-19")
    b = _prop("troops entered", 10, "Syrian forces", "Aleppo", day="2024-12-01")
    assert claim_key(a, r) != claim_key(b, r)
    assert claim_key(a, r, published="2024-12-01").time == "2016"  # the stated year, not the report's


def test_any_verb_frame_keeps_negation_and_modality_in_its_key():
    r = Resolver()
    base = _prop("x", 0, "Acme Airlines", "Bali", predicate="suspend")
    no = replace(base, negated=True)
    may = replace(base, modality="may")
    keys = {claim_key(p, r, published="2023-03-15") for p in (base, no, may)}
    assert len(keys) == 3
    assert "negated=true" in claim_key(no, r).text and "modality=may" in claim_key(may, r).text
    assert claim_key(base, r, published="2023-03-15").time == "undated 2023"


def test_quote_key_joins_reprints_of_one_statement_only():
    said = "We will rebuild the harbour bridge before the winter storms arrive, whatever the cost"
    reprint = "\u201cWe will rebuild the harbour bridge before the winter storms arrive \u2014 whatever the cost\u201d"
    other = "The ferry timetable will change next month because of falling passenger numbers"
    k = quote_key("person/jane-roe", said, "2023-03-15")
    assert k == quote_key("person/jane-roe", reprint, "2023-03-16")
    assert k != quote_key("person/jane-roe", other, "2023-03-15")
    assert k != quote_key("person/john-doe", said, "2023-03-15")  # another speaker
    assert quote_key("person/jane-roe", "Yes, indeed.") is None


def test_a_short_statement_is_keyed_on_all_its_words_within_its_article():
    """Too few words to match across articles: a claim of its own article."""
    k = quote_key("person/jane-roe", "Forty were hurt.", "2023-03-15", article="a1")
    assert k.subject == "person/jane-roe" and k.object == "words:forti hurt in:a1"  # folded words
    assert quote_key("person/jane-roe", "forty WERE hurt", "2023-03-15", article="a1") == k
    assert quote_key("person/jane-roe", "Forty were hurt.", "2023-03-15", article="a2") != k
    assert quote_key("person/jane-roe", "...", "2023-03-15", article="a1") is None


def test_incidents_are_split_by_day_and_quantities_by_value():
    r = Resolver()
    q3 = Quantity(Span(0, 5, "three"), 3.0, "NUM")
    q4 = Quantity(Span(0, 4, "four"), 4.0, "NUM")
    k1 = claim_key(_prop("x", 0, "Aleppo", predicate="killed", quantity=q3, day="2023-03-13"), r)
    k2 = claim_key(_prop("x", 0, "Aleppo", predicate="killed", quantity=q3, day="2023-03-14"), r)
    k3 = claim_key(_prop("x", 0, "Aleppo", predicate="killed", quantity=q4, day="2023-03-13"), r)
    assert len({k1, k2, k3}) == 3
    assert k1.object == "3 NUM" and time_bucket("killed", None) == "undated"
    assert isinstance(k1, ClaimKey)


def _article(key, text, boilerplate=()):
    return Article(key, key, text, "0" * 64, boilerplate=boilerplate)


def test_sketch_finds_near_copies_not_topics():
    wire = ("The ministry said on Monday that government forces had entered the northern town "
            "after days of heavy fighting, and officials said aid convoys were waiting at the "
            "border crossing while engineers cleared mines from the main road into the centre. ") * 3
    copy = "Reprinted from a wire service. " + wire.replace("heavy fighting", "intense fighting", 1)
    other = ("Officials in the capital said on Monday that the budget talks had stalled again, "
             "with lawmakers from both parties blaming each other for the delay in passing it. ") * 3
    a, b, c = sketch(wire), sketch(copy), sketch(other)
    assert len(a) == 64 and a == sketch(wire)  # deterministic
    assert similarity(a, b) >= 0.5 > similarity(a, c)
    # boilerplate does not count
    art = _article("k", "HEADER " + wire, boilerplate=((0, 7),))
    assert body_text(art).strip().startswith("The ministry")
