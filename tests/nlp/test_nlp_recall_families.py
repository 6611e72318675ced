"""Recall families of the cats-recall round (issue 13, points 2 and 4): bodies of the widened
gazetteer, policy and event verbs, trainee nouns, victims placed in a place of safety and
crossings organised for others. Each family has a sentence that must stay unmatched.
Sentences are written for these tests (none is from a dev or held-out set).
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    "text",
    [
        "Radio technician, Stadtpolizei Winterthur, 2015-2019.",
        "Officer, Canada Border Services Agency, Pearson airport.",
        "Analyst, Corruption Prevention and Combating Bureau, Riga.",
        "Agent, Naval Criminal Investigative Service, Norfolk field office.",
        "Officer, Polizia Municipale di Torino: traffic checks and parking enforcement.",
        "Agent, Police cantonale genevoise, poste de Carouge.",
        "Officer, Narcotics Control Bureau, Delhi zonal unit.",
        "Senior investigator, Investigative Committee of Armenia.",
    ],
)
def test_bodies_of_the_wider_gazetteer_are_law_enforcement_employers(cat, text):
    assert "law_enforcement" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Analyst, Agence française anticorruption, Paris.",
        "Mathematician, National Security Agency, Fort Meade.",
    ],
)
def test_a_body_without_police_powers_is_not_added(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Drew up the retention guidelines for the archive service.", "policy_development"),
        ("Put together the rules of procedure for the new disciplinary board.", "policy_development"),
        (
            "Staged the Commonwealth Games opening ceremony rehearsals for 4,000 volunteers.",
            "event_training_organization",
        ),
        ("Security planning lead for the Glasgow World Cup fan zones.", "event_training_organization"),
        ("Coached new call handlers in the control room.", "event_training_organization"),
        ("Placed rescued children with emergency foster families.", "safeguarding"),
        ("Referred women leaving abusive homes to refuges across the county.", "safeguarding"),
        ("Arrested organisers of illegal border crossings on the Evros.", "migrant_smuggling"),
        ("Maintained the confidentiality of informant identities in the source unit.", "sensitive_data"),
        ("Cleared at SECRET level for the counter-terrorism desk.", "sensitive_data"),
        ("Kept sealed court files and juvenile records under lock.", "sensitive_data"),
        ("PCSO, Dyfed-Powys Police. Ran anti-burglary campaigns in village halls.", "crime_prevention"),
        ("Constable, Durham Constabulary. Diverted teenagers away from knife crime.", "crime_prevention"),
        ("Arranged protective measures for threatened witnesses before the trial.", "safeguarding"),
    ],
)
def test_a_pattern_family_gives_its_category(cat, text, category):
    assert category in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Produced the quarterly sales report for the regional manager.", "policy_development"),
        ("Visited the World Cup as a supporter in 2018.", "event_training_organization"),
        ("Referred the case file to the prosecutor's office.", "safeguarding"),
        ("Counted illegal border crossings for the monthly statistics.", "migrant_smuggling"),
        ("Guaranteed the confidentiality of client data in the accounting firm.", "sensitive_data"),
        ("Protected information systems from malware as a SOC analyst.", "sensitive_data"),
        ("Store manager, Lidl. Ran anti-theft campaigns and reduced shoplifting by a third.", "crime_prevention"),
    ],
)
def test_the_same_words_without_the_pattern_give_nothing(cat, text, category):
    assert category not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gendarme. Relevés de traces et d'indices sur les lieux de cambriolages.", "fr"),
        ("Brigadier. Constatations techniques, gel des scellés sur les lieux du crime.", "fr"),
        ("Police constable. Attended scenes of burglaries and photographed entry points.", "en"),
    ],
)
def test_a_scene_named_after_its_crime_is_crime_scene_work_in_both_orders(cat, text, lang):
    assert "crime_scene" in ids(cat, text, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "Agent immobilier. Visite des lieux de vie et états des lieux de sortie.",
        "Estate agent. Viewings of family homes and end-of-tenancy inspections.",
    ],
)
def test_places_not_named_after_a_crime_are_no_scene(cat, text):
    assert "crime_scene" not in ids(cat, text)
