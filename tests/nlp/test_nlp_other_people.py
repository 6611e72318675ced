"""Other people's roles and work, fields named with a bare preposition, partner forces and
wider pattern wording (issue 13, points 2-4; cats4).

Sentences are written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Senior analyst, Garda financial intelligence unit. Passed intelligence to investigators.", "investigations"),
        ("Set up evidence sharing between British and Belgian detectives.", "investigations"),
        ("Analyste, groupement de gendarmerie. Schémas relationnels pour les enquêteurs.", "investigations"),
        ("Social worker, city council. Victims referred by police officers after call-outs.", "law_enforcement"),
        ("Digital examiner, police cyber crime unit. Phone examinations for investigations.", "investigations"),
        ("Family liaison, Kent Police. Kept relatives informed of the investigation's progress.", "investigations"),
    ],
)
def test_role_and_activity_nouns_of_other_people_are_not_the_candidates(cat, text, category):
    assert category not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sergeant, Kent Police. Led a team of six detectives on burglary enquiries.", "investigations"),
        ("Police constable, Kent Police. Responsible for investigations into burglaries.", "investigations"),
        ("Detectives' office manager? No: worked as detectives in the homicide squad for years.", "investigations"),
    ],
)
def test_the_candidates_own_role_and_activity_still_count(cat, text, category):
    assert category in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lecturer in Policing, University of Derby. Designed and taught the module on interviewing.",
        "Déclarante en douane, transitaire à Marseille. Déclarations d'import.",
        "Intervenante sociale en commissariat, Toulouse. Accueil des victimes.",
        "Project officer, university. Ran a trial of hot-spot patrols with Kent Police.",
    ],
)
def test_a_field_or_a_partner_force_is_no_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve years in policing, mostly on response shifts.",
        "Enquêteur spécialisé en identité judiciaire : exploitation des traces.",
        "Seconded to Kent Police as an analyst for two years.",
    ],
)
def test_a_career_or_a_posting_is_an_employer(cat, text):
    assert "law_enforcement" in ids(cat, text)


def test_a_research_post_in_the_title_is_no_experience(cat):
    assert ids(cat, "Research Fellow, criminology department. Evaluated patrols with the Kent Police.") == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Caseworker, Crown Prosecution Service. Handled confidential witness statements.", "sensitive_data"),
        ("Systems administrator; accredited networks carrying EU RESTRICTED traffic.", "sensitive_data"),
        ("Adjoint administratif. Gestion des documents en diffusion restreinte.", "sensitive_data"),
        ("Refuge worker. Trafficked women escorted to safe accommodation at night.", "safeguarding"),
        ("Planned the policing of the city's carnival for three years.", "event_training_organization"),
    ],
)
def test_wider_pattern_wording(cat, text, category):
    assert category in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Seminar on counter-intelligence, Europol, The Hague (2022).",
        "Participant, week-long INTERPOL workshop on criminal intelligence analysis.",
        "Webinaire : la coopération policière internationale (Gendarmerie nationale, 2023).",
        "Incoming analyst, National Crime Agency (from March 2027).",
        "Secondment to the NCB in Lisbon as a police officer was scrapped after the budget review.",
        "Cultural mediator, city museum. Mediation programme for visitors with the local police.",
    ],
)
def test_courses_future_and_cancelled_roles_and_cultural_mediation_give_nothing(cat, text):
    assert ids(cat, text) == set()


def test_a_course_designer_heading_the_entry_did_the_work(cat):
    assert "event_training_organization" in ids(cat, "Course developer, police academy. Designed e-learning modules.")


def test_a_software_framework_or_roadmap_is_no_policy(cat):
    assert "policy_development" not in ids(
        cat, "Front-end developer. Designed a testing framework and the product roadmap."
    )


def test_a_partner_in_close_coordination_is_not_the_candidates_role(cat):
    found = ids(cat, "Victim advocate, charity. Worked in close coordination with investigators on each case.")
    assert "investigations" not in found
