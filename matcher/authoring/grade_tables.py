"""Years of experience per grade and degree, given as a table:

    Level of appointment   Bachelor's + years of experience   Master's + years of experience
    P-5                    12                                 10
    D-1                    14-15                              12-13

Each row is one requirement for the posts of its grade: any_of(all_of(the column's degree, the
row's years), ...), with a review note naming the grade (only one row applies to a post). A range
("14-15") asks its lower bound, "17+" asks 17. The degree of a column is read from its header
words (data/draft_patterns.yaml `education_levels`).
"""

from __future__ import annotations

import re

from .patterns import Patterns
from .subjects import Entry

# A column header: a degree word, then "+ years" ("Bachelor's + years of experience").
_COLUMN = re.compile(r"(?P<degree>[^+|\t]{3,40}?)\s*\+\s*(?:years?|ans|années)\b", re.IGNORECASE)
_GRADE = r"(?:P|D|G|GS|FS|NO|AD|AST)[\s.-]?\d{1,2}|NO-?[A-D]|USG|ASG"
_AMOUNT = r"\d{1,2}(?:\s*[-–]\s*\d{1,2}|\+)?"


def _degrees(header: str, pats: Patterns) -> list[int]:
    """The ISCED level of each degree column of a header line ([] when it is no such header)."""
    levels = [pats.education_level(m["degree"]) for m in _COLUMN.finditer(header)]
    return [lv for lv in levels if lv is not None] if len(levels) >= 2 and None not in levels else []


def grade_table_entries(text: str, pats: Patterns) -> list[Entry]:
    """One any_of per grade row of each degree-by-grade table in `text`."""
    out: list[Entry] = []
    degrees: list[int] = []
    for line in text.splitlines():
        cells = line.strip().strip("|").strip()
        header = _degrees(cells, pats)
        if header:
            degrees = header
            continue
        row = re.fullmatch(rf"({_GRADE})\s*[|\t ]\s*((?:{_AMOUNT}\s*[|\t ]?\s*)+)", cells) if degrees else None
        amounts = re.findall(_AMOUNT, row.group(2)) if row else []
        if not row or len(amounts) != len(degrees):
            degrees = degrees if not cells else []  # a blank line may stand between the rows
            continue
        routes = [
            {
                "kind": "all_of",
                "source": cells,
                "children": [
                    {"kind": "education", "source": cells, "min_level": level},
                    {"kind": "experience", "source": cells, "min_years": float(re.findall(r"\d+", years)[0])},
                ],
            }
            for level, years in zip(degrees, amounts, strict=True)
        ]
        out.append(
            {
                "kind": "any_of",
                "importance": "required",
                "source": cells,
                "children": routes,
                "cue": "years of experience per grade and degree",
                "confidence": 0.5,
                "review": f"a row of a table by grade: these years apply to {row.group(1)} posts only; "
                "keep the row of this post's grade and delete the others",
            }
        )
    return out
