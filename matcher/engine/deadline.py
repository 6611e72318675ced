"""Whether a notice still takes applications.

Two dates matter: the as-of date of the evaluation (by default the deadline itself,
so a candidate is judged on the day applications close) and today. The JSON field
`closed` is the DESIGN.md one: the as-of date is after the deadline. Reports also
call a notice closed once its deadline is before today, so that an applicant reading
a report in 2026 is not told that a 2025 notice is open.
"""

from __future__ import annotations

from datetime import date


def is_open(deadline: date, as_of: date, today: date | None = None) -> bool:
    """True while applications are accepted, as of the evaluation and as of today."""
    return as_of <= deadline and (today or date.today()) <= deadline


def state_word(deadline: date, as_of: date, today: date | None = None) -> str:
    return "open" if is_open(deadline, as_of, today) else "CLOSED"


def headline(notice) -> str:
    """'Title — Organization notice 844, Location': how every report names a notice."""
    return f"{notice.title} — {notice.organization} notice {notice.number or notice.id}, {notice.location}"
