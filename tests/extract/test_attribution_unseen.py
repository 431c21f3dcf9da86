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
    article = article_of(doc.text)
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
    (w,) = run(nlp, "Witnesses said the building collapsed.").attributions  # a described source, no generic one
    assert w.speaker.name == "Witnesses"
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


def test_told_an_addressee_on_a_call_that_p_keeps_p(nlp):
    (a,) = run(nlp, "Shell chief executive Wael Sawan told analysts on a call that the company would cut costs.").attributions
    assert a.speaker.name == "Wael Sawan" and a.content.text == "the company would cut costs"
    assert not run(nlp, "Anna Berg warned investors about the risks.").attributions


def test_a_representative_named_by_a_possessive_speaks_for_its_referent(nlp):
    x = run(nlp, "Acme Corp's former finance director, Gillian Moss, pleaded guilty last year. "
                 "Her lawyer said she would tell the jury what happened.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Gillian Moss" and a.source.text == "Her lawyer"
    (b,) = by_cue(run(nlp, "Acme Corp said profits fell. Its spokesman said the outlook was stable."), "said")[1:]
    assert b.speaker.name == "Acme Corp"


def test_a_formal_confirmation_of_ones_name_is_no_statement(nlp):
    assert not run(nlp, "Martin Cole sat in the dock and spoke only to confirm his name.").attributions


def test_an_indefinite_body_in_running_text_is_not_the_next_body_named(nlp):
    text = ("Mali's army said it had repelled an attack, while an armed group claimed it had overrun a base. "
            "In a statement read on state television ORTM, the army said five soldiers had died.")
    assert not [a for a in run(nlp, text).attributions if "overrun" in a.content.text]


def test_a_country_beyond_the_war_is_its_government_as_a_speaker(nlp):
    (a,) = run(nlp, "Ghana said on Friday that a foreign fishing vessel had entered its waters.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Government of Ghana", "Organisation")


def test_rulings_and_testimony_with_a_that_clause_are_claims(nlp):
    (a,) = run(nlp, "U.S. District Judge Amy Berman ruled that the policy was unconstitutional.").attributions
    assert a.speaker.name == "Amy Berman" and a.content.text == "the policy was unconstitutional"
    (b,) = run(nlp, "Ada Brown, a former nurse, testified that she had seen the doctor alter records.").attributions
    assert b.speaker.name == "Ada Brown"
    assert not run(nlp, "General Omar Bashir ruled Sudan for 30 years.").attributions


def test_brushing_aside_and_shrugging_off_are_denials(nlp):
    (a,) = run(nlp, "Finance Minister Carla Ruiz brushed aside reports that she would resign.").attributions
    assert a.relation == "denies" and a.content.text == "reports that she would resign"
    (b,) = run(nlp, "Coach Leo Mara shrugged off criticism of his tactics.").attributions
    assert b.relation == "denies"
    assert not run(nlp, "Ana Lopes waved to the crowd.").attributions


def test_a_wire_story_lead_names_its_source_not_the_agency(nlp):
    text = ("LISBON, Aug 14 (Reuters) - More than 3,000 people were evacuated on Wednesday as wildfires spread, "
            "the civil protection authority said.")
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "civil protection authority"
    assert a.content.text.startswith("More than 3,000 people")


def test_a_country_name_as_a_surname_is_a_person(nlp):
    (a,) = run(nlp, "Prime Minister Luis Montenegro said the aid would arrive on Friday.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Luis Montenegro", "Person")
    (b,) = run(nlp, "Neighbouring Argentina and Uruguay have offered help, President Ana Lima said.").attributions
    assert b.speaker.name == "Ana Lima"


def test_an_appended_charge_with_its_own_denial_leaves_the_accusation(nlp):
    x = run(nlp, "Union leader Rui Tavares accused the government of cutting the forest budget, "
                 "a charge the Interior Ministry denied.")
    (acc,) = by_cue(x, "accused")
    assert acc.content.text == "the government of cutting the forest budget"
    assert [a.relation for a in by_cue(x, "denied")] == ["denies"]


def test_a_generic_source_is_no_antecedent_and_declaring_a_state_is_no_statement(nlp):
    text = ("Environmental groups say the forests are dry. Police arrested a man suspected of arson, "
            "the national police said. The government will declare a state of calamity, Premier Ana Lima said.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions if "arrested" in a.content.text] == ["national police"]
    assert not by_cue(x, "declare")


def test_kinds_of_companies_analysts_at_a_firm_and_warnings_of(nlp):
    (a,) = run(nlp, "Shares in Solvane Semiconductor fell 12% after the Dutch chipmaker warned that "
                    "demand would stay weak.").attributions
    assert a.speaker.name == "Solvane Semiconductor"
    (b,) = run(nlp, "Analysts at Jefferies said the guidance was worse than feared.").attributions
    assert (b.speaker.name, b.speaker.type) == ("Jefferies", "Organisation")
    (c,) = run(nlp, "Governor Ana Lima warned of rising food prices.").attributions
    assert c.content.text == "rising food prices"


def test_a_national_branch_of_a_body_and_a_countrys_party_are_bodies(nlp):
    (a,) = run(nlp, "Rights group Amnesty Kenya said at least 12 people had been arrested.").attributions
    assert (a.speaker.name, a.speaker.type) == ("Amnesty Kenya", "Organisation")
    (b,) = run(nlp, "Kenya's main opposition coalition walked out of parliament, saying the bill was unfair.").attributions
    assert b.speaker.name == "Kenya's main opposition coalition"
    (c,) = run(nlp, "The trade union Verdi said the depot was under review.").attributions
    assert c.speaker.name == "Verdi"


# -- rules found on held-out set 5 (police, diplomacy, companies, strikes, space)

def test_bare_police_and_officers_are_the_force_the_article_names(nlp):
    text = ("A woman was injured in a fire at a warehouse in Leeds, West Yorkshire Police said.\n\n"
            "Police said the blaze had started shortly after midnight. "
            "Officers said they were looking for two men seen near the building.")
    x = run(nlp, text)
    speakers = {a.cue.text: [] for a in x.attributions}
    for a in x.attributions:
        speakers[a.cue.text].append(a.speaker.name if a.speaker else None)
    assert speakers["said"] == ["West Yorkshire Police"] * 3


def test_bare_police_without_a_named_force_is_a_source_and_officers_believing_is_no_cue(nlp):
    x = run(nlp, "About 2,000 people marched through the city centre, police said.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Police" and a.source.text == "police"
    x = run(nlp, "Inspector Jane Ellory said officers believed the driver had fled on foot.")
    assert [a.speaker.name for a in x.attributions] == ["Jane Ellory"]


def test_officers_in_a_story_without_police_are_no_source(nlp):
    x = run(nlp, "The frigate returned to port on Monday. Officers said the voyage had gone well.")
    assert x.attributions == [] or all(a.speaker is None or a.speaker.name != "Police" for a in x.attributions)


def test_an_unnamed_official_of_a_country_speaks_for_its_government(nlp):
    text = ("A senior U.S. official said the talks would resume on Monday. "
            "\"Nobody is leaving the table,\" the official said.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Government of United States"] * 2
    x = run(nlp, "A senior French official, speaking on condition of anonymity, said Paris would send more troops.")
    (a,) = by_cue(x, "said")
    assert a.speaker.name == "Government of France"


def test_an_official_tied_to_no_country_is_no_source(nlp):
    x = run(nlp, "A European diplomat said the summit would be postponed.")
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
    text = ("The European Commission said it had opened an inquiry into the merger. "
            "A Commission spokesperson added that a decision was expected in March.")
    (a,) = by_cue(run(nlp, text), "added")
    assert a.speaker.name == "European Commission"


def test_a_bare_spokesperson_speaks_for_the_company_just_spoken_of(nlp):
    text = ("Harnvik Foods said on Monday it would close two bakeries in Ohio. "
            "A spokesperson said in an emailed statement that no other sites were affected.")
    x = run(nlp, text)
    assert [a.speaker.name for a in x.attributions] == ["Harnvik Foods", "Harnvik Foods"]


def test_a_role_in_the_lead_is_the_holder_named_later_with_that_role(nlp):
    text = ("Dock workers walked out on Monday as the labour minister said the government would not "
            "change the law.\n\nThe union said 5,000 members had joined the strike.\n\n"
            "Ports were closed in three cities.\n\n"
            "Labour Minister Ines Carvalho told reporters: \"The law stays.\"")
    x = run(nlp, text)
    (a,) = [a for a in x.attributions if a.source.text == "the labour minister"]
    assert a.speaker.name == "Ines Carvalho"


def test_a_pronoun_after_an_unnamed_witness_is_that_witness_not_a_named_man(nlp):
    text = ("Tomas Brandt was arrested on Sunday.\n\n"
            "A shopkeeper, who asked not to be named, said she had seen two cars. "
            "\"They drove off very fast,\" she said.")
    x = run(nlp, text)
    assert all(a.speaker is None or a.speaker.name != "Tomas Brandt" for a in x.attributions)


def test_a_cue_under_a_modal_of_possibility_is_no_statement(nlp):
    x = run(nlp, "Harnvik Bank launched a new card on Monday. It can reveal where customers shop, and it may tell them how much they spend.")
    assert not x.attributions
    (a,) = run(nlp, "Reuters could not confirm that the ship had sunk.").attributions
    assert a.relation == "not_confirmed"


def test_security_researchers_and_business_leaders_are_generic_sources(nlp):
    x = run(nlp, "Security researchers say the flaw is easy to exploit. Business leaders warned that costs would rise.")
    assert sorted(a.speaker.name for a in x.attributions) == ["Business leaders", "Security researchers"]


def test_told_an_audience_that_p_keeps_p_when_parsed_as_a_relative_clause(nlp):
    text = "Ana Mendes told a meeting of about two hundred farmers near the town hall that prices had fallen by a third."
    (a,) = by_cue(run(nlp, text), "told")
    assert a.content.text.startswith("prices had fallen")


def test_an_acronym_after_a_kind_of_body_names_the_body(nlp):
    text = "Trams stopped at noon, and the city transport operator KVB warned of long delays on three lines."
    doc = nlp(text)
    doc.ents = []  # the recogniser misses such acronyms in context: set that parse by hand
    article = article_of(text)
    (a,) = by_cue(extract(article, doc), "warned")
    assert a.speaker.name == "KVB" and a.speaker.type == "Organisation"


def test_according_to_after_a_verb_of_posting_a_thing_is_the_source(nlp):
    text = "A hacker group posted stolen files on a forum on Friday, according to Varnix Labs."
    (a,) = run(nlp, text).attributions
    assert a.speaker.name == "Varnix Labs" and a.cue.text == "according to"
    assert a.content.text.startswith("A hacker group posted stolen files")


def test_a_lower_case_kind_word_after_an_acronym_is_no_part_of_the_name(nlp):
    from spacy.tokens import Span as SpacySpan

    from kg.extract.mentions import find_mentions

    text = "The RMT union said it would join the strike, while the Ukrainian military said nothing."
    doc = nlp(text)
    # the recogniser often takes the kind word in: set that parse by hand
    doc.ents = [SpacySpan(doc, 1, 3, label="ORG"), SpacySpan(doc, 12, 14, label="ORG")]
    article = article_of(text)
    names = {m.name for m in find_mentions(article, doc) if m.type == "Organisation"}
    assert "Ukrainian military" in names or any("Ukrain" in n for n in names)
    assert "RMT" in names and "RMT union" not in names


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
    for text in ("Velmora said on Tuesday that hackers had gained access to the names, email addresses and "
                 "location histories of about 3 million users.",
                 "Harnvik Bank, the lender owned by the Danish group Ostra, said on Monday that thieves had gained "
                 "access to the names, phone numbers and home addresses of 20,000 customers."):
        (a,) = by_cue(run(nlp, text), "said")
        assert a.content.text.endswith("customers") or a.content.text.endswith("users"), a.content.text


def test_a_future_act_announced_inside_a_statement_is_part_of_it(nlp):
    text = ("The Dockers Union said the strike would go on. Its leader, Ana Mendes, said dockers had voted to stay out. "
            "She added that the union would call on rail workers to join them.")
    x = run(nlp, text)
    assert [a.cue.text for a in x.attributions] == ["said", "said", "added"]
