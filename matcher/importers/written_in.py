"""Whether one drafted value is written in the text it was drafted from (faithful.py uses these).

Each function answers for one kind of value: a date as a start or an end, "current", a
country, a CEFR level, an ISCED level, a working-time fraction, a mother tongue. Free text
(PDF, Word, plain text) must say it in words the readers read; a structured source (Europass,
LinkedIn, JSON Resume) may give it as its own field or code.
"""

from __future__ import annotations

import re

from .dates import find_spans, fold_keep, months_named


def date_in(value: str, text: str, role: str, free_text: bool, order: str | None = None) -> bool:
    """Whether `value` ('2018', '2018-03', '2018-03-15') is a `role` ('start'/'end') the date
    reader takes from `text`; in a structured source, its year, month and day as numbers."""
    for span in find_spans(text, order):
        if span.ambiguous is None and getattr(span, role) == value:
            return True
    if free_text:
        return False
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    parts = [int(p) for p in value.split("-")]
    if parts[0] not in numbers:
        return False
    if len(parts) > 1 and parts[1] not in numbers and not _month_named(parts[1], text):
        return False
    return len(parts) < 3 or parts[2] in numbers


def _month_named(month: int, text: str) -> bool:
    return month in months_named(text)


def ongoing_in(text: str, free_text: bool, order: str | None = None, end: str = "") -> bool:
    """A 'present' word or 'since' in the dates; in a structured source, the field that says
    current (Europass <Current>true) or an end left empty (LinkedIn, JSON Resume) or 'Present'."""
    if free_text:
        return any(span.ongoing and span.ambiguous is None for span in find_spans(text, order))
    if re.search(r'"Current":\s*"?true', text, re.I):
        return True
    plain = end.strip().strip('"').strip()
    return plain in ("", "null") or bool(re.fullmatch(r"(?i)present|current|now|today|ongoing", plain))


def country_in(code: str, text: str, free_text: bool, demonym: bool = False) -> bool:
    """The country's name or alias is in the text (a nationality: or its demonym; a structured
    source may give its code)."""
    from .places import (
        EU_CODES,
        bracketed_code,
        countries_in,
        country_of,
        demonyms,
        location_country,
        nationality_codes,
    )

    if code in countries_in(text) or location_country(text) == code:
        return True
    folded = fold_keep(text)
    if demonym and any(c == code and re.search(rf"\b{re.escape(w)}\b", folded) for w, c in demonyms().items()):
        return True
    parts = [p.strip() for p in re.split(r"[,/|()\n;:]|\s[-–—]\s", text) if p.strip()]
    if any(country_of(p) == code or code in nationality_codes(p) for p in parts):
        return True
    if any(bracketed_code(p) == code for p in re.split(r"[,|\n;·•]|\s[-–—]\s", text)):
        return True  # "Bruxelles (BE) · depuis 2022": a city and its country's code
    if free_text:
        return False  # a bare two-letter code in prose is not a country ("Palo Alto, CA")
    tokens = set(re.findall(r"(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])", text))
    return code in tokens or any(EU_CODES.get(t) == code for t in tokens)


def cefr_in(level: str, language: str, text: str) -> bool:
    """The level is written in the language's words as one held (not "B2 visé"), or a
    certificate of that language in them gives it; a level inside another language's
    certificate ("German – DELF B1") is not this language's."""
    from .languages import certificate_level, levels_held, light_fold

    cert = certificate_level(light_fold(text))
    if cert and cert[0] == language and cert[1] == level:
        return True
    if level not in levels_held(text):
        return False
    if cert and cert[0] != language:
        for m in re.finditer(rf"(?<![A-Za-z0-9]){level}(?![0-9])", text, re.I):
            if not _certificate_word_before(text[max(0, m.start() - 30) : m.start()]):
                return True
        return False
    return True


def _certificate_word_before(before: str) -> bool:
    from .languages import certificate_words

    folded = fold_keep(before)
    words = certificate_words()
    return any(re.search(rf"\b{re.escape(w)}\W*$", folded) for w in words)


def isced_in(level: int, text: str) -> bool:
    """The degree's name in the text makes that ISCED level clear."""
    from .education_text import degree_level

    if degree_level(text) == level:
        return True
    pieces = re.split(r"[\n|]|\"\s*[,:]\s*\"|[{}]", text)
    return any(degree_level(p) == level for p in pieces if p.strip())


def fraction_in(fraction: float, header: str, body: str) -> bool:
    """The working time is written: in the header, a percentage near a time word, an FTE figure
    or half-time words; in the description, only words that name working time."""
    from .job_header import body_fraction, header_fraction

    return header_fraction(header.split("\n")) == fraction or body_fraction(body) == fraction


def mother_in(text: str) -> bool:
    from ..profile_tools.level_words import fluency_level

    plain = fold_keep(re.sub(r"[()\[\]]", " ", text))
    return bool(re.search(r"\b(?:native|mother|maternelle|first language|langue premiere)", plain)) or (
        fluency_level(text)[0] == "mother_tongue"
    )
