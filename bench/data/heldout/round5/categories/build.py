#!/usr/bin/env python3
"""Build independent_r5.jsonl from src/*.py (round-5 independent category eval set)."""
import glob, importlib.util, json, os, random, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DESIGN = "/work/shared/DESIGN.md"

ABBR = {
    "LE": "law_enforcement", "BIO": "biometrics", "FP": "fingerprints", "DNA": "dna",
    "FR": "facial_recognition", "CS": "crime_scene", "THB": "human_trafficking",
    "SOM": "migrant_smuggling", "SAF": "safeguarding", "IPC": "international_police_cooperation",
    "POL": "policy_development", "EVT": "event_training_organization", "INV": "investigations",
    "INT": "intelligence", "CI": "counter_intelligence", "CP": "crime_prevention",
    "IA": "internal_affairs", "AC": "anti_corruption", "SD": "sensitive_data", "MED": "mediation",
}


def taxonomy():
    """Parse the 'Category taxonomy' table of DESIGN.md -> {id: parent or None}."""
    text = open(DESIGN, encoding="utf-8").read()
    sec = text.split("## Category taxonomy", 1)[1].split("\n## ", 1)[0]
    tax = {}
    for line in sec.splitlines():
        m = re.match(r"\|\s*([a-z_]+)\s*\|\s*([a-z_—-]+)\s*\|", line)
        if m and m.group(1) != "id":
            tax[m.group(1)] = None if m.group(2) in ("—", "-") else m.group(2)
    return tax


def ancestors(i, tax):
    out = []
    while tax.get(i):
        i = tax[i]
        out.append(i)
    return out


def norm_note(note):
    toks = [t.strip() for t in note.split("|") if t.strip()]
    out = []
    for t in toks:
        if t.startswith(("trap:", "wording:")):
            out.append(t)
        elif t in ("plain", "plain_none"):
            out.append("plain")
        elif re.match(r"R[45]-\d+", t):
            out.append("trap:rule_" + t)
        else:
            out.append("wording:" + t)
    return " | ".join(dict.fromkeys(out)) or "plain"


def key(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\W+", " ", t).strip()


def main():
    tax = taxonomy()
    assert len(tax) == 20, tax
    assert set(ABBR.values()) == set(tax), set(ABBR.values()) ^ set(tax)
    rows, seen, dups, errors = [], set(), 0, []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        lang = mod.LANG
        assert lang in ("en", "fr")
        for n, (text, gold, note) in enumerate(mod.E):
            ids = []
            for g in gold:
                g = ABBR.get(g, g)
                if g not in tax:
                    errors.append(f"{path}#{n}: unknown id {g}")
                ids.append(g)
            ids = set(ids)
            implied = set(a for g in ids for a in ancestors(g, tax))
            ids = sorted(ids - implied)  # keep most specific only
            k = key(text)
            if k in seen:
                dups += 1
                continue
            seen.add(k)
            rows.append({"lang": lang, "text": text.strip(), "gold": ids,
                         "note": norm_note(note), "split": "test", "_src": os.path.basename(path)})
    if errors:
        sys.exit("\n".join(errors))
    random.Random(20261201).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"s{i:03d}", "lang": r["lang"], "text": r["text"], "gold": r["gold"],
                    "note": r["note"], "split": r["split"]})
    with open(os.path.join(HERE, "independent_r5.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats: per id, counting expanded (ancestors) and gold-as-written
    direct, expanded = Counter(), Counter()
    for r in out:
        direct.update(r["gold"])
        exp = set(r["gold"]) | set(a for g in r["gold"] for a in ancestors(g, tax))
        expanded.update(exp)
    langs = Counter(r["lang"] for r in out)
    none = sum(1 for r in out if not r["gold"])
    traps = sum(1 for r in out if "trap:" in r["note"])
    stats = {
        "total": len(out), "by_lang": dict(langs),
        "no_category": none, "no_category_share": round(none / len(out), 3),
        "with_trap_note": traps, "duplicates_dropped": dups,
        "per_id_gold": {i: direct.get(i, 0) for i in tax},
        "per_id_expanded": {i: expanded.get(i, 0) for i in tax},
        "seed": 20261201,
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=2, ensure_ascii=False)
    print(json.dumps(stats, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
