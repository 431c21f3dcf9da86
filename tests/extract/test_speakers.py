"""Speakers named by a description, a role, a plural or a label, and names
the recogniser cuts: rules written from the dev errors of
``tests/data/realnews`` (the test split is scored, never studied), each tested
on texts written here for it. No sentence or name is taken from a gold set or
a seed."""

from __future__ import annotations

import pytest
from attribution_support import article_of, by_cue, run

from kg.extract.extraction import extract

pytestmark = pytest.mark.model


def _said(extraction, speaker: str) -> list[str]:
    return [a.content.text for a in extraction.attributions if a.speaker is not None and a.speaker.name == speaker]


# -- interview transcripts -------------------------------------------------------

_BRACKETED = """The regional paper spoke to Marta Oyelaran, who ran the ferry service for a decade.

((Interviewer)) Why did the service stop?

((Marta Oyelaran)) The council cut the subsidy in March.  Nobody asked the crews.

We had warned them for two years.

((Interviewer)) What happens next?

((Marta Oyelaran)) I expect the route to reopen under a private operator.

I would not bet on the old fares, though.
"""

_COLON = """Ferry chief speaks out

The regional paper spoke to Marta Oyelaran about the closure.

Paper: Why did the service stop?

Oyelaran: The council cut the subsidy in March.

Paper: Will it come back?

Oyelaran: I expect the route to reopen under a private operator.

The council meets again in June to discuss the harbour budget.
"""


def test_bracketed_speaker_labels_give_each_paragraph_of_a_turn_to_the_speaker(nlp):
    said = _said(run(nlp, _BRACKETED), "Marta Oyelaran")
    assert said == ["The council cut the subsidy in March.  Nobody asked the crews.",
                    "We had warned them for two years.",
                    "I expect the route to reopen under a private operator.",
                    "I would not bet on the old fares, though."]


def test_colon_speaker_labels_name_the_person_the_story_introduced(nlp):
    x = run(nlp, _COLON)
    assert _said(x, "Marta Oyelaran") == ["The council cut the subsidy in March.",
                                          "I expect the route to reopen under a private operator."]
    # the interviewer only asks; the narration after the last turn is no one's answer
    assert not [a for a in x.attributions if "June" in a.content.text or a.content.text.endswith("?")]


_TWO_NOTATIONS = """The Harbour Weekly interviews ferry captain Tomasz Vell

The Harbour Weekly spoke to Tomasz Vell, who has run the island ferry for a decade.

((HW)) Why did the service stop?

Tomasz Vell: The council cut the subsidy in March. Nobody asked the crews.

((HW)) You said last year that the boats were old. Is that why?

TV: The boats are fine. We ran every crossing on time last winter.

((es))Spanish language: Los barcos están bien.

((HW)) What happens next?

TV: I expect the route to reopen under a private operator.
"""


def test_an_interview_in_two_notations_gives_the_answers_to_the_interviewee(nlp):
    # questions marked "((HW))", answers by name or initials and a colon: both
    # notations count; the side that mostly asks states nothing, even after a
    # line of preamble; a translation of an answer is no statement of its own
    x = run(nlp, _TWO_NOTATIONS)
    turns = [(a.speaker.name, a.content.text) for a in x.attributions if a.cue.text.endswith(":")]
    assert turns == [("Tomasz Vell", "The council cut the subsidy in March. Nobody asked the crews."),
                     ("Tomasz Vell", "The boats are fine. We ran every crossing on time last winter."),
                     ("Tomasz Vell", "I expect the route to reopen under a private operator.")]
    assert not [a for a in x.attributions if "((" in a.cue.text or "Los barcos" in a.content.text]


_BARE_LABELS = """Norland Weekly interviews ferry captain Tomasz Vell

Contributor Ilka asked ferry captain Tomasz Vell about his years at sea.

Ilka Why did you start sailing?

T. Vell When I was young my uncle took me out on his trawler every summer.

Ilka What happens to the route now?

T. Vell I expect the route to reopen under a private operator.

T. Vell The crews are ready, and the boats are sound.

Tomasz Vell spoke to the paper on Monday.
"""


def test_labels_that_lost_their_colon_still_mark_an_interview(nlp):
    # a page turned into text loses the bold labels' type: the same name opening
    # three or more paragraphs before a capitalised word is a label; "T. Vell" is
    # the person named in full; the asking side states nothing
    x = run(nlp, _BARE_LABELS)
    turns = [(a.speaker.name, a.content.text) for a in x.attributions if a.cue.text == "T. Vell"]
    assert turns == [("Tomasz Vell", "When I was young my uncle took me out on his trawler every summer."),
                     ("Tomasz Vell", "I expect the route to reopen under a private operator."),
                     ("Tomasz Vell", "The crews are ready, and the boats are sound.")]
    assert not [a for a in x.attributions if a.cue.text == "Ilka"]


@pytest.mark.parametrize("text", [
    "Update: the road reopened at noon.\n\nNote: times are local.\n",
    "Lisbon: Crowds gathered near the square.\n\nPorto: Police closed the bridge.\n",
    "Harbour United: Reyes, Olsen, Park.\n\nCity Rovers: Adeyemi, Kahn, Varga.\n",
    # a list item's heading is no body whose name ends in it ("Vorland Radio")
    ("Vorland Radio published the report on Monday.\n\nThe rebels spent the money as follows.\n\n"
     "Radio: Intelligence detected seven clandestine radios that were moved through the territory.\n\n"
     "Transport: The rebels bought 40 trucks and used them on the roads.\n"),
])
def test_colon_headings_and_lists_are_no_transcript(nlp, text):
    assert not [a for a in run(nlp, text).attributions if a.cue.text.endswith(":")]


# -- people named as a group or by kinship ----------------------------------------

def _speakers(extraction, cue: str) -> set[str]:
    return {a.speaker.name for a in extraction.attributions if cue in a.cue.text and a.speaker is not None}


def test_a_plural_role_stands_for_the_pair_introduced_with_that_role(nlp):
    text = ("Two guards were dismissed on Friday. Carla Mendes met guards Tomas Lindqvist and Omar Haddad "
            "at the station. The station manager praised Carla Mendes at length. "
            "Both guards indicated they would appeal the decision.")
    assert _speakers(run(nlp, text), "indicated") == {"Tomas Lindqvist", "Omar Haddad"}


def test_the_defendants_and_they_stand_for_the_pair_the_story_named(nlp):
    text = ("Pavel Kostov and Ivan Marek were convicted of fraud in Sofia on Monday. The judge read the verdict. "
            "The defendants claimed the ledgers had been forged. The court ordered a retrial in May. "
            "The defendants are out on bail. They said they would appeal.")
    x = run(nlp, text)
    assert _speakers(x, "claimed") == {"Pavel Kostov", "Ivan Marek"}
    assert _speakers(x, "said") == {"Pavel Kostov", "Ivan Marek"}


def test_a_kinship_noun_is_the_relative_the_story_introduced(nlp):
    text = ("The singer Rosa Vell died on Sunday, her agency announced. The news was confirmed by her son "
            "Milo Vell. Vell recorded eleven albums and toured widely in the 1970s. She lived in Lisbon "
            "for many years. Her son said she died peacefully at home.")
    x = run(nlp, text)
    assert _speakers(x, "said") == {"Milo Vell"}


def test_a_kinship_noun_no_one_was_introduced_with_names_no_one(nlp):
    text = "Rosa Vell and Dan Vell lost their house in the flood. The mother said the water rose in minutes."
    assert not _speakers(run(nlp, text), "said")


# -- bodies named by a description ---------------------------------------------------

def test_a_government_official_speaks_for_the_state_the_story_is_about(nlp):
    text = ("Protests spread across Chile on Tuesday. Chile's capital saw the largest crowds in Chile this year. "
            '"The curfew will be lifted on Friday," a government official said.')
    (a,) = run(nlp, text).attributions
    assert a.source.text == "a government official"
    assert a.speaker.type == "Organisation" and "Chile" in a.speaker.name


def test_an_officer_described_by_a_service_is_that_service(nlp):
    text = ("Nine people died in the warehouse blaze. A fire officer said the exits had been locked. "
            "The alarm did not sound, according to the fire service.")
    x = run(nlp, text)
    assert {a.speaker.name for a in x.attributions} == {"fire service"}


def test_the_website_is_the_body_just_named_as_an_owner_or_a_source(nlp):
    text = ("Ships report their positions by radio. Harbourwatch's database had no record of the tanker; "
            "the website noted that a signal came from the coast. Some analysts, according to the Coastal Shipping Gazette, suspect piracy. "
            "The website later suggested the crew had left the ship.")
    x = run(nlp, text)
    speakers = {a.cue.text: a.speaker.name for a in x.attributions if a.speaker is not None}
    assert speakers.get("noted") == "Harbourwatch"
    assert speakers.get("suggested") == "Coastal Shipping Gazette"


def test_a_body_named_after_a_person_gets_the_persons_name(nlp):
    text = ("The painter Ada Brandt died on Monday at 90. Brandt's wildlife foundation said she had been ill "
            "for some weeks. Brandt, they said, asked for no funeral.")
    x = run(nlp, text)
    assert {a.speaker.name for a in x.attributions} == {"Ada Brandt Wildlife Foundation"}


def test_bare_plural_reports_name_no_one(nlp):
    text = ('"The talks will resume," a government official in Chile said. According to eyewitness reports, '
            "the crowd left the square by noon.")
    assert [a.cue.text for a in run(nlp, text).attributions] == ["said"]


# -- names the recogniser cut --------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Organic soap maker Who Cares a Lot said on Monday it had run out of stock.", "Who Cares a Lot"),
    ("The armed group, the Liberation Front of Amaria and the Coast, claimed responsibility for the attack.",
     "Liberation Front of Amaria and the Coast"),
])
def test_a_name_cut_by_the_recogniser_is_the_name_as_written(nlp, text, name):
    names = {a.speaker.name for a in run(nlp, text).attributions if a.speaker is not None}
    assert name in names


def test_a_place_before_a_persons_name_is_no_part_of_it(nlp):
    text = "US Ambassador to Norway Richard Okafor alleged that the airline had broken the sanctions."
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Richard Okafor"


def test_an_officer_of_a_described_body_speaks_for_it_and_is_she_after(nlp):
    text = ("Lena Ortiz testified on Monday. The head of the city's internal auditors told the court the "
            'records were incomplete. She also said "We were never called."')
    x = run(nlp, text)
    assert [(a.cue.text, a.speaker.name) for a in x.attributions if a.cue.text != "testified"] == [
        ("told", "city's internal auditors"), ("said", "city's internal auditors")]


def test_a_place_after_a_bodys_name_is_no_speaker(nlp):
    text = ("Marta Lindqvist of the University of Ontario, Kingston disagreed with the findings: "
            '"The samples were far too small."')
    (a,) = run(nlp, text).attributions
    assert (a.relation, a.speaker.name) == ("denies", "Marta Lindqvist")


def test_a_source_within_a_body_speaks_for_it(nlp):
    text = 'A source within the Transport Ministry said "the figures were never checked."'
    (a,) = run(nlp, text).attributions
    assert a.speaker.type == "Organisation" and "Transport Ministry" in a.speaker.span.text


def test_two_bodies_each_with_a_relative_clause_are_both_sources(nlp):
    # (the parser gives the verb two subjects, the first with the "and")
    text = "Dunmore-Kell, which owns two mills, and Castor Paper which makes napkins, said they were working to keep the supply."
    assert {a.speaker.name for a in run(nlp, text).attributions} == {"Dunmore-Kell", "Castor Paper"}


def test_a_kind_noun_after_a_bodys_name_is_that_body(nlp):
    text = "The rebel Ardan Liberation Front movement said it had taken the town."
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Ardan Liberation Front"


# -- an office no one in the story holds by name ---------------------------------

def test_a_described_office_with_no_named_holder_is_an_unnamed_source(nlp):
    # "The Vorlandish defence minister said P": a particular person the story
    # describes but never names is a source of its own, named after the
    # description (an unnamed source, never a label of a shared entity)
    from kg.resolve import unnamed_group

    ex = run(nlp, "The Vorlandish defence minister said the border posts would stay open through the winter. "
                  "The chief prosecutor told reporters that the case against the two pilots was closed.")
    assert _said(ex, "Vorlandish defence minister") == ["the border posts would stay open through the winter"]
    assert _said(ex, "Chief prosecutor") == ["the case against the two pilots was closed"]
    assert unnamed_group("Vorlandish defence minister") and unnamed_group("Chief prosecutor")


def test_a_described_office_goes_to_its_named_holder_first(nlp):
    # the holder the story named comes first; a bare "the minister" points
    # back and never becomes a source of its own
    ex = run(nlp, "Defence Minister Olla Brandvik toured the base on Monday. "
                  "The defence minister said the new radar would be ready in June.")
    assert _said(ex, "Olla Brandvik") == ["the new radar would be ready in June"]
    bare = run(nlp, "The minister said the new radar would be ready in June.")
    assert not [a for a in bare.attributions if a.speaker is not None and "inister" in a.speaker.name]


def test_a_religious_title_points_back_to_its_holder(nlp):
    # "the pope said", "the archbishop told T": the holder the story named
    ex = run(nlp, "Pope Ignatius IV addressed pilgrims at the basilica on Sunday. In comments to tourists at his "
                  "summer residence, the pope said humans had a duty to care for the land.")
    assert _said(ex, "Ignatius IV") == ["humans had a duty to care for the land"]
    ex = run(nlp, "Archbishop Tomas Verhoef met the families. The archbishop told reporters the church would pay "
                  "for the funerals.")
    assert _said(ex, "Tomas Verhoef") == ["the church would pay for the funerals"]


def test_a_name_without_its_regnal_number_is_the_same_person(nlp):
    # "Pope Benedict XVI ... Benedict said", "John Paul II ... John Paul said": one person
    ex = run(nlp, "Pope Anselm XIV met the bishops on Friday. Anselm said the church must listen to the young.")
    assert _said(ex, "Anselm XIV") == ["the church must listen to the young"]
    ex = run(nlp, "Pope Marco Paolo II urged delegates to protect the rivers. \"Peace needs justice,\" "
                  "Marco Paolo said.")
    assert "Peace needs justice" in _said(ex, "Marco Paolo II")
    assert "Marco Paolo" not in {m.name for m in ex.mentions}


def test_officers_and_described_people_of_news_are_sources(nlp):
    # an officer's role noun points back to the holder; the name set off by
    # commas after a long role phrase is that person; an indefinite leader
    # or defector is a described source
    ex = run(nlp, "Detective Inspector Jo Marlow led the search. The inspector said the car had been found "
                  "near the river.")
    assert _said(ex, "Jo Marlow") == ["the car had been found near the river"]
    ex = run(nlp, "The former chief safety inspector for the agency in Vorland, Ida Brekk, told the radio "
                  "station the report could be true.")
    assert _said(ex, "Ida Brekk") == ["the report could be true"]
    ex = run(nlp, "A senior church leader says the bishop must explain the payments. "
                  "A Vorlandish defector claims he has papers about the secret plants.")
    assert _said(ex, "A senior church leader") == ["the bishop must explain the payments"]
    assert _said(ex, "A Vorlandish defector") == ["he has papers about the secret plants"]


def test_a_first_answer_under_the_full_name_of_later_initials_is_theirs(nlp):
    # labels without colons: "Jana Rellik I teach ...", then "JR We found ..."
    text = ("Interview on river study\n\nWikinews spoke to hydrologist Jana Rellik about her new study.\n\n"
            "((WN)) Could you tell us a little about yourself?\n\n"
            "Jana Rellik I am a professor of hydrology at the Ostland Institute. My work has focused on floods.\n\n"
            "((WN)) What did you find?\n\nJR We found that the rivers rose faster than the models said.\n\n"
            "((WN)) Were you surprised?\n\nJR Not really. The data had hinted at it for years.\n\n"
            "((WN)) What comes next?\n\nJR We will repeat the survey next spring with more gauges.\n")
    said = _said(run(nlp, text), "Jana Rellik")
    assert said[0].startswith("I am a professor of hydrology") and len(said) == 4, said


def test_a_name_apposed_to_a_role_apposed_to_a_body_speaks(nlp):
    # "News source X's editorial director, Name, said": the parser's subject is the body's description
    ex = run(nlp, "Court news\n\nNational arts news source Strand's editorial director, Mara Quell, said she "
                  "felt the ruling might bring some relief.")
    assert [a.speaker.name for a in ex.attributions if a.cue.text == "said"] == ["Mara Quell"]


def test_a_name_hung_inside_a_fronted_participle_is_the_cues_subject(nlp):
    # 'Calling it "Q", Name of "Group", a charity, told T P': the parser leaves "told" no subject
    ex = run(nlp, "Church news\n\nCalling it \"just another apology\", Ada Lind of \"Speak Out\", a charity for "
                  "victims, told Reuters \"it almost looks as if the statement was written before the "
                  "officials saw the film\".")
    assert [a.speaker.name for a in ex.attributions if a.cue.text == "told"] == ["Ada Lind"]


def test_who_after_a_role_apposed_to_a_person_is_that_person(nlp):
    # "Name, a <role> with the X Department, who said": "who" is said of the
    # person, whatever the role noun, never of the body closing the role
    ex = run(nlp, "The radio report also quotes Tom Verrick, a specialist with the Ostland Water and "
                  "Forestry Board, who told the station he was surprised to find high readings far from the plant.")
    assert _said(ex, "Tom Verrick") == ["he was surprised to find high readings far from the plant"]


def test_according_to_a_hyphenated_title_or_document_finds_the_source(nlp):
    # the parser splits "vice-premier" and "e-mails" into several objects of "to"
    ex = run(nlp, "Health news\n\nThe outbreak is over, according to Ostrian vice-premier Ivo Lind.")
    assert _said(ex, "Ivo Lind") == ["The outbreak is over"]
    ex = run(nlp, "Obituary\n\nLena Varga, 81, died on Friday after a long illness, according to e-mails released "
                  "by her family.")
    assert [a.speaker.name for a in ex.attributions] == ["Family of Lena Varga"]


def test_it_after_a_message_named_as_a_subject_is_its_issuer(nlp):
    # "A statement by X was posted. It said P": the statement's, so X's, not the last speaker's
    ex = run(nlp, "Obituary\n\nLena Varga died on Friday. The Vorland Singers Union said its concert was "
                  "cancelled. A statement by the Ostland Music Society was posted on its website. It said "
                  "\"We mourn a singer who gave us so much.\"")
    assert _said(ex, "Ostland Music Society") == ["We mourn a singer who gave us so much."]


def test_a_singular_relative_clause_after_a_coordination_is_its_last_items(nlp):
    # "X and Y who adds P": the parser hangs "who adds" on X; the singular verb is Y's
    ex = run(nlp, "Health news\n\nThe leader is well after surgery, according to Ostrian vice-premier Ivo Lind and "
                  "Ostria's health minister Tom Berg who adds that the leader should be back at work within "
                  "a week.")
    assert [a.speaker.name for a in ex.attributions if a.cue.text == "adds"] == ["Tom Berg"]
    ex = run(nlp, "Ivo Lind and Tom Berg, who both spoke on Monday, said the leader was well.")
    assert sorted(a.speaker.name for a in ex.attributions) == ["Ivo Lind", "Tom Berg"]


def test_a_belief_about_a_noun_in_a_reduced_relative_is_no_statement(nlp):
    # "two men, believed to be hiding": what someone unnamed believes of the
    # men; neither the men nor the subject of the sentence said anything
    for text in ("Police are searching for two men, believed to be hiding in the forest.",
                 "Militia forces are continuing their search for some 300 Vorlan Front fighters, believed to be "
                 "still at large in the hills near the border."):
        assert [a.cue.text for a in run(nlp, text).attributions] == [], text
    ex = run(nlp, "Officials denied the report, and said the talks would go on.")
    assert [a.cue.text for a in ex.attributions] == ["denied", "said"]


def test_a_role_just_after_a_persons_statements_is_that_person_not_the_next_one_named(nlp):
    # "X said P. He said Q. The governor said R. Y, from a group, said S":
    # R is X's (the one speaking), not Y's, who is named next
    ex = run(nlp, "Dr Anna Wessel has released a statement. She says legal duties weighed on her decision. "
                  "The Governor-General says she relied on advice from church officials at the time. "
                  "Mira Holt, from the Parents' League, says the account is hard to believe.")
    assert _said(ex, "Anna Wessel") == ["legal duties weighed on her decision",
                                        "she relied on advice from church officials at the time"]
    # the office first, its holder named in the next sentence: still the holder
    ex = run(nlp, "The governor said the roads would reopen on Monday. Jane Roe said on the radio that "
                  "the snow had stopped.")
    assert _said(ex, "Jane Roe") == ["the roads would reopen on Monday", "the snow had stopped"]


def test_a_hyphened_office_is_no_name_and_no_other_office(nlp):
    # "the Governor-General" is an office (no entity), and not the
    # "Attorney-General" named next
    ex = run(nlp, "Dr Ivo Renner has released a statement. The Governor-General says he relied on advice from "
                  "church officials. The Attorney-General, Lena Marsh, says the man is still held.")
    assert not [m for m in ex.mentions if "General" in m.name]
    assert _said(ex, "Ivo Renner") == ["he relied on advice from church officials"]
    assert _said(ex, "Lena Marsh") == ["the man is still held"]


def test_a_name_ending_an_unclosed_relative_clause_is_not_the_speaker(nlp):
    # "X, who is in the squad in place of Y says P": the comma that would
    # close the clause is missing; the parser gives "says" both; X speaks
    ex = run(nlp, "Leg spinner Stuart Mallory, who is in the squad in place of pace bowler Andy Birchall says he "
                  "is not perturbed by the reports.")
    assert [a.speaker.name for a in ex.attributions] == ["Stuart Mallory"]


@pytest.mark.parametrize("text", [
    'Tomas Varga was elected in 2015. According to the economist Daniel Okafor, Varga is a drag on the '
    'coalition that supports the cabinet. "We need to limit his influence before it grows," he said.',
    'Tomas Varga was elected in 2015. Varga is a drag on the coalition, the economist Daniel Okafor '
    'wrote on Monday. "We need to limit his influence before it grows," he said.',
])
def test_a_subject_inside_what_a_speaker_said_is_no_newer_antecedent_than_the_speaker(nlp, text):
    """"According to X, Y is P. 'Q,' he said": Y is what X spoke about; X,
    not Y, goes on speaking (a subject of the narration after X would be newer)."""
    x = run(nlp, text)
    assert _said(x, "Daniel Okafor")[-1] == "We need to limit his influence before it grows"
    assert _said(x, "Tomas Varga") == []


def test_members_of_an_armed_group_speak_for_the_group_the_story_names(nlp):
    """"The rebels said P", "one rebel said P": the one armed group named
    (by the gazetteer, or by its own name's words, an acronym of it the same)."""
    x = run(nlp, "Fighting went on near the dam. The Vorland People's Liberation Front (VPLF) holds the hills. "
                 '"The valley road is ours by nightfall," the rebels said. One rebel said that the army had fled.')
    assert _said(x, "Vorland People's Liberation Front") == ["The valley road is ours by nightfall", "the army had fled"]
    x = run(nlp, "Militants attacked a checkpoint on Sunday. Hamas later said it had lost two men. "
                 "The militants said they had taken three hostages.")
    assert _said(x, "Hamas")[-1] == "they had taken three hostages"


def test_several_armed_groups_named_speak_together_and_none_named_is_a_described_source(nlp):
    x = run(nlp, "Hamas and Hezbollah attacked the base overnight. "
                 '"Our units will strike the depots again," said the attackers.')
    assert _said(x, "Hamas") == _said(x, "Hezbollah") == ["Our units will strike the depots again"]
    assert not any(m.name == "Attackers" for m in x.mentions)
    x = run(nlp, "Government troops retook the port on Monday, but the rebels said they still held the airport.")
    said = [(a.speaker.name, a.content.text) for a in x.attributions if a.speaker is not None]
    assert said == [("Rebels", "they still held the airport")]


@pytest.mark.parametrize("text, speaker", [
    ("An investigation by the Guardian revealed that the pension funds were moved offshore.", "Guardian"),
    ("The Ostrian Air Safety Board examined the wreck. Preliminary investigations suggest a sensor was faulty.",
     "Ostrian Air Safety Board"),
    ("The political wing of Hezbollah said in a statement that it would join the talks.", "Hezbollah"),
    ("British intelligence has maintained that the plot was planned abroad.", "British intelligence"),
])
def test_an_inquiry_a_wing_and_a_nations_intelligence_speak_for_their_body(nlp, text, speaker):
    """"An investigation by X revealed P" is X's (an inquiry no one is named
    making, the body inquiring); "the political wing of X" speaks for X; "British
    intelligence" is the country's intelligence services (an org template)."""
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions if a.speaker is not None] == [speaker]


def test_he_in_a_relative_clause_on_the_object_is_the_subject_of_the_clause(nlp):
    """"X appeared at a news conference in which he mentioned N": X, not the
    man who spoke last; "He has since said Q" then stays with X."""
    x = run(nlp, "On Monday in Vorland, Tomas Varga, brother of the singer Lena Varga, was jailed for fraud by a "
                 "court in Tarnby.\n\nEven though Varga said he acted alone, several others, including the cleric "
                 "Omar Haddad, were tried by the same court. Haddad was later accused of planning the scheme, which "
                 "he denied. Some of Haddad's followers cheered as he was leaving the courthouse.\n\nVarga appeared "
                 "at a news conference after his arrest in which he expressed no remorse and specifically mentioned "
                 "family pride. He has since said his first statement was forced.")
    assert _said(x, "Tomas Varga") == ["he acted alone", "family pride", "his first statement was forced"]


def test_she_in_a_clause_governed_by_an_unnamed_person_is_that_person(nlp):
    """"A former officer is due to tell the court that she alerted X": the
    officer (no one named), not the man who spoke before."""
    x = run(nlp, "Tom Fry said the bank had failed. A former officer at the bank, now a witness for the state, is "
                 "due to tell the court that she warned Fry of the debts in 2022.")
    assert _said(x, "Tom Fry") == ["the bank had failed"]


def test_the_two_countries_are_the_two_the_story_names_most(nlp):
    """"the two countries announced P" with no pair named together just
    before: the two countries the story has named most (each at least twice)."""
    x = run(nlp, "Norway is looking to nuclear energy. The talks with Chile began in May. Norway hopes Chile will "
                 "lift its limits on trade. Chile has asked for safeguards. The two countries announced a "
                 "breakthrough in July.")
    assert sorted(a.speaker.name for a in by_cue(x, "announced")) == ["Chile", "Norway"]
    x = run(nlp, "Norway is looking to nuclear energy. Talks began in May. The two countries announced a breakthrough.")
    assert not by_cue(x, "announced")


def test_a_message_a_persons_family_released_is_the_familys(nlp):
    """"according to a statement released by her family": the family (a
    source of its own, named after the person), not no one."""
    x = run(nlp, "The actress Ann Roe died on Friday, according to a statement released by her family.")
    assert [(a.speaker.name, a.content.text) for a in x.attributions] == [
        ("Family of Ann Roe", "The actress Ann Roe died on Friday")]


@pytest.mark.parametrize("text, speaker", [
    ("Earlier statements from Ostria's health ministry asserted the man died within twenty minutes.",
     "Ostria's health ministry"),
    ("A statement from the Ostrian health ministry said the outbreak was over.", "Ostrian health ministry"),
    ("A statement from Norway's coast guard said the ship sank.", "Norway's coast guard"),
])
def test_a_message_from_a_nations_body_named_by_its_kind_is_that_bodys(nlp, text, speaker):
    """"a statement from X's health ministry": the ministry (named by its
    phrase, as "X's health ministry said" is), not the country."""
    assert [a.speaker.name for a in run(nlp, text).attributions] == [speaker]


def test_a_person_after_a_long_bodys_possessive_speaks_not_the_body(nlp):
    """"The X Institute for Y Studies's Jane Roe stated P": the parser hangs
    the person inside the body's name; the person speaks. The body alone
    still speaks for itself."""
    x = run(nlp, "The Vorland Institute for Policy Studies's Park Min-jun stated the leader may have felt threatened.")
    assert [a.speaker.name for a in x.attributions] == ["Park Min-jun"]
    x = run(nlp, "The Vorland Institute for Policy Studies said the leader may have felt threatened.")
    assert [a.speaker.name for a in x.attributions] == ["Vorland Institute for Policy Studies"]


def test_a_cue_joined_to_a_concessive_clause_is_its_subjects(nlp):
    """"X pointed out that while Y had stood trial in May and acknowledged P, Q":
    Y acknowledged P; X pointed the whole out."""
    x = run(nlp, 'Tom Fry pointed out that while Ann Roe had stood trial in May and acknowledged '
                 'wrongdoing, "Mr. Dorn fled abroad."')
    assert [(a.speaker.name, a.relation) for a in by_cue(x, "acknowledged")] == [("Ann Roe", "confirms")]
    assert [a.speaker.name for a in by_cue(x, "pointed out")] == ["Tom Fry"]


def test_a_cue_after_then_shares_the_subject_of_the_clause_before(nlp):
    """"X sold his Kia Sorento to a dealer, then claimed P": the parser hangs
    "claimed" on "sold" with no relation; X claimed, not the car named last."""
    x = run(nlp, "Dan Roe sold his old Kia Sorento to a dealer, then claimed it had been stolen.")
    assert [a.speaker.name for a in by_cue(x, "claimed")] == ["Dan Roe"]


def test_the_one_told_is_no_speaker(nlp):
    """"X tried to fly, but was warned that P": the subject of a passive verb
    of telling heard P; no teller is named, so no one is its speaker."""
    x = run(nlp, "According to the Velmar Herald, county officials said that Dan Roe had tried to book a seat on "
                 "the morning ferry, but was warned that the crossing could be cancelled.")
    assert [a.cue.text for a in x.attributions] == ["said"]


def test_a_nations_office_is_not_whoever_spoke_last(nlp):
    """"X said P. ... Q, the Velmarian public prosecutor said": an office
    described by its nation is not the person named last (who holds no
    office); it is the office itself."""
    x = run(nlp, "Dan Roe said he would defend himself. His sons have also been summoned by Velmarian prosecutors. "
                 "On Friday, the former finance minister, Tom Fry, was held for ten days, the Velmarian public "
                 "prosecutor said in a statement.")
    assert [a.speaker.name for a in x.attributions] == ["Dan Roe", "Velmarian public prosecutor"]


def test_a_towns_body_named_by_its_kind_is_the_body(nlp):
    """"First reports from Tomsk hospital stated P": the town's hospital
    speaks, not the town (nor its government)."""
    x = run(nlp, "First reports from Tomsk hospital stated that no trace of the toxin had been found.")
    assert [a.speaker.name for a in x.attributions] == ["Tomsk hospital"]


def test_a_joint_statement_is_each_issuers(nlp):
    """"X and Y issued a joint statement saying P": one record per speaker,
    as for "X and Y said P" (the keys' guideline)."""
    x = run(nlp, "Ann Vale and Tom Fry issued a joint statement saying the talks would go on.")
    assert [a.speaker.name for a in x.attributions] == ["Ann Vale", "Tom Fry"]


def test_he_after_a_bodys_unnamed_member_is_that_member_again(nlp):
    """"An X Union soldier said P. He added Q": the soldier again, who spoke
    for the body; not the man named before him."""
    x = run(nlp, "Dan Roe, the president, toured the base on Monday. A Norland Guard soldier, who asked not to be "
                 "named, said that one sentry was killed in the raid. He added that two more were hurt.")
    assert [a.speaker.name for a in x.attributions] == ["Norland Guard", "Norland Guard"]


def test_whom_a_quotation_reports_is_not_who_speaks_it(nlp):
    """"'The president told us P,' he said": the one the quotation reports
    on is not the "he" who speaks it; the speaker before it is. A surname
    inside the quotation is still that person, relayed by the speaker."""
    text = ("President Omar Dell said the vote would go ahead. Deputy Minister Ivo Brandt later explained the "
            "remarks. Many leaders want a delay, but Brandt says a delay would break the law. "
            "\"The president told us on Monday that the vote will go ahead,\" he said.")
    got = [(a.speaker.name, a.content.text) for a in by_cue(run(nlp, text), "said") if a.speaker]
    assert got == [("Omar Dell", "the vote would go ahead"),
                   ("Ivo Brandt", "The president told us on Monday that the vote will go ahead")]
    text = ("President Omar Dell said the vote would go ahead. Many leaders want a delay, but Ivo Brandt says a "
            "delay would break the law. \"Dell told us on Monday that the vote will go ahead,\" he said.")
    got = [(a.speaker.name, a.via.name if a.via else None) for a in run(nlp, text).attributions]
    assert got == [("Omar Dell", None), ("Ivo Brandt", None), ("Ivo Brandt", None), ("Omar Dell", "Ivo Brandt")]


def test_a_name_before_its_apposed_subject_whose_closing_comma_the_parser_hung_inside(nlp):
    """"X, the operator of the refinery, has warned P" parsed with X as a
    modifier and the apposed phrase as the subject: X speaks, also where the
    parser (as in longer texts) hung the closing comma on the phrase."""
    text = ("ORVA, the operator of the grid, said the alert was raised.\n\n"
            "KORAL, the operator of the refinery, has warned gas was still escaping from the tanks.")
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "KORAL")
    name, operator, comma, verb = doc[i], doc[i + 3], doc[i + 7], doc[i + 9]
    assert (name.head, operator.head, comma.text, verb.text) == (verb, name, ",", "warned")
    # the parse the model gives this sentence after a long paragraph
    operator.head, operator.dep_, name.dep_, comma.head = verb, "nsubj", "advmod", operator
    (a,) = by_cue(extract(article_of(text), doc), "warned")
    assert (a.speaker.name, a.content.text) == ("KORAL", "gas was still escaping from the tanks")


@pytest.mark.parametrize("text, records", [
    ("Tom Hale was arrested on Monday. His wife said he was innocent.",
     [("Wife of Tom Hale", "he was innocent")]),
    # one person named by two roles, and "he" after him
    ("Edith Vorn finished fifth. Vorn's husband and coach told the media that she was tired. "
     "He said that the crowd was small.",
     [("Husband and coach of Edith Vorn", "she was tired"), ("Husband and coach of Edith Vorn", "the crowd was small")]),
    # a relative the story names is that person
    ("Tom Hale was arrested on Monday. His wife, Ann Hale, said he was innocent.",
     [("Ann Hale", "he was innocent")]),
    # the people a person employs speak of them, not for them
    ("The actor Tom Hale died on Monday. According to his agent, Hale had been ill for months.",
     [("Agent of Tom Hale", "Hale had been ill for months.")]),
    ("The actor Tom Hale died on Monday. Hale's publicist said he had been ill for months.",
     [("Publicist of Tom Hale", "he had been ill for months")]),
    ("The actor Tom Hale died on Monday. His doctor, Ann Lutz, said he had been ill for months.",
     [("Ann Lutz", "he had been ill for months")]),
])
def test_an_unnamed_relative_of_a_named_person_is_a_source_of_their_own(nlp, text, records):
    """The realnews guideline: a describable source no name identifies is a
    speaker of its own ("his wife" of the person the text names, "his
    agent" of the person who employs him)."""
    assert [(a.speaker.name, a.content.text) for a in run(nlp, text).attributions] == records


def test_a_cue_the_parser_made_the_subject_of_its_own_message(nlp):
    """"X, in his review of the season, notes Y has the edge": the cue read
    as a subject of the message's verb; X speaks, the message is the rest."""
    text = "Pete Vandermolen, in his review of the season, notes Brown has more recent racing experience."
    (a,) = run(nlp, text).attributions
    assert (a.speaker.name, a.cue.text, a.content.text) == (
        "Pete Vandermolen", "notes", "Brown has more recent racing experience")


def test_a_relayed_cue_whose_subject_is_no_one_is_no_statement(nlp):
    """"X said sea-level readings confirm P": the readings speak for no one;
    X's statement is the only record (a relay needs a speaker, named or
    described as people are)."""
    x = run(nlp, "Ann Roe said sea-level readings confirm that a flood is coming.")
    assert [(a.speaker.name, a.cue.text) for a in x.attributions] == [("Ann Roe", "said")]


@pytest.mark.parametrize("text, speaker", [
    ("Acme Corp cut 200 jobs. A spokesman for it said the cuts were needed.", "Acme Corp"),
    ("The Harbour Office confirmed the death, with a spokeswoman for them adding: \"We are in touch "
     "with the family.\"", "Harbour Office"),
])
def test_a_role_for_a_pronoun_speaks_for_the_body_it_stands_for(nlp, text, speaker):
    assert run(nlp, text).attributions[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    ("\"The talks will resume,\" said the office of the Norland President in a statement.",
     "Office of the Norland President"),
    ("The office of the prime minister said the talks would resume.", "Office of the prime minister"),
    # a person's office speaks for the person
    ("The office of Ola Rask said the talks would resume.", "Ola Rask"),
])
def test_the_office_of_a_role_is_an_institution_of_its_own(nlp, text, speaker):
    """As "the Norland President's office" is: the office, not its country
    nor whoever holds the role."""
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == speaker


@pytest.mark.parametrize("text, speaker, cue", [
    ("Remarked team scientist Ann Roe, \"This is a thank-you from the birds.\"", "Ann Roe", "Remarked"),
    ("Added Ann Roe: \"We expect more rain.\"", "Ann Roe", "Added"),
])
def test_an_inverted_cue_opening_its_sentence_introduces_the_named_source(nlp, text, speaker, cue):
    """'Added X: "Q"': the inversion of feature writing, which the parser
    reads as a modifier of the name."""
    (a,) = run(nlp, text).attributions
    assert (a.speaker.name, a.cue.text, a.content.text.rstrip(".")) == (speaker, cue, text.split('"')[1].rstrip("."))


def test_a_participle_opening_its_sentence_is_no_inverted_cue(nlp):
    assert not run(nlp, "Wanted by police, Tom Berg, \"the fox\", was caught.").attributions


@pytest.mark.parametrize("text, speakers", [
    ("Several hundred Kenyan business leaders announced that growth would slow. They said 400 jobs could be lost.",
     ["Several hundred Kenyan business leaders"] * 2),
    # a group that speaks for a body: "they" is that body again
    ("Kenyan officials said the harvest had failed. They said aid was coming.", ["Government of Kenya"] * 2),
])
def test_they_right_after_a_described_group_spoke_is_that_group(nlp, text, speakers):
    assert [a.speaker.name for a in run(nlp, text).attributions] == speakers


@pytest.mark.parametrize("which, speaker", [("latter", "Tom Berg"), ("former", "Maria Lopez")])
def test_the_latter_and_the_former_are_the_last_two_named(nlp, which, speaker):
    text = f"News\n\nPresident Maria Lopez met Senator Tom Berg on Monday. The {which} said the talks had failed."
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == speaker and a.content.text == "the talks had failed"


def test_the_latter_as_a_country_is_its_government(nlp):
    text = "News\n\nThe rebels are considered a terrorist group by Vorland and Peru; the latter blames them for several bombings."
    (a,) = [a for a in run(nlp, text).attributions if a.cue.text == "blames"]
    assert a.speaker.name == "Government of Peru" and a.relation == "claims"


@pytest.mark.parametrize("text, names", [
    ("News\n\nA group called the Dorvik League said the attack was a success.", ["Dorvik League"]),
    ("News\n\nA militia known as the Dorvik Brigade said the town had fallen.", ["Dorvik Brigade"]),
    ("News\n\nThe Vorland Front as well as another group, called the Dorvik League, claimed responsibility "
     "in a statement.", ["Vorland Front", "Dorvik League"]),
])
def test_a_noun_given_a_name_by_called_or_known_as_is_that_name(nlp, text, names):
    assert [a.speaker.name for a in run(nlp, text).attributions] == names


def test_the_publishing_outlet_is_no_antecedent(nlp):
    """The outlet that published the story (its metadata) is its own voice:
    "it", "they" or "the company" never refers to it."""
    import dataclasses

    from kg.extract.extraction import extract
    from kg.records import Meta

    text = ("Harbour news\n\nNordvik Logistics Inc. will donate its fees to charity, Ada Vell, its chief executive, "
            "told the Dorvik Times. The Dorvik Times has contacted the city council for a statement. "
            "The company said the gift would be made in May.")
    plain = run(nlp, text)
    article = dataclasses.replace(article_of(text), meta=Meta(outlet="Dorvik Times"))
    published = extract(article, nlp(text))
    assert [a.speaker.name for a in by_cue(plain, "said") if "gift" in a.content.text] == ["Dorvik Times"]
    assert [a.speaker.name for a in by_cue(published, "said") if "gift" in a.content.text] == ["Nordvik Logistics Inc"]


def test_the_church_is_the_church_named_before(nlp):
    text = ("Church news\n\nMembers of the Dorvik Baptist Church protested outside the court on Monday. "
            "The church said the march was peaceful.")
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Dorvik Baptist Church"


def test_a_member_s_title_before_a_bracketed_expansion_leaves_the_member_the_speaker(nlp):
    x = run(nlp, "Labour MSP (Member of Scottish Parliament) Jane Roe — who is herself a farmer — argued that "
                 "the levy would hurt small farms.")
    assert [(a.speaker.name, a.content.text) for a in x.attributions] == [
        ("Jane Roe", "the levy would hurt small farms")]


def test_the_body_s_head_by_title_is_the_person_introduced_with_it(nlp):
    x = run(nlp, "The director of the Vorland Museum, Tom Reyes, opened the show. The museum director said "
                 "the paintings were fake.")
    assert _said(x, "Tom Reyes") == ["the paintings were fake"]
    # an indefinite officer names no one: the body speaks
    x = run(nlp, "Tom Reyes, director of the Vorland Museum, opened the show. A museum spokesman said "
                 "the paintings were fake.")
    assert _said(x, "Tom Reyes") == []
