import json, random, collections
ns={}
for f in ['en_pos1.py','en_neg.py','en_pos2.py','fr.py','fr_neg.py','extra.py']:
    exec(open(f).read(), ns)
items=[('en',*x) for x in ns['E']+ns['N']+ns['E2']+ns['E3']]+[('fr',*x) for x in ns['F']+ns['G']+ns['F2']+ns['F3']]
IDS={"law_enforcement","biometrics","fingerprints","dna","facial_recognition","crime_scene","human_trafficking","migrant_smuggling","safeguarding","international_police_cooperation","policy_development","event_training_organization","investigations","intelligence","counter_intelligence","crime_prevention","internal_affairs","anti_corruption","sensitive_data","mediation"}
PARENT={"fingerprints":"biometrics","dna":"biometrics","facial_recognition":"biometrics","investigations":"law_enforcement","intelligence":"law_enforcement","crime_prevention":"law_enforcement","counter_intelligence":"intelligence"}
def anc(l):
    out=set()
    while l in PARENT: l=PARENT[l]; out.add(l)
    return out
order=[ "law_enforcement","investigations","intelligence","counter_intelligence","crime_prevention","crime_scene","biometrics","fingerprints","dna","facial_recognition","human_trafficking","migrant_smuggling","safeguarding","international_police_cooperation","policy_development","event_training_organization","internal_affairs","anti_corruption","sensitive_data","mediation"]
texts=set(); rows=[]
for lang,text,gold,note in items:
    assert text not in texts, text; texts.add(text)
    assert set(gold)<=IDS, gold
    g=set(gold); implied=set().union(*[anc(x) for x in g]) if g else set()
    g-=implied   # keep only most specific
    rows.append(dict(lang=lang,text=text,gold=sorted(g,key=order.index),note=note,split="test"))
random.Random(20261201).shuffle(rows)
with open('/work/evalsets/categories/independent.jsonl','w') as f:
    for i,r in enumerate(rows,1):
        f.write(json.dumps({"id":f"i{i:03d}",**r},ensure_ascii=False)+"\n")
print(len(rows))
