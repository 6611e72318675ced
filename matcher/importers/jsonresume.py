"""JSON Resume -> a Draft, through the existing converter (matcher/profile_tools/jsonresume.py,
whose fixes belong to the "unknown stays unknown" work): its notes become review notes,
and each entry's source is its JSON path."""

from __future__ import annotations

from pathlib import Path

from ..profile_tools.jsonresume import convert_file
from .draft import HIGH, MEDIUM, Draft
from .places import work_countries

_KEYS = {"experience": "work", "education": "education", "languages": "languages"}


def draft_jsonresume(path: Path) -> Draft:
    data, notes = convert_file(path)
    draft = Draft("jsonresume", path.name)
    for key in ("name", "email", "phone", "nationality"):
        draft.set(key, data.get(key), f"basics.{key}", HIGH)
    for section, key in _KEYS.items():
        for i, entry in enumerate(data.get(section, [])):
            levels = {}
            if section == "experience" and not entry.get("countries_worked_with"):
                # countries named in the summary: read from free text, so medium confidence
                entry["countries_worked_with"] = work_countries(entry.get("description", ""), entry.get("country"))
                levels["countries_worked_with"] = MEDIUM
            draft.add(section, entry, f"{key}[{i}]", HIGH, field_confidence=levels)
    for note in notes:
        draft.review("", note)
    return draft
