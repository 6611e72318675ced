"""The failure class of every miss (M) and extra rule (X) of the drafts, per set, as a markdown table.

    python3 bench/data/heldout/failure-classes/classify.py bench/data/heldout/failure-classes/misses-53db1c4.txt

Each input line is `set|notice|M or X|canonical form|quoted sentence`, one per missed or extra
requirement of `bench/eval_strict.py --dir SET --json` (its `missed` and `extra` lists). The classes
were assigned by hand (session 8) by reading each miss against its notice and gold file; the rules
below give each (notice, sentence) its class. Classes: see bench/data/heldout/README.md.
"""

import collections
import sys

R = [  # (notice prefix, source prefix, kind M/X/'' , class)
    ("gardien-de-la-paix", "", "", "ROUTES"),
    ("gendarmerie-prerequis", "Détenir un casier", "", "PERS"),
    ("gendarmerie-prerequis", "", "", "ROUTES"),
    ("monusco", "Éducation", "", "EDU"),
    ("monusco", "Évaluation", "", "BG"),
    ("monusco", "", "", "CAT"),
    ("newport", "Candidates for the position", "", "BG"),
    ("newport", "", "", "ROUTES"),
    ("oas-director", "Desirable", "", "SOFT"),
    ("oas-director", "Experience or knowledge", "", "SOFT"),
    ("oas-director", "Essential", "", "GOLD"),
    ("oas-director", "Language examination", "", "BG"),
    ("oas-director", "In accordance", "", "CUT"),
    ("rcmp", "", "", "EDU"),
    ("us-mission", "", "", "GOLD"),
    ("commission-europeenne", "Pour les ressortissants", "", "KIND"),
    ("commission-europeenne", "", "", "LAYOUT"),
    ("cpa-stage", "Bien qu", "", "IMP"),
    ("cpa-stage", "Le stage est bien", "", "BG"),
    ("cpa-stage", "", "", "ROUTES"),
    ("ela-call", "", "", "LAYOUT"),
    ("eurohpc", "Degree", "", "ROUTES"),
    ("eurohpc", "9 years", "", "CAT"),
    ("eurohpc", "Very good", "", "SOFT"),
    ("eurostars", "", "", "NAT"),
    ("iom-who", "", "", "ROUTES"),
    ("irmct", "A technical", "", "EDU"),
    ("irmct", "", "", "CAT"),
    ("osce-senior", "A minimum of six", "", "NEST"),
    ("osce-senior", "", "", "ROUTES"),
    ("un-police-minimum", "25-62", "", "PERS"),
    ("un-police-minimum", "", "", "GOLD"),
    ("union-africaine", "Les candidats doivent avoir un int", "", "SOFT"),
    ("union-africaine", "Avoir une connaissance", "", "SOFT"),
    ("union-africaine", "La connaissance", "", "LANG"),
    ("union-africaine", "Pour postuler", "", "LAYOUT"),
    ("unodc", "", "", "ROUTES"),
    ("civpol", "L’attrait", "", "SOFT"),
    ("civpol", "Formation de policier", "", "EDU"),
    ("civpol", "", "", "CAT"),
    ("cpi-juge", "a) L", "", "SOFT"),
    ("cpi-juge", "", "", "CAT"),
    ("easa", "", "", "NAT"),
    ("icc-internships", "", "", "LANG"),
    ("icc-professionnels", "La Cour", "", "IMP"),
    ("icc-professionnels", "", "", "CAT"),
    ("jrc-seconded", "The secondment of", "", "BG"),
    ("jrc-seconded", "", "", "SEC"),
    ("nato-is-employment", "Only nationals", "", "NAT"),
    ("nato-is-employment", "", "", "LAYOUT"),
    ("nato-is-junior", "", "", "LAYOUT"),
    ("osce-deputy", "Advanced education", "", "EDU"),
    ("osce-deputy", "Minimum 10", "", "NEST"),
    ("osce-deputy", "Strong management", "", "CAT"),
    ("osce-deputy", "Previous work", "", "IMP"),
    ("osce-deputy", "Regional", "", "KIND"),
    ("unicef", "Relevant experience", "", "KIND"),
    ("unicef", "", "", "SOFT"),
    ("bei-criteres", "Même si", "", "LANG"),
    ("bei-criteres", "", "", "BG"),
    ("coe-administrator", "Higher", "", "LAYOUT"),
    ("coe-administrator", "", "", "GOLD"),
    ("coe-what-we", "We generally", "", "LANG"),
    ("coe-what-we", "", "", "BG"),
    ("eurojust-ejn", "Be a nati", "", "CUT"),
    ("eurojust-ejn", "", "", "EDU"),
    ("oif-specialiste", "", "", "LANG"),
    ("onu-minurso", "", "", "PERS"),
    ("osce-head-democ", "Possession", "", "PERS"),
    ("osce-head-democ", "Ability to cope", "", "PERS"),
    ("osce-head-democ", "Familiarity and", "", "CAT"),
    ("osce-head-democ", "Familiarity with", "", "SOFT"),
    ("un-secretariat-recruit", "", "", "GOLD"),
    ("unhcr-generic", "", "", "GOLD"),
    ("cnc-r113", "", "", "ROUTES"),
    ("cpi-juriste", "", "", "ROUTES"),
    ("ec-sne", "", "", "BG"),
    ("eunavfor", "Les candidats doivent parler", "M:language", "LANG"),
    ("eunavfor", "", "", "CAT"),
    ("expertise-publique", "l’Etat", "", "LAYOUT"),
    ("expertise-publique", "", "", "BG"),
    ("fra-sne", "", "", "SEC"),
    ("osce-ct-adviser", "Graduation", "", "GOLD"),
    ("osce-ct-adviser", "Proven", "", "CUT"),
    ("osce-ct-adviser", "", "", "EDU"),
    ("police-nationale-gardien", "", "", "ROUTES"),
    ("sgae", "Le dispositif", "", "BG"),
    ("sgae", "", "", "SEC"),
    ("tahiti", "", "", "ROUTES"),
    ("cepol", "Work experience", "", "CAT"),
    ("cepol", "A level of", "", "EDU"),
    ("cepol", "", "", "CUT"),
    ("coe-project-support", "", "", "LAYOUT"),
    ("eac-administrative", "", "M:120", "LAYOUT"),
    ("eac-administrative", "", "", "NEST"),
    ("eac-director", "Applications", "", "NAT"),
    ("eac-director", "", "", "SOFT"),
    ("eac-police", "A Master", "", "IMP"),
    ("eac-police", "The candidate must", "", "SEC"),
    ("eac-police", "15 years", "", "NEST"),
    ("eac-police", "The applicants", "", "LAYOUT"),
    ("eac-police", "", "", "CUT"),
    ("france-volontaires", "valoriser", "", "BG"),
    ("france-volontaires", "", "", "NAT"),
    ("monaco-administrateur", "", "M:education", "EDU"),
    ("monaco-administrateur", "", "X:education", "EDU"),
    ("monaco-administrateur", "", "", "CAT"),
    ("monaco-eleves", "Ne seront", "", "PERS"),
    ("monaco-eleves", "Conformément", "", "NAT"),
    ("monaco-eleves", "", "", "CUT"),
    ("monaco-surveillante", "avoir si possible une bonne", "M:", "LANG"),
    ("monaco-surveillante", "", "", "IMP"),
    ("osce-police-affairs", "", "", "SEC"),
    ("police-belge", "Le département", "", "BG"),
    ("police-belge", "Ne pas faire", "", "CUT"),
    ("police-belge", "", "", "PERS"),
    ("surete-quebec", "Avoir la citoy", "", "NAT"),
    ("surete-quebec", "Savoir parler", "", "LANG"),
    ("surete-quebec", "Intégrité", "", "LAYOUT"),
    ("surete-quebec", "Étant donné", "", "SOFT"),
    ("surete-quebec", "Découvrez", "", "BG"),
    ("surete-quebec", "", "", "CAT"),
]
SETS = ["heldout", "heldout_round4", "heldout_round5", "heldout_round6", "heldout_round7", "dev_r7"]
table = collections.defaultdict(collections.Counter)
for line in open(sys.argv[1]):
    s, notice, t, form, src = line.rstrip("\n").split("|", 4)
    for n, p, k, c in R:
        if notice.startswith(n[:22]) and src.startswith(p) and (not k or (k[0] == t and k[2:] in form)):
            table[c][(s, t)] += 1
            break
    else:
        table["??"][(s, t)] += 1
        print("unclassified:", line.strip(), file=sys.stderr)
names = {
    "heldout": "h-notices",
    "heldout_round4": "r4",
    "heldout_round5": "r5",
    "heldout_round6": "r6",
    "heldout_round7": "r7",
    "dev_r7": "dev r7",
}
print("| class | " + " | ".join(names[s] for s in SETS) + " | sets | misses | extras |")
print("|---|" + "---|" * (len(SETS) + 3))
rows = []
for c, cnt in table.items():
    cells = [f"{cnt[(s, 'M')]}/{cnt[(s, 'X')]}" if cnt[(s, "M")] + cnt[(s, "X")] else "" for s in SETS]
    nsets = sum(1 for s in SETS if cnt[(s, "M")] + cnt[(s, "X")])
    rows.append((-nsets, c, cells, nsets, sum(cnt[(s, "M")] for s in SETS), sum(cnt[(s, "X")] for s in SETS)))
for _, c, cells, n, m, x in sorted(rows):
    print(f"| {c} | " + " | ".join(cells) + f" | {n} | {m} | {x} |")
