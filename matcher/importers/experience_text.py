"""Jobs in the experience section of a free-text CV (PDF, Word, plain text).

An entry is anchored on a line holding a date range. Its header (title, employer,
location) is the rest of that line plus the short lines next to it: before it when
the CV puts the title above the dates (the layout is read from the first entry),
after it otherwise (job_header.py reads it). Bullets and sentences below are its
description. A title alone under an employer heading ("Europol" then two dated titles)
takes that employer; an employer heading with its own range ("UNODC, Vienna, 2012 –
present" over two dated posts) is a heading, never a post of its own (employer_groups.py).
"""

from __future__ import annotations

import re

from .dates import Span, find_spans
from .employer_groups import _LEAD_IN, _current_group, _encloses, _range_groups, _rest
from .header_lines import employer_above_title, heading_over_unit_title, placed_header, titled_header, unit_title_under
from .job_header import (
    Job,
    _assign,
    _fraction,
    _has,
    _location_line,
    _only_part_time,
    _pieces,
    header_like,
)
from .lines import Line
from .post_lines import opens_sentence, undated_post_lines, within_closed_posts
from .sections import is_bullet, strip_bullet

# dated lines that are facts about the person, not posts ("Driving licence B since 2005")
_NOT_A_POST = re.compile(
    r"(?i)\b(?:driving licen[cs]e|driver'?s licen[cs]e|permis(?: de conduire| b)?|married|mari[ée]e)\b"
)


_WINDOW = 120  # what the checks below read around a date: far more than any lead-in or clause start
_ONLY_CLOSERS = re.compile(r"[ .,;:)(]*")
_ONLY_END = re.compile(r"[ ).]*")


def _words_at_least(text: str, pos: int, count: int) -> bool:
    """Whether `text[pos:]` has at least `count` words, reading no further than they go (a line
    holding thousands of dates was split again after each one: quadratic)."""
    return _WORDS[count].match(text, pos) is not None


_WORDS = {n: re.compile(rf"\s*(?:\S+\s+){{{n - 1}}}\S") for n in (3, 4, 11)}


def _range_span(line: Line, order: str | None) -> Span | None:
    """The date range that makes a line a job's anchor: not one inside a bullet or a sentence.
    Facts of the whole line are read once and each date's surroundings within a window, so
    a line of thousands of dates costs linear time."""
    text = line.text
    if is_bullet(text):
        return None
    if _NOT_A_POST.search(text):
        return None
    lower_start = re.match(r"^\s*[a-zà-ÿ]", text) is not None
    first = len(text) - len(text.lstrip())  # where the line's words start: a date after it has a lead
    ends_with_dot = text.rstrip().endswith(".")
    many_words = len(text.split()) > 16
    for span in find_spans(text, order):
        if lower_start and span.begin > first:
            tail = text[max(0, span.begin - _WINDOW) : span.begin]  # a lead-in word is at the very end
            if span.begin > _WINDOW or _LEAD_IN.sub("", " " + tail.strip()).strip():
                continue  # a sentence running on from the line above (not "depuis 2019", "de mars 2010")
        after = text[span.stop : span.stop + _WINDOW]
        # "Since 2021, responsible for": a lead-in; "2019 – 2020, two days a week" is a closed post's own line
        opening = span.ongoing or (span.begin < 12 and not span.end)
        if opening and (re.match(r"\s*,\s*[a-zà-ÿ]", after) or (re.match(r"\s*,", after) and ends_with_dot)):
            continue  # "Since 2021, responsible for ...", "Depuis 2019, je coordonne ...": a sentence
        if (
            span.ongoing
            and not span.end
            and re.match(r"\s*:\s*[a-zà-ÿ]", after)
            and _words_at_least(text, span.stop, 4)
        ):
            continue  # "Depuis 2020 : coordination de l'équipe ...": what the post became, not a post
        if (
            span.ongoing
            and not span.end
            and re.match(r"\s+(?!(?:to|au|à|a)\b)[a-zà-ÿ]", after)
            and _words_at_least(text, span.stop, 3)
        ):
            continue  # "Since 2019 in charge of the regional budget": what the post became, in a sentence
        if span.begin < 12 and ends_with_dot and _words_at_least(text, span.stop, 11):
            continue  # "Since 2015 I have worked as an analyst at ... ." : a sentence
        inside = span.begin > 3 and span.stop < len(text) - 3
        if inside and (many_words or ends_with_dot):
            continue
        if span.start or span.ongoing or span.ambiguous:
            return span
        if span.begin == 0 and re.match(r"\s*(?:[:|–—]|-\s)\s*[A-ZÀ-Ý]", after) and len(text[span.stop :].split()) >= 2:
            # "2016 : Stagiaire, Étude Favre" / "2013 | Stage ...": a post of its own, dated by one year; not
            # drafted (neither a start nor an end is written), but its lines are not the post above's
            why = f"{span.text!r} alone: neither a start nor an end is written"
            return Span(None, None, False, span.text, why, span.begin, span.stop, not_the_posts=True)
        if span.begin <= first and _ONLY_CLOSERS.fullmatch(text, span.stop):
            # "2018" alone on its line, under a title: a post of its own dated by one date; not drafted,
            # and the lines next to it are its own, not the header of the post above
            why = f"{span.text!r} alone: neither a start nor an end is written"
            return Span(None, None, False, span.text, why, span.begin, span.stop, not_the_posts=True)
        if _dated_header_at_end(text, span):
            why = f"{span.text!r} alone: neither a start nor an end is written"
            return Span(None, None, False, span.text, why, span.begin, span.stop, not_the_posts=True)
    return None


def _dated_header_at_end(text: str, span: Span) -> bool:
    """'Analyst, Interpol, Lyon, France, 2012': a post of its own with one year after its title
    and employer; not drafted, but its place is not a country the post above worked with."""
    if not _ONLY_END.fullmatch(text, span.stop) or not re.search(r"[,|–—]\s*\(?\s*$", text[: span.begin]):
        return False
    head = text[: span.begin]
    return header_like(text) and len(_pieces(head)) >= 2 and (_has(head, "title_words") or _has(head, "employer_words"))


def read_jobs(lines: list[Line], order: str | None) -> list[Job]:
    found = [(i, s) for i, line in enumerate(lines) if (s := _range_span(line, order)) is not None]
    groups = _range_groups(lines, found)
    anchors = within_closed_posts([(i, s) for i, s in found if i not in groups], lines)
    if not anchors:
        return []
    first = anchors[0][0]
    leader = first > 0 and titled_header(lines[first - 1].text) and _range_span(lines[first - 1], order) is None
    leader = leader and first - 1 not in groups
    jobs: list[Job] = []
    taken: set[int] = set(groups)
    group: tuple[str | None, str | None, str] | None = None
    units: tuple[str | None, str | None, str] | None = None  # an employer heading over "Title, Unit" posts
    ranged: tuple[str | None, str | None, Span] | None = None  # the employer heading with a range we are under
    employer_above = False  # the CV puts the employer on a line above the title (read from the first entry)
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
                and titled_header(lines[j].text)
                and _range_span(lines[j], order) is None
                and not re.search(r"\b(?:19|20)\d\d\b", lines[j].text)  # a dated line, even unreadable, is not a header
            ):
                before.insert(0, j)
                j -= 1
        elif ranged is None and _heading_above(lines, i, span, taken, order):
            before = [i - 1]  # "Guardia Civil, Madrid, Spain" over "Analyst — 2007 – 2011"
        elif ranged is None and not _rest(lines[i].text, span) and _free_header(lines, i - 1, taken, order):
            before = [i - 1]  # dates alone on their line under a title, where the first post had its own
        j = i + 1
        limit = 0 if employer_above or span.ambiguous else 1 if leader else 3  # an undrafted post takes no lines
        next_outside = k + 1 < len(anchors) and not (ranged and _encloses(ranged[2], anchors[k + 1][1]))
        while (
            j < bounds[k + 1]
            and len(after) < limit
            and (header_like(lines[j].text) or placed_header(lines[j].text))
            and j not in taken
            and not re.search(r"\b(?:19|20)\d\d\b", lines[j].text)  # a dated line, even unreadable, is a post's own
        ):
            if leader and (not _location_line(lines[j].text) or (j + 1 == bounds[k + 1] and k + 1 < len(anchors))):
                break  # in a title-above-dates CV, a line right before the next dates is that job's
            if ranged and next_outside and j + 1 == bounds[k + 1]:
                break  # under an employer heading, a line right before the next employer's dates is its heading
            if opens_sentence(lines, j, bounds[k + 1]):
                break  # "Daily liaison with the Norwegian, Danish and Finnish" over "desks on firearms cases."
            after.append(j)
            j += 1
        head = _LEAD_IN.sub("", lines[i].text[: span.begin])  # "Depuis juillet 2021", "From 2019"
        rest = re.sub(r"\(\s*\)", "", head + "  " + lines[i].text[span.stop :]).strip(" ,|–—-:(")
        below = _title_below(lines, i, before, rest, taken, bounds[k + 1]) if ranged is None else None
        after = [below] if below is not None else after
        taken.update(before + [i] + after)
        header = [lines[b].text for b in before] + ([rest] if rest else []) + [lines[a].text for a in after]
        job = Job([lines[x] for x in before + [i] + after], span, header=header)
        if below is not None:
            employer_above_title(job, [lines[b].text for b in before], rest, lines[below].text)
        else:
            _assign(job, header, grouped=ranged is not None)
        # the post's "Title, Unit" line: above its dates, or the dates line itself ("Title, Unit – 2016 – 2022")
        plain = ranged is None and below is None and not after
        own = [lines[b].text for b in before] + ([rest] if rest else [])
        if plain and len(own) == 2 and heading_over_unit_title(job, own[0], own[1]):
            units = (job.employer, job.country, own[0])
        elif not (plain and units and len(own) == 1 and unit_title_under(job, own[0], units)):
            units = None
        titles_below = [a for a in after if _has(lines[a].text, "title_words") and not _location_line(lines[a].text)]
        if len(titles_below) >= 2 and rest and not _has(re.sub(r"\([^)]*\)", " ", rest), "title_words"):
            # "UNODC, Vienna, 2012 – 2020" over "Programme Officer" and "Associate Programme Officer": the
            # range is the employer's; which part of it each post took is not written
            why = f"{span.text!r} is the employer's range over {len(titles_below)} posts, not one post's dates"
            job.span = Span(None, None, False, span.text, why, span.begin, span.stop, not_the_posts=True)
        if ranged is not None and job.employer is None:
            job.employer, job.country = ranged[0], job.country or ranged[1]
            job.inherited = "\n".join(lines[x].text for x, g in sorted(groups.items()) if g is ranged)
        elif job.employer is None and group is not None and job.title and _title_only(lines, before):
            job.employer, job.country = group[0], job.country or group[1]
            job.inherited = group[2]
        employer, title = (job.employer or "").split(", ")[0], job.title or ""  # a joined "unit, body": its first part
        heading = [
            b for b in before if employer and employer in lines[b].text and not (title and title in lines[b].text)
        ]
        if heading:
            # an employer heading over dated titles: the titles below take its employer and place
            # with its place line ("London, United Kingdom"): the country the titles below inherit is read there
            places = [b for b in before if b not in heading and _location_line(lines[b].text)]
            group = (job.employer, job.country, "\n".join(lines[b].text for b in sorted(heading + places)))
            employer_above = employer_above or (k == 0 and not rest)
        elif not _title_only(lines, before):
            group = None
        jobs.append(job)
    for k, job in enumerate(jobs):
        end = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
        start = anchors[k][0] + 1
        body = [lines[x] for x in range(start, end) if x not in taken]
        job.lines += body
        job.description = [strip_bullet(b.text) for b in body]
        # a bullet starts a new clause; a line that is not one continues the line above (a wrapped sentence)
        undated = undated_post_lines(body)
        job.clauses = "".join(
            ("\n" if is_bullet(b.text) else " ") + strip_bullet(b.text) for k, b in enumerate(body) if k not in undated
        )
        if job.fraction is None:
            job.fraction = (
                _fraction(" ".join(job.description), "part_time_strong")
                if any(_has(d, "part_time_strong") or _has(d, "half_time") for d in job.description)
                else None
            )
    return jobs


def _title_below(lines: list[Line], i: int, before: list[int], rest: str, taken: set[int], bound: int) -> int | None:
    """'UNODC – Global Maritime Crime Programme' / 'Nairobi, Kenya · Since May 2021' / 'Programme
    Officer': an employer (its name perhaps wrapped) above a place-and-dates line, the title below.
    The line below is the title when the lines above name an employer, the dates line only a place,
    and the line below is a short title."""
    j = i + 1
    if not before or j + 1 >= bound or j in taken or is_bullet(lines[j].text):
        return None  # a line right before the next dates is that post's header (titles above their dates)
    above, title = " ".join(lines[b].text for b in before), lines[j].text
    place_only = not rest or (
        len(rest.split()) <= 4 and not _has(rest, "title_words") and not _has(rest, "employer_words")
    )
    if not (place_only and _has(above, "employer_words") and len(title.split()) <= 8 and header_like(title)):
        return None
    if not _has(title, "title_words") or _location_line(title) or re.search(r"\b(?:19|20)\d\d\b", title):
        return None
    if len([p for p in _pieces(title) if not _only_part_time(p) and not re.search(r"(?i)\bFTE\b", p)]) != 1:
        return None  # "Stagiaire — Cabinet Traoré, Bamako": a header of its own, not a title alone
    top = lines[before[0]].text
    if _has(top, "title_words") and not _has(top, "employer_words"):
        return None  # the title is above already ("Juriste" / "Ministère de la Justice, Bamako" / dates)
    if _location_line(lines[j + 1].text):
        return None  # "Juriste" over "Ministère de la Justice, Bamako, Mali": the next post's header
    return j


def _title_only(lines: list[Line], before: list[int]) -> bool:
    """No line above the dates, or one that is a title alone (not an employer or a place)."""
    if not before:
        return True
    text = lines[before[0]].text
    return len(before) == 1 and not _has(text, "employer_words") and not _location_line(text)


def _free_header(lines: list[Line], j: int, taken: set[int], order: str | None) -> bool:
    """Line j can be the header of the dates below it: short, not a bullet, undated, not another post's."""
    if j < 0 or j in taken or is_bullet(lines[j].text) or not header_like(lines[j].text):
        return False
    return _range_span(lines[j], order) is None and not re.search(r"\b(?:19|20)\d\d\b", lines[j].text)


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
    if len(pieces) != 1 or _has(own, "employer_words"):
        return False
    below = lines[i + 1].text if i + 1 < len(lines) and i + 1 not in taken else ""
    # the post has its own employer and place below ("Protection Assistant" over "Danish Refugee Council,
    # Tripoli, Lebanon"): the line above is the end of the post before (a table row read line by line)
    return not (below and header_like(below) and _location_line(below) and not is_bullet(below))
