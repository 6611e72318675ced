"""Negated, hypothetical and topic-only mentions do not count (cues in matcher/nlp/data/nlp_cues.yaml)."""

from __future__ import annotations

import pytest
from nlp_support import ids


@pytest.mark.parametrize(
    "text, absent",
    [
        ("No experience in DNA analysis.", "dna"),
        ("I have never worked with fingerprints.", "fingerprints"),
        ("I don't have counter-intelligence experience.", "counter_intelligence"),
        ("Not involved in crime scene work at any point.", "crime_scene"),
        ("Neither DNA profiling nor facial comparison.", "facial_recognition"),
        ("Without any DNA training.", "dna"),
        ("Lack of exposure to human trafficking cases.", "human_trafficking"),
        ("All forensic disciplines except DNA.", "dna"),
    ],
)
def test_english_negation(cat, text, absent):
    assert absent not in ids(cat, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Aucune expérience en ADN.", "dna"),
        ("Je n'ai jamais travaillé en dactyloscopie.", "fingerprints"),
        ("Pas d'expérience en renseignement criminel.", "intelligence"),
        ("Sans expérience dans la protection des victimes.", "safeguarding"),
        ("Ni dans la police ni dans la gendarmerie.", "law_enforcement"),
        ("Sans accès à des informations classifiées.", "sensitive_data"),
    ],
)
def test_french_negation(cat, text, absent):
    assert absent not in ids(cat, text)


def test_a_list_after_a_negation_is_negated_as_a_whole(cat):
    assert ids(cat, "No experience in DNA, fingerprints or facial comparison.") == set()


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("No DNA experience, but seven years as a latent print examiner.", "fingerprints", "dna"),
        ("No DNA experience. Latent print examiner since 2010.", "fingerprints", "dna"),
        ("Pas d'ADN mais dix ans en dactyloscopie.", "fingerprints", "dna"),
        ("Aucune expérience en ADN ; expert en dactyloscopie.", "fingerprints", "dna"),
        ("Would like to move into DNA profiling; currently a latent print examiner.", "fingerprints", "dna"),
    ],
)
def test_scope_ends_at_the_clause_boundary(cat, text, present, absent):
    found = ids(cat, text)
    assert present in found and absent not in found


@pytest.mark.parametrize(
    "text, present",
    [
        ("Not only fingerprints but also DNA profiling.", {"fingerprints", "dna"}),
        ("I no longer work in crime scene investigation.", {"crime_scene"}),
        ("Worked without supervision on latent print comparison.", {"fingerprints"}),
        ("Supervised no fewer than twelve fingerprint examiners.", {"fingerprints"}),
    ],
)
def test_pseudo_cues_and_short_scopes_negate_nothing(cat, text, present):
    assert present <= ids(cat, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Security guard; I would like to move into facial recognition.", "facial_recognition"),
        ("Hoping to work on human trafficking cases one day.", "human_trafficking"),
        ("Paralegal interested in international police cooperation.", "international_police_cooperation"),
        ("I plan to apply for a crime scene investigator post and eventually specialise in DNA.", "dna"),
        ("Aspiring crime scene investigator.", "crime_scene"),
        ("Keen to learn fingerprint comparison.", "fingerprints"),
    ],
)
def test_english_hypothetical(cat, text, absent):
    assert absent not in ids(cat, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Je souhaiterais me réorienter vers la reconnaissance faciale.", "facial_recognition"),
        ("J'aimerais travailler dans la lutte contre la traite des êtres humains.", "human_trafficking"),
        ("Intéressée par la coopération policière internationale.", "international_police_cooperation"),
        ("Je voudrais me spécialiser en dactyloscopie.", "fingerprints"),
    ],
)
def test_french_hypothetical(cat, text, absent):
    assert absent not in ids(cat, text)


def test_a_present_tense_liking_is_not_hypothetical(cat):
    # "aimerais" (would like) is a cue; "aime" (like) is not: lemma_keep keeps them apart.
    assert "mediation" in ids(cat, "J'aime la médiation familiale, que je pratique depuis 2015.")


def test_writing_about_a_field_is_not_working_in_it(cat):
    assert ids(cat, "Journalist who wrote about police corruption and crime prevention schemes.") == set()


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Staff interpreter, Bundespolizei. Interpreted in interviews with suspects of people smuggling.",
            "investigations",
            "law_enforcement",
        ),
        (
            "Translator, Ministry of Justice. Translated guidance on victim support into Polish.",
            "safeguarding",
            None,
        ),
        (
            "Traductrice, Parlement européen. Traduction des rapports sur la traite des êtres humains.",
            "human_trafficking",
            None,
        ),
    ],
)
def test_translating_or_interpreting_others_words_is_not_their_topic(cat, text, absent, kept):
    found = ids(cat, text)
    assert absent not in found
    if kept:
        assert kept in found


def test_interpreting_evidence_is_the_work_itself(cat):
    text = "Reporting scientist, forensic laboratory. Interpreted DNA profiles from sexual assault kits."
    assert "dna" in ids(cat, text)


def test_a_translator_still_handles_classified_material(cat):
    text = "Translator, National Crime Agency. Translated classified documents from Albanian."
    assert "sensitive_data" in ids(cat, text)
