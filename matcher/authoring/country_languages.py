"""Languages named by a country's collective phrase: "the three administrative languages".

A notice of a national service often asks for "its" languages without listing them ("provide
evidence of knowledge of the three administrative languages", "Connaissance des langues
nationales"). The phrase and the languages of each country are in data/country_languages.yaml;
the country is the one the notice names most (by name or nationality adjective) among those the
file holds. "the three ..." / "knowledge of the ..." asks each language; "one of the ..." any.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import reference
from .countries import adjective_countries, countries_named
from .language_names import find_languages, find_levels

Entry = dict

_ANY = re.compile(r"\b(?:one|any|either) of\b|\bl.une des\b|\b(?:une|un) des\b|\bau moins une\b", re.IGNORECASE)


_NUMBERS = {"two": 2, "both": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "2": 2, "3": 3, "4": 4}
_NUMBER = "|".join(_NUMBERS)
_COUNT = re.compile(rf"^\s*(?:{_NUMBER})\b", re.IGNORECASE)
_COUNT_BEFORE = re.compile(rf"\b(?:{_NUMBER})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sets() -> dict[str, tuple[list[str], re.Pattern[str]]]:
    data = reference.load_data("country_languages", "matcher.authoring")["countries"]
    return {
        code: (list(entry["languages"]), re.compile("|".join(f"(?:{n})" for n in entry["names"]), re.IGNORECASE))
        for code, entry in data.items()
    }


def notice_country(text: str) -> str | None:
    """The country of data/country_languages.yaml the notice names most (names and adjectives)."""
    counts = Counter(
        code
        for line in text.splitlines()
        for code in countries_named(line) + adjective_countries(line)
        if code in _sets()
    )
    return counts.most_common(1)[0][0] if counts else None


def country_language_entries(sentence: str, importance: str, country: str | None) -> list[Entry]:
    """The language rules a sentence asks by the country's collective phrase and a level ("provide
    evidence of knowledge of the three administrative languages"), else []."""
    if not country or country not in _sets():
        return []
    languages, names = _sets()[country]
    found = names.search(sentence)
    if not found or find_languages(sentence):  # "one of the two official languages (English and French)"
        return []
    count = _COUNT.search(found.group(0)) or _COUNT_BEFORE.search(sentence[: found.start()])
    if count and _NUMBERS.get(count.group(0).strip().lower(), 0) != len(languages):  # "the two official languages" of
        return []  # a country that has three: the notice means other ones (an organization's)
    levels = find_levels(sentence)
    if not levels:  # the phrase alone ("the country's national languages") asks nothing
        return []
    meta = {
        "importance": importance,
        "source": sentence,
        "cue": found.group(0),
        "confidence": 0.6,
        "review": f"'{found.group(0)}' read as the languages of {reference.country_name(country)} "
        f"({', '.join(languages)}): check them",
    }
    level = {"wording": levels[0][2]}
    if _ANY.search(sentence[: found.start()]):
        return [{"kind": "language", **meta, "languages": languages, **level}]
    return [{"kind": "language", **meta, "languages": [code], **level} for code in languages]
