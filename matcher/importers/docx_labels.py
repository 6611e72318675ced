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
    """The kind of a label cell: a Europass label, or one made of a form's label words
    ("Intitulé du poste", "Nom de l'employeur", "Établissement")."""
    kind = _KIND.get(re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", fold(text))).strip())
    return kind or _ROLE_KINDS.get(form_role(text) or "")


_ROLE_KINDS = {
    "dates": "dates",
    "title": "position",
    "employer": "employer",
    "location": "employer",
    "description": "duties",
    "degree": "qualification",
    "institution": "school",
}


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


# ---- a table's header row: the role of each column ------------------------------------

_ROLE_WORDS = {  # folded words of column labels (EU tender CV, UN and agency forms, EN and FR)
    "dates": "date dates period periode from to du au years annees since depuis",
    "title": "position poste title job intitule fonction function role post emploi held occupe",
    "employer": "employer employeur company entreprise organisation organization firm societe",
    "location": "location lieu city ville place country pays",
    "description": "description duties missions tasks taches responsibilities main activities activites",
    "institution": "institution school ecole university universite etablissement",
    "degree": "degree degrees diploma diplomas diplome diplomes qualification qualifications obtained obtenu",
    "field": "field domaine studies etudes subject discipline",
    "language": "language languages langue langues",
    "level": "level niveau reading speaking writing listening understanding comprehension lecture expression",
}
_FILLER = {"s", "x", "or", "ou", "and", "et", "of", "the", "de", "d", "l", "la", "le", "des", "name", "nom", "in", "en"}
_ROLE_OF = {word: role for role, text in _ROLE_WORDS.items() for word in text.split()}


def header_roles(texts: list[list[str]]) -> list[str] | None:
    """'Date from – Date to | Location | Company | Position | Description' -> each column's role,
    or None when the row is not a header row: every cell a short label made only of label words."""
    roles = []
    for cell in texts:
        words = [w for w in re.split(r"[^\w]+", fold(" ".join(cell))) if w and w not in _FILLER]
        if not words or len(words) > 6 or any(w not in _ROLE_OF for w in words):
            return None
        found = [_ROLE_OF[w] for w in words]
        both = {"title", "employer"} <= set(found) and found.index("title") < found.index("employer")
        # "Position and employer": the title, the employer under it; "Institution (Date from – to)": the institution
        roles.append("title_employer" if both else next((r for r in found if r != "dates"), "dates"))
    return roles if len(roles) >= 2 else None


def section_of(roles: list[str]) -> str:
    if {"title", "employer", "title_employer"} & set(roles):
        return "experience"
    if {"degree", "institution", "field"} & set(roles):
        return "education"
    return "languages" if "language" in roles else ""


_EXPERIENCE_ROLES = {"title", "employer", "location", "dates", "description", "title_employer"}


def row_by_roles(roles: list[str], texts: list[list[str]], where: str) -> list[Line] | None:
    """A post or a degree as a CV writes it, whatever the columns' order: 'Position | Employer,
    Location | Dates', then its description as bullets; 'Degree, Institution, Dates'."""
    if len(roles) != len(texts):
        return None
    cells: dict[str, list[str]] = {}
    for role, cell in zip(roles, texts, strict=True):
        if role == "title_employer":  # "Position and employer": the title, then the employer, then duties
            cells.setdefault("title", []).extend(cell[:1])
            cells.setdefault("employer", []).extend(cell[1:2])
            cells.setdefault("title", []).extend(cell[2:])
            continue
        cells.setdefault(role, []).extend(cell)
    first = {role: " ".join(lines[:1]) for role, lines in cells.items()}
    if section_of(roles) == "experience":
        # an employer cell's further paragraphs are its place ("UNDP" over "Monrovia, Liberia"), not duties
        employer = ", ".join(cells.get("employer", []) + cells.get("location", []))
        head = " | ".join(p for p in (first.get("title"), employer, first.get("dates")) if p)
        rest = [Line(t, where) for role in ("title", "dates") for t in cells.get(role, [])[1:]]
        rest += [Line(f"- {t}", where) for t in cells.get("description", [])]
        rest += [Line(t, where) for role, ls in cells.items() if role not in _EXPERIENCE_ROLES for t in ls]
        return [Line(head, where), *rest]
    if section_of(roles) == "education":
        order = ("degree", "field", "institution", "location", "dates")
        return [Line(", ".join(first[r] for r in order if first.get(r)), where)]
    return None


# ---- "Label: value" lines (the UN personal history form, agency forms) --------------------

_FORM_FILLER = _FILLER | {"exact", "your", "my", "attended", "address", "adresse", "type", "current", "actuel"}
LABEL_LINE = re.compile(r"^\s*([^:\d]{2,40}?)\s*:\s*(\S.*)$")


def form_role(label: str) -> str | None:
    words = [w for w in re.split(r"[^\w]+", fold(label)) if w]
    if not words or len(words) > 6:
        return None
    if any(w in ("address", "adresse") for w in words):
        return "location"
    known = [w for w in words if w not in _FORM_FILLER]
    if not known or any(w not in _ROLE_OF for w in known):
        return None
    roles = [_ROLE_OF[w] for w in known]
    return next((r for r in roles if r != "dates"), "dates")
