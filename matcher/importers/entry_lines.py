"""An entry section's lines put in the shape the readers expect, before they read it: a list
whose items start with their dates (a CV pasted in an e-mail), a form's "Label: value"
lines (the UN personal history form), each made into the line a CV would write."""

from __future__ import annotations

import re

from .dates import Span, find_spans
from .docx_labels import LABEL_LINE, form_role, row_by_roles
from .lines import Line
from .sections import is_bullet, strip_bullet


def dated_items(lines: list[Line], order: str | None) -> list[Line]:
    """'- 2019-present: Senior Officer, Ministry of the Interior': a list whose items start with their
    dates is the list of posts (a CV pasted in an e-mail), not bullets of a post's description."""

    def dated(line: Line) -> bool:
        text = strip_bullet(line.text)
        spans = find_spans(text, order) if is_bullet(line.text) else []
        if not spans:
            return False
        first, last = spans[0], spans[-1]
        leading = first.begin == 0 and re.match(r"\s*[:,|–—-]?\s*[A-ZÀ-Ý]", text[first.stop :]) is not None
        return leading or _title_then_range(text, last)

    marked = [dated(line) for line in lines]
    if sum(marked) < 2:
        return lines
    return [
        Line(strip_bullet(line.text), line.where, line.heading, line.level) if m else line
        for line, m in zip(lines, marked, strict=True)
    ]


def _title_then_range(text: str, span: Span) -> bool:
    """'* Senior Officer, 10/2020 - present' under an employer's heading: a post's title and its
    whole range (both ends, or an open end) closing the item, not a description's sentence."""
    head = text[: span.begin].rstrip(" ,;:|–—-(")
    return (
        bool(span.start)
        and bool(span.end or span.ongoing)
        and not text[span.stop :].strip(" )")
        and re.match(r"[A-ZÀ-Ý]", head) is not None
        and len(head.split()) <= _TITLE_WORDS
        and not head.endswith(".")
    )


_TITLE_WORDS = 12  # a title with a unit or a place ("Guest Officer (Joint Operation X), Lesbos, Greece")


def labelled_records(lines: list[Line]) -> list[Line]:
    """'Exact title of your post: Analyst' / 'Name of employer: UNDP' / 'From: 03/2016 To: Present':
    a record of labelled lines per post or degree, written as the CV line row_by_roles makes of it.
    Lines that are not labelled are kept as they are."""
    parsed = []
    for line in lines:
        m = LABEL_LINE.match(line.text)
        role = form_role(m.group(1)) if m else None
        parsed.append((line, role, m.group(2).strip() if m and role else ""))
    if sum(1 for _, role, _ in parsed if role in ("title", "employer", "degree", "institution")) < 2:
        return lines
    out: list[Line] = []
    record: dict[str, list[str]] = {}
    where = ""

    def flush() -> None:
        if record:
            roles = list(record)
            made = row_by_roles(roles, [record[r] for r in roles], where)
            out.extend(made or [Line(" | ".join(" ".join(v) for v in record.values()), where)])
            record.clear()

    for line, role, value in parsed:
        if role is None:
            flush()
            out.append(line)
            continue
        if role in record and role != "description":
            flush()
        if not record:
            where = line.where
        if role == "dates":  # "03/2016   To: Present", "2004   To: 2008"
            value = re.sub(r"\s+(?:to|au|à|until|jusqu'au)\s*:\s*", " – ", value, flags=re.I)
        record.setdefault(role, []).append(value)
    flush()
    return out
