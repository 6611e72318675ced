"""A country from an imported place, only when the place says it without doubt.

CV locations are free text ("Palo Alto, CA", "Atlanta, GA", "Dakar, Sénégal"). A country
comes only from an explicit ISO code in a field meant for it (`countryCode`) or from a
part of the text that is exactly one country's English or French name. A two-letter part
is not a country code (CA, GA, IN are US states as often as Canada, Gabon, India), a name
that is also a well-known sub-national place (Georgia) is not a country, and a text naming
two different countries gives none: each such place is reported with its original text.
"""

from __future__ import annotations

import re
from typing import Any

from .. import reference
from .lookup import fold

# Country names that are as often a state or province of another country in CVs.
AMBIGUOUS_NAMES = frozenset({"georgia"})


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, entry in reference.countries().items():
        for name in (entry.get("name"), entry.get("name_fr")):
            if name:
                names.setdefault(fold(name), code)
    return names


def explicit_code(value: Any) -> str | None:
    """An ISO 3166-1 alpha-2 code given as such (`countryCode`), or None."""
    if isinstance(value, str) and re.fullmatch(r"\s*[A-Za-z]{2}\s*", value):
        code = value.strip().upper()
        return code if code in reference.countries() else None
    return None


def country_in_text(text: str) -> str | None:
    """The one country a place text names outright, or None if it names none or several."""
    names = _names()
    found = {
        names[key]
        for key in (fold(part) for part in re.split(r"[,;/]|\s-\s", text))
        if key in names and key not in AMBIGUOUS_NAMES
    }
    return found.pop() if len(found) == 1 else None


def same_city(place: str, city: Any) -> bool:
    """True when the place's first part is the given city ('Palo Alto, CA' and 'Palo Alto')."""
    return isinstance(city, str) and bool(fold(city)) and fold(place.split(",")[0]) == fold(city)
