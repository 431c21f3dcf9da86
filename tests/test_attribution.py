"""Attribution rules on hand-written sentences, parsed by the real model.

Each test names the pattern it covers; names and sentences are invented or
generic (none from the seed articles)."""

from __future__ import annotations

import hashlib

import pytest

from kg.attribution import find_quotes
from kg.extract import extract
from kg.records import Article

pytestmark = pytest.mark.model


def run(nlp, text: str):
    article = Article(path="t.txt", key="t", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    return extract(article, nlp(text))


def by_cue(extraction, cue_word: str):
    return [a for a in extraction.attributions if cue_word in a.cue.text]


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


def test_unnamed_witness_gives_no_record(nlp):
    x = run(nlp, "A witness said the shelling lasted all night.")
    assert x.attributions == ()


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
    x = run(nlp, '"We saw smoke over the depot," said Lina Moreau. "Then the power went out."')
    (a,) = by_cue(x, "said")
    assert a.source.text == "Lina Moreau"
    assert a.content.text.endswith("Then the power went out.")


def test_a_following_quote_with_its_own_cue_is_not_a_continuation(nlp):
    x = run(nlp, '"We saw smoke," said Lina Moreau. "Then the power went out," she added.')
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
    x = run(nlp, "Finance chief Omar Haddad is reported to have told lenders that the loan was safe.")
    (a,) = x.attributions  # no record for "is reported": its reporter is unnamed
    assert a.speaker.name == "Omar Haddad"
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
    from kg.resolve import Resolver

    res = Resolver()
    x = run(nlp, "Paris said the embassy in the capital would reopen next month.")
    (a,) = x.attributions
    assert a.source.text == "Paris" and a.speaker.type == "Organisation"
    assert a.speaker.name == res.gazetteer.actor_for(res.gazetteer.lookup("France", "Place")).name
    x = run(nlp, "Moscow claimed its troops had captured two villages near the river.")
    (a,) = x.attributions
    assert a.speaker.name == res.gazetteer.actor_for(res.gazetteer.lookup("Russia", "Place"), "military").name


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
    x = run(nlp, "Col. Ivan Petrenko said the two pilots were safe but could not confirm reports that a third had died.")
    said = [a for a in x.attributions if a.relation == "claims"]
    hedged = [a for a in x.attributions if a.relation == "not_confirmed"]
    assert len(said) == 1 and said[0].content.text.startswith("the two pilots were safe")
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
            "OSLO, May 3 - Tariffs on fish exports will fall next year, Trade Minister Ingrid Solberg said on Monday.")
    x = run(nlp, text)
    head = [a for a in x.attributions if a.cue.text == "says"]
    assert len(head) == 1 and head[0].speaker.name == "Ingrid Solberg"


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

    from kg.frames import clause_subject_cut

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
    x = run(nlp, "President Anna Berg said the attack was a crime and called on allies to send more aid.")
    (a,) = by_cue(x, "called")
    assert a.cue.text == "called on" and a.content.text.startswith("allies to send")


def test_the_companies_said_gives_one_record_per_company_named(nlp):
    x = run(nlp, "Halden Group agreed to buy Morvik Systems Corp. for $900 million, the companies said on Monday.")
    said = by_cue(x, "said")
    names = {a.speaker.name for a in said}
    assert len(said) == 2 and any("Halden" in n for n in names) and any("Morvik" in n for n in names)


def test_a_name_set_off_late_in_an_indefinite_subject_names_it(nlp):
    x = run(nlp, "A second official with the same title, Maria Lund of the dockers' union, said the crane had failed.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Maria Lund"


def test_the_company_refers_to_the_name_introduced_as_a_company(nlp):
    text = ("Lumetta, the Oslo-based shipping company, is exploring a sale of its ferry unit. "
            "The company refused to confirm the talks on Tuesday.")
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
            "The KVBT union, which represents most of the workers, said it had not been consulted. "
            "The company declined to confirm whether other sites were affected.")
    x = run(nlp, text)
    (union,) = [a for a in x.attributions if "consulted" in a.content.text]
    assert union.speaker.name == "KVBT" and union.speaker.type == "Organisation"
    (company,) = by_cue(x, "declined to confirm")
    assert company.speaker.name.startswith("Brenholt")


# -- held-out set 4 round: rules for styles of news the seeds lack ---------------


def test_a_pronoun_after_a_new_main_clause_subject_is_that_subject(nlp):
    text = ("Paulo Reis said the harvest had been poor.\n\n"
            "Coach Tomas Berg, asked about the final on Thursday, laughed. "
            "\"We are ready,\" he told reporters.")
    (a,) = by_cue(run(nlp, text), "told")
    assert a.speaker.name == "Tomas Berg"


def test_a_wire_dateline_agency_is_not_the_source(nlp):
    x = run(nlp, "LIMA, Oct 3 (AFP) - Peru's army said on Friday it had repelled an attack on the town of Tambo.")
    (a,) = by_cue(x, "said")
    assert "AFP" not in a.source.text and a.speaker.name != "AFP"
    assert a.content.text.startswith("it had repelled")


def test_a_noun_the_tagger_read_as_a_verb_is_no_cue(nlp):
    x = run(nlp, 'Spokesman Ali Kone called the JNIM claims "pure propaganda intended to demoralise the population."')
    assert not by_cue(x, "claims")
    (a,) = by_cue(x, "called")
    assert a.relation == "denies"


def test_a_that_clause_hung_on_the_statement_noun_is_the_content(nlp):
    x = run(nlp, "Hollis & Crane confirmed in a brief statement that two of its partners would appear as witnesses.")
    (a,) = by_cue(x, "confirmed")
    assert a.relation == "confirms" and a.content.text.startswith("two of its partners")


@pytest.mark.parametrize("text,cue", [
    ("A spokesperson, Lena Dahl, told reporters that the agency would review the study "
     "but declined to say whether it would change its guidance.", "declined to say"),
    ("Party leader Tomas Vik did not say whether he would support the budget.", "did not say"),
])
def test_withholding_an_answer_to_an_open_question_is_not_confirmed(nlp, text, cue):
    x = run(nlp, text)
    (a,) = by_cue(x, cue)
    assert a.relation == "not_confirmed" and a.content.text.startswith("whether")
    assert all(cue.split()[0] not in b.content.text for b in x.attributions)


def test_researchers_at_two_bodies_found_gives_one_record_each(nlp):
    x = run(nlp, "Researchers at the Pasteur Institute and the University of Geneva found that "
                 "the virus had spread to 30 countries.")
    assert sorted(a.speaker.name for a in by_cue(x, "found")) == ["Pasteur Institute", "University of Geneva"]
    assert not by_cue(run(nlp, "The study, published on Monday, found that the virus had spread."), "found")
    assert not by_cue(run(nlp, "Police found the car near the border."), "found")


def test_reminded_them_that_is_a_claim(nlp):
    (a,) = by_cue(run(nlp, "Judge Ana Brook reminded the jurors that the defendant was presumed innocent."), "reminded")
    assert a.speaker.name == "Ana Brook" and a.content.text.startswith("the defendant")


def test_prosecutors_and_the_defence_are_the_sides_named_in_the_article(nlp):
    text = ("The Crown Prosecution Service charged Mark Deane in May. "
            "Prosecutors allege that Deane hid the losses from auditors. "
            "The defence argued that Deane had relied on his advisers. "
            "\"He trusted the experts,\" said his barrister, Ruth Oduya.")
    x = run(nlp, text)
    (p,) = by_cue(x, "allege")
    assert p.speaker.name == "Crown Prosecution Service"
    (d,) = by_cue(x, "argued")
    assert d.speaker.name == "Ruth Oduya"



def test_according_to_a_poll_by_a_body_is_that_body(nlp):
    (a,) = by_cue(run(nlp, "According to an exit poll by the Ipsos institute, the Labour Party won most young voters."),
                  "According to")
    assert "Ipsos" in a.speaker.name
    assert not run(nlp, "According to a study, most young voters backed the Labour Party.").attributions


def test_a_modified_state_body_with_no_earlier_body_of_its_kind_is_a_body_of_its_own(nlp):
    text = ("The WHO said it would review the study. In Greece, the health ministry rejected suggestions "
            "that its hospitals were failing. In a statement, the ministry said it had hired 400 nurses.")
    x = run(nlp, text)
    assert by_cue(x, "rejected")[0].speaker.name == "health ministry"
    assert [a.speaker.name for a in x.attributions if "400 nurses" in a.content.text] == ["health ministry"]
    (w,) = run(nlp, "The river reached a record on Monday, the city's water department said.").attributions
    assert w.speaker.name == "city's water department" and w.content.text.startswith("The river")



def test_a_quotation_after_a_participle_and_its_addressee_is_the_participles(nlp):
    text = ('Juventus director Marco Bellini rejected that account, telling reporters in Turin: '
            '"We have never called the club about this player."')
    x = run(nlp, text)
    (r,) = by_cue(x, "rejected")
    assert r.relation == "denies" and r.content.text == "that account"
    (t,) = by_cue(x, "telling")
    assert t.content.text.startswith("We have never called")


def test_an_official_who_asked_not_to_be_named_is_no_speaker(nlp):
    text = ("Farida Musa, the mayor, said the road was open. A local official told AFP that the base was empty. "
            "\"The soldiers are gone,\" said the official, who asked not to be named.")
    x = run(nlp, text)
    assert not [a for a in x.attributions if "soldiers are gone" in a.content.text]


def _built(nlp, rows, ents=None):
    """A hand-built parse: rows of (word, pos, tag, dep, head, lemma); spaces
    before punctuation dropped; ``ents`` as IOB strings."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              ents=ents or ["O"] * len(rows))
    article = Article(path="t.txt", key="t", text=doc.text, content_hash=hashlib.sha256(doc.text.encode()).hexdigest())
    return extract(article, doc)


def test_a_name_apposed_to_the_body_a_role_speaks_for_is_the_person(nlp):
    # "A spokeswoman for the Liberty Front, Ana Georgescu, denied that talks took place."
    # with the apposition hung on "Front", not on "spokeswoman" (a parse the model gives)
    rows = [("A", "DET", "DT", "det", 1, "a"), ("spokeswoman", "NOUN", "NN", "nsubj", 10, "spokeswoman"),
            ("for", "ADP", "IN", "prep", 1, "for"), ("the", "DET", "DT", "det", 5, "the"),
            ("Liberty", "PROPN", "NNP", "compound", 5, "Liberty"), ("Front", "PROPN", "NNP", "pobj", 2, "Front"),
            (",", "PUNCT", ",", "punct", 5, ","), ("Ana", "PROPN", "NNP", "compound", 8, "Ana"),
            ("Georgescu", "PROPN", "NNP", "appos", 5, "Georgescu"), (",", "PUNCT", ",", "punct", 1, ","),
            ("denied", "VERB", "VBD", "ROOT", 10, "deny"), ("that", "SCONJ", "IN", "mark", 13, "that"),
            ("talks", "NOUN", "NNS", "nsubj", 13, "talk"), ("took", "VERB", "VBD", "ccomp", 10, "take"),
            ("place", "NOUN", "NN", "dobj", 13, "place"), (".", "PUNCT", ".", "punct", 10, ".")]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-PERSON"] + ["O"] * 7
    (a,) = _built(nlp, rows, ents).attributions
    assert a.relation == "denies" and a.speaker.type == "Person"
    assert a.speaker.name == "Ana Georgescu"  # the given name the recogniser left out joins the name


def test_a_trailing_cue_parsed_as_a_conjunct_takes_the_clause_before(nlp):
    # "The bridge will stay closed, the operator, Vialis Group, said."
    rows = [("The", "DET", "DT", "det", 1, "the"), ("bridge", "NOUN", "NN", "nsubj", 3, "bridge"),
            ("will", "AUX", "MD", "aux", 3, "will"), ("stay", "VERB", "VB", "ROOT", 3, "stay"),
            ("closed", "ADJ", "JJ", "acomp", 3, "closed"), (",", "PUNCT", ",", "punct", 3, ","),
            ("the", "DET", "DT", "det", 7, "the"), ("operator", "NOUN", "NN", "nsubj", 12, "operator"),
            (",", "PUNCT", ",", "punct", 7, ","), ("Vialis", "PROPN", "NNP", "compound", 10, "Vialis"),
            ("Group", "PROPN", "NNP", "appos", 7, "Group"), (",", "PUNCT", ",", "punct", 7, ","),
            ("said", "VERB", "VBD", "conj", 3, "say"), (".", "PUNCT", ".", "punct", 3, ".")]
    ents = ["O"] * 9 + ["B-ORG", "I-ORG"] + ["O"] * 3
    (a,) = _built(nlp, rows, ents).attributions
    assert a.speaker.name == "Vialis Group" and a.content.text == "The bridge will stay closed"


def test_an_unrecognised_multiword_name_is_a_source_of_its_own(nlp):
    # "Coach Emeka Obi said the squad was ready." with no entity recognised
    rows = [("Coach", "NOUN", "NN", "compound", 2, "coach"), ("Emeka", "PROPN", "NNP", "compound", 2, "Emeka"),
            ("Obi", "PROPN", "NNP", "nsubj", 3, "Obi"), ("said", "VERB", "VBD", "ROOT", 3, "say"),
            ("the", "DET", "DT", "det", 5, "the"), ("squad", "NOUN", "NN", "nsubj", 6, "squad"),
            ("was", "AUX", "VBD", "ccomp", 3, "be"), ("ready", "ADJ", "JJ", "acomp", 6, "ready"),
            (".", "PUNCT", ".", "punct", 3, ".")]
    x = _built(nlp, rows)
    (a,) = x.attributions
    assert (a.speaker.name, a.speaker.type) == ("Emeka Obi", "Person")
    assert any(m.name == "Emeka Obi" for m in x.mentions)


def test_a_sentence_final_according_to_is_the_relay_of_the_cue_whose_clause_it_ends(nlp):
    x = run(nlp, "The Islamic Front said in a message that its fighters had taken the base, and that "
                 "the soldiers there had fled, according to the SITE Intelligence Group.")
    (a,) = x.attributions
    assert a.speaker.name == "Islamic Front" and a.via.name == "SITE Intelligence Group"
    assert a.content.text.endswith("had fled")


def test_a_wire_dateline_is_no_part_of_the_content(nlp):
    (a,) = run(nlp, "PORTO ALEGRE, Brazil (AP) — The death toll rose to 83 on Tuesday, "
                    "Governor Eduardo Lemos said.").attributions
    assert a.speaker.name == "Eduardo Lemos" and a.content.text == "The death toll rose to 83 on Tuesday"


def test_a_bare_plural_of_experts_is_a_generic_source(nlp):
    (a,) = run(nlp, "Pharmaceutical companies say new antibiotics are badly needed.").attributions
    assert a.speaker.name == "Pharmaceutical companies"
    assert not run(nlp, "Witnesses said the building collapsed.").attributions
    assert not run(nlp, "The analysts said the plan would fail.").attributions  # refers back; no one named


def test_a_name_with_a_particle_is_one_source(nlp):
    (a,) = by_cue(run(nlp, "The Italian newspaper Gazzetta dello Sport said Juventus had asked about him in July."), "said")
    assert a.speaker.name == "Gazzetta dello Sport"


def test_a_quotation_continues_after_reported_speech_and_over_a_paragraph(nlp):
    x = run(nlp, 'The mayor, Ana Lopes, said the river was rising. Hospitals were the problem, she said. '
                 '"Prescribing has barely moved."')
    (a,) = [r for r in x.attributions if "Hospitals" in r.content.text]
    assert a.content.text.endswith("barely moved.")
    text = ('"We are still reaching towns," Governor Ivo Reis said at a news conference. "Some we reach only by air.'
            '\n\n"Leave now, and do not go back."')
    (b,) = run(nlp, text).attributions
    assert b.content.text.startswith("We are still") and b.content.text.endswith("do not go back.")


def test_a_while_clause_with_its_own_cue_is_no_part_of_the_content(nlp):
    x = run(nlp, "Mali's army said on Friday it had repelled an attack on the town of Tambo, "
                 "while an armed group claimed it had overrun a base.")
    (a,) = by_cue(x, "said")
    assert a.content.text == "it had repelled an attack on the town of Tambo"
    assert by_cue(run(nlp, 'A club spokesman for Leeds United said only that the club "does not comment."'),
                  "said")[0].content.text.startswith("the club")


def test_message_subjects_read_and_issue(nlp):
    x = run(nlp, 'Northwind Energy said on Monday it would cut 300 jobs. "The talks are over," the statement read.')
    assert [a.speaker.name for a in by_cue(x, "read")] == ["Northwind Energy"]
    assert not run(nlp, "Anna Berg read the report aloud to the committee.").attributions
    (a,) = run(nlp, "The report, released on Monday by Human Rights Watch, said 40 people had been killed.").attributions
    assert a.speaker.name == "Human Rights Watch"


def test_declining_after_a_statement_is_no_part_of_its_content(nlp):
    (a,) = run(nlp, "Sweden's foreign ministry confirmed that a Swedish citizen had been detained "
                    "but declined to give details.").attributions
    assert a.relation == "confirms" and a.content.text == "a Swedish citizen had been detained"


def test_a_body_named_after_its_place_is_one_organisation(nlp):
    (a,) = run(nlp, "Prices will rise further, according to a statement from the Bank of Ghana.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Bank of Ghana", "Organisation")
