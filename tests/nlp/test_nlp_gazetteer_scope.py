"""Which bodies the generated gazetteer names as law enforcement (scripts/gen_law_enforcement_bodies.py):
bodies with police powers, not a training agency, civilian missions or external inspectorates
(the labelling conventions' §3, R5-11 and R6-3).

Sentences are written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from nlp_support import ids

from matcher.nlp.gazetteer import bodies


@pytest.mark.parametrize(
    "text",
    [
        "Course Administrator, CEPOL. Booked venues for residential courses.",
        "Procurement Assistant, EULEX Kosovo. Tendered vehicle leases.",
        "Press Officer, EUPOL COPPS. Wrote the mission's newsletter.",
        "Lead Inspector, HMICFRS. Led PEEL inspections and wrote force reports.",
        "Analyst, Police Inspectorate of Kosovo. Compiled statistics on complaints.",
    ],
)
def test_bodies_without_police_powers_name_no_law_enforcement_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police Mentor, EULEX Kosovo (seconded from the Swedish Police). Mentored investigators.",
        "Enquêteur, Inspection générale de la police nationale (IGPN). Enquêtes sur des policiers.",
        "Seconded officer, Europol. Supported analysts on drug cases.",
    ],
)
def test_police_staff_of_such_bodies_and_a_forces_own_inspection_keep_it(cat, text):
    assert "law_enforcement" in ids(cat, text)


def test_the_excluded_bodies_are_listed_as_not_law_enforcement():
    data = bodies()
    names = {n.lower() for lang in data["names"].values() for n in lang} | {a.lower() for a in data["acronyms"]}
    for body in ("CEPOL", "EULEX", "EUPOL", "HMICFRS", "Police Inspectorate"):
        assert body.lower() not in names
        assert body in data["not_law_enforcement"]
