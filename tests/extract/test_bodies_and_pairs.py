"""Sources named by what they are to the story: ministers of the story's
country, "the two sides" for two states named together, a court's
statement with an aside, and a resolution speaking for the body that
passed it, a peer the recogniser took for a body, a police spokesman of
the one force the story names. Sentences and people are invented;
countries and counties are real, as the gazetteer is data."""

from __future__ import annotations

import pytest
from attribution_support import run

pytestmark = pytest.mark.model


def _records(x) -> list[tuple[str | None, str]]:
    return [(a.speaker and a.speaker.name, a.content.text) for a in x.attributions]


@pytest.mark.parametrize("text", [
    "Peru held a referendum on Friday in Lima. Ministers said they would pass the law.",
    "Peru held a referendum on Friday. Government ministers said they would pass the law.",
    "Ministers in Peru said they would pass the law.",
])
def test_ministers_of_no_named_state_are_the_story_countrys_government(nlp, text):
    assert _records(run(nlp, text)) == [("Government of Peru", "they would pass the law")]


def test_ministers_of_a_story_about_no_country_are_no_one(nlp):
    assert _records(run(nlp, "The club met in a hall. Ministers said they would pass the law.")) == []


def test_the_two_sides_are_the_two_states_named_together(nlp):
    x = run(nlp, "Peru and Chile met in Lima. The two sides said there is enough trust to reach an agreement.")
    assert _records(x) == [("Peru", "there is enough trust to reach an agreement"),
                           ("Chile", "there is enough trust to reach an agreement")]
    assert _records(run(nlp, "The two sides of the river said it would flood.")) == []


def test_a_court_named_by_its_kind_speaks_past_an_aside_in_commas(nlp):
    x = run(nlp, "The tribunal, besides handing down the sentence, stated that the crimes were grave.")
    assert _records(x) == [("Tribunal", "the crimes were grave")]


@pytest.mark.parametrize("text, content", [
    ("The Senate of Vorland passed a resolution on Monday. The resolution also stated that the police detain "
     "critics.", "the police detain critics"),
    ("The Senate of Vorland adopted a resolution stating that the police detain critics.", "the police detain critics"),
])
def test_a_resolution_speaks_for_the_body_that_passed_it(nlp, text, content):
    assert _records(run(nlp, text)) == [("Senate of Vorland", content)]


@pytest.mark.parametrize("text, speaker", [
    ("Jane Roe's lawyer, Marek Dorn, filed an appeal on Monday. Roe's lawyer said the evidence was weak.",
     "Marek Dorn"),
    ("Jane Roe's lawyer, Marek Dorn, filed an appeal on Monday. Her lawyer said the evidence was weak.",
     "Marek Dorn"),
    ("Ben Kol, Jane Roe's lawyer, filed an appeal. Ann Tarr's lawyer, Carl Dunn, objected. Roe's lawyer said "
     "the evidence was weak.", "Ben Kol"),
    # no lawyer named: the client, as the keys annotate it
    ("Jane Roe was charged on Monday. Her lawyer said the evidence was weak.", "Jane Roe"),
])
def test_a_representative_named_for_the_same_client_speaks(nlp, text, speaker):
    assert _records(run(nlp, text)) == [(speaker, "the evidence was weak")]


@pytest.mark.parametrize("text, speaker", [
    ("Jane Roe MP said the bill matters.", "Jane Roe"),
    ("Green party leader Jane Roe MSP argued at Holyrood that the levy was unfair.", "Jane Roe"),
    # the parser makes the place the head of "Dr. X of Hospital Y", and a place that speaks is read as a person
    ("Dr. Jane Roe of Hospital Johor Bahru testified the wound had been caused by a knife.", "Jane Roe"),
])
def test_the_person_a_subject_names_where_the_parser_made_another_word_its_head(nlp, text, speaker):
    assert [a.speaker.name for a in run(nlp, text).attributions] == [speaker]


@pytest.mark.parametrize("text, record", [
    # the parser reads the verb after a name and its apposition as a participle on the name
    ("Marek Dorn, a county magistrate, ordered on Tuesday that the fees be refunded by June.",
     ("Marek Dorn", "ordered", "the fees be refunded by June")),
    ("Marek Dorn, the coach, confirmed on Friday that the striker would leave.",
     ("Marek Dorn", "confirmed", "the striker would leave")),
    # ... also where it hung the name as the subject of a later verb
    ("Marek Dorn, a county magistrate, ordered last week that the fees be refunded by June, and the office be shut.",
     ("Marek Dorn", "ordered", "the fees be refunded by June")),
    # the parser joins the clause a participle of speech introduces to the main verb
    ("Dr. Ann Tarr was greeted with cheers on Sunday upon announcing to reporters the bridge would reopen.",
     ("Ann Tarr", "announcing", "the bridge would reopen")),
])
def test_parser_repairs_for_a_cue_read_as_a_participle_or_its_clause_hung_elsewhere(nlp, text, record):
    assert [(a.speaker.name, a.cue.text, a.content.text) for a in run(nlp, text).attributions] == [record]


def test_no_statement_where_the_participle_took_an_object(nlp):
    assert run(nlp, "Jane Roe left the room after announcing the deal and the crowd cheered.").attributions == ()
    assert run(nlp, "Marek Dorn, appointed last year, is the coach.").attributions == ()


_PARAGRAPHS = ("Jane Roe said the fire may have started in the kitchen.\n\nPeter Hansen based his estimate on the "
               "burn marks on the walls and on the state of the wiring: the blaze spread within minutes. "
               "{pronoun} also testified the alarm had been switched off.")


@pytest.mark.parametrize("pronoun, speaker", [("He", "Peter Hansen"), ("She", "Jane Roe")])
def test_a_pronoun_is_its_paragraphs_subject_before_a_speaker_of_an_earlier_paragraph(nlp, pronoun, speaker):
    x = run(nlp, _PARAGRAPHS.format(pronoun=pronoun))
    assert [(a.speaker.name, a.cue.text) for a in x.attributions] == [("Jane Roe", "said"), (speaker, "testified")]


@pytest.mark.parametrize("text, records", [
    ("The Vorland Air Safety Committee is examining the crash. Preliminary investigations suggest a new feature was "
     "forcing the nose down.", [("Vorland Air Safety Committee", "a new feature was forcing the nose down")]),
    ("The Vorland Air Safety Committee is examining the crash. The initial investigation found the crew was "
     "untrained.", [("Vorland Air Safety Committee", "the crew was untrained")]),
    ("The Vorland Air Safety Committee is examining the crash. A police investigation found the crew was drunk.", []),
])
def test_an_inquiry_at_any_stage_speaks_for_the_one_body_that_holds_inquiries(nlp, text, records):
    assert _records(run(nlp, text)) == records


def test_i_inside_a_quotation_is_the_source_of_the_cue_before_it_or_no_one(nlp):
    # "The father" is no one the story named: his "I believe" is no earlier speaker's
    x = run(nlp, 'Judge Ben Kol sentenced the pair. Kol said the crimes were grave. The uncle said "I miss the '
                 'boys and I believe the boys miss me."')
    assert _records(x) == [("Ben Kol", "the crimes were grave")]
    x = run(nlp, 'Jane Roe spoke first. Ben Kol said: "I believe the plan is flawed."')
    assert [a.speaker.name for a in x.attributions] == ["Ben Kol"]


@pytest.mark.parametrize("peer", ["Wexcombe", "Kettleby"])  # the recogniser took one for a body with
def test_a_peer_the_recogniser_took_for_a_body_is_a_person(nlp, peer):  # its title, one without
    x = run(nlp, f'In summing up the debate, Baroness {peer} said: "I believe that the bill is a force for good." '
                 f"{peer} added that the vote was close.")
    assert [(a.speaker.name, a.speaker.type) for a in x.attributions] == [(f"Baroness {peer}", "Person")] * 2


def test_a_police_spokesman_speaks_for_the_one_force_the_story_names_later(nlp):
    x = run(nlp, "The boy was taken to hospital on Sunday. A police spokesman said his uncle was arrested.\n\n"
                 "His mother asked for more officers in the Marlow Police.")
    assert _records(x) == [("Marlow Police", "his uncle was arrested")]


def test_no_force_for_a_police_spokesman_when_the_story_names_two(nlp):
    x = run(nlp, "The boy was taken to hospital on Sunday. A police spokesman said his uncle was arrested.\n\n"
                 "Officers of Kent Police and Essex Police searched the river.")
    assert [a.speaker.name for a in x.attributions] == ["A police spokesman"]


def test_they_after_a_statement_of_several_bodies_members_speaks_for_all_of_them(nlp):
    x = run(nlp, "Researchers at Lorton University and Marlow University studied the parasite. The study showed "
                 "that one mutation altered the receptor. They estimated that the parasite spread quickly.")
    assert _records(x) == [(body, content) for content in ("one mutation altered the receptor",
                                                           "the parasite spread quickly")
                           for body in ("Lorton University", "Marlow University")]


def test_they_after_someone_else_spoke_is_not_the_earlier_bodies(nlp):
    x = run(nlp, "Researchers at Lorton University and Marlow University studied the parasite. The study showed "
                 "that one mutation altered the receptor. The Vorland Farmers Union said the goats were sick. "
                 "They estimated that the parasite spread quickly.")
    assert _records(x)[-1] == ("Vorland Farmers Union", "the parasite spread quickly")
    assert ("Lorton University", "the parasite spread quickly") not in _records(x)
