"""Europass CV (SkillsPassport v3, from the Europass editor) -> a Draft, shared by the XML
and JSON readers: both give the LearnerInfo as the same nested dict (JSON's shape).

Dates are as precise as the file: a From with year and month is YYYY-MM. The ISCED
level of a degree is drafted when its title makes it clear and the EQF level given
(Level/Code) does not contradict it. A language's overall level is the lowest of its
five Europass skills (a notice asking for B2 means B2 in each); the skills are kept.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html import unescape
from typing import Any

from ..models.dates import parse_partial
from ..models.profile import CEFR_ORDER, Education, Experience, Language
from ..profile_tools.lookup import country_code, language_code
from .draft import HIGH, MEDIUM, Draft
from .education_text import degree_level
from .job_header import _fraction
from .languages import certificate_level, light_fold
from .places import EU_CODES, nationality_codes
from .worked_with import read_work_countries

_TAGS = re.compile(r"<[^>]{0,500}>")
SKILLS = {
    "Listening": "listening",
    "Reading": "reading",
    "SpokenInteraction": "speaking",
    "SpokenProduction": "speaking",
    "Writing": "writing",
}


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("Label") or value.get("Name")
    if not isinstance(value, (str, int, float)):
        return None
    text = " ".join(_TAGS.sub(" ", unescape(str(value))).split())
    return text or None


def _raw(value: Any) -> str:
    """An element's content as text: what the faithfulness check re-reads each value from."""
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else ""


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _whole(value: Any) -> int | None:
    """A Year, Month or Day as Europass writes it: an integer, or ASCII digits in XML text.
    Anything else (a float such as 2016.5, 1e999 or Infinity, a boolean, other scripts'
    digits that int() would accept) is no date part."""
    if isinstance(value, str):
        value = value.strip()
        return int(value) if value.isascii() and value.isdecimal() and len(value) <= 4 else None
    return value if type(value) is int else None


def _date(value: Any) -> str | None:
    if not isinstance(value, dict) or not value.get("Year"):
        return None
    year = _whole(value["Year"])
    if year is None:
        return None
    parts = [f"{year:04d}"]
    if value.get("Month"):  # a day without its month says nothing more than the year
        if (month := _whole(value["Month"])) is None:
            return None
        parts.append(f"{month:02d}")
        if value.get("Day"):
            if (day := _whole(value["Day"])) is None:
                return None
            parts.append(f"{day:02d}")
    text = "-".join(parts)
    try:
        parse_partial(text)
    except ValueError:
        return None
    return text


def _code(getter, value: Any) -> str | None:
    code = _get(value, "Code") if isinstance(value, dict) else None
    for candidate in (code, _get(value, "Label") if isinstance(value, dict) else value):
        if isinstance(candidate, str) and candidate.strip():
            try:
                return getter(candidate)
            except ValueError:
                continue
    return None


def _country_code(text: str) -> str:
    return EU_CODES.get(text.strip().upper()) or country_code(text)


def _demonym(value: Any) -> str | None:
    """A nationality given only as a label ('French', 'française')."""
    label = _text(value)
    codes = nationality_codes(label) if label else []
    return codes[0] if len(codes) == 1 else None


def draft_learner(learner: dict[str, Any], draft: Draft, base: str, today: date | None = None) -> Draft:
    today = today or date.today()
    ident = _get(learner, "Identification") or {}
    name = " ".join(
        p for p in (_text(_get(ident, "PersonName", "FirstName")), _text(_get(ident, "PersonName", "Surname"))) if p
    )
    draft.set("name", name or None, f"{base}/Identification/PersonName", HIGH)
    email = _get(ident, "ContactInfo", "Email", "Contact")
    draft.set("email", _text(email), f"{base}/Identification/ContactInfo/Email", HIGH)
    nationalities = [_code(_country_code, n) or _demonym(n) for n in _list(_get(ident, "Demographics", "Nationality"))]
    draft.set(
        "nationality",
        [c for c in dict.fromkeys(nationalities) if c],
        f"{base}/Identification/Demographics/NationalityList",
        HIGH,
        span=_raw(_get(ident, "Demographics")),
    )
    for i, job in enumerate(_list(_get(learner, "WorkExperience")), 1):
        _job(draft, job, f"{base}/WorkExperienceList/WorkExperience[{i}]")
    for i, study in enumerate(_list(_get(learner, "Education")), 1):
        _study(draft, study, f"{base}/EducationList/Education[{i}]", today)
    linguistic = _get(learner, "Skills", "Linguistic") or {}
    for i, mother in enumerate(_list(_get(linguistic, "MotherTongue")), 1):
        code = _code(language_code, _get(mother, "Description"))
        where = f"{base}/Skills/Linguistic/MotherTongueList/MotherTongue[{i}]"
        if code:
            entry = {"language": code, "mother_tongue": True}
            draft.add("languages", entry, where, HIGH, Language, spans={"level": "MotherTongue " + _raw(mother)})
        else:
            draft.review(where, "mother tongue without a known language code; add it")
    for i, foreign in enumerate(_list(_get(linguistic, "ForeignLanguage")), 1):
        _foreign(draft, foreign, f"{base}/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[{i}]")
    return draft


def _job(draft: Draft, job: Any, where: str) -> None:
    period = _get(job, "Period") or {}
    start, end = _date(_get(period, "From")), _date(_get(period, "To"))
    current = str(_get(period, "Current")).lower() == "true"
    title = _text(_get(job, "Position"))
    activities = _text(_get(job, "Activities")) or ""
    country = _code(_country_code, _get(job, "Employer", "ContactInfo", "Address", "Contact", "Country"))
    employer = _text(_get(job, "Employer", "Name"))
    worked, left_out = read_work_countries(activities, exclude=country, own_side=employer or "")
    for note in left_out:
        draft.review(where, note)
    entry = {
        "title": title or "(title not given)",
        "employer": employer,
        "country": country,
        "start": start,
        "end": None if current else end,
        "ongoing": True if current else None,
        "fraction": _fraction(title or "") or _fraction(activities, "part_time_strong"),
        "countries_worked_with": worked,
        "description": activities,
    }
    if start is None:
        # kept, its start not stated: its length is unknown, so a duration it could decide goes
        # to review instead of the applicant looking less experienced than they are
        if end is not None and current:  # which of the two is true, the file does not say
            entry.update(end=None, ongoing=None)
        if _add_job(draft, job, period, entry, where, title):
            draft.review(where, f"{title or 'job'}: no start date; start not stated: add it")
        return
    if end is not None and current:
        # an end date and "current" both: which is true, the file does not say
        draft.review(
            where,
            f"{title or 'job'} from {start}: ends {end} and is marked current; not drafted: add it with "
            "its end date, or with ongoing: true if it is current",
        )
        draft.withhold(where, "experience", {**entry, "end": None, "ongoing": True}, where, "end not stated")
        return
    if end is None and not current:
        # the profile reads a job with no end as current: drafting it would count it up to today
        draft.review(
            where,
            f"{title or 'job'} from {start}: no end date and not marked current; not drafted: "
            "add it with its end date, or with ongoing: true if it is current",
        )
        draft.withhold(where, "experience", {**entry, "ongoing": True}, where, "end not stated")
        return
    _add_job(draft, job, period, entry, where, title)


def _add_job(draft: Draft, job: Any, period: Any, entry: dict, where: str, title: str | None) -> str | None:
    spans = {
        "start": _raw(_get(period, "From")),
        "end": _raw(_get(period, "To")),
        "place": _raw(_get(job, "Employer")) + "\n" + (title or ""),  # a working time in the title
        "body": entry.get("description") or "",
        "dates": _raw(period),
    }
    return draft.add(
        "experience",
        entry,
        where,
        HIGH,
        Experience,
        {"fraction": MEDIUM, "countries_worked_with": MEDIUM},
        spans=spans,
    )


def _study(draft: Draft, study: Any, where: str, today: date) -> None:
    period = _get(study, "Period") or {}
    start, end = _date(_get(period, "From")), _date(_get(period, "To"))
    current = str(_get(period, "Current")).lower() == "true"
    title = _text(_get(study, "Title")) or ""
    level = degree_level(title)
    eqf = _get(study, "Level", "Code")
    # ASCII digits only: '²'.isdigit() is true but int('²') fails
    eqf = int(eqf) if isinstance(eqf, (int, str)) and re.fullmatch(r"[0-9]{1,3}", str(eqf).strip()) else None
    if level is not None and eqf is not None and eqf != level and eqf >= 5:
        draft.review(where, f"{title!r} reads as ISCED {level} but EQF level {eqf} is given; level left not stated")
        level = None
    completed = False if current else (parse_partial(end)[1] <= today if end else None)
    entry = {
        "title": title or None,
        "institution": _text(_get(study, "Organisation", "Name")),
        "field": _text(_get(study, "Field")),
        "level": level,
        "completed": completed,
        "start": start,
        "end": end,
    }
    if level is None:
        draft.review(where, f"{title!r}: the degree does not make the ISCED level clear; level left not stated")
    if completed is None:
        draft.review(where, "no dates: completion not stated")
    from .draft import accepts

    if not accepts(Education, {k: v for k, v in entry.items() if v is not None}):
        draft.review(where, "not drafted (the profile needs a level and completion): add it by hand")
        return
    spans = {"start": _raw(_get(period, "From")), "end": _raw(_get(period, "To")), "degree": title}
    draft.add("education", entry, where, HIGH, Education, {"level": MEDIUM}, spans=spans)


def _foreign(draft: Draft, foreign: Any, where: str) -> None:
    code = _code(language_code, _get(foreign, "Description"))
    if code is None:
        draft.review(where, "language without a known code; add it")
        return
    grid = _get(foreign, "ProficiencyLevel") or {}
    levels = {k: str(v).strip().upper() for k, v in grid.items() if str(v).strip().upper() in CEFR_ORDER}
    entry: dict[str, Any] = {"language": code}
    confidence = {}
    if levels:
        entry["level"] = min(levels.values(), key=CEFR_ORDER.index)
        skills: dict[str, str] = {}
        for key, skill in SKILLS.items():
            if key in levels:
                skills[skill] = min([skills.get(skill, levels[key]), levels[key]], key=CEFR_ORDER.index)
        if len(set(levels.values())) > 1:
            entry["skills"] = skills
    else:
        for cert in _list(_get(foreign, "VerifiedBy", "Certificate")):
            found = certificate_level(light_fold(f"{_text(_get(cert, 'Title')) or ''} {_get(cert, 'Level') or ''}"))
            if found and found[0] == code:
                entry["level"] = found[1]
                confidence["level"] = MEDIUM
                break
    if "level" not in entry:
        draft.review(where, "no CEFR level given")
    from .draft import accepts

    if not accepts(Language, entry):
        draft.review(where, f"{code}: a language without a level cannot be drafted yet; add its level")
        return
    draft.add("languages", entry, where, HIGH, Language, confidence, spans={"level": _raw(foreign)})
