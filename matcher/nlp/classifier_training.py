"""Training and measuring the learned text classifier (text_classifier.py, second_opinion.py).

Used by scripts/train_category_classifier.py and bench/eval_category_classifier.py; never
imported by matcher at runtime. Labels are the gold categories of the pooled labelled sets
(ancestors expanded); an extension id a set never labels (evaluation.extensions_unused) is
left unknown there, not negative. One L2-regularised logistic regression per category with
at least MIN_POSITIVES positives, full-batch AdaGrad from zero weights over binary features
seen in at least MIN_COUNT training entries: nothing random, the same data give the same
weights (rounded to 3 decimals, zeros dropped).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine.categories import CategoryMatch
from ..reference.taxonomy import taxonomy as shipped_taxonomy
from . import filter_training
from .evaluation import Report, evaluate, extensions_unused, load_corpus
from .filter_training import ROOT, WRITERS, _Fixed
from .second_opinion import EVIDENCE_MIN, Settings, combine
from .text_classifier import TextClassifier, features

# Every set written by someone who did not write the rules (round 8: not tuned on before session 9).
ALL_WRITERS = {**WRITERS, "round8": "bench/data/heldout/round8/categories/independent_r8.jsonl"}
ITERATIONS, RATE, L2, MIN_COUNT, MIN_POSITIVES = 100, 0.5, 1.0, 2, 20
VETO_GRID = (0.01, 0.03, 0.1)
ADD_GRID = (0.9, 0.97)
MIN_NET = 2  # a move is allowed for a category when it fixes at least this many more than it breaks


def pooled_files() -> dict[str, str]:
    """Every training file by name: the six writers, then the project's corpora (sorted)."""
    return filter_training.pooled_files(ALL_WRITERS)


@dataclass
class Labelled:
    """One set's rows, the rules' matches of each, and each row's features, labels and mask."""

    rows: list[dict[str, Any]]
    matches: list[list[CategoryMatch]]
    feats: list[set[str]]
    gold: list[set[str]]
    unknown: set[str]  # categories this set never labels


def label_all(files: dict[str, str]) -> dict[str, Labelled]:
    from . import shared_categorizer

    tax = shipped_taxonomy()
    rules = shared_categorizer()
    out = {}
    for name, path in files.items():
        rows = load_corpus(ROOT / path)
        matches = rules.categorize([r["text"] for r in rows])
        gold = [tax.expand(r["gold"]) for r in rows]
        out[name] = Labelled(rows, matches, [features(r["text"]) for r in rows], gold, extensions_unused(rows, tax))
    return out


def train(sets: Sequence[Labelled]) -> TextClassifier:
    """One logistic regression per category on `sets`' gold labels."""
    feats = [f for s in sets for f in s.feats]
    counts = Counter(f for fs in feats for f in fs)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for c in sorted(index[f] for f in fs if f in index):
            rows.append(r)
            cols.append(c)
    row_ix, col_ix = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    n, width = len(feats), len(names)
    penalised = np.array([f != "bias" for f in names], dtype=np.float64)
    weights: dict[str, dict[str, float]] = {}
    for cid in shipped_taxonomy().ids:
        y = np.array([cid in g for s in sets for g in s.gold], dtype=np.float64)
        known = np.array([cid not in s.unknown for s in sets for _ in s.rows], dtype=np.float64)
        if (y * known).sum() < MIN_POSITIVES:
            continue
        w, history, seen = np.zeros(width), np.zeros(width), known.sum()
        for _ in range(ITERATIONS):
            z = np.bincount(row_ix, weights=w[col_ix], minlength=n)
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            grad = np.bincount(col_ix, weights=((p - y) * known)[row_ix], minlength=width) / seen
            grad += L2 * penalised * w / seen
            history += grad * grad
            w -= RATE * grad / (np.sqrt(history) + 1e-8)
        weights[cid] = {f: round(float(v), 3) for f, v in zip(names, w, strict=True) if round(float(v), 3) != 0.0}
    return TextClassifier(weights)


def combined(data: Labelled, clf: TextClassifier | None, settings: Settings) -> list[list[CategoryMatch]]:
    if clf is None:
        return data.matches
    tax = shipped_taxonomy()
    return [combine(r["text"], m, clf, settings, tax) for r, m in zip(data.rows, data.matches, strict=True)]


def score(data: Labelled, clf: TextClassifier | None, settings: Settings) -> Report:
    return evaluate(data.rows, _Fixed(combined(data, clf, settings)))


def _moves(data: Labelled, clf: TextClassifier) -> tuple[Counter, Counter]:
    """Net gain (fixed minus broken) of each veto (category, threshold) and add (category, threshold)."""
    tax = shipped_taxonomy()
    veto: Counter = Counter()
    add: Counter = Counter()
    for row, found, gold in zip(data.rows, data.matches, data.gold, strict=True):
        probs = clf.probabilities(row["text"])
        have = tax.expand({m.category for m in found})
        for cid in {m.category for m in found} - data.unknown:
            for t in VETO_GRID:
                if probs.get(cid, 1.0) < t:
                    veto[(cid, t)] += -1 if cid in gold else 1
        for cid, p in probs.items():
            if cid in have or cid in data.unknown or p < min(ADD_GRID):
                continue
            ev = clf.evidence(row["text"], cid)
            if ev is None or ev.weight < EVIDENCE_MIN:
                continue
            for t in ADD_GRID:
                if p >= t:
                    add[(cid, t)] += 1 if cid in gold else -1
    return veto, add


def _best(net: Counter) -> dict[str, float]:
    """Per category, the threshold with the largest net gain when it reaches MIN_NET."""
    out: dict[str, tuple[int, float]] = {}
    for (cid, t), gain in sorted(net.items()):
        if gain >= MIN_NET and (cid not in out or gain > out[cid][0]):
            out[cid] = (gain, t)
    return {cid: t for cid, (_, t) in sorted(out.items())}


def select(sets: dict[str, Labelled], writers: Sequence[str]) -> Settings:
    """The moves allowed: each of `writers` held out in turn, the classifier trained on every
    other set of `sets`, and the gains summed over the held-out writers."""
    veto: Counter = Counter()
    add: Counter = Counter()
    for held in writers:
        clf = train([data for name, data in sets.items() if name != held])
        v, a = _moves(sets[held], clf)
        veto.update(v)
        add.update(a)
    return Settings(_best(veto), _best(add))


@dataclass(frozen=True)
class Fold:
    writer: str
    rules: Report
    combined: Report
    settings: Settings


def leave_one_writer_out(sets: dict[str, Labelled], writers: Sequence[str] = tuple(ALL_WRITERS)) -> list[Fold]:
    """For each writer: moves selected without it (select over the other writers, each trained
    without the fold's writer too), the classifier trained on every other set, and the rules
    alone and rules + classifier scored on that writer."""
    folds = []
    for held in writers:
        rest = {name: data for name, data in sets.items() if name != held}
        settings = select(rest, [w for w in ALL_WRITERS if w != held])
        clf = train(list(rest.values()))
        none = Settings()
        folds.append(Fold(held, score(sets[held], None, none), score(sets[held], clf, settings), settings))
    return folds


def trained_file(files: dict[str, str], sets: dict[str, Labelled]) -> str:
    """The JSON text of a classifier trained on all of `sets`, with the moves `select` allows
    over the six writers; it names its training files (with their SHA-256)."""
    settings = select(sets, list(ALL_WRITERS))
    clf = train(list(sets.values()))
    payload = {
        "generated_by": "scripts/train_category_classifier.py",
        "training_files": {
            name: {"path": path, "sha256": hashlib.sha256((ROOT / path).read_bytes()).hexdigest()}
            for name, path in files.items()
        },
        "seed": None,  # full-batch AdaGrad from zero weights: nothing random
        "settings": {"l2": L2, "iterations": ITERATIONS, "rate": RATE, "min_count": MIN_COUNT},
        "veto": settings.veto,
        "add": settings.add,
        "weights": clf.weights,
    }
    return json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
