"""Hostile text is categorised in linear time; the light French pipeline matches spaCy's French."""

from __future__ import annotations

import time

from nlp_support import ids

from matcher.nlp.textprep import MAX_CHUNK, phrase_forms, tokenizer_text


def test_the_tokenizer_text_keeps_every_offset():
    for text in ["crime-prevention", "#" * 500, "a#" * 300, "x" * 1000, "Enquêteur... (OPJ) -- ok"]:
        rewritten = tokenizer_text(text)
        assert len(rewritten) == len(text)
        assert all(len(chunk) <= MAX_CHUNK for chunk in rewritten.split())


def test_an_en_dash_inside_a_compound_reads_as_a_hyphen_but_a_spaced_one_stays():
    assert tokenizer_text("victim\u2013offender work") == "victim offender work"
    assert (
        tokenizer_text("Sergeant \u2013 Kent Police, 2001\u20132005") == "Sergeant \u2013 Kent Police, 2001\u20132005"
    )


def test_an_en_dash_compound_matches_its_hyphenated_exclusion(cat):
    text = "Restorative practitioner, a probation service. Facilitated victim\u2013offender conferences."
    assert "event_training_organization" not in ids(cat, text)


def test_hyphenated_phrases_also_match_closed_up():
    assert phrase_forms("anti-corruption") == ["anti corruption", "anticorruption"]


def test_ten_thousand_hashes_take_milliseconds_not_seconds(cat):
    cat.categorize(["Warm up: the pipeline and the language model load once."])  # not what is timed
    start = time.process_time()
    assert cat.categorize(["#" * 20_000 + " latent print examiner"])[0]
    assert time.process_time() - start < 2.0  # was ~29 s for 10,000 before the bound


def test_hostile_punctuation_costs_no_more_than_prose(cat):
    prose = ("Reviewed case files on trafficking for the regional police in 2019. " * 800)[:50_000]
    hostile = ("#.!?-_*=" * 7000)[:50_000]
    cat.categorize([prose, hostile])  # warm both

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            cat.categorize([text])
            best = min(best, time.process_time() - start)
        return best

    assert cost(hostile) <= 3 * cost(prose) + 0.01


def test_the_light_french_pipeline_does_not_import_spacys_french_module():
    import subprocess
    import sys

    code = (
        "import sys\nfrom matcher.nlp import shared_categorizer\n"
        "shared_categorizer().categorize(['Enquêteur à la brigade criminelle'], lang='fr')\n"
        "print('spacy.lang.fr.tokenizer_exceptions' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
