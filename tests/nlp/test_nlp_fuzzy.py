"""Misspellings: rapidfuzz on unknown words only, with the documented threshold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.nlp import fuzzy, shared_categorizer
from matcher.nlp.fuzzy import FuzzyNormalizer

METHODS = {"exact", "lemma", "fuzzy"}


@pytest.mark.parametrize(
    "text, category, word",
    [
        ("Fingerprnt examiner at the state police", "fingerprints", "Fingerprnt"),
        ("Detective in the human traficking unit", "human_trafficking", "traficking"),
        ("Criminal inteligence analyst", "intelligence", "inteligence"),
        ("Safegaurding officer for a children's charity", "safeguarding", "Safegaurding"),
        ("Accredited mediatior in workplace disputes", "mediation", "mediatior"),
        ("Anti-coruption investigator", "anti_corruption", "coruption"),
    ],
)
def test_misspellings_are_fuzzy_matches(cat, text, category, word):
    match = next(m for m in cat.categorize_one(text) if m.category == category)
    assert match.method == "fuzzy"
    assert word in match.text and text[match.start : match.end] == match.text
    assert 0.7 <= match.confidence < 0.9  # below every exact (1.0) or lemma (0.9) match


def test_documented_threshold():
    assert fuzzy.THRESHOLD == 88 and fuzzy.MIN_LENGTH == 6


@pytest.mark.parametrize(
    "text",
    [
        "AFIZ and THP and DNS checks",  # short abbreviations are never fuzzy targets or candidates
        "Replaced defective equipment",  # a real word is never "corrected" (detective)
        "Road traffic and traffic calming",  # "traffic" is a word, and far from "trafficking"
    ],
)
def test_no_fuzzy_match_on_short_or_real_words(cat, text):
    assert cat.categorize_one(text) == []


def test_normalizer_rules():
    normalizer = FuzzyNormalizer(frozenset({"defective"}))
    normalizer.add_targets([("fingerprint", "fingerprint"), ("detective", "detective"), ("afis", "afis")])
    assert normalizer("fingerprnt", "fingerprnt") == "fingerprint"
    assert normalizer.scores["fingerprnt"] >= fuzzy.THRESHOLD
    assert normalizer("defective", "defective") == "defective"  # known word
    assert normalizer("afiss", "afiss") == "afiss"  # shorter than MIN_LENGTH
    assert normalizer("ingerprint", "ingerprint") == "ingerprint"  # first letter differs
    assert normalizer("fingerlings", "fingerling") == "fingerling"  # below the threshold
    assert normalizer("fingerprint", "fingerprint") == "fingerprint"  # a phrase word itself


@settings(max_examples=60)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120).map(
        lambda s: s + " latent print examiner, no DNA"
    )
)
def test_arbitrary_text_yields_valid_spans(text):
    for m in shared_categorizer().categorize_one(text):
        assert text[m.start : m.end] == m.text
        assert m.method in METHODS and 0 < m.confidence <= 1
