"""The subject of a degree as a CV names it ('MSc in Forensic Science' -> Forensic Science,
'Bachelor of Arts (Sociology and History)' -> Sociology and History, 'DESS Droit pénal' -> Droit
pénal), and the words that make a line a degree or a course (education_text.py reads the studies)."""

from __future__ import annotations

import re

from .job_header import fold
from .sections import words

VAGUE_DEGREE = re.compile(r"\b(diploma|certificate|certificat|diplome|attestation|certification|brevet|cap|degree)\b")
# a course or a specialisation listed with the degrees (no level: it is drafted with its level not
# stated): "Police officers' course, Royal Police Academy, 2012", "Specialisation in Police Management",
# "Curso de Capacitación ...", "CAS en analyse criminelle", "DEC en techniques policières", "JUDr."
COURSE = re.compile(
    r"\b(?:courses?|curso|specialisation|specialization|judr)\b|(?<!\ben )\bcours\b|"  # not "(en cours)"
    r"^(?:cas|dec)\s+(?:en|in|de|d)\b"
)
CLEAR_DEGREE = re.compile(
    r"\b(master|masters|bachelor|bachelors|licence|license|licenciatura|doctorat|doctorate|phd|ph d|"
    r"msc|m sc|ma|llm|ll m|llb|ll b|mba|bsc|b sc|bs|b s|ba|beng|meng|mphil|dphil|associate|bts|dut|"
    r"baccalaureat|baccalaureate|maitrise|maestria|laurea|cand jur|m2|master 2|high school|bachelier|licencjat|"
    r"magister|magistere|mgr|mestrado|doctorado|doutorado|"
    r"secondary school|a levels?)\b"
)
_FIELD = re.compile(r"(?:\b(?:in|of|en|de|du|des)\s+|\bd'|\s[—–:]\s*)(.+)$", re.I)

_PREFIX = re.compile(
    r"^(?:master(?:'s)?(?:\s+degree)?(?:\s+2|\s+ii)?|m2|licence(?:\s+professionnelle)?|bachelor(?:'s)?(?:\s+degree)?|"
    r"doctorat|doctorate|ph\.?\s?d\.?|bts|dut|ll\.?m\.?|m\.?sc\.?|m\.?a\.?|mba|b\.?a\.?|b\.?sc\.?|b\.?s\.?|"
    r"(?:post)?graduate\s+(?:diploma|certificate)|dipl[oô]me|diploma|certificate|certificat|maîtrise|maitrise|"
    r"dess|dea|deug|b\.?\s?tech|national\s+diploma)"
    r"(?!\w)(?:\s+(?:of|de|d'|du|des|in|en)\b|\s*:)?\s*(.*)$",  # a whole word: "Baccalauréat" is no "ba" + "ccalauréat"
    re.I,
)


def field_of(degree: str) -> str | None:
    """The subject of a degree: 'MSc in Forensic Science', 'Master 2 Droit pénal', 'Licence en droit'."""
    # the subject outside any bracketed aside first: "Bachelor of Law (Licence en droit)" is Law, as
    # "Bachelor of Laws (Licenciatura en Derecho)"; the translation in brackets is no other subject
    bare = _without_brackets(degree)[0]
    m = re.search(r"\b(?:in|en)\s+(.+)$", bare, re.I)
    named = _PREFIX.match(bare.strip())
    if not m and not (named and named.group(1).strip()):
        m = re.search(r"\b(?:in|en)\s+(.+)$", degree, re.I)  # "Master (MSc in Criminology)"
    if not m and COURSE.search(fold(degree)) and not CLEAR_DEGREE.search(fold(degree)):
        return None  # "Curso de Capacitación para Cabos": a course names its subject only after "in", "en"
    m = m or _PREFIX.match(degree.strip()) or _FIELD.search(degree)
    if not m:
        return None
    value, bracketed = _without_brackets(m.group(1))  # "(en cours)", "(Hons)", "(LLB) (Hons)"
    # "Bachelor of Arts (Honours), Criminology", "Bachelor of Arts (Sociology and History)": "of Arts"
    # names the degree; the subject comes after it or in its brackets
    named = re.match(r"(?i)(?:arts|science|sciences)\b\s*(?:[,:]\s*(?P<rest>.+))?$", value)
    if named and named.group("rest"):
        value = named.group("rest")
    elif named and bracketed and not CLEAR_DEGREE.search(fold(bracketed)) and not _HONOURS.fullmatch(bracketed):
        value = bracketed
    elif named:
        return None  # "Bachelor of Science (BSc)": a degree's name, no subject
    if re.fullmatch(r"(?i)laws", value):
        value = "Law"  # "Bachelor of Laws (LLB)": the subject is law
    value = re.sub(r"^(?:la |le |l'|les |d')", "", value, flags=re.I)
    value = re.sub(
        r"^(?:science|sciences|arts)\s*:\s*", "", value, flags=re.I
    )  # "Bachelor of Science: Computer Science"
    value = re.sub(r"^\(?hons?\.?\)?\s+", "", value, flags=re.I)  # "BA (Hons) History"
    if re.match(r"(?i)dipl[oô]me\s+d'[ÉE]tat\b", degree.strip()):
        value = re.sub(r"^[ÉE]tat\s+(?:d'|de\s+)", "", value)  # "Diplôme d'État d'infirmier": "d'État" names it
    value = re.sub(r"^universitaire\s*(?:\(DU\))?\s*", "", value, flags=re.I) or value  # "Diplôme universitaire (DU) X"
    if VAGUE_DEGREE.match(fold(degree)) and (_SCHOOL.match(value) or _names_a_profession(value)):
        return None  # "Diplôme d'inspecteur de police", "Diplôme de l'École des officiers": a school's, no subject
    if (
        not value
        or CLEAR_DEGREE.match(fold(value))
        or re.fullmatch(r"\(?hons?\)?", value, re.I)
        or re.match(r"(?:ing[ée]nieur|engineer)\b", value, re.I)
    ):  # "diplôme d'ingénieur": a title, no subject
        return None
    return value


_HONOURS = re.compile(r"(?i)hon(?:ou)?rs?\.?|hons?\.?")


def _without_brackets(text: str) -> tuple[str, str]:
    """'Laws (LLB) (Hons)' -> ('Laws', 'LLB'); 'Arts (Honours), Criminology' -> ('Arts, Criminology', 'Honours'):
    the text without its bracketed asides (an unclosed last one too), and the first aside."""
    asides = re.findall(r"\(([^()]*)\)", text)
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"\s*\([^()]*$", "", text)  # "Laws (BA jur." cut before its bracket closed
    return text.strip(" ,.()-–"), (asides[0].strip() if asides else "")


_SCHOOL = re.compile(r"(?i)(?:l['’]\s*)?(?:[ée]cole|universit(?:y|[ée])\b|institut|acad[ée]m|college|facult)")


def _names_a_profession(value: str) -> bool:
    """'inspecteur de police', 'officier de gendarmerie', 'policier': what the diploma makes its
    holder (a title word first), not a subject studied."""
    first = fold(value).split()[:1]
    return bool(first) and first[0] in {fold(w) for w in words()["title_words"]}
