"""Countries a free-text post worked in or with: those its description names (worked_with.work_countries),
less the post's own: its country, any country its header names, and a country named only as the
place ending an address line of its body."""

from __future__ import annotations

from .job_header import Job, header_like
from .places import countries_in, location_country
from .worked_with import read_work_countries


def countries_worked_with(job: Job) -> tuple[list[str], list[str]]:
    """Countries named in the description, less the post's own: its country, any country its
    header names (a base the header did not let us place is still not a country worked with),
    and the countries its employer's name stands for (its own side, not a counterpart); with the
    review notes on countries named but left out."""
    own = set(countries_in(" ".join(job.header))) | {job.country} | _address_countries(job)
    own_side = " ".join(filter(None, [job.employer, job.inherited]))
    found, notes = read_work_countries(job.clauses, own_side=own_side)
    return [code for code in found if code not in own], [n for n in notes if n[:2] not in own]


def _address_countries(job: Job) -> set[str]:
    """Countries named only as the place ending an address line of the body ("Plateforme PLCC,
    Abidjan (Côte d'Ivoire)" under the title, or the next employer's heading): a base, not a
    country the job worked with, unless a sentence of the description names it too."""
    body = job.lines[len(job.lines) - len(job.description) :] if job.description else []
    places, prose = set(), []
    for line in body:
        address = header_like(" ".join(line.text.split()[:14]))  # a long employer name is still an address
        code = location_country(line.text) if address and not line.text.rstrip().endswith((".", ";")) else None
        if code and len(countries_in(line.text)) <= 1:
            places.add(code)
        else:
            prose.append(line.text)
    return places - set(countries_in(" ".join(prose)))
