"""``kg_doc_consistency_v1``: fix the small model's entity errors with the
gazetteer and the document itself.

Rules, in the order ``consistent_ents`` applies them (each a small function
over spans):
1. trim and split: an entity does not start or end with a verb, adverb or
   punctuation ("Capturing Mosul" -> "Mosul") nor take the acronym in
   parentheses after it; a list of known places is split ("Mosul, Tikrit");
   an organisation head followed by a full name is an organisation and a
   person ("Ground Forces" + the commander's name).
2. context: a small one-word "place" that says something is a person; the
   capitalised words after an honorific are a person ("Mr. Dorn") and role
   words leave a person's span ("Winger X"); the capitalised words after a
   kind noun are an organisation ("the newspaper X"), as is a name ending
   in a company designator ("Tarnvik Inc."); a name takes the capitalised
   words before it when together they spell a longer name the document
   writes; "<country>'s <organisation>" is one organisation, and so is a
   demonym before a body named by common words ("Vorlandish Air
   Authority"); a word written
   after an honorific is a person wherever it appears, and so is a short
   proper name ending in it; repeats of multi-word names are marked; the
   capitalised object of "said on" is a platform.
3. gazetteer types: a span that names a gazetteer organisation or place gets
   that type, unless the document uses it as a person's surname (the last
   word, transliteration-folded, of a full-name PERSON).
4. missed places: a proper-noun token the model left out that names a
   gazetteer place becomes a place (a known surname becomes the person);
   "<place> region/oblast/district" is one span; a small one-word place
   right after an unknown capitalised word is a person's surname.
5. one surface form, one type: every span with the same folded text gets the
   majority type (gazetteer-backed spans vote first).
6. not names: a demonym ("Ukrainian") is NORP, never a place; an organisation
   named by an event noun ("... Operation") is an EVENT; dropped are spans
   without a capital letter (and no gazetteer id), the X of a "pro-X" /
   "anti-X" adjective, a sentence-initial word the tagger reads as a common
   noun ("Videos shared ..."), and the capitalised word of a title
   ("Secretary of State"). Weapon systems come from the gazetteer as PRODUCT.
7. things: names the text uses as a thing's (a product, software, a
   disease, an effect) become PRODUCT, titles of works WORK_OF_ART
   (``kg.extract.things``).
8. whole names and types from shape and context: a name the model cut is
   joined, a web address or a brand's word is a body's, a place's words
   around a name make it a place, a role noun before one a person's
   (``kg.extract.name_kinds``).
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.resolve import Gazetteer, fold

from .cues import ORG_NOUNS, PERSON_NOUNS
from .name_kinds import BODY_HEADS, aged_persons, role_apposed, typed_names, unsupported_variants, whole_names
from .name_words import (  # the consistency rules' word lists
    TERMS_OF_A_LEADER,
    ORG_HEADS as _ORG_HEADS,
    DOCUMENT_HEADS as _DOCUMENT_HEADS,
    EVENT_HEADS as _EVENT_HEADS,
    STANCE_PREFIXES as _STANCE_PREFIXES,
    TITLE_HEADS as _TITLE_HEADS,
    HONORIFICS as _HONORIFICS,
    OFFICE_TITLES as _OFFICE_TITLES,
    PLACE_LABELS as _PLACE_LABELS,
    KIN as _KIN,
    MEMBER_TITLES as _MEMBER_TITLES,
    ROLE_TITLES as _ROLE_TITLES,
    ROLE_ENDINGS as _ROLE_ENDINGS,
    LOCATIVE as _LOCATIVE,
    PLACE_KINDS as _PLACE_KINDS,
    TIME_ZONES as _TIME_ZONES,
    KIND_NOUNS as _KIND_NOUNS,
    ORG_DESIGNATORS as _ORG_DESIGNATORS,
    NAME_PARTICLES as _NAME_PARTICLES,
)
from .things import non_entity_spans
from .unnamed import PERSON_NOUNS as SOURCE_NOUNS

# Set on a capitalised word of occupation or office right before a person's
# name ("Broadcaster [Ann Lee]"): a role, never a given name.
if not Token.has_extension("kg_role"):
    Token.set_extension("kg_role", default=False)

# Labels this project turns into entities; others (DATE, CARDINAL...) pass through.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A name never starts or ends with these parts of speech ("Capturing Mosul",
# "Videos ... ", "Kyiv ,").
_EDGE_POS = frozenset({"VERB", "AUX", "ADV", "PUNCT", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "SPACE"})
# Smallest GeoNames population for adding a place the model missed entirely:
# small places share names with common words.
_MIN_MISSED_POPULATION = 5000
# Places this large are named metonymically ("Kyiv said"); smaller ones that
# say or report something are people the model mistook for places.
_BIG_PLACE = 100_000
# A city this large, written whole, is no person's full name ("Buenos Aires").
_METROPOLIS = 1_000_000
# Verbs of saying: their subject is a speaker (a person or organisation).
_SPEECH_LEMMAS = frozenset({"say", "tell", "report", "write", "add", "tweet", "post", "claim",
                            "announce", "confirm", "deny", "note", "explain", "contribute"})


# The lookup table of lowercase English words left on the pipeline's
# vocabulary, which every Doc of the pipeline shares (read by ``entity_filter``).
WORDS_TABLE = "kg_english_words"


@Language.factory(
    "kg_doc_consistency_v1",
    requires=["doc.ents", "token.pos"],
    assigns=["doc.ents", "token._.kg_role", "token.pos", "token.tag"],
)
def make_doc_consistency(nlp: Language, name: str):
    words = english_words(nlp)
    if words and not nlp.vocab.lookups.has_table(WORDS_TABLE):
        nlp.vocab.lookups.add_table(WORDS_TABLE, {w: True for w in words})
    return DocConsistency(Gazetteer.load(), words)


def english_words(nlp: Language) -> frozenset[str]:
    """Lowercase English words the pipeline's lemmatizer knows (its WordNet
    index); empty when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


class DocConsistency:
    """Thin spaCy wrapper around ``consistent_ents``."""

    def __init__(self, gazetteer: Gazetteer, words: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = consistent_ents(doc, self.gazetteer, self.words)
        common_nouns_opening(doc)
        for ent in doc.ents:  # "Voter [Ada Lind]": later rules must not take the role back in
            if ent.label_ == "PERSON" and ent.start > 0 and _is_role_word(doc[ent.start - 1], 3, self.words):
                doc[ent.start - 1]._.kg_role = True
        return doc


_PERSON_WORDS = SOURCE_NOUNS | PERSON_NOUNS


def _singular(word: str) -> str | None:
    """The singular of a plural noun of a person ("aides", "spokesmen",
    "deputies"), itself for a singular one; None for no such noun."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
                 word[:-3] + "y" if word.endswith("ies") else "", word[:-3] + "man" if word.endswith("men") else ""):
        if form in _PERSON_WORDS:
            return form
    return None


def common_nouns_opening(doc: Doc) -> None:
    """"Aides of X say P", "Officials said P": a noun of persons opening its
    sentence, capitalised there and so tagged a proper noun by the small
    model, is a common noun (not in a name, not a title before one)."""
    named = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for sent in doc.sents:
        tok = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if tok is None or tok.tag_ not in ("NNP", "NNPS") or tok.i in named or tok.dep_ == "compound" \
                or not tok.text[:1].isupper() or tok.text.isupper():
            continue
        singular = _singular(tok.lower_)
        if singular is not None:
            tok.pos_, tok.tag_ = "NOUN", ("NN" if singular == tok.lower_ else "NNS")
            tok.lemma_ = singular


def _date_and_name(span: Span) -> list[Span]:
    """"on September 20, 2006 Jane Roe, President of X, said": the model's date
    runs on over the name after its year; two or more capitalised words after
    the date's last number, none a word of the calendar, are a person's name."""
    nums = [t.i for t in span if t.like_num]
    if not nums or nums[-1] >= span.end - 2:
        return [span]
    rest = span.doc[nums[-1] + 1:span.end]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in _CALENDAR for t in rest):
        return [span]
    return [Span(span.doc, span.start, nums[-1] + 1, label="DATE"), Span(span.doc, rest.start, rest.end, label="PERSON")]


def consistent_ents(doc: Doc, gazetteer: Gazetteer, words: frozenset[str] = frozenset()) -> list[Span]:
    """The document's entities after the rules in the module docstring."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            spans.extend(_date_and_name(ent))
            continue
        if ent.label_ not in NAME_LABELS:
            spans.append(ent)
            continue
        spans.extend(_split_places(_trim(ent), gazetteer))
    spans = [s for s in spans if s is not None and len(s)]
    spans = [part for s in spans for part in _split_title_name(s)]
    spans = [part for s in spans for part in _split_at_clause_comma(s)]
    spans = whole_names(doc, spans, words, gazetteer)
    spans = [_speaking_work(_speaking_place(s, gazetteer), words) for s in spans]
    spans = _titled_persons(doc, spans, words)
    spans = _names_after_office_of_place(doc, spans, words)
    spans = _names_after_portfolio(doc, spans, words)
    spans = aged_persons(doc, spans)
    spans = _named_by_kind(doc, spans, gazetteer)
    spans = [_designated_org(s, gazetteer) for s in spans]
    spans = _extend_to_known_form(doc, spans, words)
    spans = _country_possessive(doc, spans, gazetteer)
    spans = _demonym_before_body(doc, spans, gazetteer, words)
    spans = _place_named_bodies(doc, spans)
    spans = _bodies_joined(doc, spans, words)
    spans = _titled_surnames(doc, spans, gazetteer)
    spans = _persons_by_surname(spans)
    spans = [part for s in spans for part in _place_before_name(s, gazetteer)]
    spans = _repeat_known_names(doc, spans)
    spans = [_described_given_name(s) for s in spans]
    spans = [_person_by_apposed_role(s, gazetteer) for s in spans]
    spans = _platforms(doc, spans)
    spans = _site_names(doc, spans)
    surnames = _surnames(spans)
    given = _given_names(spans)
    for span in spans:  # "Mr. Dorn", "President Vale": the titled one-word name is a surname too
        if (span.label_ == "PERSON" and len(span) == 1 and span.start > 0
                and (doc[span.start - 1].lower_.rstrip(".") in _HONORIFICS | _OFFICE_TITLES
                     and doc[span.start - 1].text[:1].isupper() or doc[span.start - 1].lower_ in _KIN)):
            surnames.setdefault(fold(span.text), span)
    spans = _longer_places(doc, spans, gazetteer)
    spans = [_gazetteer_type(s, gazetteer, surnames, given, words) for s in spans]
    spans = _add_missed_places(doc, spans, gazetteer, surnames, words)
    spans = _extend_areas(doc, spans, gazetteer)
    spans = [_number_inside_name(s) for s in spans]
    spans = [_first_name_place(s, gazetteer, words) for s in spans]
    spans = [_place_as_given_name(s, gazetteer, words, spans) for s in spans]
    spans = [_given_name_person(s, gazetteer, words) for s in spans]
    spans = _given_names_in_a_list(spans, gazetteer)
    spans = [_plural_named_body(s, gazetteer, words) for s in spans]
    spans = [_leader_of_a_term(s, gazetteer, surnames, words) for s in spans]
    spans = _one_type_per_form(spans)
    spans = non_entity_spans(doc, spans, gazetteer, words)
    spans = typed_names(doc, spans, gazetteer, words)
    spans = [s for s in (_not_a_name(s, gazetteer, words) for s in spans) if s is not None]
    spans = _short_forms_of_non_bodies(doc, spans)
    spans = _officials_of_a_named_body(doc, spans)
    spans = _weekday_papers(doc, spans)
    spans = [_online_edition(s) for s in spans]
    spans = [s for s in (_weak_place(s, gazetteer, words) for s in spans) if s is not None]
    spans = _lone_word_persons(doc, spans, gazetteer, words)
    spans = unsupported_variants(doc, spans, gazetteer)
    spans = _foreign_words(doc, spans, words)
    return filter_spans(_place_back_references(doc, spans, words))


# A sentence is in another language when fewer than this share of its
# lower-case words are English (the lemmatizer's words or stop words); news
# prose scores above 0.8, a quotation left in Spanish or Dutch below 0.6.
_ENGLISH_SHARE = 0.6


def _foreign_words(doc: Doc, spans: list[Span], words: frozenset[str]) -> list[Span]:
    """Names the recogniser found in words of another language, dropped:
    in a sentence quoted in Spanish or Dutch the small English model reads
    capitalised words as names ("Bueno", "Yo", "el Plan ADO"); there only a
    name the gazetteer knows, or two or more capitalised words with no
    other word than a name's particles ("Diputación de Valencia"), stays.
    Also a span holding "))", a wiki's language tag ("((es))Spanish")."""
    if not words or not doc.has_annotation("SENT_START") or not any(s.label_ in NAME_LABELS for s in spans):
        return spans
    foreign: set[int] = set()
    for sent in doc.sents:
        lower = [t for t in sent if t.is_alpha and t.text.islower()]
        if len(lower) >= 4 and sum(t.lower_ in words or t.lemma_.lower() in words or t.is_stop
                                   for t in lower) < _ENGLISH_SHARE * len(lower):
            foreign.add(sent.start)

    def kept(span: Span) -> bool:
        if span.label_ not in NAME_LABELS or span.id_:
            return True
        if "))" in span.text:
            return False
        if span.sent.start not in foreign:
            return True
        alpha = [t for t in span if t.is_alpha]
        return sum(t.text[:1].isupper() for t in alpha) >= 2 \
            and all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in alpha)

    return [s for s in spans if kept(s)] if foreign or any("))" in s.text for s in spans) else spans


# A website written as its domain ("Politico.com", "IslamOnline.net"): the
# outlet or body that runs it, which the model often leaves unlabelled.
_SITE = re.compile(r"^[A-Z][\w-]*(\.[A-Za-z][\w-]*)*\.(com|net|org|info|news|co\.uk|com\.au|org\.uk|tv|io)$")


def _lone_word_persons(doc: Doc, spans: list[Span], gazetteer: Gazetteer, words: frozenset[str]) -> list[Span]:
    """"Riot", "Lunch", "Protestor" typed a person: a capitalised
    English word alone, no common given name, that no longer name in the
    text ends with, that no title, honorific or "known as" precedes and
    that is the subject of no verb, is no one."""
    if not words:
        return spans
    lasts = {fold(s[-1].text) for s in spans if s.label_ == "PERSON" and len(s) > 1}
    out = []
    for span in spans:
        tok = span[-1]
        if span.label_ == "PERSON" and len(span) == 1 and tok.is_title and tok.is_alpha \
                and tok.lower_ in words and fold(tok.text) not in gazetteer.common_given \
                and fold(tok.text) not in lasts and tok.dep_ not in ("nsubj", "nsubjpass", "poss") \
                and not (span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _HONORIFICS | _OFFICE_TITLES
                         | {"as", "called", "named", "dubbed"}):
            continue  # ("the group known as Nemesis": a name given as one)
        out.append(span)
    return out


def _site_names(doc: Doc, spans: list[Span]) -> list[Span]:
    taken = {i for s in spans for i in range(s.start, s.end)}
    return sorted(spans + [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
                           if t.i not in taken and _SITE.match(t.text)], key=lambda s: s.start)


def _place_back_references(doc: Doc, spans: list[Span], words: frozenset[str]) -> list[Span]:
    """"The attacker left the Hall" after "Tanners' Hall": "the" and the
    last word of a longer place's or building's name of the document, an
    English noun and no body's kind ("Council", "Ministry"), is that place
    referred to again by its common noun, no name of its own."""
    # of a place's or a building's name only: "the Council", "the Times" after
    # a body's or an outlet's name may speak (left to the speaker rules)
    heads = {s[-1].text for s in spans if s.label_ in ("GPE", "LOC", "FAC") and len(s) > 1
             and s[-1].lower_ not in BODY_HEADS}
    return [s for s in spans if not (
        len(s) == 1 and s.label_ in ("ORG", "GPE", "LOC", "FAC") and not s.id_ and s.text in heads
        and s.start > 0 and doc[s.start - 1].lower_ == "the" and words and _is_word(s[0].lower_, words))]


# Plural nouns of a body's people, which no body's name holds in small letters.
_MEMBERS_OF_BODIES = frozenset({"official", "officer", "spokesman", "spokesperson", "authority", "source",
                                "staff", "member", "representative", "diplomat", "investigator", "employee"})


def _trim(ent: Span) -> Span | None:
    if ent.id_:  # gazetteer spans are exact
        return ent
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].pos_ in _EDGE_POS or not ent.doc[start].text.strip()):
        start += 1
    for tok in ent.doc[start:end]:
        if tok.text == "(" and tok.i > start:  # "Oil Company (SGOC": the acronym is no part
            end = tok.i
            break
        if tok.i > start and tok.is_lower and tok.tag_ == "NNS" and tok.lemma_ in _MEMBERS_OF_BODIES:
            end = tok.i  # "OECD officials in Oslo": the body's name ends before its officials
            break
    while end > start and ((ent.doc[end - 1].pos_ in _EDGE_POS and not _capitalised_inside(ent.doc[end - 1], start))
                           or not ent.doc[end - 1].text.strip()):
        end -= 1  # ("Abdi Nor": a capitalised word after a name's first is no conjunction)
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_)


def _capitalised_inside(tok: Token, start: int) -> bool:
    """A capitalised word of letters after a name's first word, not opening
    its sentence: a name's word whatever the tagger read ("Nor", "Van")."""
    return tok.i > start and tok.pos_ in ("CCONJ", "SCONJ", "ADP") and tok.text[:1].isupper() \
        and tok.text.isalpha() and not tok.is_sent_start


def _split_places(ent: Span | None, gazetteer: Gazetteer) -> list[Span]:
    """"Mosul, Tikrit" -> two places, when every part is a known place."""
    if ent is None or ent.id_ or not any(t.text in {",", "and"} for t in ent):
        return [ent] if ent is not None else []
    parts, start = [], ent.start
    for tok in ent:
        if tok.text in {",", "and"}:
            parts.append((start, tok.i))
            start = tok.i + 1
    parts.append((start, ent.end))
    parts = [(s, e) for s, e in parts if s < e]
    if all(gazetteer.place(ent.doc[s:e].text) for s, e in parts):
        return [Span(ent.doc, s, e, label="GPE") for s, e in parts]
    return [ent]


def _split_at_clause_comma(span: Span) -> list[Span]:
    """"on Vorland Radio's Morning Desk, Dorn said": a name never runs across the
    comma that closes an opening phrase; the words after it, the subject of
    the verb after the span, are a name of their own (a person's, as the
    subject of a verb of saying)."""
    commas = [t.i for t in span if t.text == ","]
    if span.label_ not in NAME_LABELS or span.id_ or not commas:
        return [span]
    doc, cut = span.doc, commas[-1]
    tail = doc[cut + 1:span.end]
    if not len(tail) or cut == span.start or not all(t.is_title for t in tail) or len(tail) > 3:
        return [span]
    root = tail.root
    if root.dep_ not in ("nsubj", "nsubjpass") or span.start <= root.head.i < span.end:
        return [span]
    label = "PERSON" if root.head.lemma_ in _SPEECH_LEMMAS else span.label_
    return [Span(doc, span.start, cut, label=span.label_), Span(doc, cut + 1, span.end, label=label)]


def _split_title_name(span: Span) -> list[Span]:
    """"Ground Forces Ivan Horbenko" (ORG) -> ORG "Ground Forces" + PERSON."""
    if span.label_ != "ORG" or span.id_ or len(span) < 4:
        return [span]
    for i in range(len(span) - 2, 0, -1):
        tail = span[i:]
        if not (2 <= len(tail) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in tail)):
            continue
        if span[i - 1].lower_ in _ORG_HEADS:
            return [Span(span.doc, span.start, span.start + i, label="ORG"),
                    Span(span.doc, span.start + i, span.end, label="PERSON")]
        if span[i - 1].lower_.rstrip(".") in _MEMBER_TITLES:  # "Federal Labor MP Jane Roe": the party, the member
            return ([Span(span.doc, span.start, span.start + i - 1, label="ORG")] if i > 1 else []) \
                + [Span(span.doc, span.start + i, span.end, label="PERSON")]
    return [span]


def _titled_persons(doc: Doc, spans: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """The capitalised words after an honorific are a person ("Mr. Dorn"),
    whatever the model made of them, and so are those after a capitalised
    title of office that the model took for a place ("President Vale",
    "Senator Reno": no town); a person's span starting with role words
    loses them ("Winger Kwame Osei-Tarr" -> "Kwame Osei-Tarr")."""
    out = [_untitled(s, words) for s in spans]
    for tok in doc[:-1]:
        title = tok.lower_.rstrip(".")
        if not (title in _HONORIFICS | _OFFICE_TITLES and tok.text[:1].isupper()) and title not in _KIN:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and _is_name_word(doc[end]):
            end += 1
        if end == tok.i + 1:
            continue
        overlapping = [s for s in out if s.start < end and tok.i + 1 < s.end]
        if any(s.label_ == "PERSON" or s.id_ for s in overlapping):
            continue
        if title not in _HONORIFICS and (not overlapping or any(
                s.label_ not in _PLACE_LABELS or s.start <= tok.i for s in overlapping)
                or (tok.i > 0 and doc[tok.i - 1].lower_ in _LOCATIVE)):  # "at Captain Cook"
            continue
        out = [s for s in out if s not in overlapping] + [Span(doc, tok.i + 1, end, label="PERSON")]
    return sorted(out, key=lambda s: s.start)


# Offices held for a portfolio ("Minister for Defence", "Secretary of State").
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner", "undersecretary", "spokesman",
                                "spokeswoman", "spokesperson"})


def _names_after_portfolio(doc: Doc, spans: list[Span], words: frozenset[str]) -> list[Span]:
    """"Minister for Defence Tomas Ferrand said": after an office title
    and its portfolio ("of"/"for" and one to three capitalised English
    words), two or three capitalised words that are no English words are
    the holder's name, whatever the model made of them."""
    if not words:
        return spans
    out = list(spans)
    for tok in doc[:-4]:
        if tok.lower_ not in _OFFICE_TITLES | _PORTFOLIO_HOLDERS or not tok.is_title \
                or doc[tok.i + 1].lower_ not in ("of", "for"):
            continue
        i = tok.i + 2
        while i < len(doc) and i - tok.i <= 5 and (doc[i].is_title and _is_word(doc[i].lower_, words)
                                                   or doc[i].lower_ == "and"):  # ("Human Rights": a plural too)
            i += 1
        end = i
        while end < len(doc) and end - i < 3 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN":
            end += 1
        if i == tok.i + 2 or doc[i - 1].lower_ == "and" or not 2 <= end - i <= 3 \
                or all(t.lower_ in words for t in doc[i:end]) or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue
        overlapping = [s for s in out if s.start < end and i < s.end]
        if any(s.label_ == "PERSON" or s.id_ or s.start < i and s.label_ not in ("ORG",) for s in overlapping):
            continue
        out = [s for s in out if s not in overlapping] + [Span(doc, i, end, label="PERSON")]
    return sorted(out, key=lambda s: s.start)


def _names_after_office_of_place(doc: Doc, spans: list[Span], words: frozenset[str]) -> list[Span]:
    """"President of Norland Jane Roe said": the gazetteer fixes the place,
    and the recogniser then leaves the name after it untagged. Two or three
    capitalised words right after "<office> of <place>" that no entity
    covers, the last no English word, are the office holder's name."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for span in spans:
        if span.label_ not in PLACE_LABELS or span.start < 2 or doc[span.start - 1].lower_ != "of" \
                or doc[span.start - 2].lower_ not in PERSON_NOUNS:
            continue
        end = span.end
        while end < len(doc) and end - span.end < 4 and end not in covered and doc[end].is_title \
                and doc[end].is_alpha and doc[end].pos_ == "PROPN":
            end += 1
        if 2 <= end - span.end <= 3 and not _is_word(doc[end - 1].lower_, words):
            added.append(Span(doc, span.end, end, label="PERSON"))
    return spans + added


def _place_before_name(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """"Senator from Norland Jane Roe": a person's span that opens with the
    name of a country, state or region after "from" or "of" (or of a town
    after an office and "of": "Mayor of Tarnby Jane Roe") is that place and
    then the person (two or three capitalised words)."""
    doc = span.doc
    if span.label_ != "PERSON" or span.start == 0 or doc[span.start - 1].lower_ not in ("from", "of") or len(span) < 3:
        return [span]
    for k in (2, 1):
        entry = gazetteer.place(doc[span.start:span.start + k].text) if len(span) - k in (2, 3) else None
        office = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in PERSON_NOUNS
        if entry is not None and (entry.kind != "city" or office) and all(t.is_title and t.is_alpha for t in span[k:]):
            # ("Mayor of Tarnby Jane Roe": a town too, after an office)
            return [Span(doc, span.start, span.start + k, label="GPE"), Span(doc, span.start + k, span.end, label="PERSON")]
    return [span]


def _is_name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.lower_.rstrip(".") not in _HONORIFICS


def _untitled(span: Span, words: frozenset[str] = frozenset()) -> Span:
    if span.label_ == "ORG" and not span.id_ and 3 <= len(span) <= 5 and span[0].lower_ in _ROLE_TITLES:
        # "Assemblywoman Rosa Diaz" taken for a body: known titles, then a person's name
        start = span.start
        while span.end - start > 2 and span.doc[start].lower_ in _ROLE_TITLES:
            start += 1
        rest = span.doc[start:span.end]
        if start > span.start and len(rest) == 2 and all(_is_name_word(t) and t.lower_ not in _ORG_HEADS | _ORG_DESIGNATORS
                                                         for t in rest):
            return Span(span.doc, start, span.end, label="PERSON")
        return span
    if span.label_ != "PERSON" or span.id_:
        return span
    start = span.start
    # (words, not tokens, count: "Karim Al-Venza" is two words)
    while (span.end - start > 1 and _is_role_word(span.doc[start], len(span.doc[start:span.end].text.split()), words)
           and _is_name_word(span.doc[start + 1])):
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label="PERSON")


def _is_role_word(tok, left: int, words: frozenset[str]) -> bool:
    """A known title, or (with two name words after it) an English word of
    occupation or office ("Voter Ada Lind", "Broadcaster Ann Lee")."""
    low = tok.lower_.rstrip(".")
    return low in _ROLE_TITLES or (left >= 3 and low in words and low.endswith(_ROLE_ENDINGS))


# Kind nouns that also name a person's trade ("film producer Jane Roe").
_PERSONAL_KINDS = frozenset({"producer", "publisher", "operator", "maker", "carrier"})


def _named_by_kind(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"the newspaper Het Tarnvik Nieuws": the capitalised words right
    after a lowercase noun of an organisation kind are that organisation
    (unless the gazetteer or a date already holds them)."""
    out = list(spans)
    for tok in doc[:-1]:
        if tok.lower_ not in _KIND_NOUNS or tok.pos_ != "NOUN" or not tok.text.islower():
            continue
        end = tok.i + 1
        while (end < len(doc) and end - tok.i <= 4 and doc[end].text[:1].isupper()
               and not doc[end].is_punct and doc[end].lower_.rstrip(".") not in _ROLE_TITLES):
            end += 1
        if end == tok.i + 1:
            continue
        overlapping = [s for s in out if s.start < end and tok.i + 1 < s.end]
        if tok.lower_ in _PERSONAL_KINDS and any(s.label_ == "PERSON" for s in overlapping):
            continue  # "actor and producer Jane Roe": a person's trade
        if any((s.id_ and (s.label_ not in PLACE_LABELS or len(s) == end - tok.i - 1))
               or s.label_ not in NAME_LABELS or s.label_ == "ORG" or s.end > end
               or s.start < tok.i + 1 for s in overlapping):
            continue  # "Environmental group Green Vorland" takes the place; "the daily Kommersant" stays
        if gazetteer.place(doc[tok.i + 1:end].text) is not None and not overlapping:
            continue
        out = [s for s in out if s not in overlapping] + [Span(doc, tok.i + 1, end, label="ORG")]
    return sorted(out, key=lambda s: s.start)


def _designated_org(span: Span, gazetteer: Gazetteer) -> Span:
    """A name ending in a company or club designator ("Tarnvik Inc.",
    "Kalder United") is an organisation, unless it names a place; so is
    a "person" ending in the head noun of an institution ("Delhi Police")."""
    if (not span.id_ and span.label_ == "PERSON" and len(span) >= 2 and span[-1].is_title
            and span[-1].lower_ in _INSTITUTION_HEADS):
        return _relabel(span, "ORG")
    if (span.id_ or span.label_ not in PLACE_LABELS | {"PERSON"} or len(span) < 2
            or span[-1].lower_.rstrip(".") not in _ORG_DESIGNATORS or not span[-1].text[:1].isupper()
            or gazetteer.place(span.text) is not None):
        return span
    return _relabel(span, "ORG")


# Head nouns of institutions, never the last word of a person's name.
_INSTITUTION_HEADS = frozenset({"police", "ministry", "council", "committee", "party", "department", "agency",
                                "commission", "university", "institute", "court", "army", "navy", "parliament"})


def _extend_to_known_form(doc: Doc, spans: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """A name right after one or two capitalised non-English words that,
    with it, spell a longer name the document gives elsewhere takes them
    ("Tarnvik Nieuws" after "Het" where "Het Tarnvik Nieuws" is
    named; not "Capturing" before a place)."""
    forms = {s.text: s.label_ for s in spans if len(s) > 1 and s.label_ in NAME_LABELS}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        for k in (1, 2):
            start = span.start - k
            if (span.label_ in NAME_LABELS and not span.id_ and start >= 0
                    and not taken.intersection(range(start, span.start))
                    and doc[start:span.end].text in forms
                    and all(t.text[:1].isupper() and (span.label_ == "PERSON" or not _is_word(t.lower_, words))
                            for t in doc[start:span.start])):
                span = Span(doc, start, span.end, label=forms[doc[start:span.end].text])
                break
        out.append(span)
    return out


def _country_possessive(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"Ukraine's Energy Ministry": an organisation the gazetteer does not
    know, right after a country's possessive, is named with the country (so
    one country's ministry is not another's)."""
    out = list(spans)
    for i, span in enumerate(out):
        if span.label_ != "ORG" or span.id_ or span.start < 2 or doc[span.start - 1].lower_ not in {"'s", "\u2019s"}:
            continue
        country = next((s for s in out if s.end == span.start - 1 and s.label_ in PLACE_LABELS), None)
        entry = gazetteer.place(country.text) if country is not None else None
        if entry is not None and entry.kind == "country":
            out[i] = Span(doc, country.start, span.end, label="ORG")
            out = [s for s in out if s is not country]
            return _country_possessive(doc, out, gazetteer)
    return out


def _demonym_before_body(doc: Doc, spans: list[Span], gazetteer: Gazetteer, words: frozenset[str]) -> list[Span]:
    """"the Vorlandish Air Authority" where the model took only "Air
    Authority": a body named by common words alone keeps the nationality
    written right before it (one country's air authority is not another's).
    A name of its own ("Gazprom") never takes the adjective."""
    out = list(spans)
    for i, span in enumerate(out):
        if span.label_ != "ORG" or span.id_ or span.start < 1 or len(span) < 2:
            continue
        prev = doc[span.start - 1]
        if not prev.text[:1].isupper() or gazetteer.demonym_country(prev.text) is None:
            continue
        if not all(t.lower_ in words for t in span) or any(s.start <= prev.i < s.end and not (
                s.label_ == "NORP" and len(s) == 1) for s in out):
            continue
        out = [s for s in out if not (s.start <= prev.i < s.end)]
        out = [Span(doc, prev.i, span.end, label="ORG") if s == span else s for s in out]
    return out


def _place_named_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """"[Florida] [Highway Patrol]", "[Leeds] [City Council]": a body the
    recogniser named without the place written right before it, as one
    title-case name, is named with that place; the body's name may hold
    "of", "for" or "on" ("[Georgia] [Institute of Technology]")."""
    out = list(spans)
    for i, span in enumerate(out):
        if span.label_ != "ORG" or span.id_ or span.start == 0 or not span[0].is_title \
                or not all(t.is_title or t.lower_ in _NAME_LINKS for t in span):
            continue
        place = next((s for s in out if s.end == span.start and s.label_ in PLACE_LABELS), None)
        if place is None or not all(t.is_title for t in place) or not doc[place.end - 1].whitespace_:
            continue
        out[i] = Span(doc, place.start, span.end, label="ORG")
        out = [s for s in out if s is not place]
        return _place_named_bodies(doc, out)
    return out


def _bodies_joined(doc: Doc, spans: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """"[National System] of [Tsunami Alerts]", "[Center] for [Biological
    Diversity]": two title-case bodies the recogniser split at "of" or
    "for" are one body's name, also where it took the second part, a plural
    of English words, for a person; not "the Assembly of [the] Union": a
    body of another named with its article, nor "[Dodds] of [Time]": the
    first name ends in an English word ("System", "Center"), not in a
    person's ("[National Security Advisor] for [Homeland Security]")."""
    out = sorted(spans, key=lambda s: s.start)
    for i, (first, second) in enumerate(zip(out, out[1:])):
        if first.label_ != "ORG" or first.id_ or second.id_ or not (second.label_ == "ORG" or (
                second.label_ == "PERSON" and second[-1].lower_.endswith("s") and second[-1].lower_[:-1] in words)) \
                or second.start != first.end + 1 or doc[first.end].lower_ not in ("of", "for") \
                or not all(t.is_title or t.lower_ in _NAME_LINKS or t.lower_ == "the" and t.i == first.start
                           or t.tag_ == "POS" for t in [*first, *second]) \
                or doc[first.end - 1].lower_ not in words or doc[first.end - 1].lower_ in _OFFICE_TITLES | PERSON_NOUNS \
                or "\n" in doc[first.start:second.end].text:
            continue
        return _bodies_joined(doc, out[:i] + [Span(doc, first.start, second.end, label="ORG")] + out[i + 2:], words)
    return out


# Prepositions and conjunctions that open a sentence, capitalised, and that
# the recogniser may take for a name ("Amongst", "Despite").
_FUNCTION_WORDS = frozenset({"amongst", "among", "despite", "although", "though", "whereas", "throughout",
                             "meanwhile", "nevertheless", "nonetheless", "however", "moreover", "besides",
                             "furthermore", "towards", "toward", "upon", "whilst", "unlike", "amid", "amidst"})

# Lower-case words inside a body's title-case name ("Institute of Technology").
_NAME_LINKS = frozenset({"of", "for", "on", "and", "&"})


def _repeat_known_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Words that repeat a multi-word person or organisation name found
    elsewhere in the document, where no entity covers them, are that name
    ("Pellix Data shares jumped" after "Pellix Data Corp.")."""
    names = {tuple(t.text for t in s): s.label_ for s in spans
             if len(s) > 1 and s.label_ in {"PERSON", "ORG"} and all(t.text[:1].isupper() or not t.is_alpha for t in s)}
    if not names:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in sorted(names, key=len, reverse=True):
        by_first[words[0]].append(words)
    texts = [t.text for t in doc]  # one pass: Token objects are costly to build
    added = []
    for i, text in enumerate(texts):
        for words in by_first.get(text, ()):
            end = i + len(words)
            if tuple(texts[i:end]) == words and not taken.intersection(range(i, end)):
                added.append(Span(doc, i, end, label=names[words]))
                taken.update(range(i, end))
                break
    return sorted(spans + added, key=lambda s: s.start)


_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "today", "tonight",
                       "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _platforms(doc: Doc, spans: list[Span]) -> list[Span]:
    """"said on X", "wrote on Threads": a capitalised word that is the
    object of "on" after a verb of saying, and no date, is the platform or
    channel the statement was made on (an organisation)."""
    out = list(spans)
    for tok in doc[2:]:
        prev = doc[tok.i - 1]
        if (prev.lower_ != "on" or prev.head.lemma_ not in _SPEECH_LEMMAS or not tok.text[:1].isupper()
                or tok.lower_.rstrip(".") in _CALENDAR or tok.is_punct or tok.like_num):
            continue
        here = [s for s in out if s.start <= tok.i < s.end]
        if any(s.label_ in NAME_LABELS and (s.label_ != "PERSON" or len(s) > 1 or s.id_) for s in here):
            continue  # a one-word "person" there is the platform ("wrote on Bluesky")
        out = [s for s in out if s not in here] + [Span(doc, tok.i, tok.i + 1, label="ORG")]
    return sorted(out, key=lambda s: s.start)


def _titled_surnames(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A word written after an honorific ("Mr. Dorn") is a person's name
    wherever the document writes it, also where it names a place or the
    model saw an organisation; a capitalised word right before it that no
    entity covers and no gazetteer knows is the first name ("Marek Dorn")."""
    titled = {fold(s.text) for s in spans if s.label_ == "PERSON" and s.start > 0
              and doc[s.start - 1].lower_.rstrip(".") in _HONORIFICS}
    if not titled:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if span.label_ in NAME_LABELS and span.label_ != "PERSON" and fold(span.text) in titled and (
                not span.id_ or span.label_ != "ORG"):
            start = span.start
            prev = doc[start - 1] if start > 0 else None
            if (prev is not None and prev.i not in taken and _is_name_word(prev)
                    and gazetteer.lookup(prev.text) is None and not prev.is_sent_start):
                start -= 1
            span = Span(doc, start, span.end, label="PERSON")
        out.append(span)
    return out


def _persons_by_surname(spans: list[Span]) -> list[Span]:
    """"Marek Dorn" tagged as an organisation where "Dorn" alone is a
    person (after "Mr."): a two- or three-word proper name ending in a
    person's one-word name, with no organisation word, is that person."""
    singles = {fold(s.text) for s in spans if s.label_ == "PERSON" and len(s) == 1}
    if not singles:
        return spans
    out = []
    for span in spans:
        if (not span.id_ and span.label_ in PLACE_LABELS | {"ORG"} and 2 <= len(span) <= 3
                and fold(span[-1].text) in singles
                and all(t.is_title and t.pos_ == "PROPN" for t in span)
                and not any(t.lower_ in _ORG_HEADS | _ORG_DESIGNATORS for t in span)):
            span = _relabel(span, "PERSON")
        out.append(span)
    return out


def _speaking_place(span: Span, gazetteer: Gazetteer) -> Span:
    """A one-word "place" that is the subject of a verb of saying and is no
    large place (which could be metonymy) is a person ("Velden reported")."""
    if span.label_ not in PLACE_LABELS or len(span) != 1:
        return span
    tok = span[0]
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in _SPEECH_LEMMAS:
        return span
    entry = gazetteer.place(tok.text)
    if entry is not None and (entry.kind != "city" or entry.population >= _BIG_PLACE):
        return span
    return Span(span.doc, span.start, span.end, label="PERSON")


def _speaking_work(span: Span, words: frozenset[str] = frozenset()) -> Span:
    """"... ," Idris Said Maro said': two to four capitalised words the
    model took for a work, a product or a law, unquoted, as the subject of a
    verb of saying, are a person's name (works do not speak; the model's
    slip on a name with a word like "Said" in it); so is one such word that
    is no English word ('"Q," Okoro said' after a crowd chanted "Okoro")."""
    if span.label_ not in ("WORK_OF_ART", "PRODUCT", "LAW") or not 1 <= len(span) <= 4 \
            or not all(t.is_title and t.is_alpha for t in span) \
            or len(span) == 1 and (not words or _is_word(span[0].lower_, words)):
        return span
    root = span.root
    doc = span.doc
    if root.dep_ != "nsubj" or root.head.lemma_ not in _SPEECH_LEMMAS \
            or span.start > 0 and doc[span.start - 1].is_quote and span.end < len(doc) and doc[span.end].is_quote:
        return span
    return Span(doc, span.start, span.end, label="PERSON")


def _first_name_place(span: Span, gazetteer: Gazetteer, words: frozenset[str]) -> Span:
    """"Ivan Horbenko" tagged as the place "Horbenko": a one-word place that is
    no large city, right after a capitalised word outside every entity that
    is neither an English word nor a known place or organisation, is a
    person's surname, and the two words are the person ("Capturing
    Mosul" stays a place: "capturing" is an English word)."""
    if span.label_ not in PLACE_LABELS or len(span) != 1 or span.start == 0 or not words:
        return span
    prev = span.doc[span.start - 1]
    if (prev.ent_type_ or not prev.is_title or prev.pos_ != "PROPN" or _is_word(prev.lower_, words)
            or gazetteer.lookup(prev.text) is not None):
        return span
    entry = gazetteer.place(span.text)
    if entry is not None and (entry.kind != "city" or entry.population >= _BIG_PLACE):
        return span
    return Span(span.doc, span.start - 1, span.end, label="PERSON")


def _place_as_given_name(span: Span, gazetteer: Gazetteer, words: frozenset[str], spans: list[Span]) -> Span:
    """"Regina Ip said", "Jasim Uddin, a spokesperson": a one-word town
    that the parser reads as modifying the capitalised word after it, a
    word outside every entity that is neither a place's name nor English
    (unless the two are the subject of a verb of saying: "Ip" is a word
    too) and ends the name, is a given name, and the two words are the
    person (the mirror of ``_first_name_place``)."""
    if span.label_ not in PLACE_LABELS or len(span) != 1 or span.end + 1 >= len(span.doc) or not words:
        return span
    doc, nxt = span.doc, span.doc[span.end]
    after = doc[span.end + 1]
    if (span[0].dep_ != "compound" or span[0].head.i != nxt.i or not nxt.is_title or not nxt.is_alpha
            or nxt.pos_ != "PROPN" or gazetteer.lookup(nxt.text) is not None
            or _is_word(nxt.lower_, words) and not (nxt.dep_ == "nsubj" and nxt.head.lemma_ in _SPEECH_LEMMAS)
            or gazetteer.is_area_word(nxt.text) or (after.is_title and after.pos_ == "PROPN")
            or any(s.start <= nxt.i < s.end for s in spans)):
        return span
    entry = gazetteer.place(span.text)
    if entry is not None and (entry.kind != "city" or entry.population >= 1_000_000):
        return span
    return Span(doc, span.start, span.end + 1, label="PERSON")


def _is_word(word: str, words: frozenset[str]) -> bool:
    """``word`` or its stem is an English word ("capturing" -> "capture")."""
    stems = {word}
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ies", "y")):
        if word.endswith(suffix):
            stems.add(word[: -len(suffix)] + repl)
    return not stems.isdisjoint(words)


def _surnames(spans: list[Span]) -> dict[str, Span]:
    """Folded last word of every multi-word PERSON -> that person."""
    found = {}
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1 and span[-1].is_title:
            found.setdefault(fold(span[-1].text), span)
            start = _last_word_start(span)
            if span.start < start < span.end - 1:  # "Karim el-Dahri" -> "el-Dahri" too
                found.setdefault(fold(span.doc[start:span.end].text), span)
    return found


def _person_by_apposed_role(span: Span, gazetteer: Gazetteer) -> Span:
    """"Lena Marsh Kovac, his wife and ...", "a spokesman for the X
    agency, Jane Roe, said": a name the recogniser called an organisation
    (or a facility or place no gazetteer knows),
    set off by a comma before a person's role or kin noun, apposed to a
    role's phrase or with a "who" clause, is a person (no body word in it,
    no known body)."""
    if span.label_ not in ("ORG", "FAC", "GPE", "LOC") or span.id_ or not 2 <= len(span) <= 4 \
            or span.end + 2 >= len(span.doc) \
            or not all(t.is_title and t.pos_ == "PROPN" for t in span) \
            or any(t.lower_ in _ORG_HEADS | _ORG_DESIGNATORS | _PLACE_KINDS for t in span) \
            or gazetteer.organisation(span.text) is not None \
            or span.label_ != "ORG" and gazetteer.lookup(span.text) is not None:
        return span
    root = span.root
    if not (root.dep_ == "pobj" and root.head.head.pos_ == "NOUN") and any(  # ("an analyst at X who ...": the analyst)
            c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in root.children):
        return _relabel(span, "PERSON")  # "Ilka Dov, who lives in a camp": "who" is said of people
    node = span.root.head if span.root.dep_ == "appos" else None
    for _ in range(4):  # "a spokesman for the X agency, Jane Roe,": the name apposed to the role's phrase
        if node is None or node.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        if node.pos_ == "NOUN" and node.lower_ in PERSON_NOUNS:
            return _relabel(span, "PERSON")
        node = node.head if node.dep_ in ("pobj", "prep") else None
    return _relabel(span, "PERSON") if role_apposed(span) else span


def _described_given_name(span: Span) -> Span:
    """"an attendee Ravi Tandel said" with only "Tandel" tagged: capitalised
    words the recogniser left out between a lower-case role noun and a
    one-word name, all modifying it, are the person's given names."""
    if len(span) != 1 or span.id_ or span.label_ not in NAME_LABELS or span.start < 2:
        return span
    doc, head, i = span.doc, span[0], span.start - 1
    while i > 0 and doc[i].pos_ == "PROPN" and doc[i].is_title and not doc[i].ent_type_ \
            and doc[i].dep_ == "compound" and doc[i].head.i == head.i:
        i -= 1
    role = doc[i]
    if i == span.start - 1 or not (role.pos_ == "NOUN" and role.is_lower and role.dep_ == "compound"
                                   and role.head.i == head.i):
        return span
    return Span(doc, i + 1, span.end, label="PERSON")


def _given_names(spans: list[Span]) -> frozenset[str]:
    """Folded first word of a multi-word PERSON that no other person of the
    document shares ("Hardeep" after "Hardeep Singh Puri"): news features and
    sports reports name a person again by the given name alone."""
    people: dict[str, set[str]] = defaultdict(set)
    first_named: dict[str, int] = {}
    for span in spans:
        first = span[0]
        if (span.label_ == "PERSON" and len(span) > 1 and first.is_title and first.is_alpha and len(first) > 1
                and first.lower_ not in _HONORIFICS | _OFFICE_TITLES):
            key = fold(first.text)
            people[key].add(fold(span.text))
            first_named.setdefault(key, span.start)
    # the word alone before the full name names something else ("Pellix
    # says ..." before the product "Pellix Coach")
    alone_before = {fold(s.text) for s in spans if len(s) == 1 and s.start < first_named.get(fold(s.text), -1)}
    return frozenset(key for key, names in people.items() if len(names) == 1 and key not in alone_before)


def _last_word_start(span: Span) -> int:
    """Where the span's last whitespace-delimited word starts ("el-Dahri" is
    three tokens)."""
    start = span.end - 1
    while start > span.start and not span.doc[start - 1].whitespace_:
        start -= 1
    return start


def _place_evidence(doc: Doc, start: int, end: int, entry, by_size: bool = True) -> bool:
    """Strong evidence that tokens [start, end) name the gazetteer place
    ``entry``: it is no mere town (a country, state, region, continent or a
    curated place), or a preposition of location stands before it ("in X",
    "from the X"), or a place or area word follows it ("X, Poland", "X
    city"), or it is a large city (``by_size``: not for a name that is only
    another spelling of it, "Hamas" for the town Hamm)."""
    if entry.kind != "city":
        return True
    root = doc[start:end].root
    if root.dep_ == "conj" and root.head.i < start and root.head.i != root.i:
        return _place_evidence(doc, root.head.i, root.head.i + 1, entry, by_size)  # "from both X and Y"
    i = start - 1
    while i >= 0 and (doc[i].lower_ in ("the", "both", "either") or doc[i].pos_ == "ADJ"):
        i -= 1
    if i >= 0 and doc[i].lower_ in _LOCATIVE and (by_size or doc[i].lower_ != "from" or i == 0 or doc[i - 1].tag_ != "NNS") \
            and not (doc[i].lower_ == "to" and i > 0 and doc[i - 1].lower_ == "according"):
        return True  # (another spelling after "militants from": members of a body, "from Hamas"; "according to X": a source)
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _PLACE_KINDS:
        return True  # "the town of X"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        return True
    if end < len(doc) and doc[end].lower_ in _PLACE_KINDS:
        return True
    return by_size and entry.population >= _BIG_PLACE


# A town smaller than this, written as an English word, names no region of its own.
_AREA_TOWN = 100_000


def _weak_place(span: Span, gazetteer: Gazetteer, words: frozenset[str]) -> Span | None:
    """A span the model calls a place that the gazetteer knows only as a
    town, written as an English word ("this Chamber", "Vice President",
    "Band on the Run") and without evidence of a place: no name at all."""
    if span.label_ not in PLACE_LABELS or not words:
        return span
    if span.id_:
        # a town the gazetteer typed, written as one common English word: none
        # where it opens a longer name ("the State of Israel", "the Horn of
        # Africa") or nothing places it ("the arrival of the Tsunami")
        named = [t for t in span if t.lower_ != "the"]
        entry = gazetteer.place(named[0].text) if len(named) == 1 else None
        doc = span.doc
        # (a common word: the text writes it in small letters too, or the tagger reads no name,
        # or it is only another spelling of the town's name: "the film Alien" is no town Allen)
        common = entry is not None and named[0].lower_ in words and (
            named[0].pos_ != "PROPN" or re.search(rf"\b{re.escape(named[0].lower_)}\b", doc.text) is not None
            or not gazetteer.written_as(entry, named[0].text))
        if not common or entry.kind != "city":
            return span
        opens = span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].ent_type_ in ("GPE", "LOC") \
            and named[0].lower_ not in ORG_NOUNS | _ORG_HEADS  # ("University of X": a body's name, joined later)
        return None if opens or not _place_evidence(doc, named[0].i, span.end, entry) else span
    named = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if len(named) >= 2 and gazetteer.is_area_word(named[-1].text) and all(t.lower_ in words for t in named[:-1]):
        base = gazetteer.place(" ".join(t.text for t in named[:-1]))
        if base is None or (base.kind == "city" and base.population < _AREA_TOWN):
            return None  # "the Federal district", "the Pacific region": a kind of area, no place's name
    entry = gazetteer.place(span.text)
    if entry is None or _place_evidence(span.doc, span.start, span.end, entry):
        return span
    if all(t.lower_ in words for t in span if t.is_alpha):
        return None
    return span


def _gazetteer_type(span: Span, gazetteer: Gazetteer, surnames: dict[str, Span],
                    given: frozenset[str] = frozenset(), words: frozenset[str] = frozenset()) -> Span:
    if span.id_ or span.label_ not in NAME_LABELS:
        return span
    if len(span) > 1 and span[0].text in ("County", "Province", "Prefecture") and span[1].is_title \
            and span.label_ not in PLACE_LABELS:
        place = gazetteer.place(span.text)  # "County Kerry": an Irish county, no person
        return _relabel(span, "GPE", place.id if place is not None else "")
    key = fold(span.text)
    if key in surnames and (len(span) == 1 or _last_word_start(span) == span.start):
        return _relabel(span, "PERSON")
    if len(span) == 1 and key in given and span.label_ != "PERSON":
        place = gazetteer.place(span.text)
        if place is None or place.kind == "city" and not _place_evidence(span.doc, span.start, span.end, place):
            return _relabel(span, "PERSON")  # "Hardeep told reporters" after "Hardeep Singh Puri"
    if span.label_ == "PERSON" and len(span) > 1:
        org = gazetteer.organisation(span.text)
        if org is not None and org.kind in ("company", "outlet", "body"):
            return _relabel(span, "ORG", org.id)  # "Fianna Fáil", "Dagens Nyheter": a body's whole name, no person's
        place = gazetteer.place(span.text)
        if place is not None and fold(place.name) == key and (place.kind in ("country", "state") or (
                place.kind != "city" and span.start > 0 and span.doc[span.start - 1].lower_ in _LOCATIVE)
                or place.kind == "city" and place.population >= _METROPOLIS):
            # "New Mexico", "Sierra Leone", "tagged in Northern Ireland", "the capital, Buenos Aires": no person's name
            return _relabel(span, "GPE", place.id)
        return span  # a full name the model is sure of
    if len(span) == 1 and span.label_ == "PERSON" and any(
            e.label_ == "PERSON" and len(e) > 1 and e[0].text == span.text for e in span.doc.ents):
        place = gazetteer.place(span.text)
        if place is None or place.kind == "city" and place.population < _BIG_PLACE:
            return span  # "walked up to Kim" after "Kim Seo-jin": the person the name opens, no small town
    org = gazetteer.organisation(span.text)
    if org is not None:
        return _relabel(span, "ORG", org.id)
    place = gazetteer.place(span.text)
    if place is not None and (span.label_ != "PERSON" or len(span) == 1):
        spelt = gazetteer.written_as(place, span.text)
        if place.kind == "city" and not spelt and fold(place.name) != key and span.label_ not in ("GPE", "LOC"):
            # only another spelling of one of a town's other names, of a name
            # the model calls no place: no such town ("Shia" is no town Suya);
            # spellings of places are joined. Where the text says place
            # ("towards X"), a place of its own, linked to no town.
            if span.label_ not in ("NORP", "GPE", "LOC") \
                    and _place_evidence(span.doc, span.start, span.end, place, by_size=False):
                return _relabel(span, "GPE")
            return span
        if place.kind == "city" and len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
                and span.text.lower() in words and place.population < _BIG_PLACE \
                and not _place_evidence(span.doc, span.start, span.end, place, by_size=False):
            return span  # "the Tsunami": an English word after "the" that is also some town's name, where nothing says place
        if span.label_ not in PLACE_LABELS and not _place_evidence(span.doc, span.start, span.end, place,
                                                                  by_size=fold(place.name) == key):
            return span  # "Myers", "Harvard", "Nikki": a person or body, not a town of that name
        return _relabel(span, "LOC" if place.kind in {"continent", "sea", "river"} else "GPE", place.id)
    return span


# Words that open place and body names however common they are as given
# names ("West Sussex", "Red Sea", "Grand Rapids").
_NAME_OPENERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "upper", "lower", "red", "blue", "green", "white", "black", "golden", "new", "old", "great",
                           "grand", "royal", "saint", "san", "santa", "st", "fort", "port", "mount", "lake", "cape"})
# Last words that make a name a body's, a place's or a thing's ("Georgia Tech",
# "Jordan Valley", "Walt Disney World").
_NOT_A_SURNAME = frozenset({
    "station", "tech", "valley", "river", "lake", "island", "islands", "bay", "park", "street", "road", "square",
    "bridge", "airport", "port", "hall", "house", "palace", "castle", "tower", "centre", "center", "college",
    "school", "institute", "foundation", "trust", "fund", "group", "company", "corporation", "bank", "hotel",
    "hospital", "church", "cathedral", "mosque", "temple", "line", "cross", "county", "city", "town", "province",
    "state", "district", "mountains", "mount", "hills", "falls", "beach", "coast", "gate", "prize", "award", "cup",
    "league", "club", "united", "rovers", "records", "studios", "pictures", "media", "news", "times", "post",
    "herald", "journal", "gazette", "radio", "tv", "airlines", "airways", "air", "motors", "energy", "oil", "world",
    "comics", "games", "festival", "sea", "ocean", "desert", "forest", "canyon", "peninsula",
})


_NO_SURNAMES = _NOT_A_SURNAME | _ORG_HEADS | BODY_HEADS


def _given_names_in_a_list(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"his daughters Rosa, Kelly, Elizabeth and Dana": a lone
    common given name typed a body or a place, listed next to a lone name
    typed a person, is a person too (not the town named Elizabeth)."""
    lone = {s.start: s for s in spans if len(s) == 1}
    out = []
    for span in spans:
        tok = span[0]
        if len(span) == 1 and span.label_ in ("ORG", "GPE", "LOC") and tok.pos_ == "PROPN" \
                and fold(tok.text) in gazetteer.common_given \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE):
            # ("a family from Ohio, Tom and Ann X": the place they come from)
            beside = [tok.head] * (tok.dep_ == "conj") + [c for c in tok.children if c.dep_ == "conj"]
            if any(b.i in lone and lone[b.i].label_ == "PERSON" for b in beside):
                span = _relabel(span, "PERSON")
        out.append(span)
    return out


def _plural_named_body(span: Span, gazetteer: Gazetteer, words: frozenset[str]) -> Span:
    """"Dorvik Chauffeurs", "Flood Alerts" typed a person: a name of two or
    three words ending in an English plural noun, whose first word is no
    given name common in many countries, names a body ("Ada Banks", "Tom
    Rivers" stay persons)."""
    toks = list(span)
    if span.label_ != "PERSON" or not 2 <= len(toks) <= 3 or not words:
        return span
    first, last = toks[0], toks[-1]
    plural = last.lower_
    # (the lemmatizer's index holds base forms: a plural of a noun in it, not itself a name in it)
    singular = {plural[:-1], plural[:-2], plural[:-3] + "y"} if plural.endswith("s") else set()
    if not (singular & words and plural not in words and last.text[:1].isupper()):
        return span
    if fold(first.text) in gazetteer.common_given or fold(last.text) in gazetteer.common_given \
            or first.lower_ in _HONORIFICS | _OFFICE_TITLES:
        return span  # ("Bishop Thomas": a title, or a given name last)
    return _relabel(span, "ORG")


def _given_name_person(span: Span, gazetteer: Gazetteer, words: frozenset[str]) -> Span:
    """"Lorna Vasquez", "Amara Tenzin" typed a body or a place: a two- or
    three-word name whose first word is a given name common in many
    countries (``Gazetteer.common_given``) and no place of the gazetteer, not
    both that word and the last an English word ("Marine Traffic", "Christian
    Aid"), nor any word a body's or a place's ("Jordan Valley", "Georgia
    Tech"), nor a name the gazetteer knows, is a person's."""
    toks = list(span)
    if span.id_ or span.label_ not in ("ORG", "GPE", "LOC", "FAC") or not 2 <= len(toks) <= 3:
        return span
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks):
        return span
    first, last = toks[0].lower_, toks[-1].lower_
    if len(first) < 3 or span.start > 0 and span.doc[span.start - 1].lower_ in ORG_NOUNS:
        return span  # ("De Morgenpost", "the newspaper X": a body by the text's own word)
    place = gazetteer.place(toks[0].text)
    if fold(first) not in gazetteer.common_given or first in _NAME_OPENERS or place is not None and fold(place.name) == fold(first) \
            and (place.kind != "city" or place.population >= _BIG_PLACE):
        return span  # ("Jordan Valley", "Georgia Tech", "Victoria Falls")
    if first in words and last in words:
        return span
    if any(t.lower_ in _NO_SURNAMES for t in toks) or gazetteer.lookup(span.text) is not None:
        return span
    return _relabel(span, "PERSON")


def _leader_of_a_term(span: Span, gazetteer: Gazetteer, surnames: dict[str, Span], words: frozenset[str]) -> Span:
    """"the Trump administration", "the Khomeini and Hitler eras", "the
    Vale government": one capitalised word typed a body or a place before a
    lower-case word of a leader's term is the leader, a person: a surname of
    a person the text names ("President Bush ... the Bush administration"),
    else a word that is neither English ("the Labour government"), nor known
    to the gazetteer ("the Kenya government"), nor a party's ("the X Party")."""
    doc = span.doc
    if span.id_ or span.label_ not in ("ORG", "GPE", "LOC", "NORP") or len(span) != 1 \
            or not span[0].is_title or not span[0].is_alpha:
        return span
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "and" and span.end + 2 < len(doc) and doc[span.end + 1].is_title:
        after = doc[span.end + 2]  # "the Khomeini and Hitler eras"
    if after is None or after.lower_ not in TERMS_OF_A_LEADER or not after.is_lower:
        return span
    low = span.text.lower()
    if fold(span.text) not in surnames and (_is_word(low, words) or _is_word(low.replace("our", "or"), words)
                                            or gazetteer.lookup(span.text) is not None
                                            or re.search(rf"\b{re.escape(span.text)} [Pp]arty\b", doc.text)):
        return span
    return _relabel(span, "PERSON")


def _longer_places(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A place matched inside a longer place name ("[New] Mexico", "[New]
    Jersey", "[West] Virginia"): the capitalised word before it that with it
    names a state or country written so is part of the name."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        prev = doc[span.start - 1] if span.start > 0 else None
        if (span.label_ in PLACE_LABELS and prev is not None and prev.i not in taken and prev.is_title
                and prev.pos_ == "PROPN"):
            longer = doc[prev.i:span.end]
            entry = gazetteer.place(longer.text)
            if entry is not None and entry.kind in ("state", "country") and fold(entry.name) == fold(longer.text):
                span = Span(doc, prev.i, span.end, label="GPE", span_id=entry.id)
        out.append(span)
    return _country_of(doc, out, gazetteer)


def _country_of(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"The Democratic Republic" + "of" + "Congo": a name the recogniser cut
    before "of" that, with the place after it, names a country is one place."""
    out: list[Span] = []
    skip: set[int] = set()
    for k, span in enumerate(spans):
        if k in skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is not None and nxt.label_ in PLACE_LABELS and span.label_ in NAME_LABELS \
                and span.end < len(doc) and doc[span.end].lower_ == "of" and nxt.start in (span.end + 1, span.end + 2) \
                and (nxt.start == span.end + 1 or doc[span.end + 1].lower_ == "the"):
            start = span.start + (doc[span.start].lower_ == "the")
            entry = gazetteer.lookup(doc[start:nxt.end].text, "Place")
            if entry is not None and entry.kind == "country":
                out.append(Span(doc, start, nxt.end, label="GPE", span_id=entry.id))
                skip.add(k + 1)
                continue
        out.append(span)
    return out


def _relabel(span: Span, label: str, ident: str = "") -> Span:
    if span.label_ == label and span.id_ == ident:
        return span
    return Span(span.doc, span.start, span.end, label=label, span_id=ident)


def _add_missed_places(doc: Doc, spans: list[Span], gazetteer: Gazetteer,
                       surnames: dict[str, Span] | None = None, words: frozenset[str] = frozenset()) -> list[Span]:
    """Proper nouns that name a gazetteer place but that no entity covers
    (not a surname of a person the document names: "Ivo Danvers ...
    Danvers did not respond")."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    org_heads = {fold(s[0].text) for s in spans if s.label_ == "ORG" and len(s) > 1}
    starts = {s.start for s in spans if s.label_ in NAME_LABELS}
    person_ends = {s.end: s for s in spans if s.label_ == "PERSON"}
    added, grown = [], {}
    given_then_surname: set[int] = set()
    for tok in doc:
        if tok.i in covered or not tok.text[:1].isupper() or len(tok) < 4:
            continue
        person = person_ends.get(tok.i)
        if person is not None and tok.pos_ == "PROPN" and all(t.head.i == tok.i for t in person):
            grown[person] = Span(doc, person.start, tok.i + 1, label="PERSON")  # "Judge Ada Lind [Jackson]"
            continue
        before_area = tok.i + 1 < len(doc) and gazetteer.is_area_word(doc[tok.i + 1].text)
        if tok.pos_ != "PROPN" and not (before_area and tok.pos_ in {"NOUN", "ADJ"}):
            continue
        if surnames and fold(tok.text) in surnames:
            if tok.pos_ == "PROPN":
                added.append(_person_at(doc, tok, surnames[fold(tok.text)]))
            continue
        if tok.i in given_then_surname:
            continue
        surname = _surname_after_given_name(doc, tok, covered, gazetteer, words)
        if surname is not None:
            added.append(Span(doc, tok.i, surname.i + 1, label="PERSON"))  # "Sultan Qadrel": no town Sultan
            given_then_surname.add(surname.i)
            continue
        entry = gazetteer.place(tok.text)
        if entry is None or (entry.kind == "city" and entry.population < _MIN_MISSED_POPULATION):
            continue
        if entry.kind == "city" and entry.population < _BIG_PLACE and tok.dep_ == "compound" \
                and tok.head.i > tok.i and tok.i + 1 in starts:
            continue  # "Nadia Holland": a given name before a name the model found, no town
        if fold(tok.text) in org_heads and entry.kind == "city" and entry.population < _BIG_PLACE:
            continue  # "Pellix chief executive" after "Pellix Data Corp.", not "Kyiv" after "Kyiv Post"
        if words and tok.lower_ in words and not before_area and not _place_evidence(doc, tok.i, tok.i + 1, entry):
            continue  # "Wall", "Mail", "Band": English words, a town only where the text says so
        if not before_area and _first_word_of_a_name(doc, tok, covered, gazetteer, words):
            continue  # "the Bristol Quantica affair": the first word of a firm's name, no town
        # A name found only as some city's alternate spelling may be a word
        # ("State"); take it only for large places or before "region".
        if before_area or gazetteer.written_as(entry, tok.text, aliases=False) or entry.population >= _BIG_PLACE:
            added.append(Span(doc, tok.i, tok.i + 1, label="GPE", span_id=entry.id))
    return [grown.get(s, s) for s in spans] + added


def _surname_after_given_name(doc: Doc, tok, covered: set[int], gazetteer: Gazetteer, words: frozenset[str]):
    """The surname after a common given name that the recogniser left out
    with it ("Sultan Qadrel is a teenager"): the given name modifies a
    capitalised proper noun that is no English word, no place and no part of
    a longer name. Such a pair is a person, not a town named like the given name."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or fold(tok.text) not in gazetteer.common_given or tok.head.i != nxt.i or nxt.i in covered \
            or not (nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN") or nxt.lower_ in words \
            or gazetteer.place(nxt.text) is not None or (tok.i > 0 and doc[tok.i - 1].is_title) \
            or (nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_title and doc[nxt.i + 1].pos_ == "PROPN"):
        return None
    return nxt


def _first_word_of_a_name(doc: Doc, tok, covered: set[int], gazetteer: Gazetteer, words: frozenset[str]) -> bool:
    """A capitalised word the recogniser left out is the first word of a
    longer name when the next word is a capitalised proper noun that is
    neither an English word nor a place and that no entity covers, and the
    parser reads the first as a modifier of the second."""
    if tok.i + 1 >= len(doc) or not words or not tok.whitespace_:
        return False
    nxt = doc[tok.i + 1]
    return (nxt.i not in covered and nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN"
            and nxt.lower_ not in words and tok.dep_ == "compound" and tok.head.i > tok.i
            and gazetteer.lookup(nxt.text) is None)


def _person_at(doc: Doc, tok, person: Span) -> Span:
    """The uncovered surname ``tok`` as a person, with the first names
    written right before it when they are the person's ("Ivan Horbenko")."""
    size = len(person)
    start = tok.i - size + 1
    if size > 1 and start >= 0 and [t.text for t in doc[start:tok.i + 1]] == [t.text for t in person]:
        return Span(doc, start, tok.i + 1, label="PERSON")
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if size == 1 and prev is not None and _is_name_word(prev) and not prev.ent_type_ and not prev.is_sent_start:
        return Span(doc, tok.i - 1, tok.i + 1, label="PERSON")  # "Marek Dorn" before "Mr. Dorn"
    return Span(doc, tok.i, tok.i + 1, label="PERSON")


_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec"})


def _number_inside_name(span: Span) -> Span:
    """"Sunk 37 Project", "Route 66 Alliance": a body's name the recogniser
    cut after a number inside it (the number modifying the name's head, a
    capitalised word before the number) is the whole name; a date ("March
    11 X") or a count ("Over 100 X") is no part of it."""
    doc, start = span.doc, span.start
    if span.label_ != "ORG" or start < 2 or not doc[start - 1].like_num or doc[start - 1].head.i not in range(start, span.end):
        return span
    word = doc[start - 2]
    if not (word.is_title and word.is_alpha) or word.is_stop or word.lower_.rstrip(".") in _CALENDAR or word.ent_type_ \
            or (start > 2 and doc[start - 3].is_title and not doc[start - 3].is_sent_start and doc[start - 3].lower_ != "the"):
        return span
    return Span(doc, start - 2, span.end, label="ORG")


# Offices and bodies named after an area ("the Manhattan district attorney",
# "the Leeds district council"): after a place of real size the area word is
# the office's, and the place stays the place.
_OFFICES_OF_AN_AREA = frozenset({"attorney", "attorneys", "judge", "judges", "court", "courts", "council",
                                 "councils", "commissioner", "administrator", "governor", "collector"})


def _extend_areas(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"Kharkiv" + "region" -> one place span "Kharkiv region" (a region,
    distinct from the city; the resolver keys it so)."""
    out = []
    for span in spans:
        nxt = doc[span.end] if span.end < len(doc) else None
        if (
            span.label_ in PLACE_LABELS | {"ORG", "PERSON", "NORP"}
            and nxt is not None
            and gazetteer.is_area_word(nxt.text)
            and (span.label_ in PLACE_LABELS or gazetteer.place(span.text))
            and span[-1].is_title
            and not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ in _OFFICES_OF_AN_AREA
                     and getattr(gazetteer.place(span.text), "population", 0) >= _BIG_PLACE)
        ):
            span = Span(doc, span.start, span.end + 1, label="GPE")
        out.append(span)
    return out


def _one_type_per_form(spans: list[Span]) -> list[Span]:
    """Same folded text -> same label: gazetteer-backed spans decide, else the
    majority (first seen wins a tie)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    fixed: dict[str, tuple[str, str]] = {}
    speaking: dict[str, str] = {}
    for span in spans:
        if span.label_ not in NAME_LABELS:
            continue
        key = fold(span.text)
        if span.id_:
            fixed.setdefault(key, (span.label_, span.id_))
        votes[key][_coarse(span.label_)] += 1
        if span.label_ in ("PERSON", "ORG") and span.root.dep_ == "nsubj" and span.root.head.lemma_ in _SPEECH_LEMMAS:
            speaking.setdefault(key, span.label_)
    out = []
    for span in spans:
        key = fold(span.text) if span.label_ in NAME_LABELS else None
        if key is None:
            out.append(span)
        elif key in fixed:
            out.append(_relabel(span, *fixed[key]) if span.id_ != fixed[key][1] else span)
        else:
            label = votes[key].most_common(1)[0][0]
            if key in speaking and label in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT"):
                # one who speaks is no work ('"Q," Okoro said' after a crowd
                # chanted "Okoro", read as a title)
                label = speaking[key]
            out.append(span if _coarse(span.label_) == label else _relabel(span, label))
    return out


# Faiths, their branches and followers, and peoples named by no country
# (OntoNotes NORP): the model often takes them for a body or a person.
_FAITHS_AND_GROUPS = frozenset({
    "islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "catholicism", "protestantism",
    "muslim", "muslims", "christian", "christians", "jew", "jews", "jewish", "hindu", "hindus", "sikh", "sikhs",
    "buddhist", "buddhists", "catholic", "catholics", "protestant", "protestants", "sunni", "sunnis", "shia",
    "shiite", "shiites", "arab", "arabs", "kurd", "kurds", "latino", "latinos", "hispanic", "lgbt", "lgbtq",
    "lgbtq+", "lgbti",
    # peoples named by no country's demonym ("Baloch rebels", "a Brit on holiday")
    "kurdish", "brit", "brits", "baloch", "balochi", "pashtun", "pashtuns", "tamil", "tamils", "uyghur", "uyghurs",
    "uighur", "uighurs", "rohingya", "bedouin", "bedouins", "berber", "berbers", "druze", "alawite", "alawites",
    "yazidi", "yazidis", "maori", "inuit", "hutu", "hutus", "tutsi", "tutsis", "sindhi", "punjabi", "bengali",
})


_PAPER_WORDS = frozenset({"telegraph", "times", "mirror", "express", "herald", "post", "mail", "star", "tribune",
                          "independent", "world", "sport", "people", "observer", "age", "record", "courier",
                          "gazette", "journal", "chronicle", "guardian", "news"})


def _weekday_papers(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Sunday Courier claimed": a weekday opening a newspaper's name is
    part of it, not a date ("Sunday" alone the model reads as one)."""
    days: set[int] = set()
    grown = []
    for span in spans:
        day = doc[span.start - 1] if span.start > 0 else None
        if span.label_ == "ORG" and span[-1].lower_ in _PAPER_WORDS and day is not None \
                and day.text in ("Sunday", "Saturday") \
                and not (day.i >= 1 and doc[day.i - 1].lower_ in ("on", "last", "this", "next")):
            days.add(day.i)
            span = Span(doc, day.i, span.end, label="ORG")
        grown.append(span)
    return [s for s in grown if not (s.label_ == "DATE" and any(s.start <= i < s.end for i in days))]


def _officials_of_a_named_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """"OECD officials in Oslo said": the officials are the named body's, not
    the government of the place they are in (the gazetteer's "officials in
    <capital>"), when a body's name is their modifier."""
    bodies = {t.i for s in spans if s.label_ == "ORG" for t in s}
    out = []
    for span in spans:
        head = span[0]
        if span.id_ and span.label_ == "ORG" and head.is_lower and head.tag_ == "NNS" \
                and any(c.dep_ == "compound" and c.i in bodies for c in head.children):
            continue
        out.append(span)
    return out


def _online_edition(span: Span) -> Span:
    """"According to X News Online, P": an outlet's name goes on with
    "Online", which the recogniser leaves out (the phrase's head)."""
    doc = span.doc
    if span.label_ == "ORG" and span.end < len(doc) and doc[span.end].text == "Online" \
            and doc[span.end - 1].whitespace_:
        return Span(doc, span.start, span.end + 1, label="ORG", kb_id=span.kb_id, span_id=span.id)
    return span


def _short_forms_of_non_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the X Crimes Regulation (XCR)": the short form in brackets after an
    event's or a document's name is that event or document, no body, and
    so is the short form written alone after it ("the XCR says")."""
    out, previous, short = [], None, {}
    for span in spans:
        if (previous is not None and previous.label_ in ("EVENT", "WORK_OF_ART", "LAW") and len(span) == 1
                and span.label_ in ("ORG", "PERSON") and span.start == previous.end + 1
                and doc[previous.end].text == "(" and span.end < len(doc) and doc[span.end].text == ")"):
            short[span.text] = previous.label_
        if len(span) == 1 and span.text in short and span.label_ in ("ORG", "PERSON"):
            span = _relabel(span, short[span.text])
        out.append(span)
        previous = span
    return out


# Collective nouns that open a sentence capitalised and are no name there,
# whatever a gazetteer's small town of that name ("Media in X says P").
_COLLECTIVE_OPENERS = frozenset({"media", "press", "sources", "reports", "officials", "authorities", "witnesses",
                                 "residents", "analysts", "experts", "observers", "critics"})

# Words that make an office of another ("Vice-President", "Deputy-Governor").
_TITLE_PREFIXES = frozenset({"vice", "deputy", "co", "acting", "under", "sub", "lieutenant"})

_GAMES = frozenset({"olympics", "paralympics", "olympiad"})


_COUNTING = frozenset({"many", "several", "some", "few", "dozens", "hundreds", "thousands", "most", "other", "both"})


def _counted_or_apposed(span: Span) -> bool:
    """A people's plural counted ("three South Koreans", "many North
    Koreans") or set beside persons ("X and Y, North Koreans who ..."):
    people of that nation, not its armed forces."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start else None
    if before is not None and (before.like_num or before.lower_ in _COUNTING):
        return True
    return root.dep_ in ("appos", "conj") and root.head.ent_type_ == "PERSON"


def _not_a_name(span: Span, gazetteer: Gazetteer, words: frozenset[str] = frozenset()) -> Span | None:
    """Rule 6: the span relabelled (NORP, EVENT), dropped (None) or as is."""
    if span.label_ not in NAME_LABELS - {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART"}:
        return span
    doc, first = span.doc, span[0]
    if len(span) == 1 and gazetteer.is_demonym(first.text) and (
            span.label_ != "PERSON" or span.end < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower):
        return _relabel(span, "NORP")  # ("noon Fijian time": a people's adjective, whatever the model said)
    if len(span) > 1 and gazetteer.is_demonym(span.text) and _counted_or_apposed(span):
        return _relabel(span, "NORP")  # "three South Koreans", "X and Y, North Koreans who ...": people, no force
    core = span[1:] if len(span) == 2 and first.lower_ == "the" else span
    if len(core) == 1 and core[0].lower_ in _FAITHS_AND_GROUPS and not (
            span.id_ and (span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "ADJ", "PROPN"))):
        # "Islam", "Sunni", "LGBT": a faith or a people, no person, body or place
        # ("The Hindu reported" stays the newspaper; "The Hindu nationalist party" is none)
        return Span(doc, core.start, core.end, label="NORP")
    if len(span) == 1 and first.lower_ in _FUNCTION_WORDS:
        return None  # "Amongst reported incidents ...": a preposition opening the sentence
    if len(core) == 1 and core[0].text.isupper() and core[0].lower_ in _MEMBER_TITLES and span.label_ != "PERSON":
        return None  # "Conservative MSP (...) Jane Roe", "One MP said": a member's title, no body
    if span.label_ in ("ORG", "PERSON") and _office_alone(core, gazetteer, words):
        return None  # "the National Security Advisor", "the Minister of Transportation": an office, no name
    if len(core) == 1 and core[0].lower_ in ("west", "east", "north", "south") and span.label_ in _PLACE_LABELS \
            and (core.start > 0 and doc[core.start - 1].lower_ == "the") \
            and not (core.end < len(doc) and doc[core.end].is_title):
        return None  # "support from the West": a bloc or a quarter, no place of a map
    if (span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_
            and doc[span.start - 2].lower_ in _STANCE_PREFIXES):
        return None
    bare = span[1:] if first.lower_ == "the" else span
    if len(bare) >= 3 and bare[0].lower_ in _STANCE_PREFIXES and bare[0].is_lower and bare[1].text == "-" \
            and not bare[0].whitespace_:
        return None  # "the pro-Democracy rally": a stance taken in, no name
    if (len(span) == 1 and span.label_ != "PERSON" and first.dep_ == "pobj" and first.head.lower_ == "of"
            and first.head.head.lower_ in _TITLE_HEADS and first.head.head.is_title):
        entry = gazetteer.place(first.text)
        if entry is None or entry.kind == "city":  # "Minister of Ukraine" keeps its country
            return None
    if (len(span) == 1 and first.is_sent_start and first.lower_ in _COLLECTIVE_OPENERS
            and span.end < len(doc) and doc[span.end].pos_ == "ADP"):
        return None  # "Media in X says P", "Sources close to Y said": a common noun opening the sentence
    if span.id_:
        return span
    if len(span) == 1 and first.lower_ in _TIME_ZONES and first.text.isupper():
        return None  # "(1830 UTC)"
    if (len(span) == 1 and span.label_ != "PERSON" and span.start > 0 and words and _is_word(first.lower_, words)
            and doc[span.start - 1].lower_ in ("this", "these", "those") and doc[span.start - 1].dep_ == "det"
            and doc[span.start - 1].head.i == first.i):  # not "said that Amazon ...": "that" joins clauses too
        return None  # "across the aisle in this Chamber": a common noun capitalised out of respect
    if len(span) <= 2 and span.text.replace(".", "").lower() in ("am", "pm", "dc"):
        return None  # "8 A.M.", the "D.C." of "Washington, D.C.": no name of their own
    if span.label_ in ("ORG", "PERSON") and len(span) > 1 and span.root.lower_ in _EVENT_HEADS | _DOCUMENT_HEADS:
        return _relabel(span, "EVENT" if span.root.lower_ in _EVENT_HEADS else "WORK_OF_ART")
    if span.label_ in _PLACE_LABELS | {"FAC"} and len(span) > 1 and span[-1].lower_ in _EVENT_HEADS \
            and span[-1].is_title:
        return _relabel(span, "EVENT")  # "the Vorland–Ostria War", "the X Airshow", typed a place or a site
    if len(span) > (2 if span.label_ == "PERSON" else 1) and span[-1].lower_ in ("day", "week") and span[-1].is_title:
        return _relabel(span, "EVENT")  # "Jane Roe Jr. Day", "Harvest Defence Week": days kept, no one
    if len(span) == 1 and span.label_ != "PERSON" and first.lower_ in _GAMES:
        return _relabel(span, "EVENT")  # "the Paralympics", "the Olympics": a contest, no body
    if not any(ch.isupper() for ch in span.text):
        return None
    if "-" in span.text and all(w.lower() in PERSON_NOUNS | _TITLE_PREFIXES for w in re.split(r"[-\s]+", span.text) if w):
        return None  # "the Governor-General", "Attorney-General", "the Vice-President": an office, no name
    if len(span) == 1 and span.label_ == "PERSON" and first.lower_ in PERSON_NOUNS | _OFFICE_TITLES \
            and any(c.dep_ == "det" for c in first.children):
        return None  # "The Treasurer, X, says", "the 63-year-old Sheikh": an office, no name
    if (len(span) == 1 and first.is_sent_start and (first.pos_ == "NOUN" or first.tag_ == "JJ" and first.dep_ == "amod")
            and (not words or _is_word(first.lower_, words))):
        return None  # "Videos shared ...", "Digital security researchers reveal ...", not "Velden wrote ..."
    if len(span) == 1 and first.is_sent_start and first.is_alpha and words and _is_word(first.lower_, words) \
            and (span.end >= len(doc) or not doc[span.end].is_title) \
            and not any(e.start != span.start and first.text in e.text.split() for e in doc.ents) \
            and re.search(rf"\b{re.escape(first.lower_)}\b", doc.text) is not None:
        # "Turnout was low ... where turnout fell": a common word opening a sentence,
        # which the text writes in small letters elsewhere, is no name
        return None
    return span


# Heads of an office's name ("National Security Advisor", "Minister of
# Transportation", "Detective Inspector").
_OFFICE_HEADS = _OFFICE_TITLES | frozenset({"advisor", "adviser", "minister", "secretary", "director",
                                            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman"})


def _office_alone(span: Span, gazetteer: Gazetteer, words: frozenset[str]) -> bool:
    """A name that is an office's title and nothing else: its head (the word
    before "of"/"for", else the last) is an office, and every other word is
    an English word ("National Security Advisor"), no given name, place or
    known body ("Commissioner Gordon", "Ukraine's Defence Minister" stay)."""
    toks = [t for t in span if t.is_alpha]
    if len(toks) < 2 or not words or gazetteer.lookup(span.text) is not None:
        return False
    cut = next((k for k, t in enumerate(toks) if t.lower_ in ("of", "for") and k > 0), len(toks))
    head = toks[cut - 1]
    if head.lower_ not in _OFFICE_HEADS or not head.is_title:
        return False
    return all(t.lower_ in words and t.lower_ not in gazetteer.common_given and gazetteer.lookup(t.text) is None
               or t.lower_ in ("of", "for", "the", "and") for t in toks if t.i != head.i)


def _coarse(label: str) -> str:
    return "GPE" if label in PLACE_LABELS else label
