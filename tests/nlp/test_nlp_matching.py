"""The free-text categorizer: phrases, lemmas, languages, spans, evidence, laziness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from nlp_support import ids

from matcher.engine.categories import CategoryMatch, categorize_entries
from matcher.nlp import shared_categorizer
from matcher.nlp.language import detect_language
from matcher.reference.taxonomy import taxonomy

ROOT = Path(__file__).resolve().parents[2]


def test_shared_categorizer_is_one_instance():
    assert shared_categorizer() is shared_categorizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Latent print examiner, Metropolitan Police Service", {"fingerprints", "law_enforcement"}),
        ("DNA reporting officer: STR profiles and database matches", {"dna"}),
        ("Scenes of Crime Officer (SOCO) attending burglaries", {"crime_scene"}),
        (
            "Detective Sergeant in the Modern Slavery and Human Trafficking Unit",
            {"investigations", "human_trafficking"},
        ),
        ("Officer at the National Central Bureau (NCB) handling Red Notices", {"international_police_cooperation"}),
        ("Drafted standard operating procedures for digital evidence", {"policy_development"}),
        ("Organised regional workshops for border officials", {"event_training_organization"}),
        ("Counter-intelligence officer assessing hostile state actors", {"counter_intelligence"}),
        ("Professional Standards Department: misconduct hearings", {"internal_affairs"}),
        ("Anti-corruption investigator tracing bribes", {"anti_corruption"}),
        ("Handled classified information under a national security clearance", {"sensitive_data"}),
        ("Accredited family mediator", {"mediation"}),
        ("Tuned the ABIS matching algorithms", {"biometric_matching"}),
    ],
)
def test_english_phrases(cat, text, expected):
    assert expected <= ids(cat, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Expert en dactyloscopie : comparaison de traces papillaires avec le FAED", {"fingerprints"}),
        ("Enquêteur à l'OCRTEH, lutte contre la traite des êtres humains", {"investigations", "human_trafficking"}),
        (
            "Officier de police judiciaire, enquêtes sur les filières de passeurs",
            {"investigations", "migrant_smuggling"},
        ),
        ("Juriste dans une association d'aide aux victimes", {"safeguarding"}),
        ("Attaché de sécurité intérieure : coopération policière internationale", {"international_police_cooperation"}),
        ("Médiatrice familiale diplômée d'État", {"mediation"}),
        ("Ingénieure biologiste : profils ADN et alimentation du FNAEG", {"dna"}),
        ("Gestion des habilitations et traitement de documents classifiés", {"sensitive_data"}),
    ],
)
def test_french_phrases(cat, text, expected):
    assert expected <= ids(cat, text)


def test_methods_exact_and_lemma(cat):
    exact = cat.categorize_one("Latent print examiner")[0]
    assert (exact.category, exact.text, exact.method, exact.confidence) == (
        "fingerprints",
        "Latent print",
        "exact",
        1.0,
    )
    lemma = cat.categorize_one("Examining latent fingerprints")[0]
    assert (lemma.category, lemma.text, lemma.method) == ("fingerprints", "latent fingerprints", "lemma")
    assert lemma.confidence < exact.confidence


def test_french_without_accents_is_a_lemma_match(cat):
    match = cat.categorize_one("Technicienne : relevés de traces sur la scene de crime", lang="fr")[0]
    assert (match.category, match.text, match.method) == ("crime_scene", "scene de crime", "lemma")


def test_other_language_phrases_are_used_too(cat):
    assert "law_enforcement" in ids(cat, "Seconded from the Police nationale to Lyon", lang="en")
    assert "fingerprints" in ids(cat, "Recherches AFIS et comparaison de traces", lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        "Latent print examiner at the Police nationale; AFIS ten-print comparison.",
        "  Enquêteur à la brigade criminelle : gel des lieux et constatations sur les scènes de crime.",
        "Criminal inteligence analyst (misspelt) with the federal police.\nCounter-intelligence too.",
        "Détaché auprès d’INTERPOL : échanges de profils génétiques.",
    ],
)
def test_spans_point_at_the_matched_text(cat, text):
    matches = cat.categorize_one(text)
    assert matches
    for m in matches:
        assert text[m.start : m.end] == m.text
        assert m.to_dict() == {
            "id": m.category,
            "span": [m.start, m.end],
            "match": m.text,
            "method": m.method,
            "confidence": round(m.confidence, 3),
        }


def test_one_piece_of_evidence_per_category_in_text_order(cat):
    text = "Fingerprint expert. Latent print comparison, AFIS searches; later DNA profiling."
    matches = cat.categorize_one(text)
    assert [m.category for m in matches] == ["fingerprints", "dna"]
    assert matches[0].text == "Fingerprint expert"
    assert all(isinstance(m, CategoryMatch) for m in matches)


def test_results_keep_the_order_of_mixed_language_batches(cat):
    texts = ["Expert en dactyloscopie", "", "   ", "Accredited mediator", "Enquêtes judiciaires", "bakery"]
    found = [{m.category for m in ms} for ms in cat.categorize(texts)]
    assert found == [{"fingerprints"}, set(), set(), {"mediation"}, {"investigations"}, set()]


def test_categories_expand_to_their_ancestors(cat):
    assert taxonomy().expand(ids(cat, "Counter-espionage officer")) == {
        "counter_intelligence",
        "intelligence",
        "law_enforcement",
    }


def test_unsupported_language_is_refused(cat):
    with pytest.raises(ValueError):
        cat.categorize(["text"], lang="de")


def test_lone_surrogates_do_not_break_tokenization(cat):
    text = "DNA \udcff profiling"
    assert [m.category for m in cat.categorize_one(text)] == ["dna"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Latent print examiner with the Metropolitan Police", "en"),
        ("Enquêteur à la brigade de recherches de la gendarmerie", "fr"),
        ("Analyste criminel au service central", "fr"),
        ("Gardien de la paix, police secours", "fr"),
        ("Crime scene examiner", "en"),
        ("Worked with the NCB on extradition requests", "en"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_french_pipeline_is_built_only_when_french_text_appears():
    from matcher.nlp.categorizer import SpacyCategorizer

    fresh = SpacyCategorizer()
    fresh.categorize(["Latent print examiner", "Accredited mediator"])
    assert fresh.loaded_languages == ["en"]


def test_importing_categories_and_nlp_does_not_import_spacy():
    code = "import sys, matcher.engine.categories, matcher.nlp, matcher.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_engine_entries_infer_categories_from_free_text(cat):
    entries = [
        SimpleNamespace(title="Fingerprint examiner", description="AFIS and latent prints", categories=[]),
        SimpleNamespace(title="Clerk", description="No experience in DNA analysis.", categories=[]),
        SimpleNamespace(title="Anything", description="DNA profiling", categories=["mediation"]),
    ]
    inferred, negated, declared = categorize_entries(entries, cat)
    assert inferred.ids == {"fingerprints", "biometrics"} and not inferred.declared
    assert inferred.matches[0].text == "Fingerprint examiner"
    assert negated.ids == set() and negated.determined
    assert declared.ids == {"mediation"} and declared.declared
