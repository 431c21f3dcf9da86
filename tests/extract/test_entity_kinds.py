"""What a name is (issue 13, entity precision on real news): names of
things, works and diseases are no person, body or place; capitalised words
that name nothing are no mention; a name's type comes from its shape and its
context. Written from the kinds of error on the dev split of
``tests/data/realnews``; every sentence and name here is invented."""

from __future__ import annotations

import pytest
from attribution_support import run

pytestmark = pytest.mark.model


def _types(nlp, text: str) -> dict[str, str]:
    return {m.name: m.type for m in run(nlp, text).mentions}


# -- things, works, diseases ----------------------------------------------------

@pytest.mark.parametrize("text, thing", [
    ("The probe was spotted by the Velmont space telescope last year.", "Velmont"),
    ("The crew flew atop a Korvex 9 rocket to the station.", "Korvex"),
    ("The files were shared through the Drizzle protocol, which led to a Quellan effect.", "Quellan"),
    ("The site uses Quarkscript to build its pages, and the tool runs this Quarkscript too.", "Quarkscript"),
    ("The elections came amid fears about KOVID-22 in the region.", "KOVID-22"),
    ("Critics of TPM (trusted platform module) wrote to the council.", "TPM"),
    ("She was nominated for the 1961 romantic comedy Silver Morning, opposite Dan Roe.", "Silver Morning"),
    ("He played on Tinkers's album Boat on the River with Paul Vance.", "Boat"),
    ("They met while recording the 'Boat on the River' album in Lagos.", "River"),
])
def test_the_name_of_a_thing_or_a_work_is_no_mention(nlp, text, thing):
    types = _types(nlp, text)
    assert not any(thing in name for name in types), types


@pytest.mark.parametrize("text, name, type_", [
    ("Velmont said it launched the Velmont space telescope last year.", "Velmont", "Organisation"),
    ("Dan Roe said the Korvex rocket had flown twice.", "Dan Roe", "Person"),
    ("She was nominated for the comedy Silver Morning, opposite Dan Roe.", "Dan Roe", "Person"),
])
def test_a_name_that_acts_elsewhere_stays(nlp, text, name, type_):
    assert _types(nlp, text).get(name) == type_
