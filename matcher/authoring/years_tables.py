"""A table of the years of experience each degree asks, one row per degree, perhaps per class:

    Classes | Years of experience | Degree
    Senior  | Five years          | Doctorate or equivalent
    Seven years | Master's degree
    Junior  | Two years           | Doctorate or equivalent

A candidate needs one row of a class (a degree with its years), so each class is one any_of of
all_of(experience, education); read row by row, the rows would be rules required together.
"""

from __future__ import annotations

from .patterns import Patterns
from .sections import Item
from .subjects import Entry
from .values import years

# The header row names both columns: the years of experience and the degree.
_EXPERIENCE_HEAD = ("expérience", "experience", "années", "years")
_DEGREE_HEAD = ("diplôme", "degree", "education", "éducation", "qualification", "formation", "diploma")


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("|") if c.strip()]


def _header(text: str) -> bool:
    low = text.lower()
    return "|" in text and any(w in low for w in _EXPERIENCE_HEAD) and any(w in low for w in _DEGREE_HEAD)


def _row(cells: list[str], pats: Patterns) -> tuple[str | None, float, int] | None:
    """(class label or None, years, degree level) of a row, or None when it is no such row."""
    label = None
    if len(cells) == 3:
        label, cells = cells[0], cells[1:]
    if len(cells) != 2:
        return None
    n, level = years(cells[0], pats), pats.education_level(cells[1])
    if not n or level is None or (label and (years(label, pats) or pats.education_level(label))):
        return None
    return label, n, level


def years_table_entries(entries: list[Entry], items: list[Item], pats: Patterns) -> list[Entry]:
    """`entries` with the rules of each degree-years table replaced by one any_of per class."""
    out = list(entries)
    k = 0
    while k < len(items):
        if not _header(items[k].text):
            k += 1
            continue
        groups: list[list[tuple[Item, float, int]]] = []
        j = k + 1
        while j < len(items) and (row := _row(_cells(items[j].text), pats)):
            label, n, level = row
            if label or not groups:
                groups.append([])
            groups[-1].append((items[j], n, level))
            j += 1
        if sum(len(g) for g in groups) >= 2:
            rows = {s for i in range(k, j) for s in items[i].sentences}
            first = next((n for n, e in enumerate(out) if e.get("source") in rows), len(out))
            out = [e for e in out if e.get("source") not in rows]
            out[first:first] = [_group(g) for g in groups]
        k = j
    return out


def _group(rows: list[tuple[Item, float, int]]) -> Entry:
    routes: list[Entry] = [
        {
            "kind": "all_of",
            "source": item.text,
            "children": [
                {"kind": "experience", "source": item.text, "min_years": n},
                {"kind": "education", "source": item.text, "min_level": level},
            ],
        }
        for item, n, level in rows
    ]
    return {
        "kind": "any_of",
        "importance": "required",
        "source": rows[0][0].text,
        "children": routes,
        "cue": "a table of years of experience per degree",
        "confidence": 0.6,
        "review": "a table of years per degree read as routes (any one row of the class): check the rows, "
        "and which class this notice is for",
    }
