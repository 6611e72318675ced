"""A job's header written on lines of their own, one per role: the employer with its place
('UNICEF — Maputo, Mozambique') and the title ('Child Protection Specialist'), in either
order, or with a place line of its own (a LinkedIn profile saved as PDF). Which line is
which is read from the place and the title words, wherever the dates are. Also which longer
lines still are a header (placed_header, titled_header)."""

from __future__ import annotations

import re

from .job_header import (
    _ALONE_PERCENT,
    _HALF,
    _US_STATE,
    Job,
    _fraction,
    _has,
    _is_city,
    _only_part_time,
    _pieces,
    header_fraction,
    header_like,
)
from .places import bracketed_code, country_of, is_ambiguous_location, location_country, place_country


def _place_cut(text: str) -> tuple[str, str | None] | None:
    """'UNICEF — Maputo, Mozambique' -> ('UNICEF', 'MZ'); 'Jordan River Foundation, Amman' ->
    ('Jordan River Foundation', None): the name before its place, or None when no place ends the
    line or nothing but a place is written ('Lyon, France')."""
    parts = _pieces(text)
    country = None
    while len(parts) > 1 and (country_of(parts[-1]) or _US_STATE.match(parts[-1])):
        last = parts.pop()
        # "Atlanta, Georgia": a US state as often as a country, unless the city says which
        country = country or place_country(last, parts[-1])  # "Atlanta, Georgia": a US state
    city = (
        len(parts) > 1
        and _is_city(parts[-1], 2)
        and re.fullmatch(r"[A-ZÀ-Ý][\w'-]+(?:[ -][A-ZÀ-Ý]?[\w'-]+){0,2}", parts[-1]) is not None
    )
    if city:
        parts.pop()
    if not (city or country) or (country and is_ambiguous_location(text)):
        return None
    if not city and not _has(parts[0], "employer_words"):
        return None  # 'Lyon, France', 'Dakar, Sénégal': a place, no name
    at = text.find(parts[-1]) + len(parts[-1])  # the name as written, "(ICRC)" and all
    name = text[:at].strip(" ,;|—–-(")
    if text[at:].lstrip().startswith(")"):
        name += ")"
    return name, country


def employer_and_title(job: Job, header: list[str]) -> bool:
    """Two header lines of which one is an employer with its place ('Europol, The Hague, Netherlands',
    'UNICEF — Maputo, Mozambique') and the other a title alone ('Strategic Analyst', 'Programme
    Coordinator (80%)', 'Lieutenante de police, brigade financière'), in either order: the CV gives each
    role its own line, so the place says which line is the employer's, wherever the dates are."""
    for employer_line, title_line in ((header[0], header[1]), (header[1], header[0])):
        cut = _place_cut(employer_line)
        if (
            cut is None
            or employer_line.rstrip().endswith(",")  # a line cut by the page's width, not a line of its own
            or country_of(title_line) is not None
            or _place_cut(title_line) is not None
        ):
            continue
        alone = [int(m.group(1)) for p in _pieces(title_line) if (m := _ALONE_PERCENT.fullmatch(p.strip()))]
        title_pieces = [p for p in _pieces(title_line) if not _only_part_time(p) and not _ALONE_PERCENT.fullmatch(p)]
        qualified = all(re.match(r"[a-zà-ÿ]", p) for p in title_pieces[1:])  # "…, brigade financière"
        name_pieces = _pieces(re.sub(r"\([A-Z][A-Za-z&.]{1,9}\)", "", cut[0]))  # "... Red Cross (ICRC)": one name
        if not title_pieces or not qualified or len(name_pieces) != 1:
            continue
        if _has(cut[0], "title_words") and not _has(cut[0], "employer_words") and not _has(title_line, "title_words"):
            continue  # "Senior Analyst, Lyon" over "Interpol": the title has the place
        if (
            _has(title_line, "employer_words")
            and not _has(title_line, "title_words")
            and not _has(cut[0], "employer_words")
        ):
            continue
        fraction = _fraction(title_line) or (alone[0] / 100 if alone and 5 <= alone[0] <= 95 else None)
        job.fraction = job.fraction or fraction or _fraction(employer_line)
        title = ", ".join(title_pieces) if len(title_pieces) > 1 else title_pieces[0]
        job.title = _HALF.sub("", title).strip(" ,") or title
        job.employer, job.country = cut[0], job.country or cut[1]
        return True
    return False


_REGION_WORD = re.compile(r"\b(?:region|r[ée]gion|province|county|district|state|oblast|canton)\b", re.I)


def _place_only(text: str) -> str | None:
    """'Antwerp, Flemish Region, Belgium' -> 'BE': a line that is a place and nothing else."""
    parts = _pieces(text)
    code = place_country(parts[-1], parts[-2] if len(parts) > 1 else "") if parts else None
    code = code or (bracketed_code(parts[-1]) if parts else None)  # "Chamonix-Mont-Blanc (FR)"
    if not code or len(parts) > 4:
        return None
    others = parts[:-1]
    others = [_REGION_WORD.sub("", p).strip() or "Region" for p in others]  # "Flemish Region", "Île-de-France"
    if any(len(p.split()) > 3 or _has(p, "employer_words") or _has(p, "title_words") for p in others):
        return None
    return code


def with_place_line(job: Job, header: list[str]) -> bool:
    """Employer, title and a place line of its own (a LinkedIn profile saved as PDF: 'Vluchtelingenwerk
    Vlaanderen' / 'Legal Adviser' / 'Antwerp, Flemish Region, Belgium'): the place gives the country,
    the line with title words and none of an employer's is the title."""
    places = [t for t in header if _place_only(t) or _us_place(t)]
    if len(places) != 1:
        return False
    rest = [t for t in header if t is not places[0]]
    # the employer over its place over "Supervisory Special Agent, Human Smuggling Unit": the unit is the title's
    units = [header[-1]] if header[1] is places[0] and _title_and_unit(header[-1]) else []
    titled = [t for t in rest if _has(t, "title_words") and not _has(t, "employer_words") and len(_pieces(t)) == 1]
    titled = titled or units
    if len(titled) != 1 or any(_place_cut(t) or (len(_pieces(t)) != 1 and t not in units) for t in rest):
        return False
    job.title = _pieces(titled[0])[0]
    job.employer = next(t for t in rest if t is not titled[0])
    job.country = job.country or _place_only(places[0])
    return True


def _us_place(text: str) -> bool:
    """'Washington, DC', 'Houston, TX': a US city and its state, a place line with no country."""
    parts = _pieces(text)
    return len(parts) == 2 and _is_city(parts[0], 2) and _US_STATE.match(parts[1]) is not None


def _title_and_unit(text: str) -> bool:
    """'Supervisory Special Agent, Human Smuggling Unit': a title, then the unit it belongs to."""
    parts = _pieces(text)
    head = parts[0] if parts else ""
    return (
        len(parts) == 2
        and _has(head, "title_words")
        and not _has(head, "employer_words")
        and _has(parts[1], "employer_words")
        and country_of(parts[1]) is None
    )


def placed_header(text: str) -> bool:
    """'Chargée de coopération juridique, Ministère de l'Europe et des Affaires étrangères – Ambassade
    de France au Cameroun, Yaoundé (Cameroun)': a header longer than most, but one that ends with
    its place and is not a sentence."""
    return (
        header_like(" ".join(text.split()[:14]))
        and len(text.split()) <= 26
        and not text.rstrip().endswith((".", ";"))
        and location_country(text) is not None
    )


def titled_header(text: str) -> bool:
    """A header line above the dates: short, or longer when it is 'Title – Employer' with a title
    word first ("Inspectrice principale – Office central de la lutte contre la délinquance ...")."""
    if header_like(text):
        return True
    first = re.split(r"\s[–—|]\s", text, maxsplit=1)
    return (
        len(first) == 2
        and header_like(" ".join(text.split()[:14]))
        and len(text.split()) <= 26
        and not text.rstrip().endswith((".", ";"))
        and _has(first[0], "title_words")
        and len(first[0].split()) <= 6
    )


def employer_above_title(job: Job, above: list[str], place: str, title: str) -> None:
    """The employer on the lines above the place and dates (a name wrapped over two lines is one
    name), the title on the line below: each fact from its own line."""
    job.title = title.strip(" ,;:|—–·•-")
    joined = ""
    for text in (t.strip() for t in above):
        joined += text if joined.endswith("-") or not joined else f" {text}"  # "Counter-" / "Trafficking Unit"
    job.employer = joined.strip(" ,;:|—–·•-") or None
    job.country = location_country(place) if place else None
    job.fraction = header_fraction([title])


def heading_over_unit_title(job: Job, heading: str, title_line: str) -> bool:
    """'An Garda Síochána — Ireland' over 'Detective Sergeant, Garda National Economic Crime Bureau'
    (the dates below): the employer's heading, then the post's title with its unit. The heading
    gives the employer and its place; the whole line below is the title (the unit is part of the
    post, not another employer: the title stays as the header reader cut it). Returns whether it applied."""
    head, line = _pieces(heading), _pieces(title_line)
    if len(line) < 2 or not header_like(heading) or len(heading.split()) > 12 or _has(heading, "title_words"):
        return False
    country = location_country(heading) if len(head) >= 2 else None
    if country is None and not _has(head[0], "employer_words"):
        return False
    if not _has(line[0], "title_words") or location_country(title_line):
        return False
    job.employer, job.country, job.title = head[0].strip(" ,;:|—–·•-"), country, _title_of(job, title_line)
    return True


# a since-word left before the dates that were cut off the line ("... (C3N) – depuis le")
_SINCE_TAIL = re.compile(
    r"(?i)[\s,;:|—–·•-]*\b(?:depuis|since|from|dès|des|à partir|a partir|de)(?:\s+(?:le|la|l'|the))?\s*$"
)


def _title_of(job: Job, line: str) -> str:
    """The title as the header reader cut it from that line ("Detective Inspector" of "Detective
    Inspector, National Fraud Centre"), else the line's first part."""
    if job.title and job.title in line:
        return job.title
    return _SINCE_TAIL.sub("", _pieces(line)[0]).strip(" ,;:|—–·•-")


def unit_title_under(job: Job, title_line: str, group: tuple[str | None, str | None, str]) -> bool:
    """A further post under that heading, written the same way ('Detective Garda, Divisional Crime
    Unit' over its dates, no heading of its own): the heading's employer and place. A line naming
    a country of its own is another employer's."""
    line = _pieces(title_line)
    if (
        len(line) < 2
        or location_country(title_line)
        or (not _has(line[0], "title_words") and _has(line[0], "employer_words"))
    ):
        return False
    job.employer, job.country, job.title = group[0], group[1], _title_of(job, title_line)
    job.inherited = group[2]
    return True
