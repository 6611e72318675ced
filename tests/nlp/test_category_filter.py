"""The learned category filter (matcher/nlp/category_filter.py, filter_training.py): its features,
its decisions and their explanation, deterministic training, and a leave-one-writer-out that never
trains on the writer it tests. Not shipped (README, "The learned category filter")."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from matcher.nlp import filter_training as ft
from matcher.nlp.categorizer import SpacyCategorizer
from matcher.nlp.category_filter import CategoryFilter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sets():
    return ft.label_all(ft.pooled_files())


@pytest.fixture(scope="module")
def model(sets):
    # the settings the training script picks on the pooled data (l2 1.0, threshold 0.7)
    return CategoryFilter(ft.train(ft.samples_without(sets, set()), 1.0), 0.7)


def candidates(text: str, lang: str = "en"):
    return SpacyCategorizer().model(lang).candidates([text])[0]


def test_features_name_the_evidence_its_clause_title_cues_and_employer():
    found, feats = candidates("Detective Sergeant — Metropolitan Police Service\nLed investigations; no DNA work.")
    assert {m.category for m in found} == set(feats) == {"investigations", "law_enforcement"}
    inv = feats["investigations"]
    assert {"bias", "investigations|cat", "investigations|employer=1", "investigations|in_title=1"} <= set(inv)
    assert "investigations|ev=detective_sergeant" in inv
    assert "investigations|cue=negation" in inv  # "no DNA" holds a cue that did not cancel it
    assert "investigations|t=metropolitan" in inv and "investigations|with=law_enforcement" in inv
    assert "law_enforcement|employer=self" in feats["law_enforcement"]


def test_clause_words_stop_at_the_clause_end():
    _, feats = candidates("Fingerprint examiner at the Police nationale; teacher of chemistry")
    words = {f for f in feats["fingerprints"] if f.startswith("fingerprints|w=")}
    assert "fingerprints|w=police" in words and "fingerprints|w=chemistry" not in words


def test_decisions_on_hand_picked_entries(model):
    found, feats = candidates("Latent print examiner at the Police nationale; no experience in DNA")
    decided = {m.category: model.decide(m.category, feats[m.category]) for m in found}
    assert set(decided) == {"fingerprints", "law_enforcement"}  # DNA is negated by the rules
    assert all(d.kept and d.p_keep > 0.9 for d in decided.values())
    text = "Instructeur — École nationale supérieure de police (2014–2019)\nEnseignement de la déontologie aux élèves."
    found, feats = candidates(text, "fr")
    decision = model.decide("internal_affairs", feats["internal_affairs"])
    assert not decision.kept and decision.p_keep < 0.5
    assert decision.reasons and all(weight < 0 for _, weight in decision.reasons)
    assert decision.reasons == tuple(sorted(decision.reasons, key=lambda r: r[1]))  # strongest first


def test_explanation_of_a_dropped_category(model):
    found, feats = candidates("Instructeur, école de police\nEnseignement de la déontologie aux élèves.", "fr")
    decision = model.decide("internal_affairs", feats["internal_affairs"])
    assert not decision.kept
    name, weight = decision.reasons[0]
    assert decision.explain().startswith(f"kept out by the learned filter (p(keep) {decision.p_keep:.2f}): ")
    assert f"strongest features {name} ({weight:+.2f})" in decision.explain()


def test_training_is_deterministic_and_names_its_files(sets, monkeypatch):
    monkeypatch.setattr(ft, "select", lambda s, writers: ft.Choice(1.0, 0.7, 0.0, 0.0))
    files = ft.pooled_files()
    first, second = ft.trained_file(files, sets), ft.trained_file(files, sets)
    assert first == second
    data = json.loads(first)
    assert set(data["training_files"]) == set(ft.WRITERS) | {
        p.stem for p in (ROOT / "tests/data").glob("categories_*.jsonl")
    }
    assert data["training_files"]["round7"]["path"] == ft.WRITERS["round7"]
    assert data["seed"] is None and data["threshold"] == 0.7 and data["weights"]
    assert CategoryFilter.load_text(first).weights == data["weights"]


def test_script_writes_the_file(sets, monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("train_category_filter", ROOT / "scripts/train_category_filter.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(ft, "select", lambda s, writers: ft.Choice(1.0, 0.7, 0.0, 0.0))
    monkeypatch.setattr(script, "label_all", lambda files: sets)
    out = tmp_path / "filter.json"
    assert script.main(["-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == ft.trained_file(ft.pooled_files(), sets)


def test_leave_one_writer_out_never_trains_on_the_held_out_writer(sets, monkeypatch):
    seen: list[set[int]] = []

    def recording(samples, l2):
        seen.append({id(feats) for feats, _ in samples})
        return {"bias": 10.0}  # keeps everything

    monkeypatch.setattr(ft, "train", recording)
    folds = ft.leave_one_writer_out(sets)
    assert [f.writer for f in folds] == list(ft.WRITERS)
    per_fold = len(seen) // len(folds)  # select's trainings (4 other writers x the L2 grid) and the fold's own
    for k, fold in enumerate(folds):
        held = {id(feats) for feats, _ in sets[fold.writer].samples()}
        assert all(held.isdisjoint(ids) for ids in seen[k * per_fold : (k + 1) * per_fold])
        assert fold.rules.micro.f1 == fold.filtered.micro.f1
