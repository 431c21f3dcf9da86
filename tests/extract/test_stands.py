"""Defending, justifying and setting out a course of action are statements
of the speaker's stand over an object of that kind ("defended her decision
to X", "outlined plans to X"), never over a thing fought for or described
("defended the city", "outlined the route"); denying someone a thing
("denied the application", "denied him entry") refuses it and states
nothing, denying an account disputes it; referring to X as Y labels X;
a statement noun's clause the parser read as relative is its content.
Invented sentences."""

from __future__ import annotations

import pytest
from attribution_support import run

pytestmark = pytest.mark.model


def _records(x) -> list[tuple[str | None, str, str, str]]:
    return [(a.speaker and a.speaker.name, a.relation, a.cue.text, a.content.text) for a in x.attributions]


@pytest.mark.parametrize("text, cue, content", [
    ("Jane Roe defended her decision to stay in the race.", "defended", "her decision to stay in the race"),
    ("Jane Roe defended the move by describing it as necessary.", "defended", "the move"),
    ("Marek Dorn outlined plans to cut taxes.", "outlined", "plans to cut taxes"),
    ("Marek Dorn also outlined a number of steps demanded by the board.", "outlined",
     "a number of steps demanded by the board"),
])
def test_a_stand_over_a_course_of_action_is_a_claim(nlp, text, cue, content):
    assert _records(run(nlp, text)) == [(text.split(" defended")[0].split(" outlined")[0].replace(" also", ""),
                                         "claims", cue, content)]


@pytest.mark.parametrize("text", [
    "Jane Roe defended the city against the rebels.",
    "Marek Dorn outlined the route of the march.",
    "Marek Dorn outlined a number of routes.",
    "Jane Roe was the defending champion.",
])
def test_defending_or_outlining_a_thing_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


@pytest.mark.parametrize("text, content", [
    ("Jane Roe was quick to say that the plan was flawed.", "the plan was flawed"),
    ("Jane Roe was keen to stress that the plan was flawed.", "the plan was flawed"),
    ("Jane Roe was careful to note that the plan was flawed.", "the plan was flawed"),
    ("Jane Roe made clear that the plan was flawed.", "the plan was flawed"),
    ("Jane Roe made it clear that the plan was flawed.", "the plan was flawed"),
])
def test_a_statement_made_readily_or_made_clear_is_the_subjects(nlp, text, content):
    assert [(a.speaker.name, a.relation, a.content.text) for a in run(nlp, text).attributions] \
        == [("Jane Roe", "claims", content)]


@pytest.mark.parametrize("text", [
    "Jane Roe was ready to announce that the deal was done.",  # not yet announced
    "Jane Roe made a statement on Monday.",
    "Jane Roe made the team clear the room.",
])
def test_readiness_and_other_makings_state_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


def test_a_persons_staff_speak_for_that_person(nlp):
    x = run(nlp, "Jane Roe's staff told the press the plan was flawed.")
    assert [(a.speaker.name, a.content.text) for a in x.attributions] == [("Jane Roe", "the plan was flawed")]


@pytest.mark.parametrize("text, speaker, content", [
    ("According to data collected by the Vorland Weather Service, the storm weakened overnight.",
     "Vorland Weather Service", "the storm weakened overnight."),
])
def test_data_collected_by_a_body_are_its_findings(nlp, text, speaker, content):
    assert [(a.speaker.name, a.content.text) for a in run(nlp, text).attributions] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    ("The Vorland Geological Survey placed the epicentre of the quake 8 km south of Tarvik.",
     "Vorland Geological Survey", "the epicentre of the quake 8 km south of Tarvik"),
    ("Officials in Peru put the death toll at 45.", "Government of Peru", "the death toll at 45"),
])
def test_a_figure_put_or_placed_by_a_source_is_its_claim(nlp, text, speaker, content):
    assert [(a.speaker.name, a.content.text) for a in run(nlp, text).attributions] == [(speaker, content)]


@pytest.mark.parametrize("text", ["Jane Roe put the book on the table.", "Jane Roe placed the order on Monday."])
def test_putting_or_placing_a_thing_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


@pytest.mark.parametrize("text", [
    "The Lorton Mining Company denied Jane Roe's visa application on Monday.",
    "The Lorton Mining Company denied bail to the driver.",
    "Vorland has denied Lorton residents their basic rights.",
    "The Lorton Mining Company denied him entry to the site.",
])
def test_denying_someone_a_thing_refuses_it_and_states_nothing(nlp, text):
    assert _records(run(nlp, text)) == []


@pytest.mark.parametrize("text, content", [
    ("The Lorton Mining Company denied the allegations.", "the allegations"),
    ("The Lorton Mining Company denied that it had refused the request.", "it had refused the request"),
])
def test_denying_an_account_of_events_disputes_it(nlp, text, content):
    assert _records(run(nlp, text)) == [("Lorton Mining Company", "denies", "denied", content)]


def test_referring_to_a_thing_as_something_labels_it(nlp):
    x = run(nlp, "The Lorton Mining Company referred to the strike as a disaster for the town. "
                 "The Lorton Mining Company referred the case to the court. "
                 "The Lorton Mining Company referred to the report in its letter.")
    assert _records(x) == [("Lorton Mining Company", "claims", "referred", "the strike as a disaster for the town")]


@pytest.mark.parametrize("text, content", [
    ("The Lorton Weather Service issued a warning that the river would flood.", "the river would flood"),
    ("The Lorton Weather Service issued a warning that the storm would strike.", "the storm would strike"),
])
def test_a_statement_nouns_clause_the_parser_read_as_relative_is_its_content(nlp, text, content):
    assert _records(run(nlp, text)) == [("Lorton Weather Service", "claims", "issued a warning", content)]


def test_a_relative_clause_of_a_verb_that_takes_a_statement_is_no_content(nlp):
    x = run(nlp, "The Lorton Weather Service repeated the warning that the service issued.")
    assert all(a.content.text != "the service issued" for a in x.attributions)
