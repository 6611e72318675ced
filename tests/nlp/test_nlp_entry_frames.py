"""Entry frames (matcher/nlp/entry_frames.py): what an entry's title says about all of it,
a former role before the present one, a contractor's client, and the cues for roles that
did not happen. Sentences written for these tests; each frame has a control that still counts.
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    "text",
    [
        # a status in brackets in the title
        "Analyst trainee (withdrawn), Organised Crime Unit of Essex Police. Offer ended before my first day.",
        "Firearms instructor course (attended), regional police academy. Ten days.",
        "Summer school on cross-border police cooperation, Europol (attendee).",
        # a course or thesis noun heading the title's first segment
        "Human trafficking awareness course (2 days) – completed online.",
        "Master's thesis, University of Ghent: the policing of migrant smuggling in the Aegean.",
        "Mémoire de master 1 – Université de Lille\nLes réseaux de passeurs sur la côte d'Opale.",
        # a heading frame as the entry's first word
        "Attended: 'DNA evidence for investigators' (two-day course, Scottish Police College), 2021",
        "Documentary director, independent production: a film on fingerprint examiners.",
    ],
)
def test_an_entry_framed_as_attended_pending_or_studied_gives_nothing(cat, text):
    assert ids(cat, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a correspondent reports on the cases, a novelist writes about the detectives (session 9, kept by the
        # transfer gate: bench/results/category_transfer.md)
        "Foreign correspondent, Le Monde, Nairobi. Covered human trafficking trials and police corruption cases.",
        "Auteur de romans policiers, Éditions Gallimard. Série dont le héros est enquêteur à la brigade criminelle.",
    ],
)
def test_a_correspondent_or_a_novelist_heading_the_entry_gives_nothing(cat, text):
    assert ids(cat, text) == set()


def test_an_author_of_case_files_is_no_novelist(cat):
    assert "investigations" in ids(cat, "Auteur des procédures d'enquête, brigade criminelle de Paris.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trainer's title is a role over the course, not the course
        ("Course Director, human trafficking course for border guards.", "human_trafficking"),
        ("Head of Training, Border Police. Ran the firearms course for new recruits.", "law_enforcement"),
        # a status word at the head of the entry only frames its own clause
        (
            "Withdrawn: my Europol application; stayed a detective sergeant at Avon and Somerset Police.",
            "investigations",
        ),
    ],
)
def test_a_title_naming_a_role_over_a_course_still_counts(cat, text, expected):
    assert expected in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Secondment withdrawn at the Europol liaison bureau before it started.",
        "Détachement annulé à la brigade de recherches de Rennes, faute de poste.",
        "Accountant, small firm. Reserve list for the customs officer competition; not yet posted.",
        "Sales manager, IT firm. May be seconded to the National Crime Agency next spring.",
        "Consultant, advisory firm. Pitched a facial recognition pilot to a city council; the bid was unsuccessful.",
        "Comptable, cabinet d'audit. Inscrite sur liste complémentaire du concours de gardien de la paix.",
    ],
)
def test_roles_that_did_not_happen_give_nothing(cat, text):
    assert not ids(cat, text) & {"law_enforcement", "international_police_cooperation", "facial_recognition"}


@pytest.mark.parametrize(
    "text",
    [
        "Former constable, Norfolk Constabulary; since 2020 estate agent in Norwich.",
        "Ex-policier reconverti, aujourd'hui boulanger à Lyon.",
    ],
)
def test_a_former_role_before_the_present_one_is_a_passing_mention(cat, text):
    assert "law_enforcement" not in ids(cat, text)


def test_a_former_role_without_a_present_one_is_the_entry(cat):
    assert "law_enforcement" in ids(cat, "Former constable, Norfolk Constabulary, 2004-2012. Response policing.")


def test_the_present_role_after_the_turn_word_still_counts(cat):
    found = ids(cat, "Former teacher; now police constable with Durham Constabulary.")
    assert "law_enforcement" in found


@pytest.mark.parametrize(
    "text",
    [
        "Network engineer (contractor via Atos) to the Metropolitan Police. Patched the radio servers.",
        "Gardener, Garda headquarters grounds (Idverde contract).",
        "Freelance translator, Gendarmerie nationale files. Translated witness statements from Polish.",
        "Payroll officer, Brightpay Ltd (for Lancashire Constabulary).",
    ],
)
def test_a_contractors_client_is_not_its_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Crime analyst, Lancashire Constabulary; managed the contract with the radio supplier.",
        "Sergent, OCRIEST (Office central pour la répression de l'immigration irrégulière).",
    ],
)
def test_contract_words_outside_the_title_or_a_body_named_in_brackets_keep_the_employer(cat, text):
    assert "law_enforcement" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        # an observation placement: a heading, or a status alone in brackets
        "Job shadowing, Surrey Police custody suite (3 days). Watched the booking-in process.",
        "Stage de découverte, brigade de gendarmerie de Dax. Présentation du métier de gendarme.",
        "Sixth-form placement (observation), Essex Police control room.",
        # a role that is acted, a selection step, coursework, a work product about a topic
        "Actress, touring theatre company. Played a detective sergeant in a crime thriller.",
        "Passed the Garda entrance exam in 2024; awaiting a training place.",
        "Accepted offer: Border Force Officer, Heathrow. Start date next spring.",
        "BSc Policing (final year). Modules on crime scene examination and fingerprints (coursework only).",
        "Editorial assistant, a publisher. Proofread titles about forensic DNA analysis.",
        # a former role with its status in brackets, then the present one
        "Customs officer (former, 1999-2004), now a wine importer in Bordeaux.",
    ],
)
def test_observation_acting_selection_coursework_and_former_roles_give_nothing(cat, text):
    assert ids(cat, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surveillance work is observation too: only "(observation)" alone is a status
        ("Covert observation, West Midlands Police. Static surveillance of suspects.", "law_enforcement"),
        # an acting post in English brackets is no agency work ("(intérim)" is)
        ("Head of Unit (interim), Kent Police. Ran the burglary squad.", "law_enforcement"),
        ("Organisation de stages de formation pour la gendarmerie.", "event_training_organization"),
        ("Detective (Kent Police). Investigated burglaries, then moved to fraud.", "investigations"),
        # a trainer's coursework and exams, a vetting officer's checks, casework under review are work
        ("Lecturer, a university. Designed coursework on crime scene examination for police recruits.", "crime_scene"),
        ("Police trainer who set the Kent Police entrance exam.", "law_enforcement"),
        ("Vetting Officer, Kent Police \u2014 pre-employment vetting of recruits.", "law_enforcement"),
        ("Senior DNA reporting officer; my casework is under review by the regulator.", "dna"),
    ],
)
def test_controls_of_the_new_frames_still_count(cat, text, expected):
    assert expected in ids(cat, text)


def test_agency_temping_names_a_client_not_the_employer(cat):
    assert "law_enforcement" not in ids(cat, "Hôtesse d'accueil, commissariat de Lille (intérim, Manpower). Standard.")
