"""Strict evaluation of `matcher rules draft`: one point per requirement, only when it is all right.

    .venv/bin/python bench/eval_strict.py --heldout              # bench/data/heldout/notices (measure only)
    .venv/bin/python bench/eval_strict.py --dir tests/data/notices [--json] [--baseline] [--verbose]

Gold files are either `<slug>.expected.yaml` (the format of bench/data/heldout/notices/CONVENTIONS.md)
or rules files (`<slug>.yaml` with a `notice:` block, as in tests/data/notices). Each notice is drafted
with the library behind `matcher rules draft` and both trees are brought to one canonical form:

- a requirement is (kind, importance, parameters) where the parameters are, per kind:
  education (ISCED level, years of study), experience (months, the set categories + sector +
  employer types; an employer type equal to the sector counts once), region_experience (months,
  regions + countries), language (the set of
  alternative languages, CEFR level), nationality (member list, countries, permanent residents),
  nationality_exclusion (countries, permanent residents), employer_tenure (months), secondment
  (member list; INTERPOL's when a rules file leaves it out, none for `any`), assessed (nothing more);
- any_of / all_of: the multiset of their children's canonical forms (children's importance and
  fields ignored); one-child combinators are their child; an any_of of education levels only is its
  lowest level (the same rule: "a degree or a secondary school certificate" is the certificate);
  a language listed as "[en, fr]" in the
  expected format means each of them (all_of), as CONVENTIONS.md says; a *required* top-level
  all_of counts as its children (the same thing for a required rule);
- a language set that is a whole named group (the official EU / UN / Council of Europe languages,
  matcher/authoring/data/language_groups.yaml) is the same as the expected format's `languages: []`
  with a note ("one of the official EU languages": CONVENTIONS.md writes [] where a list is not given);
- country codes: YAML 1.1 reads an unquoted `NO` (Norway) as false; false in a country list is NO;
- a fact the draft marks as a placeholder (the Notice model needs a deadline; the drafter writes
  today's date and a review note when the notice states none) counts as not stated (null);
- a drafted requirement matches an expected one when the canonical forms are equal AND their
  quoted sentences overlap (one contains the other, whitespace and case folded); pairs are one to one.

Also counted: drafted rules that quote an alternative ("in lieu of", "à défaut", "or a first-level
degree") outside any any_of, as `rules validate` warns (a substitution drafted as an extra AND).
Recall = matched expected / expected requirements; precision = matched drafted / drafted. Facts
(deadline, grade, duration, secondment) are scored separately. Education fields are not scored.
`--baseline` scores a naive keyword drafter on the same gold, as a floor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher import reference  # noqa: E402
from matcher.authoring import draft_rules  # noqa: E402
from matcher.authoring.text import lines, sentences  # noqa: E402
from matcher.authoring.validate import validate_rules  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "heldout" / "notices"
FACTS = ("deadline", "grade", "duration_months", "secondment")


def fold(text: str | None) -> str:
    return " ".join(str(text or "").replace("\u00a0", " ").lower().split()).strip(" .;:,•-*")


def _months(node: dict[str, Any]) -> float | None:
    if node.get("min_months") is not None:
        return round(float(node["min_months"]), 2)
    if node.get("min_years") is not None:
        return round(float(node["min_years"]) * 12, 2)
    return None


def _level(node: dict[str, Any]) -> str | None:
    if node.get("min_level") is not None:
        return str(node["min_level"]).upper()
    if node.get("level"):
        return str(node["level"]).upper()
    if node.get("wording"):
        return reference.level_for_wording(node["wording"])
    return None


def _codes(values: list[Any] | None) -> frozenset[str]:
    """Country codes, with YAML 1.1's `NO` -> False read back as Norway."""
    return frozenset("NO" if v is False else str(v).upper() for v in values or [])


GROUPS = [
    frozenset(g["languages"]) for g in reference.load_data("language_groups", "matcher.authoring")["groups"].values()
]


def _languages(codes: list[str]) -> frozenset[str]:
    found = frozenset(codes)
    return frozenset() if found in GROUPS else found


def canon(node: dict[str, Any], expected: bool, inherited: str = "required") -> tuple:
    """A hashable form of one requirement (see the module docstring)."""
    kind = node.get("kind")
    importance = node.get("importance") or inherited
    if kind in ("any_of", "all_of"):
        # children's importance is ignored (the combinator's counts), as the docstring says: the rules model
        # gives every child an importance (default `required`), the expected format leaves it out
        children = [canon({**c, "importance": None}, expected, importance) for c in node.get("children") or []]
        flat: list[tuple] = []
        for child in children:  # any_of inside any_of is one any_of
            flat.extend(child[2] if child[0] == kind else [child])
        if len(flat) == 1:
            return (flat[0][0], importance) + flat[0][2:]
        if kind == "any_of" and all(f[0] == "education" and f[3] is None and f[2] is not None for f in flat):
            return min(flat, key=lambda f: f[2])[:1] + (importance,) + min(flat, key=lambda f: f[2])[2:]
        return (kind, importance, tuple(sorted(flat, key=repr)))
    if kind == "education":
        level = node.get("min_level")
        return (
            kind,
            importance,
            int(level) if level is not None else None,
            float(node["min_years"]) if node.get("min_years") is not None else None,
        )
    if kind == "experience":
        sector = frozenset(node.get("sector") or [])  # an employer type that is also the sector adds nothing
        what = set(node.get("categories") or []) | (set(node.get("employer_types") or []) - sector)
        if what and sector:  # categories AND within a sector: not the same as any of them
            return (kind, importance, _months(node), frozenset(what), sector)
        return (kind, importance, _months(node), frozenset(what | sector))
    if kind == "region_experience":
        return (kind, importance, _months(node), frozenset(node.get("regions") or []) | _codes(node.get("countries")))
    if kind == "language":
        langs = list(node.get("languages") or [])
        if expected and len(langs) > 1:  # "[en, fr]" in the expected format: each of them
            kids = tuple(
                sorted((("language", importance, frozenset([code]), _level(node)) for code in langs), key=repr)
            )
            return ("all_of", importance, kids)
        return (kind, importance, _languages(langs), _level(node))
    if kind in ("nationality", "nationality_exclusion"):
        members = node.get("members") or node.get("member_countries")
        return (
            kind,
            importance,
            members,
            _codes(node.get("countries")),
            bool(node.get("permanent_residents")),
        )
    if kind == "employer_tenure":
        return (kind, importance, _months(node))
    if kind == "secondment":
        members = node.get("members") or node.get("member_countries") or (None if expected else "interpol_members")
        return (kind, importance, None if members == "any" else members)  # `any`: the notice names no list
    return (kind, importance)


def _merge_any_languages(node: tuple) -> tuple:
    """any_of of single languages at one level == one language with alternatives."""
    if node[0] in ("any_of", "all_of"):
        kids = tuple(sorted((_merge_any_languages(k) for k in node[2]), key=repr))
        if node[0] == "any_of" and all(k[0] == "language" for k in kids) and len({k[3] for k in kids}) == 1:
            return ("language", node[1], _languages(list(frozenset().union(*(k[2] for k in kids)))), kids[0][3])
        return (node[0], node[1], kids)
    return node


def top_items(reqs: list[dict[str, Any]], expected: bool) -> list[tuple[tuple, str]]:
    """(canonical form, source) of each top-level requirement, required all_of split."""
    out: list[tuple[tuple, str]] = []
    for node in reqs:
        form = _merge_any_languages(canon(node, expected))
        if form[0] == "all_of" and form[1] == "required":
            kids = node.get("children") or []
            if len(kids) == len(form[2]):  # split only when the children map one to one
                for kid in kids:
                    sub = _merge_any_languages(canon({**kid, "importance": "required"}, expected))
                    out.append((sub, kid.get("source") or node.get("source", "")))
                continue
            for sub in form[2]:
                out.append((sub, node.get("source", "")))
            continue
        out.append((form, node.get("source", "")))
    return out


def overlap(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return bool(a and b) and (a in b or b in a)


def match(expected: list[tuple[tuple, str]], drafted: list[tuple[tuple, str]]) -> tuple[int, list, list]:
    used: set[int] = set()
    missed = []
    for form, source in expected:
        hit = next((i for i, (f, s) in enumerate(drafted) if i not in used and f == form and overlap(s, source)), None)
        if hit is None:
            missed.append((form, source))
        else:
            used.add(hit)
    extra = [d for i, d in enumerate(drafted) if i not in used]
    return len(used), missed, extra


def _rules_dict(req) -> dict[str, Any]:
    out = {"kind": req.kind, "importance": req.importance, "source": req.source, **(req.model_extra or {})}
    if req.children:
        out["children"] = [_rules_dict(c) for c in req.children]
    return out


def load_gold(path: Path) -> tuple[Path, dict[str, Any], list[dict[str, Any]]]:
    """(notice text path, facts, requirement dicts) of one gold file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "facts" in data:  # the expected format
        notice = path.with_name(path.name.replace(".expected.yaml", ".txt"))
        return notice, dict(data.get("facts") or {}), list(data.get("requirements") or [])
    from matcher.models.load import load_rules

    rules = load_rules(path)
    facts = {k: getattr(rules.notice, k) for k in FACTS}
    return path.parent / rules.notice.source_file, facts, [_rules_dict(r) for r in rules.requirements]


def _grade(value: Any) -> str | None:
    return re.sub(r"[\s\-]+", "", str(value)).lower() if value not in (None, "") else None


def fact_agree(name: str, gold: Any, got: Any) -> bool:
    if name == "grade":
        return _grade(gold) == _grade(got)
    if name == "deadline":
        return (str(gold) if gold else None) == (str(got) if got else None)
    if name == "duration_months":
        return (float(gold) if gold else None) == (float(got) if got else None)
    if name == "secondment":  # the Notice model has no "not stated": null counts as false
        return bool(gold) == bool(got)
    return gold == got


def baseline(notice: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A naive drafter: each sentence with a degree word -> education (level 6, 7 for master/advanced),
    with 'years' + 'experience' -> experience (the first number), a language name -> language C1."""
    from matcher.authoring.language_names import find_languages
    from matcher.authoring.patterns import patterns

    pats = patterns()
    reqs = []
    for line in lines(notice.read_text(encoding="utf-8", errors="replace"), pats):
        for sentence in sentences(line.text, pats):
            low = sentence.lower()
            importance = "asset" if re.search(r"desirable|asset|advantage|atout|souhait", low) else "required"
            if re.search(r"degree|diploma|diplôme|university|universit", low):
                level = 7 if re.search(r"master|advanced|second|maîtrise", low) else 6
                reqs.append({"kind": "education", "importance": importance, "min_level": level, "source": sentence})
            elif re.search(r"\byears?\b|\bans?\b", low) and re.search(r"experience|expérience", low):
                n = re.search(r"\b(\d+)\b", low)
                reqs.append(
                    {
                        "kind": "experience",
                        "importance": importance,
                        "source": sentence,
                        "min_years": int(n.group(1)) if n else None,
                    }
                )
            else:
                codes = list(dict.fromkeys(c for _, _, c in find_languages(sentence)))
                if codes:
                    reqs.append(
                        {
                            "kind": "language",
                            "importance": importance,
                            "languages": codes,
                            "level": "C1",
                            "source": sentence,
                        }
                    )
    return {"deadline": None, "grade": None, "duration_months": None, "secondment": False}, reqs


def evaluate(gold_paths: list[Path], naive: bool) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in gold_paths:
            notice, gold_facts, gold_reqs = load_gold(path)
            if naive:
                facts, reqs = baseline(notice)
                error, extra_and = None, 0
            else:
                try:
                    out = Path(tmp) / (notice.stem + ".yaml")
                    draft = draft_rules(notice, out)
                    out.write_text(draft.text, encoding="utf-8")
                    extra_and = sum("quotes an alternative" in str(w) for w in validate_rules(out).warnings)
                    facts = {k: None if k in draft.placeholders else getattr(draft.rules.notice, k) for k in FACTS}
                    reqs = [_rules_dict(r) for r in draft.rules.requirements]
                    error = None
                except Exception as exc:  # a notice the drafter refuses scores zero
                    facts, reqs, error = dict.fromkeys(FACTS), [], " ".join(str(exc).split())[:200]
                    extra_and = 0
            exp, got = top_items(gold_reqs, path.name.endswith(".expected.yaml")), top_items(reqs, False)
            hit, missed, extra = match(exp, got)
            agree = {k: fact_agree(k, gold_facts.get(k), facts.get(k)) for k in FACTS}
            stated = {k: v for k, v in agree.items() if gold_facts.get(k) is not None}
            rows.append(
                {
                    "notice": notice.stem,
                    "expected": len(exp),
                    "drafted": len(got),
                    "matched": hit,
                    "facts_right": sum(agree.values()),
                    "facts": agree,
                    "error": error,
                    "stated_right": sum(stated.values()),
                    "stated": len(stated),
                    "categorizer": None if naive or error else draft.categorizer,
                    "alternative_as_and": extra_and,
                    "missed": [f"{f} <- {s[:90]!r}" for f, s in missed],
                    "extra": [f"{f} <- {s[:90]!r}" for f, s in extra],
                }
            )
    return rows


def _ratio(a: int, b: int) -> str:
    return f"{a / b:5.2f}" if b else "  -  "


def report(rows: list[dict[str, Any]], title: str, verbose: bool) -> None:
    print(title)
    print(f"{'notice':62} {'recall':>13} {'precision':>13} {'facts':>6}")
    for r in rows:
        print(
            f"{r['notice'][:62]:62} {_ratio(r['matched'], r['expected'])} ({r['matched']:>2}/{r['expected']:>2}) "
            f"{_ratio(r['matched'], r['drafted'])} ({r['matched']:>2}/{r['drafted']:>2}) {r['facts_right']}/4"
            + (f"  ERROR {r['error']}" if r["error"] else "")
        )
        if verbose:
            for line in r["missed"]:
                print("    missed:", line)
            for line in r["extra"]:
                print("    extra: ", line)
    m, e, d = (sum(r[k] for r in rows) for k in ("matched", "expected", "drafted"))
    facts = Counter(k for r in rows for k, v in r["facts"].items() if v)
    print(f"{'OVERALL':62} {_ratio(m, e)} ({m}/{e}) {_ratio(m, d)} ({m}/{d}) {sum(facts.values())}/{4 * len(rows)}")
    print(
        "facts right: "
        + ", ".join(f"{k} {facts[k]}/{len(rows)}" for k in FACTS)
        + f"; of the facts the gold states: {sum(r['stated_right'] for r in rows)}/{sum(r['stated'] for r in rows)}"
    )
    print("categorizer: " + ", ".join(sorted({str(r["categorizer"]) for r in rows})))
    bad = [r["notice"] for r in rows if r["alternative_as_and"]]
    print(
        f"drafted rules quoting an alternative outside any any_of (`rules validate` warns; an OR drafted as an "
        f"AND): {sum(r['alternative_as_and'] for r in rows)}" + (f" in {', '.join(bad)}" if bad else "")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help=f"score {HELDOUT.relative_to(ROOT)}")
    parser.add_argument("--dir", type=Path, help="a folder of *.expected.yaml or rules files with notices")
    parser.add_argument("--baseline", action="store_true", help="also score the naive keyword drafter")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list missed and extra requirements (never use it on the held-out set: that is tuning on it)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = HELDOUT if args.heldout or not args.dir else args.dir
    if args.verbose and folder.resolve() == HELDOUT.resolve():
        parser.error("--verbose is refused on the held-out set: read only its aggregate figures")
    gold = sorted(folder.glob("*.expected.yaml")) + sorted(
        p
        for p in folder.glob("*.yaml")
        if not p.name.endswith(".expected.yaml")
        and isinstance(yaml.safe_load(p.read_text(encoding="utf-8")), dict)
        and "notice" in yaml.safe_load(p.read_text(encoding="utf-8"))
    )
    results = {"drafter": evaluate(gold, naive=False)}
    if args.baseline:
        results["baseline"] = evaluate(gold, naive=True)
    if args.json:
        print(json.dumps(results, indent=2, default=str))
        return 0
    for name, rows in results.items():
        report(
            rows, f"== {name} on {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}", args.verbose
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
