"""The speed mechanisms give the answers the slow ones gave: language detection (py3langid's
model walked word by word, scored in batches, cached), one detection per text, screen
batches that report unread languages like `check`, and linear-time span tests."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matcher.nlp import language
from matcher.nlp.spans import SpanIndex

DATA = Path(__file__).resolve().parents[1] / "data"
SPANISH = "Investigación de redes de trata de seres humanos y tráfico de migrantes en la Brigada Central."


def corpus_texts() -> list[str]:
    texts = []
    for name in ("categories_corpus", "categories_frames_dev"):
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts + [SPANISH, "Ermittlungen im Bereich Menschenhandel.", "Victim liaison", "", "#" * 50, "ÉTÉ"]


@pytest.fixture(scope="module")
def reference():
    """py3langid's own identifier, restricted as ours is."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(language.CONSIDERED))
    return identifier


def test_the_word_by_word_walk_counts_exactly_py3langids_features(reference):
    from py3langid.langid import visit_counts

    fast = language._identifier()
    for text in corpus_texts():
        data = reference._encode(text[:400])
        assert fast.visit_counts(data) == visit_counts(
            reference.tk_nextmove, reference._rowbase, reference.tk_output, data
        )


def test_batched_scores_rank_every_text_as_py3langid_does(reference):
    texts = corpus_texts()
    for text, probs in zip(texts, language.probabilities(texts), strict=True):
        ranked = reference.rank(text[:400])
        assert [lang for lang, _ in language._ranked(probs)] == [lang for lang, _ in ranked]
        assert all(abs(probs[lang] - p) < 1e-5 for lang, p in ranked)


def test_detecting_a_batch_gives_each_texts_own_answer():
    texts = corpus_texts()
    assert language.detect_languages(texts) == [language.detect_language(t) for t in texts]
    assert language.text_languages(["", "  ", SPANISH]) == [None, None, "es"]


def test_the_model_is_read_back_from_the_cache_and_a_broken_cache_is_ignored(tmp_path, monkeypatch, reference):
    from matcher.nlp.langmodel import load_identifier

    monkeypatch.setenv("MATCHER_CACHE_DIR", str(tmp_path))
    written = load_identifier(language.CONSIDERED)
    (cache,) = tmp_path.glob("langid.*.npz")
    cached = load_identifier(language.CONSIDERED)
    assert isinstance(cached.tk_nextmove, memoryview)  # read from the cache, not from py3langid's file
    texts = corpus_texts()[:40]
    assert cached.probabilities(texts) == written.probabilities(texts)
    cache.write_bytes(b"not a zip file")
    assert load_identifier(language.CONSIDERED).probabilities(texts) == written.probabilities(texts)


def test_a_check_detects_each_texts_language_once(monkeypatch):
    from builders import job, profile

    from matcher.engine.categories import categorize_entries
    from matcher.nlp import lazy_categorizer

    seen: list[str] = []
    detect = language.detect_languages
    monkeypatch.setattr(language, "detect_languages", lambda texts: seen.extend(texts) or detect(texts))
    entries = profile(
        experience=[
            job("Latent print examiner", "2015-01", "2020-12"),
            job("Inspectora", "2015-01", "2022-12", description=SPANISH),
        ]
    ).experience
    found = categorize_entries(entries, lazy_categorizer())
    assert len(seen) == 2
    assert "fingerprints" in found[0].ids
    assert (found[1].determined, found[1].language) == (False, "es")


def test_screen_batches_report_an_unread_language_as_check_does(cat):
    from builders import job, profile, rules

    from matcher.engine.evaluate import evaluate
    from matcher.engine.results import Status
    from matcher.screen.batching import ChunkCategorizer

    spanish = profile(experience=[job("Inspectora", "2015-01", "2022-12", description=SPANISH)])
    chunk = ChunkCategorizer([], cat)
    assert chunk.read([f"Inspectora. {SPANISH}"]) == [("es", [])]
    for categorizer in (cat, ChunkCategorizer([], cat)):
        ev = evaluate(spanish, rules("0822"), categorizer=categorizer)
        thb = next(r for r in ev.results if r.id == "law_enforcement_thb_som")
        assert thb.status is Status.UNKNOWN
        assert "written in Spanish, which matcher cannot read" in thb.explanation


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@given(spans, st.integers(0, 45), st.integers(1, 8))
def test_the_span_index_answers_as_a_scan_does(listed, start, length):
    end = start + length
    index = SpanIndex(listed)
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in listed)
    assert index.covers(start, end) == any(s <= start and end <= e for s, e in listed)


@pytest.mark.parametrize(
    "unit",
    ["crime scene cleaner, ", "no doubt, no DNA, ", "to the police, ", "brand DNA, ", "no DNA, no AFIS, "],
)
def test_a_repeated_exclusion_or_cue_costs_about_what_prose_costs(cat, unit):
    # a scan of every exclusion (or pseudo-cue) per match made these quadratic: 50 KB took 0.15-0.6 s
    prose = ("Reviewed case files on trafficking for the regional police in 2019. " * 800)[:50_000]
    hostile = (unit * 5000)[:50_000]
    cat.categorize([prose, hostile], lang="en")  # warm both

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            cat.categorize([text], lang="en")
            best = min(best, time.process_time() - start)
        return best

    assert cost(hostile) <= 5 * cost(prose) + 0.02


@given(st.text(alphabet="xy #-\n\t\u00a0", max_size=300))
def test_the_long_chunk_prefilter_never_misses_one(text):
    from matcher.nlp.textprep import MAX_CHUNK, _may_hold_long_chunk

    if max(map(len, text.split()), default=0) > MAX_CHUNK:
        assert _may_hold_long_chunk(text)


def test_the_confident_answers_are_those_the_probabilities_give():
    texts = corpus_texts()
    answers = language._identifier().confident(texts, language.CONFIDENT)
    for probs, answer in zip(language.probabilities(texts), answers, strict=True):
        top = max(probs, key=probs.__getitem__)
        assert answer == (top if probs[top] >= language.CONFIDENT else probs)


def test_every_copy_of_one_model_file_shares_one_cache_name(tmp_path):
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from matcher.nlp.langmodel import _model_key

    model = Path(MODEL_DIR) / MODEL_FILE
    copies = [tmp_path / "a" / MODEL_FILE, tmp_path / "b" / MODEL_FILE]
    for copy in copies:
        copy.parent.mkdir(parents=True)
        copy.write_bytes(model.read_bytes())
    keys = {_model_key(path, language.CONSIDERED) for path in [model, *copies]}
    assert len(keys) == 1
    copies[1].write_bytes(model.read_bytes()[:-1] + b"x")
    assert _model_key(copies[1], language.CONSIDERED) not in keys
    assert _model_key(model, ["en", "fr"]) not in keys


def test_spacy_is_imported_without_its_command_line_package_which_still_imports_later():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from matcher.nlp.pipeline import import_spacy\n"
        "import_spacy()\n"
        "import spacy\n"
        "assert 'spacy.cli' not in sys.modules and 'weasel' not in sys.modules, sorted(sys.modules)\n"
        "assert [t.text for t in spacy.blank('en')('It works.')] == ['It', 'works', '.']\n"
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "assert callable(spacy.cli.download) and callable(info)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_repeated_text_is_detected_and_matched_once_and_each_entry_gets_its_own_list(cat, monkeypatch):
    seen: list[str] = []
    detect = language.detect_languages
    monkeypatch.setattr(language, "detect_languages", lambda texts: seen.extend(texts) or detect(texts))
    text = "Latent print examiner at the regional police, 2015-2020."
    texts = [text, SPANISH, text, "", text]
    assert language.text_languages(texts) == ["en", "es", "en", None, "en"]
    assert sorted(seen) == sorted([text, SPANISH])  # each distinct text once
    found = cat.categorize_in(texts, ["en", "es", "en", None, "en"])
    assert found[0] == found[2] == found[4] == cat.categorize([text], lang="en")[0] != []
    assert found[0] is not found[2] and found[1] == found[3] == []
