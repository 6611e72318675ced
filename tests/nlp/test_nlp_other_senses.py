"""Other senses and role attribution (matcher/nlp/senses.py OtherSenses, sense_rules.py,
roles.py other_role): a match near another domain's words, context words that belong to
a partner or an event, someone else's role noun. Sentences written for these tests, each
with a control that still counts.
"""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Geography teacher, comprehensive school. Taught Year 8 lessons on map reading.",
            "event_training_organization",
        ),
        ("Police community officer. Delivered sessions on online safety to pupils.", "event_training_organization"),
        (
            "Research engineer, robotics lab. Trained neural networks for grasp detection.",
            "event_training_organization",
        ),
        ("Claims handler, motor insurer. Drafted policy wordings for fleet cover.", "policy_development"),
        ("Graphiste, agence de communication. Choix des polices de caractères et mise en page.", "law_enforcement"),
        ("Médiatrice culturelle, musée des Beaux-Arts. Visites pour les familles.", "mediation"),
        ("Mobile phone shop assistant. Set up Face ID and fingerprint unlock on customers' smartphones.", "biometrics"),
        ("iOS developer, a retail bank. Added biometric sign-in to the mobile banking app.", "biometrics"),
        ("Office manager, logistics firm. Installed fingerprint time clocks for staff attendance.", "fingerprints"),
        ("Gestionnaire RH, grande surface. Paramétrage de la badgeuse à empreinte digitale.", "fingerprints"),
        (
            "Deputy prosecutor, Antwerp. Led joint investigation teams with Dutch prosecutors.",
            "international_police_cooperation",
        ),
        (
            "Magistrate de liaison, ambassade de France. Coordination judiciaire des équipes communes d'enquête.",
            "international_police_cooperation",
        ),
        (
            "Criminal defence solicitor, a high-street firm. Represented clients charged with bribery.",
            "anti_corruption",
        ),
        (
            "Avocate, barreau de Lille. Plaidé pour des clients poursuivis pour traite des êtres humains.",
            "human_trafficking",
        ),
        ("Quality analyst, food testing lab. DNA barcoding of fish for species identification.", "dna"),
        ("Technicienne, laboratoire agroalimentaire. Analyses ADN pour la traçabilité des viandes.", "dna"),
        ("Data Protection Officer, a retailer. Safeguarding of customer records under GDPR.", "safeguarding"),
    ],
)
def test_a_match_among_another_domains_words_is_in_that_sense(cat, text, category):
    assert category not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Police trainer. Taught interviewing courses to detectives; school visits were a separate team.",
            "event_training_organization",
        ),
        (
            "Policy officer, Home Office. Drafted the national strategy on fraud; liaised with insurers.",
            "policy_development",
        ),
        ("Family mediator, county court scheme. Mediated child arrangements disputes.", "mediation"),
        (
            "Human trafficking investigator, Kent Police. Built cases; the defence lawyers were hostile.",
            "human_trafficking",
        ),
        (
            "DNA reporting scientist, forensic provider. Profiled crime-scene stains. The canteen sold seeds.",
            "dna",
        ),
        ("Fingerprint examiner, Kent Police. Compared latent marks; the office had a time clock.", "fingerprints"),
        (
            "DS, Kent Police. Ran a joint investigation team with Belgian police. Files went to prosecutors.",
            "international_police_cooperation",
        ),
    ],
)
def test_the_other_domain_in_another_sentence_takes_nothing(cat, text, category):
    assert category in ids(cat, text)


def test_a_partners_police_is_no_police_context_for_prevention(cat):
    text = "Youth worker, community charity. Prevention workshops for teenagers, in partnership with the local police."
    assert "crime_prevention" not in ids(cat, text)


def test_an_own_police_employer_still_gives_prevention(cat):
    text = "Neighbourhood constable, Kent Police. Prevention workshops for teenagers on knife crime."
    assert "crime_prevention" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Victim support officer, Kent Police. Relayed updates between the SIO and bereaved families.",
        "Exhibits officer, Essex Police. Prepared exhibit logs for the investigating officers.",
        "Caseworker, Crown Prosecution Service. Checked files from police investigators before charge.",
        "Researcher, Europol. Produced network charts for Member State investigations.",
    ],
)
def test_someone_elses_role_or_investigation_is_not_the_candidates(cat, text):
    assert "investigations" not in ids(cat, text)


def test_the_candidates_own_investigator_role_counts(cat):
    assert "investigations" in ids(cat, "Detective constable, Kent Police. Worked as SIO on two burglary series.")


def test_counter_intelligence_investigations_outside_the_title_are_counter_intelligence(cat):
    found = ids(
        cat, "Officer, counter-espionage branch, national security service. Ran investigations into hostile agents."
    )
    assert "counter_intelligence" in found and "investigations" not in found


def test_a_counter_intelligence_investigator_title_keeps_investigations(cat):
    assert "investigations" in ids(cat, "Counter-intelligence investigator with the federal police.")


def test_a_context_word_inside_an_event_organised_is_the_events(cat):
    text = "Events officer, INTERPOL General Secretariat. Organised the annual Member Countries Assembly."
    assert "international_police_cooperation" not in ids(cat, text)


def test_cross_border_work_of_an_events_officer_still_counts(cat):
    text = "Events officer, INTERPOL. Organised the assembly and handled Red Notice requests from member countries."
    assert "international_police_cooperation" in ids(cat, text)


@pytest.mark.parametrize(
    "text",
    [
        "Probation officer. Presented risk assessments at case conferences.",
        "Attachée de presse, préfecture. Organisation des conférences de presse du préfet.",
    ],
)
def test_conference_in_a_non_event_sense_is_no_event(cat, text):
    assert "event_training_organization" not in ids(cat, text)


def test_organising_a_conference_is_an_event(cat):
    assert "event_training_organization" in ids(cat, "Organised the annual conference of forensic examiners.")


def test_a_support_role_before_at_gives_the_units_employer_only(cat):
    found = ids(cat, "Receptionist (agency staff) at the DNA unit, Police Service of Northern Ireland.")
    assert "dna" not in found and "law_enforcement" in found


def test_a_support_roles_law_enforcement_unit_names_its_employer(cat):
    found = ids(cat, "Secrétaire, service du renseignement territorial.")
    assert "intelligence" not in found and "law_enforcement" in found


def test_a_support_role_at_an_international_organisation_keeps_it(cat):
    assert "international_organization" in ids(cat, "Bookkeeper at an international organisation office in Geneva.")


def test_a_passive_agent_police_is_not_the_employer(cat):
    text = "Coordinatrice, foyer d'accueil pour victimes de violences. Accueil des femmes orientées par la gendarmerie."
    assert "law_enforcement" not in ids(cat, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Traffic constable, Surrey Police. Investigated road traffic collisions on the M25.", "investigations"),
        ("Private detective, small agency. Surveillance for divorce lawyers.", "investigations"),
        ("Legal officer, Ministry of Internal Affairs of Moldova. Drafted contracts.", "internal_affairs"),
        (
            "Integrity adviser, Garda Síochána. Ran the corruption prevention programme for recruits.",
            "crime_prevention",
        ),
    ],
)
def test_fixed_compounds_and_domains_of_another_sense(cat, text, category):
    assert category not in ids(cat, text)


def test_a_burglary_investigation_by_a_constable_counts(cat):
    assert "investigations" in ids(cat, "Constable, Surrey Police. Investigated burglaries and thefts from vehicles.")


@pytest.mark.parametrize(
    "text",
    [
        "Membership officer, European Association of Police Chiefs. Ran the members' newsletter.",
        "Editor, Journal of Policing Studies. Managed peer review.",
    ],
)
def test_a_police_word_ending_another_bodys_name_is_not_the_employer(cat, text):
    assert "law_enforcement" not in ids(cat, text)


def test_a_police_force_named_with_of_is_the_employer(cat):
    assert "law_enforcement" in ids(cat, "Constable, Police Service of Northern Ireland. Response officer in Belfast.")
