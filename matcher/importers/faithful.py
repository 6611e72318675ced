"""The faithfulness check: every drafted value is re-read from the text it was drafted from.

Each reader records, for every entry, the text each fact was read from (`Draft.spans`:
the dates, the place, the description, the degree's name, a language's words, the
nationality statement; for the structured formats the element, CSV row or JSON item).
After drafting, `check(draft)` verifies each date, country, level, fraction and
nationality against that text alone; a value that cannot be found there (it came from
a neighbouring entry, a default, a heading) is dropped to "not stated" with a review
note. An entry whose text was not recorded is not trusted at all. This is one
mechanism for every format, so a new reading rule cannot invent a value unnoticed.
Whether one value is written in one text is answered by written_in.py.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .dates import find_spans
from .draft import Draft
from .written_in import cefr_in, country_in, date_in, fraction_in, isced_in, mother_in, ongoing_in

FREE_TEXT = ("pdf", "docx", "text")


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
        ok = mother_in(spans.get("level", ""))
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
