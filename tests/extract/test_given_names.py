"""A person named again by the given name alone ("Hardeep said" after
"Hardeep Singh Puri"), a construction of features, sports and court reports
(the thirteenth session's study of unseen Wikinews articles). Names are
invented."""

from __future__ import annotations

import pytest
from attribution_support import run

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker and a.speaker.name, a.content.text) for a in run(nlp, text).attributions]


def test_a_given_name_alone_is_the_one_person_so_named_before(nlp):
    # "Hardeep" untagged by the recogniser, then tagged as an organisation
    text = ("Minister Hardeep Singh Puri opened the bridge on Monday. "
            "Hardeep said the bridge would carry 40,000 cars a day. "
            "Later, Hardeep told reporters the road was closed.")
    assert _speakers(nlp, text) == [("Hardeep Singh Puri", "the bridge would carry 40,000 cars a day"),
                                    ("Hardeep Singh Puri", "the road was closed")]


def test_a_given_name_two_people_share_is_no_one(nlp):
    text = ("Talvinder Singh Rao and Talvinder Kaur Brar opened the clinic on Monday. "
            "Talvinder said the clinic would open daily.")
    assert [s for s, _ in _speakers(nlp, text)] in ([], [None])


def test_a_word_that_named_something_else_first_is_no_given_name(nlp):
    # the product "Strydo Coach" read as a person does not make "Strydo" a person
    text = ("Strydo says hackers took user data. The breach comes before Strydo launches Strydo Coach. "
            "Strydo has not confirmed that the data came from its systems.")
    names = {s for s, _ in _speakers(nlp, text)}
    assert "Strydo Coach" not in names
