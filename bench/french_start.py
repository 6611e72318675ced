#!/usr/bin/env python3
"""Cold `matcher check` of a French free-text profile against the same check of an English one.

Runs, alternately and N times each, in fresh processes:
  en: python -m matcher check bench/data/freetext-en.yaml rules/interpol-vn-0844.yaml --format json
  fr: python -m matcher check bench/data/freetext-fr.yaml rules/interpol-vn-0844.yaml --format json
Both profiles leave their categories to the categorizer, so each run builds one spaCy
pipeline (English or French). Prints min and median wall times and the fr/en ratio
(target <= 1.3), and checks that the French profile's entry got its categories. Then it
checks that the light French tokenizer (matcher/nlp/french.py) gives the same matches as
spaCy's full French tokenizer (`spacy.blank("fr")`) on every French text of the corpora.
Usage: .venv/bin/python bench/french_start.py [N]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules" / "interpol-vn-0844.yaml"
PY = sys.executable


def command(lang: str) -> list[str]:
    return [
        PY,
        "-m",
        "matcher",
        "check",
        str(ROOT / "bench" / "data" / f"freetext-{lang}.yaml"),
        str(RULES),
        "--format",
        "json",
    ]


def wall(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1, 3):
        sys.exit(f"command failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return elapsed, done.stdout


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    outputs = {}
    for lang in ("en", "fr"):  # warm the OS file cache and .pyc files
        outputs[lang] = wall(command(lang))[1]
    for lang, out in outputs.items():
        found = "fingerprints" in out
        print(f"{lang}: fingerprints found in the check output: {found}")
    times: dict[str, list[float]] = {"en": [], "fr": []}
    for _ in range(runs):
        for lang in ("en", "fr"):
            times[lang].append(wall(command(lang))[0])
    for lang, values in times.items():
        print(f"{lang}  min {min(values) * 1000:7.1f} ms   median {statistics.median(values) * 1000:7.1f} ms")
    print(
        f"ratio fr/en  min {min(times['fr']) / min(times['en']):.2f}   "
        f"median {statistics.median(times['fr']) / statistics.median(times['en']):.2f}   (target <= 1.3)"
    )
    json.loads(outputs["fr"])  # the check printed a JSON report
    same_matches()


def same_matches() -> None:
    import spacy

    sys.path.insert(0, str(ROOT))
    import matcher.nlp.french as french
    from matcher.nlp.categorizer import SpacyCategorizer
    from matcher.nlp.evaluation import load_corpus

    texts = [
        r["text"]
        for name in ("categories_corpus", "categories_frames_dev")
        for r in load_corpus(ROOT / "tests" / "data" / f"{name}.jsonl")
        if r["lang"] == "fr"
    ]
    light = SpacyCategorizer().categorize(texts, lang="fr")
    french.blank = spacy.blank  # the categorizer builds its French pipeline with spaCy's own French
    full = SpacyCategorizer().categorize(texts, lang="fr")
    differ = [t for t, a, b in zip(texts, light, full, strict=True) if a != b]
    print(
        f"same matches with spaCy's full French tokenizer on {len(texts)} French texts: "
        f"{'yes' if not differ else 'NO, ' + str(len(differ)) + ' differ'}"
    )
    for text in differ[:5]:
        print("  differs:", text)


if __name__ == "__main__":
    main()
