"""Which lines next to a post's dates are its own (free-text CVs, for experience_text.py): a
sentence wrapped over two lines is description, an undated title-and-place pair inside a body is
a post of its own, a "since" line under a closed post is a change inside it.
"""

from __future__ import annotations

import re

from .dates import Span
from .employer_groups import _before_or_same
from .job_header import _has, _location_line, header_like
from .lines import Line
from .sections import is_bullet, words


def opens_sentence(lines: list[Line], j: int, bound: int) -> bool:
    """Line j is the first line of a sentence wrapped by the page's width: the line below goes on
    in lower case and ends the sentence. A description, not a header line."""
    if j + 1 >= bound:
        return False
    below = lines[j + 1].text.strip()
    if not below.endswith(".") or len(lines[j].text.split()) < 4:
        return False
    # "Risk analysis with Belgian Federal Police and" over "German Bundespolizei counterparts.": a line
    # ending on "and", "with", "de la" is cut, whatever case its next line starts with
    last = re.split(r"[\s'’]+", lines[j].text.strip())[-1].lower()
    return bool(re.match(r"[a-zà-ÿ]", below)) or last in words()["dangling"]


def undated_post_lines(body: list[Line]) -> set[int]:
    """A title alone over 'Employer, City, Country' inside a post's body: an undated post of its own
    (a table row whose dates cell is empty), whose place is not a country the post above worked with."""
    out: set[int] = set()
    for k in range(1, len(body)):
        title, place = body[k - 1].text, body[k].text
        if is_bullet(title) or is_bullet(place) or not header_like(title) or not header_like(place):
            continue
        if len(title.split()) <= 5 and _has(title, "title_words") and "," in place and _location_line(place):
            out.update({k - 1, k})
    return out


def within_closed_posts(anchors: list[tuple[int, Span]], lines: list[Line]) -> list[tuple[int, Span]]:
    """'Since 2017: Head of section' a few lines under 'Analyst, 2015 – 2019': a change inside a
    post that ended, not a post held now. It stays in that post's description (never ongoing)."""
    out: list[tuple[int, Span]] = []
    for i, span in anchors:
        above = out[-1] if out else None
        if (
            above is not None
            and span.ongoing
            and span.start
            and above[1].start
            and above[1].end
            and not above[1].ongoing
            and i - above[0] <= 8
            and (_SINCE_WORD.match(lines[i].text) or _SINCE_BEFORE.search(lines[i].text[: span.begin]))
            and _before_or_same(above[1].start, span.start)
            and _before_or_same(span.start, above[1].end)
        ):
            continue
        out.append((i, span))
    return out


_SINCE_WORD = re.compile(r"(?i)^\W*(?:since|depuis|d[eè]s|from)\b")
# "Adjoint au chef de la brigade à partir de 2015.": a since-word right before the date, mid-line
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|depuis|d[eè]s|from|(?:à|a) partir de|as of)\s+(?:l'|le |the )?$")
