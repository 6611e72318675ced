"""Leave-one-writer-out: the rules alone vs the rules + a learned text classifier as a second opinion.

    .venv/bin/python bench/eval_category_classifier.py [--writers round8,round7]

For each of the six sets written by people who did not write the rules (the blind set of
issue 13 and rounds 4-8), the classifier (matcher/nlp/text_classifier.py, trained on gold
labels only) is trained on every other pooled set (the other writers and
tests/data/categories_*.jsonl); the vetoes and additions it may make
(matcher/nlp/second_opinion.py) are chosen by leave-one-writer-out on the other writers
only (classifier_training.select); then the held-out writer is scored, micro P/R/F1 with
ancestors expanded (as bench/eval_categories.py). Round 8 was the fold that told: the
rules had not been tuned on it before session 9 (README, "The learned text classifier").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp.classifier_training import ALL_WRITERS, label_all, leave_one_writer_out, pooled_files  # noqa: E402


def _figures(m) -> str:
    return f"P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} (tp {m.tp} fp {m.fp} fn {m.fn})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", default=",".join(ALL_WRITERS), help="the folds to run (comma-separated)")
    args = parser.parse_args()
    sets = label_all(pooled_files())
    folds = leave_one_writer_out(sets, args.writers.split(","))
    print(f"{'held out':12s} {'rules only':46s} {'rules + classifier':46s} dP      dF1     moves")
    dp = df = 0.0
    for fold in folds:
        a, b = fold.rules.micro, fold.combined.micro
        dp += b.precision - a.precision
        df += b.f1 - a.f1
        moves = f"veto {fold.settings.veto} add {fold.settings.add}"
        print(
            f"{fold.writer:12s} {_figures(a):46s} {_figures(b):46s} {b.precision - a.precision:+.4f}"
            f" {b.f1 - a.f1:+.4f} {moves}",
            flush=True,
        )
    print(f"{'mean':12s} {'':46s} {'':46s} {dp / len(folds):+.4f} {df / len(folds):+.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
