"""Leave-one-writer-out: the rules alone vs the rules + a learned category filter.

    .venv/bin/python bench/eval_category_filter.py [--dropped]

For each of the five sets written by people who did not write the rules (the blind set of
issue 13 and rounds 4-7), the filter (matcher/nlp/category_filter.py) is trained on every
other pooled set (the four other writers and tests/data/categories_*.jsonl), with its L2
weight and threshold chosen by leave-one-writer-out on the four other writers only
(filter_training.select), then scored on the held-out writer, micro P/R/F1 with ancestors
expanded (as bench/eval_categories.py). Round 7 is the most telling fold: the rules were
never tuned on it. `--dropped` lists every category a fold's filter dropped, with the
features that pulled it down. The last line trains on everything and scores round 7 in
sample: how much the filter can memorise, not a measurement.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp.category_filter import CategoryFilter  # noqa: E402
from matcher.nlp.filter_training import (  # noqa: E402
    THRESHOLD_GRID,
    WRITERS,
    label_all,
    leave_one_writer_out,
    pooled_files,
    samples_without,
    score,
    select,
    train,
)
from matcher.reference.taxonomy import taxonomy  # noqa: E402


def _figures(m) -> str:
    return f"P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dropped", action="store_true", help="list the categories each fold's filter dropped")
    args = parser.parse_args()
    sets = label_all(pooled_files())
    folds = leave_one_writer_out(sets)
    head = f"{'held out':12s} {'rules only':26s} {'rules + filter':26s} dP      dF1     l2   threshold"
    print(f"{head} (of {THRESHOLD_GRID})")
    dp = df = 0.0
    for fold in folds:
        a, b = fold.rules.micro, fold.filtered.micro
        dp += b.precision - a.precision
        df += b.f1 - a.f1
        print(
            f"{fold.writer:12s} {_figures(a):26s} {_figures(b):26s} {b.precision - a.precision:+.4f} {b.f1 - a.f1:+.4f}"
            f" {fold.choice.l2:4.1f} {fold.choice.threshold:.1f}"
        )
    print(f"{'mean':12s} {'':26s} {'':26s} {dp / len(folds):+.4f} {df / len(folds):+.4f}")
    if args.dropped:
        tax = taxonomy()
        for fold in folds:
            model = CategoryFilter(train(samples_without(sets, {fold.writer}), fold.choice.l2), fold.choice.threshold)
            data = sets[fold.writer]
            for row, found, feats in zip(data.rows, data.matches, data.feats, strict=True):
                for m in found:
                    decision = model.decide(m.category, feats[m.category])
                    if not decision.kept:
                        right = "right" if m.category not in tax.expand(row["gold"]) else "WRONG"
                        print(f"\n{fold.writer} {row['id']} {m.category} {m.text!r} ({right}): {decision.explain()}")
    everything = select(sets, list(WRITERS))
    memorised = CategoryFilter(train(samples_without(sets, set()), everything.l2), everything.threshold)
    in_sample = _figures(score(sets["round7"], memorised).micro)
    print(f"\nin sample (trained on every set, round 7 included; not a measurement): round7 {in_sample}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
