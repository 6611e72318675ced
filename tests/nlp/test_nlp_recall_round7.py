"""Recall mechanisms of session 7 (issue 13, points 1, 2 and 4): a partner cue that qualifies
the candidate's own role noun, a body heading a line of its own, verb forms that keep their
norm, genres of professional documents, translation as writing about a topic, and French unit
names built on "brigade de répression" / "office central de lutte contre". Each positive case
has a near miss that must stay unmatched. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    "text",
    [
        "Operational Support Officer, Europol, The Hague. Kept the duty rosters.",
        "Capacity Building Coordinator, INTERPOL General Secretariat, Lyon",
        "Desktop support technician at the Bundeskriminalamt, Wiesbaden.",
    ],
)
def test_a_partner_cue_qualifying_a_role_noun_is_the_role(cat, text):
    assert "law_enforcement" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Project assistant, UNDP. Supported Europol analysts during the joint exercise.",
        "Engineer at a radio vendor; supporting Guardia Civil patrols with handsets.",
    ],
)
def test_a_partner_cue_before_other_people_stays_a_cue(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Archivist, Records \u2014 Central Registry, Polícia Judiciária\nScanned old case files into the archive.",
        "Senior Analyst\nFrontex, Risk Analysis Unit\nWrote the quarterly overview.",
    ],
)
def test_a_body_ending_or_opening_a_heading_line_is_the_employer(cat, text):
    assert "law_enforcement" in ids(cat, text)


def test_a_body_opening_a_sentence_line_is_not_a_heading(cat):
    text = "Shop manager, Oxford\nGuardia Civil officers bought most of our raincoats."
    assert "law_enforcement" not in ids(cat, text)


def test_a_plan_noun_is_not_a_planned_role(cat):
    text = "Gendarme, Guarda Nacional Republicana\nInvestigated assaults and drew up safety plans for the victims."
    assert "investigations" in ids(cat, text)
    assert "law_enforcement" not in ids(cat, "Secondment to the Garda planned for 2027.")


def test_reports_on_a_topic_are_work_but_reporting_on_it_is_journalism(cat):
    assert "human_trafficking" in ids(cat, "Officer, OSCE. Drafted monitoring reports on trafficking in persons.")
    assert "human_trafficking" not in ids(cat, "Freelance writer. Reported on trafficking in persons for a weekly.")


def test_a_professional_paper_on_a_topic_is_work(cat):
    assert "anti_corruption" in ids(cat, "Adviser, OECD. Authored a policy paper on bribery in public procurement.")
    assert "anti_corruption" not in ids(cat, "MA student. Wrote a paper on bribery in public procurement.")


def test_a_translated_text_is_about_its_topic_but_its_handling_counts(cat):
    assert "human_trafficking" not in ids(cat, "Translator, UN. Translated a handbook on human trafficking.")
    assert "sensitive_data" in ids(cat, "Staff translator, Ministry of Defence. Translated classified documents.")


@pytest.mark.parametrize(
    "text",
    [
        "Enquêtrice, Brigade de répression de la délinquance économique, Paris.",
        "Analyste, Office central de lutte contre le travail illégal.",
        "Chef de groupe, Office central pour la répression des faux monnayages.",
    ],
)
def test_french_units_named_by_what_they_repress_are_law_enforcement(cat, text):
    assert "law_enforcement" in ids(cat, text)


def test_a_repression_word_without_a_unit_is_no_employer(cat):
    assert "law_enforcement" not in ids(cat, "Juriste, association de défense des droits : répression des fraudes.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Refugee caseworker. Kept the interview notes confidential.", "sensitive_data"),
        ("Protection officer, national police. Arranged new identities for relocated witnesses.", "sensitive_data"),
        (
            "Events officer, city council. Managed speakers and catering for the regional summit.",
            "event_training_organization",
        ),
        ("Coordinatrice logistique, Festival de jazz de Vienne.", "event_training_organization"),
        (
            "Maître de conférences, Université de Lyon : enseignement de la balistique en master.",
            "event_training_organization",
        ),
        ("CID sergeant, Ghana Police Service. Took statements in robbery cases.", "investigations"),
    ],
)
def test_session7_patterns_reach_their_category(cat, text, category):
    assert category in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cashier, supermarket. Kept customer details confidential.", "sensitive_data"),
        ("Graphic designer. Created the new identity of a hotel chain.", "sensitive_data"),
        ("Finance officer, police college. Managed the training budget.", "event_training_organization"),
        ("Responsable, salon de coiffure, Lyon.", "event_training_organization"),
        ("Maître de conférences en littérature : recherches sur le roman.", "event_training_organization"),
        ("Paramedic, ambulance service. Handed patients over and met CID officers at scenes.", "investigations"),
    ],
)
def test_session7_patterns_keep_their_near_misses_out(cat, text, category):
    assert category not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Adviser, OSCE secretariat. Wrote a discussion paper on police accountability.", "policy_development"),
        ("Consultant, World Bank. Designed a compliance framework for a customs agency.", "policy_development"),
        (
            "Chargée de mission, Conseil de l'Europe : rédaction de rapports d'évaluation sur les pays membres.",
            "policy_development",
        ),
        ("Sergeant, Garda Síochána. Exchanged intelligence on drug shipments with the PSNI.", "intelligence"),
        ("Intelligence specialist, Federal Bureau of Investigation, New York field office.", "intelligence"),
        (
            "Special agent, DEA, Lima country office. Shared leads with Peruvian police counterparts.",
            "international_police_cooperation",
        ),
        ("Electoral observer mission lead. Trained 40 local observers.", "event_training_organization"),
        (
            "Superintendent, Lancashire Constabulary. Commanded the policing of the city marathon.",
            "event_training_organization",
        ),
        ("Inspector. Wrote the policing plans for cup football matches.", "event_training_organization"),
    ],
)
def test_session7_families_reach_their_category(cat, text, category):
    assert category in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Full-stack developer. Designed a testing framework for the web shop.", "policy_development"),
        ("Sales analyst, retail chain. Shared intelligence on competitors with buyers.", "intelligence"),
        ("Detective, Kent Police. Shared leads with Essex Police counterparts.", "international_police_cooperation"),
        ("Inspector. Commanded a response team at the music festival.", "event_training_organization"),
    ],
)
def test_session7_families_keep_their_near_misses_out(cat, text, category):
    assert category not in ids(cat, text)


def test_a_secondment_in_the_title_is_no_contractor(cat):
    assert "law_enforcement" in ids(cat, "Course designer, CEPOL (for the Guardia Civil, seconded), Budapest.")
    assert "law_enforcement" not in ids(cat, "Course designer (freelance, for the Guardia Civil), Madrid.")
