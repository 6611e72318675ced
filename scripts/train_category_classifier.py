"""Train the learned category classifier (matcher/nlp/text_classifier.py) on the pooled labelled sets.

    .venv/bin/python scripts/train_category_classifier.py [-o out/category_classifier.json]

Training files (gold labels only): the six sets written by people who did not write the
rules (bench/data/heldout/categories/independent.jsonl, round4-8) and the project's corpora
(tests/data/categories_*.jsonl); the output names each with its SHA-256, and holds the
vetoes and additions leave-one-writer-out over the six writers allows
(classifier_training.select). Deterministic: no random state (full-batch AdaGrad from zero
weights), weights rounded to 3 decimals, keys sorted; the same data and code give the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp.classifier_training import label_all, pooled_files, trained_file  # noqa: E402
from matcher.nlp.filter_training import ROOT, write_trained  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    files = pooled_files()
    default = ROOT / "out" / "category_classifier.json"
    return write_trained(argv, __doc__.splitlines()[0], default, lambda: trained_file(files, label_all(files)))


if __name__ == "__main__":
    raise SystemExit(main())
