"""Evaluate the free-text categorizer on the labelled corpus.

    .venv/bin/python bench/eval_categories.py --split dev     # tune on this one only
    .venv/bin/python bench/eval_categories.py --split test    # held out: report, never tune
    .venv/bin/python bench/eval_categories.py --split dev --errors
    .venv/bin/python bench/eval_categories.py --split all \
        --corpus bench/data/heldout/categories/independent.jsonl
        # written blind to the code: measure, never tune, read only the aggregate figures

Prints per-category and micro-averaged precision, recall and F1, with ancestors
expanded on both sides, then a summary line: P, R, F1, the same for a naive substring
matcher built from the phrase lists (evaluation.NaiveMatcher), and the F1 lift over it.
Language is detected per text, as in production
(`--given-lang` uses the corpus's language labels instead).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp import shared_categorizer  # noqa: E402
from matcher.nlp.evaluation import NaiveMatcher, evaluate, format_report, load_corpus  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "categories_corpus.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", action="store_true", help="list the texts with a wrong category")
    parser.add_argument("--given-lang", action="store_true", help="use the corpus's language labels")
    args = parser.parse_args()
    rows = load_corpus(args.corpus, args.split)
    report = evaluate(rows, shared_categorizer(), use_lang=args.given_lang)
    print(format_report(report, f"split={args.split}  texts={len(rows)}  corpus={args.corpus.name}"))
    naive = evaluate(rows, NaiveMatcher()).micro
    m = report.micro
    print(
        f"summary {args.corpus.name} split={args.split}: P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f}"
        f" | naive substring P {naive.precision:.3f} R {naive.recall:.3f} F1 {naive.f1:.3f}"
        f" | lift F1 {m.f1 - naive.f1:+.3f}"
    )
    if args.errors:
        for err in report.errors:
            print(f"\n{err['id']}  FP={err['fp']}  FN={err['fn']}\n  {err['text']}")
            for m in err["matches"]:
                print(f"    {m['id']:28s} {m['method']:6s} {m['match']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
