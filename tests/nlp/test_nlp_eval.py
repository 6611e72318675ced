"""The labelled corpus meets its brief, and the categorizer meets its targets on the held-out split.

Targets (issue 4): micro-F1 >= 0.92 and precision >= 0.95 on the test split, which
nothing was tuned on. The figures are computed here, never hard-coded.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from matcher.engine.categories import CategoryMatch
from matcher.nlp import shared_categorizer
from matcher.nlp.evaluation import NaiveMatcher, evaluate, extensions_unused, format_report, load_corpus
from matcher.reference.taxonomy import taxonomy

HARD_NEGATIVE_NOTES = {"negation", "hypothetical", "unrelated-sense", "non-police"}


@pytest.fixture(scope="module")
def rows():
    return load_corpus(Path(__file__).resolve().parents[1] / "data" / "categories_corpus.jsonl")


def test_corpus_shape(rows):
    tax = taxonomy()
    assert len(rows) >= 300
    assert sum(r["lang"] == "fr" for r in rows) >= 90
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "test"}
    assert abs(sum(r["split"] == "test" for r in rows) / len(rows) - 1 / 3) < 0.02
    assert sum(r["note"] in HARD_NEGATIVE_NOTES for r in rows) >= 60
    for row in rows:
        assert set(row) == {"id", "text", "lang", "gold", "split", "note"}
        assert row["lang"] in {"en", "fr"} and row["text"].strip()
        assert set(row["gold"]) <= set(tax.ids), row["id"]


def test_every_category_is_a_direct_gold_label_at_least_ten_times(rows):
    counts = Counter(cid for r in rows for cid in r["gold"])
    assert {cid: counts[cid] for cid in taxonomy().ids if counts[cid] < 10} == {}


def test_evaluation_expands_ancestors_on_both_sides():
    class Fixed:
        def categorize(self, texts, lang=None):
            return [[CategoryMatch("fingerprints", 0, 1, "x", "exact", 1.0)] for _ in texts]

    rows = [
        {"id": "a", "text": "x", "lang": "en", "gold": ["biometrics"], "split": "dev", "note": ""},
        {"id": "b", "text": "x", "lang": "en", "gold": ["dna"], "split": "dev", "note": ""},
    ]
    report = evaluate(rows, Fixed())
    assert (report.per_category["biometrics"].tp, report.per_category["fingerprints"].fp) == (2, 2)
    assert (report.per_category["dna"].fn, report.micro.tp, report.micro.fp, report.micro.fn) == (1, 2, 2, 1)


def test_held_out_split_meets_the_targets(rows):
    report = evaluate([r for r in rows if r["split"] == "test"], shared_categorizer())
    summary = format_report(report, "test split")
    assert report.micro.f1 >= 0.92, summary
    assert report.micro.precision >= 0.95, summary


def test_dev_split_is_at_least_as_good(rows):
    report = evaluate([r for r in rows if r["split"] == "dev"], shared_categorizer())
    assert report.micro.f1 >= 0.92 and report.micro.precision >= 0.95, format_report(report, "dev")


def test_given_language_gives_the_same_quality(rows):
    report = evaluate([r for r in rows if r["split"] == "test"], shared_categorizer(), use_lang=True)
    assert report.micro.f1 >= 0.92 and report.micro.precision >= 0.95


def test_the_resolver_beats_the_naive_substring_matcher(rows):
    test = [r for r in rows if r["split"] == "test"]
    naive = evaluate(test, NaiveMatcher()).micro
    assert evaluate(test, shared_categorizer()).micro.f1 > naive.f1 + 0.05


def test_extension_ids_score_as_their_parent_on_a_set_that_does_not_use_them():
    class Fixed:
        def categorize(self, texts, lang=None):
            return [[CategoryMatch("biometric_matching", 0, 1, "x", "exact", 1.0)] for _ in texts]

    rows = [{"id": "a", "text": "x", "lang": "en", "gold": ["biometrics"], "split": "dev", "note": ""}]
    extensions = {cid for cid, entry in taxonomy().entries.items() if entry.get("extension")}
    assert "biometric_matching" in extensions and "cybercrime" in extensions
    assert extensions_unused(rows, taxonomy()) == extensions
    report = evaluate(rows, Fixed())
    assert (report.micro.tp, report.micro.fp) == (1, 0)
    used = rows + [{"id": "b", "text": "x", "lang": "en", "gold": ["biometric_matching"], "split": "dev", "note": ""}]
    assert extensions_unused(used, taxonomy()) == extensions - {"biometric_matching"}


def test_the_frames_dev_corpus_meets_the_targets():
    frames = load_corpus(Path(__file__).resolve().parents[1] / "data" / "categories_frames_dev.jsonl")
    assert len(frames) >= 50
    report = evaluate(frames, shared_categorizer())
    assert report.micro.f1 >= 0.92 and report.micro.precision >= 0.95, format_report(report, "frames dev")


def test_the_cv_dev_sets_keep_their_shape_and_the_tuned_quality():
    """The issue-13 second-round dev sets (tuning material, see tests/data/categories_cv_dev.md):
    a regression guard, not a generalisation claim (the held-out set is the claim)."""
    tax = taxonomy()
    data = Path(__file__).resolve().parents[1] / "data"
    rows = [r for name in ("", "2", "3", "4", "5") for r in load_corpus(data / f"categories_cv_dev{name}.jsonl")]
    assert len(rows) >= 600 and len({r["id"] for r in rows}) == len(rows) == len({r["text"] for r in rows})
    assert sum(r["lang"] == "fr" for r in rows) >= 150 and sum(not r["gold"] for r in rows) >= 150
    for row in rows:
        assert set(row) == {"id", "text", "lang", "gold", "split", "note"} and set(row["gold"]) <= set(tax.ids)
    report = evaluate(rows, shared_categorizer())
    assert report.micro.f1 >= 0.92 and report.micro.precision >= 0.95, format_report(report, "cv dev sets")


def test_the_sixth_cv_dev_set_keeps_its_tuned_quality():
    """categories_cv_dev6.jsonl (cats2 helper) is scored on its own: it labels extension ids
    (counter_terrorism, management, ...) that the first five batches leave unlabelled, and the
    scorer keeps extension ids only for a set that uses them (extensions_unused)."""
    tax = taxonomy()
    rows = load_corpus(Path(__file__).resolve().parents[1] / "data" / "categories_cv_dev6.jsonl")
    assert len(rows) >= 60 and len({r["id"] for r in rows}) == len(rows)
    assert sum(r["lang"] == "fr" for r in rows) >= 15 and sum(not r["gold"] for r in rows) >= len(rows) // 4
    assert all(set(r["gold"]) <= set(tax.ids) for r in rows)
    report = evaluate(rows, shared_categorizer())
    assert report.micro.f1 >= 0.93 and report.micro.precision >= 0.95, format_report(report, "cv dev6")


def test_the_seventh_cv_dev_set_keeps_its_tuned_quality():
    """categories_cv_dev7.jsonl (cats4 helper; first figure F1 0.931 before any change, see
    tests/data/categories_cv_dev.md): a regression guard for the other-people and frame rules."""
    tax = taxonomy()
    rows = load_corpus(Path(__file__).resolve().parents[1] / "data" / "categories_cv_dev7.jsonl")
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows) == len({r["text"] for r in rows})
    assert sum(r["lang"] == "fr" for r in rows) >= 40 and sum(not r["gold"] for r in rows) >= len(rows) // 4
    assert all(set(r["gold"]) <= set(tax.ids) for r in rows)
    report = evaluate(rows, shared_categorizer())
    assert report.micro.f1 >= 0.95 and report.micro.precision >= 0.97, format_report(report, "cv dev7")


def test_the_ninth_cv_dev_set_keeps_its_tuned_quality():
    """categories_cv_dev9.jsonl (cats-recall helper; labelled before the first run, first figure
    F1 0.944, see tests/data/categories_cv_dev.md): a regression guard for the recall families."""
    tax = taxonomy()
    rows = load_corpus(Path(__file__).resolve().parents[1] / "data" / "categories_cv_dev9.jsonl")
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows) == len({r["text"] for r in rows})
    assert sum(r["lang"] == "fr" for r in rows) >= 40 and sum(not r["gold"] for r in rows) >= len(rows) // 5
    assert all(set(r["gold"]) <= set(tax.ids) for r in rows)
    report = evaluate(rows, shared_categorizer())
    assert report.micro.f1 >= 0.95 and report.micro.precision >= 0.96, format_report(report, "cv dev9")
