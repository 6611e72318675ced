"""JSON Resume (https://jsonresume.org/schema) -> profile data, saying what was left out.

work[] and volunteer[] become experience (a volunteer post with a review note, and once
only when it is also under work), education[] education (studyType -> ISCED level only when the
degree name makes it clear: matcher/importers/education_text.degree_level over
matcher/profile_tools/data/study_types.yaml), languages[] languages (a CEFR level only when
the fluency writes one or names a certificate, as every CV importer reads it; wording such as
"Fluent" is reported with how matcher/profile_tools/data/fluency_levels.yaml would read it,
never drafted as a level; names -> ISO codes through matcher/reference/data/languages.yaml).
A CV is written for people, so any field may be missing, misspelt or of the wrong
type: each entry is converted on its own, checked against the profile model, and
skipped with a note if it cannot be; the import itself never fails on content.
Reading single fields: resume_fields.py; fluency words and degree names: level_words.py.
"""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path
from typing import Any

from .. import reference
from ..engine.periods import months_between
from ..errors import InputError
from ..files.documents import load_document
from ..models.dates import parse_partial
from ..models.profile import Education, Experience, Language
from . import places
from . import resume_fields as fields
from .lookup import language_code

_USED = {"basics", "work", "volunteer", "education", "languages", "$schema", "meta"}
_PRESENT = re.compile(r"(?i)present|current|now|today|ongoing|pr[ée]sent|aujourd'hui|en cours")


def _job_date(value: Any, side: str, where: str, notes: list[str]) -> str | None:
    """A job's start or end as written, or None (not stated) when it is absent or unreadable."""
    if value in (None, ""):
        return None
    try:
        return fields.iso_date(value)
    except ValueError as error:
        notes.append(f"{where}: {error}; {side} left not stated")
        return None


def _job(item: Any, where: str, notes: list[str], key: str = "work") -> dict[str, Any] | None:
    """A work or volunteer item as an experience entry: the same reading for both (volunteer
    items name the employer `organization`)."""
    if key == "volunteer":
        employer = fields.text(item.get("organization"))
    else:
        employer = fields.text(item.get("name")) or fields.text(item.get("company"))  # "company": schema < 1.0
    title = fields.text(item.get("position"))
    if title is None:
        title = f"Job at {employer}" if employer else "Job (title not given)"
        notes.append(f"{where}: no position given; titled {title!r}: put your functional title")
    end_date = item.get("endDate")
    if isinstance(end_date, str) and _PRESENT.fullmatch(end_date.strip()):
        end_date = None  # "Present", as several JSON Resume editors write a current job's end
    start, end = _job_date(item.get("startDate"), "start", where, notes), _job_date(end_date, "end", where, notes)
    if start is not None and end is None and end_date not in (None, ""):
        # a start with no end would be counted up to today: both dates left not stated
        notes.append(f"{where}: review: endDate not read; job kept with its dates not stated: add them")
        start = None
    elif start is None:
        # kept, its start not stated: its length is unknown, so a duration it could decide goes to
        # review instead of the applicant looking less experienced than they are
        why = "no startDate" if item.get("startDate") in (None, "") else "startDate not read"
        notes.append(f"{where}: review: {why}; job kept with its start not stated: add it")
    entry: dict[str, Any] = {"title": title, "employer": employer, "start": start}
    if end_date in (None, ""):
        entry["ongoing"] = True
    elif end is not None:
        entry["end"] = end
    entry["country"] = fields.country(item.get("location"), where, notes)
    highlights = (
        [h.strip() for h in item.get("highlights") or [] if isinstance(h, str) and h.strip()]
        if isinstance(item.get("highlights"), list)
        else []
    )
    parts = [fields.text(item.get("summary")) or fields.text(item.get("description"))] + [f"- {h}" for h in highlights]
    entry["description"] = "\n".join(p for p in parts if p)
    entry = {k: v for k, v in entry.items() if v not in (None, "")}
    problem = fields.invalid(Experience, entry)
    if problem and "before start" in problem:  # which of the two dates is wrong, the file does not say
        notes.append(f"{where}: review: {problem}; job kept with its dates not stated: add them")
        entry = {k: v for k, v in entry.items() if k not in ("start", "end", "ongoing")}
        problem = fields.invalid(Experience, entry)
    if problem:
        notes.append(f"{where}: {problem}; job left out")
        return None
    fields.left_over(key, item, where, notes)
    return entry


def _volunteer(item: Any, where: str, notes: list[str]) -> dict[str, Any] | None:
    return _job(item, where, notes, "volunteer")


def _post(entry: dict[str, Any]) -> tuple[str, str, str]:
    """What makes two experience entries the same post: title, employer and start."""
    title, employer, start = (str(entry.get(k) or "").casefold().strip() for k in ("title", "employer", "start"))
    return title, employer, start


def _years(start: str | None, end: str | None) -> float | None:
    """Programme length from month-precise dates, counted as the engine counts time (a
    month-only start is its first day, a month-only end its last: 2011-06 to 2014-01 is
    2 years 8 months, 2.66 years), cut (never rounded up) to hundredths. Year-only dates
    ("2010" to "2013") could mean two to four years: None, the length is not stated."""
    if not (start and end) or len(start) == 4 or len(end) == 4:
        return None
    months = months_between(parse_partial(start)[0], parse_partial(end)[1])
    years = math.floor(months * 100 / 12) / 100
    return years if 0 < years <= 15 else None


def _study(item: Any, where: str, notes: list[str]) -> dict[str, Any] | None:
    from ..importers.education_text import degree_level  # "Postgraduate Diploma" has no clear level

    study_type, area = fields.text(item.get("studyType")), fields.text(item.get("area"))
    level = degree_level(study_type, fields.text(item.get("institution"))) if study_type else None
    if level is None:
        notes.append(
            f"{where}: {'studyType ' + repr(study_type) if study_type else 'no studyType'} does not "
            "tell the level (ISCED 5-8); kept without a level: add `level`"
        )
    try:
        start = fields.iso_date(item.get("startDate")) if item.get("startDate") not in (None, "") else None
        end = fields.iso_date(item.get("endDate")) if item.get("endDate") not in (None, "") else None
    except ValueError as error:
        notes.append(f"{where}: {error}; dates left out")
        start = end = None
    # As the other importers read a CV (matcher/importers): an end in the past is a degree
    # obtained, said in a note; without an end, completion is not stated.
    completed = None
    if end is None:
        notes.append(f"{where}: no endDate, so completion is not stated: add completed: true if the degree was awarded")
    elif parse_partial(end)[1] > date.today():
        completed = False
        notes.append(f"{where}: ends {end}: still under way, so not counted until completed")
    else:
        completed = True
        notes.append(f"{where}: completed: true read from the endDate {end}: set false if the degree was not awarded")
    years = _years(start, end)
    if start and end and years is None:
        notes.append(
            f"{where}: dates {start} to {end} do not give the programme's length; length not stated: add `years`"
        )
    title = " in ".join(p for p in (study_type, area) if p)
    entry = {
        "title": title or None,
        "institution": fields.text(item.get("institution")),
        "field": area,
        "level": level,
        "years": years,
        "completed": completed,
        "start": start,
        "end": end,
    }
    entry = {k: v for k, v in entry.items() if v is not None}
    problem = fields.invalid(Education, entry)
    if problem:
        notes.append(f"{where}: {problem}; left out")
        return None
    fields.left_over("education", item, where, notes)
    return entry


def _language(item: Any, where: str, notes: list[str]) -> dict[str, Any] | None:
    name, fluency = fields.text(item.get("language")), item.get("fluency")
    fluency = str(fluency).strip() if isinstance(fluency, (str, int, float)) else None
    if name is None:
        notes.append(f"{where}: no language name; left out")
        return None
    try:
        code = language_code(name)
    except ValueError as error:
        notes.append(f"{where}: {error}; left out")
        return None
    # As every CV importer reads a language (matcher/importers/languages.py): a level only when
    # a CEFR level or a certificate is written; "Fluent" or "Professional working proficiency"
    # is not a level, and "near-native" not a mother tongue: left not stated, with a note.
    from ..importers.languages import read_language

    fact = read_language(code, fluency or "")
    entry: dict[str, Any] = {"language": code}
    if fact.level or fact.mother_tongue or fact.basis == "wording":
        if fact.review:
            notes.append(f"{where}: {fact.review}")
    else:
        said = f"fluency {fluency!r} not recognised" if fluency else "no fluency given"
        notes.append(f"{where}: {said}; kept without a level: add your CEFR level (A1-C2)")
    if fact.level:
        entry["level"] = fact.level
    elif fact.mother_tongue:
        entry["mother_tongue"] = True
    problem = fields.invalid(Language, entry)
    if problem:
        notes.append(f"{where}: {problem}; left out")
        return None
    fields.left_over("languages", item, where, notes)
    return entry


def _home(basics: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """Where the candidate lives (basics.location): its explicit country code and city."""
    location = basics.get("location")
    if not isinstance(location, dict):
        return {}
    code = places.explicit_code(location.get("countryCode"))
    if location.get("countryCode") and code is None:
        notes.append(f"basics.location.countryCode {location.get('countryCode')!r} is not an ISO country code")
    if code is None and any(location.values()):
        notes.append("basics.location: no countryCode; not carried over")
    if code:
        notes.append(
            f"basics.location.countryCode: lives in {reference.country_name(code)} ({code}); not used for any "
            "job's country (a job names its own) nor as a nationality: add `nationality`"
        )
    return {"code": code, "city": location.get("city")}


def _current(jobs: list[dict[str, Any]], notes: list[str]) -> dict[str, Any] | None:
    """The one job without an end date is the current one; its employer type is not stated."""
    ongoing = [job for job in jobs if job.get("ongoing")]
    if len(ongoing) != 1:
        notes.append(
            "current_employment: not in JSON Resume; add it (employer_type, employer_country): "
            "secondment notices are open only to serving officials"
        )
        return None
    job = ongoing[0]
    notes.append(
        f"current_employment: from the job without an end date ({job['title']}); JSON Resume does not "
        "say the employer type: add employer_type (law_enforcement or government for a serving official)"
    )
    return {"employer": job.get("employer"), "position": job["title"], "employer_country": job.get("country")}


def convert(resume: Any, origins: dict[str, list[tuple[str, int]]] | None = None) -> tuple[dict[str, Any], list[str]]:
    """(profile data, notes on what could not be converted) for a JSON Resume document;
    `origins`, when given, receives per section the (JSON Resume key, index) of the item each
    entry came from ("work", 2), ("volunteer", 0)."""
    if not isinstance(resume, dict):
        raise ValueError('expected a JSON Resume object ({"basics": ..., "work": [...]}) at the top level')
    notes: list[str] = []
    basics = resume.get("basics") or {}
    if not isinstance(basics, dict):
        notes.append(f"basics: expected an object, got {type(basics).__name__}; name and contact left out")
        basics = {}
    data: dict[str, Any] = {
        "name": fields.text(basics.get("name")),
        "email": fields.text(basics.get("email")),
        "phone": fields.text(basics.get("phone")),
    }
    fields.left_over("basics", basics, "basics", notes)
    _home(basics, notes)
    converters = {
        "work": ("experience", _job, "name"),
        "volunteer": ("experience", _volunteer, "organization"),
        "education": ("education", _study, "institution"),
        "languages": ("languages", _language, "language"),
    }
    jobs: list[dict[str, Any]] = []  # the work entries: the current employment is one of them
    for key, (field, convert_one, label) in converters.items():
        entries = data.setdefault(field, [])
        for i, item in enumerate(fields.items(resume, key, notes)):
            if not isinstance(item, dict):
                notes.append(f"{key}[{i}]: expected an object, got {type(item).__name__}; left out")
                continue
            where = fields.where(key, i, fields.text(item.get(label)))
            entry = convert_one(item, where, notes)
            if entry is not None and key == "volunteer":
                if _post(entry) in {_post(job) for job in jobs}:
                    notes.append(f"{where}: the same post as under work (title, employer, start); drafted once")
                    continue
                notes.append(
                    f"{where}: review: volunteer work, drafted as experience: confirm it was real work "
                    "that counts for the notice (remove it if not)"
                )
            if entry is not None:
                entries.append(entry)
                if key == "work":
                    jobs.append(entry)
                if origins is not None:
                    origins.setdefault(field, []).append((key, i))
    if data["experience"]:
        notes.append(
            "work: JSON Resume does not say employer types, countries worked with or proof of "
            "employment; they are left not stated: add them to every job"
        )
    current = _current(jobs, notes)
    if current:
        data["current_employment"] = {k: v for k, v in current.items() if v is not None}
    for key, value in resume.items():
        if key not in _USED and value:
            count = f" ({len(value)} entr{'y' if len(value) == 1 else 'ies'})" if isinstance(value, list) else ""
            notes.append(f"{key}{count}: not used by matcher")
    if notes:
        data["notes"] = "Import notes:\n" + "\n".join(notes)
    return {k: v for k, v in data.items() if v not in (None, [], "")}, notes


def convert_file(
    path: Path, origins: dict[str, list[tuple[str, int]]] | None = None, document: list[Any] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Read (safely, with limits) and convert a JSON Resume file; `document`, when given,
    receives the document read (the importer re-reads each value from its item)."""
    doc = load_document(path)
    if document is not None:
        document.append(doc.data)
    try:
        return convert(doc.data, origins)
    except ValueError as error:
        raise InputError(str(error), file=path, line=1) from None
