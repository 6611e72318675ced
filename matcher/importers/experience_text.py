"""Jobs in the experience section of a free-text CV (PDF, Word, plain text).

An entry is anchored on a line holding a date range. Its header (title, employer,
location) is the rest of that line plus the short lines next to it: before it when
the CV puts the title above the dates (the layout is read from the first entry),
after it otherwise. Bullets and sentences below are its description. A title alone
under an employer heading ("Europol" then two dated titles) takes that employer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..profile_tools.lookup import fold as _fold
from .dates import Span, find_spans
from .lines import Line
from .places import countries_in, country_of
from .sections import is_bullet, strip_bullet, words

_STRONG = re.compile(r"\s+\|\s+|\s+[—–-]\s+|\s{2,}|\s+(?:at|chez|@)\s+|\t")
_PERCENT = re.compile(r"(\d{1,3})\s?%")
_HALF = re.compile(r"\s*(?:\b(?:à|a|at|on a)\s+)?\b(?:mi-temps|half-time|temps partiel|part-time)\b", re.I)
_LEAD_IN = re.compile(r"(?:^|[\s(])(?:depuis|since|from|de|du|d[eè]s|à partir de|a partir de|le)\s*$", re.I)
_DURATION = re.compile(
    r"^\d+\s*(?:yrs?|years?|mos?|months?|ans?|mois)\b(?:\s*\d+\s*(?:mos?|months?|mois))?\.?$", re.I
)  # "3 years 2 months" as LinkedIn prints it
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
    reviews: list[str] = field(default_factory=list)


def _has(text: str, vocabulary: str) -> bool:
    key = f" {fold(text)} "
    return any(f" {fold(w)} " in key for w in words()[vocabulary])


def header_like(text: str) -> bool:
    return (
        not is_bullet(text)
        and len(text.split()) <= 14
        and not text.rstrip().endswith((".", ";"))
        and not re.match(r"^[a-zà-ÿ]", text)
    )


def _range_span(line: Line, order: str | None) -> Span | None:
    """The date range that makes a line a job's anchor: not one inside a bullet or a sentence."""
    text = line.text
    if is_bullet(text):
        return None
    for span in find_spans(text, order):
        lead = text[: span.begin].strip()
        if lead and re.match(r"^[a-zà-ÿ]", lead) and _LEAD_IN.sub("", " " + lead).strip():
            continue  # a sentence running on from the line above (not "depuis 2019", "de mars 2010")
        after = text[span.stop :]
        if re.match(r"\s*,\s*[a-zà-ÿ]", after) or (re.match(r"\s*,", after) and text.rstrip().endswith(".")):
            continue  # "Since 2021, responsible for ...", "Depuis 2019, je coordonne ...": a sentence
        inside = span.begin > 3 and span.stop < len(text) - 3
        if inside and (len(text.split()) > 16 or text.rstrip().endswith(".")):
            continue
        if span.start or span.ongoing or span.ambiguous:
            return span
    return None


def _fraction(text: str) -> float | None:
    fte = re.search(r"\b0[.,](\d{1,2})\s*(?:FTE|ETP)\b", text, re.I)
    if fte:
        return float("0." + fte.group(1))
    folded = fold(text)
    if any(fold(w) in folded for w in words()["half_time"]):
        return 0.5
    for m in _PERCENT.finditer(text):
        value = int(m.group(1))
        context = fold(text[max(0, m.start() - 30) : m.end() + 30])
        if 0 < value < 100 and any(
            fold(w) in context.split() or fold(w) in context for w in words()["part_time_words"]
        ):
            return value / 100
    return None


def _pieces(text: str) -> list[str]:
    text = re.sub(r"\(([^)]*)\)", r" | \1 | ", text)
    parts = [p.strip(" ,;:|—–-") for p in _STRONG.split(text)]
    parts = [p for p in parts if p and re.search(r"\w", p)]
    out = []
    for part in parts:
        sub = [s.strip() for s in part.split(",") if s.strip()]
        if len(sub) > 1 and (len(parts) == 1 or any(country_of(s) or _US_STATE.match(s) for s in sub)):
            out += sub
        else:
            out.append(part)
    return out


def _assign(job: Job, header: list[str], grouped: bool = False) -> None:
    pieces = []
    for text in header:
        if _fraction(text) is not None and job.fraction is None:
            job.fraction = _fraction(text)
        for piece in _pieces(text):
            alone = re.fullmatch(r"(\d{1,2})\s?%", piece.strip())
            if alone and job.fraction is None and 5 <= int(alone.group(1)) <= 95:
                job.fraction = int(alone.group(1)) / 100  # "Lecturer (20%)": the post's share of time
            if _only_part_time(piece) or _DURATION.match(piece):
                continue
            piece = _HALF.sub("", piece).strip(" ,") or piece
            pieces.append(piece)
    kept: list[str] = []
    for i, piece in enumerate(pieces):
        code = country_of(piece)
        if code:
            job.country = job.country or code
            if kept and i > 0 and kept[-1] == pieces[i - 1] and _is_city(kept[-1], len(kept)):
                kept.pop()  # the city before the country
            continue
        if _US_STATE.match(piece):
            if kept and _is_city(kept[-1], len(kept)):
                kept.pop()
            continue
        kept.append(piece)
    if grouped and len(header) == 1 and len([p for p in _STRONG.split(header[0]) if p.strip(" ,;:|—–-")]) == 1:
        _grouped_title(job, header[0])  # a post under its employer's heading: the line is its title
        return
    titles = [p for p in kept if _has(p, "title_words")]
    employers = [p for p in kept if _has(p, "employer_words") and p not in titles[:1]]
    job.title = titles[0] if titles else (kept[0] if kept else None)
    rest = [p for p in kept if p != job.title]
    job.employer = employers[0] if employers and employers[0] != job.title else (rest[0] if rest else None)
    if job.employer and job.title and kept.index(job.employer) < kept.index(job.title) and not titles:
        job.title, job.employer = job.employer, job.title
    if job.title and ", " in job.title:
        _split_title(job)


def _grouped_title(job: Job, text: str) -> None:
    """'Head of Unit, Asset Forfeiture', 'Chef de la cellule d'analyse, Lyon', 'Compliance Officer (60%)':
    the title without its place and working time; the employer is the heading's."""
    text = re.sub(r"\(([^)]*)\)", lambda m: "" if _only_part_time(m.group(1)) else m.group(0), text)
    parts = [p.strip() for p in _HALF.sub("", text).split(",") if p.strip()]
    while len(parts) > 1 and (country_of(parts[-1]) or _US_STATE.match(parts[-1])):
        job.country = job.country or country_of(parts.pop())
    job.title = ", ".join(parts) or text.strip()
    _split_title(job, pull_employer=False)


def _split_title(job: Job, pull_employer: bool = True) -> None:
    """'Commandant de police, DCPJ, Nanterre': the employer and the city were in the title."""
    parts = [p.strip() for p in (job.title or "").split(",") if p.strip()]
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
        and len(piece.split()) <= 3
        and not _has(piece, "employer_words")
        and not _has(piece, "title_words")
    )


def read_jobs(lines: list[Line], order: str | None) -> list[Job]:
    found = [(i, s) for i, line in enumerate(lines) if (s := _range_span(line, order)) is not None]
    groups = _range_groups(lines, found)
    anchors = [(i, s) for i, s in found if i not in groups]
    if not anchors:
        return []
    first = anchors[0][0]
    leader = first > 0 and header_like(lines[first - 1].text) and _range_span(lines[first - 1], order) is None
    leader = leader and first - 1 not in groups
    jobs: list[Job] = []
    taken: set[int] = set(groups)
    group: tuple[str | None, str | None] | None = None
    ranged: tuple[str | None, str | None, Span] | None = None  # the employer heading with a range we are under
    bounds = [a for a, _ in anchors] + [len(lines)]
    for k, (i, span) in enumerate(anchors):
        ranged = _current_group(groups, i, span)
        before: list[int] = []
        after: list[int] = []
        if leader:
            j = i - 1
            while (
                j >= 0
                and j not in taken
                and len(before) < 3
                and header_like(lines[j].text)
                and _range_span(lines[j], order) is None
            ):
                before.insert(0, j)
                j -= 1
        elif ranged is None and _heading_above(lines, i, span, taken, order):
            before = [i - 1]  # "Guardia Civil, Madrid, Spain" over "Analyst — 2007 – 2011"
        j = i + 1
        limit = 1 if leader else 3
        next_outside = k + 1 < len(anchors) and not (ranged and _encloses(ranged[2], anchors[k + 1][1]))
        while j < bounds[k + 1] and len(after) < limit and header_like(lines[j].text):
            if leader and (not _location_line(lines[j].text) or j + 1 == bounds[k + 1]):
                break  # in a title-above-dates CV, a line right before the next dates is that job's
            if ranged and next_outside and j + 1 == bounds[k + 1]:
                break  # under an employer heading, a line right before the next employer's dates is its heading
            after.append(j)
            j += 1
        taken.update(before + [i] + after)
        head = _LEAD_IN.sub("", lines[i].text[: span.begin])  # "Depuis juillet 2021", "From 2019"
        rest = re.sub(r"\(\s*\)", "", head + "  " + lines[i].text[span.stop :]).strip(" ,|–—-:")
        header = [lines[b].text for b in before] + ([rest] if rest else []) + [lines[a].text for a in after]
        job = Job([lines[x] for x in before + [i] + after], span)
        _assign(job, header, grouped=ranged is not None)
        if ranged is not None and job.employer is None:
            job.employer, job.country = ranged[0], job.country or ranged[1]
        elif job.employer is None and group is not None and job.title and not before:
            job.employer, job.country = group[0], job.country or group[1]
        employer, title = job.employer or "", job.title or ""
        from_before = bool(before and rest and employer and any(employer in lines[b].text for b in before))
        if from_before and not any(title and title in lines[b].text for b in before):
            group = (job.employer, job.country)  # an employer heading over dated titles
        elif before:
            group = None
        jobs.append(job)
    for k, job in enumerate(jobs):
        end = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
        start = anchors[k][0] + 1
        body = [lines[x] for x in range(start, end) if x not in taken]
        job.lines += body
        job.description = [strip_bullet(b.text) for b in body]
        if job.fraction is None:
            job.fraction = (
                _fraction(" ".join(job.description))
                if any(_has(d, "part_time_words") or _has(d, "half_time") for d in job.description)
                else None
            )
    return jobs


def _before_or_same(a: str, b: str) -> bool:
    """a <= b as far as both are written ('2012' <= '2012-03'; '2014-10' > '2014-06')."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _encloses(outer: Span, inner: Span) -> bool:
    """Whether `inner` lies within `outer` (an employer's span over its posts)."""
    if not outer.start or not inner.start or not _before_or_same(outer.start, inner.start):
        return False
    if outer.ongoing:
        return True
    return not inner.ongoing and bool(outer.end and inner.end) and _before_or_same(inner.end or "", outer.end or "")


def _range_groups(lines: list[Line], found: list[tuple[int, Span]]) -> dict[int, tuple[str | None, str | None, Span]]:
    """Employer headings that carry their own range over the dated posts below them
    ("UNODC, Vienna, Austria, 2012 – present" then "Programme Officer — Jan 2018 – present"):
    line index -> (employer, country, span). They are headings, not posts."""
    groups: dict[int, tuple[str | None, str | None, Span]] = {}
    for (i, span), (n, inner) in zip(found, found[1:], strict=False):
        rest = _rest(lines[i].text, span)
        named_above = not rest and i > 0 and i - 1 not in groups and _name_line(lines[i - 1])
        if named_above:  # "Ghana Revenue Authority" then "2013 – present" on a line of its own
            rest = lines[i - 1].text
        between = [lines[x].text for x in range(i + 1, n)]
        if not rest or len(between) > 2 or any(not header_like(t) for t in between) or not _encloses(span, inner):
            continue
        titled = _has(re.sub(r"\([^)]*\)", " ", rest), "title_words")
        if titled and (
            named_above or not _has(rest, "employer_words") or _has(_rest(lines[n].text, inner), "employer_words")
        ):
            continue  # a post of its own that overlaps the next one
        employer, country = _employer_heading(rest)
        groups[i] = (employer, country, span)
        if named_above:
            groups[i - 1] = groups[i]
    return groups


def _name_line(line: Line) -> bool:
    return header_like(line.text) and not find_spans(line.text) and not is_bullet(line.text)


def _rest(text: str, span: Span) -> str:
    head = _LEAD_IN.sub("", text[: span.begin])
    return re.sub(r"\(\s*\)", "", head + "  " + text[span.stop :]).strip(" ,|–—-:")


def _employer_heading(text: str) -> tuple[str | None, str | None]:
    """'Economic and Financial Crimes Commission (EFCC), Abuja, Nigeria' -> (its name, NG)."""
    parts = [p.strip() for p in re.split(r",|\s[—–|-]\s|\s{2,}", text) if p.strip()]
    country = country_of(parts[-1]) if parts else None
    if country or (parts and _US_STATE.match(parts[-1])):
        parts.pop()
        if len(parts) > 1 and _is_city(parts[-1], len(parts)):
            parts.pop()
    return (", ".join(parts) or None), country


def _current_group(groups: dict, i: int, span: Span) -> tuple | None:
    """The range heading a post at line i is under: the nearest one above that encloses it."""
    above = [g for line, g in sorted(groups.items()) if line < i]
    return above[-1] if above and _encloses(above[-1][2], span) else None


def _heading_above(lines: list[Line], i: int, span: Span, taken: set[int], order: str | None) -> bool:
    """An employer line right above a post whose own line is a title alone."""
    j = i - 1
    if j < 0 or j in taken or not header_like(lines[j].text) or _range_span(lines[j], order) is not None:
        return False
    above = lines[j].text
    if not (_has(above, "employer_words") or _location_line(above)) or _has(above, "title_words"):
        return False
    own = _rest(lines[i].text, span)
    pieces = [p for p in _pieces(own) if not _only_part_time(p)]  # "Compliance Officer (60%)" is one title
    return len(pieces) == 1 and not _has(own, "employer_words")


def _location_line(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"[,|–—]", text) if p.strip()]
    return bool(parts) and (country_of(parts[-1]) is not None or bool(_US_STATE.match(parts[-1])))


def countries_worked_with(job: Job) -> list[str]:
    return countries_in(" ".join(job.description), exclude=job.country)
