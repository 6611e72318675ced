"""Degrees in the education section of a free-text CV.

A new entry starts at a line naming a degree (or at a date when the current entry
already has dates). The ISCED level is drafted only when the degree's name makes it
clear (the study_types table); "diploma", "certificate", "diplôme" alone leave it
not stated. Completion: an end in the past, or "obtained", is completed; "expected",
"en cours" or an end in the future is not; nothing said leaves it not stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..models.dates import parse_partial
from ..profile_tools.level_words import study_level
from .dates import Span, find_spans
from .degree_subject import CLEAR_DEGREE, COURSE, VAGUE_DEGREE, field_of
from .job_header import fold
from .lines import Line
from .sections import is_bullet, strip_bullet, words

_INSTITUTION = re.compile(
    r"\b(universit|university|universite|school|ecole|école|college|institut|academy|"
    r"academie|académie|faculty|faculte|faculté|iep|sciences po(?!l)|polytechnique)",  # not "sciences politiques"
    re.I,
)
_YEARS = re.compile(r"\b(\d(?:[.,]5)?)\s*-?\s*(?:years?|yrs?|ans|annees|années)\b", re.I)


@dataclass
class Study:
    lines: list[Line] = field(default_factory=list)
    degree: str | None = None
    institution: str | None = None
    span: Span | None = None
    texts: list[str] = field(default_factory=list)


# Words of degree names that, here, name no degree: a master class, a Scrum Master, a master
# trainer; a maîtrise or a magistère, whose ISCED level depends on the country and the era
# (unless the CV itself names the degree it is: "Maîtrise universitaire en droit (Master of Law)").
_NOT_A_DEGREE = re.compile(
    r"\bmaster\s?class(?:es)?\b|\b(?:scrum|web|quarter|toast|head|station|post|harbou?r|grand|pay|ring|chess)\s?master|"
    r"\bmaster\s+(?:trainer|diver|mariner|craftsman|instructor|practitioner|chief|sergeant|gunner|chef|electrician|"
    r"plumber|key|certificate|certification|black belt)s?\b|\bmaitrise\b|\bmagistere\b"
)
# A licence is a degree when the title starts with it ("Licence en droit", "Licence 3", "Licence professionnelle")
_LICENCE_DEGREE = re.compile(
    r"^(?:diplome (?:national )?de )?licen[cs]e\b(?!\s+(?:to|pour|de pilote|de tir|of practice))"
)
_ASSOCIATE_DEGREE = re.compile(r"\bassociates?\s+(?:degree|of\s+(?:arts|science|applied))|\bassociate s degree\b")
_SHORT = {"ma", "m a", "ba", "b a", "bs", "b s", "md", "jd"}  # also everyday words ("ma thèse"): only as capitals


# A part of a degree, or something said to be "at the level of" one: not that degree
# ("Master 1", "Licence 2", "Master's degree (first year)", "Masters-level Certificate",
# "Diploma (Bachelor equivalent)", "Pre-Master programme").
_PART_OR_LEVEL_OF = re.compile(
    r"\b(?:masters?|licence|license)\s+(?:1|i|un)\b|\blicence\s+(?:2|ii|deux)\b|"
    r"\b(?:first|1st|second|2nd|premiere|1re|1ere|deuxieme|2e|2eme)\s+(?:year|annee)\b|"
    r"\b(?:masters?|bachelors?|licence|doctoral|doctorate|phd|degree)\s+(?:s\s+)?(?:level|equivalent)\b|"
    r"\bequivalent\b|\bpre\s?masters?\b|\bniveau\s+(?:master|licence|bac|doctorat)\b"
)


# A baccalauréat awarded by a university is a bachelor's degree (Québec usage: "Baccalauréat en
# criminologie, Université de Montréal"); the French baccalauréat ends secondary school and no
# university awards it. The word alone keeps its French reading (3).
_BACCALAUREAT = re.compile(r"\bbaccalaureat|\bbaccalaureate")
_UNIVERSITY = re.compile(r"\buniversit")


def degree_level(text: str, institution: str | None = None) -> int | None:
    """ISCED level when the degree name (with the institution awarding it) makes it clear, else None."""
    level = _name_level(text)
    if level == 3 and _BACCALAUREAT.search(fold(text)) and _UNIVERSITY.search(fold(f"{text} {institution or ''}")):
        return 6
    return level


def _name_level(text: str) -> int | None:
    named = [degree_level(inner) for inner in re.findall(r"\(([^()]{4,60})\)", text)]
    text = re.sub(r"[()\[\]]", " ", text)
    folded = fold(text)
    if _NOT_A_DEGREE.search(folded) and not _PART_OR_LEVEL_OF.search(folded):
        own = [level for level in named if level is not None]
        return own[0] if len(set(own)) == 1 and re.search(r"\bmaitrise\b", folded) else None
    if _NOT_A_DEGREE.search(folded) or _PART_OR_LEVEL_OF.search(folded):
        return None
    clear = CLEAR_DEGREE.search(folded)
    if clear and clear.group(1) in ("licence", "license") and not _LICENCE_DEGREE.search(folded):
        return None  # "Private Investigator Licence", "Private Pilot Licence": a permit
    if clear and clear.group(1) == "associate" and not _ASSOCIATE_DEGREE.search(folded):
        return None  # "Associate Member": a membership grade
    if clear and clear.group(1) in _SHORT and not re.search(r"\b(?:M\.?A|B\.?A|B\.?S|MD|JD)\b", text):
        clear = None
        if not re.search(r"\b(master|bachelor|licence|doctor|phd|msc|bsc|llm|llb|mba)", folded):
            return None
    if VAGUE_DEGREE.search(folded) and not clear:
        return None
    if re.search(r"\b(postgraduate|post graduate|graduate)\b", folded) and not clear:
        return None
    return study_level(text) if clear or not VAGUE_DEGREE.search(folded) else None


def _is_degree(text: str) -> bool:
    folded = fold(text)
    clear = CLEAR_DEGREE.search(folded)
    if clear and clear.group(1) == "associate" and not _ASSOCIATE_DEGREE.search(folded):
        return bool(VAGUE_DEGREE.search(folded))  # "Associate Member, Association of ...": a membership grade
    return bool(clear or VAGUE_DEGREE.search(folded) or study_level(text) or COURSE.search(folded))


_CUT = re.compile(r"(?i)\b(?:in|of|en|de|du|des|d'|and|et|&)\s*$")


def _uncut(lines: list[Line], order: str | None) -> list[Line]:
    """'Bachelor of Arts in' over 'Sociology' (a sidebar's width): a degree's name cut after a
    preposition is put back on one line, so its subject is read."""
    out: list[Line] = []
    for line in lines:
        above = out[-1].text if out else ""
        if (
            _CUT.search(above)
            and _is_degree(above)
            and not is_bullet(line.text)
            and len(line.text.split()) <= 6
            and not find_spans(line.text, order)
            and not _is_degree(line.text)
        ):
            out[-1] = Line(f"{above.rstrip()} {line.text.strip()}", out[-1].where, out[-1].heading, out[-1].level)
            continue
        out.append(line)
    return out


def read_studies(lines: list[Line], order: str | None) -> list[Study]:
    lines = _uncut(lines, order)
    studies: list[Study] = []
    current: Study | None = None
    for line in lines:
        text = strip_bullet(line.text) if is_bullet(line.text) else line.text
        spans = [s for s in find_spans(text, order)]
        span = spans[0] if spans else None
        clean = text
        if span:
            clean = re.sub(r"\(\s*\)", " ", text[: span.begin] + " " + text[span.stop :]).strip(" ,|–—-:()")
        degree_here = _is_degree(clean) and (not _INSTITUTION.match(fold(clean)) or _degree_after(clean))
        # a degree line with its own dates under a line already dated ("Police officers' course, 2012" over
        # "BA in English Literature, 2005 – 2009") is a study of its own: never one study with the other's dates
        own_range = bool(span and current and current.span)
        if current is None or (degree_here and current.degree) or (span and current.span and not degree_here):
            current = Study()
            studies.append(current)
        elif own_range and degree_here:
            # "Abogado (law degree), 2008 – 2014" then "Maestría en Derecho Penal, 2016 – 2018": a line with a
            # degree and its own range is a study of its own, even when the line above named no known degree
            current = Study()
            studies.append(current)
        current.lines.append(line)
        current.texts.append(text)
        if span and current.span is None:
            current.span = span
        if degree_here and current.degree is None:
            current.degree, rest = _split_institution(clean)
            current.institution = current.institution or rest
        elif _INSTITUTION.search(clean) and current.institution is None:
            current.institution = clean.split("|")[0].strip(" ,") or None
    return [s for s in studies if s.degree]


def _degree_after(text: str) -> bool:
    """'Université de Namur — Bachelier en histoire', 'University of Lagos, MSc Accounting': the
    degree after the institution, in a part of its own."""
    parts = [p.strip() for p in re.split(r"\s+[|/]\s+|\s+[—–-]\s+|,\s+|\s{2,}", text) if p.strip()]
    return any(_is_degree(p) and not _INSTITUTION.match(fold(p)) for p in parts[1:])


def _split_institution(text: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in re.split(r"\s+[|/]\s+|\s+[—–-]\s+|,\s+|\s{2,}", text) if p.strip()]
    degree = [p for p in parts if _is_degree(p) and not _INSTITUTION.search(p)]
    degree = degree or [p for p in parts[1:] if _is_degree(p) and not _INSTITUTION.match(fold(p))]
    institution = [p for p in parts if _INSTITUTION.search(p)]
    name = degree[0] if degree else parts[0]
    at = parts.index(name)
    if (
        field_of(name) is None
        and degree_level(name) is not None
        and at + 1 < len(parts)
        and not _is_degree(parts[at + 1])
        and parts[at + 1] not in institution
    ):
        name = f"{name}, {parts[at + 1]}"  # "Master's Degree, Public Policy – Hertie School": its subject follows
    return name, (institution[0] if institution else None)


def completion(study: Study, today: date) -> bool | None:
    text = f" {fold(' '.join(study.texts))} "
    if any(f" {fold(w)} " in text for w in words()["unfinished"]):
        return False
    span = study.span
    end = span.end if span else None
    if span and span.ongoing:
        return False
    if end:
        return parse_partial(end)[1] <= today
    if span and span.ambiguous and not (span.start and not span.end):
        # "2006-07" (July 2006 or 2006-2007): the dates are not drafted, but every reading ends in the past;
        # "2022 –" with nothing after has no end at all, so no completion either
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", span.text)]
        short = re.search(r"\b((?:19|20)\d\d)[-/](\d\d)\b", span.text)
        if short:
            years.append(int(short.group(1)[:2] + short.group(2)))
        if years and max(years) < today.year:
            return True
    if any(f" {fold(w)} " in text for w in words()["finished"]):
        return True
    return None


def years_stated(study: Study) -> float | None:
    m = _YEARS.search(" ".join(study.texts))
    return float(m.group(1).replace(",", ".")) if m else None
