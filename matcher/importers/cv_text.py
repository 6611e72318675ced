"""A free-text CV (lines from a PDF, Word or text file) -> a Draft, every fact with its line
(jobs: experience_text.py; studies: education_text.py; languages: language_section.py)."""

from __future__ import annotations

import re
from datetime import date

from ..models.profile import Education, Experience
from .dates import numeric_order, wrapped_range
from .draft import MEDIUM, Draft, accepts_stated
from .education_text import completion, degree_level, field_of, read_studies, years_stated
from .entry_lines import dated_items, labelled_records
from .experience_text import read_jobs
from .job_countries import countries_worked_with
from .job_header import is_career_break
from .language_section import _language_line, _languages
from .lines import Line, where
from .sections import contact, is_bullet, is_label_row, nationality, split_sections, words


def draft_from_lines(lines: list[Line], fmt: str, file: str, today: date | None = None) -> Draft:
    today = today or date.today()
    draft = Draft(fmt, file)
    if not lines:
        draft.review("", "no text found in the file (a scanned image?): nothing drafted")
        return draft
    lines = [line for line in _join_wrapped(lines) if not is_label_row(line.text)]  # table header rows
    order = numeric_order([line.text for line in lines])
    draft.order = order
    sections = split_sections(lines)
    found = contact(lines)
    for key in ("name", "email", "phone"):
        if key in found:
            draft.set(key, found[key][0], found[key][1].where, MEDIUM)
    codes, line, note = nationality(lines, sections.get("experience"))
    if codes and line:
        draft.set("nationality", codes, line.where, MEDIUM, span=line.text)
    elif note:
        draft.review("nationality", note)
    _jobs(draft, labelled_records(sections.get("experience")), order)
    _studies(draft, labelled_records(sections.get("education")), order, today)
    outside = sections.get("header") + sections.get("personal") + sections.get("other")
    _languages(
        draft,
        sections.get("languages") + [line for line in outside if _language_line(line)],
        sections.get("certifications") + sections.get("other") + sections.get("education") + sections.get("personal"),
    )
    # a volunteering section's posts are experience, after the jobs (as JSON Resume's `volunteer`
    # items), each with a review note: whether unpaid work counts is the notice's to say
    _jobs(draft, labelled_records(sections.get("volunteer")), order, volunteer=True)
    if not draft.data.get("experience"):
        draft.review("experience", "no dated job found: add the jobs by hand")
    return draft


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """A date range cut at the line's end ('..., 2004 –' / '2007') put back on one line, so
    its end is not lost and its start not read as an end."""
    out: list[Line] = []
    for line in lines:
        if out and wrapped_range(out[-1].text, line.text) and not _apart(out[-1], line):
            out[-1] = Line(f"{out[-1].text} {line.text}", out[-1].where, out[-1].heading)
            continue
        if out and _word_wrapped(out[-1], line):
            out[-1] = Line(f"{out[-1].text} {line.text.strip()}", out[-1].where, out[-1].heading, out[-1].level)
            continue
        above, below = out[-1].text.split(" | ", 1) if out and " | " in out[-1].text else ("", "")
        cell, sep, rest = line.text.partition(" | ")
        if above and sep and wrapped_range(above, cell):
            # a table's dates cell cut in two: "Jan 2018 – | Programme Manager" over "Dec 2020 | UNDP, Monrovia"
            out[-1] = Line(f"{above} {cell} | {below}", out[-1].where, out[-1].heading)
            out.append(Line(rest, line.where, line.heading, line.level))
            continue
        out.append(line)
    return out


def _word_wrapped(above: Line, line: Line) -> bool:
    """A PDF line cut by the column's width whose last words went to the next line ("Police nationale
    de Côte d'Ivoire – Direction de la police" over "criminelle"): a few lower-case words, no date."""
    if not (above.where.startswith("page") and line.where.startswith("page")):
        return False
    text = line.text.strip()
    last = re.split(r"[\s'’]+", above.text.strip())[-1].lower()
    # a line ending on "pour la", "of the" cannot be whole: more of its words went below
    most = 8 if last in words()["dangling"] else 3
    return (
        bool(re.match(r"[a-zà-ÿ]", text))
        and len(text.split()) <= most
        and not re.search(r"\d", text)
        and not above.text.rstrip().endswith((".", ";", ":", ",", ")"))
        and len(above.text.split()) >= 4
        and not is_bullet(above.text)
    )


def _apart(above: Line, line: Line) -> bool:
    """Two Word paragraphs are never one line cut by the page's width ("Intern, 2014 –" over "2016 Consultant")."""
    return above.where != line.where and above.where.startswith("paragraph") and line.where.startswith("paragraph")


def _jobs(draft: Draft, lines: list[Line], order: str | None, volunteer: bool = False) -> None:
    lines = dated_items(lines, order)
    for job in read_jobs(lines, order):
        source = where(job.lines)
        label = job.title or "a job"
        span = job.span
        if not job.title:
            draft.review(f"experience ({source})", f"dates {span.text!r} with no title found; not drafted")
            continue
        if volunteer and not job.employer:
            # "Bénévolat et loisirs: Entraîneuse de hockey mineur depuis 2015": a pastime, no post
            draft.review(f"volunteering ({source})", f"{label!r} names no organisation; not drafted as experience")
            continue
        if is_career_break(" ".join(job.header)):
            draft.review(
                f"experience ({source})", f"{label!r} ({span.text!r}) reads as a break, not a post; not drafted"
            )
            continue
        for note in job.reviews:
            draft.review(f"experience ({label}, {source})", note)
        worked, left_out = countries_worked_with(job)
        for note in left_out:
            draft.review(f"experience ({label}, {source})", note)
        entry = {
            "title": job.title,
            "employer": job.employer,
            "country": job.country,
            "countries_worked_with": worked,
            "start": span.start,
            "end": span.end,
            "ongoing": True if span.ongoing else None,
            "fraction": job.fraction,
            "description": "\n".join(job.description),
        }
        if span.ambiguous and (span.not_the_posts or (span.start and not span.end)):
            # a start with no end would be counted up to today: withheld, probed as if it were current
            where_ = f"experience ({label}, {source})"
            draft.review(where_, f"dates {span.text!r}: {span.ambiguous}; not drafted: add the job with its dates")
            if span.start and not span.end:
                draft.withhold(where_, "experience", {**entry, "ongoing": True}, source, "end not stated")
            continue
        if span.ambiguous:
            # the job is kept, its dates not stated: its length is unknown, so a duration it could
            # decide goes to review instead of the applicant looking less experienced than they are
            undated = {**entry, "start": None, "end": None, "ongoing": None}
            place = "\n".join([*job.header, job.inherited])
            spans = {"dates": "", "place": place, "body": job.clauses}
            path = draft.add("experience", undated, source, MEDIUM, Experience, spans=spans)
            if path:
                draft.review(path, f"dates {span.text!r}: {span.ambiguous}; start and end not stated: add them")
            continue
        anchor = next((line.text for line in job.lines if span.text in line.text), span.text)
        spans = {"dates": anchor, "place": "\n".join([*job.header, job.inherited]), "body": job.clauses}
        path = draft.add("experience", entry, source, MEDIUM, Experience, spans=spans)
        if path and volunteer:
            draft.review(
                path,
                "volunteer work (under a volunteering heading), drafted as experience: confirm it was real "
                "work that counts for the notice (remove it if not)",
            )
        if path and len(span.start or "") == 4:
            draft.review(
                path,
                f"{span.text!r}: years only, kept as years (a start year counts from January, "
                "an end year to December); give the months if you know them",
            )


def _studies(draft: Draft, lines: list[Line], order: str | None, today: date) -> None:
    for study in read_studies(lines, order):
        source = where(study.lines)
        degree = study.degree or ""
        level = degree_level(degree, study.institution)
        entry = {
            "title": degree,
            "institution": study.institution,
            "field": field_of(degree),
            "level": level,
            "years": years_stated(study),
            "completed": completion(study, today),
            "start": study.span.start if study.span and not study.span.ambiguous else None,
            "end": study.span.end if study.span and not study.span.ambiguous else None,
        }
        if level is None:
            note = f"{degree!r}: the name does not make the ISCED level clear; level left not stated"
            if not accepts_stated(Education, entry):
                draft.review(f"education ({source})", note + "; not drafted (the profile needs a level): add it")
                continue
            draft.review(f"education ({source})", note)
        if entry["completed"] is None:
            draft.review(f"education ({degree}, {source})", "completion not stated")
        text = "\n".join(line.text for line in study.lines)
        draft.add(
            "education",
            entry,
            source,
            MEDIUM,
            Education,
            spans={"dates": text, "degree": "\n".join(filter(None, [degree or text, study.institution]))},
        )
