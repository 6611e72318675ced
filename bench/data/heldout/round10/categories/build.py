#!/usr/bin/env python3
"""Build independent_r10.jsonl and stats.json from src/*.py (round 10, categories)."""
import json, os, sys, collections, random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import en_pos, en_traps, en_more, en_extra, fr_pos, fr_traps, fr_more

IDS = {"law_enforcement","biometrics","fingerprints","dna","facial_recognition","crime_scene",
       "human_trafficking","migrant_smuggling","safeguarding","international_police_cooperation",
       "policy_development","event_training_organization","investigations","intelligence",
       "counter_intelligence","crime_prevention","internal_affairs","anti_corruption",
       "sensitive_data","mediation"}
PARENT = {"fingerprints":"biometrics","dna":"biometrics","facial_recognition":"biometrics",
          "investigations":"law_enforcement","intelligence":"law_enforcement",
          "crime_prevention":"law_enforcement","counter_intelligence":"intelligence"}

def ancestors(c):
    out = []
    while c in PARENT:
        c = PARENT[c]; out.append(c)
    return out

rows = []
for mod, lang in ((en_pos,"en"),(en_traps,"en"),(en_more,"en"),(en_extra,"en"),(fr_pos,"fr"),(fr_traps,"fr"),(fr_more,"fr")):
    for text, gold, note in mod.ITEMS:
        assert set(gold) <= IDS, (gold, text[:60])
        # gold lists the most specific labels: drop an id implied by another listed id
        implied = {a for g in gold for a in ancestors(g)}
        gold = sorted(g for g in dict.fromkeys(gold) if g not in implied)
        assert "\n" in text, text[:60]
        rows.append({"lang": lang, "text": text, "gold": gold, "note": note})

texts = [r["text"] for r in rows]
assert len(texts) == len(set(texts)), "duplicate text"
random.Random(10).shuffle(rows)  # mix languages and classes; fixed seed
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"s{i:03d}", "lang": r["lang"], "text": r["text"], "gold": r["gold"],
                "note": r["note"], "split": "test"})
with open(os.path.join(HERE, "independent_r10.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

stats = {"total": len(out), "by_lang": dict(collections.Counter(o["lang"] for o in out)),
         "no_category": {l: sum(1 for o in out if o["lang"] == l and not o["gold"]) for l in ("en","fr")},
         "per_category_gold_listed": {}, "per_category_expanded": {}}
for key, expand in (("per_category_gold_listed", False), ("per_category_expanded", True)):
    c = {cid: {"en": 0, "fr": 0} for cid in sorted(IDS)}
    for o in out:
        labs = set(o["gold"])
        if expand:
            labs |= {a for g in o["gold"] for a in ancestors(g)}
        for g in labs:
            c[g][o["lang"]] += 1
    stats[key] = c
stats["no_category"]["total"] = sum(stats["no_category"].values())
with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
    json.dump(stats, f, indent=2, ensure_ascii=False)
print(json.dumps({k: stats[k] for k in ("total","by_lang","no_category")}))
