"""Attribution rules found on held-out sets 4 and 5 (styles of news the seeds
lack: trials, studies, elections, disasters, transfer rumours, wire stories;
police inquiries, diplomacy with unnamed officials, company statements,
strikes, space missions),
tested on hand-written sentences parsed by the real model, or on hand-built
parses where the rule covers a parse the model gives only in context. No
sentence here is taken from the held-out articles."""

from __future__ import annotations

import pytest
from attribution_support import article_of, by_cue, run

from kg.extract.extraction import extract

pytestmark = pytest.mark.model


def test_a_pronoun_after_a_new_main_clause_subject_is_that_subject(nlp):
    text = ("Dara Quill said the orchard had flooded.\n\n"
            "Coach Janek Sollo, asked about the cup tie on Sunday, smiled. "
            "\"We are not worried,\" he told reporters.")
    (a,) = by_cue(run(nlp, text), "told")
    assert a.speaker.name == "Janek Sollo"


def test_a_wire_dateline_agency_is_not_the_source(nlp):
    x = run(nlp, "QUITO, May 9 (AFP) - Ecuador's navy said on Monday it had intercepted a smuggling boat near Manta.")
    (a,) = by_cue(x, "said")
    assert "AFP" not in a.source.text and a.speaker.name != "AFP"
    assert a.content.text.startswith("it had intercepted")


def test_a_noun_the_tagger_read_as_a_verb_is_no_cue(nlp):
    x = run(nlp, 'Spokesman Edo Varga called the Karst claims "a fantasy meant to frighten the voters."')
    assert not by_cue(x, "claims")
    (a,) = by_cue(x, "called")
    assert a.relation == "denies"


def test_a_that_clause_hung_on_the_statement_noun_is_the_content(nlp):
    x = run(nlp, "Brask & Lowe confirmed in a short note that three of its engineers would give evidence at the inquest.")
    (a,) = by_cue(x, "confirmed")
    assert a.relation == "confirms" and a.content.text.startswith("three of its engineers")


@pytest.mark.parametrize("text,cue", [
    ("A spokesman, Orrin Vale, told reporters that the board would examine the complaint "
     "but declined to say whether the tender would be reopened.", "declined to say"),
    ("Council chair Mira Szolt did not say whether she would back the merger.", "did not say"),
])
def test_withholding_an_answer_to_an_open_question_is_not_confirmed(nlp, text, cue):
    x = run(nlp, text)
    (a,) = by_cue(x, cue)
    assert a.relation == "not_confirmed" and a.content.text.startswith("whether")
    assert all(cue.split()[0] not in b.content.text for b in x.attributions)


def test_researchers_at_two_bodies_found_gives_one_record_each(nlp):
    x = run(nlp, "Researchers at the Vorland Marine Institute and the University of Tarnvik found that "
                 "the algae had spread to 12 lakes.")
    assert sorted(a.speaker.name for a in by_cue(x, "found")) == ["University of Tarnvik", "Vorland Marine Institute"]
    assert not by_cue(run(nlp, "The study, released on Friday, found that the algae had spread."), "found")
    assert not by_cue(run(nlp, "Rangers found the boat near the dam."), "found")


def test_reminded_them_that_is_a_claim(nlp):
    (a,) = by_cue(run(nlp, "Judge Ilka Frome reminded the panel that the witness was not on trial."), "reminded")
    assert a.speaker.name == "Ilka Frome" and a.content.text.startswith("the witness")


def test_prosecutors_and_the_defence_are_the_sides_named_in_the_article(nlp):
    text = ("The Crown Prosecution Service charged Pell Harrow in June. "
            "Prosecutors allege that Harrow forged the shipping records. "
            "The defence argued that Harrow had followed his manager's orders. "
            "\"He did what he was told,\" said his lawyer, Odile Brune.")
    x = run(nlp, text)
    (p,) = by_cue(x, "allege")
    assert p.speaker.name == "Crown Prosecution Service"
    (d,) = by_cue(x, "argued")
    assert d.speaker.name == "Odile Brune"



def test_according_to_a_poll_by_a_body_is_that_body(nlp):
    (a,) = by_cue(run(nlp, "According to a phone survey by the Merrow institute, the Green League won most rural voters."),
                  "According to")
    assert "Merrow" in a.speaker.name
    assert not run(nlp, "According to a study, most rural voters backed the Green League.").attributions


def test_a_modified_state_body_with_no_earlier_body_of_its_kind_is_a_body_of_its_own(nlp):
    text = ("The OECD said it would examine the figures. In Portugal, the education ministry rejected suggestions "
            "that its schools were short of teachers. Later, the ministry said it had trained 900 tutors.")
    x = run(nlp, text)
    assert by_cue(x, "rejected")[0].speaker.name == "education ministry"
    assert [a.speaker.name for a in x.attributions if "900 tutors" in a.content.text] == ["education ministry"]
    (w,) = run(nlp, "The reservoir fell to a record low on Sunday, the city's parks department said.").attributions
    assert w.speaker.name == "city's parks department" and w.content.text.startswith("The reservoir")



def test_a_quotation_after_a_participle_and_its_addressee_is_the_participles(nlp):
    text = ('Harbour board director Sven Altdorf rejected that report, telling reporters in Bremen: '
            '"We have never sold land to this company."')
    x = run(nlp, text)
    (r,) = by_cue(x, "rejected")
    assert r.relation == "denies" and r.content.text == "that report"
    (t,) = by_cue(x, "telling")
    assert t.content.text.startswith("We have never sold")


def test_an_official_who_asked_not_to_be_named_is_no_speaker(nlp):
    text = ("Perrin Sallow, the mayor, said the ferry was running. A port official told Reuters that the depot was empty. "
            "\"The trucks have left,\" said the port official, who asked not to be named.")
    x = run(nlp, text)
    assert not [a for a in x.attributions if "trucks have left" in a.content.text]


def _parsed(nlp, rows, ents=None):
    """A hand-built parse: rows of (word, pos, tag, dep, head, lemma); spaces
    before punctuation dropped; ``ents`` as IOB strings."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
               ents=ents or ["O"] * len(rows))


def _built(nlp, rows, ents=None):
    """The extraction of a hand-built parse (``_parsed``)."""
    doc = _parsed(nlp, rows, ents)
    return extract(article_of(doc.text), doc)


def test_a_name_apposed_to_the_body_a_role_speaks_for_is_the_person(nlp):
    # "A spokeswoman for the Harvest Union, Ilsa Marrow, denied that bosses cut pay."
    # with the apposition hung on "Front", not on "spokeswoman" (a parse the model gives)
    rows = [("A", "DET", "DT", "det", 1, "a"), ("spokeswoman", "NOUN", "NN", "nsubj", 10, "spokeswoman"),
            ("for", "ADP", "IN", "prep", 1, "for"), ("the", "DET", "DT", "det", 5, "the"),
            ("Harvest", "PROPN", "NNP", "compound", 5, "Harvest"), ("Union", "PROPN", "NNP", "pobj", 2, "Union"),
            (",", "PUNCT", ",", "punct", 5, ","), ("Ilsa", "PROPN", "NNP", "compound", 8, "Ilsa"),
            ("Marrow", "PROPN", "NNP", "appos", 5, "Marrow"), (",", "PUNCT", ",", "punct", 1, ","),
            ("denied", "VERB", "VBD", "ROOT", 10, "deny"), ("that", "SCONJ", "IN", "mark", 13, "that"),
            ("bosses", "NOUN", "NNS", "nsubj", 13, "boss"), ("cut", "VERB", "VBD", "ccomp", 10, "cut"),
            ("pay", "NOUN", "NN", "dobj", 13, "pay"), (".", "PUNCT", ".", "punct", 10, ".")]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-PERSON"] + ["O"] * 7
    (a,) = _built(nlp, rows, ents).attributions
    assert a.relation == "denies" and a.speaker.type == "Person"
    assert a.speaker.name == "Ilsa Marrow"  # the given name the recogniser left out joins the name


def test_a_trailing_cue_parsed_as_a_conjunct_takes_the_clause_before(nlp):
    # "The tunnel will stay shut, the owner, Vialis Group, said."
    rows = [("The", "DET", "DT", "det", 1, "the"), ("tunnel", "NOUN", "NN", "nsubj", 3, "tunnel"),
            ("will", "AUX", "MD", "aux", 3, "will"), ("stay", "VERB", "VB", "ROOT", 3, "stay"),
            ("shut", "ADJ", "JJ", "acomp", 3, "shut"), (",", "PUNCT", ",", "punct", 3, ","),
            ("the", "DET", "DT", "det", 7, "the"), ("owner", "NOUN", "NN", "nsubj", 12, "owner"),
            (",", "PUNCT", ",", "punct", 7, ","), ("Vialis", "PROPN", "NNP", "compound", 10, "Vialis"),
            ("Group", "PROPN", "NNP", "appos", 7, "Group"), (",", "PUNCT", ",", "punct", 7, ","),
            ("said", "VERB", "VBD", "conj", 3, "say"), (".", "PUNCT", ".", "punct", 3, ".")]
    ents = ["O"] * 9 + ["B-ORG", "I-ORG"] + ["O"] * 3
    (a,) = _built(nlp, rows, ents).attributions
    assert a.speaker.name == "Vialis Group" and a.content.text == "The tunnel will stay shut"


def test_an_unrecognised_multiword_name_is_a_source_of_its_own(nlp):
    # "Coach Dario Velt said the crew was ready." with no entity recognised
    rows = [("Coach", "NOUN", "NN", "compound", 2, "coach"), ("Dario", "PROPN", "NNP", "compound", 2, "Dario"),
            ("Velt", "PROPN", "NNP", "nsubj", 3, "Velt"), ("said", "VERB", "VBD", "ROOT", 3, "say"),
            ("the", "DET", "DT", "det", 5, "the"), ("crew", "NOUN", "NN", "nsubj", 6, "crew"),
            ("was", "AUX", "VBD", "ccomp", 3, "be"), ("ready", "ADJ", "JJ", "acomp", 6, "ready"),
            (".", "PUNCT", ".", "punct", 3, ".")]
    x = _built(nlp, rows)
    (a,) = x.attributions
    assert (a.speaker.name, a.speaker.type) == ("Dario Velt", "Person")
    assert any(m.name == "Dario Velt" for m in x.mentions)


def test_a_sentence_final_according_to_is_the_relay_of_the_cue_whose_clause_it_ends(nlp):
    x = run(nlp, "The Karst Brigade said in a bulletin that its units had seized the airfield, and that "
                 "the guards there had surrendered, according to the Norvale Monitoring Group.")
    (a,) = x.attributions
    assert a.speaker.name == "Karst Brigade" and a.via.name == "Norvale Monitoring Group"
    assert a.content.text.endswith("had surrendered")


def test_a_wire_dateline_is_no_part_of_the_content(nlp):
    (a,) = run(nlp, "VALDIVIA, Chile (AP) — The number of evacuees rose to 4,200 on Sunday, "
                    "Governor Ines Quilen said.").attributions
    assert a.speaker.name == "Ines Quilen" and a.content.text == "The number of evacuees rose to 4,200 on Sunday"


def test_a_bare_plural_of_experts_is_a_generic_source(nlp):
    (a,) = run(nlp, "Insurance companies say new flood maps are urgently needed.").attributions
    assert a.speaker.name == "Insurance companies"
    (w,) = run(nlp, "Witnesses said the crane toppled.").attributions  # a described source, no generic one
    assert w.speaker.name == "Witnesses"
    assert not run(nlp, "The analysts said the merger would fail.").attributions  # refers back; no one named


def test_a_name_with_a_particle_is_one_source(nlp):
    (a,) = by_cue(run(nlp, "The Italian newspaper Corriere della Valle said Sampdoria had enquired about the goalkeeper in March."), "said")
    assert a.speaker.name == "Corriere della Valle"


def test_a_quotation_continues_after_reported_speech_and_over_a_paragraph(nlp):
    x = run(nlp, 'The mayor, Lia Dorsch, said the canal was rising. The pumps were to blame, she said. '
                 '"Half of them have never worked."')
    (a,) = [r for r in x.attributions if "pumps" in r.content.text]
    assert a.content.text.endswith("never worked.")
    text = ('"We are still searching the valleys," Governor Oskar Brenn said at a briefing. "Some we search only by boat.'
            '\n\n"Stay indoors, and do not drive."')
    (b,) = run(nlp, text).attributions
    assert b.content.text.startswith("We are still") and b.content.text.endswith("do not drive.")


def test_a_while_clause_with_its_own_cue_is_no_part_of_the_content(nlp):
    x = run(nlp, "Chile's navy said on Sunday it had turned back a trawler near the island of Skarra, "
                 "while a fishing union claimed it had lost two boats.")
    (a,) = by_cue(x, "said")
    assert a.content.text == "it had turned back a trawler near the island of Skarra"
    assert by_cue(run(nlp, 'A club spokesman for Tarnvik Rovers said only that the club "does not discuss contracts."'),
                  "said")[0].content.text.startswith("the club")


def test_message_subjects_read_and_issue(nlp):
    x = run(nlp, 'Northwind Energy said on Monday it would shut two mines. "The decision is final," the statement read.')
    assert [a.speaker.name for a in by_cue(x, "read")] == ["Northwind Energy"]
    assert not run(nlp, "Anna Berg read the report aloud to the committee.").attributions
    (a,) = run(nlp, "The report, released on Monday by the Vorland Refugee Council, said 40 families had been evicted.").attributions
    assert a.speaker.name == "Vorland Refugee Council"


def test_declining_after_a_statement_is_no_part_of_its_content(nlp):
    (a,) = run(nlp, "Norway's foreign ministry confirmed that a Norwegian sailor had been arrested "
                    "but declined to give details.").attributions
    assert a.relation == "confirms" and a.content.text == "a Norwegian sailor had been arrested"


def test_a_body_named_after_its_place_is_one_organisation(nlp):
    (a,) = run(nlp, "Rates will stay high until June, according to a statement from the Bank of Vorland.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Bank of Vorland", "Organisation")


def test_told_an_addressee_on_a_call_that_p_keeps_p(nlp):
    (a,) = run(nlp, "Tarnvik Corp chief executive Hal Brenner told analysts on a call that the company would sell its shipping arm.").attributions
    assert a.speaker.name == "Hal Brenner" and a.content.text == "the company would sell its shipping arm"
    assert not run(nlp, "Anna Berg warned investors about the risks.").attributions


def test_a_representative_named_by_a_possessive_speaks_for_its_referent(nlp):
    x = run(nlp, "Velder Group's former treasurer, Tamsin Crain, admitted the charge in March. "
                 "Her lawyer said she would explain everything to the court.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Tamsin Crain" and a.source.text == "Her lawyer"
    (b,) = by_cue(run(nlp, "Acme Corp said profits fell. Its spokesman said the outlook was stable."), "said")[1:]
    assert b.speaker.name == "Acme Corp"


def test_a_formal_confirmation_of_ones_name_is_no_statement(nlp):
    assert not run(nlp, "Bram Ostler appeared by video link and spoke just once, to confirm his name.").attributions


def test_an_indefinite_body_in_running_text_is_not_the_next_body_named(nlp):
    text = ("Chile's navy said it had stopped a trawler, while a fishing union claimed it had lost two boats. "
            "In a message broadcast on the state channel TVN, the navy said three sailors were hurt.")
    assert not [a for a in run(nlp, text).attributions if "lost two boats" in a.content.text]


def test_a_country_beyond_the_war_is_its_government_as_a_speaker(nlp):
    (a,) = run(nlp, "Senegal said on Monday that a foreign survey ship had entered its waters.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Government of Senegal", "Organisation")


def test_rulings_and_testimony_with_a_that_clause_are_claims(nlp):
    (a,) = run(nlp, "U.S. District Judge Hedda Brandt ruled that the tariff was unlawful.").attributions
    assert a.speaker.name == "Hedda Brandt" and a.content.text == "the tariff was unlawful"
    (b,) = run(nlp, "Lotte Kamp, a former clerk, testified that she had seen the manager shred invoices.").attributions
    assert b.speaker.name == "Lotte Kamp"
    assert not run(nlp, "General Arto Venn ruled Vorland for 30 years.").attributions


def test_brushing_aside_and_shrugging_off_are_denials(nlp):
    (a,) = run(nlp, "Trade Minister Elin Vasko brushed aside reports that she would quit.").attributions
    assert a.relation == "denies" and a.content.text == "reports that she would quit"
    (b,) = run(nlp, "Skipper Noor Halden shrugged off criticism of her crew.").attributions
    assert b.relation == "denies"
    assert not run(nlp, "Ivo Ramm waved to the crowd.").attributions


def test_a_wire_story_lead_names_its_source_not_the_agency(nlp):
    text = ("ATHENS, Jul 22 (Reuters) - More than 1,500 tourists were moved out of hotels on Tuesday as the blaze grew, "
            "the civil protection authority said.")
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "civil protection authority"
    assert a.content.text.startswith("More than 1,500 tourists")


def test_a_country_name_as_a_surname_is_a_person(nlp):
    (a,) = run(nlp, "Interior Minister Rosa Jordan said the tents would arrive on Thursday.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Rosa Jordan", "Person")
    (b,) = run(nlp, "Neighbouring Austria and Hungary have sent rescue teams, President Vera Kolar said.").attributions
    assert b.speaker.name == "Vera Kolar"


def test_an_appended_charge_with_its_own_denial_leaves_the_accusation(nlp):
    x = run(nlp, "Union leader Oto Prenn accused the mayor of selling the harbour land, "
                 "a charge the Interior Ministry denied.")
    (acc,) = by_cue(x, "accused")
    assert acc.content.text == "the mayor of selling the harbour land"
    assert [a.relation for a in by_cue(x, "denied")] == ["denies"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Police accused Tom Berg of taking bribes, an allegation that Berg strongly denied.",
     "denied", "Tom Berg", "Police accused Tom Berg of taking bribes"),
    ("Prosecutors say Oskar Venn hid the money, an accusation which Venn has rejected.",
     "has rejected", "Oskar Venn", "Oskar Venn hid the money"),
])
def test_a_claim_noun_with_a_relative_pronoun_denied_by_its_own_subject(nlp, text, cue, speaker, content):
    (d,) = by_cue(run(nlp, text), cue)
    assert (d.relation, d.speaker.name, d.content.text) == ("denies", speaker, content)


def test_a_generic_source_is_no_antecedent_and_declaring_a_state_is_no_statement(nlp):
    text = ("Farm groups say the wells are empty. Officers detained a man suspected of poisoning a well, "
            "the national police said. The government will declare a state of emergency, Premier Dita Morn said.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions if "detained" in a.content.text] == ["national police"]
    assert not by_cue(x, "declare")


def test_kinds_of_companies_analysts_at_a_firm_and_warnings_of(nlp):
    (a,) = run(nlp, "Shares in Solvane Semiconductor fell 12% after the Dutch chipmaker warned that "
                    "demand would stay weak.").attributions
    assert a.speaker.name == "Solvane Semiconductor"
    (b,) = run(nlp, "Analysts at Morvane Capital said the forecast was gloomier than expected.").attributions
    assert (b.speaker.name, b.speaker.type) == ("Morvane Capital", "Organisation")
    (c,) = run(nlp, "Governor Tilde Oske warned of rising rents.").attributions
    assert c.content.text == "rising rents"


def test_a_national_branch_of_a_body_and_a_countrys_party_are_bodies(nlp):
    (a,) = run(nlp, "Rights group Amnesty Uganda said at least nine students had been detained.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Amnesty Uganda", "Organisation")
    (b,) = run(nlp, "Uganda's main opposition party walked out of parliament, saying the vote was rigged.").attributions
    assert b.speaker.name == "Uganda's main opposition party"
    (c,) = run(nlp, "The trade union Fornak said the warehouse deal was under review.").attributions
    assert c.speaker.name == "Fornak"


# -- rules found on held-out set 5 (police, diplomacy, companies, strikes, space)

def test_bare_police_and_officers_are_the_force_the_article_names(nlp):
    text = ("A cyclist was hurt in a crash on a bypass near Norwich, Norfolk Police said.\n\n"
            "Police said the crash had happened just before dawn. "
            "Officers said they were trying to trace a white van seen on the road.")
    x = run(nlp, text)
    speakers = {a.cue.text: [] for a in x.attributions}
    for a in x.attributions:
        speakers[a.cue.text].append(a.speaker.name if a.speaker else None)
    assert speakers["said"] == ["Norfolk Police"] * 3


def test_bare_police_without_a_named_force_is_a_source_and_officers_believing_is_no_cue(nlp):
    x = run(nlp, "About 800 farmers drove tractors into the town square, police said.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Police" and a.source.text == "police"
    x = run(nlp, "Inspector Moira Quint said officers believed the thief had escaped by boat.")
    assert [a.speaker.name for a in x.attributions] == ["Moira Quint"]


def test_officers_in_a_story_without_police_are_no_source(nlp):
    x = run(nlp, "The frigate returned to port on Monday. Officers said the voyage had gone well.")
    assert x.attributions == [] or all(a.speaker is None or a.speaker.name != "Police" for a in x.attributions)


def test_an_unnamed_official_of_a_country_speaks_for_its_government(nlp):
    text = ("A senior U.S. official told reporters the negotiations would restart next week. "
            "\"Everyone is still at the table,\" the official said.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Government of United States"] * 2
    x = run(nlp, "A senior German official, speaking on condition of anonymity, said Berlin would send two more frigates.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Government of Germany"


def test_an_official_tied_to_no_country_is_no_source(nlp):
    x = run(nlp, "A European diplomat said the fisheries forum would be delayed.")
    assert all(a.speaker is None or "Government" not in a.speaker.name for a in x.attributions)


def test_police_ranks_are_titles_not_names(nlp):
    x = run(nlp, "Detective Superintendent Mark Olden said the car had been found. Superintendent Rosa Lind agreed.")
    names = {m.name for m in x.mentions if m.type == "Person"}
    assert "Mark Olden" in names and "Rosa Lind" in names


def test_a_name_described_as_an_app_or_company_is_a_body_and_keeps_its_type(nlp):
    text = ("Ride-hailing app Zuvo said on Monday it would cut 300 jobs. "
            "Zuvo, the taxi app owned by the Danish company Harnlund, said it expected to return to profit next year. "
            "Zuvo did not say which offices would close.")
    x = run(nlp, text)
    zuvo = [m for m in x.mentions if m.span.text == "Zuvo"]
    assert zuvo and all(m.type == "Organisation" and m.name == "Zuvo" for m in zuvo)
    assert any(m.name == "Harnlund" and m.type == "Organisation" for m in x.mentions)


def test_a_surname_the_recogniser_took_for_a_body_is_the_person(nlp):
    # the model types a short surname as ORG only in some contexts: set that parse by hand
    from spacy.tokens import Span as SpacySpan

    from kg.extract.mentions import find_mentions

    text = "Joost de Kruijf wrote that the outage was over. De Kruijf rejected the criticism."
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 3, label="PERSON"), SpacySpan(doc, 10, 12, label="ORG")]
    article = article_of(text)
    short = [m for m in find_mentions(article, doc) if m.span.text == "De Kruijf"]
    assert [(m.type, m.name) for m in short] == [("Person", "Joost de Kruijf")]


def test_a_body_named_before_a_spokesperson_speaks_through_them(nlp):
    text = ("The Vorland Competition Commission said it had opened an inquiry into the airline deal. "
            "A Commission spokesperson added that a ruling was due in June.")
    (a,) = by_cue(run(nlp, text), "added")
    assert a.speaker.name == "Vorland Competition Commission"


def test_a_bare_spokesperson_speaks_for_the_company_just_spoken_of(nlp):
    text = ("Harnvik Foods said on Monday it would close two bakeries in Ohio. "
            "A spokesperson said in a written reply that no other plants would close.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Harnvik Foods", "Harnvik Foods"]


def test_a_role_in_the_lead_is_the_holder_named_later_with_that_role(nlp):
    text = ("Trawler crews stayed in port on Tuesday as the fisheries minister said the cabinet would not "
            "lift the quota.\n\nThe union said 3,000 crew members had joined the protest.\n\n"
            "Fish markets were closed in four towns.\n\n"
            "Fisheries Minister Edda Morland told reporters: \"The quota stays where it is.\"")
    x = run(nlp, text)
    (a,) = [a for a in x.attributions if a.source.text == "the fisheries minister"]
    assert a.speaker.name == "Edda Morland"


def test_a_pronoun_after_an_unnamed_witness_is_that_witness_not_a_named_man(nlp):
    text = ("Tomas Brandt was arrested on Sunday.\n\n"
            "A shopkeeper, who asked not to be identified, said she had heard a crash. "
            "\"The van hit the lamp post,\" she said.")
    x = run(nlp, text)
    assert all(a.speaker is None or a.speaker.name != "Tomas Brandt" for a in x.attributions)


def test_a_cue_under_a_modal_of_possibility_is_no_statement(nlp):
    x = run(nlp, "Harnvik Bank launched a new card on Monday. It can reveal where customers shop, and it may tell them how much they spend.")
    assert not x.attributions
    (a,) = run(nlp, "Reuters could not confirm that the ship had sunk.").attributions
    assert a.relation == "not_confirmed"


def test_security_researchers_and_business_leaders_are_generic_sources(nlp):
    x = run(nlp, "Security researchers say the bug lets intruders read messages. Business leaders warned that premiums would climb.")
    assert sorted(a.speaker.name for a in x.attributions) == ["Business leaders", "Security researchers"]


def test_told_an_audience_that_p_keeps_p_when_parsed_as_a_relative_clause(nlp):
    text = "Orla Finch told a gathering of some three hundred nurses outside the hospital that wages had fallen by a fifth."
    (a,) = by_cue(run(nlp, text), "told")
    assert a.content.text.startswith("wages had fallen")


def test_an_acronym_after_a_kind_of_body_names_the_body(nlp):
    text = "Ferries stopped at noon, and the regional ferry operator FNX warned of long delays on two routes."
    doc = nlp(text)
    doc.ents = []  # the recogniser misses such acronyms in context: set that parse by hand
    article = article_of(text)
    (a,) = by_cue(extract(article, doc), "warned")
    assert a.speaker.name == "FNX" and a.speaker.type == "Organisation"


def test_according_to_after_a_verb_of_posting_a_thing_is_the_source(nlp):
    text = "An activist group posted leaked memos on a message board on Sunday, according to Varnix Labs."
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Varnix Labs" and a.cue.text == "according to"
    assert a.content.text.startswith("An activist group posted leaked memos")


def test_a_lower_case_kind_word_after_an_acronym_is_no_part_of_the_name(nlp):
    from spacy.tokens import Span as SpacySpan

    from kg.extract.mentions import find_mentions

    text = "The TWK union said it would join the walkout, while the Ukrainian military said nothing."
    doc = nlp(text)
    # the recogniser often takes the kind word in: set that parse by hand
    doc.ents = [SpacySpan(doc, 1, 3, label="ORG"), SpacySpan(doc, 12, 14, label="ORG")]
    article = article_of(text)
    names = {m.name for m in find_mentions(article, doc) if m.type == "Organisation"}
    assert "Ukrainian military" in names or any("Ukrain" in n for n in names)
    assert "TWK" in names and "TWK union" not in names


def test_even_as_another_source_said_is_no_part_of_the_content(nlp):
    text = ("Harnvik Foods denied that it had closed the plant, even as a union official said "
            "the gates had been locked since Monday.")
    (a,) = by_cue(run(nlp, text), "denied")
    assert a.content.text == "it had closed the plant"


def test_a_relative_clause_with_its_own_cue_is_no_part_of_the_source(nlp):
    text = "Thieves took 40 laptops from the school, according to the security firm Varnix Labs, which said the alarm had failed."
    x = run(nlp, text)
    (a,) = by_cue(x, "according to")
    assert a.source.text == "the security firm Varnix Labs"


def test_the_rest_of_a_list_hung_on_the_cue_verb_stays_in_the_content(nlp):
    for text in ("Velmora said on Thursday that intruders had obtained the names, birth dates and "
                 "blood types of about 80,000 donors.",
                 "Harnvik Bank, the lender owned by the Danish group Ostra, said on Monday that thieves had copied "
                 "the names, phone numbers and home addresses of 20,000 customers."):
        (a,) = by_cue(run(nlp, text), "said")
        assert a.content.text.endswith("customers") or a.content.text.endswith("donors"), a.content.text


def test_a_future_act_announced_inside_a_statement_is_part_of_it(nlp):
    text = ("The Pilots Guild said the stoppage would continue. Its chair, Vera Hollin, said pilots had voted to stay grounded. "
            "She added that the guild would ask cabin crews to join them.")
    x = run(nlp, text)
    assert [a.cue.text for a in x.attributions] == ["said", "said", "added"]


def test_a_fronted_participle_parsed_as_the_plain_subject_leaves_the_name_the_speaker(nlp):
    # "Asked about the ferry, Mia Lund, a member of the board, said the boat sank."
    # with "Asked" the plain subject and the name a conjunct of "ferry" (a parse
    # the model gives after some sentences)
    rows = [("Asked", "VERB", "VBN", "nsubj", 14, "ask"), ("about", "ADP", "IN", "prep", 0, "about"),
            ("the", "DET", "DT", "det", 3, "the"), ("ferry", "NOUN", "NN", "pobj", 1, "ferry"),
            (",", "PUNCT", ",", "punct", 3, ","), ("Mia", "PROPN", "NNP", "compound", 6, "Mia"),
            ("Lund", "PROPN", "NNP", "conj", 3, "Lund"), (",", "PUNCT", ",", "punct", 6, ","),
            ("a", "DET", "DT", "det", 9, "a"), ("member", "NOUN", "NN", "appos", 6, "member"),
            ("of", "ADP", "IN", "prep", 9, "of"), ("the", "DET", "DT", "det", 12, "the"),
            ("board", "NOUN", "NN", "pobj", 10, "board"), (",", "PUNCT", ",", "punct", 3, ","),
            ("said", "VERB", "VBD", "ROOT", 14, "say"), ("the", "DET", "DT", "det", 16, "the"),
            ("boat", "NOUN", "NN", "nsubj", 17, "boat"), ("sank", "VERB", "VBD", "ccomp", 14, "sink"),
            (".", "PUNCT", ".", "punct", 14, ".")]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 12
    (a,) = _built(nlp, rows, ents).attributions
    assert a.speaker.name == "Mia Lund" and a.content.text == "the boat sank"


def test_a_noun_of_persons_opening_its_sentence_tagged_a_name_is_a_common_noun(nlp):
    # "Aides of Omar Vell say the strike is over." with "Aides" tagged a proper
    # noun (the model does so after some headlines): Vell's aides, so Vell
    from kg.extract.consistency import common_nouns_opening

    rows = [("Aides", "PROPN", "NNP", "nsubj", 4, "Aides"), ("of", "ADP", "IN", "prep", 0, "of"),
            ("Omar", "PROPN", "NNP", "compound", 3, "Omar"), ("Vell", "PROPN", "NNP", "pobj", 1, "Vell"),
            ("say", "VERB", "VBP", "ROOT", 4, "say"), ("the", "DET", "DT", "det", 6, "the"),
            ("strike", "NOUN", "NN", "nsubj", 7, "strike"), ("is", "AUX", "VBZ", "ccomp", 4, "be"),
            ("over", "ADV", "RB", "advmod", 7, "over"), (".", "PUNCT", ".", "punct", 4, ".")]
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = _parsed(nlp, rows, ents)
    common_nouns_opening(doc)
    assert (doc[0].pos_, doc[0].tag_, doc[0].lemma_) == ("NOUN", "NNS", "aide")
    assert [t.pos_ for t in doc[2:4]] == ["PROPN", "PROPN"]  # the name stays a name
    (a,) = extract(article_of(doc.text), doc).attributions
    assert a.speaker.name == "Omar Vell" and a.content.text == "the strike is over"
    # a title before a name is left as it is ("Officer Jane Roe said")
    rows[0], rows[1] = ("Officer", "PROPN", "NNP", "compound", 3, "Officer"), ("Jane", "PROPN", "NNP", "compound", 3, "Jane")
    doc = _parsed(nlp, rows, ents)
    common_nouns_opening(doc)
    assert doc[0].pos_ == "PROPN"


def test_the_hyphen_inside_a_name_is_no_dateline_dash(nlp):
    text = ('Harbour talks\n\n"There are talks with the mayor. The mayor asked to meet union leaders in Lyon," '
            "Karim al-Fadhil, head of al-Nour's Lyon office, told reporters.")
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Karim al-Fadhil" and a.content.text.startswith("There are talks")
    assert a.source.text.startswith("Karim al-Fadhil, head of")


def test_a_comment_parsed_as_the_subject_of_its_participle_is_the_makers(nlp):
    # the parser makes "a comment" the subject of "saying", a clause of "made"
    text = ('Air news\n\nIn response to the claims, Ada Vell who is the owner of Orvik Air, made a comment saying: '
            '"We reject any allegations that we overload planes."\n')
    (a,) = run(nlp, text).attributions
    assert (a.speaker.name, a.relation) == ("Ada Vell", "denies")
    assert a.content.text.startswith("We reject any allegations")
