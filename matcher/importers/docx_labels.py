"""The label | value tables of the Word Europass CV (2004-2012 template, EN and FR):
"Dates | March 2016 – present", "Occupation or position held | Customs Officer",
"Name and address of employer | Ghana Revenue Authority, Accra, Ghana". One entry's rows
become the lines a CV would write ("title | employer | dates", then its duties), so the
common reader drafts them; the labels themselves are never read as titles or employers.
Source: the Europass CV template and its instructions (Cedefop, 2004-2012), EN and FR.
"""

from __future__ import annotations

import re

from ..profile_tools.lookup import fold
from .lines import Line

_LABELS = {
    "dates": ["dates", "dates from to", "date", "periode", "dates de a", "du au"],
    "position": ["occupation or position held", "fonction ou poste occupe", "position held", "poste occupe"],
    "duties": ["main activities and responsibilities", "principales activites et responsabilites"],
    "employer": ["name and address of employer", "nom et adresse de l employeur", "employer", "employeur"],
    "qualification": ["title of qualification awarded", "intitule du certificat ou diplome delivre"],
    "school": [
        "name and type of organisation providing education and training",
        "name and type of organization providing education and training",
        "nom et type de l etablissement d enseignement ou de formation",
        "nom et type de l etablissement d enseignement",
    ],
    "drop": [
        "type of business or sector",
        "type ou secteur d activite",
        "principal subjects occupational skills covered",
        "principales matieres competences professionnelles couvertes",
        "level in national or international classification",
        "niveau dans la classification nationale ou internationale",
    ],
    "nationality": ["nationality", "nationalite", "nationality ies", "nationalite s"],
    "mother": ["mother tongue s", "mother tongue", "langue s maternelle s", "langue maternelle"],
    "other": ["other language s", "other languages", "autre s langue s", "autres langues"],
}
_KIND = {label: kind for kind, labels in _LABELS.items() for label in labels}


def label_kind(text: str) -> str | None:
    return _KIND.get(re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", fold(text))).strip())


class LabelRows:
    """Collects an entry's label rows; `flush` writes its lines."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.record: dict[str, list[str]] = {}
        self.where = ""

    def add(self, kind: str, values: list[str], where: str) -> None:
        if kind == "other":
            return  # the languages heading was written with the mother tongue
        if kind in ("nationality", "mother"):
            self.flush()
            if kind == "mother":
                self.lines.append(Line("Languages", where, heading=True))
            label = "Nationality" if kind == "nationality" else "Mother tongue"
            self.lines += [Line(f"{label}: {v}", where) for v in values[:1]]
            return
        if kind == "dates" and "dates" in self.record:
            self.flush()
        if not self.record:
            self.where = where
        self.record.setdefault(kind, []).extend(values)

    def flush(self) -> None:
        r, self.record = self.record, {}
        if not r:
            return
        dates = " ".join(r.get("dates", []))
        if r.get("position") or r.get("employer"):
            head = [" ".join(r.get("position", [])), ", ".join(r.get("employer", [])), dates]
            self.lines.append(Line(" | ".join(p for p in head if p), self.where))
            self.lines += [Line(f"- {d}", self.where) for d in r.get("duties", [])]
        elif r.get("qualification") or r.get("school"):
            head = [" ".join(r.get("qualification", [])), " ".join(r.get("school", [])), dates]
            self.lines.append(Line(", ".join(p for p in head if p), self.where))
        elif dates:
            self.lines.append(Line(dates, self.where))
