"""Evaluate `matcher rules draft`: draft every notice that a hand-written rules file quotes,
and compare the draft with that file field by field.

    .venv/bin/python bench/eval_drafts.py [--rules-dir rules] [--json] [--min 0.9] [--phrases]

Fields: the notice facts (number, title, organization, location, contract type, duration,
grade, deadline, security screening, secondment, proof of employment), and for every
requirement the fields `matcher rules diff` compares: kind, importance, substitution
structure (`within`: the combinator it sits in; `structure`: a combinator's child kinds)
and the parameters of every kind's `Params` (matcher/kinds/; a kind's `not_compared`
are left out), so a new kind is scored without a change here. Precision = agreeing fields / fields in the
draft; recall = agreeing fields / fields in the hand-written file. Requirements are paired
as `matcher rules diff` pairs them. `id` and `source_file` are left out: they follow from
where the draft is written, not from the notice. Each draft must also validate.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.authoring import draft_rules  # noqa: E402
from matcher.authoring.diff import Score, diff_rules, requirement_field_names, score  # noqa: E402
from matcher.errors import InputError  # noqa: E402
from matcher.models.load import load_rules  # noqa: E402
from matcher.reference import discover_rules  # noqa: E402

FACTS = (
    "number",
    "title",
    "organization",
    "location",
    "contract_type",
    "duration_months",
    "grade",
    "deadline",
    "security_screening",
    "secondment",
    "proof_of_employment_required",
)
FIELDS = requirement_field_names()


def evaluate(rules_dir: Path) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in discover_rules(rules_dir):
            gold = load_rules(path)
            notice = path.parent / gold.notice.source_file
            if not notice.exists():
                continue
            start = time.perf_counter()
            drafted = draft_rules(notice, Path(tmp) / path.name)
            seconds = time.perf_counter() - start
            diff = diff_rules(gold, drafted.rules)
            rows.append(
                {
                    "rules": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
                    "notice": notice.name,
                    "seconds": round(seconds, 2),
                    "categorizer": drafted.categorizer,
                    "reviews": drafted.reviews,
                    "all": score(diff, FACTS, FIELDS),
                    "facts": score(diff, FACTS, ()),
                    "requirements": score(diff, (), FIELDS),
                    "without_assessed": score(diff, FACTS, FIELDS, skip_kinds=("assessed",)),
                }
            )
    return rows


def _pct(s: Score) -> str:
    return f"P {s.precision:6.1%}  R {s.recall:6.1%}  ({s.agree}/{s.in_b} draft, {s.agree}/{s.in_a} hand)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-dir", type=Path, default=ROOT / "rules")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--min", type=float, default=None, help="exit 1 if overall precision or recall is lower")
    parser.add_argument(
        "--phrases", action="store_true", help="map categories by exact taxonomy phrases instead of the NLP categorizer"
    )
    args = parser.parse_args()
    if args.phrases:
        from matcher.authoring import categorize

        categorize.categorizer.cache_clear()
        categorize.default_categorizer = lambda: None  # the drafter then falls back to phrase lookup
    try:
        rows = evaluate(args.rules_dir)
    except InputError as error:
        print(f"eval_drafts: {error.one_line()}", file=sys.stderr)
        return 2
    if not rows:
        print("no rules files with their notice found", file=sys.stderr)
        return 2
    total = {k: sum((r[k] for r in rows), Score()) for k in ("all", "facts", "requirements", "without_assessed")}
    if args.json:

        def plain(s: Score) -> dict:
            return {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "agree": s.agree,
                "hand_written": s.in_a,
                "draft": s.in_b,
            }

        print(
            json.dumps(
                {
                    "notices": [{**r, **{k: plain(r[k]) for k in total}} for r in rows],
                    "overall": {k: plain(v) for k, v in total.items()},
                },
                indent=2,
            )
        )
    else:
        for r in rows:
            print(
                f"{r['rules']}  ({r['notice']}, {r['seconds']} s, {r['reviews']} review notes, "
                f"categories by {r['categorizer']})"
            )
            for key in ("all", "facts", "requirements", "without_assessed"):
                print(f"  {key:17} {_pct(r[key])}")
        print("overall")
        for key, value in total.items():
            print(f"  {key:17} {_pct(value)}")
    if args.min is not None and min(total["all"].precision, total["all"].recall) < args.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
