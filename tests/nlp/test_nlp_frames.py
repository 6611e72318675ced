"""The experience frame (issue 13): what the candidate did, not what the text mentions.

Cues come from matcher/nlp/data/nlp_cues.yaml; employers from the generated gazetteer
(matcher/nlp/data/law_enforcement_bodies.yaml); senses from `senses` in categories.yaml.
"""

from __future__ import annotations

import pytest
from nlp_support import ids

from matcher.nlp.gazetteer import bodies


@pytest.mark.parametrize(
    "text",
    [
        "Attended a two-day seminar on human trafficking and an e-learning module on AFIS.",
        "Completed the online course in crime scene awareness.",
        "J'ai suivi une formation sur la traite des êtres humains.",
        "MSc student. Thesis on migrant smuggling routes.",
        "Journaliste : reportages sur la traite des êtres humains.",
        "Investigative journalist who wrote about police corruption.",
        "Will join the Gendarmerie nationale in September 2027.",
        "Secondment to the NCB in Rome was cancelled.",
        "No experience with fingerprints, DNA or facial comparison (AFIS, CODIS).",
        "Would like to train in latent print examination (AFIS).",
    ],
)
def test_mentions_outside_own_work_do_not_count(cat, text):
    assert ids(cat, text) == set()


def test_delivering_a_course_is_own_work(cat):
    found = ids(cat, "Police trainer: designed and delivered courses on crime-scene examination for recruits.")
    assert {"event_training_organization", "crime_scene", "law_enforcement"} <= found


def test_a_course_attended_in_one_sentence_leaves_the_next_one(cat):
    found = ids(cat, "Attended a seminar on DNA. Latent print examiner at the Police nationale since 2015.")
    assert "dna" not in found and {"fingerprints", "law_enforcement"} <= found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Special agent, FBI field office: public corruption investigations.",
            {"investigations", "anti_corruption", "law_enforcement"},
        ),
        (
            "Guardia Civil, financial investigations into organised crime.",
            {"investigations", "law_enforcement", "organised_crime"},
        ),
        ("Administrative assistant at the INTERPOL General Secretariat in Lyon.", {"law_enforcement"}),
        ("Secrétaire administrative à la police judiciaire de Lyon.", {"law_enforcement"}),
    ],
)
def test_employer_from_the_gazetteer_and_units(cat, text, expected):
    assert ids(cat, text) == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Corporate fraud investigator at a bank; investigated card fraud.", "investigations"),
        ("NGO officer, in coordination with the national police, ran shelters for victims.", "law_enforcement"),
        ("Victim support worker, in cooperation with investigators.", "investigations"),
        ("Taught forensic fingerprint comparison to detectives at the academy.", "investigations"),
        ("Consultant for a telecoms firm; supplied radio equipment to police forces.", "law_enforcement"),
    ],
)
def test_role_nouns_need_the_employer_and_partners_are_not_it(cat, text, absent):
    assert absent not in ids(cat, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Molecular biologist: DNA extraction and sequencing for crop genomics.", "dna"),
        ("Data governance lead: safeguarding client data and assets.", "safeguarding"),
        ("Sales liaison officer between the plant and key accounts.", "international_police_cooperation"),
        ("Retail sales: smartphones with face recognition unlock.", "facial_recognition"),
        ("Yoga instructor running mindfulness classes.", "event_training_organization"),
        ("Insurance fraud analyst; investigated fraudulent claims.", "anti_corruption"),
    ],
)
def test_ambiguous_heads_need_a_domain_word(cat, text, absent):
    assert absent not in ids(cat, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Forensic DNA analyst at the police laboratory.", "dna"),
        ("Safeguarding lead for child victims of exploitation.", "safeguarding"),
        ("Police liaison officer posted to the embassy in Madrid.", "international_police_cooperation"),
    ],
)
def test_ambiguous_heads_count_with_their_domain(cat, text, expected):
    assert expected in ids(cat, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Crime-prevention officer with the city police.", "crime_prevention"),
        ("Face-matching examiner for the border police.", "facial_recognition"),
        ("Anticorruption unit of the state police.", "anti_corruption"),
        ("Handled classified defence documents in the registry.", "sensitive_data"),
        ("Gestion de dossiers classifiés au ministère.", "sensitive_data"),
        ("Trained 200 border guards in document checks.", "event_training_organization"),
        ("Organised the security planning of the G7 summit.", "event_training_organization"),
        ("Smuggling networks moving people across the Channel in small boats.", "migrant_smuggling"),
    ],
)
def test_recall_by_patterns(cat, text, expected):
    assert expected in ids(cat, text)


def test_the_gazetteer_names_its_sources_and_holds_both_languages():
    data = bodies()
    assert data["source"]["script"] == "scripts/gen_law_enforcement_bodies.py" and data["source"]["lists"]
    assert "Bundeskriminalamt" in data["names"]["en"] and "Police nationale" in data["names"]["fr"]
    assert "FBI" in data["acronyms"]


def test_evidence_spans_point_at_the_text(cat):
    text = "Special agent, FBI: corruption cases (no DNA work)."
    for match in cat.categorize([text])[0]:
        assert text[match.start : match.end] == match.text
