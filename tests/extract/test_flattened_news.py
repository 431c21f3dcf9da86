"""Constructions of broadcast and wire news as they reach us flattened
(paragraph breaks lost, a feed or a news-mail service): a quote running over
paragraphs, and a quotation bearing out the reported speech before it.
Sentences and names are invented here."""

from __future__ import annotations

import pytest
from attribution_support import by_cue, run

from kg.extract.quotes import find_quotes

pytestmark = pytest.mark.model


def test_quote_over_a_lost_paragraph_break_is_one_quotation():
    text = 'Ms Varga said: "Sales are down. "We expect a better spring," she said.'
    assert [text[s:e] for s, e in find_quotes(text)] == ['"Sales are down. "We expect a better spring,"']


def test_closing_mark_against_its_word_still_closes():
    text = '"Sales are down." "Next year," she said, "will be better."'
    assert [text[s:e] for s, e in find_quotes(text)] == ['"Sales are down."', '"Next year,"', '"will be better."']


def test_flattened_run_on_quote_is_given_to_the_trailing_cue(nlp):
    x = run(nlp, 'The union\'s Carl Brody says the strike is about workloads. "Pay matters too. '
                 '"Staff work many unpaid hours every week," Mr Brody said.')
    (a,) = by_cue(x, "said")
    assert a.content.text.startswith("Pay matters too")
    assert a.speaker.name == "Carl Brody"


def test_quotation_bearing_out_reported_speech_is_a_statement_of_the_same_speaker(nlp):
    x = run(nlp, 'The bowler Dan Kemp says the two sides are level. "There is more pressure on them this summer."')
    contents = sorted(a.content.text for a in by_cue(x, "says"))
    assert contents == ["There is more pressure on them this summer.", "the two sides are level"]
    assert {a.speaker.name for a in by_cue(x, "says")} == {"Dan Kemp"}


def test_quotation_with_its_own_cue_is_not_borrowed(nlp):
    x = run(nlp, 'Dan Kemp says the sides are level. "We are ready," the coach Ray Lowe said.')
    (a,) = by_cue(x, "says")
    assert "ready" not in a.content.text


def test_quotation_in_the_same_sentence_is_not_a_second_record(nlp):
    x = run(nlp, 'Dan Kemp disagreed with the ruling: "It was a fair catch."')
    assert len(x.attributions) <= 1


def test_quotation_closed_by_a_full_stop_is_borne_out_before_the_next_cue(nlp):
    x = run(nlp, 'Professor Ana Lind says the figures are grim. "The rise is steady and it is costly." '
                 'Professor Lind says the trend can be reversed.')
    contents = [a.content.text for a in by_cue(x, "says")]
    assert "The rise is steady and it is costly." in contents
    assert len(contents) == 3
