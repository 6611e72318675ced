"""Train the learned category filter (matcher/nlp/category_filter.py) on the pooled labelled sets.

    .venv/bin/python scripts/train_category_filter.py [-o out/category_filter.json]

Training files: the five sets written by people who did not write the rules
(bench/data/heldout/categories/independent.jsonl, round4-7) and the project's corpora
(tests/data/categories_*.jsonl); the output names each with its SHA-256. The L2 weight and
the threshold are picked by leave-one-writer-out over the five writers (filter_training.select).
Deterministic: no random state (full-batch AdaGrad from zero weights), weights rounded to 4
decimals, keys sorted; the same data and code give the same bytes.

The filter is not shipped: leave-one-writer-out it changed no category of round 7 and at most
six elsewhere (README, "The learned category filter"; bench/eval_category_filter.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp.filter_training import ROOT, label_all, pooled_files, trained_file, write_trained  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    files = pooled_files()
    default = ROOT / "out" / "category_filter.json"
    return write_trained(argv, __doc__.splitlines()[0], default, lambda: trained_file(files, label_all(files)))


if __name__ == "__main__":
    raise SystemExit(main())
