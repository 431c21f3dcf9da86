"""find_mentions on hand-written sentences (real model)."""

from __future__ import annotations

import pytest

import hashlib

from kg.extract.mentions import find_mentions
from kg.records import Article, Meta


def _article(text: str, boilerplate=()) -> Article:
    return Article("t.txt", "t", text, hashlib.sha256(text.encode()).hexdigest(), boilerplate=boilerplate)


def _mentions(nlp, text, boilerplate=()):
    article = _article(text, boilerplate)
    return article, find_mentions(article, nlp(article.text))


def test_offsets_index_the_article_text(nlp):
    article, mentions = _mentions(nlp, "Polish troops reached Rzeszow, the Polish Defence Ministry said.")
    assert mentions
    for m in mentions:
        assert article.text[m.span.start:m.span.end] == m.span.text


def test_surname_expands_to_full_name_with_variant_spelling(nlp):
    _, mentions = _mentions(
        nlp, "Governor Bohdan Kostak said the strike hit a school. Kostack later said two people died."
    )
    names = {m.span.text: m.name for m in mentions if m.type == "Person"}
    assert names.get("Kostack", "Bohdan Kostak") == "Bohdan Kostak"
    assert names["Bohdan Kostak"] == "Bohdan Kostak"


def test_two_people_sharing_a_surname_are_not_merged(nlp):
    _, mentions = _mentions(nlp, "Anna Kovalenko met Petro Kovalenko in Lviv on Tuesday.")
    names = {m.name for m in mentions if m.type == "Person"}
    assert {"Anna Kovalenko", "Petro Kovalenko"} <= names


def test_acronym_takes_the_expansion_given_in_the_text(nlp):
    _, mentions = _mentions(
        nlp,
        "The Baltic Grain Exchange Union (BGEU) published prices. Traders said the BGEU was late.",
    )
    acronym = [m for m in mentions if m.span.text == "BGEU"]
    assert acronym and all(m.name == "Baltic Grain Exchange Union" for m in acronym)


def test_leading_the_and_possessive_are_not_in_the_name(nlp):
    _, mentions = _mentions(nlp, "The Institute for the Study of War's analysts wrote a report.")
    (m,) = [m for m in mentions if m.type == "Organisation"]
    assert m.name == "Institute for the Study of War" and m.span.text == m.name


def test_short_ministry_name_is_the_longer_one(nlp):
    _, mentions = _mentions(nlp, "The German Defence Ministry confirmed it. A Defence Ministry spokesman added more.")
    names = [m.name for m in mentions if m.type == "Organisation"]
    assert names and all(n == "German Defence Ministry" for n in names)


def test_governor_names_the_region(nlp):
    _, mentions = _mentions(nlp, "Sumy governor Mykola Hrytsenko said shelling continued.")
    place = [m for m in mentions if m.type == "Place"]
    assert place and place[0].name == "Sumy region"


def test_boilerplate_keeps_people_only(nlp):
    text = "Troops entered Sumy. Olena Vasylenko reported from Warsaw for Reuters."
    cut = text.index("Olena")
    _, mentions = _mentions(nlp, text, boilerplate=((cut, len(text)),))
    kinds = {(m.type, m.span.text) for m in mentions if m.span.start >= cut}
    assert ("Person", "Olena Vasylenko") in kinds
    assert all(t == "Person" for t, _ in kinds)


def test_bare_institution_is_the_main_countrys(nlp):
    text = ("Polish troops reached Rzeszow, the Polish government said. Officials in Warsaw added that "
            "Poland would send more. Units of the Armed Forces crossed the river.")
    _, mentions = _mentions(nlp, text)
    bare = [m for m in mentions if m.span.text == "Armed Forces"]
    assert bare and bare[0].name == "Armed Forces of Poland"


def test_bare_institution_stays_bare_without_a_leading_country(nlp):
    _, mentions = _mentions(nlp, "Polish and German officials met. The General Staff said nothing.")
    bare = [m for m in mentions if m.span.text == "General Staff"]
    assert all(m.name == "General Staff" for m in bare)


def test_city_of_names_the_city(nlp):
    _, mentions = _mentions(nlp, "Shelling hit the city of Luhansk, far from the front in Luhansk.")
    names = [m.name for m in mentions if m.type == "Place"]
    assert "Luhansk city" in names and "Luhansk" in names


def test_boilerplate_keeps_the_articles_own_outlet_only(nlp):
    text = "Troops entered Sumy.\nOlena Vasylenko is an editor at The Kyiv Post. Photo: Getty Images."
    cut = text.index("Olena")
    article = Article("t.txt", "t", text, hashlib.sha256(text.encode()).hexdigest(),
                      meta=Meta(outlet="Kyiv Post"), boilerplate=((cut, len(text)),))
    mentions = find_mentions(article, nlp(text))
    orgs = {m.name for m in mentions if m.type == "Organisation"}
    assert "Kyiv Post" in orgs and "Getty Images" not in orgs


def test_two_word_surname_expands_to_the_full_name(nlp):
    _, mentions = _mentions(nlp, "Chief executive Maarten Van Hoorn said demand fell. Van Hoorn said on a call that costs rose.")
    assert {m.name for m in mentions if m.type == "Person"} == {"Maarten Van Hoorn"}


def test_initialism_of_an_organisation_named_in_the_document(nlp):
    _, mentions = _mentions(nlp, "The NDF denied it. The rebel National Defence Front had pulled out of the valley.")
    rsf = [m for m in mentions if m.span.text == "NDF"]
    assert rsf and rsf[0].name == "National Defence Front"


def test_company_short_forms_take_the_full_name(nlp):
    _, mentions = _mentions(
        nlp,
        "Shares of Tarnvik Inc. fell 9%. Tarnvik said demand was weak.",
    )
    names = {m.span.text: (m.type, m.name) for m in mentions}
    assert names["Tarnvik"] == ("Organisation", "Tarnvik Inc")


def test_ministry_of_x_and_x_ministry_are_one_name(nlp):
    _, mentions = _mentions(nlp, "Health ministry reports cases\n\nEstonia's Ministry of Health said on Monday it saw 37 cases.")
    from kg.resolve.entities import Resolver

    keys = {Resolver().entity(m).key for m in mentions if m.type == "Organisation"}
    assert len(keys) == 1, keys


def test_people_sharing_a_hyphenated_surname_stay_apart(nlp):
    _, mentions = _mentions(nlp, "Minister Mohammed al-Karimi spoke first. Lawmaker Ali al-Karimi, who is not related, "
                                 "said he wanted an inquiry. Muhammad al-Karimi later told reporters it was unnecessary.")
    from kg.resolve.entities import Resolver

    keys = {m.span.text: Resolver().entity(m).key for m in mentions if m.type == "Person"}
    assert keys["Mohammed al-Karimi"] == keys["Muhammad al-Karimi"] != keys["Ali al-Karimi"]


def test_names_with_particles_and_bodies_of_a_place_are_one_mention(nlp):
    _, mentions = _mentions(nlp, "The Italian newspaper Corriere della Valle said fares will rise, "
                                 "according to a statement from the Bank of Ghana.")
    names = {(m.name, m.type) for m in mentions}
    assert ("Corriere della Valle", "Organisation") in names
    assert ("Bank of Ghana", "Organisation") in names


def test_postnominal_letters_are_no_part_of_a_persons_name(nlp):
    _, mentions = _mentions(nlp, "Prosecutor Helen Marchant KC said the figures were false. "
                                 "Marchant told the court the accused had known.")
    names = {m.span.text: m.name for m in mentions if m.type == "Person"}
    assert set(names.values()) == {"Helen Marchant"}


def test_the_first_words_of_one_organisations_name_are_that_organisation(nlp):
    _, mentions = _mentions(nlp, "The Liberal Farmers Union won 30% of the vote. "
                                 "A senior Liberal Farmers official said the party would appeal.")
    orgs = {m.name for m in mentions if m.type == "Organisation"}
    assert orgs == {"Liberal Farmers Union"}


def test_syllable_short_form_in_brackets_is_the_body(nlp):
    # a short form in capitals and small letters, not all capitals
    _, mentions = _mentions(
        nlp,
        "The Norland Institute of Volcanology and Seismology (Norivolcs) reported the quake. "
        "Norivolcs said aftershocks would follow.",
    )
    short = [m for m in mentions if m.span.text == "Norivolcs"]
    assert short and all(m.type == "Organisation" for m in short)
    assert all(m.name == "Norland Institute of Volcanology and Seismology" for m in short)


def test_bracketed_word_that_is_no_short_form_stays_apart():
    from kg.extract.mentions import _short_form
    assert _short_form("Norivolcs", "Norland Institute of Volcanology and Seismology")
    assert not _short_form("Vexo", "Norland Institute of Volcanology")  # another first letter
    assert not _short_form("Nixon", "Norland Institute")  # letters out of the name's order
    assert not _short_form("Norland", "Norland")  # one word: no short form


def test_later_short_form_the_model_missed_is_the_body():
    from kg.extract.mentions import _short_forms_missed
    from kg.records import Mention, Span

    text = ("The Vexland Bureau of Tides (Vextic) issued a warning. "
            "Later Vextic said in its report that more flooding was likely.")
    article = _article(text)
    full = "Vexland Bureau of Tides"
    known = [Mention(article.span(4, 4 + len(full)), "Organisation", full)]
    found = _short_forms_missed(article, known, {"Vextic": full})
    # the bracket itself is the definition, not a use; the later use is the body
    assert [(m.span.start, m.type, m.name) for m in found] == [(text.rindex("Vextic"), "Organisation", full)]
    assert _short_forms_missed(article, [], {"Vextic": full}) == []  # no body named: nothing to stand for


def test_a_direction_before_a_country_names_a_part_of_it(nlp):
    # (the model alone takes "North Uganda" for a person)
    from attribution_support import run
    x = run(nlp, "Heavy rain fell across North Uganda on Monday.")
    assert [(m.name, m.type) for m in x.mentions] == [("North Uganda", "Place")]


@pytest.mark.parametrize("name, after, place", [
    ("North Uganda", "", True), ("Southern Ethiopia", "in", True), ("Kano State", "in", True),
    ("Kano State", "", False), ("Islamic State", "of", False), ("North Star", "", False), ("Jane Roe", "", False),
])
def test_a_part_of_a_place_by_its_words(name, after, place):
    from kg.extract.mentions import _part_of_a_place
    from kg.resolve import Gazetteer
    assert _part_of_a_place(name, Gazetteer.load(), after) is place


@pytest.mark.parametrize("text, name", [
    ("Air Canada said the flight landed safely.", "Air Canada"),
    ("Air India said the flight landed safely.", "Air India"),
])
def test_a_company_named_after_a_country_is_no_person(nlp, text, name):
    # (the model takes only the country; the words before it read as a person's given name)
    from attribution_support import run
    assert [(m.name, m.type) for m in run(nlp, text).mentions] == [(name, "Organisation")]
