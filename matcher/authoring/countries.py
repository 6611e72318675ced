"""Country names and nationality adjectives in notice text, in English and French.

"citizens of Kosovo", "Australie, Autriche", "de nationalité djiboutienne", "U.S citizens":
names from matcher/reference/data/countries.yaml, aliases from data/draft_patterns.yaml
(`country_aliases`) and irregular adjectives from data/demonyms.yaml.
"""

from __future__ import annotations

import os
import re
import unicodedata

from .. import reference
from .patterns import patterns

_COUNTRIES: list[tuple[re.Pattern[str], str]] = []


def _country_names() -> list[tuple[re.Pattern[str], str]]:
    out = [
        (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), code)
        for name, code in patterns().country_aliases.items()
    ]
    for code, country in reference.countries().items():
        for name in (n for n in (country.get("name"), country.get("name_fr")) if isinstance(n, str)):
            if len(name) >= 4:
                out.append((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), code))
        english = country.get("name")
        if isinstance(english, str) and english.endswith("a") and len(english) >= 4:  # "a South African citizen"
            out.append(
                (re.compile(rf"(?<![\w-]){re.escape(english)}n(?=\s+(?:citizens?|nationals?|nationality)\b)"), code)
            )
    return sorted(out, key=lambda x: -len(x[0].pattern))


def country_patterns() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, ISO code) of every country name and alias, longest first."""
    if not _COUNTRIES:
        _COUNTRIES.extend(_country_names())
    return _COUNTRIES


def countries_named(text: str) -> list[str]:
    """ISO codes of the countries named in `text` (English or French names), in order."""
    if not _COUNTRIES:
        _COUNTRIES.extend(_country_names())
    taken: list[tuple[int, int, str]] = []
    for pattern, code in _COUNTRIES:
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), code))
    return list(dict.fromkeys(code for _, _, code in sorted(taken)))


def first_country_at(text: str) -> int:
    """Where the first country name (English, French or an alias) starts in `text` (len if none)."""
    if not _COUNTRIES:
        _COUNTRIES.extend(_country_names())
    return min((m.start() for pattern, _ in _COUNTRIES if (m := pattern.search(text))), default=len(text))


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


ADJECTIVE_AT = re.compile(
    # "de nationalité française", "Nationalité suisse" (a list item opening on the noun)
    r"\b(?i:nationalit|citoyennet)[ée]\s+(?!(?i:d\W|de\b|des\b|du\b))([^\W\d_][\w.-]+)"
    r"|\b(?i:citoyens?|ressortissants?|nationaux)\s+(?!(?i:d\W|de\b|des\b|du\b))([^\W\d_][\w.-]{3,})"
    # "U.S Citizens", "Canadian citizenship", "have Luxembourgish nationality", "TT nationals"
    r"|\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?i:citizens?|nationals?|citizenship|nationality)\b"
)


def _demonyms() -> tuple[dict[str, str], frozenset[str], list[tuple[str, str]]]:
    data = reference.load_data("demonyms", "matcher.authoring")
    irregular = {_fold(str(word)): code for code, words in data["irregular"].items() for word in words}
    names = [
        (_fold(name), code)
        for code, country in reference.countries().items()
        for name in (country.get("name"), country.get("name_fr"))
        if isinstance(name, str) and " " not in name and len(name) >= 4
    ]
    return irregular, frozenset(_fold(w) for w in data["not_adjectives"]), names


_DEMONYMS: list[tuple[dict[str, str], frozenset[str], list[tuple[str, str]]]] = []


def adjective_country(word: str) -> str | None:
    """The country a nationality adjective names ("djiboutienne" -> DJ, "Canadian" -> CA, "U.S" -> US):
    an irregular one from data/demonyms.yaml, else the country whose one-word name it starts with (the
    longest such name; a name it only shares a stem with needs 60 % of the name and the stem unique)."""
    if not _DEMONYMS:
        _DEMONYMS.append(_demonyms())
    irregular, stop, names = _DEMONYMS[0]
    folded = _fold(word).strip(".")
    if folded in stop or len(folded) < 2:
        return None
    if re.fullmatch(r"[A-Z]{2}", word) and word in reference.countries():  # "TT nationals": the ISO code
        return word
    if folded in irregular or f"{folded}." in irregular:
        return irregular.get(folded) or irregular[f"{folded}."]
    whole = [  # "nigérienne" is Niger's ("niger" whole) before Nigeria's ("nigeri-")
        (folded.startswith(n), len(n), code)
        for n, code in names
        if folded.startswith(n) or (len(n) > 4 and folded.startswith(n[:-1]))
    ]
    if whole:
        return max(whole)[2]
    stems = set()
    for name, code in names:
        common = len(os.path.commonprefix([folded, name]))
        if common >= 4 and common >= 0.6 * len(name):
            stems.add(code)
    return stems.pop() if len(stems) == 1 else None


def adjective_countries(text: str) -> list[str]:
    """ISO codes of the nationality adjectives `text` uses in a who-may-apply phrase."""
    out = []
    for m in ADJECTIVE_AT.finditer(text):
        word = next(g for g in m.groups() if g)
        code = adjective_country(word) or (adjective_country(word.split()[-1]) if " " in word else None)
        if code:
            out.append(code)
    return list(dict.fromkeys(out))


def location_country(location: str | None) -> str | None:
    found = countries_named(location or "")
    return found[-1] if found else None
