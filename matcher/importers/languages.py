"""Languages in CV text: the language, and a level only when the CV states one.

A level comes from a CEFR code written next to the language ("English C1", "B2/C1"
-> the lower), or from a certificate (IELTS 7.0, TOEFL iBT 100, DELF B2, Cambridge C1
Advanced: data/language_certificates.yaml, with its sources). "Native", "mother tongue",
"langue maternelle", "first language" make it a mother tongue; "near-native", "niveau
bilingue" or "bilingual" alone do not (they say how well, not which language came first).
Other words ("fluent", "courant", "professional working proficiency") are not a CEFR
level: the level is left not stated, and the review note says how the existing phrase
table (profile_tools/data/fluency_levels.yaml) would read them, for the person confirming
the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import reference
from ..models.profile import CEFR_ORDER
from ..profile_tools.level_words import fluency_level
from ..profile_tools.lookup import fold

# "near-native", "quasi bilingue", "niveau bilingue", "native-like": a claim of skill, not a mother tongue
_NOT_MOTHER = re.compile(
    r"\b(?:near|nearly|quasi|almost|close to|presque|proche de la|niveau|level of a)\s+(?:native|bilingue|bilingual|"
    r"langue maternelle)\b|\b(?:native|mother tongue)\s+(?:like|level|standard|fluency|proficiency)\b|"
    r"\bbilingual\s+level\b|\bcomme (?:une )?langue maternelle\b|\bnative speaker (?:level|standard)\b"
)
_MOTHER_WORDS = re.compile(r"\b(?:native|mother tongues?|langues? maternelles?|first languages?)\b")
_CEFR = re.compile(r"(?<![a-z0-9])([abc][12])(?:\s*[+])?(?![a-z0-9])")


@dataclass
class LanguageFact:
    code: str
    level: str | None = None
    mother_tongue: bool = False
    basis: str = ""  # "CEFR written", "IELTS 7.0 (ielts.org)", "wording"
    review: str | None = None


@cache
def _table() -> dict:
    return reference.load_data("language_certificates", "matcher.importers")


@cache
def _named_longest_first() -> list[tuple[str, Any]]:
    return sorted(_table()["named"].items(), key=lambda kv: -len(kv[0]))


def certificate_words() -> list[str]:
    """The words that name a language certificate or test ('delf', 'ielts', 'toefl ibt')."""
    return list(_table()["languages"]) + list(_table()["scored"])


@cache
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, entry in reference.languages().items():
        for name in (entry.get("name"), entry.get("name_fr")):
            if name and len(fold(name)) >= 3:
                names.setdefault(fold(name), code)
    # hand-written aliases first, then the generated CLDR English names and endonyms ("Tongan", "isiZulu")
    for table in ("language_names", "language_names_cldr"):
        for code, aliases in reference.load_data(table, "matcher.importers")["aliases"].items():
            for alias in aliases:
                names.setdefault(fold(alias), code)
    return names


def language_of(name: str) -> str | None:
    """The ISO 639-1 code of a whole language name as CVs write it ('Tongan', 'Pulaar', 'anglais')."""
    return _language_names().get(fold(name))


@cache
def _name_regex() -> re.Pattern:
    keys = sorted(_language_names(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b")


def languages_named(text: str) -> list[tuple[str, int, int]]:
    """(code, start, end) of each language name in folded text."""
    return [(_language_names()[m.group(1)], m.start(), m.end()) for m in _name_regex().finditer(text)]


def unscored_note(text: str) -> str | None:
    """Why a test score written in folded text gives no level ('toeic 905'), else None."""
    for name, why in _table()["unscored"].items():
        m = re.search(rf"\b{name}\b\D{{0,24}}(\d{{2,3}})\b", text)
        if m:
            return f"{name.upper()} {m.group(1)}: {why}"
    return None


def certificate_level(text: str) -> tuple[str, str, str] | None:
    """(language, CEFR level, basis) for a certificate in folded text, else None."""
    table = _table()
    # Each name or phrase is looked for as a substring before its regex runs: this reads every
    # line of a CV, and a regex per table entry per line cost ~0.3 ms a line.
    for name, spec in table["scored"].items():
        m = name in text and re.search(
            rf"\b{name}\b(?:[\s:,(–—-]*(?:ibt|academic|general|l ?& ?r|l ?r|listening and reading|"
            r"score|band|overall|total))*[\s:,(–—-]*(\d{1,3}(?:[.,]\d)?)\b",  # "TOEFL iBT – total score 100"
            text,
        )
        if m:
            score = float(m.group(1).replace(",", "."))
            if score > spec["max"] or score < spec.get("min_score", 0):
                continue
            for floor, level in spec["bands"]:
                if score >= floor:
                    return spec["language"], level, f"{name.upper()} {m.group(1)}"
            return None
    for phrase, (language, level) in _named_longest_first():
        if phrase in text and re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text):
            return language, level, phrase.upper() if len(phrase) <= 4 else phrase
    for word, language in table["languages"].items():
        if word in text and re.search(rf"\b{word}\b", text):
            codes = _CEFR.findall(text)
            if codes:
                return language, min((c.upper() for c in codes), key=CEFR_ORDER.index), f"{word.upper()} {codes[0]}"
    return None


# "B2 visé", "aiming at C1", "preparing B1", "C1 (in progress)": a level sought, not one held
_SOUGHT_BEFORE = re.compile(
    r"(?:\b(?:vis[ée]e?s?|target(?:ed)?|aim(?:ing|ed)?(?:\s+(?:at|for))?|objecti(?:f|ve)|preparing(?:\s+for)?|"
    r"studying\s+for|towards|en\s+pr[ée]paration(?:\s+du|\s+de)?|pr[ée]pare|goal|expected)\W{0,3}$)",
    re.I,
)
# "C1 level exam planned", "B2 (DELF in preparation)", "B1 – test scheduled": an exam still to take
_SOUGHT_AFTER = re.compile(
    r"^\W{0,3}(?:(?:level|niveau)\s+)?(?:(?:exam|examen|test|certificate|certificat|certification|delf|dalf|"
    r"ielts|toefl|toeic|tcf|tef|goethe|dele|cambridge)\s+)?(?:vis[ée]e?s?|target(?:ed)?|en\s+cours|in\s+progress|"
    r"expected|pending|planned|scheduled|booked|to\s+be\s+taken|in\s+preparation|en\s+pr[ée]paration|"
    r"pr[ée]vue?s?|[àa]\s+passer)\b",
    re.I,
)


def levels_held(words: str) -> list[str]:
    """The CEFR levels the words say are held, lowest first; not those sought ("B2 visé")."""
    found = set()
    for m in re.finditer(r"(?<![A-Za-z0-9])([ABCabc][12])(?![0-9])", words):
        if _SOUGHT_BEFORE.search(words[max(0, m.start() - 30) : m.start()]):
            continue
        if _SOUGHT_AFTER.search(words[m.end() : m.end() + 40]):
            continue
        found.add(m.group(1).upper())
    return sorted(found, key=CEFR_ORDER.index)


def light_fold(text: str) -> str:
    """Lower case, no accents, punctuation kept ('IELTS 7.5' -> 'ielts 7.5')."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def read_language(code: str, words: str) -> LanguageFact:
    """The level facts in the words written with one language."""
    words = re.sub(r"[()\[\]]", " ", words)  # fold() would drop "(native)" whole
    folded = fold(words)
    cert = certificate_level(light_fold(words))
    written = levels_held(words)
    if cert and cert[0] == code and re.search(r"\d$", cert[2]) and written and cert[1] not in written:
        # "C1 (IELTS 6.5)": the level the CV writes is the one stated; the score's band is another reading
        differs = f"{words.strip()!r}: {written[0]} written, {cert[2]} reads {cert[1]}; the written level is drafted"
        return LanguageFact(code, written[0], basis="CEFR level written", review=differs)
    if cert and cert[0] == code:
        return LanguageFact(code, cert[1], basis=f"certificate {cert[2]}")
    codes = levels_held(words)
    if codes:
        note = (
            f"{words.strip()!r} gives {'/'.join(codes)}: the lower, {codes[0]}, is drafted" if len(codes) > 1 else None
        )
        return LanguageFact(code, codes[0], basis="CEFR level written", review=note)
    said = words.strip(" :-–—,()")
    if _NOT_MOTHER.search(folded):
        return LanguageFact(
            code,
            basis="wording",
            review=f"{said!r} is neither a mother tongue nor a CEFR level; level left not stated: add it",
        )
    reading, _ = fluency_level(words) if folded else (None, None)
    if reading == "mother_tongue" and not _MOTHER_WORDS.search(folded):
        return LanguageFact(  # "bilingual" says how well, not that it is the first language
            code,
            basis="wording",
            review=f"{said!r} is not a CEFR level and does not say mother tongue; level left "
            "not stated: add it (or mother_tongue: true)",
        )
    if reading == "mother_tongue":
        return LanguageFact(code, mother_tongue=True, basis="mother tongue written")
    unscored = unscored_note(light_fold(words))
    if unscored:
        return LanguageFact(code, basis="none", review=f"{unscored}; level left not stated: add it (A1-C2)")
    if reading:
        return LanguageFact(
            code,
            basis="wording",
            review=f"{said!r} is not a CEFR level (the phrase table reads "
            f"it as {reading}); level left not stated: add it",
        )
    return LanguageFact(
        code,
        basis="none",
        review=(f"{said!r}: no CEFR level stated" if said else "no level stated") + "; add the level (A1-C2)",
    )
