"""Attribution rules on hand-written sentences, parsed by the real model.

Each test names the pattern it covers; names and sentences are invented or
generic (none from the seed articles)."""

from __future__ import annotations

import pytest
from attribution_support import by_cue, run

from kg.extract.extraction import extract
from kg.extract.quotes import find_quotes
from kg.records import Article

pytestmark = pytest.mark.model


def check_offsets(extraction):
    text = extraction.article.text
    for a in extraction.attributions:
        for span in (a.cue, a.content, a.source):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_subject_and_clausal_complement(nlp):
    x = run(nlp, "Amnesty International said that the prison had been emptied before the inspection.")
    (a,) = by_cue(x, "said")
    assert a.relation == "claims"
    assert a.speaker.name == "Amnesty International"
    assert a.source.text == "Amnesty International"
    assert a.content.text.startswith("the prison had been emptied")
    assert "said" not in a.content.text
    check_offsets(x)


def test_according_to_is_a_source(nlp):
    x = run(nlp, "The ceasefire collapsed on Tuesday night, according to the World Health Organization.")
    (a,) = by_cue(x, "according to")
    assert a.speaker.name.endswith("World Health Organization")
    assert a.content.text.startswith("The ceasefire collapsed")
    assert a.via is None


def test_passive_agent_is_the_source(nlp):
    x = run(nlp, "The report of mass arrests was denied by the Interior Ministry on Friday.")
    (a,) = by_cue(x, "denied")
    assert a.relation == "denies"
    assert "Interior Ministry" in a.speaker.name
    assert "mass arrests" in a.content.text


def test_apposition_gives_the_named_head(nlp):
    x = run(nlp, "Peter Hansen, the ministry's spokesman, said the convoy had reached the border.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Peter Hansen"
    # the source span is the whole noun phrase, apposition included (as PARC marks it)
    assert a.source.text == "Peter Hansen, the ministry's spokesman"
    assert a.content.text.startswith("the convoy had reached")


def test_trailing_pronoun_attribution_spans_the_whole_quote(nlp):
    text = ("Maria Lopez visited the flooded district on Monday.\n"
            "“The bridge is gone. We cannot cross the river for weeks,” she said.")
    x = run(nlp, text)
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Maria Lopez"
    assert a.source.text == "she"
    assert a.content.text.startswith("The bridge is gone.")
    assert a.content.text.endswith("for weeks")


def test_inverted_said_with_name(nlp):
    x = run(nlp, "“We will rebuild the school before winter,” said Maria Lopez, according to Interfax.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Maria Lopez"
    assert a.via is not None and a.via.name == "Interfax"
    assert a.content.text.startswith("We will rebuild")


def test_quoted_as_saying_keeps_the_relay_as_via(nlp):
    x = run(nlp, "Interfax quoted Peter Hansen as saying that the talks had failed.")
    (a,) = x.attributions
    assert a.speaker.name == "Peter Hansen"
    assert a.via.name == "Interfax"
    assert "quoted" in a.cue.text and "saying" in a.cue.text
    assert a.content.text.startswith("the talks had failed")


def test_told_addressee_is_not_content(nlp):
    x = run(nlp, "Peter Hansen told the BBC that the border would reopen next week.")
    (a,) = by_cue(x, "told")
    assert a.speaker.name == "Peter Hansen"
    assert a.content.text == "the border would reopen next week"


def test_two_cues_in_one_sentence_give_two_records(nlp):
    x = run(nlp, "Maria Lopez said the road was closed, adding that repairs would take a week.")
    assert {a.cue.text for a in x.attributions} == {"said", "adding"}
    assert all(a.speaker.name == "Maria Lopez" for a in x.attributions)


def test_citing_a_named_source_makes_the_reporter_the_via(nlp):
    x = run(nlp, "Bloomberg reported that the plant had closed, citing Peter Hansen.")
    (a,) = by_cue(x, "reported")
    assert a.speaker.name == "Peter Hansen"
    assert a.via.name == "Bloomberg"


def test_did_not_deny_is_not_a_denial(nlp):
    x = run(nlp, "Amnesty International did not deny that its staff had left the camp.")
    assert not [a for a in x.attributions if a.relation == "denies"]
    assert not by_cue(x, "deny")


@pytest.mark.parametrize("sentence,cue", [
    ("The Iraqi army has not confirmed that the town fell.", "has not confirmed"),
    ("The Iraqi army did not confirm that the town fell.", "did not confirm"),
    ("Amnesty International stopped short of confirming that the town fell.", "stopped short of confirming"),
    ("Bloomberg could not independently verify the footage.", "could not"),
])
def test_hedged_confirmation_is_not_confirmed(nlp, sentence, cue):
    x = run(nlp, sentence)
    (a,) = x.attributions
    assert a.relation == "not_confirmed"
    assert cue in a.cue.text


def test_confirmation(nlp):
    x = run(nlp, "Amnesty International confirmed that the camp had been closed.")
    (a,) = x.attributions
    assert a.relation == "confirms"


def test_unbalanced_quote_mark_does_not_kill_the_document(nlp):
    text = ("He shouted “stop and ran.\n"
            "Amnesty International said the camp was closed.\n"
            "“The doors are locked,” said Peter Hansen.")
    x = run(nlp, text)
    speakers = {a.speaker.name for a in x.attributions}
    assert {"Amnesty International", "Peter Hansen"} <= speakers
    check_offsets(x)


def test_pronoun_resolves_to_earlier_speaker_not_later_names(nlp):
    text = ("Peter Hansen spoke to reporters with Maria Lopez at his side.\n"
            "“The talks will resume,” he said.")
    x = run(nlp, text)
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Peter Hansen"


def test_unnamed_witness_is_a_source_of_its_own(nlp):
    (a,) = run(nlp, "A witness said the shelling lasted all night.").attributions
    assert (a.source.text, a.speaker.name) == ("A witness", "A witness")  # a kg:UnnamedSource in the graph


def test_boilerplate_is_skipped(nlp):
    text = "Amnesty International said the camp was closed.\nPeter Hansen said the road was open."
    cut = text.index("\n") + 1
    article = Article(path="t.txt", key="t", text=text, content_hash="x", boilerplate=((cut, len(text)),))
    x = extract(article, nlp(text))
    assert [a.speaker.name for a in x.attributions] == ["Amnesty International"]


def test_find_quotes_pairs_within_paragraphs_and_skips_apostrophes():
    text = "It’s “one” and ‘two’ and \"three\"\n“four"
    found = [text[s:e] for s, e in find_quotes(text)]
    assert found == ["“one”", "‘two’", '"three"']


def test_participle_with_only_an_object_is_a_gloss_not_a_statement(nlp):
    x = run(nlp, "“The dam will hold,” Peter Hansen said, predicting a quiet spring.")
    assert [a.cue.text for a in x.attributions] == ["said"]


def test_free_relative_is_not_a_statement_of_its_own(nlp):
    x = run(nlp, "Peter Hansen posted a photo of what he said was a destroyed bridge.")
    assert [a.cue.text for a in x.attributions] == ["posted"]


def test_pronoun_inside_direct_speech_is_not_resolved_from_narration(nlp):
    text = ("Amnesty International visited the camp.\n"
            "“They say the water ran out last week,” Peter Hansen said.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Peter Hansen"]


def test_plural_pronoun_does_not_resolve_to_a_single_person(nlp):
    x = run(nlp, "Peter Hansen arrived on Monday.\nThey said the road was closed.")
    assert x.attributions == ()


@pytest.mark.parametrize("text", [
    "",
    "“",
    "\" \" \" said",
    "said said said.",
    "”He said,” “ ‘ ’ ” according to",
    "According to.\n\n\nAccording to according to X.",
    "He\u00a0said\u00a0that\u00a0it\u00a0was\u00a0fine.",
    "Peter Hansen said: “" + "word " * 400,
])
def test_odd_text_never_breaks_extraction(nlp, text):
    x = run(nlp, text)
    check_offsets(x)
    for w in x.withdrawals:
        assert text[w.evidence.start:w.evidence.end] == w.evidence.text


# -- rules added while measuring on the held-out set (sentences of our own) --

def test_quote_over_paragraphs_with_trailing_pronoun(nlp):
    text = ("Peter Hansen spoke after the vote.\n\n"
            "“We lost. We made errors. We trusted the wrong people. We will learn.\n\n"
            "“The party will be back in four years,” he said.")
    x = run(nlp, text)
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Peter Hansen"
    assert a.content.text.startswith("We lost.")
    check_offsets(x)


def test_coordinated_cue_inside_a_complement_shares_the_subject(nlp):
    x = run(nlp, "Peter Hansen said that the audit was complete and called the allegations a smear.")
    called = by_cue(x, "called")
    assert [(a.relation, a.speaker.name) for a in called] == [("denies", "Peter Hansen")]
    (said,) = by_cue(x, "said")
    assert "called" not in said.content.text and not said.content.text.endswith("and")


def test_participle_hung_inside_the_content_is_controlled_by_the_cue_subject(nlp):
    x = run(nlp, "Maria Lopez denied a report that her office had lost the files, saying the archive was intact.")
    (a,) = by_cue(x, "saying")
    assert a.speaker.name == "Maria Lopez"
    assert a.content.text.startswith("the archive was intact")


def test_participle_after_a_subordinate_clause_belongs_to_the_main_subject(nlp):
    x = run(nlp, "Peter Hansen quit on Friday after the board cut his budget, saying the cuts were reckless.")
    (a,) = by_cue(x, "saying")
    assert a.speaker.name == "Peter Hansen"


@pytest.mark.parametrize("sentence", [
    "Maria Lopez called the allegations baseless.",
    "Maria Lopez called the report “pure speculation.”",
])
def test_calling_a_claim_negative_is_a_denial(nlp, sentence):
    x = run(nlp, sentence)
    (a,) = x.attributions
    assert a.relation == "denies"


def test_relative_clause_with_a_named_source(nlp):
    x = run(nlp, "Police closed the camp, which Amnesty International said was overcrowded.")
    (a,) = x.attributions
    assert a.speaker.name == "Amnesty International"
    assert "overcrowded" in a.content.text and "camp" in a.content.text


def test_a_claim_that_a_source_rejected(nlp):
    x = run(nlp, "Rebels said the bridge had been destroyed, a claim Amnesty International rejected.")
    (a,) = by_cue(x, "rejected")
    assert a.relation == "denies"
    assert a.speaker.name == "Amnesty International"
    assert a.content.text == "the bridge had been destroyed"


def test_group_led_by_a_person_and_their_hedge(nlp):
    text = ("The scientists, led by chemist Ana Ruiz, wrote that the samples were contaminated. "
            "They stopped short of saying that the laboratory was at fault.")
    x = run(nlp, text)
    assert [(a.relation, a.speaker.name) for a in x.attributions] == [
        ("claims", "Ana Ruiz"), ("not_confirmed", "Ana Ruiz")]


def test_according_to_a_statement_from_a_named_body(nlp):
    x = run(nlp, "The vote was postponed, according to a statement from Amnesty International.")
    (a,) = x.attributions
    assert a.speaker.name.endswith("Amnesty International")


def test_indefinite_role_noun_is_named_in_the_next_sentence(nlp):
    text = ("A regional governor said on Monday that the dam had held.\n"
            "Governor Pavel Ostrov visited the site later.")
    x = run(nlp, text)
    (a,) = x.attributions
    assert a.speaker.name == "Pavel Ostrov"


def test_headline_role_noun_is_named_in_the_lede(nlp):
    text = ("Finance minister says budget is balanced\n\n"
            "Finance minister Julia Brandt said on Monday that the budget was balanced.")
    x = run(nlp, text)
    assert [a.speaker.name for a in by_cue(x, "says")] == ["Julia Brandt"]


def test_an_addressee_alone_is_no_statement(nlp):
    x = run(nlp, "Maria Lopez warned the mayor about the flood.")
    assert x.attributions == ()


def test_definite_company_noun_is_the_latest_speaking_company(nlp):
    text = ("Siemens reported higher orders on Tuesday.\n"
            "Peter Hansen said the outlook was strong. Maria Lopez said margins were stable. "
            "Analysts were surprised. Shares rose.\n"
            "The company denied that it planned job cuts.")
    x = run(nlp, text)
    (a,) = by_cue(x, "denied")
    assert a.speaker.name == "Siemens"


# -- held-out round 3: split quotes, modality, raising, phrasal and question cues,
#    members of bodies, pronoun agreement, countries and state bodies as sources

def test_quote_split_around_its_attribution_is_one_record(nlp):
    x = run(nlp, 'Tomas Berg inspected the bridge on Monday. "It will hold," he said, "but only for cars."')
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Tomas Berg"
    assert a.content.text.startswith("It will hold") and a.content.text.endswith("but only for cars.")
    check_offsets(x)


def test_quote_continued_in_the_next_sentence_of_the_paragraph(nlp):
    x = run(nlp, '"We saw smoke over the depot," said Lina Vasseur. "Then the power went out."')
    (a,) = by_cue(x, "said")
    assert a.source.text == "Lina Vasseur"
    assert a.content.text.endswith("Then the power went out.")


def test_a_following_quote_with_its_own_cue_is_not_a_continuation(nlp):
    x = run(nlp, '"We saw smoke," said Lina Vasseur. "Then the power went out," she added.')
    (said,) = by_cue(x, "said")
    assert "power" not in said.content.text
    (added,) = by_cue(x, "added")
    assert added.content.text.startswith("Then the power went out")


def test_neither_confirm_nor_deny_is_one_not_confirmed(nlp):
    x = run(nlp, "Harlow Mining would neither confirm nor deny that the sale had been agreed.")
    (a,) = x.attributions
    assert a.relation == "not_confirmed"
    assert a.cue.text == "would neither confirm nor deny"
    assert a.content.text.startswith("the sale had been agreed")


def test_declined_to_confirm_keeps_the_interrogative_complement(nlp):
    x = run(nlp, "Harlow Mining declined to confirm whether other mines would close.")
    (a,) = x.attributions
    assert a.relation == "not_confirmed" and a.cue.text == "declined to confirm"
    assert a.content.text.startswith("whether other mines would close")


def test_passive_raising_makes_the_subject_the_source(nlp):
    x = run(nlp, "Finance chief Omar Faraj is reported to have told lenders that the loan was safe.")
    (a,) = x.attributions  # no record for "is reported": its reporter is unnamed
    assert a.speaker.name == "Omar Faraj"
    assert a.cue.text == "is reported to have told"
    assert a.content.text.startswith("the loan was safe")


def test_phrasal_cue_point_out(nlp):
    x = run(nlp, "Greta Holm pointed out that the dam was built in 1931.")
    (a,) = x.attributions
    assert a.cue.text == "pointed out" and a.speaker.name == "Greta Holm"
    assert run(nlp, "Greta Holm pointed at the dam.").attributions == ()


def test_a_quoted_question_is_an_utterance_but_asking_whether_is_not(nlp):
    x = run(nlp, 'Greta Holm visited the dam. "Who will pay for the repairs?" she asked.')
    (a,) = by_cue(x, "asked")
    assert a.speaker.name == "Greta Holm" and a.content.text.startswith("Who will pay")
    assert run(nlp, "Greta Holm asked whether the dam was safe.").attributions == ()


def test_members_speak_for_the_body_they_are_at(nlp):
    x = run(nlp, "Economists at Norland Bank said inflation would slow next year.")
    (a,) = x.attributions
    assert a.speaker.name == "Norland Bank"
    assert a.source.text == "Economists at Norland Bank"


def test_a_spokesperson_for_the_company_is_the_company(nlp):
    x = run(nlp, "Brightwell Mining said output fell. A spokesperson for the company said the strike was over.")
    (a,) = [r for r in x.attributions if "strike" in r.content.text]
    assert a.speaker.name == "Brightwell Mining"
    assert a.source.text == "A spokesperson for the company"


def test_pronoun_gender_agreement_learned_in_the_text(nlp):
    text = ("Anna Kovacs said the talks had failed. \"We tried,\" she said. "
            "Peter Lund, her deputy, disagreed on Friday. The deal was close, he said.")
    x = run(nlp, text)
    (a,) = [r for r in x.attributions if "deal" in r.content.text]
    assert a.speaker.name == "Peter Lund"


def test_country_or_capital_as_source_is_its_government_or_military(nlp):
    from kg.resolve.entities import Resolver

    res = Resolver()
    x = run(nlp, "Paris said the embassy in the capital would reopen next month.")
    (a,) = x.attributions
    assert a.source.text == "Paris" and a.speaker.type == "Organisation"
    assert a.speaker.name == res.gazetteer.actor_for(res.gazetteer.lookup("France", "Place")).name
    x = run(nlp, "Moscow claimed its troops had captured two villages near the river.")
    (a,) = x.attributions
    assert a.speaker.name == res.gazetteer.actor_for(res.gazetteer.lookup("Russia", "Place"), "military").name
    # a plan of military help is the government's to announce, not a military action reported
    x = run(nlp, "Norway and Peru announced on Monday that they will be sending a few officers to train "
                 "Vorlandish rebels for the war against the troops of the ruler.")
    assert [a.speaker.name for a in x.attributions] == [
        res.gazetteer.actor_for(res.gazetteer.lookup(c, "Place")).name for c in ("Norway", "Peru")]


def test_a_state_body_tied_to_a_country_is_named_by_its_phrase(nlp):
    x = run(nlp, "Norway's coast guard said the trawler had been towed to port.")
    (a,) = x.attributions
    assert a.speaker.type == "Organisation" and a.speaker.name == "Norway's coast guard"


def test_call_x_y_is_an_evaluation_claim(nlp):
    x = run(nlp, 'Senator Ruth Adler called the ruling "a disgrace to the court" on Monday.')
    (a,) = x.attributions
    assert a.relation == "claims" and a.cue.text == "called"
    assert a.content.text.startswith("the ruling")


def test_coordinated_hedge_after_but_is_its_own_record(nlp):
    x = run(nlp, "Capt. Ivan Petrenko said the two divers were found but could not confirm reports that another had drowned.")
    said = [a for a in x.attributions if a.relation == "claims"]
    hedged = [a for a in x.attributions if a.relation == "not_confirmed"]
    assert len(said) == 1 and said[0].content.text.startswith("the two divers were found")
    assert "could not" not in said[0].content.text
    assert len(hedged) == 1 and hedged[0].cue.text == "could not confirm"


def test_its_report_names_the_owning_body(nlp):
    x = run(nlp, "Norland Bank lost $2 million in the quarter, according to its annual report.")
    (a,) = x.attributions
    assert a.speaker.name == "Norland Bank"


def test_headline_kind_noun_resolves_to_the_body_named_with_it(nlp):
    text = ("Storm floods harbour warehouse, port authority says\n\n"
            "HALBERG, June 2 - Floodwater entered a warehouse overnight, the Northern Harbour Authority said on Monday.")
    x = run(nlp, text)
    head = [a for a in x.attributions if a.cue.text == "says"]
    assert len(head) == 1 and head[0].speaker.name.endswith("Northern Harbour Authority")


def test_headline_possessed_role_noun_resolves_forward(nlp):
    text = ("Norway's trade minister says tariffs will fall\n\n"
            "OSLO, May 3 - Tariffs on fish exports will fall next year, Trade Minister Sigrid Aasen said on Monday.")
    x = run(nlp, text)
    head = [a for a in x.attributions if a.cue.text == "says"]
    assert len(head) == 1 and head[0].speaker.name == "Sigrid Aasen"


def test_headline_role_noun_matches_a_relative_clause_agent(nlp):
    text = ("Opposition leader vows to keep protesting\n\n"
            "VALMORA —\n\nMarta Kovel, who leads the Unity bloc, addressed the crowd. She said they would stay.")
    x = run(nlp, text)
    head = [a for a in x.attributions if a.cue.text == "vows"]
    assert len(head) == 1 and head[0].speaker.name == "Marta Kovel"


def test_citing_on_the_subject_makes_the_cited_body_the_speaker(nlp):
    x = run(nlp, "The Interfax news agency, citing the Defence Ministry, said two bridges had been destroyed.")
    (a,) = by_cue(x, "said")
    assert "Defence Ministry" in a.speaker.name
    assert a.via is not None and "Interfax" in a.via.name


def test_content_stops_before_the_subject_of_a_coordinated_clause(nlp):
    """The parse slip this covers, built by hand: the second clause's subject
    ("Reuters") hung on the object as a conjunct."""
    from spacy.tokens import Doc

    from kg.extract.frames import clause_subject_cut

    words = ["The", "army", "has", "not", "confirmed", "entering", "the", "village", "and", "Reuters", "has", "contacted", "it", "."]
    heads = [1, 4, 4, 4, 4, 4, 7, 5, 7, 7, 11, 4, 11, 4]
    deps = ["det", "nsubj", "aux", "neg", "ROOT", "xcomp", "det", "dobj", "cc", "conj", "aux", "conj", "dobj", "punct"]
    tags = ["DT", "NN", "VBZ", "RB", "VBN", "VBG", "DT", "NN", "CC", "NNP", "VBZ", "VBN", "PRP", "."]
    pos = ["DET", "NOUN", "AUX", "PART", "VERB", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "AUX", "VERB", "PRON", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    content = list(doc[5].subtree)
    assert clause_subject_cut(content) == 8  # cut at "and"
    # a real coordinated object ("the village and the bridge") is kept whole
    words2 = ["They", "confirmed", "entering", "the", "village", "and", "the", "bridge", "."]
    doc2 = Doc(nlp.vocab, words=words2, heads=[1, 1, 1, 4, 2, 4, 7, 4, 1],
               deps=["nsubj", "ROOT", "xcomp", "det", "dobj", "cc", "det", "conj", "punct"],
               tags=["PRP", "VBD", "VBG", "DT", "NN", "CC", "DT", "NN", "."],
               pos=["PRON", "VERB", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"])
    assert clause_subject_cut(list(doc2[2].subtree)) is None


def test_calling_it_after_a_rejection_is_a_denial(nlp):
    text = ('Brantley Holdings Inc. bought the mill in May. A rival said the sale had been rigged. '
            'Brantley rejected that claim, calling it "a sore loser\'s story."')
    x = run(nlp, text)
    rejected = by_cue(x, "rejected")
    calling = by_cue(x, "calling")
    assert len(rejected) == 1 and rejected[0].relation == "denies" and rejected[0].content.text == "that claim"
    assert rejected[0].speaker.name.startswith("Brantley Holdings")
    assert len(calling) == 1 and calling[0].relation == "denies"


def test_called_on_with_a_particle_is_a_call(nlp):
    x = run(nlp, "President Anna Berg said the flood was a disaster and called on neighbours to provide more boats.")
    (a,) = by_cue(x, "called")
    assert a.cue.text == "called on" and a.content.text.startswith("neighbours to provide")


def test_the_companies_said_gives_one_record_per_company_named(nlp):
    x = run(nlp, "Halden Group agreed to buy Morvik Systems Corp. for $900 million, the companies said on Monday.")
    said = by_cue(x, "said")
    names = {a.speaker.name for a in said}
    assert len(said) == 2 and any("Halden" in n for n in names) and any("Morvik" in n for n in names)


def test_a_name_set_off_late_in_an_indefinite_subject_names_it(nlp):
    x = run(nlp, "A third engineer with the same rank, Maria Lund of the rail workers' union, said the signal had failed.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Maria Lund"


def test_the_company_refers_to_the_name_introduced_as_a_company(nlp):
    text = ("Lumetta, the Oslo-based shipping company, is weighing the sale of its ferry arm. "
            "The company refused to confirm the negotiations on Friday.")
    x = run(nlp, text)
    (a,) = by_cue(x, "confirm")
    assert a.relation == "not_confirmed" and a.speaker.name == "Lumetta"


def test_a_role_noun_followed_by_a_newly_named_speaker_is_that_person(nlp):
    text = ("Governor Ivan Petrov said the northern roads were closed.\n\n"
            "Further south, the governor said two people had died in the floods overnight. "
            "Marta Kovel said on Telegram that rescuers were still searching the villages.")
    x = run(nlp, text)
    south = [a for a in x.attributions if "two people" in a.content.text]
    assert len(south) == 1 and south[0].speaker.name == "Marta Kovel"
    # with the next sentence naming no one new, the governor stays the one named before
    text2 = text.replace("Marta Kovel said on Telegram", "Rescue teams reported")
    x2 = run(nlp, text2)
    south2 = [a for a in x2.attributions if "two people" in a.content.text]
    assert len(south2) == 1 and south2[0].speaker.name == "Ivan Petrov"


def test_an_acronym_before_an_organisation_noun_names_a_body_of_its_own(nlp):
    text = ("Brenholt Foods said it would close its plant in Ghent. "
            "The KVBT union, which speaks for most of the staff, said it had never been warned. "
            "The company declined to confirm whether more plants would shut.")
    x = run(nlp, text)
    (union,) = [a for a in x.attributions if "warned" in a.content.text]
    assert union.speaker.name == "KVBT" and union.speaker.type == "Organisation"
    (company,) = by_cue(x, "declined to confirm")
    assert company.speaker.name.startswith("Brenholt")
