"""Countries a job dealt with through their authorities, named by nationality adjective.

"cooperation with Moroccan and Portuguese authorities", "the Romanian, Bulgarian and Spanish
police", "avec les autorités libyennes et maltaises": the country whose police, ministry,
prosecutors or officials the post worked with counts as a country worked with (the CV
conventions' counterpart rule). An adjective that is not followed (in French: preceded) by
such a body says nothing about the job: "victims of Nigerian nationality", "Hungarian
nationals", "French cuisine" give no country; nor does a unit that may cover a country as its
subject rather than be its authority ("the Czech desk", "the Africa desk").
"""

from __future__ import annotations

import re
from functools import cache

# bodies a post deals with (folded: lower case, no accents)
_BODIES_EN = (
    r"authorit(?:y|ies)|police|counterparts?|officials?|officers?|prosecutors?|prosecution|ministr(?:y|ies)|"
    r"gendarmerie|customs|border guards?|coast ?guards?|agencies|investigators|judges|magistrates|"
    r"navy|army|armed forces|directorates?|inspectorates?|guardia civil|carabinieri|marechaussee|"
    r"bundespolizei|polizei|politie|policia|gendarmeria|guardia di finanza|bundeskriminalamt|fius?|"
    r"financial intelligence units?"
)
_MODIFIERS_EN = (
    r"(?:national|federal|border|judicial|customs|liaison|law[- ]enforcement|immigration|police|"
    r"prosecution|investigating|counter-?terrorism|security|central|public|royal|naval|maritime|criminal|"
    r"general|state)\s+"
)
_BODIES_FR = (
    r"autorites|homologues|polices?|ministeres?|parquets?|gendarmeries?|douanes?|officiers(?: de liaison)?|"
    r"magistrats|enqueteurs|services(?: de police| de securite| de renseignement| judiciaires)?|"
    r"forces de (?:police|securite)|gardes-frontieres|administrations?|gendarmes|policiers|"
    r"guardia civil|carabinieri|bundespolizei|polizei|marechaussee|policia|forces armees|garde-cotes|"
    r"gardes-cotes|guardia di finanza|policia judiciaria"
)
# what may stand between a French body and its adjective: "la police fédérale belge", "les autorités
# policières marocaines et turques"
_MODIFIERS_FR = (
    r"judiciaires?|frontalieres?|centrales?|nationales?|federales?|policieres?|douanieres?|militaires?|"
    r"maritimes?|navales?"
)
_JOIN_EN = r"\s*(?:,|\band\b|&)\s*(?:the\s+)?"  # whole words: "ugANDan" is one demonym
_JOIN_FR = r"\s*(?:,|\bet\b)\s*"


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    from .places import demonyms

    words = sorted(demonyms(), key=len, reverse=True)
    dem = "|".join(re.escape(w) for w in words)
    one = rf"(?:{dem})"
    english = re.compile(rf"(?<!\w)({one}(?:{_JOIN_EN}{one})*)\s+(?:{_MODIFIERS_EN})*(?:{_BODIES_EN})(?!\w)")
    french = re.compile(
        rf"(?<!\w)(?:{_BODIES_FR})(?:\s+(?:{_MODIFIERS_FR}))?\s+"
        rf"((?:{dem})s?(?:{_JOIN_FR}(?:{dem})s?)*)(?!\w)"
    )
    return english, french


_NCB = (
    r"(?<!\w)(?:ncbs?|bcns?|national central bureau[sx]?|bureaux? centra(?:l|ux) nationa(?:l|ux))"
    r"(?:\s+(?:of|in|de|du|a))?"
)
_NCB_JOIN = r"\s*(?:,|\band\b|\bet\b|&)\s*(?:(?:of|in|de|a)\s+|d'|d’)?"


@cache
def _ncb_cities() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    from .dates import fold_keep
    from .places import _table

    cities = {fold_keep(city): code for code, names in _table()["ncb_cities"].items() for city in names}
    one = "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
    listed = re.compile(rf"{_NCB}\s*(?:d'|d’)?((?:{one})(?:{_NCB_JOIN}(?:{one}))*)(?!\w)")
    return listed, re.compile(one), cities


def ncb_mentions(plain: str) -> list[tuple[int, str]]:
    """(offset, code) for each National Central Bureau named by its city ("INTERPOL NCB Abu
    Dhabi", "les BCN de Dakar et d'Abidjan"): its country is a counterpart. `plain` is folded
    text (fold_keep: lower case, no accents, same length)."""
    listed, city_names, cities = _ncb_cities()
    found: list[tuple[int, str]] = []
    for match in listed.finditer(plain):
        offset = match.start(1)
        for city in city_names.finditer(match.group(1)):
            found.append((offset + city.start(), cities[city.group()]))
    return found


def counterpart_mentions(plain: str) -> list[tuple[int, str]]:
    """(offset, code) for each nationality adjective naming a body the text deals with.
    `plain` is folded text (lower case, no accents)."""
    from .places import demonyms

    table = demonyms()
    found: list[tuple[int, str]] = []
    for pattern, join in zip(_patterns(), (_JOIN_EN, _JOIN_FR), strict=True):
        for match in pattern.finditer(plain):
            offset = match.start(1)
            for word in re.split(join, match.group(1)):
                code = table.get(word) or table.get(word[:-1] if word.endswith("s") else "")
                if code:
                    found.append((offset + match.group(1).find(word), code))
    return found + ncb_mentions(plain)
