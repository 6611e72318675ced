"""The faithfulness check: every drafted value is re-read from the text it was drafted from.

Each reader records, for every entry, the text each fact was read from (`Draft.spans`:
the dates, the place, the description, the degree's name, a language's words, the
nationality statement; for the structured formats the element, CSV row or JSON item).
After drafting, `check(draft)` verifies each date, country, level, fraction and
nationality against that text alone; a value that cannot be found there (it came from
a neighbouring entry, a default, a heading) is dropped to "not stated" with a review
note. An entry whose text was not recorded is not trusted at all. This is one
mechanism for every format, so a new reading rule cannot invent a value unnoticed.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from .dates import find_spans, fold_keep
from .draft import Draft

FREE_TEXT = ("pdf", "docx", "text")


# ---- one value against one text -----------------------------------------------------------


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
    from .dates import _months

    folded = fold_keep(text)
    return any(number == month and re.search(rf"\b{re.escape(name)}\b", folded) for name, number in _months().items())


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
    from .places import EU_CODES, _demonyms, countries_in, country_of, location_country, nationality_codes

    if code in countries_in(text) or location_country(text) == code:
        return True
    folded = fold_keep(text)
    if demonym and any(c == code and re.search(rf"\b{re.escape(w)}\b", folded) for w, c in _demonyms().items()):
        return True
    parts = [p.strip() for p in re.split(r"[,/|()\n;:]|\s[-–—]\s", text) if p.strip()]
    if any(country_of(p) == code or code in nationality_codes(p) for p in parts):
        return True
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
    from .languages import _table

    folded = fold_keep(before)
    words = list(_table()["languages"]) + list(_table()["scored"])
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
    from .job_header import _fraction, header_fraction

    return header_fraction(header.split("\n")) == fraction or _fraction(body, "part_time_strong") == fraction


# ---- the whole draft ----------------------------------------------------------------------

# the values re-read, per section. Titles, employers, fields and descriptions are words
# copied from the CV, not values read from them, so there is nothing to re-read.
_CHECKED = {
    "experience": ("start", "end", "ongoing", "country", "countries_worked_with", "fraction"),
    "education": ("start", "end", "level"),
    "languages": ("level", "mother_tongue"),
}


def check(draft: Draft) -> Draft:
    """Drop every drafted value its recorded text does not support, with a review note."""
    free = draft.format in FREE_TEXT
    for section, fields in _CHECKED.items():
        kept = []
        for k, entry in enumerate(draft.data.get(section, [])):
            path = f"{section}[{k}]"
            spans = draft.spans.get(path)
            label = _label(section, entry)
            if spans is None:
                draft.review(f"{path} ({label})", "the text it was read from was not recorded; not drafted")
                continue
            if free and section != "languages":
                _verify_range(draft, section, entry, spans.get("dates", ""), label)
            for key in fields:
                if key in entry and not (free and key in ("start", "end", "ongoing")):
                    _verify(draft, section, entry, key, spans, free, label)
            if _still_whole(draft, section, path, entry, label):
                kept.append((path, entry))
        if section in draft.data:
            _renumber(draft, section, kept)
    _verify_nationality(draft, free)
    return draft


def _verify(draft: Draft, section: str, entry: dict, key: str, spans: dict, free: bool, label: str) -> None:
    value = entry[key]
    dates = spans.get("dates", "")
    if key in ("start", "end"):
        dates = spans.get(key, dates)
        ok = date_in(value, dates, key, free, draft.order)
        why = f"{value!r} is not written as its {key} in {_quote(dates)}"
    elif key == "ongoing":
        ok = ongoing_in(dates, free, draft.order, spans.get("end", ""))
        why = f"nothing in {_quote(dates)} says it is current"
    elif key == "country":
        ok = country_in(value, spans.get("place", ""), free)
        why = f"{value} is not named in {_quote(spans.get('place', ''))}"
    elif key == "countries_worked_with":
        body = spans.get("body", "")
        kept = [c for c in value if country_in(c, body, free)]
        dropped = [c for c in value if c not in kept]
        if dropped:
            entry[key] = kept
            if not kept:
                del entry[key]
            draft.review(f"{section} ({label})", f"{', '.join(dropped)}: not named in its description; left out")
        return
    elif key == "fraction":
        ok = fraction_in(value, spans.get("place", ""), spans.get("body", ""))
        why = f"working time {value} is not written in its header or description"
    elif key == "level" and section == "education":
        ok = isced_in(value, spans.get("degree", ""))
        why = f"ISCED {value} is not what {_quote(spans.get('degree', ''))} makes clear"
    elif key == "level":
        ok = cefr_in(value, entry.get("language", ""), spans.get("level", ""))
        why = f"{value} is not a level held written in {_quote(spans.get('level', ''))}"
    else:  # mother_tongue
        ok = _mother_in(spans.get("level", ""))
        why = f"{_quote(spans.get('level', ''))} does not say mother tongue"
    if ok:
        return
    del entry[key]
    draft.review(f"{section} ({label})", f"{key}: {why}; left not stated")


def _verify_range(draft: Draft, section: str, entry: dict, text: str, label: str) -> None:
    """In free text a start, an end and 'current' are one range as the date reader reads it
    from the entry's dates line: a start from one range and an end from another is no range."""
    have = (entry.get("start"), entry.get("end"), bool(entry.get("ongoing")))
    if have == (None, None, False):
        return
    for span in find_spans(text, draft.order):
        # a degree has no 'current' flag: "depuis 2022" is its start, its completion says the rest
        read = (span.start, span.end, bool(span.ongoing) and section == "experience")
        if span.ambiguous is None and read == have:
            return
    for key in ("start", "end", "ongoing"):
        entry.pop(key, None)
    written = " – ".join(str(v) for v in have[:2] if v) + (" – current" if have[2] else "")
    draft.review(f"{section} ({label})", f"dates {written}: not one range written in {_quote(text)}; left not stated")


def _still_whole(draft: Draft, section: str, path: str, entry: dict, label: str) -> bool:
    """A job needs its start and its end (or 'current'): without its end it would be counted up
    to today, so it is withheld (probed, never counted). Other entries need what the model needs."""
    from ..models.profile import Education, Experience, Language
    from .draft import accepts

    where = f"{section} ({label}, {draft.sources.get(path, '?')})"
    if section == "experience" and entry.get("start") and not entry.get("end") and not entry.get("ongoing"):
        draft.review(where, "the end is not stated; not drafted: add the job with its end, or ongoing: true")
        draft.withhold(where, "experience", {**entry, "ongoing": True}, draft.sources.get(path, "?"), "end not stated")
        return False
    models: dict[str, type[BaseModel]] = {"experience": Experience, "education": Education, "languages": Language}
    model = models[section]
    if not accepts(model, entry):
        draft.review(where, "what is left once unsupported values are dropped is not a whole entry; not drafted")
        return False
    return True


def _mother_in(text: str) -> bool:
    from ..profile_tools.jsonresume import fluency_level

    plain = fold_keep(re.sub(r"[()\[\]]", " ", text))
    return bool(re.search(r"\b(?:native|mother|maternelle|first language|langue premiere)", plain)) or (
        fluency_level(text)[0] == "mother_tongue"
    )


def _verify_nationality(draft: Draft, free: bool) -> None:
    codes = draft.data.get("nationality")
    if not codes:
        return
    text = draft.spans.get("nationality", {}).get("value")
    if text is None:
        draft.data.pop("nationality")
        draft.review("nationality", "the text it was read from was not recorded; not drafted")
        return
    kept = [c for c in codes if country_in(c, text, free, demonym=True)]
    for code in codes:
        if code not in kept:
            draft.review("nationality", f"{code} is not named in {_quote(text)}; left not stated")
    if kept:
        draft.data["nationality"] = kept
    else:
        draft.data.pop("nationality")


def _renumber(draft: Draft, section: str, kept: list[tuple[str, dict]]) -> None:
    """Entries left out shift the paths of those after them; provenance follows."""
    old = {p: (draft.sources.get(p), draft.confidence.get(p), draft.spans.get(p)) for p, _ in kept}
    moved = {p: f"{section}[{k}]" for k, (p, _) in enumerate(kept)}
    facts = []
    for fact in draft.facts:
        entry_path, dot, key = fact.path.partition(".")
        if not entry_path.startswith(section + "["):
            facts.append(fact)
        elif entry_path in moved and key in dict(kept)[entry_path]:
            facts.append(type(fact)(f"{moved[entry_path]}{dot}{key}", fact.source, fact.confidence))
    draft.facts = facts
    for key in [k for k in list(draft.sources) if k.startswith(section + "[")]:
        draft.sources.pop(key, None)
        draft.confidence.pop(key, None)
        draft.spans.pop(key, None)
    draft.data[section] = [entry for _, entry in kept]
    for k, (path, _) in enumerate(kept):
        source, confidence, spans = old[path]
        new = f"{section}[{k}]"
        if source is not None:
            draft.sources[new] = source
        if confidence is not None:
            draft.confidence[new] = confidence
        if spans is not None:
            draft.spans[new] = spans
    if not draft.data[section]:
        del draft.data[section]


def _label(section: str, entry: dict[str, Any]) -> str:
    return str(entry.get("title") or entry.get("language") or section)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 80 else text[:77] + "...")
