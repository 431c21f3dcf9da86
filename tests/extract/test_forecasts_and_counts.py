"""A forecast over a noun ("the weather office expected winds of 120 km/h")
states what the speaker foresees; a body's record of a count or a change
("the institute recorded 412 aftershocks") states that count; a speaker
who "notes" something in commas before the main verb ("X, noting P, said
Q") is the subject of both, however the parser hung the subject.
Invented sentences."""

from __future__ import annotations

import pytest
from attribution_support import run

pytestmark = pytest.mark.model


def _records(x) -> list[tuple[str | None, str, str, str]]:
    return [(a.speaker and a.speaker.name, a.relation, a.cue.text, a.content.text) for a in x.attributions]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The Vorland Weather Office expected winds of 120 km/h and heavy rain on Friday.",
     "Vorland Weather Office", "expected", "winds of 120 km/h and heavy rain"),
    ("The Vorland Grain Board anticipates a sharp rise in bread prices.",
     "Vorland Grain Board", "anticipates", "a sharp rise in bread prices"),
])
def test_a_forecast_over_a_noun_is_a_claim(nlp, text, speaker, cue, content):
    assert _records(run(nlp, text)) == [(speaker, "claims", cue, content)]


@pytest.mark.parametrize("text", [
    "Senator Jane Roe expects to win the vote.",
    "We expect him at noon.",
    "The fund is expected to grow.",
    "Jane Roe expected Marek Dorn at the station.",
])
def test_expecting_to_act_or_expecting_someone_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The Vorland Seismic Institute recorded 412 aftershocks by Saturday evening.",
     "Vorland Seismic Institute", "recorded", "412 aftershocks"),
    ("The tracking service VesselWatch listed no position reports for the ship in May.",
     "VesselWatch", "listed", "no position reports for the ship"),
    ("The refugee agency UNHCR has recorded an increase in returns to the north.",
     "UNHCR", "has recorded", "an increase in returns to the north"),
])
def test_a_bodys_record_of_a_count_is_a_claim(nlp, text, speaker, cue, content):
    assert _records(run(nlp, text)) == [(speaker, "claims", cue, content)]


@pytest.mark.parametrize("text", [
    "The band Arctic Hours recorded an album in Oslo.",
    "Harbor City FC recorded a 2-0 win over the visitors.",
    "Jane Roe recorded 412 songs.",
])
def test_recording_a_performance_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


def test_a_speaker_noting_something_in_commas_is_the_subject_of_both_cues(nlp):
    text = "Senator Jane Roe of Vorland, noting she was not at the meeting, said the vote had been rigged."
    assert _records(run(nlp, text)) == [
        ("Jane Roe", "claims", "noting", "she was not at the meeting"),
        ("Jane Roe", "claims", "said", "the vote had been rigged"),
    ]


@pytest.mark.parametrize("text, speaker", [
    ("An Ostrian court ruled that the contract was void.", "Ostrian court"),
    ("The Ostrian court said the contract was void.", "Ostrian court"),
    ("Vorland's supreme court said the contract was void.", "Vorland's supreme court"),
])
def test_a_nations_court_by_its_kind_is_a_source_of_its_own(nlp, text, speaker):
    # (a name the recogniser gives, "the Supreme Court of Vorland", is a body's name instead)
    assert [(a.speaker.name, a.relation, a.content.text) for a in run(nlp, text).attributions] \
        == [(speaker, "claims", "the contract was void")]


def test_a_countrys_office_written_as_a_title_speaks_for_its_government(nlp):
    text = "Indonesia's Minister of Foreign Affairs confirmed the two women were citizens."
    assert [(a.speaker.name, a.relation, a.content.text) for a in run(nlp, text).attributions] \
        == [("Government of Indonesia", "confirms", "the two women were citizens")]


@pytest.mark.parametrize("text, content", [
    ("The Vorland Supreme Court later ruled against the extension of absentee voting.",
     "against the extension of absentee voting"),
    ("The Vorland Supreme Court ruled in favour of the union.", "in favour of the union"),
])
def test_a_ruling_for_or_against_is_the_courts_claim(nlp, text, content):
    assert _records(run(nlp, text)) == [("Vorland Supreme Court", "claims", "ruled", content)]


@pytest.mark.parametrize("text", [
    "The Vorland Supreme Court ruled in 2019.",
    "King Harald ruled the country for decades.",
    "Jane Roe pointed to the door.",
])
def test_ruling_a_country_or_pointing_at_a_thing_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


def test_pointing_to_a_thing_as_a_cause_is_a_claim(nlp):
    text = "The Vorland government has pointed to rising fuel costs as the main cause of the shortage."
    assert _records(run(nlp, text)) == [("Vorland government", "claims", "has pointed",
                                         "rising fuel costs as the main cause of the shortage")]


@pytest.mark.parametrize("text, cue, content", [
    ("Economists attribute the rise in bread prices to the drought.", "attribute",
     "the rise in bread prices to the drought"),
    ("Researchers discovered that the parasite had mutated.", "discovered", "the parasite had mutated"),
    ("Inspectors determined that the pilot had been tired.", "determined", "the pilot had been tired"),
    ("Engineers recommended that the bridge be closed.", "recommended", "the bridge be closed"),
])
def test_a_cause_a_finding_or_a_recommendation_is_a_claim(nlp, text, cue, content):
    assert [(a.relation, a.cue.text, a.content.text) for a in run(nlp, text).attributions] == [("claims", cue, content)]


@pytest.mark.parametrize("text", [
    "Police discovered the body on Monday.",
    "The book contains several attributed quotes.",
    "Doctors advised him to rest.",
    "The committee determined the agenda.",
])
def test_finding_a_thing_or_advising_an_act_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []
