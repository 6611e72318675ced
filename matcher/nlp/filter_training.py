"""Training and measuring the learned category filter (category_filter.py).

Used by scripts/train_category_filter.py (which writes the shipped weights) and
bench/eval_category_filter.py (leave-one-writer-out). Never imported by matcher itself.

Samples: every category the rules find in a labelled entry, its features, and whether the
entry's gold labels (with their ancestors) hold it. The model is an L2-regularised logistic
regression over binary features, fitted by full-batch AdaGrad from zero weights: no random
state, so the same samples give the same weights on every run (rounded to 4 decimals).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..engine.categories import CategoryMatch
from ..reference.taxonomy import taxonomy as shipped_taxonomy
from .categorizer import SpacyCategorizer
from .category_filter import CategoryFilter
from .evaluation import Report, evaluate, extensions_unused, load_corpus
from .language import text_languages

ROOT = Path(__file__).resolve().parents[2]
# The five sets written by people who did not write the rules (one writer each), and the project's own.
WRITERS = {
    "independent": "bench/data/heldout/categories/independent.jsonl",
    "round4": "bench/data/heldout/round4/categories/independent_r4.jsonl",
    "round5": "bench/data/heldout/round5/categories/independent_r5.jsonl",
    "round6": "bench/data/heldout/round6/categories/independent_r6.jsonl",
    "round7": "bench/data/heldout/round7/categories/independent_r7.jsonl",
}
PROJECT_GLOB = "tests/data/categories_*.jsonl"
ITERATIONS, RATE, MIN_COUNT = 400, 0.3, 2
# The settings tried; `select` picks one by leave-one-writer-out on the training sets only.
L2_GRID = (1.0, 10.0)
THRESHOLD_GRID = (0.5, 0.6, 0.7, 0.8)


def pooled_files(writers: dict[str, str] = WRITERS) -> dict[str, str]:
    """Every training file by name: the writers' sets, then the project's corpora (sorted)."""
    project = {Path(p).stem: p.relative_to(ROOT).as_posix() for p in sorted(ROOT.glob(PROJECT_GLOB))}
    return {**writers, **project}


def write_trained(argv: list[str] | None, description: str, default: Path, make: Callable[[], str]) -> int:
    """The main of a training script: write `make()`'s text to -o (default `default`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("-o", "--output", type=Path, default=default)
    args = parser.parse_args(argv)
    text = make()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text)} bytes)")
    return 0


@dataclass
class Labelled:
    """One set's rows, the rules' matches of each and the filter's features of each match."""

    rows: list[dict[str, Any]]
    matches: list[list[CategoryMatch]]
    feats: list[dict[str, list[str]]]

    def samples(self) -> list[tuple[list[str], int]]:
        """(features, 1 if gold holds the category) per match. A set labelled without an extension
        id (evaluation.extensions_unused) scores it as its nearest ancestor, or not at all."""
        tax = shipped_taxonomy()
        collapse = extensions_unused(self.rows, tax)
        out = []
        for row, found, feats in zip(self.rows, self.matches, self.feats, strict=True):
            gold = tax.expand(row["gold"])
            for m in found:
                scored: str | None = m.category
                while scored is not None and scored in collapse:
                    scored = tax.entries[scored].get("parent")
                if scored is not None:
                    out.append((feats[m.category], int(scored in gold)))
        return out


def label(categorizer: SpacyCategorizer, path: Path) -> Labelled:
    """The rules' candidates on one labelled file (languages detected, as in production)."""
    rows = load_corpus(path)
    texts = [r["text"] for r in rows]
    languages = text_languages(texts, categorizer.build_models)
    matches: list[list[CategoryMatch]] = [[] for _ in rows]
    feats: list[dict[str, list[str]]] = [{} for _ in rows]
    for lang in sorted({lg for lg in languages if lg in ("en", "fr")}):
        idx = [i for i, lg in enumerate(languages) if lg == lang]
        for i, (found, f) in zip(idx, categorizer.model(lang).candidates([texts[i] for i in idx]), strict=True):
            matches[i], feats[i] = found, f
    return Labelled(rows, matches, feats)


def label_all(files: dict[str, str]) -> dict[str, Labelled]:
    rules = SpacyCategorizer()
    return {name: label(rules, ROOT / path) for name, path in files.items()}


def train(samples: Sequence[tuple[list[str], int]], l2: float) -> dict[str, float]:
    """Logistic-regression weights by feature name (features seen in fewer than MIN_COUNT samples are left out)."""
    counts = Counter(f for feats, _ in samples for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    rows, cols = [], []
    for r, (feats, _) in enumerate(samples):
        for c in sorted({index[f] for f in feats if f in index}):
            rows.append(r)
            cols.append(c)
    row_ix, col_ix = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([lab for _, lab in samples], dtype=np.float64)
    n, width = len(samples), len(names)
    w = np.zeros(width)
    history = np.zeros(width)
    penalised = np.array([f != "bias" for f in names], dtype=np.float64)
    for _ in range(ITERATIONS):
        z = np.bincount(row_ix, weights=w[col_ix], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(col_ix, weights=(p - y)[row_ix], minlength=width) / n + l2 * penalised * w / n
        history += grad * grad
        w -= RATE * grad / (np.sqrt(history) + 1e-8)
    return {f: round(float(v), 4) for f, v in zip(names, w, strict=True) if round(float(v), 4) != 0.0}


def filtered(data: Labelled, model: CategoryFilter | None) -> list[list[CategoryMatch]]:
    """The matches of each row the model keeps (all of them without a model)."""
    if model is None:
        return data.matches
    return [
        [m for m in found if model.decide(m.category, feats[m.category]).kept]
        for found, feats in zip(data.matches, data.feats, strict=True)
    ]


class _Fixed:
    """A Categorizer answering with matches computed beforehand (evaluation.evaluate scores them)."""

    def __init__(self, answers: list[list[CategoryMatch]]) -> None:
        self.answers = answers

    def categorize(self, texts, lang=None) -> list[list[CategoryMatch]]:
        return self.answers


def score(data: Labelled, model: CategoryFilter | None) -> Report:
    return evaluate(data.rows, _Fixed(filtered(data, model)))


def samples_without(sets: dict[str, Labelled], without: set[str]) -> list[tuple[list[str], int]]:
    return [s for name, data in sets.items() if name not in without for s in data.samples()]


@dataclass(frozen=True)
class Choice:
    l2: float
    threshold: float
    f1: float  # mean F1 over the writers it was chosen on
    precision: float


def select(sets: dict[str, Labelled], writers: Sequence[str]) -> Choice:
    """The (l2, threshold) of the grids with the best mean F1 (then precision) when each of
    `writers` is held out in turn and the filter trained on every other set of `sets`."""
    best: Choice | None = None
    for l2 in L2_GRID:
        models = {held: train(samples_without(sets, {held}), l2) for held in writers}
        for threshold in THRESHOLD_GRID:
            micro = [score(sets[h], CategoryFilter(models[h], threshold)).micro for h in writers]
            choice = Choice(
                l2, threshold, sum(m.f1 for m in micro) / len(micro), sum(m.precision for m in micro) / len(micro)
            )
            if best is None or (round(choice.f1, 6), round(choice.precision, 6)) > (
                round(best.f1, 6),
                round(best.precision, 6),
            ):
                best = choice
    assert best is not None
    return best


@dataclass(frozen=True)
class Fold:
    writer: str
    rules: Report
    filtered: Report
    choice: Choice


def leave_one_writer_out(sets: dict[str, Labelled]) -> list[Fold]:
    """For each writer: the settings chosen without it (select on the four other writers, each
    trained without the fold's writer either), the filter trained on every other set with them,
    and the rules alone and rules + filter scored on that writer."""
    folds = []
    for held in WRITERS:
        rest = {name: data for name, data in sets.items() if name != held}
        choice = select(rest, [w for w in WRITERS if w != held])
        model = CategoryFilter(train(samples_without(sets, {held}), choice.l2), choice.threshold)
        folds.append(Fold(held, score(sets[held], None), score(sets[held], model), choice))
    return folds


def trained_file(files: dict[str, str], sets: dict[str, Labelled]) -> str:
    """The JSON text of a filter trained on all of `sets`, with the settings `select` picks by
    leave-one-writer-out over the five writers; it names its training files (with their SHA-256)."""
    choice = select(sets, list(WRITERS))
    samples = samples_without(sets, set())
    payload = {
        "generated_by": "scripts/train_category_filter.py",
        "training_files": {
            name: {"path": path, "sha256": hashlib.sha256((ROOT / path).read_bytes()).hexdigest()}
            for name, path in files.items()
        },
        "seed": None,  # full-batch AdaGrad from zero weights: nothing random
        "settings": {"l2": choice.l2, "iterations": ITERATIONS, "rate": RATE, "min_count": MIN_COUNT},
        "selected_by": {
            "leave_one_writer_out_mean_f1": round(choice.f1, 4),
            "mean_precision": round(choice.precision, 4),
        },
        "samples": len(samples),
        "negatives": sum(1 for _, lab in samples if not lab),
        "threshold": choice.threshold,
        "weights": train(samples, choice.l2),
    }
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
