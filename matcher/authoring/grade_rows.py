"""Experience rules that are a scale for all grades, not requirements of this post.

A general recruitment page lists the years each grade asks ("4 à 6 ans ... P.3", "un poste de P.4
... 7 à 10 ans"); read one by one, they would be several required experience rules that no
candidate could all meet. They become one `assessed` rule that says what they are.
"""

from __future__ import annotations

import re

from .subjects import Entry

# A grade as a scale of posts writes it ("P.3", "P1-P2", "D-1", "G5"): a row of years per grade.
_GRADE = re.compile(r"\b(?:P|D|G|FS|NO)[\s.-]?\d\b")


def collapse_grade_rows(entries: list[Entry]) -> list[Entry]:
    """Experience rows that each name another grade ("4 à 6 ans ... P.3", "un poste de P.4 ... 7 à 10
    ans") are a scale for all posts, not requirements of this one: they become one `assessed` rule
    (with the lead-in that introduced them, "prouver une expérience professionnelle de :") that says so."""
    rows = [
        i
        for i, e in enumerate(entries)
        if e["kind"] in ("experience", "assessed") and len(set(_GRADE.findall(e.get("source", "")))) >= 1
    ]
    grades = {g for i in rows for g in _GRADE.findall(entries[i]["source"])}
    if len(rows) < 3 or len(grades) < 3 or not any(entries[i]["kind"] == "experience" for i in rows):
        return entries
    first = rows[0]
    lead = first - 1 if first and entries[first - 1]["source"].rstrip().endswith(":") else None
    keep = {
        "kind": "assessed",
        "importance": "required",
        "source": entries[lead]["source"] if lead is not None else entries[first]["source"],
        "cue": "years of experience per grade",
        "confidence": 0.3,
        "review": f"a scale of years of experience for {len(grades)} grades: keep the row of this notice's grade "
        "as an experience rule and delete the others",
    }
    drop = set(rows) | ({lead} if lead is not None else set())
    out = [e for i, e in enumerate(entries) if i not in drop]
    out.insert(lead if lead is not None else first, keep)
    return out
