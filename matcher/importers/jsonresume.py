"""JSON Resume -> a Draft, through the existing converter (matcher/profile_tools/jsonresume.py,
whose fixes belong to the "unknown stays unknown" work): its notes become review notes,
and each entry's source is its JSON path."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..profile_tools.jsonresume import convert_file
from .draft import HIGH, MEDIUM, Draft
from .job_header import body_fraction, header_fraction
from .lines import Line
from .places import explicit_code, nationality_codes
from .sections import nationality
from .worked_with import read_work_countries

_SECTIONS = ("experience", "education", "languages")


def draft_jsonresume(path: Path) -> Draft:
    origins: dict[str, list[tuple[str, int]]] = {}
    document: list[Any] = []
    data, notes = convert_file(path, origins, document)
    resume = document[0] if document and isinstance(document[0], dict) else {}
    draft = Draft("jsonresume", path.name)
    for key in ("name", "email", "phone"):
        draft.set(key, data.get(key), f"basics.{key}", HIGH)
    draft.set("nationality", data.get("nationality"), "basics", HIGH, span=_raw(resume.get("basics")))
    basics = resume.get("basics")
    if not data.get("nationality") and isinstance(basics, dict):
        _nationality(draft, basics)
    for section in _SECTIONS:
        for entry, (key, index) in zip(data.get(section, []), origins.get(section, []), strict=True):
            item = resume[key][index]
            levels = {}
            if section == "experience" and "fraction" not in entry:
                # "Part-time, 80%." in the summary, "Lecturer (20%)": read as in a free-text header and description
                words = " ".join(str(item.get(k) or "") for k in ("summary", "description"))
                fraction = header_fraction([str(item.get("position") or "")]) or body_fraction(words)
                if fraction is not None:
                    entry["fraction"] = fraction
                    levels["fraction"] = MEDIUM
            if section == "experience" and not entry.get("countries_worked_with"):
                # countries named in the summary: read from free text, so medium confidence
                worked, left_out = read_work_countries(
                    entry.get("description", ""), entry.get("country"), own_side=entry.get("employer") or ""
                )
                entry["countries_worked_with"] = worked
                levels["countries_worked_with"] = MEDIUM
                notes += [f"{key}[{index}]: {note}" for note in left_out]
            draft.add(section, entry, f"{key}[{index}]", HIGH, field_confidence=levels, spans=_spans(item))
    for note in notes:
        draft.review("", note)
    return draft


# fields that exporters add to `basics` (JSON Resume has none for it) and that hold the nationality
_FIELDS = ("nationality", "nationalities", "citizenship", "citizenships")


def _nationality(draft: Draft, basics: dict[str, Any]) -> None:
    """A `basics.nationality` (or citizenship) field, else a nationality statement in the summary,
    read sentence by sentence as the free-text readers read a line ("... . Nationalités : française
    et algérienne.", "Japanese national; customs officer.")."""
    for key in _FIELDS:
        value = basics.get(key)
        values = value if isinstance(value, list) else [value]
        texts = [v for v in values if isinstance(v, str) and v.strip()]
        codes = [c for t in texts for c in _codes(t)]
        if texts and codes and len(codes) >= len(texts):
            draft.set("nationality", list(dict.fromkeys(codes)), f"basics.{key}", HIGH, span=", ".join(texts))
            return
        if texts:
            draft.review(f"basics.{key}", f"{', '.join(texts)!r} not recognised as a nationality; add it (ISO code)")
    summary = basics.get("summary")
    if isinstance(summary, str):
        sentences = [Line(s, "basics.summary") for s in re.split(r"(?<=[.;!?])\s+", summary[:2000]) if s.strip()]
        codes, line, _ = nationality(sentences)
        if codes and line is not None:
            draft.set("nationality", codes, "basics.summary", MEDIUM, span=line.text)


def _codes(text: str) -> list[str]:
    """'FR', 'French', 'française et algérienne' -> ISO codes ([] if not understood)."""
    code = explicit_code(text)
    return [code] if code else nationality_codes(text)


def _raw(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else ""


def _spans(item: dict[str, Any]) -> dict[str, str]:
    """The texts of a JSON Resume item each fact is re-read from (faithful.py)."""
    body = _raw({k: item.get(k) for k in ("summary", "highlights", "description") if item.get(k)})
    return {
        "start": _raw(item.get("startDate")),
        "end": _raw(item.get("endDate")),
        "place": _raw(item.get("location")) + "\n" + _raw(item.get("position")),
        "body": body,
        "degree": _raw({k: item.get(k) for k in ("studyType", "area", "institution") if item.get(k)}),
        "level": _raw(item),
    }
