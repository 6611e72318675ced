"""Commercial relationships, fiction and wording of the sixth dev batch (issue 13).

A body named as a client, customer or supplier gives the candidate neither law-enforcement
nor cross-border police experience (the `client` cues of matcher/nlp/data/nlp_cues.yaml);
detective fiction is writing about policing; the sensitive-data, smuggling and
counter-terrorism wording below is own work.
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    "text",
    [
        "Account manager for a software vendor; clients included Europol and INTERPOL.",
        "Sales engineer; customers include the Austrian Federal Police and the Guardia Civil.",
        "Ingénieur commercial ; clients dont la Gendarmerie nationale et Europol.",
        "Detective fiction author; published three novels set in a 1950s police force.",
    ],
)
def test_clients_and_fiction_give_no_police_experience(cat, text):
    assert ids(cat, text) & {"law_enforcement", "investigations", "international_police_cooperation"} == set()


def test_a_police_officers_own_cross_border_work_still_counts(cat):
    found = ids(
        cat, "Police officer; exchanged intelligence with foreign counterparts via the INTERPOL I-24/7 network."
    )
    assert {"international_police_cooperation", "law_enforcement"} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Records officer, Avon and Somerset Police: redacted personal data in police files.", "sensitive_data"),
        ("Vetted to SC level; handled restricted case papers.", "sensitive_data"),
        ("Custodian of the unit's classified holdings.", "sensitive_data"),
        ("Border Force officer at Dover; detected clandestine entrants concealed in lorries.", "migrant_smuggling"),
        (
            "Analyste, SDAT (sous-direction anti-terroriste) : renseignement sur les filières djihadistes.",
            "counter_terrorism",
        ),
    ],
)
def test_sixth_batch_wording_is_matched(cat, text, expected):
    assert expected in ids(cat, text)


def test_a_prosecutor_reading_police_files_is_not_handling_sensitive_data(cat):
    assert "sensitive_data" not in ids(cat, "Crown prosecutor: reviewed police files and charged serious offences.")
