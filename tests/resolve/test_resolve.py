"""fold(), the Resolver's keys, and the entity scores on the seeds."""

from __future__ import annotations

import json

import pytest

from kg.records import Article, Mention, Span
from kg.resolve.entities import Resolver
from kg.resolve.folding import fold


@pytest.mark.parametrize(
    "variants",
    [
        ("Zelensky", "Zelenskiy", "Zelenskyy"),
        ("Kupiansk", "Kupyansk"),
        ("Balakliia", "Balakliya", "Balaklia"),
        ("Oleksiy", "Oleksii"),
        ("Andriy", "Andrii"),
        ("Syrskyi", "Syrskyy", "Syrsky"),
        ("Sviatoslav", "Svyatoslav"),
        ("Kharkiv", "Harkiv"),
        ("Zaporizhzhia", "Zaporizhzhya"),
        ("Mykolaiv", "Mykolayiv"),
    ],
)
def test_fold_merges_romanisation_variants(variants):
    assert len({fold(v) for v in variants}) == 1


def test_fold_strips_the_possessive_case_and_diacritics():
    assert fold("the Kyiv Post’s") == fold("Kyiv Post") == fold("KYIV POST")
    assert fold("Gdańsk") == fold("Gdansk")


@pytest.mark.parametrize("a,b", [("Kharkiv", "Kherson"), ("Dmytro", "Dmitri Peskov"), ("Lviv", "Lutsk")])
def test_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


def _mention(text: str, type_: str, name: str | None = None) -> Mention:
    return Mention(Span(0, len(text), text), type_, name or text)


def test_gazetteer_aliases_and_acronyms_share_one_key():
    resolver = Resolver()
    keys = {resolver.entity(_mention(t, "Organisation")).key
            for t in ("Federal Security Service", "FSB", "Russia's Federal Security Service")}
    assert keys == {"organisation/fsb"}


@pytest.mark.parametrize("names, key", [
    (("Scotland Yard", "Metropolitan Police", "Met Police"), "organisation/metropolitan-police"),
    (("ISI", "Inter-Services Intelligence"), "organisation/inter-services-intelligence"),
    (("U.S. Federal Aviation Administration", "Federal Aviation Administration", "FAA"), "organisation/federal-aviation-administration"),
])
def test_a_state_bodys_other_names_share_its_key(names, key):
    resolver = Resolver()
    assert {resolver.entity(_mention(t, "Organisation")).key for t in names} == {key}


def test_city_and_region_are_distinct_places():
    resolver = Resolver()
    city = resolver.entity(_mention("Odesa", "Place")).key
    region = {resolver.entity(_mention(t, "Place")).key for t in ("Odesa region", "Odesa Oblast", "Odesa province")}
    district = resolver.entity(_mention("Odesa district", "Place")).key
    assert len(region) == 1 and city not in region and district not in region | {city}


def test_keys_do_not_depend_on_other_mentions():
    first, second = Resolver(), Resolver()
    second.entity(_mention("Mykola Lysenko", "Person"))
    assert first.entity(_mention("Mykola Lysenko", "Person")) == second.entity(_mention("Mykola Lysenko", "Person"))
    assert first.entity(_mention("Mykola Lysenko", "Person")).key == "person/" + fold("Mykola Lysenko").replace(" ", "-")


def test_people_sharing_a_surname_stay_apart():
    resolver = Resolver()
    a = resolver.entity(_mention("Olena Lysenko", "Person"))
    b = resolver.entity(_mention("Taras Lysenko", "Person"))
    assert a.key != b.key


def test_entities_aggregate_surface_forms():
    resolver = Resolver()
    text = "Ukrainian forces met Ukraine’s armed forces."
    article = Article("x.txt", "x", text, "0")
    from kg.records import Extraction

    mentions = (Mention(article.span(0, 16), "Organisation", "Ukrainian forces"),
                Mention(article.span(21, 43), "Organisation", "Ukraine’s armed forces"))
    (entity,) = resolver.entities([Extraction(article, mentions, (), ())])
    assert set(entity.aliases) == {"Ukrainian forces", "Ukraine’s armed forces"}


@pytest.mark.slow
def test_seed_entities_meet_targets(nlp, seed_paths):
    from kg.evaluate.entities import entity_scores
    from kg.extract.mentions import find_mentions
    from kg.read.files import read_article
    from tests.conftest import TESTS_GOLD

    gold = json.loads(TESTS_GOLD.read_text(encoding="utf-8"))
    resolver, pairs, texts = Resolver(), [], {}
    for path in seed_paths:
        article = read_article(path)
        texts[path] = article.text
        for mention in find_mentions(article, nlp(article.text)):
            pairs.append((path, mention, resolver.entity(mention)))
    scores = entity_scores(gold, pairs, texts)
    assert scores["recall"] >= 0.95, scores["missed"]
    # The one error left: the gold counts "British military" as the UK
    # Ministry of Defence; the template keeps it the armed forces.
    assert scores["errors"] <= 1, (scores["splits"], scores["merges"])
    # System entities matching no gold alias: 3 (Berlin and London from an
    # unmarked byline, "the West"); a weapon or a capitalised common word
    # taken for an organisation would add to them.
    assert len(scores["spurious"]) <= 4, scores["spurious"]


def test_bare_region_names_and_cities():
    resolver = Resolver()
    key = lambda text: resolver.entity(_mention(text, "Place")).key  # noqa: E731
    assert key("Donetsk") == key("Donetsk region") == key("Donetsk Oblast") == "place/donetsk-region"
    assert key("Donetsk city") == "place/donetsk"
    assert key("Kharkiv city") == key("Kharkiv") != key("Kharkiv region")


def test_plural_demonym_acting_is_the_armed_forces_and_defense_forces_too():
    resolver = Resolver()
    org = lambda text: resolver.entity(_mention(text, "Organisation")).key  # noqa: E731
    assert org("Americans") == org("American troops") == "organisation/united-states-armed-forces"
    assert org("Israel Defense Forces") == org("Israeli army")
    assert org("Defence Forces of Finland") == org("Finnish military")


@pytest.mark.parametrize(
    "place,role,expected",
    [
        ("Ukraine", "government", "ukraine-government"),
        ("Kyiv", "military", "ukraine-armed-forces"),
        ("Moscow", "defense-ministry", "russia-defense-ministry"),
        ("U.S.", "government", "united-states-government"),
        ("Britain", "armed-forces", "united-kingdom-armed-forces"),
    ],
)
def test_actor_for_a_country_or_capital(place, role, expected):
    resolver = Resolver()
    assert resolver.gazetteer.actor_for(resolver.gazetteer.place(place), role).id == expected
    entity = resolver.actor_for(_mention(place, "Place"), role)
    assert entity.key == f"organisation/{expected}" and entity.type == "Organisation"


def test_actor_for_other_places_is_none():
    resolver = Resolver()
    assert resolver.actor_for(_mention("Kupiansk", "Place")) is None
    assert resolver.actor_for(_mention("Kharkiv region", "Place")) is None
    assert resolver.actor_for(_mention("Ukraine", "Place"), "no-such-role") is None


def test_organisation_keys_ignore_legal_forms_and_word_order():
    resolver = Resolver()
    keys = {resolver.entity(_mention(n, "Organisation")).key
            for n in ("Tarnvik Inc.", "Tarnvik Corp", "Tarnvik Corporation", "Tarnvik")}
    assert len(keys) == 1
    assert (resolver.entity(_mention("Ministry of Transport", "Organisation")).key
            == resolver.entity(_mention("Transport Ministry", "Organisation")).key)


def test_a_national_body_has_one_key_however_its_country_is_written():
    resolver = Resolver()

    def key(name):
        return resolver.entity(_mention(name, "Organisation")).key

    forms = ("Peru's National Statistics Office", "National Statistics Office of Peru",
             "National Statistics Office (Peru)", "Peruvian National Statistics Office",
             "National Statistics Office (INEI, Peru)")
    assert len({key(f) for f in forms}) == 1
    assert key("National Statistics Office of Chile") != key("National Statistics Office of Peru")
    assert key("National Statistics Office") != key("National Statistics Office of Peru")  # no country: another's
    # a gazetteer body is found in any of the forms
    assert key("Interior Ministry of Russia") == key("Russia's Interior Ministry") == key("Russian Interior Ministry")
    # ... and with its country in brackets after its own name, as a key writes it
    assert key("Ministry of Internal Affairs (Russia)") == key("Russia's Interior Ministry")
    assert key("Ministry of Foreign Affairs (Iran)") == key("Iran's Foreign Ministry")
    assert resolver.entity(_mention("National Statistics Office of Peru", "Organisation")).name \
        == "National Statistics Office of Peru"  # the name stays as written


@pytest.mark.parametrize("name, unnamed", [
    ("Pilots", True), ("One anonymous pilot", True), ("Some humanitarian groups", True), ("One attendee", True),
    ("Archaeologists", True), ("Friends of the Earth", False), ("Lorton Pilots Association", False),
])
def test_people_described_by_what_they_do_are_an_unnamed_source(name, unnamed):
    from kg.resolve.entities import unnamed_group

    assert unnamed_group(name) == unnamed


@pytest.mark.parametrize("name, unnamed", [
    ("Health Minister", True), ("Irish Taoiseach", True), ("President", True), ("Deputy Foreign Secretary", True),
    ("Jane Roe", False), ("Minister Jane Roe", False), ("Foreign Secretary of Vorland", False),
])
def test_an_office_written_without_a_holders_name_is_an_unnamed_source(name, unnamed):
    from kg.resolve.entities import unnamed_group

    assert unnamed_group(name) is unnamed
    assert Resolver().entity(_mention(name, "Person")).unnamed is unnamed


def test_a_government_is_found_without_the_inner_the_and_past_a_bracketed_acronym():
    resolver = Resolver()
    names = ("Democratic Republic of the Congo government", "Democratic Republic of Congo government",
             "Democratic Republic of Congo (DRC) government")
    assert len({resolver.entity(_mention(n, "Organisation")).key for n in names}) == 1
    assert resolver.entity(_mention("Kenya (KE) government", "Organisation")).name == "Government of Kenya"


def test_person_keys_merge_given_name_romanisations_and_the_arabic_article():
    resolver = Resolver()
    def key(name):
        return resolver.entity(_mention(name, "Person")).key
    assert key("Mohammed al-Karimi") == key("Muhammad el-Karimi") == key("Mohamed Al Karimi")
    assert key("Yevgeny Sorokin") == key("Evgeny Sorokin")
    assert key("Ali al-Karimi") != key("Mohammed al-Karimi")
    assert key("Anna Sorokina") != key("Yevgeny Sorokin")


def test_unnamed_groups_are_marked_and_named_bodies_are_not():
    from kg.resolve.entities import unnamed_group

    r = Resolver()

    def entity(name):
        return r.entity(Mention(Span(0, len(name), name), "Organisation", name))

    assert [unnamed_group(n) for n in ("Officials", "Police", "Local authorities", "Rescue workers",
                                       "Chilean investigators")] == [True] * 5
    assert not any(unnamed_group(n) for n in ("Harbour Police", "Capitol Police", "Officials Union",
                                              "Marta Leaders", "Northland Defence Ministry"))
    officials = entity("Officials")
    assert officials.unnamed and r.affiliation(officials) is None
    assert not entity("Harbour Police").unnamed
    # a nationality the gazetteer ties to a government is that government
    assert entity("Ukrainian officials").key == "organisation/ukraine-government"
    investigators = entity("Chilean investigators")
    assert investigators.unnamed and r.affiliation(investigators) == "Chile"


def test_described_people_are_unnamed_sources_and_names_are_not():
    from kg.resolve.entities import unnamed_group

    described = ("A witness", "Witnesses", "Sources close to Ann Dorr", "Two people familiar with the plans",
                 "A European diplomat", "A neighbour", "One resident", "People familiar with the matter")
    assert all(unnamed_group(n) for n in described)
    named = ("People Power", "The Patients Association", "Member States", "A Woman", "Source", "Man City",
             "Ann Dorr", "Witness Protection Unit", "Students for Fair Admissions", "Doctors Without Borders")
    assert not any(unnamed_group(n) for n in named)
    r = Resolver()
    witness = r.entity(Mention(Span(0, 9, "A witness"), "Organisation", "A witness"))
    assert witness.unnamed and witness.key != r.entity(Mention(Span(0, 8, "Witnesses"), "Organisation", "Witnesses")).key


def test_first_level_regions_outside_the_us_are_places():
    """States, provinces and the UK's nations (ISO 3166-2, regions.json) are
    places of their own; a city of real size keeps its name ("Victoria")."""
    from kg.resolve import Gazetteer

    gz = Gazetteer.load()
    assert gz.place("Saskatchewan").kind == gz.place("Scotland").kind == "state"
    assert gz.place("Wales").kind == "state"  # not the small town of that name
    assert gz.place("Victoria").kind == "city"


def test_armed_groups_are_a_kind_of_their_own_and_parties_stay_companies():
    """Armed groups (kind "armed", matched by the ruler) are what "the
    rebels said" can speak for; a party keeps kind "company"."""
    from kg.resolve import Gazetteer

    gz = Gazetteer.load()
    assert gz.organisation("Hezbollah").kind == gz.organisation("al-Shabab").kind == "armed"
    assert gz.organisation("Fatah").kind == "company"
    assert gz.organisation("Reuters").kind == "outlet"


def test_a_nations_intelligence_is_its_intelligence_services():
    from kg.resolve import Gazetteer

    gz = Gazetteer.load()
    assert gz.organisation("South Korean intelligence").name == "Intelligence services of South Korea"
    assert gz.organisation("Israeli intelligence agencies").id == "israel-intelligence"


@pytest.mark.parametrize("forms", [
    ("health ministry in Gaza", "Gaza health ministry", "Gaza's health ministry", "Health Ministry in Gaza"),
    ("interior ministry in Peru", "Peruvian interior ministry", "Peru's interior ministry"),
])
def test_a_body_in_a_place_is_the_places_body(forms):
    resolver = Resolver()
    assert len({resolver.entity(_mention(f, "Organisation")).key for f in forms}) == 1


def test_a_body_in_an_unknown_word_keeps_its_own_key():
    resolver = Resolver()
    assert resolver.entity(_mention("health ministry in Ruins", "Organisation")).key != \
        resolver.entity(_mention("Ruins health ministry", "Organisation")).key
