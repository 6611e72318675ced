"""LinkedIn data export (the zip a member downloads): Profile.csv, Positions.csv,
Education.csv, Languages.csv, Certifications.csv. Other files are listed as not used.

The archive is checked as any zip (safety.open_zip) and each CSV is read capped.
LinkedIn's proficiency words are its own scale, not CEFR: "Native or bilingual
proficiency" makes a mother tongue; the others leave the level not stated, with the
phrase table's reading in the review note. A Location ending in a country name gives
the country ("Paris, Île-de-France, France"); "San Francisco Bay Area" gives none.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..models.dates import parse_partial
from ..models.profile import Education, Experience, Language
from ..profile_tools.lookup import language_code
from .dates import find_spans
from .draft import HIGH, MEDIUM, Draft, accepts
from .education_text import degree_level, field_of
from .job_header import body_fraction, header_fraction
from .languages import certificate_level, language_of, light_fold, read_language
from .places import location_country
from .safety import open_zip, read_member
from .worked_with import read_work_countries

MAX_CSV_BYTES = 5 * 1024 * 1024
USED = {"profile.csv", "positions.csv", "education.csv", "languages.csv", "certifications.csv"}


def _tables(path: Path) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {}
    with open_zip(path, "LinkedIn export") as archive:
        for name in archive.namelist():
            base = name.rsplit("/", 1)[-1].lower()
            if not base.endswith(".csv"):
                continue
            raw = read_member(archive, name, path, MAX_CSV_BYTES)
            text = raw.decode("utf-8-sig", errors="replace")
            if base == "positions.csv" or base in USED:
                text = _skip_notes(text)
            tables[base] = _rows(text, name, path)
    if "positions.csv" not in tables and "profile.csv" not in tables:
        raise InputError("not a LinkedIn data export (no Positions.csv or Profile.csv in the zip)", file=path)
    return tables


def _rows(text: str, member: str, path: Path) -> list[dict[str, str]]:
    """The rows of one CSV member as text cells. Cells beyond the header row (a row of
    100,000 commas) are dropped, not read as a list under the key None; a broken CSV (a
    field over the csv module's 131,072 characters) is one line naming the member and row."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items() if isinstance(k, str) and not isinstance(v, list)}
            for row in reader
        ]
    except csv.Error as exc:
        raise InputError(f"{member} line {reader.line_num}: not a readable CSV table ({exc})", file=path) from None


def _skip_notes(text: str) -> str:
    """Some exports start with a 'Notes:' paragraph before the header row."""
    if text.startswith("Notes:"):
        head, _, rest = text.partition("\n\n")
        return rest or text
    return text


def _date(value: str) -> str | None:
    spans = find_spans(value) if value else []
    if spans and not spans[0].ambiguous:
        return spans[0].end or spans[0].start
    return None


def draft_linkedin(path: Path, today: date | None = None) -> Draft:
    today = today or date.today()
    tables = _tables(path)
    draft = Draft("linkedin", path.name)
    profile = (tables.get("profile.csv") or [{}])[0]
    name = " ".join(p for p in (profile.get("First Name"), profile.get("Last Name")) if p)
    draft.set("name", name or None, "Profile.csv row 1", HIGH)
    for i, row in enumerate(tables.get("positions.csv", []), 1):
        where = f"Positions.csv row {i}"
        start, end = _date(row.get("Started On", "")), _date(row.get("Finished On", ""))
        title = row.get("Title") or None
        description = row.get("Description", "")
        country = location_country(row.get("Location", "")) if row.get("Location") else None
        worked, left_out = read_work_countries(description, exclude=country, own_side=row.get("Company Name", ""))
        for note in left_out:
            draft.review(where, note)
        entry = {
            "title": title or "(title not given)",
            "employer": row.get("Company Name") or None,
            "country": country,
            "start": start,
            "end": end,
            # an empty 'Finished On' is how LinkedIn writes a current position
            "ongoing": True if not row.get("Finished On", "").strip() else None,
            "fraction": header_fraction([title or ""]) or body_fraction(description),  # "Guest Lecturer (20%)"
            "countries_worked_with": worked,
            "description": description,
        }
        if row.get("Location") and country is None:
            draft.review(where, f"location {row['Location']!r} names no country; add `country` if you know it")
        spans = {
            "start": row.get("Started On", ""),
            "end": row.get("Finished On", ""),
            "place": f"{row.get('Location', '')}\n{title or ''}",
            "body": description,
        }
        drafted = draft.add(
            "experience",
            entry,
            where,
            HIGH,
            Experience,
            {"fraction": MEDIUM, "countries_worked_with": MEDIUM, "country": MEDIUM},
            spans=spans,
        )
        if drafted and start is None:  # kept: its length is unknown, a duration it could decide goes to review
            raw = row.get("Started On", "").strip()
            why = f"start date {raw!r} not read with confidence" if raw else "no start date"
            draft.review(drafted, f"{title or 'position'}: {why}; start not stated: add it")
    for i, row in enumerate(tables.get("education.csv", []), 1):
        _study(draft, row, f"Education.csv row {i}", today)
    for i, row in enumerate(tables.get("languages.csv", []), 1):
        _language(draft, row, f"Languages.csv row {i}")
    for i, row in enumerate(tables.get("certifications.csv", []), 1):
        cert = certificate_level(light_fold(row.get("Name", "")))
        if cert:
            _certified(draft, cert, f"Certifications.csv row {i}", row.get("Name", ""))
    unused = sorted(n for n in tables if n not in USED)
    if unused:
        draft.review("", f"not used by matcher: {', '.join(unused)}")
    return draft


def _study(draft: Draft, row: dict[str, str], where: str, today: date) -> None:
    degree = row.get("Degree Name", "")
    start, end = _date(row.get("Start Date", "")), _date(row.get("End Date", ""))
    level = degree_level(degree) if degree else None
    # LinkedIn writes "Degree - ABBR, Field of study"
    field = degree.rsplit(",", 1)[1].strip() or None if "," in degree else (field_of(degree) if degree else None)
    major = re.match(
        r"(?i)\s*(?:major|field of study|specialization|specialisation|majeure)\s*:\s*([^.;\n]+)",
        row.get("Notes") or "",
    )
    field = field or (
        major.group(1).strip() if major else None
    )  # "Bachelor of Science (BSc)", Notes "Major: Forensic science"
    completed = parse_partial(end)[1] <= today if end else None
    entry = {
        "title": degree or None,
        "institution": row.get("School Name") or None,
        "field": field,
        "level": level,
        "completed": completed,
        "start": start,
        "end": end,
    }
    if level is None:
        draft.review(where, f"{degree or 'no degree name'}: ISCED level not clear; level left not stated")
    if completed is None:
        draft.review(where, "no end date: completion not stated")
    if not accepts(Education, {k: v for k, v in entry.items() if v is not None}):
        draft.review(where, "not drafted (the profile needs a level and completion): add it by hand")
        return
    spans = {"start": row.get("Start Date", ""), "end": row.get("End Date", ""), "degree": degree}
    draft.add("education", entry, where, HIGH, Education, {"level": MEDIUM, "field": MEDIUM}, spans=spans)


def _language(draft: Draft, row: dict[str, str], where: str) -> None:
    code = language_of(row.get("Name", ""))  # "Tongan", "isiZulu": the CV names first
    try:
        code = code or language_code(row.get("Name", ""))
    except ValueError as exc:
        draft.review(where, f"{exc}; left out")
        return
    fact = read_language(code, row.get("Proficiency", "").replace("_", " "))  # NATIVE_OR_BILINGUAL
    entry = {"language": code, "level": fact.level, "mother_tongue": True if fact.mother_tongue else None}
    entry = {k: v for k, v in entry.items() if v is not None}
    if fact.review:
        draft.review(where, fact.review)
    if not accepts(Language, entry):
        draft.review(where, f"{code}: a language without a level cannot be drafted yet; add its level")
        return
    draft.add("languages", entry, where, HIGH, Language, spans={"level": row.get("Proficiency", "")})


def _certified(draft: Draft, cert: tuple[str, str, str], where: str, text: str) -> None:
    code, level, basis = cert
    for k, entry in enumerate(draft.data.get("languages", [])):
        if entry["language"] == code:
            if not entry.get("level") and not entry.get("mother_tongue"):
                entry["level"] = level
                spans = draft.spans.setdefault(f"languages[{k}]", {})
                spans["level"] = f"{spans.get('level', '')}\n{text}"  # the level is the certificate's
            return
    spans = {"level": text}
    draft.add("languages", {"language": code, "level": level}, f"{where} ({basis})", MEDIUM, Language, spans=spans)


def archive_text(path: Path) -> str:
    return "\n".join(",".join(row.values()) for rows in _tables(path).values() for row in rows)
