"""Countries named in CVs: a post's location, countries a job involved, nationality.

The one home of place reading for every importer (matcher/profile_tools/places.py, used
by the JSON Resume converter, imports from here). Only whole country names count (ISO
English and French names, the aliases and demonyms of data/place_names.yaml); a bare
two-letter code never does in text, so "Palo Alto, CA" and "Washington, DC" give no
country. Regions ("West Africa") give nothing. A word that names two countries
("Congo") gives none, and one that is as often a person, a city or a common word
("Maurice Dubois", "Salvador, Brazil", "une réunion") needs clear signs of a country.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import reference
from ..profile_tools.lookup import fold
from .counterparts import counterpart_mentions
from .dates import fold_keep

EU_CODES = {"EL": "GR", "UK": "GB"}  # the EU's own country codes (Europass files use them) -> ISO


@cache
def _table() -> dict:
    return reference.load_data("place_names", "matcher.importers")


@cache
def _ambiguous() -> frozenset[str]:
    return frozenset(fold(word) for word in _table()["ambiguous"])


@cache
def _two_countries() -> frozenset[str]:
    return frozenset(fold(word) for word in _table()["two_countries"])


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, entry in reference.countries().items():
        for name in (entry.get("name"), entry.get("name_fr")):
            if name and "," not in name:
                names.setdefault(fold(name), code)
    for code, aliases in _table()["aliases"].items():
        for alias in aliases:
            names[fold(alias)] = code
    for short in ("us", "u s", "uk", "u k"):
        names.pop(short, None)  # only as a whole location part (location_country)
    for word in _two_countries():
        names.pop(word, None)
    return names


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjectives, folded ('kenyan', 'francaise') -> ISO code; not one that names two
    countries ('congolais': CG or CD)."""
    table = {fold(word): code for code, words in _table()["demonyms"].items() for word in words}
    return {word: code for word, code in table.items() if word not in _two_countries()}


@cache
def _name_regex() -> re.Pattern:
    keys = sorted(_names(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(r"[\W_]+".join(map(re.escape, k.split())) for k in keys) + r")(?!\w)")


def country_of(text: str) -> str | None:
    """The country a whole name stands for ('Kenya', 'Pays-Bas', 'UK'), else None."""
    key = fold(text)
    if key in ("us", "u s", "usa", "u s a"):
        return "US"
    if key in ("uk", "u k"):
        return "GB"
    return _names().get(key)


def is_ambiguous_location(part: str) -> bool:
    """'Georgia', 'Salvador': as a location, a US state or a city as often as a country."""
    return fold(part) in {fold(w) for w in _table()["ambiguous_locations"]}


@cache
def _cities() -> dict[str, str]:
    return {fold(city): code for code, cities in _table()["cities_of_ambiguous"].items() for city in cities}


def place_country(part: str, before: str = "") -> str | None:
    """The country a place's last part names ('Kenya'; 'Georgia' only after 'Tbilisi', never after
    'Atlanta'): every reader that takes a post's country from a place asks here."""
    if is_ambiguous_location(part):
        # "Atlanta, Georgia", "Salvador" (Bahia): a state or a city as often; "Tbilisi, Georgia": the city says
        code = _cities().get(fold(before))
        return code if code is not None and code == country_of(part) else None
    return country_of(part)


def bracketed_code(text: str) -> str | None:
    """'Warsaw (PL)', 'Bruxelles (BE)': the ISO code in brackets a place ends with; None for a US
    state's abbreviation ('Portland (OR)'; '(GA)' could be Gabon or Georgia the state)."""
    m = re.search(r"[^\W\d_][\w.'’ -]*\(([A-Z]{2})\)\s*$", text)
    if m is None or m.group(1) in _table()["us_state_codes"]:
        return None
    return explicit_code(m.group(1))


def location_country(text: str) -> str | None:
    """The country a location ends with ('Nairobi, Kenya' -> KE; 'Warsaw (PL)' -> PL;
    'Palo Alto, CA' -> None)."""
    code = bracketed_code(text)
    if code:
        return code
    parts = [p.strip() for p in re.split(r"[,/|()–—]|\s-\s", text) if p.strip()]
    for k in reversed(range(max(0, len(parts) - 2), len(parts))):
        code = place_country(parts[k], parts[k - 1] if k else "")
        if code:
            return code
    return None


def country_in_text(text: str) -> str | None:
    """The one country a place text names outright ('Strasbourg, France'), None if it names
    none or several (a JSON Resume `location`)."""
    parts = re.split(r"[,;/]|\s-\s", text)
    found = {code for k, part in enumerate(parts) if (code := place_country(part, parts[k - 1] if k else ""))}
    return found.pop() if len(found) == 1 else None


def explicit_code(value: Any) -> str | None:
    """An ISO 3166-1 alpha-2 code given as such (`countryCode`), or None."""
    if isinstance(value, str) and re.fullmatch(r"\s*[A-Za-z]{2}\s*", value):
        code = value.strip().upper()
        return code if code in reference.countries() else None
    return None


_NOT_COUNTRIES = re.compile(
    r"(?<!\w)(?:new[\W_]+mexico|new[\W_]+jersey|new[\W_]+south[\W_]+wales|new[\W_]+england|niger[\W_]+delta|"
    r"niger[\W_]+river|gulf[\W_]+of[\W_]+guinea|south[\W_]+china[\W_]+sea|guinea[\W_]+pigs?|georgia[\W_]+state|"
    r"jersey[\W_]+city|benin[\W_]+city|niger[\W_]+state|lebanon[\W_]+county)(?!\w)"
)
_PLACE_CUE = re.compile(r"(?<!\w)(?:in|with|to|from|en|au|aux|a|à|avec|le|la|du|de|the|of|ile|île)\s+$")


_BASE = re.compile(
    r"(?<!\w)(?:based|located|stationed|headquartered|basee?|situee?|implantee?|en poste)\s+(?:in|at|a|à|en|au)\s+"
    r"(?:[\w'-]+,?\s+){0,3}$"
)


def _clearly_a_country(text: str, start: int, end: int) -> bool:
    """An ambiguous name counts when written as a country: capitalised, after a place word,
    not followed by another name ('Maurice Dubois') or by ', <place>' ('Salvador, Brazil'),
    and not next to a US state ('in Georgia and Alabama')."""
    if not text[start].isupper() or not _PLACE_CUE.search(fold_keep(text[max(0, start - 12) : start])):
        return False
    if _next_to_a_state(text, start, end):
        return False
    return not re.match(r"\s*(?:[A-ZÀ-Ý]|,\s*[A-ZÀ-Ý])", text[end:])


def _next_to_a_state(text: str, start: int, end: int) -> bool:
    return bool(_us_states().search(text[max(0, start - 40) : start]) or _us_states().search(text[end : end + 40]))


@cache
def _us_states() -> re.Pattern:
    names = "|".join(re.escape(n) for n in _table()["us_states"] if n != "Georgia")
    return re.compile(rf"\b(?:{names}|USA|U\.S\.A?\.?|United States)\b")


# a country's name inside the name of a sea, a strait or a river is geography, not the country:
# "the Strait of Gibraltar", "golfe de Guinée", "the Mozambique Channel", "the Niger Delta"
_FEATURE_BEFORE = re.compile(
    r"(?<!\w)(?:straits?|gulf|bay|sea|horn|channel|lake|mount|detroit|golfe|baie|mer|canal|lac|mont)"
    r"\s+(?:of|de|du|des|d')\s*(?:the\s+|la\s+|l')?$"
)
_FEATURE_AFTER = re.compile(r"^\s+(?:straits?|sea|channel|canal|river|delta|basin|gulf|valley)(?!\w)")
# "Ukraine, Moldova and Georgia", "Syria and Jordan": a name that is also a state or a person is
# the country when it is listed with a country
# "the UK", "the U.S.": the short forms are a country in prose only after "the" ("Palo Alto, CA"...)
_THE_SHORT = re.compile(r"(?<!\w)the\s+u\.?\s?(k|s)\.?(?![\w.])(?!\s+dollars?)")
_LISTED = re.compile(r"^\s*(?:,|;|/|&|and|et|or|ou|as well as|ainsi que)\s*(?:the\s+|la\s+|le\s+|l'|les\s+)?$")


def mentions(text: str) -> list[tuple[int, str]]:
    """(offset, code) of each country a free text names, by name or as its authorities."""
    plain = _NOT_COUNTRIES.sub(lambda m: " " * len(m.group()), fold_keep(text))  # same length as text
    named: list[tuple[int, int, str, bool]] = []  # start, end, code, certain
    for match in _name_regex().finditer(plain):
        name = fold(match.group(1))
        if _FEATURE_BEFORE.search(plain[max(0, match.start() - 20) : match.start()]):
            continue
        if _FEATURE_AFTER.match(plain[match.end() :]):
            continue
        if _BASE.search(plain[max(0, match.start() - 48) : match.start()]):
            continue  # "Based in Accra, Ghana": where the post was, not a country it worked with
        certain = name not in _ambiguous() or _clearly_a_country(text, match.start(), match.end())
        named.append((match.start(), match.end(), _names()[name], certain))
    found = [
        (start, code) for k, (start, _, code, certain) in enumerate(named) if certain or _listed(text, plain, named, k)
    ]
    short = [(m.start(), "GB" if m.group(1)[0] == "k" else "US") for m in _THE_SHORT.finditer(plain)]
    return sorted(found + short + counterpart_mentions(plain))


def _listed(text: str, plain: str, named: list[tuple[int, int, str, bool]], k: int) -> bool:
    """An uncertain name listed with a country: "Syria and Jordan", "Ukraine, Moldova and Georgia",
    "Georgia, Armenia and Azerbaijan" (but "Salvador, Brazil" is a city and its country)."""
    start, end = named[k][:2]
    if _next_to_a_state(text, start, end):
        return False
    if k and named[k - 1][3] and _LISTED.match(plain[named[k - 1][1] : start]):
        return True
    if k + 1 >= len(named) or not named[k + 1][3]:
        return False
    between = plain[end : named[k + 1][0]]
    if not _LISTED.match(between):
        return False
    if between.strip() not in (",", ";", "/"):
        return True
    return k + 2 < len(named) and _LISTED.match(plain[named[k + 1][1] : named[k + 2][0]]) is not None


def countries_in(text: str, exclude: str | None = None) -> list[str]:
    """Countries named in free text, in order, without repeats (and without `exclude`)."""
    found: list[str] = []
    for _, code in mentions(text):
        if code != exclude and code not in found:
            found.append(code)
    return found


def ambiguous_names_in(text: str) -> list[str]:
    """Words that name two countries ('Congo'), found in free text: for a review note."""
    plain = fold(text)
    return [word for word in sorted(_two_countries()) if re.search(rf"\b{re.escape(word)}\b", plain)]


@cache
def _prefixes() -> dict[str, str]:
    return {fold(p): code for code, prefixes in _table()["demonym_prefixes"].items() for p in prefixes}


def _compound(key: str) -> list[str] | None:
    """'franco malgache' (folded 'franco-malgache') -> [FR, MG]: a combining form, then a demonym."""
    words = key.split()
    if len(words) < 2 or not all(w in _prefixes() for w in words[:-1]):
        return None
    last = demonyms().get(words[-1])
    return [_prefixes()[w] for w in words[:-1]] + [last] if last else None


def nationality_codes(text: str) -> list[str]:
    """'French and Algerian', 'Kenyan', 'française', 'Senegal / France' -> ISO codes; [] if unsure."""
    codes = []
    for part in re.split(r",|;|/|\band\b|\bet\b|&|\+", text):
        key = fold(part)
        if not key:
            continue
        key = re.sub(r"\b(citizen|national|nationality|nationalite|citoyen|citoyenne|dual|double)\b", " ", key)
        key = " ".join(key.split())
        compound = _compound(key)
        if compound:  # "franco-malgache", "italo-argentin": one word, two nationalities
            codes += [c for c in compound if c not in codes]
            continue
        code = demonyms().get(key) or country_of(key)
        if code is None:
            return []  # one part not understood (or naming two countries): say nothing rather than half
        if code not in codes:
            codes.append(code)
    return codes
