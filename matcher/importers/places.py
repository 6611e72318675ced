"""Countries named in CV text: a post's location, countries a job involved, nationality.

Only whole country names (ISO English and French names, the aliases and demonyms of
data/place_names.yaml) count; a bare two-letter code never does, so "Palo Alto, CA"
and "Washington, DC" give no country. Regions ("West Africa") give nothing.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..profile_tools.lookup import fold

_AMBIGUOUS_NAMES = {"jordan", "chad", "georgia", "niger"}  # also first names or a US state: need a cue


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, entry in reference.countries().items():
        for name in (entry.get("name"), entry.get("name_fr")):
            if name and "," not in name:
                names.setdefault(fold(name), code)
    table = reference.load_data("place_names", "matcher.importers")
    for code, aliases in table["aliases"].items():
        for alias in aliases:
            names[fold(alias)] = code
    for short in ("us", "u s", "uk", "u k"):
        names.pop(short, None)  # only as a whole location part (location_country)
    return names


@cache
def _demonyms() -> dict[str, str]:
    table = reference.load_data("place_names", "matcher.importers")
    return {fold(word): code for code, words in table["demonyms"].items() for word in words}


@cache
def _name_regex() -> re.Pattern:
    keys = sorted(_names(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b")


def country_of(text: str) -> str | None:
    """The country a whole name stands for ('Kenya', 'Pays-Bas', 'UK'), else None."""
    key = fold(text)
    if key in ("us", "u s", "usa", "u s a"):
        return "US"
    if key in ("uk", "u k"):
        return "GB"
    return _names().get(key)


def location_country(text: str) -> str | None:
    """The country a location ends with ('Nairobi, Kenya' -> KE; 'Palo Alto, CA' -> None)."""
    parts = [p.strip() for p in re.split(r"[,/|()–—]|\s-\s", text) if p.strip()]
    for part in reversed(parts[-2:]):
        code = country_of(part)
        if code:
            return code
    return None


_NOT_COUNTRIES = re.compile(
    r"\b(?:new mexico|new jersey|new south wales|new england|niger delta|niger river|"
    r"gulf of guinea|south china sea|guinea pigs?|georgia state|jersey city)\b"
)


def countries_in(text: str, exclude: str | None = None) -> list[str]:
    """Countries named in free text, in order, without repeats (and without `exclude`)."""
    folded = _NOT_COUNTRIES.sub(" ", fold(text))
    found = []
    for match in _name_regex().finditer(folded):
        name = match.group(1)
        if name in _AMBIGUOUS_NAMES and not re.search(
            r"\b(in|with|to|from|en|au|avec|le|la|du|the)\s+$", folded[: match.start()]
        ):
            continue
        code = _names()[name]
        if code != exclude and code not in found:
            found.append(code)
    return found


def nationality_codes(text: str) -> list[str]:
    """'French and Algerian', 'Kenyan', 'française', 'Senegal / France' -> ISO codes; [] if unsure."""
    codes = []
    for part in re.split(r",|;|/|\band\b|\bet\b|&|\+", text):
        key = fold(part)
        if not key:
            continue
        key = re.sub(r"\b(citizen|national|nationality|nationalite|citoyen|citoyenne|dual|double)\b", " ", key)
        key = " ".join(key.split())
        code = _demonyms().get(key) or country_of(key)
        if code is None:
            return []  # one part not understood: say nothing rather than half
        if code not in codes:
            codes.append(code)
    return codes
