"""Build independent_r4.jsonl from the hand-written lists in src/.

Validates labels against the ids of DESIGN.md's "Category taxonomy" table,
strips implied ancestors, de-duplicates texts, shuffles with a fixed seed,
and assigns ids r001...
"""
import importlib.util, json, random, re, sys, collections
from pathlib import Path

HERE = Path(__file__).parent
DESIGN = Path("/work/shared/DESIGN.md")

def taxonomy():
    text = DESIGN.read_text(encoding="utf-8")
    sec = text.split("## Category taxonomy", 1)[1].split("\n## ", 1)[0]
    parents = {}
    for line in sec.splitlines():
        m = re.match(r"\|\s*([a-z_]+)\s*\|\s*([a-z_—-]+)\s*\|", line)
        if m and m.group(1) != "id":
            parents[m.group(1)] = None if m.group(2) in ("—", "-") else m.group(2)
    return parents

def ancestors(lbl, parents):
    out = set()
    while parents.get(lbl):
        lbl = parents[lbl]; out.add(lbl)
    return out

def main():
    parents = taxonomy()
    assert len(parents) == 20, parents
    rows, seen, errors = [], set(), []
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        for i, e in enumerate(mod.ENTRIES):
            if len(e) != 3:
                errors.append(f"{f.name}[{i}]: bad tuple"); continue
            text, gold, note = e
            text = " ".join(text.split())
            key = text.lower()
            if key in seen:
                print(f"dup dropped: {text[:60]}", file=sys.stderr); continue
            seen.add(key)
            for g in gold:
                if g not in parents:
                    errors.append(f"{f.name}[{i}]: unknown label {g}")
            implied = set().union(*[ancestors(g, parents) for g in gold]) if gold else set()
            gold2 = sorted(set(g for g in gold if g not in implied))
            rows.append({"lang": mod.LANG, "text": text, "gold": gold2, "note": note, "split": "test"})
    if errors:
        print("\n".join(errors)); sys.exit(1)
    random.Random(20261201).shuffle(rows)
    with open(HERE / "independent_r4.jsonl", "w", encoding="utf-8") as out:
        for n, r in enumerate(rows, 1):
            r = {"id": f"r{n:03d}", **r}
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    lang = collections.Counter(r["lang"] for r in rows)
    empty = collections.Counter(r["lang"] for r in rows if not r["gold"])
    lab = collections.Counter(g for r in rows for g in r["gold"])
    labx = collections.Counter()
    for r in rows:
        for g in set(r["gold"]).union(*[ancestors(g, parents) for g in r["gold"]]) if r["gold"] else []:
            labx[g] += 1
    notes = collections.Counter((r["note"].split(":")[0] if r["note"] else "(plain)") for r in rows)
    notesf = collections.Counter(r["note"] or "(plain)" for r in rows)
    stats = {"total": len(rows), "lang": dict(lang), "empty": dict(empty),
             "labels_gold": dict(lab.most_common()), "labels_expanded": dict(labx.most_common()),
             "note_class": dict(notes.most_common()), "note": dict(sorted(notesf.items()))}
    (HERE / "stats.json").write_text(json.dumps(stats, indent=1, ensure_ascii=False))
    print(json.dumps({k: stats[k] for k in ("total", "lang", "empty", "note_class")}, indent=1))

if __name__ == "__main__":
    main()
