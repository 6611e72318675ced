"""Unrelated senses of category words are not matched.

`exclude` and `weak` in matcher/reference/data/categories.yaml.
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Front-end developer: browser fingerprinting and device fingerprinting scripts.", "fingerprints"),
        ("Mobile developer who implemented fingerprint login in a banking app.", "fingerprints"),
        ("Cryptographer working on certificate fingerprints.", "fingerprints"),
        ("Business intelligence analyst: Power BI dashboards.", "intelligence"),
        ("Data scientist in artificial intelligence.", "intelligence"),
        ("Market intelligence and competitive intelligence reports.", "intelligence"),
        ("Transport planner: road traffic modelling.", "human_trafficking"),
        ("Network engineer monitoring network traffic.", "human_trafficking"),
        ("Media buyer: media buying across TV and social.", "mediation"),
        ("Freight forwarder handling customs clearance and customs declarations.", "law_enforcement"),
        ("Software engineer building custom software.", "law_enforcement"),
        ("Storage engineer fixing data corruption and file corruption.", "anti_corruption"),
        ("Brand strategist who defined the brand DNA.", "dna"),
        ("Crime scene cleaner for a biohazard company.", "crime_scene"),
        ("Retail loss prevention officer.", "crime_prevention"),
        ("Insurance claims handler who liaised with the police.", "law_enforcement"),
        ("Forex trader; developed algorithmic trading strategies.", "policy_development"),
        ("AI engineer who organised the model training pipeline.", "event_training_organization"),
        ("Médiatrice culturelle dans un musée.", "mediation"),
        ("Consultant en intelligence économique.", "intelligence"),
        ("Ingénieur trafic routier au conseil départemental.", "human_trafficking"),
        ("Calcul de l'empreinte carbone des sites.", "fingerprints"),
        ("Transitaire : déclarations en douane.", "law_enforcement"),
        ("Ingénieure qualité : enquêtes de satisfaction.", "investigations"),
        ("Enquêteur INSEE : enquêtes statistiques auprès des ménages.", "investigations"),
        ("Gestion des polices d'assurance habitation.", "law_enforcement"),
    ],
)
def test_unrelated_senses_are_not_matched(cat, text, absent):
    assert absent not in ids(cat, text)


def test_drug_trafficking_is_not_human_trafficking(cat):
    found = ids(cat, "Led drug trafficking investigations for the state police.")
    assert "human_trafficking" not in found
    assert {"investigations", "law_enforcement"} <= found


def test_an_unrelated_sense_does_not_hide_a_real_one(cat):
    found = ids(cat, "Business intelligence analyst, later criminal intelligence analyst with the police.")
    assert "intelligence" in found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # Bare "fingermarks"/"DNA" next to scene work: recovery, not the fingerprint or DNA discipline.
        ("Crime scene officer: powdered fingermarks at scenes.", "crime_scene", "fingerprints"),
        ("Crime scene investigator recovering DNA at burglaries.", "crime_scene", "dna"),
        ("QA engineer testing fingerprint and iris matchers.", "biometric_matching", "fingerprints"),
    ],
)
def test_weak_words_yield_to_scene_and_matching_work(cat, text, present, absent):
    found = ids(cat, text)
    assert present in found and absent not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Software engineer, IDEMIA. Developed the minutiae extraction and matching engine of the AFIS.", "en"),
        ("Ingénieure logiciel, Idemia. Développement du moteur de comparaison du produit AFIS.", "fr"),
    ],
)
def test_afis_is_the_fingerprint_system_even_beside_matching_technology(cat, text, lang):
    assert {"fingerprints", "biometric_matching"} <= ids(cat, text, lang=lang)


def test_strong_phrases_do_not_yield(cat):
    assert {"fingerprints", "crime_scene"} <= ids(cat, "Latent print examiner who also attended crime scenes.")


@pytest.mark.parametrize(
    "text",
    [
        "Data Protection Officer, Europol. Answered subject access requests.",
        "Payroll Clerk, INTERPOL. Onboarding of seconded officers and leave records.",
    ],
)
def test_a_police_organisation_as_employer_needs_cross_border_work_for_cooperation(cat, text):
    found = ids(cat, text)
    assert "law_enforcement" in found and "international_police_cooperation" not in found


def test_a_secondment_to_a_police_organisation_is_cross_border_context(cat):
    assert "international_police_cooperation" in ids(cat, "Fingerprint expert, then seconded to INTERPOL in Lyon.")


def test_material_from_a_scene_named_by_its_crime_is_laboratory_work(cat):
    assert "crime_scene" not in ids(cat, "Lab analyst, Kent Police. Tested glass fragments from burglary scenes.")
    assert "crime_scene" in ids(cat, "Scene examiner, Kent Police. Attended burglary scenes and lifted marks.")


def test_french_internal_investigations_need_a_police_context_like_english_ones(cat):
    police = "Enquêtrice, service des enquêtes internes, Police cantonale de Vaud. Enquêtes sur des policiers."
    assert "internal_affairs" in ids(cat, police)
    assert "internal_affairs" not in ids(cat, "Juriste RH, groupe hôtelier. Enquêtes internes sur le harcèlement.")


def test_a_bare_enquiry_at_a_police_desk_is_no_investigation(cat):
    # "enquiries" alone is the public's questions; an investigation's enquiries name their crime
    # (session 9, kept by the transfer gate: bench/results/category_transfer.md)
    text = "Station enquiry desk officer, Hampshire Constabulary. Answered enquiries from the public."
    assert ids(cat, text) == {"law_enforcement"}


def test_enquiries_into_a_crime_still_count(cat):
    text = "Constable, Essex Police. Conducted burglary enquiries and interviewed suspects."
    assert "investigations" in ids(cat, text)
