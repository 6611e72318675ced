"""The header of one job in a free-text CV: title, employer, location, working time.

A header is the rest of a dated line plus the short lines next to it (experience_text.py
finds them); this module cuts it into pieces ("Analyst | Europol, The Hague,
Netherlands (80%)") and says which is the title, which the employer, which the country.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..profile_tools.lookup import fold as _fold
from .dates import Span
from .docx_labels import LABEL_LINE, form_role
from .lines import Line
from .places import bracketed_code, country_of, is_ambiguous_location, place_country
from .sections import is_bullet, words

_STRONG = re.compile(
    r"\s+[|/]\s+|\s+[—–·•-]\s+|\s{2,}|\s+(?:at|chez|@|with)\s+|\s+(?:aupr[eè]s|au sein)\s+d(?:e\s+|u\s+|')|\t"
    r"|\s+à\s+(?=[A-ZÀ-Ý][\w'-]+(?:\s*[,(|]|\s*$))"  # "ALIMA à Dakar (Sénégal)": the city after "à"
)
_PERCENT = re.compile(r"(\d{1,3})\s?%")
_HALF = re.compile(r"\s*(?:\b(?:à|a|at|on a)\s+)?\b(?:mi-temps|half-time|temps partiel|part-time)\b", re.I)
_DURATION = re.compile(
    r"^\(?\d+\s*(?:yrs?|years?|mos?|months?|ans?|mois)\b(?:\s*\d+\s*(?:mos?|months?|mois))?\.?\)?$", re.I
)  # "3 years 2 months" as LinkedIn prints it
_ALONE_PERCENT = re.compile(r"(?:(?:à|a|at)\s+)?(\d{1,2})\s?%", re.I)  # "(80%)", "à 80 %": the working time
_US_STATE = re.compile(r"^(?:[A-Z]{2}|D\.?C\.?)$")


def fold(text: str) -> str:
    """lookup.fold, keeping what is in parentheses ('Analyst (part-time, 80%)')."""
    return _fold(re.sub(r"[()\[\]]", " ", text))


@dataclass
class Job:
    lines: list[Line]
    span: Span
    title: str | None = None
    employer: str | None = None
    country: str | None = None
    fraction: float | None = None
    description: list[str] = field(default_factory=list)
    clauses: str = ""  # the description with a line break before each bullet (where countries are read)
    reviews: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # the lines its title, employer and place were read from
    inherited: str = ""  # the employer heading it took its employer (and place) from, when it did


@functools.cache
def _folded(vocabulary: str) -> tuple[str, ...]:
    """The vocabulary's words folded once (folded per call, a header line of 15,000 dates took 15 s)."""
    return tuple(dict.fromkeys(f" {fold(w)} " for w in words()[vocabulary]))


def _has(text: str, vocabulary: str) -> bool:
    key = f" {fold(text)} "
    return any(w in key for w in _folded(vocabulary))


def is_career_break(text: str) -> bool:
    """'Career break (parental leave)', 'Congé parental': a dated line that is not a post."""
    return _has(re.sub(r"[^\w\s]", " ", text), "career_break")


def header_like(text: str) -> bool:
    return (
        not is_bullet(text)
        and len(text.split()) <= 14
        and not text.rstrip().endswith((".", ";"))
        and not re.match(r"^[a-zà-ÿ]", text)
    )


def _fraction(text: str, vocabulary: str = "part_time_words") -> float | None:
    """The working time a text states. In a header any time word near a percentage will do
    ("Lecturer, 50% time"); in a description (vocabulary "part_time_strong") only words that
    name working time do: "cut processing time by 80%" is a result, not a part-time post."""
    fte = re.search(r"\b0[.,](\d{1,2})\s*(?:FTE|ETP)\b", text, re.I)
    if fte:
        return float("0." + fte.group(1))
    share = re.search(r"(?<![\d/])([1-4])\s?/\s?([2-5])\s*(?:-\s*)?(?:time|temps|FTE|ETP)\b", text, re.I)
    if share and int(share.group(1)) < int(share.group(2)):  # "1/4 time", "3/4 temps"
        return round(int(share.group(1)) / int(share.group(2)), 2)
    folded = fold(text)
    if any(fold(w) in folded for w in words()["half_time"]):
        return 0.5
    for m in _PERCENT.finditer(text):
        value = int(m.group(1))
        context = fold(text[max(0, m.start() - 30) : m.end() + 30])
        if 0 < value < 100 and any(fold(w) in context.split() or fold(w) in context for w in words()[vocabulary]):
            return value / 100
    return None


def _pieces(text: str) -> list[str]:
    # "(80%)", "(Ghana)" are pieces of their own; a name's acronym stays with it ("... Technology (KNUST)")
    text = re.sub(
        r"\(([^)]*)\)",
        lambda m: (
            m.group(0)
            if re.fullmatch(r"[A-Z][A-Z&.]{1,9}", m.group(1)) and not country_of(m.group(1))
            else f" | {m.group(1)} | "
        ),
        text,
    )
    parts = [p.strip(" ,;:|—–·•-") for p in _STRONG.split(text)]
    parts = [p for p in parts if p and re.search(r"\w", p)]
    out = []
    # "Cheffe de mission, Médecins du Monde, Bangui | RCA": whether any piece is a country,
    # asked once per line (asked per piece, a line of 30,000 pieces took minutes)
    placed = any(country_of(p) for p in parts)
    for part in parts:
        if "/" in part and country_of(part.rsplit("/", 1)[-1]):  # "Dakar/Sénégal"
            part = part.replace("/", ", ")
        sub = [s.strip() for s in part.split(",") if s.strip()]
        if len(sub) > 1 and (len(parts) == 1 or placed or any(country_of(s) or _US_STATE.match(s) for s in sub)):
            out += sub
        else:
            out.append(part)
    return out


_ALONE_PERCENT = re.compile(r"(?:(?:à|a|at)\s+)?(\d{1,2})\s?%", re.I)


def body_fraction(text: str) -> float | None:
    """The working time a description states, in words that name working time."""
    return _fraction(text, "part_time_strong")


def header_fraction(header: list[str]) -> float | None:
    """The working time a job's header states: a percentage near a time word, an FTE figure,
    half-time words, or a percentage standing alone ("Lecturer (20%)", "Analyste, à 80 %")."""
    for text in header:
        if (found := _fraction(text)) is not None:
            return found
        for piece in _pieces(text):
            alone = _ALONE_PERCENT.fullmatch(piece.strip())
            if alone and 5 <= int(alone.group(1)) <= 95:
                return int(alone.group(1)) / 100
    return None


def _labelled(piece: str) -> tuple[str | None, str]:
    """'Position: Logistics Officer' -> ('title', 'Logistics Officer'): a form's label names the role."""
    m = LABEL_LINE.match(piece)
    role = form_role(m.group(1)) if m else None
    return (role, m.group(2).strip()) if m and role in ("title", "employer") else (None, piece)


def _assign(job: Job, header: list[str], grouped: bool = False) -> None:
    labelled: dict[str, str] = {}
    from .header_lines import employer_and_title, with_place_line  # they read pieces with this module's helpers

    header = [t for t in header if not _DURATION.match(t.strip())]  # LinkedIn's "(2 years 5 months)"
    job.fraction = job.fraction if job.fraction is not None else header_fraction(header)
    if not grouped and len(header) == 2 and employer_and_title(job, header):
        return
    if not grouped and len(header) == 3 and with_place_line(job, header):
        return
    pieces = []
    for text in header:
        for piece in _pieces(text):
            alone = _ALONE_PERCENT.fullmatch(piece.strip())
            if alone and 5 <= int(alone.group(1)) <= 95:
                continue
            if _only_part_time(piece) or _DURATION.match(piece):
                continue
            piece = _HALF.sub("", piece).strip(" ,") or piece
            role, piece = _labelled(piece)
            if role:
                labelled.setdefault(role, piece)
            pieces.append(piece)
    kept: list[str] = []
    for i, piece in enumerate(pieces):
        code = country_of(piece)
        if code and i > 0 and is_ambiguous_location(piece) and place_country(piece, pieces[i - 1]) is None:
            code = None  # "Atlanta, Georgia": a US state as often as a country; the place is dropped, no country
            if kept and kept[-1] == pieces[i - 1] and _is_city(kept[-1], len(kept)):
                kept.pop()
            continue
        if code and _qualifies_title(pieces, i):
            job.reviews.append(
                f"{piece!r} follows the title {pieces[i - 1]!r}: part of the title or the post's place; "
                "country left not stated"
            )
            continue
        if code:
            job.country = job.country or code
            if kept and i > 0 and kept[-1] == pieces[i - 1] and _is_city(kept[-1], len(kept)):
                kept.pop()  # the city before the country
            continue
        code = bracketed_code(piece) if i > 0 else None
        if code:  # "Bruxelles (BE)", "Warsaw (PL)": the city and its country's code, one piece
            job.country = job.country or code
            continue
        if _US_STATE.match(piece):
            if kept and _is_city(kept[-1], len(kept)):
                kept.pop()
            continue
        kept.append(piece)
    if grouped and len(header) == 1 and len([p for p in _STRONG.split(header[0]) if p.strip(" ,;:|—–·•-")]) == 1:
        _grouped_title(job, header[0])  # a post under its employer's heading: the line is its title
        return
    titles = [p for p in kept if _has(p, "title_words")]
    titles.sort(key=lambda p: _has(p, "employer_words"))  # "Office de l'Auditeur général / Auditeur principal"
    employers = [p for p in kept if _has(p, "employer_words") and p not in titles[:1]]
    job.title = titles[0] if titles else (kept[0] if kept else None)
    if not titles and employers and job.title in employers:
        # "Ministry of Justice — Principal State Attorney": no title word, but the employer says it is one
        job.title = next((p for p in kept if p not in employers), job.title)
    rest = [p for p in kept if p != job.title]
    job.employer = employers[0] if employers and employers[0] != job.title else (rest[0] if rest else None)
    if job.employer and job.title and kept.index(job.employer) < kept.index(job.title) and not titles:
        job.title, job.employer = job.employer, job.title
    if job.title and ", " in job.title:
        _split_title(job)
    if job.employer in employers and job.employer != job.title:
        at = kept.index(job.employer)  # "Criminal Intelligence Unit, Ministry of Interior": the unit and its body
        following = [p for p in kept[at + 1 : at + 3] if p in employers and p != job.title]
        while following and kept[at + 1] == following[0]:
            job.employer = f"{job.employer}, {following.pop(0)}"
            at += 1
    if labelled:  # "Employer: Save the Children, Position: Logistics Officer": the labels decide
        job.title = labelled.get("title", job.title)
        job.employer = labelled.get("employer", job.employer if job.employer != labelled.get("title") else None)


def _qualifies_title(pieces: list[str], i: int) -> bool:
    """'Country Director – Mali | Save the Children', 'Desk Officer, Nigeria': a country right after a
    title names what the title covers as often as where the post was."""
    return i >= 1 and _has(pieces[i - 1], "title_words") and not _has(pieces[i - 1], "employer_words")


def _grouped_title(job: Job, text: str) -> None:
    """'Head of Unit, Asset Forfeiture', 'Chef de la cellule d'analyse, Lyon', 'Compliance Officer (60%)':
    the title without its place and working time; the employer is the heading's."""
    text = re.sub(r"\(([^)]*)\)", lambda m: "" if _only_part_time(m.group(1)) else m.group(0), text)
    parts = [p.strip() for p in _HALF.sub("", text).split(",") if p.strip()]
    while len(parts) > 1 and (country_of(parts[-1]) or _US_STATE.match(parts[-1])):
        if _qualifies_title(parts, len(parts) - 1):
            job.reviews.append(f"{parts[-1]!r} follows the title {parts[-2]!r}: country left not stated")
            parts.pop()
            break
        last = parts.pop()
        job.country = job.country or place_country(last, parts[-1])
    job.title = ", ".join(parts) or text.strip()
    _split_title(job, pull_employer=False)


def _split_title(job: Job, pull_employer: bool = True) -> None:
    """'Commandant de police, DCPJ, Nanterre': the employer and the city were in the title."""
    parts = [p.strip() for p in (job.title or "").split(",") if p.strip()]
    if (
        job.employer is None
        and pull_employer
        and len(parts) >= 2
        and (_has(parts[0], "employer_words") or re.fullmatch(r"[A-Z][A-Z&.-]{2,}", parts[0]))
        and _has(parts[1], "title_words")
        and not _has(parts[1], "employer_words")
    ):
        job.employer, parts = parts[0], parts[1:]  # "UNDP, Programme Officer": the employer first
    if job.employer is None and pull_employer:
        for i, part in enumerate(parts[1:], 1):
            if _has(part, "employer_words") or re.fullmatch(r"[A-Z][A-Z&.-]{2,}", part):
                job.employer = part
                parts = parts[:i] + parts[i + 1 :]
                break
    while (
        len(parts) > 1
        and re.fullmatch(r"[A-ZÀ-Ý][\w'-]+", parts[-1])
        and not _has(parts[-1], "title_words")
        and not _has(parts[-1], "employer_words")
    ):
        parts.pop()  # a one-word city after the title ("Lieutenant, Lyon")
    job.title = ", ".join(parts)


def _only_part_time(piece: str) -> bool:
    """'part-time, 50%', '80 %', 'mi-temps', '0.6 FTE': a piece that says only the working time."""
    left = f" {fold(re.sub(r'[.,]', ' ', piece))} "
    for w in sorted(words()["part_time_words"] + words()["half_time"], key=len, reverse=True):
        left = left.replace(f" {fold(w)} ", " ")
    return not re.sub(r"\d+", "", left).strip()


def _is_city(piece: str, position: int) -> bool:
    return (
        position >= 2
        and not re.fullmatch(r"[A-Z][A-Z&.]{1,5}", piece)  # "Legal Officer, ICC, Netherlands": an acronym, not a city
        and len(piece.split()) <= 3
        and not _has(piece, "employer_words")
        and not _has(piece, "title_words")
    )


def _location_line(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"[,|–—]", text) if p.strip()]
    if parts and re.fullmatch(r"[^()]+\(([^()]+)\)", parts[-1]):  # "Abidjan (Côte d'Ivoire)": the country in brackets
        parts[-1] = parts[-1].rsplit("(", 1)[1].rstrip(")")
    return bool(parts) and (country_of(parts[-1]) is not None or bool(_US_STATE.match(parts[-1])))
