"""An audit of the attribution constructions of English news, independent of
any gold set: each construction the news style guides teach (and each one the
issue on real news lists) in a sentence written here with invented names, and
the source, cue, content and stance ``extract`` must give it.

Content is compared without the quotation marks and end punctuation around it
(a quotation's content is its words, "The dam is safe" in '"The dam is safe,"').
A construction still out of reach is marked xfail with the reason, not dropped."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from attribution_support import run

pytestmark = pytest.mark.model

_TRIM = " \t\n,.;:\"'\u201c\u201d\u2018\u2019"


@dataclass(frozen=True)
class Case:
    """What one construction must give: the record whose cue contains ``cue``
    (the ``nth`` such), its source words, speaker name, content and stance."""

    text: str
    cue: str
    source: str | None
    speaker: str | None
    content: str
    relation: str = "claims"
    via: str | None = None
    nth: int = 0


def _check(nlp, case: Case):
    x = run(nlp, case.text)
    for a in x.attributions:  # every span is the article's own characters
        for span in (a.cue, a.content, a.source):
            assert span is None or case.text[span.start:span.end] == span.text
    found = [a for a in x.attributions if case.cue.lower() in a.cue.text.lower()]
    assert len(found) > case.nth, [(a.cue.text, a.content.text) for a in x.attributions]
    a = found[case.nth]
    got = (a.source.text if a.source else None, a.speaker.name if a.speaker else None,
           a.content.text.strip(_TRIM), a.relation, a.via.name if a.via else None)
    assert got == (case.source, case.speaker, case.content, case.relation, case.via)
    return x


def _xfail(case: Case, reason: str):
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=True))


# -- "X said (that) P" in every position --------------------------------------

SAID = {
    "before, with that": Case("Mara Lind said that the bridge would reopen in May.", "said",
                              "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "before, no that": Case("Mara Lind said the bridge would reopen in May.", "said",
                            "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "after, subject first": Case("The bridge will reopen in May, Mara Lind said.", "said",
                                 "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "after, inverted": Case("The bridge will reopen in May, said Mara Lind.", "said",
                            "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "after a quotation": Case("\"The bridge will reopen in May,\" Mara Lind said.", "said",
                              "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "after a quotation, inverted": Case("\"The bridge will reopen in May,\" said Mara Lind.", "said",
                                        "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "inside a quotation": Case("\"The bridge,\" Mara Lind said, \"will reopen in May.\"", "said",
                               "Mara Lind", "Mara Lind", "The bridge,\" Mara Lind said, \"will reopen in May"),
    "parenthetical": Case("The bridge, Mara Lind said, will reopen in May.", "said",
                          "Mara Lind", "Mara Lind", "The bridge, Mara Lind said, will reopen in May"),
    "parenthetical pronoun": Case("Tom Berg spoke on Monday. The talks, he said, had failed in the spring.", "said",
                                  "he", "Tom Berg", "The talks, he said, had failed in the spring"),
    "after a colon": Case("Mara Lind said: \"The bridge will reopen in May.\"", "said",
                          "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "said on Tuesday": Case("Mara Lind said on Tuesday that the bridge would reopen in May.", "said",
                            "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "said in an interview with": Case(
        "Mara Lind said in an interview with the Orvik Courier that the bridge would reopen in May.", "said",
        "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "said in a tweet": Case("Mara Lind said in a tweet that the bridge would reopen in May.", "said",
                            "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "wrote on Twitter": Case("Mara Lind wrote on Twitter that the bridge would reopen in May.", "wrote",
                             "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "in a statement, X said": Case(
        "In a statement, the Orvik Harbour Authority said the bridge would reopen in May.", "said",
        "the Orvik Harbour Authority", "Orvik Harbour Authority", "the bridge would reopen in May"),
    "X's statement said": Case(
        "The Orvik Harbour Authority's statement said the bridge would reopen in May.", "said",
        "The Orvik Harbour Authority's statement", "Orvik Harbour Authority", "the bridge would reopen in May"),
    "present-tense says": Case("Mara Lind says the bridge will reopen in May.", "says",
                               "Mara Lind", "Mara Lind", "the bridge will reopen in May"),
    "says after a quotation": Case("\"The bridge will reopen in May,\" says Mara Lind.", "says",
                                   "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
}


@pytest.mark.parametrize("case", list(SAID.values()), ids=list(SAID))
def test_said_in_every_position(nlp, case):
    _check(nlp, case)


# -- according to --------------------------------------------------------------

ACCORDING = {
    "after the clause": Case("The bridge will reopen in May, according to Mara Lind.", "according to",
                             "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "before the clause": Case("According to Mara Lind, the bridge will reopen in May.", "according to",
                              "Mara Lind", "Mara Lind", "the bridge will reopen in May"),
    "a spokesperson for a body": Case(
        "According to a spokesperson for the Orvik Harbour Authority, the bridge will reopen in May.",
        "according to", "a spokesperson for the Orvik Harbour Authority", "Orvik Harbour Authority",
        "the bridge will reopen in May"),
    "a body's statement": Case(
        "According to a statement from the Orvik Harbour Authority, the bridge will reopen in May.",
        "according to", "a statement from the Orvik Harbour Authority", "Orvik Harbour Authority",
        "the bridge will reopen in May"),
    "an official of a country": Case(
        "The convoy left at dawn, according to a senior Canadian official.", "according to",
        "a senior Canadian official", "Government of Canada", "The convoy left at dawn"),
}


@pytest.mark.parametrize("case", list(ACCORDING.values()), ids=list(ACCORDING))
def test_according_to(nlp, case):
    _check(nlp, case)


# -- told -----------------------------------------------------------------------

TOLD = {
    "told Y that P": Case("Mara Lind told reporters that the bridge would reopen in May.", "told",
                          "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "told Y P": Case("Mara Lind told the Orvik Courier the bridge would reopen in May.", "told",
                     "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "told Y: quotation": Case("Mara Lind told the Orvik Courier: \"The bridge will reopen in May.\"", "told",
                              "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
    "quotation, X told Y": Case("\"The bridge will reopen in May,\" Mara Lind told reporters.", "told",
                                "Mara Lind", "Mara Lind", "The bridge will reopen in May"),
}


@pytest.mark.parametrize("case", list(TOLD.values()), ids=list(TOLD))
def test_told(nlp, case):
    _check(nlp, case)


# -- stance: denial, confirmation withheld, negation ---------------------------

STANCE = {
    "denied that": Case("Mara Lind denied that she had taken the money.", "denied",
                        "Mara Lind", "Mara Lind", "she had taken the money", "denies"),
    "confirmed that": Case("The Orvik Harbour Authority confirmed that the bridge had cracked.", "confirmed",
                           "The Orvik Harbour Authority", "Orvik Harbour Authority", "the bridge had cracked",
                           "confirms"),
    "refused to confirm": Case("The Orvik Harbour Authority refused to confirm that the bridge had cracked.",
                               "refused to confirm", "The Orvik Harbour Authority", "Orvik Harbour Authority",
                               "the bridge had cracked", "not_confirmed"),
    "would not confirm": Case("Mara Lind would not confirm that the bridge had cracked.", "confirm",
                              "Mara Lind", "Mara Lind", "the bridge had cracked", "not_confirmed"),
    "could not confirm": Case("The Orvik Courier could not confirm that the bridge had cracked.", "confirm",
                              "The Orvik Courier", "Orvik Courier", "the bridge had cracked", "not_confirmed"),
    "has not confirmed": Case("The Orvik Harbour Authority has not confirmed the closure of the bridge.",
                              "confirmed", "The Orvik Harbour Authority", "Orvik Harbour Authority",
                              "the closure of the bridge", "not_confirmed"),
    "said it could not confirm": Case(
        "The Orvik Harbour Authority said it could not confirm that the bridge had cracked.", "could not confirm",
        "it", "Orvik Harbour Authority", "the bridge had cracked", "not_confirmed"),
}


@pytest.mark.parametrize("case", list(STANCE.values()), ids=list(STANCE))
def test_stance(nlp, case):
    _check(nlp, case)


@pytest.mark.parametrize("text", [
    "Mara Lind declined to comment.",
    "The Orvik Courier would not comment about the talks.",
])
def test_declining_to_comment_is_no_statement(nlp, text):
    # the gold guidelines of the seeds and held-out sets: a bare "declined to
    # comment" names no proposition (unlike "declined to say whether P", and
    # "declined to comment on P", which the independent keys give as
    # not_confirmed: test_declining_to_comment_on_a_thing_leaves_it_unconfirmed)
    assert not run(nlp, text).attributions


def test_commenting_on_a_topic_with_a_quotation_is_the_quotation(nlp):
    (a,) = run(nlp, "Mara Lind commented on the ruling: \"It is fair.\"").attributions
    assert (a.relation, a.content.text) == ("claims", "It is fair")


# -- noun cues -------------------------------------------------------------------

NOUNS = {
    "the body's claim that P": Case(
        "The Transport Ministry's claim that the bridge was safe was rejected by engineers.", "claim",
        "The Transport Ministry's", "Transport Ministry", "the bridge was safe"),
    "the announcement by X that P": _xfail(Case(
        "The announcement by the Orvik Harbour Authority that the bridge would close surprised residents.",
        "announcement", "the Orvik Harbour Authority", "Orvik Harbour Authority", "the bridge would close"),
        "parser: the small model tags the main verb 'surprised' an adjective inside the that-clause"),
    "X's denial of P": _xfail(Case("Mara Lind's denial of the bribery charges did not end the inquiry.", "denial",
                                   "Mara Lind", "Mara Lind", "the bribery charges", "denies"),
                              "noun cues take a that-clause only; 'denial of NP' names no proposition to key"),
}


@pytest.mark.parametrize("case", list(NOUNS.values()), ids=list(NOUNS))
def test_noun_cues(nlp, case):
    _check(nlp, case)


# -- passives -------------------------------------------------------------------

PASSIVES = {
    "P was confirmed by X": Case("The closure of the bridge was confirmed by the Orvik Harbour Authority.",
                                 "confirmed", "the Orvik Harbour Authority", "Orvik Harbour Authority",
                                 "The closure of the bridge", "confirms"),
    "X is quoted as saying": Case("Mara Lind is quoted as saying that the bridge was safe.", "quoted",
                                  "Mara Lind", "Mara Lind", "the bridge was safe"),
    "X was reported as saying": Case("Mara Lind was reported as saying that the bridge was safe.", "saying",
                                     "Mara Lind", "Mara Lind", "the bridge was safe"),
    "T reported X as saying": Case("The Orvik Courier reported Mara Lind as saying that the bridge was safe.",
                                   "saying", "Mara Lind", "Mara Lind", "the bridge was safe", via="Orvik Courier"),
    "it was announced by X that P": Case(
        "It was announced by the Orvik Harbour Authority that the bridge would close.", "announced",
        "the Orvik Harbour Authority", "Orvik Harbour Authority", "the bridge would close"),
}


@pytest.mark.parametrize("case", list(PASSIVES.values()), ids=list(PASSIVES))
def test_passives(nlp, case):
    _check(nlp, case)


# -- relayed speech --------------------------------------------------------------

def test_a_report_of_what_someone_said_is_theirs_via_the_reporter(nlp):
    _check(nlp, Case("The Orvik Courier reported that Mara Lind said the bridge would reopen in May.", "said",
                     "Mara Lind", "Mara Lind", "the bridge would reopen in May", via="Orvik Courier"))


# -- unnamed and described sources -----------------------------------------------

UNNAMED = {
    "officials said": Case("Officials said the bridge would reopen in May.", "said",
                           "Officials", "Officials", "the bridge would reopen in May"),
    "a senior official of a country": Case(
        "A senior US official said the convoy had left at dawn.", "said",
        "A senior US official", "Government of United States", "the convoy had left at dawn"),
    "a senior defence official of a country": Case(
        "A senior US defence official said the convoy had left at dawn.", "said",
        "A senior US defence official", "Government of United States", "the convoy had left at dawn"),
    "a spokesperson for X": Case(
        "A spokesperson for the Orvik Harbour Authority said the bridge would reopen in May.", "said",
        "A spokesperson for the Orvik Harbour Authority", "Orvik Harbour Authority",
        "the bridge would reopen in May"),
    "X's spokesperson, a known body": Case(
        "A Tarnvik Bank spokesperson said the branch would close in May.", "said",
        "A Tarnvik Bank spokesperson", "Tarnvik Bank", "the branch would close in May"),
    "X's spokesperson, a body the recogniser misses": Case(
        "An Orvik Harbour Authority spokesperson said the bridge would reopen in May.", "said",
        "An Orvik Harbour Authority spokesperson", "Orvik Harbour Authority", "the bridge would reopen in May"),
    # Unnamed but describable sources are speakers of their own, named after their description
    # (kg:UnnamedSource; the realnews key's convention; keys that skip them say so and
    # ``kg eval`` leaves them out there).
    "witnesses said": Case("Witnesses said the car had been speeding.", "said",
                           "Witnesses", "Witnesses", "the car had been speeding"),
    "residents told Y": Case("Residents told the Orvik Courier that the water was still rising.", "told",
                             "Residents", "Residents", "the water was still rising"),
    "sources close to X": Case("Sources close to Mara Lind said she would resign on Friday.", "said",
                               "Sources close to Mara Lind", "Sources close to Mara Lind", "she would resign on Friday"),
    "people familiar with the matter": Case(
        "Three people familiar with the matter said the deal would be signed on Monday.", "said",
        "Three people familiar with the matter", "Three people familiar with the matter",
        "the deal would be signed on Monday"),
    "a local resident told Y": Case("A local resident told reporters that the shelling had lasted all night.", "told",
                                    "A local resident", "A local resident", "the shelling had lasted all night"),
    "a diplomat of a region": Case("A European diplomat told reporters the talks had stalled.", "told",
                                   "A European diplomat", "A European diplomat", "the talks had stalled"),
    "a senior official, no country": Case("A senior official said the convoy had left at dawn.", "said",
                                          "A senior official", "A senior official", "the convoy had left at dawn"),
    "protesters said": Case("Protesters said the police had fired tear gas.", "said",
                            "Protesters", "Protesters", "the police had fired tear gas"),
    "according to witnesses": Case("According to witnesses, the bus caught fire after the crash.", "According to",
                                   "witnesses", "Witnesses", "the bus caught fire after the crash"),
    "doctors at a named hospital speak for it": Case(
        "Doctors at Orvik General Hospital said nine people were in critical condition.", "said",
        "Doctors at Orvik General Hospital", "Orvik General Hospital", "nine people were in critical condition"),
    "officials in a country speak for its government": Case(
        "Officials in Kenya said the border would stay closed.", "said",
        "Officials in Kenya", "Government of Kenya", "the border would stay closed"),
    "residents of a city are residents": Case("Residents of Nairobi said the water was unsafe.", "said",
                                              "Residents of Nairobi", "Residents of Nairobi", "the water was unsafe"),
    "a source close to X": Case("A source close to the Kenyan president said the border would stay closed.", "said",
                                "A source close to the Kenyan president", "A source close to the Kenyan president",
                                "the border would stay closed"),
    "one of the Xs": Case("One of the witnesses said the gunman fled on foot.", "said",
                          "One of the witnesses", "One of the witnesses", "the gunman fled on foot"),
    "a man described by a relative clause": Case(
        "A man who lives nearby said the shots came from the roof.", "said",
        "A man who lives nearby", "A man who lives nearby", "the shots came from the roof"),
    "state television": Case("State television reported that the president had left the capital.", "reported",
                             "State television", "State television", "the president had left the capital"),
    "hospital staff": Case("Hospital staff said nine people were being treated.", "said",
                           "Hospital staff", "Hospital staff", "nine people were being treated"),
    "security sources": Case("Security sources told the Orvik Courier that the suspect had been arrested.", "told",
                             "Security sources", "Security sources", "the suspect had been arrested"),
    "they, after a described group": Case("Witnesses said the soldiers had left the town. "
                                          "They said the shooting stopped at noon.", "said", "They", "Witnesses",
                                          "the shooting stopped at noon", nth=1),
    "bodies no name identifies": Case("Several airlines said they would suspend flights to Orvik.", "said",
                                      "Several airlines", "Several airlines", "they would suspend flights to Orvik"),
    "bodies placed in an area": Case("Hospitals across the region announced visiting limits.", "announced",
                                     "Hospitals across the region", "Hospitals", "visiting limits"),
    "an unnamed neighbour described by a relative clause": Case(
        "A neighbour, who asked not to be identified, said the family had moved away in May.", "said",
        "A neighbour", "A neighbour", "the family had moved away in May"),
    "her later quote is the same neighbour's": Case(
        'A neighbour, who asked not to be identified, said she had seen smoke. '
        '"I ran to the gate," she said.', "said", "she", "A neighbour", "I ran to the gate", nth=1),
}


@pytest.mark.parametrize("case", list(UNNAMED.values()), ids=list(UNNAMED))
def test_unnamed_and_described_sources(nlp, case):
    _check(nlp, case)


# Groups of unnamed people described by a quantity, a place or a study (realnews key:
# placeholder speakers named after the phrase, or the body the group belongs to).
GROUPS = {
    "a number of Xs": Case("A number of senators said the decision was an abuse of power.", "said",
                           "A number of senators", "Senators", "the decision was an abuse of power"),
    "dozens of Xs": Case("Dozens of doctors said the hospital in Orvik was full.", "said",
                         "Dozens of doctors", "Doctors", "the hospital in Orvik was full"),
    "experts in a place": Case("Researchers in Norway found that the glacier had lost a third of its mass.", "found",
                               "Researchers in Norway", "Researchers in Norway",
                               "the glacier had lost a third of its mass"),
    "the researchers, no body named": Case(
        "A team of scientists from Vorland studied the glacier. The scientists say that it has shrunk by a third.",
        "say", "The scientists", "Scientists", "it has shrunk by a third"),
    "the researchers of a body named before": Case(
        "Researchers from the Orvik Institute of Technology studied the glacier. "
        "The researchers found that it had lost a third of its mass.", "found",
        "The researchers", "Orvik Institute of Technology", "it had lost a third of its mass"),
    "the archaeologists": Case("The archaeologists said that the statues were placed near fresh water.", "said",
                               "The archaeologists", "Archaeologists", "the statues were placed near fresh water"),
    "officials later, after a tied group": Case(
        "The aviation office suspended the permit, Vorlandish officials said. "
        "Flights were cancelled, with officials saying this was for security reasons.", "saying",
        "officials", "Vorlandish officials", "this was for security reasons"),
    "X did Y, with officials saying P (a body)": Case(
        "The Orvik Mining Company closed the plant, with officials saying it was no longer safe.", "saying",
        "officials", "Orvik Mining Company", "it was no longer safe"),
    "X did Y, with officials saying P (a country)": Case(
        "Germany on Monday banned the airline from its airports, with officials saying this was for security reasons.",
        "saying", "officials", "Government of Germany", "this was for security reasons"),
    "with officials saying P, no actor": Case("The river rose on Monday, with officials saying the dam was safe.",
                                             "saying", "officials", "Officials", "the dam was safe"),
    "T, citing anonymous sources, reported P": Case(
        "The Orvik Courier, citing anonymous sources, reported that the mine had closed.", "reported",
        "The Orvik Courier", "Anonymous sources", "the mine had closed", via="Orvik Courier"),
    "T reported P, citing police sources": Case(
        "The Orvik Courier reported that the mine had closed, citing police sources.", "reported",
        "The Orvik Courier", "Police sources", "the mine had closed", via="Orvik Courier"),
}


@pytest.mark.parametrize("case", list(GROUPS.values()), ids=list(GROUPS))
def test_described_groups(nlp, case):
    _check(nlp, case)


# Parser attachments: the speaker of a cue the parse hangs away from its subject.
ATTACHMENTS = {
    # a headline's "P, say X": the statement parsed as an adjunct clause of the cue, or the cue unlabelled
    "P, say X (adjunct)": Case("Check your tyres or risk a crash on the ice, say engineers", "say",
                               "engineers", "Engineers", "Check your tyres or risk a crash on the ice"),
    "P, say X (unlabelled cue)": Case("Lock your doors or else lose your car, say police", "say",
                                      "police", "Police", "Lock your doors or else lose your car"),
    "tried to V by saying P": Case("Mara Lind tried to calm the crowd by saying the bridge was safe.", "saying",
                                   "Mara Lind", "Mara Lind", "the bridge was safe"),
    "responded by saying P": Case("Mara Lind responded by saying the bridge was safe.", "saying",
                                  "Mara Lind", "Mara Lind", "the bridge was safe"),
    "P, which he denied": Case("Tom Berg was accused of taking bribes, which he denied.", "denied",
                               "he", "Tom Berg", "Tom Berg was accused of taking bribes", relation="denies"),
    "P, which she confirmed": Case("Mara Lind was said to have signed the deal, which she confirmed on Monday.",
                                   "confirmed", "she", "Mara Lind", "Mara Lind was said to have signed the deal",
                                   relation="confirms"),
}


@pytest.mark.parametrize("case", list(ATTACHMENTS.values()), ids=list(ATTACHMENTS))
def test_parser_attachments(nlp, case):
    _check(nlp, case)


def test_that_read_as_a_determiner_still_opens_the_finding(nlp):
    # the small model reads "that" as the determiner of "feeding" (its object)
    # and hangs "is" on the cue: the finding is still the clause
    from kg.extract import frames

    text = ("In a study released on Thursday in the Veldra Journal of Nutrition, scientists in Vorland established "
            "that poor feeding of infants, particularly watered-down formula, is mainly responsible for the rise "
            "of anaemia.")
    doc = nlp(text)
    (verb,) = [t for t in doc if t.lemma_ == "establish"]
    assert [t.text for t in frames.misread_that(verb)] == ["feeding", "is"]  # the parse this test covers
    (a,) = run(nlp, text).attributions
    assert a.content.text.startswith("poor feeding of infants") and a.content.text.endswith("rise of anaemia")
    assert a.speaker.name == "Scientists in Vorland"


def test_citing_sources_familiar_with_it_names_no_side(nlp):
    text = "The Orvik Courier reported that the mine had closed, citing sources familiar with the matter."
    (a,) = run(nlp, text).attributions
    assert (a.speaker.name, a.via) == ("Orvik Courier", None)


@pytest.mark.parametrize("text, source", [
    # a number of people of a trade or a standing speaks as they are described; a crowd does not (below)
    ("Several hundred hospital doctors on Friday announced that waiting lists had doubled.",
     "Several hundred hospital doctors"),
    ("Dozens of farmers said the harvest had failed.", "Dozens of farmers"),
    # a number written with a hyphen is still a number, no crowd's; members by their title's short form
    ("Twenty-five lawmakers said they would vote against the budget.", "Twenty-five lawmakers"),
    ("Twelve MPs said they would vote against the budget.", "Twelve MPs"),
    ("Budget news\n\nOne MP told the radio station, \"We will vote against it.\"", "One MP"),
    # a definite phrase with a restrictive relative clause describes them anew
    ("The roadworks caused chaos. The county engineers who approved the closure claimed it was a safety test.",
     "County engineers"),
    # a belief that is the sentence's main verb is theirs, as a named source's is (the keys' reading)
    ("Detectives believed the pair had quarrelled earlier.", "Detectives"),
    ("Coastal authorities expected gales and high waves on Sunday.", "Coastal authorities"),
])
def test_a_described_number_of_people_speaks(nlp, text, source):
    assert [a.speaker.name for a in run(nlp, text).attributions] == [source]


@pytest.mark.parametrize("text", [
    "Thousands of fans said they would come.",  # a crowd, not a source
    "The pair, whom detectives believed had quarrelled, left early.",  # a belief inside another clause
    "Over three thousand fans replied they would come.",  # a crowd, not a source
    "Two people said the fire started at noon.",  # described by nothing but their number
    "The witness said the car was red.",  # a definite phrase refers back to no one named here
    "The unions said the strike would go ahead.",  # (refers back)
])
def test_what_is_no_described_source(nlp, text):
    assert not run(nlp, text).attributions


# Role nouns and pronouns: the holder the text supports, else no one.
ROLES = {
    "the prime minister, beside a finance minister": Case(
        "Prime Minister Ana Berg met Tom Lind, the finance minister, on Monday. "
        "The prime minister said the budget would be cut.", "said", "The prime minister", "Ana Berg",
        "the budget would be cut"),
    "the finance minister, beside a prime minister": Case(
        "Prime Minister Ana Berg met Tom Lind, the finance minister, on Monday. "
        "The finance minister said the budget would be cut.", "said", "The finance minister", "Tom Lind",
        "the budget would be cut"),
}


@pytest.mark.parametrize("case", list(ROLES.values()), ids=list(ROLES))
def test_role_nouns_pick_the_holder_of_that_role(nlp, case):
    _check(nlp, case)


@pytest.mark.parametrize("text", [
    "Tom Lind, the finance minister, met Ana Berg, the foreign minister. The minister said the budget would be cut.",
    "Mara Lind and Tom Berg met on Monday. He said the deal was close.",  # either, as far as the text says
])
def test_an_ambiguous_role_or_pronoun_is_no_one(nlp, text):
    assert not [a for a in run(nlp, text).attributions if a.speaker is not None]


def test_they_after_a_named_speaker_is_not_the_described_group(nlp):
    x = run(nlp, "Residents said the river rose at night. Mara Lind, the mayor, said the dam would hold. "
                 "They said it was unsafe.")
    assert not [a for a in x.attributions if a.source.text == "They" and a.speaker and a.speaker.name == "Residents"]


def test_the_analysts_with_no_one_named_still_refer_back_to_no_one(nlp):
    assert not run(nlp, "The critics said the plan would fail.").attributions


# -- titles before names ---------------------------------------------------------

TITLES = {
    "Governor of the Region": Case(
        "Governor of the Northern Region Jane Roe warned that the dam could fail.", "warned",
        "Governor of the Northern Region Jane Roe", "Jane Roe", "the dam could fail"),
    "Secretary General of a body": Case(
        "Secretary General of the Alpine League Jane Roe said the talks had failed.", "said",
        "Secretary General of the Alpine League Jane Roe", "Jane Roe", "the talks had failed"),
    "Chairman of an Association": Case(
        "Chairman of the Orvik Football Association Jane Roe said the match would go ahead.", "said",
        "Chairman of the Orvik Football Association Jane Roe", "Jane Roe", "the match would go ahead"),
    "a title word": Case("Transport Minister Jane Roe said the bridge would reopen in May.", "said",
                         "Transport Minister Jane Roe", "Jane Roe", "the bridge would reopen in May"),
    "name, title apposed": Case(
        "Jane Roe, the governor of the Northern Region, said the dam could fail.", "said",
        "Jane Roe, the governor of the Northern Region", "Jane Roe", "the dam could fail"),
}


@pytest.mark.parametrize("case", list(TITLES.values()), ids=list(TITLES))
def test_titles_before_names(nlp, case):
    x = _check(nlp, case)
    assert any(m.name == "Jane Roe" and m.type == "Person" for m in x.mentions)


# -- pronouns, continued quotations, added --------------------------------------

def test_a_pronoun_after_a_named_speaker_is_that_speaker(nlp):
    _check(nlp, Case("Mara Lind arrived in Orvik on Monday. She said the bridge would reopen in May.", "said",
                     "She", "Mara Lind", "the bridge would reopen in May"))


def test_added_after_a_quotation_is_the_speaker_before(nlp):
    text = ("\"The bridge is safe,\" Mara Lind said. "
            "\"It will reopen in May,\" she added.")
    _check(nlp, Case(text, "added", "she", "Mara Lind", "It will reopen in May"))


def test_continued_after_a_quotation_is_the_speaker_before(nlp):
    text = ("Mara Lind said the bridge was safe. "
            "\"We tested it twice,\" she continued.")
    _check(nlp, Case(text, "continued", "she", "Mara Lind", "We tested it twice"))


def test_a_multi_sentence_quotation_named_after_its_first_sentence_is_one_statement(nlp):
    text = ("\"The bridge is safe,\" Mara Lind said. \"We tested it twice. It will reopen in May.\"\n\n"
            "Tom Berg said the road would close on Friday.")
    x = run(nlp, text)
    lind = [a for a in x.attributions if a.speaker and a.speaker.name == "Mara Lind"]
    assert "It will reopen in May" in " ".join(a.content.text for a in lind)
    assert all("road" not in a.content.text for a in lind)


def test_a_quotation_over_two_paragraphs_is_the_speakers(nlp):
    # news style: a quotation running on into the next paragraph has no closing mark
    # at the end of the first and opens the second with a quotation mark
    text = ("Mara Lind said: \"The bridge is safe. We tested it twice.\n\n"
            "\"It will reopen in May, as planned.\"\n\n"
            "Tom Berg said the road would close on Friday.")
    x = run(nlp, text)
    lind = [a for a in x.attributions if a.speaker and a.speaker.name == "Mara Lind"]
    said = " ".join(a.content.text for a in lind)
    assert "We tested it twice" in said and "as planned" in said
    assert [a.speaker.name for a in x.attributions if "road" in a.content.text] == ["Tom Berg"]


def test_one_missing_closing_mark_loses_nothing_after_it(nlp):
    text = ("\"The bridge is safe, Mara Lind said on Monday.\n\n"
            "Tom Berg said the road would close on Friday.\n\n"
            "The Orvik Harbour Authority said tolls would rise in June.")
    x = run(nlp, text)
    got = {(a.speaker.name if a.speaker else None, a.content.text.strip(_TRIM)) for a in x.attributions}
    assert ("Tom Berg", "the road would close on Friday") in got
    assert ("Orvik Harbour Authority", "tolls would rise in June") in got


@pytest.mark.parametrize("open_, close", [("\"", "\""), ("\u201c", "\u201d")], ids=["straight", "curly"])
def test_straight_and_curly_quotation_marks_alike(nlp, open_, close):
    text = f"{open_}The bridge is safe,{close} Mara Lind said. {open_}It will reopen in May,{close} she added."
    x = run(nlp, text)
    assert [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions] == [
        ("Mara Lind", "The bridge is safe"), ("Mara Lind", "It will reopen in May")]


# -- two cues, two speakers --------------------------------------------------------

def test_a_second_cue_in_one_sentence_is_a_second_statement(nlp):
    x = run(nlp, "Mara Lind said the bridge was safe, but Tom Berg said it needed repairs.")
    got = sorted((a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions)
    assert got == [("Mara Lind", "the bridge was safe"), ("Tom Berg", "it needed repairs")]


def test_joint_subjects_each_say_it(nlp):
    x = run(nlp, "Mara Lind and Tom Berg said the bridge was safe.")
    got = sorted((a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions)
    assert got == [("Mara Lind", "the bridge was safe"), ("Tom Berg", "the bridge was safe")]


# -- headlines and features --------------------------------------------------------

def test_a_headline_with_says_is_a_statement(nlp):
    text = ("Mara Lind says Orvik bridge will reopen in May\n\n"
            "The mayor of Orvik spoke to reporters on Monday.")
    _check(nlp, Case(text, "says", "Mara Lind", "Mara Lind", "Orvik bridge will reopen in May"))


@pytest.mark.parametrize("headline", [
    "Harbour tolls will not rise this year, says Kenyan President",
    "Kenyan President Says Harbour Tolls Will Not Rise",
])
def test_a_title_case_role_in_a_headline_is_the_person_the_lead_names(nlp, headline):
    text = headline + "\n\nKenyan President Jan Tamm said on Monday that the harbour tolls would stay the same."
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Jan Tamm", "Jan Tamm"]


@pytest.mark.parametrize("headline, lead", [
    ("Study finds tea drinkers sleep better",
     "Researchers at the University of Leeds have found that people who drink tea sleep better."),
    ("Astronomers reveal discovery of a cold dwarf star",
     "Astronomers at the University of Leeds revealed on Monday the discovery of a cold dwarf star."),
    ("New study finds tea drinkers sleep better",
     "A team of scientists at the University of Leeds found that people who drink tea sleep better."),
])
def test_a_headline_study_or_researchers_are_those_the_lead_names(nlp, headline, lead):
    x = run(nlp, headline + "\n\n" + lead)
    assert [(a.speaker.name, a.source.text.split()[-1]) for a in x.attributions if a.cue.start < len(headline)] \
        == [("University of Leeds", headline.split()[1] if headline.startswith("New") else headline.split()[0])]


@pytest.mark.parametrize("headline, lead", [
    # the tagger reads a last "study" as a verb ("..., says study"): still the source set off by the comma
    ("Bees prefer blue flowers, says study",
     "A study by researchers at the University of Leeds found that bees prefer blue flowers."),
    ("Coral reefs recover faster than expected, say scientists",
     "Scientists at the University of Leeds said on Monday that corals recover within a decade."),
])
def test_a_headline_study_or_researchers_after_the_statement(nlp, headline, lead):
    x = run(nlp, headline + "\n\n" + lead)
    assert [(a.speaker.name, a.cue.text, a.content.text) for a in x.attributions if a.cue.start < len(headline)] \
        == [("University of Leeds", headline.split(", ")[1].split()[0], headline.split(", ")[0])]


def test_headline_researchers_take_every_body_the_lead_names(nlp):
    text = ("Engineers reveal flaw in door locks\n\n"
            "Engineers Tom Varga and Ann Holm of the Oslo Institute of Technology disclosed a flaw in door locks.")
    x = run(nlp, text)
    assert sorted(a.speaker.name for a in x.attributions if a.cue.text == "reveal") == ["Ann Holm", "Tom Varga"]


@pytest.mark.parametrize("text, speakers", [
    # no researchers or study in the lead: "Study" names no one; researchers stay a described group
    ("Study finds tea drinkers sleep better\n\nTea sales rose in May. The mayor said the shops were busy.", []),
    ("Researchers warn of drought\n\nRain fell in May. The mayor said the wells were full.", ["Researchers"]),
])
def test_a_headline_study_with_no_one_in_the_lead(nlp, text, speakers):
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions if a.cue.start < text.index("\n")] == speakers


# -- reporting verbs of the style guides' lists --------------------------------------

@pytest.mark.parametrize("verb, relation", [
    ("insisted", "claims"), ("conceded", "confirms"), ("clarified", "claims"), ("alleged", "claims"),
    ("argued", "claims"), ("acknowledged", "confirms"), ("admitted", "confirms"), ("asserted", "claims"),
    ("claimed", "claims"), ("estimated", "claims"), ("explained", "claims"), ("maintained", "claims"),
    ("noted", "claims"), ("predicted", "claims"), ("revealed", "claims"), ("stressed", "claims"),
    ("suggested", "claims"), ("warned", "claims"), ("wrote", "claims"), ("announced", "claims"),
    ("emphasised", "claims"), ("disclosed", "claims"), ("declared", "claims"), ("observed", "claims"),
    ("reiterated", "claims"), ("reported", "claims"), ("testified", "claims"), ("tweeted", "claims"),
    ("denied", "denies"), ("confirmed", "confirms"), ("verified", "confirms"),
])
def test_reporting_verbs_with_a_that_clause(nlp, verb, relation):
    # (the seeds' guidelines: "confirms" for confirm/acknowledge/verify; the realnews
    # key also for admit and concede: granting P confirms it)
    text = f"Mara Lind {verb} that the bridge had been closed for repairs."
    (a,) = [a for a in run(nlp, text).attributions if verb.split()[0] in a.cue.text]
    assert (a.speaker.name, a.relation, a.content.text) == ("Mara Lind", relation, "the bridge had been closed for repairs")


def test_rejecting_claims_that_p_denies_them(nlp):
    (a,) = run(nlp, "Mara Lind rejected claims that the bridge had been closed.").attributions
    assert (a.speaker.name, a.relation, a.content.text) == ("Mara Lind", "denies", "claims that the bridge had been closed")


@pytest.mark.parametrize("text, cue, content", [
    ("Mara Lind vowed to reopen the bridge by May.", "vowed", "to reopen the bridge by May"),
    ("Mara Lind pledged to reopen the bridge by May.", "pledged", "to reopen the bridge by May"),
    ("Mara Lind urged the council to reopen the bridge.", "urged", "the council to reopen the bridge"),
    ("Mara Lind condemned the closure of the bridge.", "condemned", "the closure of the bridge"),
    pytest.param("Mara Lind thanked the engineers for their work.", "thanked", "the engineers for their work",
                 marks=pytest.mark.xfail(reason="a pleasantry: the guidelines make thanks core=false, no cue", strict=True)),
])
def test_reporting_verbs_of_acts_of_speech(nlp, text, cue, content):
    (a,) = [a for a in run(nlp, text).attributions if cue in a.cue.text]
    assert (a.speaker.name, a.content.text.strip(_TRIM)) == ("Mara Lind", content)


@pytest.mark.parametrize("sentence, relation, content", [
    ("Mara Lind proposed converting the old depot into a library.", "claims", "converting the old depot into a library"),
    ("Mara Lind recommended delaying the vote until June.", "claims", "delaying the vote until June"),
    ("Mara Lind acknowledged using the council's car for private trips.", "confirms",
     "using the council's car for private trips"),
    ("Mara Lind recalled seeing smoke over the depot.", "claims", "seeing smoke over the depot"),
])
def test_a_gerund_after_a_cue_is_what_it_states(nlp, sentence, relation, content):
    x = run(nlp, sentence)
    assert [(a.relation, a.speaker.name, a.content.text) for a in x.attributions] == [(relation, "Mara Lind", content)]


@pytest.mark.parametrize("sentence, content", [
    ("Mara Lind questioned the accuracy of the council's figures.", "the accuracy of the council's figures"),
    ("Mara Lind questioned whether the council could afford the depot.",
     "whether the council could afford the depot"),
    ("Mara Lind accepted using the council's car for private trips.", "using the council's car for private trips"),
])
def test_doubt_cast_and_a_deed_accepted_are_statements(nlp, sentence, content):
    assert [(a.speaker.name, a.content.text) for a in run(nlp, sentence).attributions] == [("Mara Lind", content)]


@pytest.mark.parametrize("sentence, cue, content", [
    ("Mara Lind accepted responsibility for the depot fire.", "accepted", "responsibility for the depot fire"),
    ("Mara Lind admitted responsibility for the depot fire.", "admitted", "responsibility for the depot fire"),
])
def test_a_fault_owned_confirms_the_deed(nlp, sentence, cue, content):
    assert [(a.relation, a.cue.text, a.content.text) for a in run(nlp, sentence).attributions] == [
        ("confirms", cue, content)]


def test_a_thing_accepted_states_nothing(nlp):
    assert not run(nlp, "Mara Lind accepted the resignation of the depot manager.").attributions


@pytest.mark.parametrize("text, speaker", [
    ("Researchers at the University of Leeds showed that the comet spins too fast.", "University of Leeds"),
    ("Researchers at the University of Leeds studied the comet. They have shown that its spin is too fast "
     "for gravity alone.", "University of Leeds"),
])
def test_researchers_who_show_that_p_state_p(nlp, text, speaker):
    assert [a.speaker.name for a in run(nlp, text).attributions] == [speaker]


@pytest.mark.parametrize("text", [
    "The figures showed that prices rose in May.",  # the writer's reading of data
    "Mara Lind showed reporters the damaged depot.",  # a thing shown
])
def test_data_shown_or_a_thing_shown_is_no_statement(nlp, text):
    assert not run(nlp, text).attributions


@pytest.mark.parametrize("sentence", [
    "Police questioned the driver for two hours.",  # an interrogation
    "Detectives questioned Mara Lind on Monday.",
    "Mara Lind was questioned by detectives on Monday.",
])
def test_a_person_questioned_states_nothing(nlp, sentence):
    assert not run(nlp, sentence).attributions


@pytest.mark.parametrize("sentence", [
    "Mara Lind recommended the plan.",  # a thing recommended, nothing stated
    "Mara Lind proposed a new depot.",
])
def test_a_proposal_of_a_thing_states_nothing(nlp, sentence):
    assert not run(nlp, sentence).attributions


# -- more positions of the source ------------------------------------------------------

MORE = {
    "X, who ..., said": Case("Mara Lind, who chairs the Orvik council, said the bridge would reopen in May.", "said",
                             "Mara Lind, who chairs the Orvik council", "Mara Lind", "the bridge would reopen in May"),
    "X also said": Case("Tom Berg spoke first. Mara Lind also said the bridge would reopen in May.", "said",
                        "Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "said in a statement on its website": Case(
        "The Orvik Harbour Authority said in a statement on its website that the bridge would reopen in May.",
        "said", "The Orvik Harbour Authority", "Orvik Harbour Authority", "the bridge would reopen in May"),
    "said, adding that": Case("Mara Lind said the bridge was safe, adding that it would reopen in May.", "adding",
                              "Mara Lind", "Mara Lind", "it would reopen in May"),
    "according to X, who spoke on condition of anonymity": Case(
        "The bridge will reopen in May, according to Mara Lind, who spoke on condition of anonymity.",
        "according to", "Mara Lind, who spoke on condition of anonymity", "Mara Lind", "The bridge will reopen in May"),
    "told Y on Tuesday that P": Case("Mara Lind told the Orvik Courier on Tuesday that the bridge would reopen.",
                                     "told", "Mara Lind", "Mara Lind", "the bridge would reopen"),
    # a person's office, campaign or team speaks for that person; an office named by a
    # role ("the prime minister's office") is an institution of its own, as held-out 5 keys it
    "X's office said": Case("Mara Lind's office said the bridge would reopen in May.", "said",
                            "Mara Lind's office", "Mara Lind", "the bridge would reopen in May"),
    "the office of Title X said": Case("The office of Mayor Mara Lind said the bridge would reopen in May.", "said",
                                       "The office of Mayor Mara Lind", "Mara Lind", "the bridge would reopen in May"),
    "X's campaign said": Case("Mara Lind's campaign said the bridge would reopen in May.", "said",
                              "Mara Lind's campaign", "Mara Lind", "the bridge would reopen in May"),
    "her campaign said": Case("Mara Lind spoke in Orvik on Monday. Her campaign said the bridge would reopen in May.",
                              "said", "Her campaign", "Mara Lind", "the bridge would reopen in May"),
    "X's team said": Case("Mara Lind's legal team said the appeal would be filed in May.", "said",
                          "Mara Lind's legal team", "Mara Lind", "the appeal would be filed in May"),
    "the role's office said": Case(
        "Prime Minister Mara Lind visited Orvik on Monday. The prime minister's office said the bridge would reopen.",
        "said", "The prime minister's office", "prime minister's office", "the bridge would reopen"),
    "the sheriff's office said": Case("The sheriff's office said the road would reopen on Friday.", "said",
                                      "The sheriff's office", "sheriff's office", "the road would reopen on Friday"),
    "a body's office said": Case("The Orvik Mining Company's office said the mine would reopen in May.", "said",
                                 "The Orvik Mining Company's office", "Orvik Mining Company",
                                 "the mine would reopen in May"),
    "the hotel's website estimated": Case(
        "A flood hit the Hotel Orvik Grand on Sunday. The hotel's website estimated 80 guests had checked in.",
        "estimated", "The hotel's website", "Hotel Orvik Grand", "80 guests had checked in"),
    "the hospital said, after the X hospital": Case(
        "A fire broke out at the Orvik General Hospital. The hospital said two patients were hurt.", "said",
        "The hospital", "Orvik General Hospital", "two patients were hurt"),
    "a statement from the company, named before": Case(
        "The Orvik Mining Company closed its plant. A statement from the company said the decision was final.",
        "said", "A statement from the company", "Orvik Mining Company", "the decision was final"),
    "a statement from the company read: Q": Case(
        "The Orvik Mining Company closed its plant on Monday. A statement from the company read: \"We regret it.\"",
        "read", "A statement from the company", "Orvik Mining Company", "We regret it"),
    "according to a Name spokesperson": Case("Sales rose sharply last week, according to a Halbrook spokesperson.",
                                             "according to", "a Halbrook spokesperson", "Halbrook",
                                             "Sales rose sharply last week"),
    "a Name spokesperson, the body named before": Case(
        "Halbrook Foods raised its prices. Sales rose sharply, according to a Halbrook spokesperson.",
        "according to", "a Halbrook spokesperson", "Halbrook Foods", "Sales rose sharply"),
    "colon after a cue noun": _xfail(Case("Mara Lind gave a warning: \"The bridge is not safe.\"", "warning",
                                          "Mara Lind", "Mara Lind", "The bridge is not safe"),
                                     "a cue noun as the object of a light verb ('gave a warning') is no cue yet"),
}


@pytest.mark.parametrize("case", list(MORE.values()), ids=list(MORE))
def test_more_positions_of_the_source(nlp, case):
    _check(nlp, case)


# -- pronouns and roles (issue cause 5), nested statements (cause 6) ----------------

def test_the_hospital_with_no_hospital_named_is_no_one(nlp):
    assert run(nlp, "The storm hit Orvik on Tuesday. The hospital said two patients were hurt.").attributions == ()


def test_the_company_is_no_generic_source_named_before(nlp):
    # "Researchers" is a generic source, no body "the utility" can refer to
    text = "Researchers found that the outages were avoidable. The utility said the grid was safe."
    assert [a.speaker.name for a in run(nlp, text).attributions if a.speaker is not None] == ["Researchers"]


def test_an_appointment_confirmed_and_words_carried_are_no_statements(nlp):
    # "the Senate confirmed him": a vote on a person, no proposition; "confirmed him dead" is one
    assert run(nlp, "Vote news\n\nThe lower house confirmed him on Friday; the Senate had not "
                    "confirmed him by Monday.").attributions == ()
    assert run(nlp, "Vote news\n\nThe Senate confirmed Ana Berg as defence secretary on Friday.").attributions == ()
    assert [a.relation for a in run(nlp, "Crash news\n\nPolice confirmed him dead at the scene.").attributions] \
        == ["confirms"]
    # words on a flag, a banner or a sign are a slogan carried, no one's statement
    assert run(nlp, "March news\n\nProtesters with flags saying \"put it to the people\" marched through "
                    "the city.").attributions == ()
    (a,) = run(nlp, "Vote news\n\nGovernor Ana Berg signed an executive order delaying the vote to June, citing "
                    "risks to health from the flu.").attributions
    assert a.cue.text == "citing"


def test_the_website_of_a_body_named_by_its_kind_is_the_bodys(nlp):
    # "the company's website said P": the body "the company" refers to
    for text in ("Velcor Ltd cut its prices on Sunday. The company's website said the offer would last a week.",
                 "Velcor Ltd cut its prices on Sunday. According to the company's website, the offer would last "
                 "a week."):
        assert [a.speaker.name for a in run(nlp, text).attributions] == ["Velcor Ltd"], text
    # a team or a group the story never names owns nothing named here
    text = "Velcor Ltd cut its prices on Sunday. The team's data showed the offer would last a week."
    assert [a.speaker.name for a in run(nlp, text).attributions if a.speaker is not None] == []


def test_a_kinship_plural_is_only_a_pair_introduced_so(nlp):
    # the last two people named together are not "the parents" ...
    text = "Mara Lind and Tom Berg were in court on Monday. The parents said they had forgiven him."
    assert not [a for a in run(nlp, text).attributions if a.speaker is not None]
    # ... the two introduced as the parents are
    text = "Ana Berg and Tom Berg, the parents of the boy, were in court. The parents said they had forgiven him."
    assert sorted(a.speaker.name for a in run(nlp, text).attributions) == ["Ana Berg", "Tom Berg"]


def test_a_verb_of_testimony_set_off_by_commas_reports_the_clause_around_it(nlp):
    # "testified" asserts only with a clause: here the clause it interrupts
    text = "Mara Lind, a nurse, spoke at the trial. In the meantime, she testified, she was kicked by two men."
    (a,) = run(nlp, text).attributions
    assert (a.cue.text, a.speaker.name, a.content.text) == (
        "testified", "Mara Lind", "In the meantime, she testified, she was kicked by two men")
    # (an opening adverbial the parser hangs on the reporting verb)
    text = "Tom Berg, a driver, spoke at the trial. On the way home, he testified, the guards beat him."
    (a,) = run(nlp, text).attributions
    assert (a.speaker.name, a.content.text) == ("Tom Berg", "On the way home, he testified, the guards beat him")


def test_the_researchers_and_the_study_are_the_bodies_named_for_them(nlp):
    text = ("Researchers at Harvard University and the University of Toronto reported that the lake had warmed. "
            "According to the study, fish numbers had fallen by half. The researchers also found that the water "
            "was more acidic.")
    x = run(nlp, text)
    by = {}
    for a in x.attributions:
        by.setdefault(a.cue.text, set()).add(a.speaker.name)
    both = {"Harvard University", "University of Toronto"}
    assert by == {"reported": both, "According to": both, "found": both}
    # one body: "the study" is its researchers'
    text = "Researchers at Harvard University reported that the lake had warmed. The study also found that it was acidic."
    assert [(a.cue.text, a.speaker.name) for a in run(nlp, text).attributions] == [
        ("reported", "Harvard University"), ("found", "Harvard University")]


@pytest.mark.parametrize("text, group", [
    ("Rescue workers said the building could collapse. Hospital officials said three children were hurt.",
     "Hospital officials"),
    ("Prosecutors said the man had planned it. Doctors at the hospital said her condition was stable.",
     "Doctors at the hospital"),
])
def test_a_group_named_by_its_phrase_is_no_body_a_later_noun_refers_to(nlp, text, group):
    # "the hospital" is no earlier group of people that spoke
    first, second = run(nlp, text).attributions
    assert second.speaker is None or second.speaker.name == group
    assert second.speaker is None or second.speaker.name != first.speaker.name


def test_a_paragraph_of_quotation_alone_carries_on_the_quotation_before(nlp):
    text = ('"We are ready for anything," said coach Ben Tate after the match.\n\n'
            '"The boys played well. We will fight until the end."\n\n"Nobody can stop us."\n\n'
            'Mara Lind told reporters: "We did our best." The crowd cheered.\n\n"It was not enough."\n\n'
            '"It is over," Lind said.\n\n"TEAM ON THE RUN"\n')
    tate, lind, over = run(nlp, text).attributions
    assert tate.speaker.name == "Ben Tate" and tate.content.text.startswith("We are ready for anything")
    assert tate.content.text.rstrip(".").endswith("Nobody can stop us") and "The boys played well." in tate.content.text
    # after narration the quotation may be anyone's; a quoted crosshead is no one's
    assert (lind.content.text, over.content.text) == ("We did our best", "It is over")


def test_an_administration_named_after_a_person_is_that_body_not_an_earlier_one(nlp):
    text = ("Hamas has threatened to attack officials. At the same time, the Bush administration is stepping up "
            "the pressure on Mr Arafat, saying he must do more.")
    (a,) = [a for a in run(nlp, text).attributions if a.cue.text == "saying"]
    assert (a.speaker.name, a.speaker.type) == ("Bush administration", "Organisation")


def test_calling_in_at_a_place_and_an_obligation_to_reveal_are_no_statements(nlp):
    text = ("When Tom Berg called in to Orvik on his way back from a summit, Mara Lind claimed that she had to "
            "act. The Vorland Labour Party says Senator Ana Holm must reveal which projects would be affected.")
    assert sorted(a.cue.text for a in run(nlp, text).attributions) == ["claimed", "says"]


def test_an_office_before_the_name_is_no_person_of_its_own(nlp):
    x = run(nlp, "The Treasurer, Tom Berg, says the cuts will come. The 63-year-old Sheikh is revered in Orvik.")
    assert [a.speaker.name for a in x.attributions] == ["Tom Berg"]
    assert not [m for m in x.mentions if m.name in ("Treasurer", "Sheikh")]


def test_a_pronoun_is_not_the_person_the_quotation_names(nlp):
    text = ("Tom Berg said the army would strike. At the funeral, a militant leader addressed the crowd. "
            '"When Berg kills women and children our people have the right to defend ourselves," he said.')
    assert [a.speaker.name for a in run(nlp, text).attributions if a.speaker is not None
            and a.speaker.type == "Person"] == ["Tom Berg"]


def test_a_persons_family_or_sponsors_are_a_source_named_after_that_person(nlp):
    text = ("Tom Berg was killed in a shooting in Orvik today, his sponsors said. Mara Lind died on Monday, her "
            "family said. The family of the victim said they were devastated. Ana Holm's family said she was innocent.")
    got = [(a.source.text, a.speaker.name) for a in run(nlp, text).attributions]
    assert got == [("his sponsors", "Sponsors of Tom Berg"), ("her family", "Family of Mara Lind"),
                   ("The family of the victim", "Family of the victim"), ("Ana Holm's family", "Family of Ana Holm")]


def test_we_inside_a_quotation_is_the_source_of_the_cue_after_it(nlp):
    # the cue after the quotation names an unnamed dispatcher: "we" is not the last speaker
    text = ("Mara Lind said the plant had closed. \"We cannot confirm that,\" said a police dispatcher. "
            "\"We will not give up,\" Lind said.")
    got = [(a.cue.text, a.speaker.name if a.speaker else None) for a in run(nlp, text).attributions]
    assert ("cannot confirm", "Mara Lind") not in got and ("said", "Mara Lind") in got, got


def test_his_mother_is_the_one_other_person_of_his_surname_named_nearby(nlp):
    text = ("Tom Berg was shot dead on Monday. He was shot twice, although his mother said she had been told "
            "that he was shot in the head. Ana Berg also told the radio that people had held a grudge against her son.")
    assert [(a.source.text, a.speaker.name) for a in run(nlp, text).attributions] == [
        ("his mother", "Ana Berg"), ("Ana Berg", "Ana Berg")]


def test_it_before_take_time_to_confirm_is_no_one(nlp):
    text = "Al Qaeda fled the caves. General Tom Berg says it will take some time to confirm reports that they ran."
    assert [(a.cue.text, a.speaker.name) for a in run(nlp, text).attributions] == [("says", "Tom Berg")]


def test_a_bare_spokeswoman_is_no_body_only_mentioned_before(nlp):
    # the school is named only inside a description: the spokeswoman is not its
    text = ("Tom Berg was the archbishop when a teacher at the Orvik Grammar School abused students more than a "
            "decade ago. "
            "A spokeswoman says Mr Berg is concerned.")
    assert [a.speaker.name for a in run(nlp, text).attributions] == ["A spokeswoman"]


def test_he_after_a_spokesman_for_a_body_is_that_spokesman(nlp):
    text = ("The Vorland Immigration Department says fires were lit. A spokesman for the department says the first "
            "fire was lit at night. He says detainees threw rocks.")
    assert [a.speaker.name for a in run(nlp, text).attributions] == ["Vorland Immigration Department"] * 3


@pytest.mark.parametrize("text, wrong", [
    # a kind that names ("hospital officials") is no body of another kind that spoke before
    ("Israel said its forces would enter the towns. Palestinian hospital officials said eight children were hurt.",
     "Israel"),
    # a plural kind ("the unions") is never one company named without that kind
    ("Acme Airways said it would freeze wages. The unions claim 90 per cent of the staff voted against the offer.",
     "Acme Airways"),
])
def test_a_kind_noun_is_no_body_of_another_kind(nlp, text, wrong):
    later = [a for a in run(nlp, text).attributions if a.cue.start > text.index(". ")]
    assert all(a.speaker is None or wrong not in a.speaker.name for a in later), later


def test_the_israelis_say_is_the_countrys_government_a_bare_plural_is_no_one(nlp):
    text = ("The Israelis say they hold the council responsible. The Americans said they would send envoys. "
            "Israelis say the war is over.")
    assert [(a.source.text, a.speaker.name) for a in run(nlp, text).attributions] == [
        ("The Israelis", "Government of Israel"), ("The Americans", "Government of United States")]


def test_a_subject_that_names_no_person_is_no_one_a_later_pronoun_refers_to(nlp):
    # "the dispute continues" is no source: "he" is still the union secretary named before
    text = ("The national secretary of the Vorland Workers Union, Tom Berg, did not rule out strikes if the dispute "
            "continues and he says the company would only have itself to blame.")
    assert [(a.source.text, a.speaker.name) for a in run(nlp, text).attributions] == [("he", "Tom Berg")]


def test_the_staff_member_after_a_staff_member_is_that_source(nlp):
    text = ('"He is better," a staff member told reporters on the condition of anonymity. The family met on Monday. '
            '"His breathing is normal," the staff member added.')
    assert [(a.cue.text, a.speaker.name) for a in run(nlp, text).attributions] == [
        ("told", "A staff member"), ("added", "A staff member")]


def test_a_kind_that_names_is_no_body_introduced_otherwise(nlp):
    # "the regulator" is not Acme, the only body named; nor is it any body spoken of so far
    text = "Acme Corp said profits rose. The regulator said the merger was unlawful."
    assert [a.speaker.name for a in run(nlp, text).attributions if a.speaker is not None] == ["Acme Corp"]


def test_a_statement_awaited_in_a_when_clause_is_none_yet(nlp):
    text = ("Tom Berg will only return when he and Ana Holm believe his presence could help. Acme Corp will sue "
            "once the regulator says the deal is illegal. When Mara Lind said the plan had failed, the crowd booed.")
    assert [(a.cue.text, a.speaker.name) for a in run(nlp, text).attributions] == [("said", "Mara Lind")]


def test_by_saying_after_a_causative_is_the_subjects(nlp):
    # "have him released": "him" is the one acted on, the subject speaks
    text = "Tom Berg was jailed in May. Mara Lind tried to have him released by saying she forgave him."
    (a,) = run(nlp, text).attributions
    assert (a.cue.text, a.source.text, a.speaker.name, a.content.text) == ("saying", "Mara Lind", "Mara Lind",
                                                                           "she forgave him")


def test_a_statement_from_the_company_with_no_company_named_is_no_one(nlp):
    text = "Workers walked out on Monday. A statement from the company said the decision was final."
    assert run(nlp, text).attributions == ()


def test_the_role_office_is_not_the_person_in_the_role(nlp):
    text = "Mayor Mara Lind opened the bridge. The mayor's office said it would close again in May."
    (a,) = [a for a in run(nlp, text).attributions if a.cue.text == "said"]
    assert (a.speaker.name, a.speaker.type) == ("mayor's office", "Organisation")


def test_the_role_held_by_two_people_named_is_no_one(nlp):
    text = ("Mara Lind, the mayor of Orvik, and Tom Berg, the mayor of Veldra, met on Monday. "
            "The mayor said the talks had gone well.")
    assert run(nlp, text).attributions == ()


def test_the_role_held_by_two_people_is_the_one_who_spoke_last(nlp):
    text = ("Mara Lind, the mayor of Orvik, and Tom Berg, the mayor of Veldra, met on Monday. "
            "Berg said the road was open. The mayor said the talks had gone well.")
    (a,) = [a for a in run(nlp, text).attributions if a.source.text == "The mayor"]
    assert a.speaker.name == "Tom Berg"


def test_the_role_held_by_one_person_named_is_that_person(nlp):
    text = "Mara Lind, the mayor, met Tom Berg on Monday. The mayor said the talks had gone well."
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Mara Lind"


def test_they_is_the_group_that_was_the_subject_before_not_the_body_named_last(nlp):
    text = ("Researchers at the Orvik Institute used data from the Veldra Space Agency's telescope. "
            "They found that the planet had water.")
    (a,) = run(nlp, text).attributions
    assert (a.source.text, a.speaker.name) == ("They", "Orvik Institute")


def test_they_after_a_group_that_names_no_one_is_no_one(nlp):
    text = ("Residents of Orvik were moved to a school run by the Veldra Council. "
            "They said the water rose quickly.")
    assert run(nlp, text).attributions == ()


@pytest.mark.parametrize("text, speaker", [
    ("Tom Berg met Mara Lind, the chairwoman of the council, on Monday. She said the talks had gone well.", "Mara Lind"),
    ("Tom Berg met his wife, Mara Lind, on Monday. She said the talks had gone well.", "Mara Lind"),
    ("Mr Berg met Mara Lind on Monday. She said the talks had gone well.", "Mara Lind"),
    ("Mara Lind, the chairwoman, met Tom Berg on Monday. He said the talks had gone well.", "Tom Berg"),
    # a person of unknown sex named last, nearer than the one marked, keeps "she"
    ("Mara Lind, the chairwoman, spoke first. The council met on Monday. Jane Roe said the talks had failed. "
     "She added that a vote was due.", "Jane Roe"),
    # the one who just spoke keeps "he" over a man the text marked by a pronoun before
    ("Tom Berg said he would not resign. Berg's aide, Karl Denner, conceded that the campaign lacked evidence. "
     "But he contended that the polls were plain.", "Karl Denner"),
])
def test_she_agrees_with_the_person_the_text_marks_as_a_woman(nlp, text, speaker):
    a = [a for a in run(nlp, text).attributions if a.source.text.lower() in ("she", "he")][-1]
    assert a.speaker.name == speaker


def test_he_is_the_subject_of_the_sentence_before_not_the_last_man_named(nlp):
    text = "Tom Berg met Karl Denner in Orvik on Monday. He said the talks had gone well."
    (a,) = run(nlp, text).attributions
    assert (a.source.text, a.speaker.name) == ("He", "Tom Berg")


def test_a_role_noun_is_the_person_named_with_that_role(nlp):
    text = ("Transport Minister Jane Roe visited the bridge on Monday with Tom Berg, the mayor. "
            "The minister said it would reopen in May.")
    (a,) = run(nlp, text).attributions
    assert (a.source.text, a.speaker.name) == ("The minister", "Jane Roe")


def test_a_statement_quoted_inside_a_quotation_is_the_outer_speakers(nlp):
    text = "\"The ministry told us the bridge was safe,\" Mara Lind said."
    x = run(nlp, text)
    lind = [a for a in x.attributions if a.speaker and a.speaker.name == "Mara Lind"]
    assert lind and "the bridge was safe" in lind[0].content.text


def test_they_after_two_named_people_is_both(nlp):
    text = "Mara Lind and Tom Berg inspected the bridge on Monday. They said it was safe."
    x = run(nlp, text)
    assert sorted(a.speaker.name for a in x.attributions) == ["Mara Lind", "Tom Berg"]


def test_a_quote_then_a_pronoun_cue_in_the_next_paragraph_keeps_the_speaker(nlp):
    text = ("Mara Lind said the bridge was safe.\n\n"
            "\"We tested it twice,\" she said.\n\n"
            "Tom Berg, the mayor, disagreed. \"It needs repairs,\" he said.")
    x = run(nlp, text)
    got = [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions]
    assert ("Mara Lind", "We tested it twice") in got and ("Tom Berg", "It needs repairs") in got


def test_an_outlet_that_could_not_verify_is_not_confirmed_by_the_outlet(nlp):
    text = "The Orvik Courier could not independently verify the claim."
    (a,) = run(nlp, text).attributions
    assert (a.speaker.name, a.relation) == ("Orvik Courier", "not_confirmed")


# -- more cue shapes ------------------------------------------------------------------

MORE_CUES = {
    "quipped after a quotation": Case("\"Bridges are like teeth,\" Mara Lind quipped.", "quipped",
                                      "Mara Lind", "Mara Lind", "Bridges are like teeth"),
    "elaborated after a quotation": Case("\"The span holds,\" Mara Lind elaborated.", "elaborated",
                                         "Mara Lind", "Mara Lind", "The span holds"),
    "elaborated with a colon, at a paragraph's end": Case(
        "The bridge was shut. Mara Lind elaborated: \"The span holds.\"\n", "elaborated",
        "Mara Lind", "Mara Lind", "The span holds"),
    "any verb with a colon, ending the text": Case(
        "The bridge was shut. Mara Lind fumed: \"The span holds.\"\n", "fumed",
        "Mara Lind", "Mara Lind", "The span holds"),
    "made a comment saying": Case("Mara Lind made a comment saying the bridge was safe.", "saying",
                                  "a comment", "Mara Lind", "the bridge was safe"),
    "a quoted denial of the speaker's own": Case(
        "\"We reject the allegations that we cut corners,\" Mara Lind said.", "said",
        "Mara Lind", "Mara Lind", "We reject the allegations that we cut corners", "denies"),
    "a relative clause with where": Case(
        "They sent the results to the capital, where Mara Lind said in an article that the bridge was safe.", "said",
        "Mara Lind", "Mara Lind", "the bridge was safe"),
    "ruled out": Case("The harbour police ruled out foul play in the fire.", "ruled out",
                      "The harbour police", "harbour police", "foul play", "denies"),
    "said that as the clause's subject": Case("Mara Lind said that would be a mistake.", "said",
                                             "Mara Lind", "Mara Lind", "that would be a mistake"),
    "challenged a statement": Case("Mara Lind challenged his version of events at the bridge.", "challenged",
                                   "Mara Lind", "Mara Lind", "his version of events at the bridge", "denies"),
    "submitted that (a court's sense)": Case("Counsel Mara Lind submitted to the court that the evidence was weak.",
                                             "submitted", "Counsel Mara Lind", "Mara Lind", "the evidence was weak"),
    "said of X, then the clause": Case(
        "Mara Lind said of the make-up of the comets, they \"started spinning faster after the flyby.\"",
        "said", "Mara Lind", "Mara Lind", "they \"started spinning faster after the flyby"),
    "quoted by T responding": Case(
        "Cardinal Tom Berg is quoted by the Orvik Courier responding to the letter: \"It is unfair to the parish.\"",
        "quoted", "Cardinal Tom Berg", "Tom Berg", "It is unfair to the parish", via="Orvik Courier"),
    "continued, saying": Case("Mara Lind continued, saying \"the span holds.\"", "saying",
                              "Mara Lind", "Mara Lind", "the span holds"),
    "responded with a colon": Case("Mara Lind responded: \"The bridge is safe.\"", "responded",
                                   "Mara Lind", "Mara Lind", "The bridge is safe"),
    "proclaimed that": Case("Mara Lind proclaimed that the bridge was open.", "proclaimed",
                            "Mara Lind", "Mara Lind", "the bridge was open"),
    "spoke of": Case("Mara Lind spoke of a plan to reopen the bridge.", "spoke",
                     "Mara Lind", "Mara Lind", "a plan to reopen the bridge"),
    "two that-clauses": Case("Mara Lind said that the bridge was safe and that it would reopen in May.", "said",
                             "Mara Lind", "Mara Lind", "the bridge was safe and that it would reopen in May"),
    "dateline then said": Case("ORVIK, May 3 - Mara Lind said on Friday the bridge would reopen.", "said",
                               "Mara Lind", "Mara Lind", "the bridge would reopen"),
    "wrote in a letter": Case("Mara Lind wrote in a letter to the council that the bridge was safe.", "wrote",
                              "Mara Lind", "Mara Lind", "the bridge was safe"),
    "posted on Facebook": Case("Mara Lind posted on Facebook that the bridge was safe.", "posted",
                               "Mara Lind", "Mara Lind", "the bridge was safe"),
}


@pytest.mark.parametrize("case", list(MORE_CUES.values()), ids=list(MORE_CUES))
def test_more_cue_shapes(nlp, case):
    _check(nlp, case)


def test_a_colon_headline_is_no_statement(nlp):
    # the guidelines: a headline's "Name: words" names no cue
    x = run(nlp, "Orvik bridge to reopen in May: mayor\n\nThe bridge closed in March.")
    assert not x.attributions


@pytest.mark.parametrize("text", [
    "The Veltan Labour Party last night rejected Ada Lind's bid to become interim leader.",
    "The Veltan council rejected calls for a new vote on the bridge.",
])
def test_rejecting_a_bid_or_a_call_is_an_act_not_a_denial(nlp, text):
    assert not [a for a in run(nlp, text).attributions if a.relation == "denies"]


@pytest.mark.parametrize("text, content", [
    ("The Veltan ministry rejected the claims as baseless.", "the claims"),
    ("Corvex Ltd dismissed the report.", "the report"),
    ("The Veltan army dismissed suggestions that troops had withdrawn.", "suggestions that troops had withdrawn"),
])
def test_rejecting_a_statement_is_a_denial(nlp, text, content):
    (a,) = [a for a in run(nlp, text).attributions if a.relation == "denies"]
    assert a.content.text == content


def test_a_quotation_after_a_relative_clause_is_not_the_main_verbs(nlp):
    # "is maintaining ties ..., which X has labeled the 'Q'": the quotation
    # is what X labelled, no statement of the subject of "is maintaining"
    x = run(nlp, 'Veltara is maintaining ties with Orvia, which President Ada Lind has labeled the "axis of unrest."')
    assert not [a for a in x.attributions if a.cue.text.endswith("maintaining")]


@pytest.mark.parametrize("text, cue", [
    ("Ada Lind could not say that the bridge was safe.", "could not say"),
    ("Ada Lind can't say that the bridge was safe.", "can't say"),
])
def test_cannot_say_that_p_does_not_vouch_for_p(nlp, text, cue):
    (a,) = run(nlp, text).attributions
    assert (a.relation, a.cue.text, a.content.text) == ("not_confirmed", cue, "the bridge was safe")


def test_did_not_say_that_p_asserts_nothing(nlp):
    assert not run(nlp, "Ada Lind did not say that the bridge was safe.").attributions


def test_writing_articles_is_no_statement_but_writing_that_p_is(nlp):
    assert not run(nlp, "The Veltan ministry will train them to write opinion articles.").attributions
    (a,) = run(nlp, "Ada Lind wrote that the bridge was unsafe.").attributions
    assert a.content.text == "the bridge was unsafe"


def test_a_role_noun_is_not_given_to_a_person_of_another_office(nlp):
    # "the scientist" is no one rather than the attorney general named before
    x = run(nlp, "Attorney General Ada Lind met the press. The scientist said the vaccine was safe.")
    assert not [a for a in x.attributions if a.speaker is not None and a.speaker.name == "Ada Lind"]
    # a person introduced with no office can still be "the scientist"
    x = run(nlp, "Ada Lind, 45, met the press. The scientist said the vaccine was safe.")
    assert [a.speaker.name for a in x.attributions] == ["Ada Lind"]


def test_calling_people_to_a_meeting_is_an_act(nlp):
    x = run(nlp, "Ada Lind had called all the ministers from her party for a special meeting on Wednesday.")
    assert not x.attributions
    # a projection ("called the election for X") and an evaluation stay statements
    x = run(nlp, "The Orvik Herald called the election for Ada Lind.")
    assert [a.content.text for a in x.attributions] == ["the election for Ada Lind"]
    x = run(nlp, "Veltan officials called Ada Lind's campaign an attempt to topple the government.")
    assert [a.cue.text for a in x.attributions] == ["called"]


def test_the_government_is_not_the_last_body_named(nlp):
    x = run(nlp, "The Orvik Emergency Service says it has received 5,000 calls. "
                 "The Government is also warning householders that the service is free.")
    assert [a.speaker.name for a in x.attributions if a.speaker is not None].count("Orvik Emergency Service") == 1


def test_a_name_apposed_to_the_body_a_spokesman_speaks_for_is_the_spokesman(nlp):
    # "A spokesman for X, Y, says": Y is the spokesman, also where the
    # recogniser missed Y; "Mr Y" later is the same person, one entity
    text = ("A spokesman for provincial governor Ada Lind, Wali Jan, says the man was arrested. "
            "\"He was taken into custody at dawn,\" Mr Jan said.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Wali Jan", "Wali Jan"]
    assert not [m for m in x.mentions if m.name == "Jan"]


def test_a_full_name_run_into_a_role_is_the_role_holder(nlp):
    x = run(nlp, "Professor Ada Lind deputy director of the Orvik Institute of Marine Studies says "
                 "the institute is ready to start the trial.")
    assert [a.speaker.name for a in x.attributions] == ["Ada Lind"]


def test_a_country_accusing_another_speaks_through_its_government(nlp):
    # a military word in the charge is the accused's conduct, not the accuser's
    x = run(nlp, "Norway has accused Veltan military intelligence of planning the attack.")
    assert [a.speaker.name for a in x.attributions] == ["Government of Norway"]
    x = run(nlp, "Norway claimed gains near the border.")
    assert [a.speaker.name for a in x.attributions] == ["Armed Forces of Norway"]


def test_capitalised_words_run_into_a_country_name_a_national_body(nlp):
    # "Statistics Canada", "Sport England": an agency, not the country's government
    x = run(nlp, "Geo-science Norway says the epicentre was 40 kilometres north of the town. "
                 "Statistics Norway said unemployment rose. Norway said it would act.")
    assert [a.speaker.name for a in x.attributions] == ["Geo-science Norway", "Statistics Norway",
                                                         "Government of Norway"]


def test_a_quotation_with_its_own_long_source_phrase_is_not_the_last_statement_continued(nlp):
    # "X defended itself, saying P. 'Q,' Veltan Foreign Ministry spokesman Y said": Q is Y's alone
    x = run(nlp, "Norway defended itself against criticism of its trade ties, saying attempts to mix "
                 "business and politics were misguided. \"Mixing politics with trade is a thing of the past,\" "
                 "Norwegian Foreign Ministry spokesman Tomas Berg said on Saturday.")
    by = {a.speaker.name: a.content.text for a in x.attributions}
    assert by["Tomas Berg"] == "Mixing politics with trade is a thing of the past"
    assert "Mixing" not in by["Government of Norway"]


def test_a_country_possessive_before_a_company_is_not_its_name(nlp):
    x = run(nlp, "Norway's Veltaco said on Wednesday it plans to cut 1,000 jobs.")
    assert [a.speaker.name for a in x.attributions] == ["Veltaco"]
    # a country's institution keeps its country (kg.resolve names it "Ministry of Defence of Russia")
    x = run(nlp, "Russia's Defense Ministry said the troops had regrouped.")
    assert [a.speaker.name for a in x.attributions] == ["Russia's Defense Ministry"]


def test_a_cue_in_what_a_body_voted_or_decided_to_do_is_no_statement(nlp):
    x = run(nlp, "The Orvik Assembly has voted to review its links with Veltan, to impose an arms embargo "
                 "and to threaten wider trade sanctions.")
    assert not x.attributions
    (a,) = run(nlp, "Ada Lind refused to confirm the report.").attributions
    assert a.relation == "not_confirmed"


def test_a_country_is_not_its_own_institution_named_before(nlp):
    # "Norway's military" named first does not make a later "Norway" the military
    x = run(nlp, "Sweden accuses Norway's military intelligence of masterminding the assault, "
                 "but Norway denies the allegation.")
    assert [(a.speaker.name, a.relation) for a in x.attributions] == [
        ("Government of Sweden", "claims"), ("Government of Norway", "denies")]
    x = run(nlp, "Norway alleges the attack was backed by a foreign intelligence service.")
    assert [a.speaker.name for a in x.attributions] == ["Government of Norway"]


def test_a_statement_hung_on_a_later_speakers_cue_stays_its_own(nlp):
    # "X say P but so far, Y says Q": two statements, neither holding the other
    x = run(nlp, "Orvik officials say they have detained 160 suspects but so far, the Veltan Government "
                 "says Ada Lind has not done enough.")
    assert [a.content.text for a in x.attributions] == ["they have detained 160 suspects",
                                                        "Ada Lind has not done enough"]


def test_the_company_is_the_business_just_named_not_a_union_or_its_officer(nlp):
    # a union's officer spoke; then a business is named; "the company" is that business
    x = run(nlp, "The Orvik Services Union's Ada Lind says she will fight for every cent. More than 400 staff "
                 "will lose their jobs at the country's biggest pay television operator, Veltacom. "
                 "The company has this morning announced wide-ranging restructuring plans. "
                 "The union says the cuts are unfair.")
    assert [a.speaker.name for a in x.attributions] == ["Ada Lind", "Veltacom", "Orvik Services Union"]


def test_a_clause_whose_subject_the_parser_took_for_the_cues_object_keeps_it(nlp):
    # "warned continued growth is dependent on P": the object is the clause's subject
    (a,) = run(nlp, "Treasurer Ada Lind has warned continued economic growth in Norway is dependent "
                    "on an uncertain world outlook.").attributions
    assert a.content.text == "continued economic growth in Norway is dependent on an uncertain world outlook"
    # an addressee is no subject: "told reporters the plan had failed"
    (a,) = run(nlp, "Ada Lind told reporters the plan had failed.").attributions
    assert a.content.text == "the plan had failed"


def test_what_someone_will_announce_is_not_said_yet(nlp):
    assert not run(nlp, "Match referee Ada Lind will announce his verdict later today.").attributions
    # a clause, a quotation or a refusal is a statement all the same
    (a,) = run(nlp, "Ada Lind will say that the plan failed.").attributions
    assert a.content.text == "the plan failed"
    (a,) = run(nlp, "Ada Lind will not confirm the figures.").attributions
    assert a.relation == "not_confirmed"


def test_he_after_a_statement_about_another_man_is_the_speaker(nlp):
    # the man the statement is about is its subject, not the one who goes on speaking
    x = run(nlp, "Tomas Berg, 26, was captured three days ago. The head of the Orvik Law Institute, "
                 "Karl Lind, says Mr Berg could face a charge of treason. \"If the circumstances are "
                 "permitted, he could be charged with treason,\" he said.")
    assert [a.speaker.name for a in x.attributions] == ["Karl Lind", "Karl Lind"]


def test_a_name_closing_a_long_subject_is_its_holder_though_the_model_missed_it(nlp):
    # "The prime minister who resigned ..., NAME, has told": NAME, not another minister named before
    x = run(nlp, "The finance minister in the last government, Sandor Rolo, could have the numbers to win. "
                 "The prime minister who was forced to resign after last year's coup, Bartolo Ulofa'anu, "
                 "has told national radio he has heard rumours of another coup.")
    assert [a.speaker.name for a in x.attributions] == ["Bartolo Ulofa'anu"]


@pytest.mark.parametrize("text", [
    "Mara Lind won the vote after her rival Tom Berg quit the race, saying: \"I am tired of this.\"\n",
    "Mara Lind won the vote after Tom Berg said in a letter that he quit: \"I am tired of this.\"\n",
])
def test_a_quotation_after_a_colon_is_the_cue_s_inside_the_clause_before_it(nlp, text):
    # the main clause ("won the vote") ends with another cue's phrase: that cue's quotation
    x = run(nlp, text)
    assert [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions] == [("Tom Berg", "I am tired of this")]


@pytest.mark.parametrize("text", ["The minister did not rule out new taxes.", "The minister refused to rule out new taxes."])
def test_not_ruling_out_asserts_nothing(nlp, text):
    assert not run(nlp, text).attributions


@pytest.mark.parametrize("text", ["Mara Lind challenged the ban in court.",
                                  "Mara Lind was challenged by reporters over the claims.",
                                  "The talk show saw the mayor challenged over her claim that the bridge was unsafe."])
def test_challenging_an_act_or_being_challenged_denies_nothing(nlp, text):
    assert not [a for a in run(nlp, text).attributions if "challenged" in a.cue.text]


def test_submitting_a_document_states_nothing(nlp):
    assert not run(nlp, "Mara Lind submitted a report to the court.").attributions


def test_continued_saying_is_one_statement(nlp):
    x = run(nlp, "Mara Lind continued, saying \"the span holds.\"")
    assert [a.cue.text for a in x.attributions] == ["saying"]


@pytest.mark.parametrize("text, speaker, content", [
    ("The Vorland Transport Authority declined to comment on the reports.", "Vorland Transport Authority", "the reports"),
    ("While refusing to comment on the merger, Mara Lind said the plant would stay open.", "Mara Lind", "the merger"),
])
def test_declining_to_comment_on_a_thing_leaves_it_unconfirmed(nlp, text, speaker, content):
    # "declined to comment on P": P neither confirmed nor denied; a plain "has not
    # commented on P" only reports a silence and gives no record
    x = run(nlp, text)
    found = [(a.relation, a.speaker.name, a.content.text) for a in x.attributions if "comment" in a.cue.text]
    assert found == [("not_confirmed", speaker, content)]
    assert not run(nlp, "The Vorland Transport Authority has not yet commented on the reports.").attributions


def test_a_role_and_a_name_hung_on_a_body_give_the_person(nlp):
    # "X Fund (XF) managing director, Y warned P": the parser makes the body the
    # subject with role and name apposed to it; the person speaks
    x = run(nlp, "In a speech in Orvik, Norland Monetary Fund (NMF) managing director, Ada Lindgaard "
                 "warned that trade was heading for a slump.")
    assert [(a.speaker.name, a.content.text) for a in x.attributions] == [
        ("Ada Lindgaard", "trade was heading for a slump")]


def test_an_outlet_s_online_edition_is_its_name(nlp):
    x = run(nlp, "According to Orvik News Online, the minister is unwell.")
    assert [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions] == [
        ("Orvik News Online", "the minister is unwell")]


def test_a_name_chanted_in_quotes_still_speaks_bare(nlp):
    # the model reads a one-word name in quotation marks as a title, and the
    # same label spreads to the bare name: a speaking name is a person
    x = run(nlp, "Crowds chanted \"Okemwa\" as the leader arrived.\n\n"
                 "\"For the first time, the forum puts poverty first,\" Okemwa said.\n")
    assert [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions] == [
        ("Okemwa", "For the first time, the forum puts poverty first")]


def test_both_the_x_and_the_y_said_is_one_record_each(nlp):
    # the parser hangs the list on its last name; the determiners are no part of a name
    x = run(nlp, "Both the Northern Vorland Front and Southern Vorland Front have claimed responsibility for the raid.")
    assert sorted(a.speaker.name for a in x.attributions) == ["Northern Vorland Front", "Southern Vorland Front"]


def test_a_collective_noun_opening_a_sentence_is_no_name(nlp):
    # "Media" is also a small town's name; opening a sentence before "in" it is
    # the press, unnamed media the keys skip
    assert not run(nlp, "Media in Norland says a bomber attacked the base.").attributions


def test_an_unnamed_source_inside_a_quotation_is_no_record_of_its_own(nlp):
    # 'X said: "Experts have confirmed P"': X's statement holds P; the experts,
    # tied to no entity, make no record (the keys skip unnamed individuals)
    x = run(nlp, "Marek Dorn said of the inquiry: \"Forensic experts have confirmed that the blast was an accident.\"")
    assert [(a.speaker.name if a.speaker else None, a.cue.text) for a in x.attributions] == [("Marek Dorn", "said")]


def test_according_to_a_source_over_an_act_of_unnamed_people_is_the_source_s(nlp):
    # "protested" is a cue only with a source; "about 40 farmers" is none, so
    # the clause is what the union reports
    x = run(nlp, "According to the Norland Farmers Union, about 40 farmers protested in the capital.")
    assert [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions] == [
        ("Norland Farmers Union", "about 40 farmers protested in the capital")]


def test_according_to_a_name_and_its_apposed_role_leaves_the_role_out_of_the_content(nlp):
    x = run(nlp, "According to Ada Lindgaard, the deputy minister of defence, most rebel income comes from drugs.")
    assert [(a.speaker.name, a.content.text.strip(_TRIM)) for a in x.attributions] == [
        ("Ada Lindgaard", "most rebel income comes from drugs")]
    # a role apposed to the clause's own subject stays its subject
    y = run(nlp, "According to the Norland Ministry of Health, the chief executive, Tom Berg, resigned on Monday.")
    assert [a.content.text.strip(_TRIM) for a in y.attributions] == ["the chief executive, Tom Berg, resigned on Monday"]


def test_the_officials_of_a_named_body_are_not_the_officials_said_before(nlp):
    # "Officials said P. ... The X ministry officials claimed Q": a body named in
    # the phrase speaks, not the unnamed officials of the sentence before
    x = run(nlp, "Officials said two bombs went off near the port. "
                 "The Norland Transport Ministry officials claimed that a guard was killed.")
    claimed = [a for a in x.attributions if a.cue.text == "claimed"]
    assert [a.speaker.name for a in claimed] == ["Norland Transport Ministry"]


def test_the_vice_president_is_the_holder_named_before(nlp):
    # "Vice-President" is an office (a title prefix and a person noun), no name of its own
    x = run(nlp, "Ministers met Norland President Ada Lind and Vice-President Tomas Berg.\n\n"
                 "The Vice-President said that Norland would stay out of the dispute.\n")
    assert [a.speaker.name for a in x.attributions] == ["Tomas Berg"]


def test_a_named_body_s_officials_in_a_capital_are_the_body_s(nlp):
    # "officials in <capital>" speak for that country's government, unless a
    # body's name is their modifier: then they are that body's
    x = run(nlp, "UNICEF officials in Paris said that the two workers had been released.")
    assert [a.speaker.name for a in x.attributions] == ["UNICEF"]


def test_a_body_s_name_ends_before_its_officials(nlp):
    from spacy.tokens import Doc

    from kg.extract.consistency import _trim

    doc = Doc(nlp.vocab, words=["UNICEF", "officials", "in", "Paris", "said"], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    for tok, tag, lemma in zip(doc, ["NNP", "NNS", "IN", "NNP", "VBD"], ["UNICEF", "official", "in", "Paris", "say"]):
        tok.tag_, tok.lemma_ = tag, lemma
    assert _trim(doc.ents[0]).text == "UNICEF"
