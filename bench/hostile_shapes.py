"""Worst-case profile shapes inside every loader limit, one per dimension (bench/hostile_bench.py).

The limits (SECURITY.md): of every file (matcher/files/limits.py) 5 MiB, 200,000 values (every
mapping, list, key and scalar counts one), 100,000 characters per string, nesting 40 deep; of a
profile (matcher/models/profile_limits.py) 1,000 entries per list, 300 country codes per list,
250,000 characters of experience text, 300 characters of name. Each shape fills one dimension (or
a combination) up to the first limit it meets: `fill` adds items until the next one would break
the size, the value count, the entry count or the experience text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

from matcher.models.profile_limits import MAX_COUNTRIES, MAX_ENTRIES, MAX_EXPERIENCE_TEXT, MAX_NAME_CHARS

MAX_BYTES, MAX_VALUES, MAX_CHARS = 5 * 2**20, 200_000, 100_000
WORDS = (
    "analysed fingerprints latent prints crime scene forensic database police investigation reports "
    "trained officers managed team project digital evidence laboratory Interpol Europol"
).split()
# Words of many categories at once (matcher/reference/data/categories.yaml): every text hits most of them.
CUES = (
    "police officer, fingerprint examiner, DNA profiling, facial recognition, biometric matching technology, "
    "crime scene investigation, human trafficking, migrant smuggling, child protection, international police "
    "cooperation, policy development, training coordinator, criminal investigation, criminal intelligence, "
    "counter-intelligence, crime prevention, internal affairs, anti-corruption, classified information, "
    "mediation, cybercrime, cryptocurrency, counter-terrorism, organised crime, firearms trafficking, "
    "wildlife crime, criminal law, political analysis, managerial, project management, international organization"
).split(", ")
FRENCH = (
    "analysé des empreintes digitales latentes sur la scène de crime pour la police nationale, enquêtes "
    "criminelles et rapports de laboratoire médico-légal avec Interpol et Europol"
).split()
# Text in languages without phrases: the language detector reads them, the NLP does not.
OTHERS = [
    "Fingerabdrücke an Tatorten für die Bundespolizei und das Landeskriminalamt analysiert",
    "analizó huellas dactilares latentes en la escena del crimen para la policía nacional",
    "analisou impressões digitais latentes na cena do crime para a polícia federal",
    "ha analizzato impronte digitali latenti sulla scena del crimine per la polizia di stato",
    "analizował odciski palców na miejscu przestępstwa dla policji",
    "vingerafdrukken op de plaats delict geanalyseerd voor de nationale politie",
]
COUNTRIES = (
    "FR DE ES IT PT NL BE LU SN CI ML NG GH KE ZA EG MA TN DZ US CA MX BR AR CL CO PE GB IE NO SE FI DK PL "
    "CZ SK HU RO BG GR TR JP CN IN ID TH VN PH AU NZ"
).split()
PUNCTUATION = "#([\"'«*…!,:€+=-_/\\|<>{}~^%$@;?)]»"


def values(data: Any) -> int:
    """The values the loader counts: every mapping, list, key and scalar."""
    if isinstance(data, dict):
        return 1 + sum(1 + values(v) for v in data.values())
    if isinstance(data, list):
        return 1 + sum(values(v) for v in data)
    return 1


def size(data: Any) -> int:
    return len(json.dumps(data).encode())


def text_of(item: Any) -> int:
    """The characters of an experience entry that count against MAX_EXPERIENCE_TEXT."""
    if not isinstance(item, dict):
        return 0
    return sum(len(item.get(field) or "") for field in ("title", "employer", "description"))


def fill(make: Callable[[int], Any], base: dict, key: str, *, most: int = MAX_ENTRIES) -> dict:
    """`base` with `base[key]` a list of make(0), make(1), ... up to the first limit (bytes,
    values, entries or, for experience, its text)."""
    data = {**base, key: []}
    budget_bytes, budget_values = MAX_BYTES - size(data) - 64, MAX_VALUES - values(data) - 1
    budget_text = MAX_EXPERIENCE_TEXT if key == "experience" else 10**9
    items = data[key]
    for i in range(min(most, MAX_ENTRIES)):
        item = make(i)
        cost_bytes, cost_values, cost_text = size(item) + 2, values(item), text_of(item)
        if cost_bytes > budget_bytes or cost_values > budget_values or cost_text > budget_text:
            break
        items.append(item)
        budget_bytes -= cost_bytes
        budget_values -= cost_values
        budget_text -= cost_text
    return data


def words(rng: random.Random, n: int, vocabulary: list[str] = WORDS) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(n))


def free_text_entry(i: int, rng: random.Random) -> dict:
    """An entry of three title words, a start month and twelve words of description."""
    return {"title": words(rng, 3), "start": f"{1990 + i % 30}-{1 + i % 12:02d}", "description": words(rng, 12)}


def free_text_profile(entries: int, rng: random.Random) -> dict:
    return {"experience": [free_text_entry(i, rng) for i in range(entries)]}


def long_text(piece: Callable[[], str]) -> str:
    """A string of just under MAX_CHARS characters made of `piece()` repeated."""
    out: list[str] = []
    total = 0
    while total < MAX_CHARS - 200:
        part = piece()
        out.append(part)
        total += len(part)
    return "".join(out)[: MAX_CHARS - 1]


def long_descriptions(text: Callable[[int], str]) -> dict:
    """As many entries of one 100,000-character description as the experience text holds (2)."""
    return fill(lambda i: {"title": "forensic officer", "description": text(i)}, {}, "experience")


def shapes() -> dict[str, Callable[[], dict]]:
    """name -> a function building that profile (deterministic: each has its own seed)."""
    rng = random.Random(17)

    def free_text(i: int) -> dict:
        return free_text_entry(i, rng)

    def prose(i: int) -> str:
        local = random.Random(i)
        return long_text(lambda: words(local, 14, WORDS + CUES) + ". ")

    def punctuation(i: int) -> str:
        local = random.Random(i)
        return long_text(lambda: local.choice(PUNCTUATION) * local.choice([3, 47, 500, 10_000]) + " word ")

    def mixed_punctuation(i: int) -> str:
        local = random.Random(i)
        return long_text(lambda: "".join(local.choice(PUNCTUATION) for _ in range(5000)) + "a")

    def long_token(i: int) -> str:
        return "fingerprint" * (MAX_CHARS // 11)

    def affixes(i: int) -> str:  # 47-character chunks: each one just under textprep's MAX_CHUNK
        return long_text(lambda: "(" * 20 + "police" + ")" * 21 + " ")

    def sentences(i: int) -> str:
        return long_text(lambda: "Fingerprints. Not DNA. ")

    def country(i: int) -> str:
        return COUNTRIES[i % len(COUNTRIES)]

    def overlapping(i: int) -> dict:
        return {
            "title": "fingerprint examiner",
            "start": f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "end": "2024-06-30",
            "categories": ["fingerprints"],
            "fraction": round(0.1 + (i % 9) / 10, 2),
        }

    table: dict[str, Callable[[], dict]] = {
        "1,000 free-text entries": lambda: fill(free_text, {}, "experience"),
        "free-text entries, no dates": lambda: fill(
            lambda i: {"title": words(rng, 3), "description": words(rng, 12)}, {}, "experience"
        ),
        "titles only": lambda: fill(lambda i: {"title": words(rng, 4)}, {}, "experience"),
        "titles of three categories": lambda: fill(
            lambda i: {"title": ", ".join(rng.sample(CUES, 3))}, {}, "experience"
        ),
        "entries with every category": lambda: fill(
            lambda i: {"title": words(rng, 2), "description": ", ".join(rng.sample(CUES, 20))}, {}, "experience"
        ),
        "French and English entries": lambda: fill(
            lambda i: {"title": words(rng, 3), "description": words(rng, 60, FRENCH if i % 2 else WORDS)},
            {},
            "experience",
        ),
        "many languages' texts": lambda: fill(
            lambda i: {"title": "officer", "description": " ".join(rng.sample(OTHERS, 6)) + f" {i}"}, {}, "experience"
        ),
        "100 KB descriptions of prose": lambda: long_descriptions(prose),
        "100 KB punctuation runs": lambda: long_descriptions(punctuation),
        "100 KB mixed punctuation": lambda: long_descriptions(mixed_punctuation),
        "100 KB single tokens": lambda: long_descriptions(long_token),
        "100 KB of 47-char affix chunks": lambda: long_descriptions(affixes),
        "100 KB of short sentences": lambda: long_descriptions(sentences),
        "100 KB titles and employers": lambda: fill(
            lambda i: {"title": prose(i)[:49_000], "employer": prose(i + 1)[:49_000]}, {}, "experience"
        ),
        "1,000 overlapping entries": lambda: fill(overlapping, {"infer_categories": False}, "experience"),
        "overlapping dated entries": lambda: fill(
            lambda i: {**overlapping(i), "title": words(rng, 3)}, {"infer_categories": False}, "experience"
        ),
        "dated titles to infer": lambda: fill(
            lambda i: {"title": words(rng, 3), "start": f"{1960 + i % 60}-01-01", "end": "2024-06-30"},
            {},
            "experience",
        ),
        "declared categories, all": lambda: fill(
            lambda i: {"title": "x", "start": "2000", "categories": ["fingerprints", "dna", "crime_scene"]},
            {},
            "experience",
        ),
        "current employer tenure": lambda: fill(
            lambda i: {"title": "examiner", "employer": f"Police {i % 7}", "start": f"{1990 + i % 30}"},
            {"current_employment": {"employer": "Police 1", "experience_entry": 2}, "infer_categories": False},
            "experience",
        ),
        "countries worked with": lambda: fill(
            lambda i: {
                "title": "liaison officer",
                "start": "2001",
                "countries_worked_with": (COUNTRIES * 7)[:MAX_COUNTRIES],
            },
            {},
            "experience",
        ),
        "nationalities": lambda: fill(country, {}, "nationality", most=MAX_COUNTRIES),
        "languages": lambda: fill(
            lambda i: {"language": ["en", "fr", "ar", "es", "de"][i % 5], "level": "B2"}, {}, "languages"
        ),
        "languages with skills": lambda: fill(
            lambda i: {"language": ["en", "fr", "ar"][i % 3], "skills": {"listening": "C1", "speaking": "B1"}},
            {},
            "languages",
        ),
        "education entries": lambda: fill(
            lambda i: {"level": 6 + i % 3, "years": 3.0, "completed": True, "field": words(rng, 2)}, {}, "education"
        ),
        "education, dated": lambda: fill(
            lambda i: {"level": 7, "start": f"{1970 + i % 50}", "end": "2023", "completed": i % 2 == 0},
            {},
            "education",
        ),
        "an error in every entry": lambda: fill(
            lambda i: {"title": "examiner", "start": "2023-02-30"}, {}, "experience"
        ),
        "long name, blind": lambda: fill(
            lambda i: {**free_text(i), "description": words(rng, 60)},
            {
                "name": words(rng, 60, [w.capitalize() for w in WORDS])[:MAX_NAME_CHARS],
                "email": ("a.b" * 150)[: MAX_NAME_CHARS - 12] + "@example.org",
                "phone": " ".join(["+33", *["12"] * 200])[:MAX_NAME_CHARS],
            },
            "experience",
        ),
    }

    def seeded(make: Callable[[], dict]) -> Callable[[], dict]:
        def build() -> dict:
            rng.seed(17)  # the same profile whichever shapes are built before it
            return make()

        return build

    return {name: seeded(make) for name, make in table.items()}
