"""The learned text classifier (matcher/nlp/text_classifier.py), its combination with the rules
(second_opinion.py) and its training (classifier_training.py): features and offsets, evidence
spans, vetoes and additions, deterministic training, a leave-one-writer-out that never trains on
the writer it tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from matcher.engine.categories import CategoryMatch
from matcher.nlp import classifier_training as ct
from matcher.nlp.second_opinion import METHOD, Settings, combine
from matcher.nlp.text_classifier import TextClassifier, features, fold, tokens
from matcher.reference.taxonomy import taxonomy

ROOT = Path(__file__).resolve().parents[2]
TAX = taxonomy()


def hit(cid: str, text: str, word: str) -> CategoryMatch:
    start = text.index(word)
    return CategoryMatch(cid, start, start + len(word), word, "exact", 1.0)


def test_folding_keeps_offsets_and_features_are_named():
    text = "Enquêteur à la Gendarmerie — Œuvre"
    assert len(fold(text)) == len(text) and fold(text).startswith("enqueteur a la gendarmerie")
    start, end, word = tokens(text)[0]
    assert text[start:end] == "Enquêteur" and word == "enqueteur"
    feats = features("Latent prints")
    assert {"bias", "w:latent", "w:prints", "b:latent_prints", "c:<lat", "c:nts>"} <= feats


CLF = TextClassifier(
    {
        "fingerprints": {"bias": -2.0, "w:latent": 1.5, "w:prints": 1.0, "b:latent_prints": 0.5, "w:course": -6.0},
        "dna": {"bias": -3.0, "w:dna": 1.0, "w:profiling": 5.0},
        "biometrics": {"bias": 4.0, "w:course": -9.0},
    }
)


def test_evidence_is_the_span_with_the_largest_weights():
    text = "Examined latent prints for the court"
    ev = CLF.evidence(text, "fingerprints")
    assert ev and ev.text == "latent prints" and ev.weight == pytest.approx(3.0)
    assert (text[ev.start : ev.end]) == ev.text
    assert CLF.evidence("Examined latent marks", "fingerprints").text == "latent"
    assert CLF.evidence("Took a course", "fingerprints") is None  # nothing adds to the score


def test_a_confident_category_is_added_with_its_evidence_span():
    text = "Led DNA profiling of samples"
    out = combine(text, [], CLF, Settings(add={"dna": 0.9}), TAX)
    assert [(m.category, m.text, m.method) for m in out] == [("dna", "DNA profiling", METHOD)]
    assert out[0].confidence == pytest.approx(CLF.probabilities(text)["dna"])
    # Not confident enough, or a category not allowed to be added: nothing.
    assert combine("Led DNA work", [], CLF, Settings(add={"dna": 0.9}), TAX) == []
    assert combine(text, [], CLF, Settings(add={"fingerprints": 0.9}), TAX) == []


def test_an_addition_needs_an_evidence_span():
    # biometrics is confident from its bias alone: no word of the text carries it.
    assert CLF.probabilities("Managed a team")["biometrics"] > 0.95
    assert combine("Managed a team", [], CLF, Settings(add={"biometrics": 0.9}), TAX) == []


def test_an_addition_already_implied_is_not_repeated():
    text = "Led DNA profiling of samples"
    rules = [hit("dna", text, "DNA")]
    assert combine(text, rules, CLF, Settings(add={"dna": 0.9, "biometrics": 0.5}), TAX) == rules


def test_a_rule_hit_the_classifier_finds_very_unlikely_is_vetoed():
    text = "Attended a course on latent prints"
    rules = [hit("fingerprints", text, "latent prints")]
    assert CLF.probabilities(text)["fingerprints"] < 0.01
    assert combine(text, rules, CLF, Settings(veto={"fingerprints": 0.01}), TAX) == []
    assert combine(text, rules, CLF, Settings(veto={"dna": 0.01}), TAX) == rules  # not allowed for it
    assert combine(text, rules, CLF, Settings(), TAX) == rules
    unknown = [hit("crime_scene", text, "course")]  # a category the classifier has no model of
    assert combine(text, unknown, CLF, Settings(veto={"crime_scene": 0.5}), TAX) == unknown


def labelled(texts_gold: list[tuple[str, list[str]]]) -> ct.Labelled:
    rows = [{"id": str(i), "text": t, "gold": g, "lang": "en", "split": "test"} for i, (t, g) in enumerate(texts_gold)]
    return ct.Labelled(
        rows, [[] for _ in rows], [features(t) for t, _ in texts_gold], [TAX.expand(g) for _, g in texts_gold], set()
    )


TOY = [
    ("latent prints examiner", ["fingerprints"]),
    ("examined latent prints", ["fingerprints"]),
    ("fingerprint bureau officer", ["fingerprints"]),
    ("office manager", []),
    ("office clerk", []),
    ("sales manager", []),
] * 4


def test_training_is_deterministic_and_learns(monkeypatch):
    monkeypatch.setattr(ct, "MIN_POSITIVES", 5)
    first, second = ct.train([labelled(TOY)]), ct.train([labelled(TOY)])
    assert first.weights == second.weights and set(first.weights) == {"fingerprints", "biometrics"}
    probs = first.probabilities("latent prints")
    assert probs["fingerprints"] > 0.7 and first.probabilities("office clerk")["fingerprints"] < 0.3


def test_an_unlabelled_extension_is_unknown_not_negative(monkeypatch):
    monkeypatch.setattr(ct, "MIN_POSITIVES", 5)
    data = labelled([(t, g + ["cybercrime"] if g else g) for t, g in TOY])
    data.unknown = {"cybercrime"}
    assert "cybercrime" not in ct.train([data]).weights
    data.unknown = set()
    assert "cybercrime" in ct.train([data]).weights


def test_trained_file_is_deterministic_and_names_its_files(monkeypatch, tmp_path):
    monkeypatch.setattr(ct, "MIN_POSITIVES", 5)
    monkeypatch.setattr(ct, "select", lambda sets, writers: Settings(veto={"fingerprints": 0.01}))
    files = ct.pooled_files()
    sets = {name: labelled(TOY) for name in files}
    first, second = ct.trained_file(files, sets), ct.trained_file(files, sets)
    assert first == second
    data = json.loads(first)
    assert data["training_files"]["round8"]["path"] == ct.ALL_WRITERS["round8"]
    assert set(data["training_files"]) == set(ct.ALL_WRITERS) | {
        p.stem for p in (ROOT / "tests/data").glob("categories_*.jsonl")
    }
    assert data["seed"] is None and data["veto"] == {"fingerprints": 0.01} and data["add"] == {}
    path = tmp_path / "clf.json"
    path.write_text(first, encoding="utf-8")
    assert TextClassifier.load(path).weights == data["weights"]
    spec = importlib.util.spec_from_file_location("train_cc", ROOT / "scripts/train_category_classifier.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "label_all", lambda files: sets)
    out = tmp_path / "out.json"
    assert script.main(["-o", str(out)]) == 0 and out.read_text(encoding="utf-8") == first


def test_leave_one_writer_out_never_trains_on_the_held_out_writer(monkeypatch):
    sets = {name: labelled(TOY) for name in ct.ALL_WRITERS}
    seen: list[set[int]] = []

    def recording(parts):
        seen.append({id(p) for p in parts})
        return TextClassifier({})

    monkeypatch.setattr(ct, "train", recording)
    folds = ct.leave_one_writer_out(sets, ["round8", "round7"])
    assert [f.writer for f in folds] == ["round8", "round7"]
    per_fold = len(seen) // 2  # select's trainings (one per other writer) and the fold's own
    assert per_fold == len(ct.ALL_WRITERS)
    for k, fold_ in enumerate(folds):
        assert all(id(sets[fold_.writer]) not in ids for ids in seen[k * per_fold : (k + 1) * per_fold])
        assert fold_.settings == Settings()
