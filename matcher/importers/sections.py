"""A CV's lines split into sections (experience, education, languages...) by headings,
and the personal facts stated anywhere (nationality, name, e-mail, phone)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import reference
from ..profile_tools.lookup import fold
from .dates import fold_keep
from .lines import Line
from .places import location_country, nationality_codes

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●■□►>*\-–—]\s+|\.\s+(?=[A-ZÀ-Ý]))")  # ". Coopération ...": a typed dot bullet
_NATIONALITY = re.compile(
    r"\b(?:nationalities|nationality|citizenships?|nationalites|nationalite|citoyennete)(?:\s*\(\s*(?:ies|s)\s*\))?\s*"
    r"(?:[:\-–]\s*)?(?:\|\s*)?(?P<value>[^|;•\n]+)",  # "Nationality: Irish", "Nationality | Irish" (a table row)
    re.I,
)
_LABEL_ALONE = re.compile(
    r"^\W*(?:(?:dual|double)\s+)?(?:nationalit(?:y|ies|e|es)|citizenships?|citoyennete)(?:\s*\(\s*(?:ies|s)\s*\))?\s*:?\s*$",
    re.I,
)
_OF_NATIONALITY = re.compile(r"\bde nationalit[ée]s?\s+(?P<value>[\w\-]+(?:\s+et\s+[\w\-]+)?)", re.I)
_X_NATIONAL = re.compile(
    r"\b(?P<value>[A-Z][a-zé]+(?:(?:\s+and\s+|\s*/\s*)[A-Z][a-zé]+)?)\s+(?:national|citizen)\b"
    r"(?=\s*(?:$|[,.;:)|(]|(?:with|and|born|based|residing|living|who|holding|since)\b))"
)  # "Kenyan national with ..." is a statement only when no noun follows ("Kenyan national police")
_LABEL_START = re.compile(
    r"(?:^|[|•·,;]|\s[—–-]|\s{2}|^[^\W\d]+\s*/)\W*(?:(?:dual|double)\s+)?$", re.I
)  # what may stand before a "Nationality:" label (also another language's: "Nacionalidad / Nationality:")
_CITOYEN = re.compile(
    r"(?:^|(?<=[.;:|•·]\s)|(?<=[.;:|•·]))\s*(?:[Cc]itoyen(?:ne)?|[Rr]essortissante?)\s+"
    r"(?P<value>[a-zà-ÿ][\w-]+(?:\s+et\s+[a-zà-ÿ][\w-]+)?)(?=\s*(?:$|[,.;:)|(•·]|(?:n[ée]e?|depuis|r[ée]sidant)\b))"
)  # "Citoyenne canadienne et française.", "Ressortissant tunisien." opening a sentence (never a job's "ressortissants")
_NATIONAL_OF = re.compile(
    r"\b(?:a )?(?:[Nn]ational|[Cc]itizen) of (?:the )?(?P<value>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3})"
)
# Bounded repeats (RFC 5321: a local part of at most 64 characters, labels of at most 63):
# an unbounded `[\w.+-]+@` tried at every position of a long line with no "@" is quadratic
# (a 100 KB run of digits took ~50 s).
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PHONE = re.compile(r"(?:\+|00)\d[\d ().-]{7,}\d")


@cache
def words() -> dict:
    return reference.load_data("cv_words", "matcher.importers")


def column_labels(cells: list[str]) -> str | None:
    """The section a table's header row names by its column labels ("Dates | Position | Employer"
    -> experience, "When | Role and organisation" -> experience), "" when they are labels of no
    particular section, None when the row is not a header row (some cell is not a label)."""
    groups: dict[str, list[str]] = words()["column_labels"]
    # each cell's label words ("Dates / Period" -> dates, period)
    split = [[w.strip() for w in re.split(r"[/&,]| and | et ", fold(cell).strip(" :/"))] for cell in cells]
    known = {w for ws in groups.values() for w in ws}
    if len(split) < 2 or not all(known.intersection(cell) for cell in split):
        return None
    named = {w for cell in split for w in cell}
    return next((section for section in ("education", "languages", "experience") if named & set(groups[section])), "")


def is_label_row(text: str) -> bool:
    """'When | Role and organisation', 'Year | Qualification | Institution': a table's header row
    read as a line of text, never a post, a degree or a language."""
    cells = [c for c in re.split(r"\s+\|\s+|\t+", text) if c.strip()]
    return len(cells) >= 2 and column_labels(cells) is not None


@cache
def _headings() -> dict[str, str]:
    return {fold(phrase): section for section, phrases in words()["sections"].items() for phrase in phrases}


@dataclass
class Sections:
    parts: dict[str, list[Line]] = field(default_factory=dict)

    def get(self, name: str) -> list[Line]:
        return self.parts.get(name, [])


def heading_of(line: Line) -> tuple[str, str] | None:
    """(section, text after 'Heading:') when the line is a section heading."""
    text = re.sub(r"^(?:\d{1,2}[.)]|[IVX]{1,4}[.)]|[•■▪►\-–—*#]+)\s*", "", line.text.strip())  # "2. Experience"
    if re.fullmatch(r"(?:\w {1,3}){3,}\w", text):  # "E X P E R I E N C E", "W O R K  E X P E R I E N C E"
        text = " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text))
    head, sep, rest = text.partition(":")
    for candidate, remainder in ((text, ""), (head, rest) if sep else (None, "")):
        if candidate is None:
            continue
        key = fold(candidate)
        if key in _headings() and len(key.split()) <= 5:
            return _headings()[key], remainder.strip()
    key = fold(text)
    if not key or len(key.split()) > 5:
        return None
    if line.heading or text.isupper() or text.istitle():  # "EDUCATION & TRAINING", "Work Experience Summary"
        for phrase, section in sorted(_headings().items(), key=lambda kv: -len(kv[0])):
            if key.startswith(phrase + " ") or key.endswith(" " + phrase):
                return section, ""
    return ("other", "") if line.heading else None  # an unknown Word heading ends the section


def _margin_heading(line: Line) -> list[Line]:
    """'EXPERIENCE | Head of Investigations, ... | 2020 – present': a heading set in the left margin
    on the baseline of its section's first line, read as one row; the heading, then the rest."""
    first, sep, rest = line.text.partition(" | ")
    if sep and rest.strip() and fold(first) in _headings() and (first.isupper() or first.istitle()):
        return [Line(first, line.where, heading=True), Line(rest, line.where, line.heading, line.level)]
    return [line]


def split_sections(lines: list[Line]) -> Sections:
    sections = Sections()
    current, level = "header", 0
    lines = [part for line in lines for part in _margin_heading(line)]
    for line in lines:
        found = heading_of(line)
        if found and _sub_heading(line, found, level):
            found = None  # "Heading 2: Europol" under "Heading 1: Experience": an entry, not a section
        if found:
            level = line.level
            current, rest = found
            sections.parts.setdefault(current, [])
            if rest:
                sections.parts[current].append(Line(rest, line.where))
            continue
        sections.parts.setdefault(current, []).append(line)
    return sections


def _sub_heading(line: Line, found: tuple[str, str], level: int) -> bool:
    """An unknown Word heading deeper than the section's own heading, or naming an employer,
    a place or dates, heads an entry of the section it is in."""
    if found[0] != "other" or not line.heading or fold(line.text) in _headings():
        return False
    if level and line.level > level:
        return True
    key = f" {fold(line.text)} "
    return any(f" {word} " in key for word in _employer_words())


@cache
def _employer_words() -> tuple[str, ...]:
    return tuple(fold(word) for word in words()["employer_words"])


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text).strip()


def nationality(lines: list[Line], jobs: list[Line] | None = None) -> tuple[list[str], Line | None, str | None]:
    """(codes, the line, review note) from an explicit nationality statement: a label
    ("Nationality: Kenyan") at the start of a line or of one of its cells, or, outside the
    jobs' lines (`jobs`), "de nationalité française", "Kenyan national", "a national of Ghana".
    "Networks of mixed nationality: Albanian and Italian", "victimes de nationalité nigériane"
    and "the Senegalese national police" say nothing of the candidate's."""
    in_jobs = {id(line) for line in jobs or []}
    lines = _joined_statements(lines)
    for k, line in enumerate(lines):
        if _LABEL_ALONE.match(fold_keep(line.text)) and k + 1 < len(lines):
            below = lines[k + 1].text.strip(" .")
            codes = nationality_codes(below) if len(below.split()) <= 4 else []
            if codes:  # "NATIONALITY" in a sidebar, "Kenyan" on the line below
                return codes, lines[k + 1], None
            continue
        for pattern in (_NATIONALITY, _OF_NATIONALITY, _X_NATIONAL, _NATIONAL_OF, _CITOYEN):
            if pattern is not _NATIONALITY and id(line) in in_jobs:
                continue
            m = pattern.search(line.text if pattern in (_X_NATIONAL, _NATIONAL_OF, _CITOYEN) else fold_keep(line.text))
            if not m:
                continue
            if pattern is _NATIONALITY and not _LABEL_START.search(line.text[: m.start()]):
                continue  # the word inside a sentence, not a label
            # "Kenyan-born British citizen": where the candidate was born is no nationality
            stated = re.sub(r"(?i)[\w'’]+-born\b", " ", m.group("value")).strip()
            value = re.split(
                r"\s{2,}|\s\|\s|\s[—–•·]\s|[,;]?\s*\(|[,;]?\s*\b(?:born|n[ée]e?|date|birth|gender|sex|sexe|marital|situation|"
                r"age|âge|tel|phone|e-?mail|address|adresse|permis|driving|place|married|single|mari[ée]e?|"
                r"c[ée]libataire|divorc\w*|children|enfants?|male|female|homme|femme|passport|passeport)\b",
                stated,
                flags=re.I,
            )[0].strip(" .,:")
            codes = nationality_codes(value)
            if codes:
                return codes, line, None
            if pattern is _NATIONALITY:
                return [], line, f"nationality {value!r} not recognised; add it (ISO code)"
    return [], None, None


_OPEN_LIST = re.compile(r"(?i)(?:nationalit|citizenship|citoyennet)\w*\s*:?.*(?:\band|\bet|[,/&+])\s*$")


def _joined_statements(lines: list[Line]) -> list[Line]:
    """'Nationality: Romanian and' over 'Portuguese' (a sidebar's width): the statement put back
    on one line, so the second nationality is read and re-read from it."""
    out: list[Line] = []
    for line in lines:
        if out and _OPEN_LIST.search(out[-1].text) and 0 < len(line.text.split()) <= 3:
            out[-1] = Line(f"{out[-1].text} {line.text}", out[-1].where, out[-1].heading, out[-1].level)
            continue
        out.append(line)
    return out


def contact(lines: list[Line]) -> dict[str, tuple[str, Line]]:
    found: dict[str, tuple[str, Line]] = {}
    for line in lines[:40]:
        if "email" not in found and "@" in line.text and (m := _EMAIL.search(line.text)):
            found["email"] = (m.group(), line)
        if "phone" not in found and (m := _PHONE.search(line.text)):
            found["phone"] = (m.group(), line)
    for line in lines[:3]:
        text = line.text.strip()
        if re.search(r"(?i)\b(curriculum|vitae|r[ée]sum[ée]|cv)\b", text):
            continue
        if (
            2 <= len(text.split()) <= 5
            and not re.search(r"[\d@|:/]", text)
            and heading_of(line) is None
            and location_country(text) is None  # "Abidjan, Côte d'Ivoire" is where, never who
            and all(w[:1].isupper() for w in text.replace("-", " ").split() if w.isalpha() and len(w) > 3)
        ):
            found["name"] = (text.title() if text.isupper() else text, line)
            break
    return found
