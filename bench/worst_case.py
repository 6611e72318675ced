#!/usr/bin/env python3
"""Categorising hostile 100 KB descriptions against 100 KB of ordinary prose.

Each text is one experience description of SIZE characters (default 100,000), given
to `SpacyCategorizer.categorize` in a fresh categorizer whose pipelines are already
built (the build is not what is measured). Texts:
  prose       ordinary CV sentences, varied (numbers and places change), with category words
  hashes      one run of '#'
  punctuation a run of mixed punctuation and symbols ("#.!?-_*=...")
  mixed       words glued by punctuation without spaces ("a#b.c!d...")
  cues        "no DNA, no AFIS, " repeated: every match has cues before it
  near        "support support ... victims victims ...": many near-pair candidates
  exclusions  exclusion phrases repeated ("crime scene cleaner, to the police, brand DNA, ")
  pseudo      pseudo-cues among cues ("no doubt, no DNA, not only AFIS, ")
CPU time, best of 5 (the machine is shared). Prints each ratio to prose (target: hostile <= 3x prose).
Usage: .venv/bin/python bench/worst_case.py [SIZE]
"""

from __future__ import annotations

import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matcher.nlp.categorizer import SpacyCategorizer  # noqa: E402


def prose(size: int) -> str:
    places = ["Lyon", "Dakar", "Lima", "Oslo", "Hanoi", "Quito", "Accra", "Riga"]
    parts, i = [], 0
    while sum(map(len, parts)) < size:
        parts.append(
            f"In {2000 + i % 24} I led a team of {3 + i % 40} analysts in {places[i % 8]}, "
            f"reviewed {10 + i} case files on human trafficking and drafted {i % 9 + 1} reports "
            f"for the regional police; budget {1000 + 37 * i} euros. "
        )
        i += 1
    return "".join(parts)[:size]


def texts(size: int) -> dict[str, str]:
    symbols = "".join(c for c in string.punctuation)
    return {
        "prose": prose(size),
        "hashes": "#" * size,
        "punctuation": (symbols * (size // len(symbols) + 1))[:size],
        "mixed": ("".join(f"{c}{p}" for c, p in zip(string.ascii_lowercase, symbols, strict=False)) * size)[:size],
        "cues": ("no DNA, no AFIS, " * size)[:size],
        "near": (("support " * 50 + "victims " * 50) * size)[:size],
        "exclusions": ("crime scene cleaner, to the police, brand DNA, " * size)[:size],
        "pseudo": ("no doubt, no DNA, not only AFIS, " * size)[:size],
    }


def cpu(categorizer: SpacyCategorizer, text: str) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        categorizer.categorize([text], lang="en")
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    categorizer = SpacyCategorizer()
    categorizer.categorize(["warm up"], lang="en")
    cases = texts(size)
    base = cpu(categorizer, cases["prose"])
    print(f"prose        {base * 1000:8.1f} ms  ({size} characters)")
    worst = 0.0
    for name, text in cases.items():
        if name == "prose":
            continue
        seconds = cpu(categorizer, text)
        worst = max(worst, seconds / base)
        print(f"{name:12} {seconds * 1000:8.1f} ms  ratio {seconds / base:5.2f}")
    print(f"worst ratio to prose {worst:.2f} (target <= 3)")


if __name__ == "__main__":
    main()
