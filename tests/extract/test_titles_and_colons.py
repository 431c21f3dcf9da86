"""Constructions of wire and encyclopaedic news found on unseen real articles
(the twelfth session's audit), each in sentences written here: office
titles run into names ("Minister of Information X", "President of <country>
X", "Senator from <state> X"), bodies named with "of", "on" and "for" after a
place, an addressee written without "that", a colon that introduces a
source's words after any verb, and the place names that are given names.
Names of people and bodies are invented; countries, states and cities are
real, as the gazetteer is data."""

from __future__ import annotations

import pytest
from attribution_support import run

from spacy.tokens import Span

from kg.extract.consistency import _place_before_name
from kg.resolve import Gazetteer

pytestmark = pytest.mark.model


def _only(nlp, text: str):
    x = run(nlp, text)
    assert len(x.attributions) == 1, [(a.speaker and a.speaker.name, a.content.text) for a in x.attributions]
    return x.attributions[0]


@pytest.mark.parametrize(("text", "speaker"), [
    # the object of "of" in a title is the portfolio, not a given name
    ("Minister of Information Tavita Oloaru said the boats were safe.", "Tavita Oloaru"),
    # a party whip is an office
    ("Senate Majority Whip Carl Brennecke said the bill would pass.", "Carl Brennecke"),
    # "First Minister of <region> NAME": the recogniser runs the region into the name
    ("First Minister of Wales Ewan Madocson said the ruling was of huge significance.", "Ewan Madocson"),
    # the gazetteer fixes the country, and the recogniser leaves the name after it untagged
    ('President of Moldova Ilie Vranceanuk said, "We expect a full investigation."', "Ilie Vranceanuk"),
])
def test_an_office_title_is_no_part_of_the_holders_name(nlp, text, speaker):
    a = _only(nlp, text)
    assert a.speaker.name == speaker and a.speaker.type == "Person"


def test_a_state_the_recogniser_ran_into_a_name_after_from_is_split_off(nlp):
    # "Senator from Vermont Jane Roe", read by the recogniser as one name
    doc = nlp("Senator from Vermont Ilona Kestrup said the vote was rigged.")
    parts = _place_before_name(Span(doc, 2, 5, label="PERSON"), Gazetteer.load())
    assert [(p.text, p.label_) for p in parts] == [("Vermont", "GPE"), ("Ilona Kestrup", "PERSON")]
    # a given name is no state: "from Jane Roe Smith" stays one name
    (part,) = _place_before_name(Span(nlp("A letter from Ilona Lee Kestrup arrived."), 3, 6, label="PERSON"),
                                 Gazetteer.load())
    assert part.text == "Ilona Lee Kestrup"


def test_a_body_named_with_of_on_or_for_after_a_place_keeps_its_whole_name(nlp):
    a = _only(nlp, "Researchers from the Oregon Institute of Marine Science found that the reef was recovering.")
    assert a.speaker.name == "Oregon Institute of Marine Science"
    a = _only(nlp, "The Canada Commission on Fair Trade criticised the merger on Monday.")
    assert a.speaker.name == "Canada Commission on Fair Trade"
    # a day after the body's head word is no part of its name
    x = run(nlp, "The Trade Commission on Tuesday said prices rose.")
    assert all("Tuesday" not in m.name for m in x.mentions)


def test_an_addressee_written_without_that_is_no_part_of_the_message(nlp):
    a = _only(nlp, "Tomas Berglund told Reuters the mine had closed in March.")
    assert (a.speaker.name, a.content.text) == ("Tomas Berglund", "the mine had closed in March")
    a = _only(nlp, "One activist, Ruma Sethi, told Agence France-Presse arson had been used to clear the land.")
    assert a.content.text == "arson had been used to clear the land"


def test_a_station_named_by_its_call_sign_after_according_to_is_a_source(nlp):
    a = _only(nlp, "The school closed two hours early, according to WKRT-TV.")
    assert (a.speaker.name, a.speaker.type) == ("WKRT-TV", "Organisation")
    assert a.content.text == "The school closed two hours early"


def test_the_academy_and_the_journal_refer_back_to_the_body_so_named(nlp):
    x = run(nlp, "The Royal Danish Academy of Letters chose Mara Holmgard for the prize. "
                 "The academy said the vote had been close.")
    (a,) = x.attributions
    assert a.speaker.name == "Royal Danish Academy of Letters"


def test_every_country_has_a_demonym_and_a_government(nlp):
    x = run(nlp, "The Tongan government ended the curfew on Sunday. The government said 40 teams had helped.")
    (a,) = x.attributions
    assert (a.speaker.name, a.speaker.type) == ("Tongan government", "Organisation")
    assert Gazetteer.load().organisation("Samoan officials").name == "Government of Samoa"


def test_representatives_of_a_country_speak_for_its_government(nlp):
    a = _only(nlp, "Representatives from Peru acknowledged that the shipment had been lost.")
    assert (a.speaker.name, a.relation) == ("Government of Peru", "confirms")


def test_characterising_something_as_a_thing_is_a_claim(nlp):
    a = _only(nlp, 'The Finnish Foreign Ministry characterised the raid as "an act of piracy".')
    assert a.cue.text == "characterised" and "an act of piracy" in a.content.text


@pytest.mark.parametrize(("text", "cue"), [
    ('Legislator Ada Lindholm spoke to reporters after the vote: "We lost fairly, and we will be back."', "spoke"),
    ('Governor Ada Lindholm addressed the public: "No one should take this storm lightly."', "addressed"),
    ('Ada Lindholm took a parting shot on Twitter: "Really big news, the biggest in years!"', "took"),
])
def test_a_colon_after_a_named_source_introduces_its_words_whatever_the_verb(nlp, text, cue):
    a = _only(nlp, text)
    assert (a.speaker.name, a.cue.text) == ("Ada Lindholm", cue)
    assert a.content.text.rstrip(".!") == text.split(': "')[1].rstrip('."!')


def test_a_text_before_a_colon_quotes_no_speaker(nlp):
    assert not run(nlp, 'The banner on the bridge read: "Go home now."').attributions


def test_a_town_that_is_a_given_name_is_the_persons(nlp):
    # ("Ip" is an English word too: the parse reads the two as the subject of "said")
    text = ('Town council meets on budget\n\nFlorence Ip from the port authority said in a press '
            'conference: "The ships will sail on time."')
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Florence Ip" and a.speaker.type == "Person"
    # no one-word sentence at the paragraph's start: no sentence starts between two words
    assert [s.text.strip() for s in nlp(text).sents][1].startswith("Florence Ip from")


def test_a_bodys_officer_parsed_as_coordinated_with_the_body_is_the_one_source(nlp):
    a = _only(nlp, "The Danish Institute of Soil and Water Science's director, Mara Holmgard, "
                   'said "it is going to get worse".')
    assert a.speaker.name == "Mara Holmgard"


def test_a_us_state_is_the_state_unless_a_large_city_has_its_name():
    gazetteer = Gazetteer.load()
    assert [gazetteer.place(n).kind for n in ("Florida", "California", "Vermont", "Virginia")] == ["state"] * 4
    assert gazetteer.place("Washington").kind == "city"


def test_an_office_named_with_another_portfolio_is_not_the_holder_of_the_first(nlp):
    # "the health minister" is no "Prime Minister X": no one rather than the wrong minister
    x = run(nlp, "Prime Minister Ada Lindholm wrote on Twitter. The local health minister said the injured "
                 "were taken to hospital.")
    (a,) = x.attributions
    assert a.speaker.name != "Ada Lindholm"
    # the same office, with words that say nothing of which it is, is the holder
    x = run(nlp, "Health Minister Ada Lindholm visited the ward. The local health minister said the injured "
                 "were taken to hospital.")
    assert [a.speaker.name for a in x.attributions] == ["Ada Lindholm"]


def test_the_city_and_the_state_are_the_places_named_before(nlp):
    x = run(nlp, "A gas leak closed streets in Tacoma on Monday. The city estimated the repairs would be done by noon.")
    (a,) = x.attributions
    assert (a.speaker.name, a.speaker.type) == ("Tacoma", "Place")
    x = run(nlp, "Floods hit Queensland on Monday. The state said 40 homes were lost.")
    (a,) = x.attributions
    assert a.speaker.name == "Queensland"


def test_a_cue_the_parser_took_for_a_modifier_of_its_subject_is_the_main_verb(nlp):
    # "X, Y, announced on Facebook on Tuesday there were P": "announced" read as "the chief [who was] announced"
    a = _only(nlp, "The city's security chief, Abdul al-Hakimi, announced on Facebook on Tuesday there were "
                   "suspects in custody.")
    assert (a.speaker.name, a.cue.text, a.content.text.rstrip(".")) == (
        "Abdul al-Hakimi", "announced", "there were suspects in custody")
    # a thing announced is no speaker
    assert not run(nlp, "The plan announced on Tuesday was popular.").attributions


@pytest.mark.parametrize("text", [
    'The Met Office issued a warning on Monday. "Expect fallen trees on many roads," the warning read.',
    'The Met Office issued a warning on Monday. "Expect fallen trees on many roads", read the warning.',
])
def test_a_quotation_a_message_reads_is_its_issuers(nlp, text):
    a = _only(nlp, text)
    assert (a.speaker.name, a.cue.text, a.content.text.rstrip(",")) == (
        "Met Office", "read", "Expect fallen trees on many roads")


def test_a_decree_speaks_for_the_one_who_signed_it_and_no_one_else(nlp):
    x = run(nlp, 'Pope Clement visited Lyon on Thursday. The decree signed by the Pope read "Abuse harms the '
                 'community of the faithful."')
    assert [(a.speaker.name, a.cue.text) for a in x.attributions] == [("Pope Clement", "read")]
    # a proclamation whose author the text does not give is no one's, not the last speaker's
    x = run(nlp, 'Jane Roe said the border would stay open. The proclamation specifically said "the outbreak '
                 'constitutes a national emergency".')
    assert [a.speaker.name for a in x.attributions] == ["Jane Roe"]


def test_outlets_the_recogniser_splits_or_misses_are_named_whole(nlp):
    a = _only(nlp, "USA Today noted the commission's scope allows it to advise on the draft.")
    assert (a.speaker.name, a.cue.text) == ("USA Today", "noted")
    a = _only(nlp, "Acme Motors began its own inquiry by hiring a law firm, according to The Verge.")
    assert a.speaker.name in ("Verge", "The Verge") and a.speaker.type == "Organisation"


def test_a_toll_claimed_is_no_claim(nlp):
    a = _only(nlp, "Before the pandemic, the opioid crisis claimed 15,393 lives in Norland, according to the "
                   "Norland Public Health Infobase.")
    assert (a.speaker.name, a.cue.text) == ("Norland Public Health Infobase", "according to")


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Acme Corp filed a lawsuit alleging the contract was void.", "Acme Corp", "alleging", "the contract was void"),
    ("Ada Lindholm sent a letter stating the plan had failed.", "Ada Lindholm", "stating", "the plan had failed"),
])
def test_a_message_a_source_files_or_sends_speaks_for_it(nlp, text, speaker, cue, content):
    a = _only(nlp, text)
    assert (a.speaker.name, a.cue.text, a.content.text) == (speaker, cue, content)


def test_a_cue_set_off_by_commas_with_its_source_after_it(nlp):
    a = _only(nlp, "The bomb was placed on a motorcycle in a market, stated Minister of Information Tavita "
                   "Oloaru, and was left outside a restaurant.")
    assert (a.speaker.name, a.cue.text) == ("Tavita Oloaru", "stated")
    assert a.content.text.startswith("The bomb was placed on a motorcycle in a market")
    # a judgment's object is what is judged, never an inverted source
    x = run(nlp, "Ada Lindholm visited the market, criticised the minister, and left.")
    assert [a.speaker.name for a in x.attributions] == ["Ada Lindholm"]


def test_people_known_to_someone_are_described_sources(nlp):
    a = _only(nlp, "An acquaintance said he sold the boat before the winter.")
    assert a.speaker.name == "An acquaintance"


def test_the_researchers_are_the_scientists_of_the_bodies_named_before(nlp):
    x = run(nlp, "Scientists from the Norland Institute of Geology and the Vestland Academy of Sciences reported "
                 "the animal could run. It weighed about five kg and the researchers estimate it had a top speed "
                 "of about 18 mph.")
    est = [a.speaker.name for a in x.attributions if a.cue.text == "estimate"]
    assert sorted(est) == ["Norland Institute of Geology", "Vestland Academy of Sciences"]


def test_a_preposition_opening_a_sentence_is_no_source(nlp):
    x = run(nlp, "Amongst reported incidents of abuse, recently two senior clerics were convicted.")
    assert not x.attributions and not [m for m in x.mentions if m.name == "Amongst"]


def test_a_raising_participle_set_off_by_a_comma_quotes_no_one(nlp):
    x = run(nlp, "Tonga had still not recovered from Cyclone Harold, estimated to have done about $90 million in damage.")
    assert not x.attributions


def test_a_name_with_a_role_set_beside_it_is_a_persons_not_a_buildings(nlp):
    x = run(nlp, "Dominic Farrow, the chief executive of the palace, said the statue was a comment on the dream.")
    (a,) = x.attributions
    assert (a.speaker.name, a.speaker.type) == ("Dominic Farrow", "Person")


def test_a_message_speaks_for_its_named_possessor(nlp):
    # (a guard: the unseen article this rule came from had another source between; see the closing note)
    x = run(nlp, "District Judge Aldo Millard ruled the draft violated the constitution. Judge Millard's statement "
                 'reads "men and women are now similarly situated".')
    assert [a.speaker.name for a in x.attributions] == ["Aldo Millard", "Aldo Millard"]


def test_a_court_of_two_places_is_one_court(nlp):
    a = _only(nlp, "The High Court of England and Wales found the prorogation was not a matter for the courts.")
    assert a.speaker.name == "High Court of England and Wales"


def test_a_described_source_after_an_inverted_cue_parsed_as_its_object(nlp):
    text = ('"She is just doing this to try and split the movement. A lot of people think that," said a '
            'protester using the pseudonym Lark. "The situation has escalated to a point where no one knows '
            'how to sort this. People have learned to ignore her."')
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["A protester"]


def test_publishing_a_thing_is_no_statement(nlp):
    assert not run(nlp, "Mara Holmgard, a British mathematician, has published over 300 papers.").attributions
    a = _only(nlp, "Mara Holmgard published findings that the reef was recovering.")
    assert a.content.text.endswith("the reef was recovering")


def test_the_city_of_a_named_town_speaks_through_its_government(nlp):
    a = _only(nlp, "The city of Fresno announced on Twitter the state agency would inspect the bridge.")
    assert (a.speaker.name, a.speaker.type) == ("Fresno", "Place")


def test_a_name_closing_an_office_at_a_body_is_the_holder(nlp):
    a = _only(nlp, "Former US Ambassador to the United Nations Nadia Harlan wrote that allies matter.")
    assert (a.speaker.name, a.speaker.type) == ("Nadia Harlan", "Person")


def test_a_message_a_country_adjective_modifies_is_its_governments(nlp):
    x = run(nlp, "Turkey released a statement on Monday. CNN reported the refugees were moving. The Turkish "
                 "statement called for a safe zone to be set up east of the river.")
    assert [(a.speaker.name, a.cue.text) for a in x.attributions][-1] == ("Government of Turkey", "called for")


def test_a_body_name_the_recogniser_cut_after_of_the_runs_on_to_the_place(nlp):
    a = _only(nlp, "The bishop died on Friday, according to the Catholic Bishops' Conference of the Philippines.")
    assert a.speaker.name == "Catholic Bishops' Conference of the Philippines"


def test_a_relative_clause_of_a_time_with_no_pronoun_is_a_statement(nlp):
    a = _only(nlp, "The announcement came the same day Norway confirmed its first bird flu cases and Sweden "
                   "closed its farms.")
    assert (a.relation, a.cue.text, a.content.text) == ("confirms", "confirmed", "its first bird flu cases")
