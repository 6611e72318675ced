"""Employer, role and clause frames (issue 13, points 1-2): where a mention stands decides
whether it is the candidate's own employer or work.

Sentences are written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from nlp_support import ids

from matcher.nlp.gazetteer import bodies, with_bodies
from matcher.reference.taxonomy import taxonomy


@pytest.mark.parametrize(
    "text",
    [
        "Crown prosecutor: reviewed police files and charged serious offences.",
        "Victim advocate at a shelter; accompanied survivors to police interviews.",
        "Research assistant; summarised police use of body-worn cameras for a charity.",
        "Archivist; catalogued customs tariffs of the nineteenth century.",
        "Juriste : analyse des fichiers de police pour une association de défense des libertés.",
    ],
)
def test_a_body_word_that_qualifies_another_noun_is_no_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Joined the police aged 19 and served on response teams.",
        "Ten years in the police, then a move to the private sector.",
        "Civilian analyst with Thames Valley Police drugs team.",
        "Police records clerk for the county force.",
        "Police trainer at the regional centre.",
        "Customs investigator at Dover.",
        "Agent de constatation des douanes à Roissy.",
        "Secrétaire administrative à la police judiciaire de Lyon.",
        "Technicien de police technique et scientifique.",
    ],
)
def test_a_body_word_in_an_employer_position_counts(cat, text):
    assert "law_enforcement" in ids(cat, text)


def test_the_employer_frame_is_taxonomy_data():
    frame = taxonomy().entries["law_enforcement"]["employer_frame"]
    assert {"police", "customs"} <= set(frame["heads"]["en"]) and "douane" in frame["heads"]["fr"]
    assert "joined" in frame["markers"]["en"] and "staff" in frame["nouns"]["en"]


def test_an_oversight_body_of_the_gazetteer_is_no_law_enforcement_employer(cat):
    assert {"Police Ombudsman", "Police Federation"} <= set(bodies()["not_law_enforcement"])
    found = ids(cat, "Police Ombudsman investigator: investigated complaints about police conduct.")
    assert "law_enforcement" not in found and "internal_affairs" in found


def test_a_bureau_that_exists_for_cooperation_implies_it(cat):
    entries = with_bodies(taxonomy().entries)
    assert "SIRENE Bureau" in entries["international_police_cooperation"]["phrases"]["en"]
    found = ids(cat, "SIRENE bureau operator: answered hit requests on Schengen alerts.")
    assert {"international_police_cooperation", "law_enforcement"} <= found
    # other INTERPOL staff have law-enforcement experience only (DESIGN.md)
    found = ids(cat, "Finance assistant at the INTERPOL General Secretariat: supplier payments.")
    assert "law_enforcement" in found and "international_police_cooperation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ran a course on interviewing for newly promoted detectives.",
        "Taught report writing to customs recruits.",
        "Conception de sessions de formation pour les enquêteurs.",
    ],
)
def test_the_people_a_course_is_for_are_not_the_candidates_role(cat, text):
    found = ids(cat, text)
    assert "event_training_organization" in found
    assert not found & {"investigations", "law_enforcement"}


def test_a_course_given_at_a_police_academy_keeps_the_employer(cat):
    found = ids(cat, "Taught fingerprint comparison to detectives at the national police academy.")
    assert {"event_training_organization", "law_enforcement"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Offer accepted: Detective Constable, West Midlands Police, starting in 2027.",
        "Mémoire de master 2 : la coopération policière internationale et le numérique.",
        "Secondment to the NCB in Vienna was approved but cancelled in 2020.",
        "Application pending for the Europol analyst reserve list.",
        "From January I will be seconded to Europol as a liaison officer.",
        "Intégration à la Police nationale prévue en 2027 ; actuellement vendeur.",
        "Lauréat du concours de gardien de la paix (2026), vendeur en attendant.",
        "Stage de formation suivi à l'ENSP sur la coopération policière internationale.",
        "Literature searches on migrant smuggling routes for a professor's book.",
        "Podcast host: interviews with retired detectives about murder investigations.",
    ],
)
def test_headings_future_roles_and_attended_courses_give_nothing(cat, text):
    assert ids(cat, text) == set()


def test_a_negation_ends_at_but(cat):
    found = ids(cat, "No police background, but I trained 40 volunteers as a first-aid instructor.")
    assert found == {"event_training_organization"}


def test_investigations_into_officers_do_not_make_the_investigator_police(cat):
    found = ids(cat, "Investigator, IOPC: investigations into police officers' use of force.")
    assert found == {"internal_affairs"}


@pytest.mark.parametrize(
    "text",
    [
        "Caterer supplying meals to police stations and fire stations.",
        "Locksmith called out by the police to secure burgled homes.",
        "Architect who designed the new police headquarters in Leeds.",
        "Social worker; case conferences with police and health visitors.",
        "Procurement officer: bought uniforms and radios for the police.",
        "Rédaction de la circulaire sur l'accueil des victimes dans les commissariats.",
    ],
)
def test_a_body_that_is_the_object_of_someone_elses_work_is_no_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Digital forensics examiner with the police cyber crime unit.",
        "Ten years in the Carabinieri, then a move to Europol.",
        "Worked five years for the Guardia di Finanza on tax evasion.",
        "Senior investigating officer (SIO) in a major investigation team.",
        "Traitement des données sensibles des victimes, commissariat central de Nantes.",
        "Secrétaire de l'équipe commune d'enquête (police judiciaire de Bordeaux).",
        "Organisation de la sécurité du sommet au sein de l'état-major de la gendarmerie.",
        "Head of the DNA unit at the forensic institute of the police.",
    ],
)
def test_an_employment_word_a_role_noun_or_an_apposition_gives_the_employer(cat, text):
    assert "law_enforcement" in ids(cat, text)


def test_gazetteer_names_are_spelt_as_cvs_abbreviate_them():
    names = bodies()["names"]["en"]
    assert {"United States Secret Service", "U.S. Secret Service", "US Secret Service"} <= set(names)


@pytest.mark.parametrize(
    "text",
    [
        "Office Administrator, police federation branch. Handled membership records.",
        "Victim Care Coordinator, Police and Crime Commissioner's office. Assessed victims' needs.",
        "Probation Officer. Supervised offenders and worked with the police on offender management.",
        "Aspiring police officer. Preparing my application to the Metropolitan Police.",
        "Applicant for the INTERPOL Young Global Police Leaders programme.",
    ],
)
def test_staff_bodies_partners_and_applications_give_no_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police word inside an oversight or staff body's name: that body is the employer
        ("Caseworker, Regional Police Complaints Commission. Logged complaints from the public.", False),
        ("Researcher, Independent Police Monitoring Committee. Wrote the annual report.", False),
        # a force's name followed by its own unit, or a police training college, is the force
        ("Detective, Kent Police Serious Crime Directorate. Ran a murder inquiry.", True),
        ("Course Director, Scottish Police College. Delivered leadership training.", True),
    ],
)
def test_a_name_going_on_to_an_oversight_body_is_that_body(cat, text, expected):
    assert ("law_enforcement" in ids(cat, text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place at the body that others run for it (catering or cleaning at a police site)
        ("Sous-chef, New Scotland Yard staff canteen (a catering firm).", False),
        ("Barista, police headquarters cafeteria, Manchester.", False),
        # the force's own staff: the place is their work, the body their employer
        ("Cook, Kent Police. Ran the canteen at headquarters.", True),
        ("Detective, Kent Police; investigated a bar brawl.", True),
    ],
)
def test_a_place_at_a_police_body_is_not_its_employer(cat, text, expected):
    assert ("law_enforcement" in ids(cat, text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "At least eight years of police experience, three of them in a detective unit.",
        "A solid customs background is required.",
        "Minimum 6 years of diversified policing experience.",
    ],
)
def test_a_body_word_before_experience_is_a_career_there(cat, text):
    assert "law_enforcement" in ids(cat, text)
