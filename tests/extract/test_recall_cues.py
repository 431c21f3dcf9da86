"""Recall rules written from the dev misses of ``tests/data/realnews``
(issue 13): cues whose construction the lexicon missed, documents and data
as sources, and participial and passive cues. Every sentence and name here
is invented for its test; none comes from a gold set or the seeds."""

from __future__ import annotations

import pytest
from attribution_support import by_cue, run

pytestmark = pytest.mark.model


# -- findings, rulings and orders with a bare finite clause ---------------------

@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The Supreme Court of Norland ruled the governor lacked authority to delay the vote.",
     "ruled", "Supreme Court of Norland", "the governor lacked authority to delay the vote"),
    ("Karen Holt testified she had seen the two men.", "testified", "Karen Holt", "she had seen the two men"),
    ("Judge Amy Lang ordered last week that the ballots be counted by Friday.",
     "ordered", "Amy Lang", "the ballots be counted by Friday"),
])
def test_verdict_and_request_verbs_take_a_finite_clause(nlp, text, cue, speaker, content):
    (a,) = by_cue(run(nlp, text), cue)
    assert (a.relation, a.speaker.name, a.content.text) == ("claims", speaker, content)


@pytest.mark.parametrize("text", [
    "The court ruled the country for decades.",
    "The jury found him guilty of fraud.",
    "General Ola Berg ordered troops to withdraw.",
    "Sergeant Ola Berg found the body in a river.",
])
def test_the_same_verbs_without_a_proposition_are_no_cue(nlp, text):
    assert not run(nlp, text).attributions


def test_a_negated_finding_leaves_the_clause_unconfirmed(nlp):
    (a,) = by_cue(run(nlp, "The Norland Senate did not find the network had breached any laws."), "find")
    assert (a.relation, a.cue.text, a.content.text) == ("not_confirmed", "did not find", "the network had breached any laws")
