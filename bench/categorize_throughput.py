"""Throughput of `categorize` against bare tokenization with the same blank pipelines.

    .venv/bin/python bench/categorize_throughput.py [--n 10000] [--repeat 3] [--dense]

Builds N CV-like descriptions deterministically (seeded) from the labelled corpus
(tests/data/categories_corpus.jsonl): a dated title line, one corpus description
and one or two generic CV sentences with variable slots (team size, budget,
tools, places); `--dense` leaves the generic sentences out (nearly every phrase
then names a category: the worst case). ~65% English, ~35% French.

Two timings, each printed as a ratio categorize / baseline:

- single pass (the headline, and what `matcher categorize --input` does): every
  repetition builds fresh pipelines (construction not timed), then times one pass
  of bare `nlp.pipe` tokenization of the texts with a fresh copy of the
  categorizer's blank pipeline for each text's language (language given), and one
  `SpacyCategorizer.categorize(texts)` pass with another fresh categorizer,
  language detected per text. Both start with empty tokenizer caches.
- warm: the same two calls repeated on already-seen texts (tokenizer cache and
  vocabulary full), best of `--repeat` runs each.

CPU time of this process (`time.process_time`) is used, not wall time: the
machines are shared and noisy; compare ratios, not absolute numbers.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp.categorizer import SpacyCategorizer  # noqa: E402
from matcher.nlp.evaluation import load_corpus  # noqa: E402

TITLES = {
    "en": [
        "Senior officer",
        "Analyst",
        "Team leader",
        "Specialist",
        "Project officer",
        "Consultant",
        "Deputy head of unit",
        "Case officer",
    ],
    "fr": [
        "Officier",
        "Analyste",
        "Chef d'équipe",
        "Spécialiste",
        "Chargé de mission",
        "Consultante",
        "Adjointe au chef de service",
        "Gestionnaire",
    ],
}
EMPLOYERS = {
    "en": [
        "regional police service",
        "national agency",
        "private company",
        "international NGO",
        "ministry",
        "city council",
        "county service",
        "federal office",
    ],
    "fr": [
        "direction départementale",
        "agence nationale",
        "société privée",
        "ONG internationale",
        "ministère",
        "préfecture",
        "conseil régional",
        "office central",
    ],
}
CITIES = [
    "Lyon",
    "Nairobi",
    "Madrid",
    "Lille",
    "Dakar",
    "Singapore",
    "Toronto",
    "Brussels",
    "Vienna",
    "Accra",
    "Marseille",
    "Bogotá",
    "Manchester",
    "Rabat",
    "Bucharest",
    "Lima",
]
TOOLS = ["Excel", "SAP", "Oracle", "SharePoint", "Power BI", "Python", "SQL", "Teams", "ArcGIS", "Jira"]
# Category-neutral CV sentences with variable slots: real descriptions mix the
# domain wording of the corpus with such generic content (team, budget, tools,
# places, volumes), and their numbers and names make the vocabulary open-ended.
FILLERS = {
    "en": [
        "Managed a team of {n} staff and an annual budget of EUR {k}k.",
        "Reported weekly to the head of department and produced {n} monthly summaries.",
        "Daily use of {tool} and {tool2}; maintained the shared files of the unit.",
        "Based in {city}, with regular travel to {city2} and {city3}.",
        "Handled around {k} files a year together with {n} colleagues.",
        "Part-time ({p}%) from {y} to {y2}, then full-time.",
        "Member of the staff committee for {n} years; drafted minutes for the {n2} members.",
    ],
    "fr": [
        "Encadrement d'une équipe de {n} agents et gestion d'un budget annuel de {k} k€.",
        "Compte rendu hebdomadaire au chef de service et {n} synthèses mensuelles.",
        "Utilisation quotidienne de {tool} et {tool2} ; tenue des dossiers partagés du service.",
        "Basée à {city}, avec des déplacements réguliers à {city2} et {city3}.",
        "Traitement d'environ {k} dossiers par an avec {n} collègues.",
        "Temps partiel ({p} %) de {y} à {y2}, puis temps plein.",
        "Membre du comité du personnel pendant {n} ans ; rédaction des comptes rendus pour {n2} membres.",
    ],
}


def _filler(rng: random.Random, lang: str) -> str:
    year = rng.randint(1995, 2020)
    cities = rng.sample(CITIES, 3)
    tools = rng.sample(TOOLS, 2)
    return rng.choice(FILLERS[lang]).format(
        n=rng.randint(2, 40),
        n2=rng.randint(5, 60),
        k=rng.randint(20, 900),
        p=rng.choice((50, 60, 80, 90)),
        y=year,
        y2=year + rng.randint(1, 6),
        city=cities[0],
        city2=cities[1],
        city3=cities[2],
        tool=tools[0],
        tool2=tools[1],
    )


def make_texts(n: int, seed: int = 4, dense: bool = False) -> tuple[list[str], list[str]]:
    """n descriptions (and their languages), the same for a given seed.

    Each: a dated title line, one labelled-corpus description and (unless `dense`)
    one or two generic sentences; ~45 words. `dense` texts are title + one or two
    corpus descriptions only: nearly every phrase names a category (worst case).
    """
    rng = random.Random(seed)
    rows = load_corpus(Path(__file__).resolve().parents[1] / "tests" / "data" / "categories_corpus.jsonl")
    by_lang = {lang: [r["text"] for r in rows if r["lang"] == lang] for lang in ("en", "fr")}
    texts, langs = [], []
    for _ in range(n):
        lang = "fr" if rng.random() < 0.35 else "en"
        if dense:
            body = " ".join(rng.sample(by_lang[lang], rng.choice((1, 2))))
        else:
            parts = [rng.choice(by_lang[lang])] + [_filler(rng, lang) for _ in range(rng.choice((1, 2)))]
            rng.shuffle(parts)
            body = " ".join(parts)
        start = rng.randint(1995, 2022)
        where = "chez" if lang == "fr" else "at"
        texts.append(
            f"{rng.choice(TITLES[lang])} {where} {rng.choice(EMPLOYERS[lang])}, {rng.choice(CITIES)}, "
            f"{start}-{start + rng.randint(1, 9)}. {body}"
        )
        langs.append(lang)
    return texts, langs


def _time(func) -> float:
    started = time.process_time()
    func()
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--dense", action="store_true", help="corpus descriptions only, no generic sentences (worst case)"
    )
    args = parser.parse_args()
    texts, langs = make_texts(args.n, dense=args.dense)
    groups = {lang: [t for t, lg in zip(texts, langs, strict=True) if lg == lang] for lang in ("en", "fr")}

    def baseline(pipelines) -> None:
        for lang, group in groups.items():
            for _doc in pipelines[lang].pipe(group, batch_size=256):
                pass

    single: dict[str, list[float]] = {"baseline": [], "categorize": []}
    warm: dict[str, list[float]] = {"baseline": [], "categorize": []}
    gc.disable()  # collections would land at random in one or the other timing
    try:
        for _ in range(args.repeat):
            reference, categorizer = SpacyCategorizer(), SpacyCategorizer()
            pipelines = {lang: reference.model(lang).nlp for lang in groups}
            for lang in groups:
                categorizer.model(lang)
            single["baseline"].append(_time(lambda p=pipelines: baseline(p)))
            single["categorize"].append(_time(lambda c=categorizer: c.categorize(texts)))
            for _ in range(args.repeat):
                warm["baseline"].append(_time(lambda p=pipelines: baseline(p)))
                warm["categorize"].append(_time(lambda c=categorizer: c.categorize(texts)))
            gc.collect()
    finally:
        gc.enable()
    words = sum(len(t.split()) for t in texts) / len(texts)
    found = categorizer.categorize(texts)
    print(
        f"texts={len(texts)} (en={len(groups['en'])}, fr={len(groups['fr'])}), mean {words:.0f} words, "
        f"{sum(map(len, found))} category matches, {sum(1 for f in found if f)} texts with a category"
        f"{' [dense]' if args.dense else ''}"
    )
    for title, runs in (("single pass", single), ("warm", warm)):
        base, cat = min(runs["baseline"]), min(runs["categorize"])
        print(
            f"{title:12s} baseline {base:.3f} s ({len(texts) / base:,.0f} texts/s)   "
            f"categorize {cat:.3f} s ({len(texts) / cat:,.0f} texts/s)   ratio {cat / base:.2f}"
        )
    ratio = min(single["categorize"]) / min(single["baseline"])
    print(f"ratio categorize / bare nlp.pipe tokenization (single pass) = {ratio:.2f} (target <= 2.0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
