"""A name's kind from its own words where the small recogniser labels it
otherwise (``kg.extract.name_kinds._kind_from_words``). Sentences and names
are invented; countries are real, as the gazetteer is data."""

from __future__ import annotations

import pytest
from attribution_support import run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, type_", [
    ("Thousands marched to Martin Roundabout on Friday.", "Martin Roundabout", "Place"),
    ("Police cleared Harlan Junction overnight.", "Harlan Junction", "Place"),
    ("Cattle were stolen from Jarvis Ranch, police said.", "Jarvis Ranch", "Place"),
    ("Crowds filled Kesper Bazaar on Sunday.", "Kesper Bazaar", "Place"),
    ("Gunmen attacked a village in Dorvo State, officials said.", "Dorvo State", "Place"),
])
def test_a_place_kind_word_ending_a_name_makes_it_a_place(nlp, text, name, type_):
    assert (name, type_) in [(m.name, m.type) for m in run(nlp, text).mentions]


@pytest.mark.parametrize("text, name", [
    ("Michael Green said the plan was good.", "Michael Green"),
    ("Ann State said the plan was good.", "Ann State"),
])
def test_a_person_keeps_a_surname_that_is_a_word(nlp, text, name):
    assert (name, "Person") in [(m.name, m.type) for m in run(nlp, text).mentions]


@pytest.mark.parametrize("text, dropped", [
    ("The Federal district was closed after the storm.", "Federal district"),
    ("Rain fell across the Pacific region on Monday.", "Pacific region"),
])
def test_a_kind_of_area_named_by_an_english_word_is_no_place(nlp, text, dropped):
    assert dropped not in [m.name for m in run(nlp, text).mentions]


def test_an_area_of_a_named_place_stays_a_place(nlp):
    assert ("Kharkiv region", "Place") in [(m.name, m.type) for m in run(nlp, "Shelling hit the Kharkiv region.").mentions]


def test_a_country_named_with_of_is_one_place_however_the_recogniser_cut_it(nlp):
    # the recogniser sometimes cuts "The Democratic Republic" (as a person) before "of Congo"
    from spacy.tokens import Span

    from kg.extract.consistency import _country_of
    from kg.resolve import Gazetteer

    doc = nlp.make_doc("The Democratic Republic of Congo government said the border was closed.")
    cut = [Span(doc, 0, 3, label="PERSON"), Span(doc, 4, 5, label="GPE")]
    joined = _country_of(doc, cut, Gazetteer.load())
    assert [(s.text, s.label_) for s in joined] == [("Democratic Republic of Congo", "GPE")]
    two = [Span(doc, 0, 3, label="PERSON"), Span(doc, 5, 6, label="ORG")]  # no place after "of"
    assert _country_of(doc, two, Gazetteer.load()) == two
