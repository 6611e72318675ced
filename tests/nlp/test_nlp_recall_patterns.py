"""Recall by patterns on five categories (issue 13, point 4), each with a sentence in another
sense or outside the candidate's own work that must stay unmatched. Sentences are written
for these tests.
"""

from __future__ import annotations

import pytest
from nlp_support import ids

from matcher.nlp.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Officer, Polizia di Stato.",
        "Worked for the Policía Nacional.",
    ],
)
def test_a_body_named_in_its_own_language_is_matched_in_an_english_entry(cat, text):
    assert detect_language(text) == "en"
    assert "law_enforcement" in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Agente, Squadra Mobile di Milano: robberies and extortion cases.", "en"),
        ("Unidad Central de Redes de Inmigración Ilegal: investigated networks through Ceuta.", "en"),
        ("Officier à la Direction Générale de la Sécurité depuis 2010, chargé des enquêtes.", "fr"),
        ("Investigación de redes de trata de seres humanos en la Brigada Central de Madrid.", "es"),
    ],
)
def test_names_of_units_and_places_say_nothing_of_the_entry_language(text, lang):
    assert detect_language(text) == lang


def test_body_names_do_not_change_a_french_text_language():
    assert detect_language("Officier détaché auprès de la Guardia Civil pendant deux ans.") == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Detective, Kent Police: investigated burglary networks and organised crime gangs.",
        "Kent Police: lead investigator in a murder inquiry.",
        "Detective constable: interviewed suspects and prepared case files, Essex Police.",
        "OPJ à la brigade de recherches : exécution de commissions rogatoires.",
        "Gendarme, brigade de recherches : enquêtes sur des réseaux de cambrioleurs.",
    ],
)
def test_investigative_work_in_a_police_body_is_investigations(cat, text):
    assert "investigations" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        # no law-enforcement employer: the role noun and the verb are ambiguous
        "Fraud analyst at a retail bank: investigated customer complaint cases.",
        "HR adviser: interviewed candidates and questioned references.",
        # the experience frame wins over the new pattern
        "Attended a course on interviewing suspects at the police academy.",
        "No experience of investigating crimes for the police.",
    ],
)
def test_investigation_patterns_need_the_employer_and_the_frame(cat, text):
    assert "investigations" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Social worker in adult protection for the county council.",
        "Coordinated the protection of vulnerable persons in the district.",
        "Victims of domestic abuse were resettled and cared for by our team.",
        "Éducatrice : protection des personnes vulnérables et des victimes mineures.",
        "Intervenante sociale : victimes accueillies et soutenues jusqu'au procès.",
    ],
)
def test_protection_of_vulnerable_people_is_safeguarding(cat, text):
    assert "safeguarding" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Identified potential victims at ports and referred them to the investigation unit.",
        "Thesis on the protection of vulnerable persons in refugee camps.",
    ],
)
def test_safeguarding_patterns_keep_their_frame(cat, text):
    assert "safeguarding" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Policy adviser: amended the regulation on police custody and co-authored the national plan.",
        "Chargée de mission : révision des lignes directrices et transposition de la directive.",
        "Juriste : mise à jour des textes réglementaires sur la vidéoprotection.",
    ],
)
def test_drafting_policy_texts_is_policy_development(cat, text):
    assert "policy_development" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Will draft the new procedures once appointed.",
        "Attended a seminar on drafting police legislation.",
    ],
)
def test_policy_patterns_keep_their_sense_and_frame(cat, text):
    assert "policy_development" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Registry clerk: handled classified intelligence reports and confidential case information.",
        "Gestionnaire : traitement de données personnelles sensibles et de messages classifiés.",
        "Archiviste : courriers confidentiels et fiches classifiées.",
    ],
)
def test_classified_documents_are_sensitive_data(cat, text):
    assert "sensitive_data" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Course on handling classified documents (attended, 2019).",
        "Marketing assistant: kept a confidential tone in customer messages.",
    ],
)
def test_sensitive_data_patterns_keep_their_frame(cat, text):
    assert "sensitive_data" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Analyst, Royal Military Police, Bulford.",
        "Brigadier à la brigade anti-criminalité de Marseille.",
        "Capitaine à l'OCRVP, groupe des disparitions.",
    ],
)
def test_more_bodies_of_the_gazetteer_are_law_enforcement(cat, text):
    assert "law_enforcement" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Served 12 years with Lancashire Constabulary as an investigator.",
        "Worked for Lancashire Constabulary as an investigator.",
    ],
)
def test_a_force_named_with_its_place_stands_in_the_employer_position(cat, text):
    assert {"law_enforcement", "investigations"} <= ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Radios sold to Lancashire Constabulary.",
        "Organised INTERPOL regional conferences for heads of NCBs.",
    ],
)
def test_a_named_force_after_a_non_employment_word_is_no_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


def test_an_opj_in_a_territorial_brigade_investigates(cat):
    assert {"law_enforcement", "investigations"} <= ids(cat, "OPJ en brigade territoriale, 6 ans.")


@pytest.mark.parametrize(
    "text",
    [
        "Vetting officer, Devon and Cornwall Police: processed security clearances for new recruits.",
        "Agent chargé des enquêtes administratives de sécurité et du criblage.",
    ],
)
def test_vetting_work_is_sensitive_data(cat, text):
    assert "sensitive_data" in ids(cat, text)


def test_a_vetting_seminar_attended_is_no_sensitive_data(cat):
    assert "sensitive_data" not in ids(cat, "Attended a seminar on vetting checks.")


def test_a_police_public_protection_unit_is_safeguarding(cat):
    assert "safeguarding" in ids(cat, "Detective constable in the public protection unit; presented cases at MARAC.")
