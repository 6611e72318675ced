"""Countries a free-text post worked in or with: those its description names (worked_with.work_countries),
less the post's own: its country, any country its header names, and a country named only as the
place ending an address line of its body; the body's heading lines (the next post's employer, a post
line not drafted) are no clause of it."""

from __future__ import annotations

import re

from .job_header import Job, _has, header_like
from .lines import Line
from .places import countries_in, location_country
from .worked_with import read_work_countries


def countries_worked_with(job: Job) -> tuple[list[str], list[str]]:
    """Countries named in the description, less the post's own: its country, any country its
    header names (a base the header did not let us place is still not a country worked with),
    and the countries its employer's name stands for (its own side, not a counterpart); with the
    review notes on countries named but left out."""
    own = set(countries_in(" ".join(job.header))) | {job.country} | _address_countries(job)
    own_side = " ".join(filter(None, [job.employer, job.inherited]))
    clauses = job.clauses
    for line in _body_headings(job):
        clauses = clauses.replace(line.text.strip(), " ")  # the next post's header: no clause of this one
    found, notes = read_work_countries(clauses, own_side=own_side)
    return [code for code in found if code not in own], [n for n in notes if n[:2] not in own]


def _address_countries(job: Job) -> set[str]:
    """Countries named only as the place ending an address line of the body ("Plateforme PLCC,
    Abidjan (Côte d'Ivoire)" under the title, or the next employer's heading): a base, not a
    country the job worked with, unless a sentence of the description names it too."""
    headings = _body_headings(job)
    places, prose = set(), []
    for line in (line for line in _body(job) if line not in headings):
        address = header_like(" ".join(line.text.split()[:14]))  # a long employer name is still an address
        code = location_country(line.text) if address and not line.text.rstrip().endswith((".", ";")) else None
        if code and len(countries_in(line.text)) <= 1:
            places.add(code)
        else:
            prose.append(line.text)
    return places - set(countries_in(" ".join(prose)))


def _body(job: Job) -> list[Line]:
    return job.lines[len(job.lines) - len(job.description) :] if job.description else []


def _body_headings(job: Job) -> list[Line]:
    body = _body(job)
    return [body[k] for k in sorted(_heading_lines(body))]


_WITH = re.compile(r"(?i)\b(?:with|avec|aupr[eè]s|alongside|between|entre|for|pour)\b")


def _header_line(text: str) -> bool:
    """Not a sentence: a long header line is still one ("Analyst | Police of the Czech Republic |
    Nairobi, Kenya | depuis 2019")."""
    return header_like(" ".join(text.split()[:14])) and not text.rstrip().endswith((".", ";"))


def _heading_lines(body: list[Line]) -> set[int]:
    """The body's lines that are headings, not prose: short, not bullets, no final stop, after a
    finished line, and either dated (a post's own line that was not drafted) or a body's name right
    above the body's end or such a line ("Police of the Czech Republic", "Mission des Nations Unies
    au Mali (MINUSMA)" over the next post's dates). They name an employer or a place, never a
    country this post worked with."""
    found: set[int] = set()
    header_below = True  # the body's end: the next post's dates follow
    for k in range(len(body) - 1, -1, -1):
        text = body[k].text
        above = body[k - 1].text.rstrip() if k else ""
        wrapped = above and not above.endswith((".", ";", "!", "?", ")")) and not _header_line(above)
        heading = _header_line(text) and not wrapped  # not the end of a sentence wrapped from the line above
        dated = re.search(r"\b(?:19|20)\d\d\b", text) is not None
        named = _has(text, "employer_words") and not _WITH.search(text)  # a body's name, not "with the X police"
        if heading and (dated or (header_below and named)):
            found.add(k)
        header_below = k in found
    return found
