"""Employer headings over several posts in a free-text CV: "UNODC, Vienna, 2012 – present"
over two dated titles is a heading that gives them its employer, never a post of its own,
and an employer's range over posts whose own dates cannot be read is not a post either."""

from __future__ import annotations

import re

from .dates import Span, find_spans
from .job_header import _US_STATE, _has, _is_city, header_like
from .lines import Line
from .places import country_of, place_country
from .sections import is_bullet

# also the vague qualifiers a date reader keeps only the year of ("Q2 2011", "early 2016", "début 2015")
_LEAD_IN = re.compile(
    r"(?:^|[\s(])(?:depuis|since|from|de|du|d[eè]s|à partir de|a partir de|le|q[1-4]|early|mid|late|d[ée]but|fin|mi)"
    r"[\s-]*$",
    re.I,
)


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
        if not named_above and (employer is None or (country and _is_place(rest))):
            if i > 0 and i - 1 not in groups and _name_line(lines[i - 1]):  # "Interpol" / "Lyon, France | 2005 – 2008"
                employer, named_above = _employer_heading(lines[i - 1].text)[0], True
        groups[i] = (employer, country, span)
        if named_above:
            groups[i - 1] = groups[i]
    for k, (i, span) in enumerate(found):
        # up to the next post, past those whose dates, after the title, cannot be read ("Partner (2015 – )")
        end = next((n for n, s in found[k + 1 :] if not (s.ambiguous and s.begin > 0)), len(lines))
        rest = _rest(lines[i].text, span)
        if i not in groups and _undated_posts_below(lines, i, end, rest):
            groups[i] = (*_employer_heading(rest), span)
    return groups


def _undated_posts_below(lines: list[Line], i: int, end: int, rest: str) -> bool:
    """'Okafor & Partners, Lagos — since 2009' over 'Partner (2015 – )' and 'Associate (2009–15)':
    an employer's range over posts whose dates cannot be read. The heading is not a post
    (it would be one invented from the employer's dates); the posts are left to the reader."""
    if not rest or not _has(rest, "employer_words") or _has(re.sub(r"\([^)]*\)", " ", rest), "title_words"):
        return False
    below = [lines[x].text for x in range(i + 1, min(end, i + 9))]
    return any(
        header_like(t) and not is_bullet(t) and _has(t, "title_words") and re.search(r"\b(?:19|20)\d\d\b", t)
        for t in below
    )


def _is_place(text: str) -> bool:
    """'Abuja, Nigeria', 'Lyon, France': a city and a country, nothing else."""
    parts = [p.strip() for p in re.split(r",|\s[—–|-]\s", text) if p.strip()]
    return 1 <= len(parts) <= 2 and country_of(parts[-1]) is not None and not _has(text, "employer_words")


def _name_line(line: Line) -> bool:
    return header_like(line.text) and not find_spans(line.text) and not is_bullet(line.text)


def _rest(text: str, span: Span) -> str:
    head = _LEAD_IN.sub("", text[: span.begin])
    return re.sub(r"\(\s*\)", "", head + "  " + text[span.stop :]).strip(" ,|–—-:(")


def _employer_heading(text: str) -> tuple[str | None, str | None]:
    """'Economic and Financial Crimes Commission (EFCC), Abuja, Nigeria' -> (its name, NG)."""
    parts = [p.strip() for p in re.split(r",|\s[—–|-]\s|\s{2,}", text) if p.strip()]
    country = place_country(parts[-1], parts[-2] if len(parts) > 1 else "") if parts else None
    if country or (parts and (_US_STATE.match(parts[-1]) or country_of(parts[-1]))):
        parts.pop()
        if len(parts) > 1 and _is_city(parts[-1], len(parts)):
            parts.pop()
    return (", ".join(parts) or None), country


def _current_group(groups: dict, i: int, span: Span) -> tuple | None:
    """The range heading a post at line i is under: the nearest one above that encloses it."""
    above = [g for line, g in sorted(groups.items()) if line < i]
    return above[-1] if above and _encloses(above[-1][2], span) else None
