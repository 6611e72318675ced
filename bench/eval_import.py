"""Field-level score of `matcher profile import` on a labelled set of CVs.

    .venv/bin/python bench/eval_import.py [DIR ...] [--baseline] [--list [--misses]] [--json] [--min-recall R]

Each CV `<name>.<ext>` in DIR has `<name>.expected.yaml` (format: see
tests/data/cvs/CONVENTIONS.md, the same as bench/data/heldout/cvs/CONVENTIONS.md).

Scoring. Experience entries are paired with the expected ones by dates and title
(education by dates and field, languages by code), greedily, best pair first. Every
stated expected value is one fact (a list counts one fact per element; `ongoing` and
`mother_tongue` count when true; `part_time` when a fraction is stated). A drafted fact
counts only when it is right: recall = right facts / expected facts, precision = right
facts / drafted facts. A drafted fact of an unpaired entry is wrong. Titles and
employers compare case- and accent-insensitively, tolerant of small wording
differences (rapidfuzz ratio >= 85, or one contained in the other); everything else
must be equal. Invented facts (a country, level, nationality, completion, part-time
fraction or date that the CV did not state, or stated otherwise) are counted per
class, and listed with --list (never read that list for a held-out set: tune on
your own data). `name` is scored (one fact, compared as a title is) only in an
expected file that has a `name:` key: a set labelled before names were scored is
scored as it was; `name: null` makes any drafted name wrong (a place line is never
a name).

--baseline scores a naive importer instead: the text of the file, a job for each
line holding a year range, a language for each language name, nothing else.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.profile_tools.lookup import fold  # noqa: E402

FORMATS = ("pdf", "docx", "text", "europass-xml", "europass-json", "linkedin", "jsonresume")
INVENTED_KINDS = {
    "country",
    "countries_worked_with",
    "level",
    "nationality",
    "start",
    "end",
    "completed",
    "part_time",
    "ongoing",
    "mother_tongue",
}


def _same_text(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = fold(a), fold(b)
    return a == b or fuzz.ratio(a, b) >= 85 or (min(len(a), len(b)) >= 4 and (a in b or b in a))


# ---- facts of one entry: (field, value) pairs ------------------------------------------


def _exp_facts(entry: dict[str, Any]) -> list[tuple[str, Any]]:
    facts = []
    for key in ("title", "employer", "country", "start", "end"):
        if entry.get(key):
            facts.append((key, entry[key]))
    if entry.get("ongoing"):
        facts.append(("ongoing", True))
    if entry.get("part_time") not in (None, 1, 1.0):
        facts.append(("part_time", float(entry["part_time"])))
    facts += [("countries_worked_with", c) for c in entry.get("countries_worked_with") or []]
    return facts


def _got_facts(entry: dict[str, Any]) -> list[tuple[str, Any]]:
    mapped = dict(entry)
    mapped["part_time"] = entry.get("fraction")
    return _exp_facts(mapped)


def _edu_exp(entry: dict[str, Any]) -> list[tuple[str, Any]]:
    facts = [(k, entry[k]) for k in ("field", "level", "start", "end") if entry.get(k) is not None]
    if entry.get("completed") is not None:
        facts.append(("completed", bool(entry["completed"])))
    return facts


def _lang_exp(entry: dict[str, Any]) -> list[tuple[str, Any]]:
    code = entry.get("code") or entry.get("language")
    facts = [("code", code)] if code else []
    if entry.get("level"):
        facts.append(("level", entry["level"]))
    if entry.get("mother_tongue"):
        facts.append(("mother_tongue", True))
    return facts


def _right(field: str, expected: Any, got: Any) -> bool:
    if field in ("title", "employer", "field"):
        return _same_text(str(expected), str(got))
    if field == "part_time":
        return abs(float(expected) - float(got)) < 1e-6
    return str(expected) == str(got)


# ---- pairing ---------------------------------------------------------------------------


def _date_agree(a: dict[str, Any], b: dict[str, Any]) -> int:
    return sum(1 for k in ("start", "end") if a.get(k) and str(a.get(k)) == str(b.get(k)))


def _year(value: Any) -> str:
    return str(value)[:4] if value else ""


def _pair_score(section: str, exp: dict[str, Any], got: dict[str, Any]) -> float:
    if section == "languages":
        return 10.0 if (exp.get("code") or "") == got.get("language") else 0.0
    text_key = "title" if section == "experience" else "field"
    other = "employer" if section == "experience" else "title"
    text = 3.0 if _same_text(exp.get(text_key), got.get(text_key)) else 0.0
    if section == "education" and not text and exp.get("field") and _same_text(exp["field"], got.get(other)):
        text = 2.0
    years = sum(1 for k in ("start", "end") if _year(exp.get(k)) and _year(exp.get(k)) == _year(got.get(k)))
    score = text + 2.0 * _date_agree(exp, got) + years
    if section == "experience" and _same_text(exp.get("employer"), got.get("employer")):
        score += 1.0
    return score if score >= 2.0 else 0.0


def _pairs(section: str, expected: list[dict], got: list[dict]) -> list[tuple[int | None, int | None]]:
    scored = sorted(
        ((_pair_score(section, e, g), i, j) for i, e in enumerate(expected) for j, g in enumerate(got)), reverse=True
    )
    used_e, used_g, pairs = set(), set(), []
    for score, i, j in scored:
        if score <= 0 or i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        pairs.append((i, j))
    pairs += [(i, None) for i in range(len(expected)) if i not in used_e]
    pairs += [(None, j) for j in range(len(got)) if j not in used_g]
    return pairs


# ---- one CV ----------------------------------------------------------------------------

EXTRACT = {
    "experience": (_exp_facts, _got_facts),
    "education": (_edu_exp, _edu_exp),
    "languages": (_lang_exp, _lang_exp),
}


def score_cv(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, Any]:
    right = total_exp = total_got = 0
    invented: list[str] = []
    wrong: list[str] = []  # a title, employer, field or code drafted otherwise than written
    missed: list[str] = []
    per_field: dict[str, Counter] = defaultdict(Counter)
    for section, (exp_facts, got_facts) in EXTRACT.items():
        exp_entries = expected.get(section) or []
        got_entries = got.get(section) or []
        for i, j in _pairs(section, exp_entries, got_entries):
            e = exp_facts(exp_entries[i]) if i is not None else []
            g = got_facts(got_entries[j]) if j is not None else []
            total_exp += len(e)
            total_got += len(g)
            for field, _ in e:
                per_field[f"{section}.{field}"]["expected"] += 1
            remaining = list(e)
            for field, value in g:
                per_field[f"{section}.{field}"]["drafted"] += 1
                hit = next((x for x in remaining if x[0] == field and _right(field, x[1], value)), None)
                if hit is not None:
                    remaining.remove(hit)
                    right += 1
                    per_field[f"{section}.{field}"]["right"] += 1
                else:
                    said = [v for f, v in e if f == field]
                    where = f"{section}[{j}]" + ("" if i is not None else " (unpaired)")
                    line = f"{where}.{field}: drafted {value!r}, CV says {said[0] if said else 'nothing'!r}"
                    (invented if field in INVENTED_KINDS else wrong).append(line)
            where = f"{section}[{i}]" + ("" if j is not None else " (unpaired)")
            missed += [f"{where}.{field}: CV says {value!r}, not drafted right" for field, value in remaining]
    if "name" in expected:
        right += _score_name(expected.get("name"), got.get("name"), per_field["name"], wrong, missed)
        total_exp += 1 if expected.get("name") else 0
        total_got += 1 if got.get("name") else 0
    exp_nat, got_nat = list(expected.get("nationality") or []), list(got.get("nationality") or [])
    total_exp += len(exp_nat)
    total_got += len(got_nat)
    per_field["nationality"]["expected"] += len(exp_nat)
    per_field["nationality"]["drafted"] += len(got_nat)
    for code in got_nat:
        if code in exp_nat:
            right += 1
            per_field["nationality"]["right"] += 1
        else:
            invented.append(f"nationality: drafted {code!r}, CV says {exp_nat or 'nothing'}")
    return {
        "right": right,
        "expected": total_exp,
        "drafted": total_got,
        "invented": invented,
        "wrong": wrong,
        "missed": missed,
        "per_field": {k: dict(v) for k, v in per_field.items()},
    }


def _score_name(expected: str | None, got: str | None, counts: Counter, wrong: list[str], missed: list[str]) -> int:
    """1 when the drafted name is the written one (case, accents and small differences aside)."""
    counts["expected"] += 1 if expected else 0
    counts["drafted"] += 1 if got else 0
    if got and _same_text(expected, got):
        counts["right"] += 1
        return 1
    if got:
        wrong.append(f"name: drafted {got!r}, CV says {expected!r}")
    elif expected:
        missed.append(f"name: CV says {expected!r}, not drafted")
    return 0


# ---- the naive baseline ----------------------------------------------------------------

_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d|present|today|now|présent|aujourd'hui)\b", re.I)


def _baseline_text(path: Path) -> str:
    from matcher.importers import extract_text

    return extract_text(path)


def baseline(path: Path) -> dict[str, Any]:
    """A job per line with a year range (the line is the title), a language per name."""
    from matcher.profile_tools.lookup import language_code

    text = _baseline_text(path)
    jobs, langs = [], []
    for line in text.splitlines():
        m = _RANGE.search(line)
        if m:
            end = m.group(2)
            job = {"title": line[: m.start()].strip(" ,|-–") or line.strip(), "start": m.group(1)}
            job.update({"end": end} if end[0].isdigit() else {"ongoing": True})
            jobs.append(job)
    for word in sorted(set(re.findall(r"[A-Za-zÀ-ÿ]{4,}", text))):
        if word[0].isupper() and word.lower() in {
            "english",
            "french",
            "anglais",
            "français",
            "spanish",
            "espagnol",
            "german",
            "allemand",
            "arabic",
            "arabe",
            "portuguese",
            "italian",
        }:
            try:
                langs.append({"language": language_code(word)})
            except ValueError:
                pass
    unique = list({x["language"]: x for x in langs}.values())
    return {"experience": jobs, "languages": unique}


# ---- the run ---------------------------------------------------------------------------


def cvs(folder: Path) -> list[tuple[Path, Path]]:
    found = []
    for expected in sorted(folder.glob("*.expected.yaml")):
        stem = expected.name.removesuffix(".expected.yaml")
        docs = [p for p in folder.iterdir() if p.name.startswith(stem + ".") and p != expected]
        if docs:
            found.append((docs[0], expected))
    return found


def run(folders: list[Path], use_baseline: bool) -> dict[str, Any]:
    from matcher.errors import InputError
    from matcher.importers import import_file

    rows = []
    for folder in folders:
        for doc, exp_path in cvs(folder):
            expected = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
            start = time.perf_counter()
            try:
                got = baseline(doc) if use_baseline else import_file(doc).data
                error = None
            except InputError as exc:
                got, error = {}, exc.one_line()
            result = score_cv(expected, got)
            result.update(
                cv=doc.name, format=expected.get("format"), error=error, seconds=round(time.perf_counter() - start, 3)
            )
            rows.append(result)
    return summarize(rows)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["format"]].append(row)
        groups["overall"].append(row)
    summary = {}
    for name, members in groups.items():
        right = sum(r["right"] for r in members)
        exp = sum(r["expected"] for r in members)
        got = sum(r["drafted"] for r in members)
        invented = Counter(i.split(":")[0].split(".")[-1] for r in members for i in r["invented"])
        summary[name] = {
            "cvs": len(members),
            "recall": _ratio(right, exp),
            "precision": _ratio(right, got),
            "right": right,
            "expected": exp,
            "drafted": got,
            "invented": sum(invented.values()),
            "invented_by_field": dict(invented),
            "errors": sum(1 for r in members if r["error"]),
        }
    fields: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        for key, counts in row["per_field"].items():
            fields[key].update(counts)
    return {"summary": summary, "fields": {k: dict(v) for k, v in sorted(fields.items())}, "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "cvs"])
    parser.add_argument("--baseline", action="store_true", help="score the naive baseline importer")
    parser.add_argument("--list", action="store_true", help="list every invented fact (own set only)")
    parser.add_argument("--misses", action="store_true", help="with --list: also wrong and missed facts")
    parser.add_argument("--fields", action="store_true", help="recall and precision per field")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--min-recall", type=float, default=None)
    args = parser.parse_args()
    report = run(args.folders, args.baseline)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(
            f"{'format':14} {'CVs':>3} {'recall':>7} {'precision':>9} {'right/expected/drafted':>24} "
            f"{'invented':>8} {'errors':>6}"
        )
        order = [f for f in FORMATS if f in report["summary"]] + ["overall"]
        for name in order:
            s = report["summary"][name]
            print(
                f"{name:14} {s['cvs']:>3} {s['recall']:>7.3f} {s['precision']:>9.3f} "
                f"{s['right']:>8}/{s['expected']}/{s['drafted']:<8} {s['invented']:>8} {s['errors']:>6}"
            )
        overall = report["summary"]["overall"]
        if overall["invented_by_field"]:
            print(
                "invented facts by field:",
                ", ".join(f"{k} {v}" for k, v in sorted(overall["invented_by_field"].items())),
            )
        if args.fields:
            for key, c in report["fields"].items():
                print(
                    f"  {key:36} recall {_ratio(c.get('right', 0), c.get('expected', 0)):.3f}  "
                    f"precision {_ratio(c.get('right', 0), c.get('drafted', 0)):.3f}  "
                    f"({c.get('right', 0)}/{c.get('expected', 0)}/{c.get('drafted', 0)})"
                )
        if args.list:
            for row in report["rows"]:
                for item in ([row["error"]] if row["error"] else []) + row["invented"]:
                    print(f"  {row['cv']}: {item}")
                for item in (row["wrong"] + row["missed"]) if args.misses else []:
                    print(f"  {row['cv']}: {item}")
    if args.min_recall is not None and report["summary"]["overall"]["recall"] < args.min_recall:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
